"""Round 29, German (de-DE): a new author's own mix, written blind. Speakers chosen away from rounds 25-28:
Berliners at the Späti and on the bus ("hör ma", "icke", "wat is", "jut", "keene ahnung", "det", "wa", "mach hinne"),
Swiss Germans from Zurich and Bern ("grüezi", "sali", "was isch d hauptstadt vo", "chasch mer säge", "gopf", "merci
vilmal", "oder"), Viennese ("servus", "oida", "geh bitte", "sag amal", "na geh", "leiwand", the Heuriger), Franconians
in Nuremberg ("etz", "fei", "a weng", "wos is'n", the Christkindlesmarkt), the Ruhr ("boah ey", "hömma", "kumpel",
"dat", "anne bude", after the shift at the pit), Iranian families in Hamburg ("khob", "azizam", "vay", "maman", learner
order), Thai-German families ("kha", "na", "mai pen rai", learner order), French exchange students in Freiburg ("euh",
"bah", "du coup", "ouais enfin", "comment on dit"), British expats ("right so", "cheers", "basically", "sorry", "my
partner says"), a retired geography teacher who addresses the Echo with Sie, a pensioners' bowling club ("alle neune",
"prost", the round), a twelve-year-old with a world-map jigsaw and a school talk. Situations: Stadt Land Fluss (with its
own shout of "stopp"), crosswords and puzzle magazines, a Eurovision party, the Tour de France, the Champions League,
the Olympic opening parade, ski races, the athletics World Championships, a marathon, basketball, snooker; at work a
Rhine barge skipper, a hairdresser, a tattoo studio, a wind-turbine technician in the North Sea, a window cleaner, a
call centre, a crane driver on a break, a school caretaker hanging a map, a hospital porter; at home moving house,
ironing, the tax return, the sauna, fishing, a traffic jam on the A7, a campsite. Plus case and the genitive, the
polite Sie, terse forms, fillers and tails, one-shot requests with the invocation name "hauptstädte der welt", launch,
follow-ups, checks with right and wrong guesses, self-corrections (marked "nein warte", "ich meine", "sorry", "quatsch",
"entschuldigung", "ich korrigiere mich", "falsch", "halt", "pardon"), reverse questions, official, old and everyday
names, shared names, plurals (every several-capital country and Palestine), subdivisions and territories, help, stop,
cancel and out-of-domain near misses (regions the data lacks such as Swiss cantons, Austrian Länder and Italian
regions, "kapital" and "hauptstadt" in other senses, other facts about named countries and capitals, everyday
requests). Recognition forms: homophones ("ihr land" for Irland, "eis land" for Island, "pollen" for Polen, "schad" for
Tschad, "malte" for Malta, "tonka" for Tonga), split and joined words, lost letters, misspellings, English spellings.
`python3 tests/Eval/de/round29/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 29's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
plain-question | was ist bitte die hauptstadt von {} | belgien=BE; irland=IE; polen=PL
plain-question | kannst du mir sagen was die hauptstadt von {} ist | finnland=FI; schweden=SE; dänemark=DK
plain-question | weißt du die hauptstadt von {} | kroatien=HR; serbien=RS; albanien=AL
plain-question | nenn mir mal die hauptstadt von {} | ghana=GH; togo=TG; gabun=GA
plain-question | wie heißt eigentlich die hauptstadt von {} | peru=PE; chile=CL; paraguay=PY
plain-question | welches ist die hauptstadt von {} | syrien=SY; jordanien=JO; libyen=LY
plain-question | ich möchte gern wissen was die hauptstadt von {} ist | nepal=NP; bhutan=BT; laos=LA
plain-question | sag mir doch bitte mal die hauptstadt von {} | mexiko=MX; kuba=CU; haiti=HT

berlin | hör ma alexa wat is denn die hauptstadt von {} | ägypten=EG; tunesien=TN; marokko=MA
berlin | icke wollte ma wissen wat die hauptstadt von {} is | kenia=KE; äthiopien=ET; eritrea=ER
berlin | keene ahnung wat die hauptstadt von {} is sach du ma | litauen=LT; lettland=LV; estland=EE
berlin | jut dann sach ma die hauptstadt von {} wa | rumänien=RO; bulgarien=BG; moldawien=MD
berlin | ick steh hier am späti und wir streiten uns wat is die hauptstadt von {} | kanada=CA; australien=AU; neuseeland=NZ
berlin | alexa mach hinne wat is die hauptstadt von {} | japan=JP; china=CN; vietnam=VN
berlin | der busfahrer behauptet det die hauptstadt von {} leicht is na wat is se denn | kasachstan=KZ; island=IS; somalia=SO

swiss | grüezi alexa was isch d hauptstadt vo {} | österreich=AT; italien=IT; frankreich=FR
swiss | grüezi mitenand chasch mer säge was d hauptstadt vo {} isch | slowenien=SI; montenegro=ME; bosnien=BA
swiss | sali alexa weisch du d hauptstadt vo {} | portugal=PT; spanien=ES; griechenland=GR
swiss | gopf jetzt han i vergässe was d hauptstadt vo {} isch | zypern=CY; malta=MT; andorra=AD
swiss | i bi grad im zug uf bern und frög mi was isch d hauptstadt vo {} oder | luxemburg=LU; monaco=MC; san marino=SM
swiss | merci vilmal und no d hauptstadt vo {} bitte | liechtenstein=LI; belgien=BE; dänemark=DK

vienna | servus alexa sag amal was is die hauptstadt von {} | ungarn=HU; tschechien=CZ; der slowakei=SK
vienna | oida was is jetzt die hauptstadt von {} | der ukraine=UA; weißrussland=BY; russland=RU
vienna | geh bitte sag ma schnell die hauptstadt von {} | armenien=AM; georgien=GE; aserbaidschan=AZ
vienna | na geh i hab des vergessn wie heißt die hauptstadt von {} | usbekistan=UZ; kirgisistan=KG; turkmenistan=TM
vienna | wir sitzn beim heurigen und streitn um die hauptstadt von {} | tadschikistan=TJ; afghanistan=AF; pakistan=PK
vienna | des is ja leiwand und was is die hauptstadt von {} | kroatien=HR; serbien=RS; nordmazedonien=MK

franconia | etz sag amal was is'n die hauptstadt von {} | indien=IN; pakistan=PK; bangladesch=BD
franconia | du alexa wos is fei die hauptstadt von {} | thailand=TH; kambodscha=KH; myanmar=MM
franconia | i wass des fei ned hilf mer a weng die hauptstadt von {} | indonesien=ID; den philippinen=PH; den malediven=MV
franconia | mir sinn am christkindlesmarkt und wolln wissen die hauptstadt von {} gell | kolumbien=CO; venezuela=VE; ecuador=EC

ruhr | boah ey alexa wat is die hauptstadt von {} | nigeria=NG; kamerun=CM; angola=AO
ruhr | hömma kumpel sach ma die hauptstadt von {} | sambia=ZM; simbabwe=ZW; mosambik=MZ
ruhr | nach der schicht auffe zeche wollt ich noch wissen wat die hauptstadt von {} is | botsuana=BW; namibia=NA; lesotho=LS
ruhr | dat weiß doch jedes kind aber wat is nomma die hauptstadt von {} | malawi=MW; madagaskar=MG; uganda=UG
ruhr | ey alexa bei uns anne bude sacht einer die hauptstadt von deutschland is dortmund wat is die echt | DE

persian | khob alexa hauptstadt von {} was ist | iran=IR; irak=IQ; oman=OM
persian | azizam frag mal alexa die hauptstadt von {} | kuwait=KW; bahrain=BH; katar=QA
persian | merci alexa und bitte hauptstadt von {} sagen | jemen=YE; saudi-arabien=SA; libanon=LB
persian | maman will wissen welche stadt hauptstadt ist von {} | israel=IL; türkei=TR; tadschikistan=TJ
persian | vay ich habe vergessen was ist hauptstadt von {} | afghanistan=AF; turkmenistan=TM; syrien=SY

thai | kha alexa hauptstadt von {} bitte | thailand=TH; laos=LA; kambodscha=KH
thai | mein mann fragt was ist die hauptstadt von {} na | vietnam=VN; singapur=SG; brunei=BN
thai | mai pen rai alexa dann sag mir hauptstadt von {} | osttimor=TL; indonesien=ID; papua-neuguinea=PG
thai | ich koche pad thai und denke was ist hauptstadt von {} kha | fidschi=FJ; samoa=WS; tonga=TO

french-student | euh alexa was ist die hauptstadt von {} | senegal=SN; mali=ML; guinea=GN
french-student | bah comment on dit die hauptstadt von {} ist welche | burkina faso=BF; niger=NE; tschad=TD
french-student | du coup ich frage die hauptstadt von {} bitte | kamerun=CM; gabun=GA; mauretanien=MR
french-student | ouais enfin die hauptstadt von {} was ist das | algerien=DZ; dschibuti=DJ; komoren=KM
french-student | mein mitbewohner aus lyon fragt nach der hauptstadt von {} | ruanda=RW; burundi=BI; haiti=HT

british-expat | right so alexa was ist die hauptstadt von {} | jamaika=JM; barbados=BB; trinidad und tobago=TT
british-expat | sorry mein deutsch ist nicht so gut what is the hauptstadt von {} | grenada=GD; den bahamas=BS; belize=BZ
british-expat | cheers alexa und basically die hauptstadt von {} bitte | guyana=GY; suriname=SR; dominica=DM
british-expat | my partner says ich soll dich fragen die hauptstadt von {} | antigua und barbuda=AG; sankt lucia=LC; sankt kitts und nevis=KN
british-expat | okay so und die hauptstadt von {} please | sankt vincent und die grenadinen=VC; irland=IE; malta=MT

geography-teacher | nun alexa nennen sie mir die hauptstadt von {} | liechtenstein=LI; andorra=AD; san marino=SM
geography-teacher | meine schüler wussten es nicht welche ist die hauptstadt von {} | honduras=HN; nicaragua=NI; guatemala=GT
geography-teacher | nach heutigem stand was ist die hauptstadt von {} | myanmar=MM; kasachstan=KZ; tansania=TZ
geography-teacher | sehr schön und nun die hauptstadt von {} bitte | costa rica=CR; panama=PA; el salvador=SV
geography-teacher | dreißig jahre erdkunde und ich zweifle gerade was ist die hauptstadt von {} | burundi=BI; brasilien=BR; australien=AU
geography-teacher | für meine enkel sagen sie mir bitte die hauptstadt von {} | äquatorialguinea=GQ; guinea-bissau=GW; cabo verde=CV

kegelclub | alle neune und jetzt alexa die hauptstadt von {} | norwegen=NO; schweden=SE; finnland=FI
kegelclub | prost ihr lieben und alexa was ist denn die hauptstadt von {} | island=IS; irland=IE; schottland=GB-SCT
kegelclub | die runde geht auf den der weiß was die hauptstadt von {} ist | der mongolei=MN; nepal=NP; bhutan=BT
kegelclub | der kegelbruder will wetten um die hauptstadt von {} | uruguay=UY; libyen=LY; sudan=SD

stadt-land-fluss | wir spielen stadt land fluss was ist nochmal die hauptstadt von {} | uruguay=UY; paraguay=PY; argentinien=AR
stadt-land-fluss | stopp stopp ich hab land {} aber was ist da die hauptstadt | kroatien=HR; kuba=CU; chile=CL
stadt-land-fluss | runde mit g alexa welche hauptstadt hat {} | ghana=GH; guatemala=GT; georgien=GE
stadt-land-fluss | buchstabe m die hauptstadt von {} schnell | madagaskar=MG; mexiko=MX; mosambik=MZ
stadt-land-fluss | bei stadt land fluss hatte papa {} als land was ist die hauptstadt | sierra leone=SL; liberia=LR; gambia=GM

crossword | hauptstadt von {} mit vier buchstaben | peru=PE; togo=TG; lettland=LV
crossword | kreuzworträtsel hauptstadt von {} fünf buchstaben zweiter buchstabe a | frankreich=FR; marokko=MA; jemen=YE
crossword | im rätselheft steht hauptstadt von {} was ist das | mauritius=MU; seychellen=SC; kap verde=CV
crossword | senkrecht sieben hauptstadt von {} | kasachstan=KZ; ecuador=EC; tansania=TZ
crossword | ich sitz am kreuzworträtsel und brauch die hauptstadt von {} | eritrea=ER; nauru=NR; palau=PW

eurovision | wir gucken eurovision und {} ist dran was ist deren hauptstadt | moldau=MD; aserbaidschan=AZ; armenien=AM
eurovision | zwölf punkte gehen nach {} alexa was ist da die hauptstadt | schweden=SE; israel=IL; zypern=CY
eurovision | beim esc singt heute {} wie heißt deren hauptstadt | serbien=RS; slowenien=SI; litauen=LT
eurovision | australien ist beim eurovision dabei dann sag mir auch die hauptstadt von australien | AU
eurovision | san marino hat wieder null punkte was ist eigentlich die hauptstadt von san marino | SM

sport | bei der tour de france fährt einer aus {} was ist da die hauptstadt | slowenien=SI; kolumbien=CO; eritrea=ER
sport | in der champions league spielen die gegen einen klub aus {} welche hauptstadt hat das land | aserbaidschan=AZ; kasachstan=KZ; moldawien=MD
sport | bei der olympia eröffnung läuft gerade {} ein was ist deren hauptstadt | tuvalu=TV; nauru=NR; palau=PW
sport | der snooker weltmeister kommt aus {} was ist da die hauptstadt | wales=GB-WLS; china=CN; nordirland=GB-NIR
sport | ski weltcup in {} und wie heißt die hauptstadt dort | andorra=AD; der slowakei=SK; bulgarien=BG
sport | die leichtathletik wm war in {} was ist eigentlich deren hauptstadt | ungarn=HU; katar=QA
sport | beim marathon gewinnt immer einer aus {} wie heißt die hauptstadt da | äthiopien=ET; kenia=KE; uganda=UG
sport | bei der basketball wm spielt deutschland gegen {} hauptstadt von denen bitte | lettland=LV; die philippinen=PH; angola=AO
sport | die fußball wm gruppe hat {} drin was ist deren hauptstadt | saudi-arabien=SA; costa rica=CR; ghana=GH

work | ich steh am rhein im steuerhaus und frag mich was die hauptstadt von {} ist | den niederlanden=NL; belgien=BE; der schweiz=CH
work | ich hab grad ne kundin unter der haube die will wissen die hauptstadt von {} | kuba=CU; jamaika=JM; der dominikanischen republik=DO
work | hier im tattoostudio will einer die flagge von {} und ich frag mich die hauptstadt | nepal=NP; japan=JP; mexiko=MX
work | oben auf dem windrad in der nordsee was ist die hauptstadt von {} | dänemark=DK; norwegen=NO; den färöern=FO
work | ich putze gerade fenster und frage mich wie die hauptstadt von {} heißt | tschechien=CZ; polen=PL; österreich=AT
work | im callcenter ruft jemand aus {} an welche hauptstadt hat das nochmal | ägypten=EG; tunesien=TN; indien=IN
work | ich sitz oben im kran und hab pause was ist die hauptstadt von {} | libyen=LY; algerien=DZ; sierra leone=SL
work | ich häng als hausmeister ne karte auf welche stadt ist die hauptstadt von {} | liberia=LR; guinea-bissau=GW; gambia=GM
work | ich schieb gerade ein bett zur station und der patient fragt die hauptstadt von {} | ruanda=RW; sambia=ZM; malawi=MW

home | wir ziehen gerade um und zwischen den kartons was ist die hauptstadt von {} | ungarn=HU; rumänien=RO; serbien=RS
home | ich bügle gerade hemden welche hauptstadt hat {} | peru=PE; kolumbien=CO; venezuela=VE
home | bei der steuererklärung brauch ich ne pause alexa die hauptstadt von {} | island=IS; norwegen=NO; grönland=GL
home | ich sitz in der sauna und mir fällt die hauptstadt von {} nicht ein | finnland=FI; estland=EE; lettland=LV
home | beim angeln am see was ist eigentlich die hauptstadt von {} | kanada=CA; schweden=SE; neuseeland=NZ
home | wir stehen im stau auf der a sieben alexa die hauptstadt von {} bitte | dänemark=DK; österreich=AT; italien=IT
home | auf dem campingplatz fragen die nachbarn nach der hauptstadt von {} | kroatien=HR; montenegro=ME; albanien=AL

kids | ich puzzle eine weltkarte und da fehlt die hauptstadt von {} | brasilien=BR; argentinien=AR; kanada=CA
kids | alexa ich bin zwölf und will wissen was die hauptstadt von {} ist | japan=JP; südkorea=KR; nordkorea=KP
kids | mein bruder sagt die hauptstadt von {} ist voll schwer was ist sie | kasachstan=KZ; burkina faso=BF; madagaskar=MG
kids | für mein referat brauch ich die hauptstadt von {} | ägypten=EG; griechenland=GR; mexiko=MX
kids | ich hab ne eins in erdkunde wenn ich die hauptstadt von {} weiß | kirgisistan=KG; aserbaidschan=AZ; usbekistan=UZ

genitive | wie heißt die hauptstadt {} | irlands=IE; schwedens=SE; polens=PL
genitive | was ist denn die hauptstadt {} | kanadas=CA; australiens=AU; chinas=CN
genitive | welche stadt ist hauptstadt {} | des irak=IQ; des iran=IR; des sudan=SD
genitive | die hauptstadt {} bitte | der mongolei=MN; der ukraine=UA; der türkei=TR
genitive | sag mir die hauptstadt {} | der vereinigten arabischen emirate=AE; der philippinen=PH; der salomonen=SB
genitive | ich suche die hauptstadt {} | kenias=KE; ugandas=UG; tansanias=TZ
genitive | kennst du die hauptstadt {} | nepals=NP; vietnams=VN; japans=JP
genitive | die hauptstadt {} ist welche | des tschad=TD; des niger=NE; des jemen=YE

terse | {} hauptstadt schnell | gabun=GA; guyana=GY; palau=PW
terse | hauptstadt von {} kurz | dschibuti=DJ; brunei=BN; nauru=NR
terse | {} hauptstadt na | somalia=SO; sudan=SD; südsudan=SS
terse | {} welche hauptstadt | tuvalu=TV; kiribati=KI; vanuatu=VU
terse | hauptstadt {} sag | mikronesien=FM; marshallinseln=MH; salomonen=SB
terse | {} | sao tome und principe=ST; äquatorialguinea=GQ; zentralafrikanische republik=CF

yes-no-check | stimmt es dass istanbul die hauptstadt der türkei ist | TR
yes-no-check | ick dachte immer die hauptstadt von brasilien is rio stimmt det | BR
yes-no-check | ist zürich die hauptstadt von der schweiz oder doch bern | CH
yes-no-check | isch bern würkli d hauptstadt vo de schwiiz | CH
yes-no-check | ist lagos noch die hauptstadt von nigeria | NG
yes-no-check | hat marokko rabat als hauptstadt oder casablanca | MA
yes-no-check | liegt die hauptstadt von kanada in toronto | CA
yes-no-check | ist almaty die hauptstadt von kasachstan | KZ
yes-no-check | ist dar es salaam noch hauptstadt von tansania | TZ
yes-no-check | alexa ist auckland die hauptstadt von neuseeland ja oder nein | NZ
yes-no-check | ich glaub die hauptstadt von vietnam ist hanoi hab ich recht | VN
yes-no-check | heißt die hauptstadt von georgien tiflis | GE
yes-no-check | ist die hauptstadt von der mongolei ulan bator | MN
yes-no-check | karachi ist doch die hauptstadt von pakistan oder | PK
yes-no-check | stimmt es dass yangon nicht mehr die hauptstadt von myanmar ist | MM
yes-no-check | oida is salzburg die hauptstadt von österreich | AT
yes-no-check | is nürnberg fei die hauptstadt von bayern oder ned | DE-BY
yes-no-check | ist montreal die hauptstadt von quebec | CA-QC
yes-no-check | ist new york die hauptstadt von amerika | US
yes-no-check | ist sankt petersburg die hauptstadt von russland | RU
yes-no-check | ist abidjan die hauptstadt der elfenbeinküste | CI
yes-no-check | ist kapstadt eine hauptstadt von südafrika | ZA
yes-no-check | khob ist teheran hauptstadt von iran richtig | IR
yes-no-check | kha ist bangkok hauptstadt von thailand ja | TH
yes-no-check | ist genf die hauptstadt der schweiz | CH
yes-no-check | ist quito die hauptstadt von ecuador | EC
yes-no-check | hab ich recht dass canberra die hauptstadt von australien ist | AU
yes-no-check | ist dubai die hauptstadt der emirate | AE
yes-no-check | ist die hauptstadt von indien mumbai | IN
yes-no-check | liegt die hauptstadt von bolivien in la paz | BO
yes-no-check | ist belfast die hauptstadt von nordirland | GB-NIR
yes-no-check | ist glasgow die hauptstadt von schottland | GB-SCT
yes-no-check | ist köln die hauptstadt von nordrhein-westfalen | DE-NW
yes-no-check | ist frankfurt die hauptstadt von hessen | DE-HE
yes-no-check | ist lyon die hauptstadt von frankreich ich glaube nicht | FR
yes-no-check | boah ey is essen die hauptstadt vom ruhrpott nee wa aber von nrw | DE-NW

self-correction | was ist die hauptstadt von schweden nein warte von norwegen | NO
self-correction | hauptstadt von österreich äh quatsch ich meine von ungarn | HU
self-correction | die hauptstadt von peru sorry ich meinte chile | CL
self-correction | wie heißt die hauptstadt von slowenien nee halt von der slowakei | SK
self-correction | sag mir die hauptstadt von kenia oh nein ich meine tansania | TZ
self-correction | was ist die hauptstadt von gambia ich meine guinea | GN
self-correction | khob hauptstadt von irak nein sorry iran | IR
self-correction | wat is die hauptstadt von lettland ne warte ma litauen | LT
self-correction | grüezi d hauptstadt vo belgie nei sorry vo holland | NL
self-correction | servus die hauptstadt von kroatien na geh ich mein serbien | RS
self-correction | alexa hauptstadt von malawi moment ich korrigiere mich mali | ML
self-correction | was ist die hauptstadt von kolumbien entschuldigung von kambodscha | KH
self-correction | hauptstadt von armenien falsch ich will albanien | AL
self-correction | euh die hauptstadt von gabun non pardon ghana | GH
self-correction | right the hauptstadt von jamaika sorry i mean haiti | HT
self-correction | hauptstadt von laos kha nein entschuldigung vietnam | VN
self-correction | die hauptstadt von bayern ich meine von baden-württemberg | DE-BW
self-correction | was ist die hauptstadt von texas nein warte kalifornien | US-CA
self-correction | hauptstadt von schottland halt ich meine wales | GB-WLS
self-correction | die hauptstadt von oman nein sorry vom jemen | YE
self-correction | welche hauptstadt hat uruguay ach quatsch paraguay meinte ich | PY
self-correction | die hauptstadt von tunesien nein warte eigentlich libyen | LY
self-correction | hauptstadt von usbekistan äh ich meine natürlich turkmenistan | TM
self-correction | was ist die hauptstadt von honduras warte nicht honduras nicaragua | NI
self-correction | alle neune und die hauptstadt von dänemark nee falsch ich meine finnland | FI
self-correction | wie heißt die hauptstadt von sri lanka nein warte von nepal | NP
self-correction | alexa hauptstadt von ruanda sorry burundi | BI
self-correction | die hauptstadt von ecuador ne falsch von el salvador | SV
self-correction | die hauptstadt von portugal also ich meine spanien | ES
self-correction | etz die hauptstadt von franken quatsch ich mein von thüringen | DE-TH

reverse-question | {} ist die hauptstadt von welchem land | vilnius=CITY:Vilnius; bratislava=CITY:Bratislava; ljubljana=CITY:Ljubljana
reverse-question | von welchem land ist {} die hauptstadt | canberra=CITY:Canberra; ottawa=CITY:Ottawa; wellington=CITY:Wellington
reverse-question | zu welchem land gehört die hauptstadt {} | nairobi=CITY:Nairobi; kampala=CITY:Kampala; kigali=CITY:Kigali
reverse-question | wessen hauptstadt ist {} | bamako=CITY:Bamako; dakar=CITY:Dakar; accra=CITY:Accra
reverse-question | welches land hat {} als hauptstadt | hanoi=CITY:Hanoi; vientiane=CITY:Vientiane; phnom penh=CITY:Phnom Penh
reverse-question | {} is die hauptstadt von wat | tirana=CITY:Tirana; skopje=CITY:Skopje; sarajevo=CITY:Sarajevo
reverse-question | {} isch d hauptstadt vo welem land | bern=CITY:Bern; vaduz=CITY:Vaduz; wien=CITY:Wien
reverse-question | in welchem land ist {} die hauptstadt | asmara=CITY:Asmara; mogadischu=CITY:Mogadischu; khartum=CITY:Khartum
reverse-question | {} hauptstadt von welchem land | kingston=CITY:Kingston; victoria=CITY:Victoria; georgetown=CITY:Georgetown
reverse-question | sag mal {} ist hauptstadt von was | la paz=CITY:La Paz; santiago=CITY:Santiago; san josé=CITY:San José
reverse-question | von was ist {} die hauptstadt | taschkent=CITY:Taschkent; bischkek=CITY:Bischkek; duschanbe=CITY:Duschanbe
reverse-question | eriwan ist die hauptstadt von welchem staat | CITY:Eriwan
reverse-question | kha bangkok ist hauptstadt von welches land | CITY:Bangkok
reverse-question | welcher bundesstaat hat sacramento als hauptstadt | CITY:Sacramento
reverse-question | von welchem bundesland ist magdeburg die landeshauptstadt | CITY:Magdeburg

follow-up | und wat is mit {} | bulgarien=BG; griechenland=GR; zypern=CY
follow-up | okay und jetzt noch {} | ghana=GH; togo=TG; niger=NE
follow-up | jut und {} | spanien=ES; portugal=PT; italien=IT
follow-up | und vo {} | österreich=AT; liechtenstein=LI; deutschland=DE
follow-up | und dann noch die von {} bitte | mali=ML; senegal=SN; gambia=GM
follow-up | und wie sieht's mit {} aus | chile=CL; argentinien=AR; peru=PE
follow-up | dasselbe für {} | kanada=CA; mexiko=MX; kuba=CU
follow-up | gleiche frage für {} | japan=JP; china=CN; indien=IN
follow-up | und bei {} | schweden=SE; finnland=FI; dänemark=DK
follow-up | und {} kha | laos=LA; myanmar=MM; kambodscha=KH
follow-up | und {} wie heißt die da | bahrain=BH; kuwait=KW; katar=QA

official-name | wie heißt die hauptstadt der {} | russischen föderation=RU; schweizerischen eidgenossenschaft=CH; portugiesischen republik=PT
official-name | nennen sie mir die hauptstadt der {} | bundesrepublik deutschland=DE; volksrepublik china=CN; slowakischen republik=SK
official-name | die hauptstadt der {} lautet wie | argentinischen republik=AR; libanesischen republik=LB; kirgisischen republik=KG
official-name | hauptstadt der {} bitte | vereinigten mexikanischen staaten=MX; föderativen republik brasilien=BR; vereinigten staaten von amerika=US
official-name | welche stadt ist hauptstadt der {} | tschechischen republik=CZ; dominikanischen republik=DO; zentralafrikanischen republik=CF
official-name | was ist die hauptstadt der republik {} | korea=KR; moldau=MD; kongo=CG
official-name | die hauptstadt vom königreich {} | bhutan=BT; marokko=MA; tonga=TO
official-name | hauptstadt des {} | sultanats oman=OM; staates katar=QA; fürstentums liechtenstein=LI
official-name | die hauptstadt der demokratischen republik kongo | CD
official-name | was ist die hauptstadt der islamischen republik iran | IR
official-name | welche hauptstadt hat das vereinigte königreich großbritannien und nordirland | GB
official-name | was ist die hauptstadt der hellenischen republik | GR

everyday-name | sag mal die hauptstadt von {} | holland=NL; amerika=US; england=GB-ENG
everyday-name | hauptstadt von {} wie war das | weißrussland=BY; der tschechei=CZ; den emiraten=AE
everyday-name | welche hauptstadt hat eigentlich {} | osttimor=TL; bosnien=BA; mazedonien=MK
everyday-name | die hauptstadt von {} weißt du die | kirgisien=KG; moldawien=MD; kap verde=CV
everyday-name | und was hat {} für eine hauptstadt | die usa=US; die dr kongo=CD; die vae=AE
everyday-name | hauptstadt von {} bitte mal | großbritannien=GB; den kapverden=CV; brunei=BN
everyday-name | was is die hauptstadt von {} | sao tome=ST; bosnien herzegowina=BA; swasiland=SZ
everyday-name | die hauptstadt vom vereinigten königreich also england und so | GB

old-name | was ist die hauptstadt von {} wie man früher sagte | persien=IR; siam=TH; abessinien=ET
old-name | mein opa sagt immer {} was ist da die hauptstadt | birma=MM; ceylon=LK; rhodesien=ZW
old-name | die hauptstadt von {} so hieß das mal | zaire=CD; obervolta=BF; dahome=BJ
old-name | welche hauptstadt hat das frühere {} | swasiland=SZ; betschuanaland=BW; kampuchea=KH
old-name | was ist die hauptstadt von formosa | TW
old-name | hauptstadt von burma bitte | MM
old-name | aus dem alten atlas die hauptstadt von südrhodesien | ZW

shared-name | wat is die hauptstadt vom kongo | CD+CG
shared-name | grüezi was isch d hauptstadt vom kongo | CD+CG
shared-name | boah ey kongo hauptstadt | CD+CG
shared-name | ich brauche die hauptstadt von georgia | GE+US-GA
shared-name | georgia hauptstadt bitte | GE+US-GA
shared-name | die hauptstadt von korea sag mal | KP+KR
shared-name | wie heißen die hauptstädte von nord und südkorea | KP+KR
shared-name | welche hauptstädte haben die beiden koreas | KP+KR
shared-name | hauptstadt der jungferninseln | VG+VI
shared-name | alexa die jungferninseln was ist da die hauptstadt | VG+VI
shared-name | was ist die hauptstadt vom us bundesstaat georgia | US-GA
shared-name | die hauptstadt von georgia in amerika | US-GA
shared-name | hauptstadt von georgien dem land im kaukasus | GE
shared-name | die hauptstadt von kongo brazzaville | CG
shared-name | die hauptstadt von kongo kinshasa | CD
shared-name | hauptstadt der amerikanischen jungferninseln | VI
shared-name | und die britischen jungferninseln welche hauptstadt haben die | VG
shared-name | kha hauptstadt von korea süd | KR
shared-name | right so georgia the country not the state was ist die hauptstadt | GE

plural-capitals | wat sind denn die hauptstädte von {} | südafrika=ZA; bolivien=BO; malaysia=MY
plural-capitals | grüezi was sind d hauptstädt vo {} | de niederlande=NL; bolivien=BO; de elfenbeinküste=CI
plural-capitals | nenn mir alle hauptstädte von {} | palästina=PS; südafrika=ZA; sri lanka=LK
plural-capitals | {} hat doch mehrere hauptstädte welche sind das | benin=BJ; malaysia=MY; eswatini=SZ
plural-capitals | die beiden hauptstädte von {} bitte | den niederlanden=NL; der elfenbeinküste=CI; palästina=PS
plural-capitals | khob was sind hauptstädte von {} | bolivien=BO; swasiland=SZ; benin=BJ
plural-capitals | kha wie viele und welche hauptstädte hat {} | sri lanka=LK; malaysia=MY; südafrika=ZA
plural-capitals | was sind die drei hauptstädte von südafrika | ZA
plural-capitals | welche städte sind die hauptstädte der elfenbeinküste | CI
plural-capitals | wie heißen die hauptstädte palästinas | PS
plural-capitals | die hauptstädte von holland welche sind das | NL
plural-capitals | servus welche hauptstädte hat eswatini eigentlich | SZ
plural-capitals | etz sag amal die zwei hauptstädte von benin | BJ
plural-capitals | boah ey südafrika hat drei hauptstädte wie heißen die | ZA
plural-capitals | vay welche hauptstädte hat palästina | PS
plural-capitals | euh quelles sont ich meine welche sind die hauptstädte von sri lanka | LK

subdivision | was ist die hauptstadt vom bundesland {} | thüringen=DE-TH; sachsen-anhalt=DE-ST; mecklenburg-vorpommern=DE-MV
subdivision | wie heißt die landeshauptstadt von {} | niedersachsen=DE-NI; schleswig-holstein=DE-SH; rheinland-pfalz=DE-RP
subdivision | wat is die landeshauptstadt von {} | brandenburg=DE-BB; sachsen=DE-SN; hessen=DE-HE
subdivision | landeshauptstadt {} | des saarlandes=DE-SL; baden-württembergs=DE-BW; nordrhein-westfalens=DE-NW
subdivision | hauptstadt vom us staat {} | vermont=US-VT; nevada=US-NV; kentucky=US-KY
subdivision | was ist die hauptstadt von {} in den usa | illinois=US-IL; pennsylvania=US-PA; washington=US-WA
subdivision | right und die hauptstadt von {} in amerika | oregon=US-OR; michigan=US-MI; florida=US-FL
subdivision | die hauptstadt der kanadischen provinz {} | alberta=CA-AB; manitoba=CA-MB; nova scotia=CA-NS
subdivision | welche hauptstadt hat {} in kanada | saskatchewan=CA-SK; ontario=CA-ON; british columbia=CA-BC
subdivision | was ist die hauptstadt vom australischen bundesstaat {} | queensland=AU-QLD; victoria=AU-VIC; tasmanien=AU-TAS
subdivision | hauptstadt von {} in brasilien | bahia=BR-BA; amazonas=BR-AM; paraná=BR-PR
subdivision | was ist die hauptstadt vom indischen bundesstaat {} | kerala=IN-KL; rajasthan=IN-RJ; gujarat=IN-GJ
subdivision | welche stadt ist hauptstadt von {} in indien | tamil nadu=IN-TN; goa=IN-GA; karnataka=IN-KA
subdivision | die hauptstadt von {} in mexiko | jalisco=MX-JAL; yucatan=MX-YUC; oaxaca=MX-OAX
subdivision | was ist die hauptstadt von {} im vereinigten königreich | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
subdivision | welche stadt ist die hauptstadt von england eigentlich | GB-ENG
subdivision | etz sag amal die landeshauptstadt von bayern | DE-BY
subdivision | hör ma wat is die hauptstadt von texas | US-TX
subdivision | azizam was ist hauptstadt von kalifornien | US-CA

territory | wie heißt die hauptstadt von {} dem überseegebiet | französisch-guayana=GF; neukaledonien=NC; französisch-polynesien=PF
territory | was ist der hauptort von {} | grönland=GL; den färöern=FO; gibraltar=GI
territory | die hauptstadt von {} bitte | bermuda=BM; aruba=AW; curaçao=CW
territory | welche hauptstadt haben die {} | kaimaninseln=KY; cookinseln=CK; falklandinseln=FK
territory | hauptstadt der insel {} | guernsey=GG; jersey=JE; guam=GU
territory | was ist die hauptstadt von puerto rico | PR
territory | die hauptstadt von réunion | RE
territory | welche hauptstadt hat spitzbergen | SJ
territory | was ist die hauptstadt der isle of man | IM
territory | hauptstadt der ålandinseln | AX
territory | was ist die hauptstadt von martinique | MQ

one-shot | alexa bitte hauptstädte der welt was ist die hauptstadt von {} | lettland=LV; estland=EE; litauen=LT
one-shot | alexa sag hauptstädte der welt ich will die hauptstadt von {} | kenia=KE; ghana=GH; äthiopien=ET
one-shot | alexa öffne hauptstädte der welt und nenn mir die hauptstadt von {} | chile=CL; peru=PE; kolumbien=CO
one-shot | alexa starte hauptstädte der welt mit der hauptstadt von {} | japan=JP; thailand=TH; nepal=NP
one-shot | frag mal bei hauptstädte der welt nach {} | kanada=CA; kuba=CU; belize=BZ
one-shot | alexa lass hauptstädte der welt die hauptstadt von {} sagen | norwegen=NO; polen=PL; rumänien=RO
one-shot | hauptstädte der welt was ist die hauptstadt von {} | ägypten=EG; jordanien=JO; syrien=SY
one-shot | alexa kannst du hauptstädte der welt fragen welche hauptstädte {} hat | südafrika=ZA; bolivien=BO
one-shot | grüezi alexa frog hauptstädte der welt nach de hauptstadt vo {} | uruguay=UY; paraguay=PY
one-shot | hör ma alexa frag ma hauptstädte der welt wat die hauptstadt von {} is | tschechien=CZ; ungarn=HU

launch | hör ma alexa mach ma hauptstädte der welt uff | LAUNCH
launch | grüezi alexa start hauptstädte der welt | LAUNCH
launch | servus alexa geh mach hauptstädte der welt auf | LAUNCH
launch | etz starte mal hauptstädte der welt | LAUNCH
launch | boah alexa mach ma hauptstädte der welt an | LAUNCH
launch | khob alexa hauptstädte der welt öffnen bitte | LAUNCH
launch | kha alexa bitte hauptstädte der welt aufmachen | LAUNCH
launch | euh alexa ich möchte hauptstädte der welt starten | LAUNCH
launch | alexa let's go hauptstädte der welt öffnen | LAUNCH
launch | alexa für die kegelrunde bitte hauptstädte der welt starten | LAUNCH
launch | alexa wir spielen stadt land fluss mach mal hauptstädte der welt auf | LAUNCH
launch | alexa hauptstädte der welt spiel starten | LAUNCH
launch | alexa öffne bitte mal die hauptstädte der welt | LAUNCH
launch | alexa haupt städte der welt starten | LAUNCH
launch | nun alexa öffnen sie bitte hauptstädte der welt | LAUNCH

help | hör ma wat kann ick hier allet fragen | HELP
help | grüezi wie funktioniert das do | HELP
help | servus wos kann i di do frogn | HELP
help | etz wie geht des spiel fei | HELP
help | boah ey wie läuft dat hier | HELP
help | khob was kann ich sagen hilfe bitte | HELP
help | kha ich verstehe nicht wie geht das | HELP
help | euh comment ça marche ich meine wie funktioniert das | HELP
help | sorry how does this work wie geht das hier | HELP
help | erklären sie mir bitte wie dieser dienst funktioniert | HELP
help | alexa was für fragen kann man hier stellen | HELP
help | ich bin zwölf und weiß nicht was ich sagen soll | HELP
help | gib mir mal ein beispiel was ich fragen kann | HELP
help | welche befehle gibt es hier | HELP
help | ich brauch ne anleitung | HELP
help | hilf mir mal bitte ich komm nicht weiter | HELP
help | was muss ich sagen damit du mir eine hauptstadt nennst | HELP
help | alexa hilfe ich bin hier neu | HELP
help | kannst du mir erklären was du kannst | HELP
help | ich check das nicht was soll ich machen | HELP
help | zeig mir was ich hier tun kann | HELP
help | welche möglichkeiten hab ich hier | HELP
help | prost und jetzt erklär uns mal wie das spiel geht | HELP

stop | hör ma uff jetzt | STOP
stop | so jetzt isch fertig | STOP
stop | oida hör auf | STOP
stop | etz is gut alexa aus | STOP
stop | boah ey schluss jetzt | STOP
stop | khob genug danke stopp | STOP
stop | kha aufhören bitte | STOP
stop | euh c'est bon stopp bitte | STOP
stop | okay that's enough stopp | STOP
stop | das genügt mir vielen dank | STOP
stop | alexa sei jetzt still | STOP
stop | alle neune und jetzt ist schluss | STOP
stop | ich will nicht mehr spielen | STOP
stop | beende hauptstädte der welt | STOP
stop | ruhe jetzt bitte | STOP
stop | das reicht für heute | STOP
stop | aus jetzt alexa ich muss los | STOP
stop | genug hauptstädte für heute | STOP
stop | tschüss alexa bis morgen | STOP
stop | beenden sie das bitte | STOP
stop | mach schluss mit dem quiz | STOP
stop | ich hab genug gelernt danke tschüss | STOP

cancel | lass ma jut sein | CANCEL
cancel | vergiss et | CANCEL
cancel | nei lass es | CANCEL
cancel | na geh vergiss es | CANCEL
cancel | etz lass halt | CANCEL
cancel | boah ey vergiss dat | CANCEL
cancel | khob nein abbrechen | CANCEL
cancel | kha nein danke abbrechen | CANCEL
cancel | euh non annuler abbrechen bitte | CANCEL
cancel | sorry cancel that | CANCEL
cancel | brechen sie bitte ab | CANCEL
cancel | storniere das | CANCEL
cancel | nimm das zurück | CANCEL
cancel | falsche frage lass es | CANCEL
cancel | das war ein versehen abbrechen | CANCEL
cancel | ach nee lieber nicht | CANCEL
cancel | hat sich erledigt | CANCEL
cancel | nicht so wichtig vergiss das | CANCEL
cancel | schon gut lass mal | CANCEL
cancel | alexa abbrechen ich hab mich versprochen | CANCEL
cancel | brich ab alexa | CANCEL
cancel | egal lass es bleiben | CANCEL

asr-form | was ist die hauptstadt von ihr land | IE
asr-form | was ist die hauptstadt von eis land | IS
asr-form | die hauptstadt von pollen | PL
asr-form | hauptstadt von un garn | HU
asr-form | was ist die hauptstadt von i ran | IR
asr-form | wie heißt die hauptstadt von i rack | IQ
asr-form | was ist die hauptstadt von schad | TD
asr-form | was ist die hauptstadt von tschili | CL
asr-form | hauptstadt von malte | MT
asr-form | was ist die hauptstadt von ne paul | NP
asr-form | die hauptstadt von gabon | GA
asr-form | hauptstadt von kuh ba | CU
asr-form | was ist die hauptstadt von kenja | KE
asr-form | hauptstadt von heiti | HT
asr-form | was ist die hauptstadt von tonka | TO
asr-form | wie heißt die hauptstadt von bar rain | BH
asr-form | was ist die haupstadt von schweden | SE
asr-form | was ist die hauptstadt fon norwegen | NO
asr-form | sag mir die hauptstadt von oestereich | AT
asr-form | hauptstadt von dänemarck | DK
asr-form | was ist die hauptstadt von griechen land | GR
asr-form | was ist die hauptstadt von frank reich | FR
asr-form | wie heißt die hauptstadt von eng land | GB-ENG
asr-form | hauptstadt von russ land | RU
asr-form | was ist die hauptstadt von weiss russland | BY
asr-form | was ist die hauptstadt von slowenjen | SI
asr-form | was ist die hauptstadt von lichtenstein | LI
asr-form | hauptstadt von marocko bitte | MA
asr-form | was ist die hauptstadt von argentinen | AR
asr-form | die hauptstadt von venezu ela | VE
asr-form | was ist die hauptstadt von aserbaidschahn | AZ
asr-form | was ist die hauptstadt von uz bekistan | UZ
asr-form | hauptstadt von pakistahn | PK
asr-form | was ist die hauptstadt von kambodia | KH
asr-form | was ist die hauptstadt von fillipinen | PH
asr-form | die hauptstadt von indo nesien | ID
asr-form | was ist die hauptstadt von singapore | SG
asr-form | was ist die hauptstadt von mauretanjen | MR
asr-form | hauptstadt von sim babwe | ZW
asr-form | die hauptstadt von sierra leonie | SL
asr-form | was ist die hauptstadt von erythrea | ER
asr-form | was ist die hauptstatt von laos | LA
asr-form | wasis die hauptstadt von ghana | GH
asr-form | was ist die hauptstadtvon sambia | ZM

out-of-domain | wat für ne währung hat polen | FB
out-of-domain | wie viele einwohner hat kanada | FB
out-of-domain | welche sprache spricht man in brasilien | FB
out-of-domain | wie groß ist die schweiz in quadratkilometern | FB
out-of-domain | wer ist der präsident von frankreich | FB
out-of-domain | wie spät ist es gerade in tokio | FB
out-of-domain | wie hoch ist der höchste berg von österreich | FB
out-of-domain | welche farben hat die flagge von italien | FB
out-of-domain | wie lange fliegt man nach thailand | FB
out-of-domain | kha wie ist das wetter in bangkok | FB
out-of-domain | welche vorwahl hat die schweiz | FB
out-of-domain | brauche ich ein visum für indien | FB
out-of-domain | wie heißt der längste fluss in afrika | FB
out-of-domain | wie viele kantone hat die schweiz | FB
out-of-domain | was ist die größte stadt der türkei | FB
out-of-domain | welche stadt ist die größte in australien | FB
out-of-domain | wie viele bundesländer hat österreich | FB
out-of-domain | wie heißt die nationalhymne von schweden | FB
out-of-domain | was isst man in georgien | FB
out-of-domain | wie weit ist es von nürnberg nach prag | FB
out-of-domain | wann ist der nationalfeiertag in frankreich | FB
out-of-domain | wer hat den eurovision song contest gewonnen | FB
out-of-domain | wer hat die tour de france gewonnen | FB
out-of-domain | wie viele hauptstädte gibt es in europa | FB
out-of-domain | welche hauptstadt ist die größte der welt | FB
out-of-domain | welches ist die höchstgelegene hauptstadt der welt | FB
out-of-domain | welche hauptstadt liegt am nördlichsten | FB
out-of-domain | wie viele einwohner hat die hauptstadt von norwegen | FB
out-of-domain | wie ist das wetter in der hauptstadt von island | FB
out-of-domain | wie weit ist die hauptstadt von spanien von hier entfernt | FB
out-of-domain | wie viel startkapital brauche ich für ein café | FB
out-of-domain | wie schreibt man hauptstadt auf englisch | FB
out-of-domain | was bedeutet aus etwas kapital schlagen | FB
out-of-domain | wie hoch ist die kapitalertragsteuer | FB
out-of-domain | was ist die hauptstadtzulage in berlin | FB
out-of-domain | wann fliegt der erste flieger vom hauptstadtflughafen | FB
out-of-domain | was ist die hauptstadt von tirol | FB
out-of-domain | was isch d hauptstadt vom kanton zürich | FB
out-of-domain | servus was is die hauptstadt von kärnten | FB
out-of-domain | was ist die hauptstadt von katalonien | FB
out-of-domain | was ist die hauptstadt von sibirien | FB
out-of-domain | etz was is'n die hauptstadt von franken | FB
out-of-domain | boah ey wat is die hauptstadt vom ruhrpott | FB
out-of-domain | was ist die hauptstadt von patagonien | FB
out-of-domain | was ist die hauptstadt der toskana | FB
out-of-domain | kha was ist hauptstadt von bali | FB
out-of-domain | hauptstadt von sizilien bitte | FB
out-of-domain | grüezi was isch d hauptstadt vom kanton bern | FB
out-of-domain | euh was ist die hauptstadt der bretagne | FB
out-of-domain | was ist die hauptstadt von schwaben | FB
out-of-domain | servus was is die hauptstadt von oberösterreich | FB
out-of-domain | was ist die hauptstadt von flandern | FB
out-of-domain | wie wird das wetter morgen in nürnberg | FB
out-of-domain | hör ma spiel radio eins | FB
out-of-domain | mach das licht im flur aus | FB
out-of-domain | wann fährt die nächste u-bahn | FB
out-of-domain | erzähl mir einen witz über berliner | FB
out-of-domain | weck mich um sechs | FB
out-of-domain | ruf maman an | FB
out-of-domain | wie viele kalorien hat ein döner | FB
out-of-domain | wer hat schalke gegen dortmund gewonnen | FB
out-of-domain | wann ist der nächste feiertag in bayern | FB
out-of-domain | spiel ein lied von helene fischer | FB
out-of-domain | was kostet ein döner in berlin | FB
out-of-domain | übersetz guten tag auf thailändisch | FB
out-of-domain | wie sagt man danke auf persisch | FB
out-of-domain | wann beginnt der eurovision song contest | FB
out-of-domain | wie viele punkte hat deutschland beim esc bekommen | FB
out-of-domain | wer führt in der gesamtwertung der tour de france | FB
out-of-domain | wie lange dauert ein marathon | FB
out-of-domain | wie viele kegel stehen beim kegeln | FB
out-of-domain | wie schreibt man christkindlesmarkt | FB
out-of-domain | was ist ein schäufele | FB
out-of-domain | wo ist der nächste späti | FB
out-of-domain | wann kommt die müllabfuhr | FB
out-of-domain | wie viel trinkgeld gibt man beim friseur | FB
out-of-domain | wie tief ist der rhein bei köln | FB
out-of-domain | wie hoch ist ein windrad | FB
out-of-domain | wie löse ich ein sudoku | FB
out-of-domain | was heißt oida | FB
out-of-domain | welcher fluss fließt durch wien | FB
out-of-domain | wie heißt der bürgermeister von wien | FB
out-of-domain | wer ist gerade bundeskanzler | FB
out-of-domain | in welchem land liegt timbuktu | FB
out-of-domain | in welchem land liegt marrakesch | FB
out-of-domain | auf welchem kontinent liegt ägypten | FB
out-of-domain | wo liegt kasachstan | FB
out-of-domain | welche länder grenzen an deutschland | FB
out-of-domain | wie heißen die nachbarländer der schweiz | FB
out-of-domain | wie viele einwohner hat die hauptstadt von china | FB
out-of-domain | seit wann ist berlin die hauptstadt | FB
out-of-domain | warum ist bonn nicht mehr hauptstadt | FB
out-of-domain | was ist die schönste hauptstadt europas | FB
out-of-domain | welche hauptstadt sollte ich im sommer besuchen | FB
out-of-domain | wie komme ich von der hauptstadt zum flughafen | FB
out-of-domain | buch mir ein hotel in paris | FB
out-of-domain | was kostet ein zugticket nach wien | FB
out-of-domain | wie heißt der fluss in der hauptstadt von ungarn | FB
out-of-domain | welche sprache spricht man in der hauptstadt von belgien | FB
out-of-domain | khob wie spät ist es in teheran | FB
out-of-domain | vay wie viel kostet safran | FB
out-of-domain | euh wie sagt man croissant auf deutsch | FB
out-of-domain | du coup wann fährt der zug nach straßburg | FB
out-of-domain | cheers alexa what's the weather like | FB
out-of-domain | sorry wie viel ist ein pfund in euro | FB
out-of-domain | nun alexa wie viele flüsse hat europa | FB
out-of-domain | meine damen und herren wie hoch ist der mount everest | FB
out-of-domain | alle neune wer hat die meisten punkte | FB
out-of-domain | prost wie viel promille hab ich | FB
out-of-domain | stadt land fluss gilt wolga als fluss | FB
out-of-domain | nenn mir einen fluss mit m | FB
out-of-domain | kreuzworträtsel fluss in italien drei buchstaben | FB
out-of-domain | wer singt für deutschland beim esc | FB
out-of-domain | wie viele tore hat schalke geschossen | FB
out-of-domain | ich hab ne kundin wie lange muss die farbe einwirken | FB
out-of-domain | wie hoch sind die wellen in der nordsee heute | FB
out-of-domain | wie viel zahlt man für ein tattoo | FB
out-of-domain | wo finde ich umzugskartons | FB
out-of-domain | wie heiß ist eine finnische sauna | FB
out-of-domain | welcher fisch beißt im herbst | FB
out-of-domain | wie lang ist der stau auf der a sieben | FB
out-of-domain | ich bin zwölf wie viele länder hat afrika | FB
out-of-domain | hör ma wat kostet n schrippe beim bäcker | FB
out-of-domain | icke will wissen wann hertha spielt | FB
out-of-domain | grüezi wie viel kostet es vignette für die schweiz | FB
out-of-domain | chasch mer säge wänn de zug uf basel fahrt | FB
out-of-domain | servus wann hat der heurige offen | FB
out-of-domain | oida wie viel kostet a melange | FB
out-of-domain | etz wie lang brauch a schäufele im ofen | FB
out-of-domain | hömma wann spielt schalke wieder in der ersten liga | FB
out-of-domain | azizam wann ist nouruz dieses jahr | FB
out-of-domain | kha wo kann ich thai basilikum kaufen | FB
out-of-domain | bah wie viele einwohner hat freiburg | FB
out-of-domain | right so how many people live in london | FB
out-of-domain | nach heutigem stand wie viele staaten hat die uno | FB
out-of-domain | welche hauptstadt hat die meisten einwohner in afrika | FB
out-of-domain | welche hauptstadt liegt am meer | FB
out-of-domain | wie heißt der flughafen der hauptstadt von thailand | FB
out-of-domain | was ist das wahrzeichen der hauptstadt von frankreich | FB
out-of-domain | wie alt ist die hauptstadt von italien | FB
out-of-domain | wie viele brücken hat die hauptstadt von ungarn | FB
out-of-domain | ist berlin größer als wien | FB
out-of-domain | was ist die hauptstadt von südtirol | FB
out-of-domain | was ist die hauptstadt von der steiermark | FB
out-of-domain | was ist die hauptstadt von andalusien | FB
out-of-domain | wie schreibt man hauptstadt groß oder klein | FB
out-of-domain | was ist ein kapitalverbrechen | FB
out-of-domain | wie viele hauptstadtstudios hat die ard | FB
out-of-domain | stadt land fluss welcher beruf fängt mit q an | FB
out-of-domain | ich bin zwölf wie hoch ist der eiffelturm | FB
out-of-domain | wie lange fährt ein binnenschiff von basel nach rotterdam | FB
"""

if __name__ == "__main__":
    build_round(29, "de", LINES, sys.argv, "tests/Eval/de/round29/source/build_corpus.py")
