"""Round 28, German (de-DE): a new author's own mix, written blind. Speakers chosen away from rounds 24-27:
Vorarlbergers around Dornbirn and Bregenz ("hoi", "was isch", "luag amol", "gschwind", "gäll", "hoi zemma"), a speech
coach in Hannover and her clients practising clear articulation ("nenne mir", "zum mitschreiben", "ne"), Sorbs and
Lusatians around Bautzen, Cottbus and the Spreewald ("witaj", "haj", "nu", "weißte", the punt and the pickles), the
Danish minority in Flensburg and Schleswig ("hej", "mojn", "altså", "nå", "tak", "hyggelig", the ferry), Mennonite
resettlers speaking Plautdietsch at home ("jo", "nü", "waut", "dit weet ich nich"), Spanish Erasmus students in
Heidelberg ("vale", "o sea", "bueno", "tío", "venga", learner order), a Tamil family in Hamm ("amma", "appa", "aiyo",
"seri", "enna", the temple), Chinese students in Aachen ("na ge", "dui", "ai ya", learner order), Korean nurses who
came in the seventies, now grandmothers ("aigoo", "ne ne", the hospital in Essen), Croatian guest-worker grandparents
in Stuttgart ("ajme", "ajde", "bog", "hvala", "znaš"), Indian engineers in Munich ("arre yaar", "acha", "matlab"),
an eighty-eight-year-old widower with his first Echo ("hallo hallo", "junge frau", "hört die mich"), seven-year-olds
with a World Cup sticker album, and people at work: a paramedic crew at the station, a flight attendant between
rotations, a ski instructor, a museum guard, a night shift at a parcel centre, a sommelier, a locksmith, an
observatory guide, a tailor. Situations: the TV quizzes "Gefragt Gejagt" and "Wer weiß denn sowas", Kahoot in class,
an escape room, a pub radio call-in; the handball World Cup, the Four Hills ski jumping, the darts World Championship,
the Kieler Woche regatta, curling, rowing; a night train, the ferry to Norway, a world-trip savings jar, a passport's
stamps; painting the living room, a barbecue in the allotment garden, a flea market, baking apple strudel, a baby
shower, a planetarium visit, a power-plug adapter for a trip. Plus case and the genitive, the polite Sie, terse forms,
fillers and hesitations, tails, one-shot requests with the invocation name "hauptstädte der welt", launch,
follow-ups, checks with right and wrong guesses, self-corrections (marked "nein warte", "ich meine", "sorry",
"korrektur", "moment nicht", "verzeihung"), reverse questions, official, old and everyday names, shared names, plurals
(every several-capital country and Palestine), subdivisions and territories, help, stop, cancel and out-of-domain near
misses (regions and cities the data lacks, "hauptstadt" and "kapital" in other senses, other facts about named
countries, everyday requests). Recognition forms: "hauptstraße" and "hauptstaat" heard for "hauptstadt", split and
joined words, lost or spelled-out umlauts and ß, homophones ("jemand" for Jemen, "kater" for Katar, "mal i" for Mali),
English spellings.
`python3 tests/Eval/de/round28/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 28's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
plain-question | sag mal was ist denn die hauptstadt von {} | estland=EE; norwegen=NO; bulgarien=BG
plain-question | ich hätte gern die hauptstadt von {} gewusst | litauen=LT; ungarn=HU; portugal=PT
plain-question | wie lautet die hauptstadt von {} | madagaskar=MG; mosambik=MZ; angola=AO
plain-question | welche stadt ist eigentlich die hauptstadt von {} | tansania=TZ; nigeria=NG; kamerun=CM
plain-question | kannst du mir die hauptstadt von {} nennen | usbekistan=UZ; turkmenistan=TM; jordanien=JO
plain-question | ich brauche die hauptstadt von {} | guinea=GN; sierra leone=SL; liberia=LR

vorarlberg | hoi alexa was isch d hauptstadt vo {} | liechtenstein=LI; ungarn=HU; der slowakei=SK
vorarlberg | luag amol alexa wie heißt d hauptstadt vo {} | kroatien=HR; rumänien=RO; bulgarien=BG
vorarlberg | i bi grad am bodensee was isch eigentlich d hauptstadt vo {} | norwegen=NO; island=IS; finnland=FI
vorarlberg | gschwind a frog alexa d hauptstadt vo {} bitte | kolumbien=CO; venezuela=VE; ecuador=EC
vorarlberg | hoi zemma mir spielen grad a quiz was isch d hauptstadt vo {} | kenia=KE; uganda=UG; ruanda=RW
vorarlberg | was isch jetzt scho wieder d hauptstadt vo {} gäll | marokko=MA; tunesien=TN; algerien=DZ

speech-coach | nenne mir bitte die hauptstadt von {} | brasilien=BR; argentinien=AR; uruguay=UY
speech-coach | ich frage ganz deutlich welche stadt ist die hauptstadt von {} | paraguay=PY; peru=PE; chile=CL
speech-coach | noch einmal langsam zum mitschreiben die hauptstadt von {} | kasachstan=KZ; usbekistan=UZ; turkmenistan=TM
speech-coach | alexa ich übe gerade meine aussprache sag mir die hauptstadt von {} | aserbaidschan=AZ; kirgisistan=KG; tadschikistan=TJ
speech-coach | wie heißt die hauptstadt von {} ne | portugal=PT; spanien=ES; italien=IT

lusatia | witaj alexa wie heißt die hauptstadt von {} | polen=PL; tschechien=CZ; slowenien=SI
lusatia | haj also ich wollte wissen die hauptstadt von {} | serbien=RS; montenegro=ME; bosnien und herzegowina=BA
lusatia | wir sitzen im kahn im spreewald was ist die hauptstadt von {} | lettland=LV; litauen=LT; estland=EE
lusatia | die oma in bautzen fragt was die hauptstadt von {} ist | belarus=BY; der ukraine=UA; russland=RU
lusatia | nu sag mal alexa die hauptstadt von {} weißte die | nordmazedonien=MK; albanien=AL; griechenland=GR

flensburg | hej alexa altså was ist die hauptstadt von {} | dänemark=DK; schweden=SE; grönland=GL
flensburg | mojn alexa sag mal die hauptstadt von {} tak | irland=IE; belgien=BE; frankreich=FR
flensburg | nå was war noch gleich die hauptstadt von {} | neuseeland=NZ; australien=AU; kanada=CA
flensburg | wir sind auf der fähre nach kopenhagen weißt du die hauptstadt von {} | japan=JP; südkorea=KR; der mongolei=MN
flensburg | hyggelig abend hier sag mal was ist die hauptstadt von {} | indonesien=ID; den philippinen=PH; vietnam=VN

plautdietsch | jo alexa waut es de hauptstadt von {} | mexiko=MX; belize=BZ; bolivien=BO
plautdietsch | nü sag doch mal die hauptstadt von {} | honduras=HN; nicaragua=NI; guatemala=GT
plautdietsch | mein großer bruder will wissen waut de hauptstadt von {} es | panama=PA; costa rica=CR; el salvador=SV
plautdietsch | dit weet ich nich was ist die hauptstadt von {} | jamaika=JM; kuba=CU; haiti=HT

erasmus | vale alexa cuál es äh was ist die hauptstadt von {} | andorra=AD; monaco=MC; san marino=SM
erasmus | o sea die hauptstadt von {} ist welche | malta=MT; zypern=CY; luxemburg=LU
erasmus | bueno alexa ich möchte wissen wie heißt die hauptstadt von {} por favor | österreich=AT; der schweiz=CH; deutschland=DE
erasmus | tío ich weiß nicht mehr die hauptstadt von {} | ägypten=EG; libyen=LY; sudan=SD
erasmus | venga alexa die hauptstadt von {} schnell | senegal=SN; gambia=GM; mali=ML

tamil-family | amma fragt alexa was ist die hauptstadt von {} | indien=IN; pakistan=PK; bangladesch=BD
tamil-family | aiyo ich habe vergessen die hauptstadt von {} | nepal=NP; bhutan=BT; den malediven=MV
tamil-family | seri seri alexa und die hauptstadt von {} bitte | myanmar=MM; thailand=TH; kambodscha=KH
tamil-family | appa sagt colombo aber was ist wirklich die hauptstadt von sri lanka | LK
tamil-family | enna alexa hauptstadt von {} sag mal | singapur=SG; brunei=BN; osttimor=TL
tamil-family | nach dem tempel in hamm fragen die kinder was ist die hauptstadt von {} | mauritius=MU; den seychellen=SC; madagaskar=MG

chinese-students | na ge na ge die hauptstadt von {} ist was | china=CN; taiwan=TW; laos=LA
chinese-students | alexa bitte hauptstadt von {} welche stadt | nordkorea=KP; afghanistan=AF; iran=IR
chinese-students | dui dui und hauptstadt von {} weißt du | syrien=SY; jordanien=JO; irak=IQ
chinese-students | ai ya ich vergesse immer die hauptstadt von {} | papua neuguinea=PG; fidschi=FJ; samoa=WS

korean-nurses | aigoo alexa die hauptstadt von {} wie heißt das | tansania=TZ; sambia=ZM; simbabwe=ZW
korean-nurses | ne ne ich weiß schon aber sag nochmal die hauptstadt von {} | südkorea=KR; katar=QA; kuwait=KW
korean-nurses | wir waren krankenschwestern in essen damals jetzt frage ich was ist die hauptstadt von {} | ghana=GH; nigeria=NG; kamerun=CM
korean-nurses | jinjja ich hab vergessen halmeoni weiß nicht mehr die hauptstadt von {} | den philippinen=PH; indonesien=ID; malaysia=MY
korean-nurses | meine enkel fragen mich immer die hauptstadt von {} wie heißt die | schweden=SE; der schweiz=CH; südafrika=ZA

croatian-grandparents | ajde alexa wie heißt die hauptstadt von {} | bosnien=BA; kosovo=XK; moldawien=MD
croatian-grandparents | bog alexa sag mir die hauptstadt von {} hvala | kroatien=HR; slowenien=SI; montenegro=ME
croatian-grandparents | ajme ich bin schon alt weißt du was ist die hauptstadt von {} | der türkei=TR; griechenland=GR; zypern=CY
croatian-grandparents | der opa sagt zagreb aber ich frage was ist die hauptstadt von {} | serbien=RS; nordmazedonien=MK; albanien=AL
croatian-grandparents | hvala und jetzt die hauptstadt von {} | ungarn=HU; österreich=AT; italien=IT

indian-engineers | arre yaar alexa what is ähm was ist die hauptstadt von {} | sri lanka=LK; nepal=NP; bangladesch=BD
indian-engineers | acha und die hauptstadt von {} matlab welche stadt | oman=OM; bahrain=BH; den vereinigten arabischen emiraten=AE
indian-engineers | alexa my colleague asks was ist die hauptstadt von {} | saudi arabien=SA; jemen=YE; israel=IL
indian-engineers | yaar im büro wetten wir die hauptstadt von {} ist welche | bhutan=BT; den malediven=MV; myanmar=MM
indian-engineers | matlab ich dachte immer bombay ist die hauptstadt von indien aber | IN

elder | hallo hallo hört die mich junge frau was ist die hauptstadt von {} | österreich=AT; polen=PL; der tschechoslowakei=FB
elder | meine enkelin hat mir das ding geschenkt wie heißt die hauptstadt von {} | schweden=SE; dänemark=DK; england=GB-ENG
elder | früher wusste ich das alles auswendig die hauptstadt von {} | argentinien=AR; uruguay=UY; chile=CL
elder | junge frau bitte etwas lauter die hauptstadt von {} | kanada=CA; mexiko=MX; kuba=CU
elder | ich höre nicht mehr so gut sagen sie mir nochmal die hauptstadt von {} | finnland=FI; norwegen=NO; irland=IE
elder | meine frau wusste so was immer was ist die hauptstadt von {} | portugal=PT; belgien=BE; luxemburg=LU

kids | alexa ich hab einen sticker von {} was ist da die hauptstadt | brasilien=BR; kroatien=HR; marokko=MA
kids | mama hat gesagt ich soll dich fragen was die hauptstadt von {} ist | frankreich=FR; spanien=ES; england=GB-ENG
kids | alexa ich bin sieben jahre alt und will wissen die hauptstadt von {} | japan=JP; ägypten=EG; australien=AU
kids | papa weiß es nicht was ist die hauptstadt von {} | ghana=GH; ecuador=EC; katar=QA
kids | alexa mein freund hat den sticker von {} doppelt wie heißt die hauptstadt | uruguay=UY; senegal=SN; iran=IR
kids | ich hab gewonnen beim tauschen jetzt will ich die hauptstadt von {} wissen | kolumbien=CO; südkorea=KR; panama=PA

work | wir stehen mit dem rettungswagen an der wache kurze frage die hauptstadt von {} | slowenien=SI; lettland=LV; belgien=BE
work | ich bin flugbegleiterin und fliege morgen nach {} wie heißt dort die hauptstadt | äthiopien=ET; eritrea=ER; dschibuti=DJ
work | ich bin skilehrer und meine gäste kommen aus {} was ist deren hauptstadt | den niederlanden=NL; dänemark=DK; israel=IL
work | im museum ist gerade nichts los was ist die hauptstadt von {} | somalia=SO; südsudan=SS; tschad=TD
work | hier im paketzentrum liegt ein paket nach {} was ist die hauptstadt dort | benin=BJ; togo=TG; burkina faso=BF
work | ich habe einen wein aus {} im glas wie heißt da die hauptstadt | georgien=GE; moldawien=MD; armenien=AM
work | ich bin schlüsseldienst und warte auf den kunden was ist die hauptstadt von {} | niger=NE; mauretanien=MR; gabun=GA
work | ich mache führungen in der sternwarte und ein besucher fragt nach der hauptstadt von {} | chile=CL; namibia=NA; botsuana=BW

quiz-show | bei gefragt gejagt kam gerade die frage nach der hauptstadt von {} | kasachstan=KZ; kirgisistan=KG; laos=LA
quiz-show | bei wer weiß denn sowas wollten sie die hauptstadt von {} wissen | burundi=BI; malawi=MW; lesotho=LS
quiz-show | kahoot frage im unterricht hauptstadt von {} schnell | vanuatu=VU; tonga=TO; kiribati=KI
quiz-show | wir stecken im escape room fest der code ist die hauptstadt von {} | nauru=NR; tuvalu=TV; palau=PW
quiz-show | ich rufe gleich beim radio an was ist die hauptstadt von {} | suriname=SR; guyana=GY; trinidad und tobago=TT

sport | bei der handball wm spielt deutschland gegen {} was ist deren hauptstadt | dänemark=DK; ägypten=EG; bahrain=BH
sport | bei der vierschanzentournee springt einer aus {} wie heißt da die hauptstadt | slowenien=SI; japan=JP; norwegen=NO
sport | bei der darts wm ist der spieler aus {} was ist denn die hauptstadt da | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
sport | bei der kieler woche segelt ein boot aus {} welche hauptstadt hat das land | antigua und barbuda=AG; den bahamas=BS; barbados=BB
sport | beim curling spielt die schweiz gegen {} was ist die hauptstadt von denen | kanada=CA; schottland=GB-SCT; südkorea=KR
sport | beim rudern startet ein boot aus {} welche stadt ist da hauptstadt | rumänien=RO; neuseeland=NZ; kroatien=HR

travel | wir sparen für eine weltreise nächster halt {} was ist dort die hauptstadt | peru=PE; vietnam=VN; kolumbien=CO
travel | im nachtzug nach wien fällt mir ein was ist die hauptstadt von {} | ungarn=HU; der slowakei=SK; rumänien=RO
travel | auf der fähre nach norwegen frage ich mich die hauptstadt von {} | schweden=SE; finnland=FI; island=IS
travel | in meinem reisepass ist ein stempel aus {} welche hauptstadt haben die | kenia=KE; kambodscha=KH; jordanien=JO
travel | ich brauche einen reisestecker für {} und wollte noch die hauptstadt wissen | indien=IN; brasilien=BR; südafrika=ZA

home | ich streiche gerade das wohnzimmer sag mir die hauptstadt von {} | griechenland=GR; irland=IE; lettland=LV
home | beim grillen im schrebergarten streiten wir uns was ist die hauptstadt von {} | australien=AU; kanada=CA; der türkei=TR
home | auf dem flohmarkt hab ich eine alte karte von {} gekauft was ist die hauptstadt | äthiopien=ET; persien=IR; japan=JP
home | beim apfelstrudel backen frag ich mich die hauptstadt von {} | österreich=AT; tschechien=CZ; ungarn=HU
home | wir sind auf einer babyparty und raten die hauptstadt von {} | nicaragua=NI; honduras=HN; el salvador=SV
home | im planetarium hat jemand gefragt was die hauptstadt von {} ist | chile=CL; der dominikanischen republik=DO; dominica=DM

polite-sie | könnten sie mir bitte sagen was die hauptstadt von {} ist | grenada=GD; dominica=DM; sankt lucia=LC
polite-sie | entschuldigen sie wie heißt die hauptstadt von {} | sankt vincent und die grenadinen=VC; sankt kitts und nevis=KN; barbados=BB
polite-sie | wären sie so freundlich mir die hauptstadt von {} zu nennen | den komoren=KM; äquatorialguinea=GQ; são tomé und príncipe=ST
polite-sie | ich bitte sie um die hauptstadt von {} | guinea bissau=GW; cabo verde=CV; liberia=LR

terse | hauptstadt {} | eswatini=SZ; lesotho=LS; botsuana=BW
terse | {} hauptstadt bitte | mikronesien=FM; marshallinseln=MH; salomonen=SB
terse | hauptstadt von {} schnell | tonga=TO; samoa=WS; tuvalu=TV
terse | {} hauptstadt | sambia=ZM; malawi=MW; namibia=NA

filler | ähm also ich wollte fragen öh die hauptstadt von {} | gabun=GA; kongo brazzaville=CG; der zentralafrikanischen republik=CF
filler | hm na ja was ist nochmal die hauptstadt von {} | uganda=UG; ruanda=RW; burundi=BI
filler | äh warte kurz ähm ja die hauptstadt von {} | haiti=HT; jamaika=JM; grenada=GD
filler | also pass auf ähm hauptstadt von {} | mauretanien=MR; niger=NE; tschad=TD
filler | öhm ja gut die hauptstadt von {} bitte | eritrea=ER; dschibuti=DJ; somalia=SO

tail | was ist die hauptstadt von {} danke dir | neuseeland=NZ; fidschi=FJ; papua neuguinea=PG
tail | die hauptstadt von {} wenn du so lieb wärst | katar=QA; kuwait=KW; oman=OM
tail | wie heißt die hauptstadt von {} danke schön alexa | albanien=AL; kosovo=XK; montenegro=ME
tail | was ist die hauptstadt von {} das wollte ich noch wissen | sudan=SD; südsudan=SS; libyen=LY

genitive | wie heißt {} hauptstadt | perus=PE; kubas=CU; sambias=ZM
genitive | was ist die hauptstadt {} | des jemen=YE; des libanon=LB; der elfenbeinküste=CI
genitive | {} hauptstadt heißt wie | jordaniens=JO; tunesiens=TN; algeriens=DZ
genitive | nenn mir die hauptstadt {} | ghanas=GH; gabuns=GA; malis=ML
genitive | welche stadt ist die hauptstadt {} | des vatikans=VA; liechtensteins=LI; andorras=AD

asr-form | was ist die hauptstraße von {} | frankreich=FR; italien=IT; spanien=ES
asr-form | was ist die hauptstaat von {} | polen=PL; belgien=BE; schweden=SE
asr-form | wie heist die haupt stadt von {} | oesterreich=AT; daenemark=DK; tuerkei=TR
asr-form | was is die hauptstadt von {} | jemand=YE; kater=QA; mal i=ML
asr-form | haupt stadt fon {} | grossbritannien=GB; weissrussland=BY; marocco=MA
asr-form | was ist die hauptstadt von {} bitte | ugan da=UG; ken ya=KE; gha na=GH
asr-form | was ist die haupt stadt von {} | aegypten=EG; suedafrika=ZA; aethiopien=ET
asr-form | wie heisst die hauptstadt von {} | tschechjen=CZ; kirgistan=KG; tadschikistahn=TJ
asr-form | sag mir die hauptstadt von {} | kolombien=CO; venezuella=VE; equador=EC
asr-form | hauptstadtvon {} | argentinjen=AR; brasilien=BR; mexico=MX
asr-form | was ist die hauptstadt von {} nochmal | nieder lande=NL; neu seeland=NZ; sri lanka=LK

old-name | was war die hauptstadt von {} | ceylon=LK; siam=TH; birma=MM
old-name | was ist heute die hauptstadt von {} | zaire=CD; rhodesien=ZW; obervolta=BF
old-name | das hieß früher {} was ist die hauptstadt | dahome=BJ; abessinien=ET; betschuanaland=BW
old-name | mein opa sagt noch {} wie heißt da die hauptstadt | persien=IR; formosa=TW; kampuchea=KH
old-name | die hauptstadt von {} wie man früher sagte | swasiland=SZ; der tschechei=CZ; weißrussland=BY
old-name | welche hauptstadt hat das frühere {} | südrhodesien=ZW; burma=MM; bechuanaland=BW

official-name | was ist die hauptstadt der {} | bundesrepublik deutschland=DE; republik österreich=AT; schweizerischen eidgenossenschaft=CH
official-name | wie heißt die hauptstadt der {} | russischen föderation=RU; hellenischen republik=GR; volksrepublik china=CN
official-name | die hauptstadt der {} bitte | vereinigten mexikanischen staaten=MX; föderativen republik brasilien=BR; argentinischen republik=AR
official-name | nenne mir die hauptstadt der {} | französischen republik=FR; italienischen republik=IT; portugiesischen republik=PT
official-name | welche stadt ist hauptstadt der {} | slowakischen republik=SK; tschechischen republik=CZ; kirgisischen republik=KG
official-name | was ist die hauptstadt des {} | vereinigten königreichs großbritannien und nordirland=GB; königreichs norwegen=NO; sultanats oman=OM
official-name | wie lautet die hauptstadt der {} | republik moldau=MD; demokratischen republik kongo=CD; republik kongo=CG
official-name | was ist die hauptstadt vom {} | staat brunei darussalam=BN; königreich thailand=TH; haschemitischen königreich jordanien=JO
official-name | sag mir die hauptstadt der {} | islamischen republik iran=IR; republik der union myanmar=MM; libanesischen republik=LB

everyday-name | was ist eigentlich die hauptstadt von {} | holland=NL; amerika=US; der tschechei=CZ
everyday-name | welche stadt ist denn die hauptstadt von {} | den staaten=US; den emiraten=AE; großbritannien=GB
everyday-name | und die hauptstadt von {} | kap verde=CV; swasiland=SZ; burma=MM
everyday-name | sag mir mal die hauptstadt von {} | den usa=US; der dr kongo=CD; weißrussland=BY
everyday-name | was ist gleich die hauptstadt von {} | mazedonien=MK; moldawien=MD; kirgisien=KG
everyday-name | welche hauptstadt hat eigentlich {} | trinidad=TT; dem vatikan=VA; saudi=SA
everyday-name | wie heißt die hauptstadt vom {} | uk=GB; vatikan=VA; kongo kinshasa=CD

shared-name | was ist die hauptstadt von {} | kongo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | wie heißt die hauptstadt vom kongo | CD+CG
shared-name | welche hauptstadt hat korea | KP+KR
shared-name | die hauptstadt von georgia bitte | GE+US-GA
shared-name | was ist die hauptstadt der jungferninseln | VG+VI
shared-name | und die jungferninseln welche hauptstadt haben die | VG+VI
shared-name | und die hauptstadt von {} genau gesagt | kongo brazzaville=CG; der republik kongo=CG; kongo kinshasa=CD
shared-name | welche stadt ist die hauptstadt von {} | nordkorea=KP; südkorea=KR; georgien=GE
shared-name | was ist die hauptstadt vom bundesstaat georgia in amerika | US-GA
shared-name | georgia der us staat was ist da die hauptstadt | US-GA
shared-name | georgien im kaukasus hauptstadt | GE
shared-name | und die hauptstadt der {} | britischen jungferninseln=VG; amerikanischen jungferninseln=VI
shared-name | die hauptstadt von nord und südkorea | KP+KR
shared-name | welche hauptstädte haben die beiden koreas | KP+KR
shared-name | was sind die hauptstädte der beiden kongos | CD+CG
shared-name | aigoo korea hauptstadt bitte | KP+KR
shared-name | kongo hauptstadt wie heißt die | CD+CG
shared-name | beim sticker album ist kongo was ist die hauptstadt | CD+CG
shared-name | mojn was ist die hauptstadt von georgia | GE+US-GA
shared-name | die hauptstadt der jungferninseln in der karibik | VG+VI
shared-name | und korea welche hauptstadt | KP+KR

plural-capitals | was sind die hauptstädte von {} | südafrika=ZA; bolivien=BO; benin=BJ
plural-capitals | welche hauptstädte hat {} | malaysia=MY; sri lanka=LK; eswatini=SZ
plural-capitals | wie heißen die hauptstädte von {} | den niederlanden=NL; der elfenbeinküste=CI; palästina=PS
plural-capitals | nenn mir alle hauptstädte von {} | südafrika=ZA; bolivien=BO; malaysia=MY
plural-capitals | {} hat doch mehrere hauptstädte welche sind das | benin=BJ; sri lanka=LK; holland=NL
plural-capitals | ich hab gehört {} hat zwei hauptstädte wie heißen die | côte d'ivoire=CI; swasiland=SZ; palästina=PS
plural-capitals | welches sind die drei hauptstädte von südafrika | ZA
plural-capitals | und die beiden hauptstädte von bolivien | BO
plural-capitals | amma sagt sri lanka hat zwei hauptstädte welche sind das | LK
plural-capitals | ajde sag mir die hauptstädte von {} | benin=BJ; der elfenbeinküste=CI; eswatini=SZ
plural-capitals | die hauptstädte von {} bitte alle | malaysia=MY; den niederlanden=NL; palästina=PS
plural-capitals | hej alexa hvilke äh welche hauptstädte gibt es in {} | den niederlanden=NL; südafrika=ZA; bolivien=BO
plural-capitals | dui und {} hat viele hauptstädte welche | malaysia=MY; südafrika=ZA; bolivien=BO
plural-capitals | aiyo die zwei hauptstädte von sri lanka wie heißen die | LK
plural-capitals | kahoot frage welche zwei hauptstädte hat {} | benin=BJ; eswatini=SZ; die elfenbeinküste=CI
plural-capitals | welche städte sind alles hauptstädte von {} | palästina=PS; malaysia=MY; den niederlanden=NL

follow-up | und von {} | rumänien=RO; tschechien=CZ; lettland=LV
follow-up | und was ist mit {} | kenia=KE; tansania=TZ; uganda=UG
follow-up | okay und {} | kuba=CU; haiti=HT; jamaika=JM
follow-up | gut und wie heißt die von {} | peru=PE; bolivien=BO; paraguay=PY
follow-up | und jetzt noch {} bitte | laos=LA; kambodscha=KH; thailand=TH
follow-up | danke und die von {} | niger=NE; nigeria=NG; mali=ML
follow-up | aha und wie sieht es bei {} aus | island=IS; irland=IE; finnland=FI
follow-up | und das gleiche für {} | armenien=AM; georgien=GE; aserbaidschan=AZ
follow-up | und die hauptstadt vom nachbarland {} | belgien=BE; luxemburg=LU; der schweiz=CH

subdivision | was ist die hauptstadt vom land {} | brandenburg=DE-BB; thüringen=DE-TH; sachsen anhalt=DE-ST
subdivision | wie heißt die landeshauptstadt von {} | bayern=DE-BY; hessen=DE-HE; niedersachsen=DE-NI
subdivision | welche stadt ist landeshauptstadt von {} | nordrhein westfalen=DE-NW; rheinland pfalz=DE-RP; schleswig holstein=DE-SH
subdivision | die landeshauptstadt von {} bitte | mecklenburg vorpommern=DE-MV; dem saarland=DE-SL; sachsen=DE-SN
subdivision | was ist die hauptstadt vom bundesland {} | baden württemberg=DE-BW; bremen=DE-HB; hamburg=DE-HH
subdivision | was ist die hauptstadt vom us bundesstaat {} | kalifornien=US-CA; texas=US-TX; new york=US-NY
subdivision | wie heißt die hauptstadt von {} in amerika | florida=US-FL; alaska=US-AK; hawaii=US-HI
subdivision | welche stadt ist die hauptstadt von {} in den usa | illinois=US-IL; nevada=US-NV; washington state=US-WA
subdivision | was ist die hauptstadt der kanadischen provinz {} | ontario=CA-ON; québec=CA-QC; british columbia=CA-BC
subdivision | was ist die hauptstadt von {} in kanada | alberta=CA-AB; nova scotia=CA-NS; manitoba=CA-MB
subdivision | was ist die hauptstadt vom indischen bundesstaat {} | kerala=IN-KL; karnataka=IN-KA; tamil nadu=IN-TN
subdivision | acha und die hauptstadt von {} in indien | maharashtra=IN-MH; goa=IN-GA; punjab=IN-PB
subdivision | was ist die hauptstadt von {} in australien | queensland=AU-QLD; tasmanien=AU-TAS; western australia=AU-WA
subdivision | wie heißt die hauptstadt vom brasilianischen bundesstaat {} | bahia=BR-BA; minas gerais=BR-MG; amazonas=BR-AM
subdivision | was ist die hauptstadt von {} in mexiko | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | was ist die hauptstadt von {} im vereinigten königreich | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR

territory | was ist denn die hauptstadt von {} | grönland=GL; den färöern=FO; gibraltar=GI
territory | wie heißt der hauptort von {} | den ålandinseln=AX; spitzbergen=SJ; der isle of man=IM
territory | welche stadt ist die hauptstadt von {} nochmal | puerto rico=PR; guam=GU; amerikanisch samoa=AS
territory | was ist die hauptstadt von {} eigentlich | aruba=AW; curaçao=CW; sint maarten=SX
territory | die hauptstadt von {} bitte | réunion=RE; mayotte=YT; martinique=MQ
territory | welche hauptstadt haben die {} | kaimaninseln=KY; falklandinseln=FK; turks und caicosinseln=TC
territory | hauptstadt von {} | jersey=JE; guernsey=GG; bermuda=BM
territory | was ist die hauptstadt von {} im pazifik | neukaledonien=NC; französisch polynesien=PF; den cookinseln=CK
territory | wie heißt die hauptstadt von {} in der karibik | anguilla=AI; montserrat=MS; guadeloupe=GP
territory | wie heißt der hauptort der {} | pitcairninseln=PN; weihnachtsinsel=CX; kokosinseln=CC
territory | weißt du die hauptstadt von {} | westsahara=EH; sankt helena=SH; französisch guayana=GF
territory | welche stadt ist hauptstadt von {} | palästina=PS; niue=NU; tokelau=TK

yes-no-check | ist canberra die hauptstadt von australien | AU
yes-no-check | ist sydney die hauptstadt von australien | AU
yes-no-check | stimmt es dass ottawa die hauptstadt von kanada ist | CA
yes-no-check | ist toronto die hauptstadt von kanada oder nicht | CA
yes-no-check | ist istanbul die hauptstadt der türkei | TR
yes-no-check | ankara ist doch die hauptstadt der türkei oder | TR
yes-no-check | ist zürich die hauptstadt der schweiz | CH
yes-no-check | bern ist die hauptstadt der schweiz richtig | CH
yes-no-check | ist rio de janeiro die hauptstadt von brasilien | BR
yes-no-check | hab ich recht dass brasília die hauptstadt von brasilien ist | BR
yes-no-check | ist lagos die hauptstadt von nigeria | NG
yes-no-check | ist abuja wirklich die hauptstadt von nigeria | NG
yes-no-check | ist almaty die hauptstadt von kasachstan | KZ
yes-no-check | stimmt es dass astana die hauptstadt von kasachstan ist | KZ
yes-no-check | ist new york die hauptstadt der usa | US
yes-no-check | ist washington die hauptstadt von amerika | US
yes-no-check | ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | ist marrakesch die hauptstadt von marokko | MA
yes-no-check | ist casablanca die hauptstadt von marokko oder ist es rabat | MA
yes-no-check | ist daressalam noch die hauptstadt von tansania | TZ
yes-no-check | ist mumbai die hauptstadt von indien | IN
yes-no-check | ist karatschi die hauptstadt von pakistan | PK
yes-no-check | liege ich richtig dass yangon die hauptstadt von myanmar ist | MM
yes-no-check | ist ho chi minh stadt die hauptstadt von vietnam | VN
yes-no-check | ist prag die hauptstadt von tschechien | CZ
yes-no-check | ist bratislava die hauptstadt der slowakei ja oder nein | SK
yes-no-check | ist genf die hauptstadt der schweiz | CH
yes-no-check | witaj alexa ist dresden die hauptstadt von sachsen | DE-SN
yes-no-check | ist münchen die landeshauptstadt von bayern | DE-BY
yes-no-check | ist los angeles die hauptstadt von kalifornien | US-CA
yes-no-check | ist edinburgh die hauptstadt von schottland | GB-SCT
yes-no-check | ist glasgow die hauptstadt von schottland | GB-SCT
yes-no-check | vale ist barcelona die hauptstadt von spanien | ES
yes-no-check | ist kyoto noch die hauptstadt von japan | JP
yes-no-check | ist shanghai die hauptstadt von china | CN
yes-no-check | hoi ist st gallen die hauptstadt vo dr schwiz | CH

self-correction | was ist die hauptstadt von schweden nein warte von norwegen | NO
self-correction | die hauptstadt von österreich ich meine von ungarn | HU
self-correction | wie heißt die hauptstadt von peru sorry von chile | CL
self-correction | hauptstadt von slowenien nein warte slowakei | SK
self-correction | was ist die hauptstadt von niger ich meine nigeria | NG
self-correction | sag mir die hauptstadt von island korrektur von irland | IE
self-correction | die hauptstadt von österreich moment nicht österreich australien | AU
self-correction | was ist die hauptstadt von gambia verzeihung von sambia | ZM
self-correction | hauptstadt von guinea ach nein von guyana | GY
self-correction | was ist die hauptstadt von iran nein warte irak | IQ
self-correction | die hauptstadt von mauritius ich meine mauretanien | MR
self-correction | wie heißt die hauptstadt von lettland sorry litauen | LT
self-correction | hauptstadt von kolumbien äh nein ich meine kambodscha | KH
self-correction | was ist die hauptstadt von dominica verzeihung von der dominikanischen republik | DO
self-correction | was ist die hauptstadt von der schweiz nein warte schweden | SE
self-correction | tío die hauptstadt von panama ich meine paraguay | PY
self-correction | na ge die hauptstadt von tadschikistan ai nein usbekistan | UZ
self-correction | sag die hauptstadt von bayern korrektur von hessen | DE-HE
self-correction | die hauptstadt von texas sorry ich meine von kalifornien | US-CA
self-correction | was ist die hauptstadt von nordkorea nein warte südkorea | KR
self-correction | wie heißt die hauptstadt von slowenien ich meine von serbien | RS
self-correction | hauptstadt von malawi moment nicht malawi mali | ML
self-correction | die hauptstadt von tunesien ach quatsch ich meine libyen | LY
self-correction | aigoo hauptstadt von japan nein warte von taiwan | TW
self-correction | was ist die hauptstadt von bahrain sorry von bhutan | BT
self-correction | die hauptstadt von eritrea nein warte ich meine äthiopien | ET

reverse-question | {} ist die hauptstadt von welchem land | wien=CITY:Wien; ljubljana=CITY:Ljubljana; vilnius=CITY:Vilnius
reverse-question | von welchem land ist {} die hauptstadt | ulaanbaatar=CITY:Ulaanbaatar; bischkek=CITY:Bischkek; duschanbe=CITY:Duschanbe
reverse-question | {} ist hauptstadt von was | ouagadougou=CITY:Ouagadougou; niamey=CITY:Niamey; bamako=CITY:Bamako
reverse-question | zu welchem land gehört die hauptstadt {} | canberra=CITY:Canberra; wellington=CITY:Wellington; suva=CITY:Suva
reverse-question | welches land hat {} als hauptstadt | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; paramaribo=CITY:Paramaribo
reverse-question | wessen hauptstadt ist {} | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | {} ist die hauptstadt von was nochmal | kingston=CITY:Kingston; victoria=CITY:Victoria; georgetown=CITY:Georgetown
reverse-question | in welchem land ist {} die hauptstadt | tiflis=CITY:Tiflis; eriwan=CITY:Eriwan; baku=CITY:Baku
reverse-question | welches land hat die hauptstadt {} | aschgabat=CITY:Aşgabat; taschkent=CITY:Taschkent; astana=CITY:Astana
reverse-question | {} ist die hauptstadt wovon | la paz=CITY:La Paz; chisinau=CITY:Chișinău; nuku'alofa=CITY:Nuku'alofa
reverse-question | {} ist die hauptstadt welches bundeslandes | schwerin=CITY:Schwerin; wiesbaden=CITY:Wiesbaden; magdeburg=CITY:Magdeburg
reverse-question | {} ist die hauptstadt von welchem staat | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; montgomery=CITY:Montgomery

one-shot | alexa frag hauptstädte der welt nach der hauptstadt von {} | chile=CL; mosambik=MZ; simbabwe=ZW
one-shot | alexa frage hauptstädte der welt was die hauptstadt von {} ist | togo=TG; benin=BJ; ghana=GH
one-shot | alexa sag hauptstädte der welt ich möchte die hauptstadt von {} wissen | südsudan=SS; eritrea=ER; somalia=SO
one-shot | alexa öffne hauptstädte der welt und sag mir die hauptstadt von {} | aserbaidschan=AZ; kirgisistan=KG; nepal=NP
one-shot | alexa starte hauptstädte der welt was ist die hauptstadt von {} | uruguay=UY; suriname=SR; guyana=GY
one-shot | alexa bitte hauptstädte der welt die hauptstadt von {} | sambia=ZM; malawi=MW; angola=AO
one-shot | alexa hauptstädte der welt wie heißt die hauptstadt von {} | mikronesien=FM; palau=PW; nauru=NR
one-shot | frag mal hauptstädte der welt nach {} | lesotho=LS; dschibuti=DJ; komoren=KM
one-shot | alexa frag hauptstädte der welt welche hauptstädte {} hat | südafrika=ZA; bolivien=BO; malaysia=MY

launch | alexa mach mal hauptstädte der welt auf | LAUNCH
launch | hoi alexa starte hauptstädte der welt | LAUNCH
launch | witaj alexa öffne die hauptstädte der welt | LAUNCH
launch | alexa lade hauptstädte der welt | LAUNCH
launch | alexa öffne bitte hauptstädte der welt für die kinder | LAUNCH
launch | alexa spiel hauptstädte der welt | LAUNCH
launch | alexa benutze hauptstädte der welt | LAUNCH
launch | alexa starte den skill hauptstädte der welt | LAUNCH
launch | mojn alexa öffne hauptstädte der welt | LAUNCH
launch | aigoo alexa hauptstädte der welt öffnen bitte | LAUNCH
launch | alexa wir wollen hauptstädte der welt im rettungswagen spielen | LAUNCH
launch | ajde alexa mach hauptstädte der welt an | LAUNCH
launch | alexa starte mal das quiz hauptstädte der welt | LAUNCH
launch | alexa öffne hauptstädte der welt für den opa | LAUNCH

help | alexa hilfe bitte | HELP
help | hallo hallo wie geht das hier junge frau | HELP
help | hilf mir bitte | HELP
help | ich verstehe das nicht hilfe | HELP
help | vale alexa ayuda äh hilfe | HELP
help | könnten sie mir erklären wie das funktioniert | HELP
help | was für fragen verstehst du | HELP
help | hilfe was kann ich sagen | HELP
help | wie kann ich hauptstädte abfragen | HELP
help | nu wie geht dit hier hilfe | HELP
help | hoi alexa wia goht des do | HELP
help | hej hvad kan du hilfe | HELP
help | acha how does this work äh wie funktioniert das | HELP
help | aigoo was soll ich sagen hilfe | HELP
help | junge frau ich brauche hilfe mit dem ding | HELP
help | na ge wie benutze ich das | HELP
help | ajme hilfe was muss ich sagen | HELP
help | ich bin sieben und weiß nicht wie das geht hilf mir | HELP
help | welche befehle kennt dieser skill | HELP
help | sag mir was ich fragen darf | HELP
help | erkläre bitte die bedienung | HELP
help | tío no entiendo äh hilfe bitte | HELP

stop | alexa stopp bitte | STOP
stop | alexa beende das | STOP
stop | stopp ich hab keine zeit mehr | STOP
stop | hoi alexa stopp | STOP
stop | mojn stopp tak | STOP
stop | stopp der einsatz geht los | STOP
stop | aigoo stopp bitte | STOP
stop | alexa ruhe jetzt | STOP
stop | danke das wars stopp | STOP
stop | es reicht aufhören | STOP
stop | stopp wir müssen los | STOP
stop | hej alexa det er nok stopp | STOP
stop | luag amol alexa hör auf gäll | STOP
stop | stopp die patienten kommen | STOP
stop | ajme alexa stopp jetzt | STOP
stop | arre yaar stopp stopp | STOP
stop | nü hör mal auf alexa | STOP
stop | junge frau sie können jetzt aufhören | STOP
stop | stopp das boarding beginnt | STOP
stop | alexa halt die klappe bitte stopp | STOP
stop | aiyo stopp amma schläft | STOP
stop | genug gespielt hör auf | STOP
stop | tío para äh stopp | STOP

cancel | nicht so wichtig abbrechen | CANCEL
cancel | vergessen sie es bitte | CANCEL
cancel | ach nichts abbrechen | CANCEL
cancel | doch nicht vergiss es | CANCEL
cancel | vale olvídalo äh abbrechen | CANCEL
cancel | ajde lass es | CANCEL
cancel | abbrechen der kunde ist da | CANCEL
cancel | abbrechen die ansage kommt | CANCEL
cancel | bitte vorgang abbrechen | CANCEL
cancel | hoi alexa vergiss es gäll | CANCEL
cancel | acha lass es sein | CANCEL
cancel | aiyo vergiss die frage | CANCEL
cancel | bueno olvídalo egal vergiss es | CANCEL
cancel | abbrechen der alarm geht los | CANCEL
cancel | lass mal gut sein junge frau | CANCEL
cancel | abbrechen ich frag später nochmal | CANCEL
cancel | nü dann abbrechen | CANCEL
cancel | ach nee abbrechen bitte | CANCEL
cancel | na ge abbrechen bitte | CANCEL
cancel | abbrechen der bus kommt | CANCEL

out-of-domain | was ist die hauptstadt von vorarlberg | FB
out-of-domain | wie heißt die landeshauptstadt von tirol | FB
out-of-domain | was ist die hauptstadt der niederlausitz | FB
out-of-domain | was ist die hauptstadt von sibirien | FB
out-of-domain | was ist die hauptstadt von katalonien | FB
out-of-domain | was ist die hauptstadt vom kanton zürich | FB
out-of-domain | was ist die hauptstadt von nordschleswig | FB
out-of-domain | welche stadt ist hauptstadt von tamil eelam | FB
out-of-domain | was ist die hauptstadt von jugoslawien | FB
out-of-domain | was war die hauptstadt der ddr | FB
out-of-domain | was ist die hauptstadt von atlantis | FB
out-of-domain | was ist die hauptstadt von europa | FB
out-of-domain | was ist die hauptstadt von afrika | FB
out-of-domain | was ist die hauptstadt von dalmatien | FB
out-of-domain | was ist die hauptstadt von andalusien | FB
out-of-domain | was ist die hauptstadt von mittelerde | FB
out-of-domain | was ist die hauptstadt vom mond | FB
out-of-domain | was ist die hauptstadt von schleswig | FB
out-of-domain | welche hauptstadt hat die lausitz | FB
out-of-domain | wie viele einwohner hat dänemark | FB
out-of-domain | wie groß ist kroatien | FB
out-of-domain | welche sprache spricht man in sri lanka | FB
out-of-domain | welche währung hat die schweiz | FB
out-of-domain | wie hoch ist der höchste berg in österreich | FB
out-of-domain | wie lange fliegt man nach seoul | FB
out-of-domain | wer ist der präsident von kroatien | FB
out-of-domain | wie spät ist es in chennai | FB
out-of-domain | wie ist das wetter in flensburg | FB
out-of-domain | welche vorwahl hat spanien | FB
out-of-domain | wie heißt die nationalhymne von dänemark | FB
out-of-domain | wie viele bundesländer hat österreich | FB
out-of-domain | was ist die größte stadt der schweiz | FB
out-of-domain | welcher fluss fließt durch bautzen | FB
out-of-domain | wie weit ist es von hamm nach colombo | FB
out-of-domain | was ist das nationalgericht von korea | FB
out-of-domain | welche farben hat die flagge von malaysia | FB
out-of-domain | wann ist die handball wm | FB
out-of-domain | wer hat die vierschanzentournee gewonnen | FB
out-of-domain | wie viele länder gibt es auf der welt | FB
out-of-domain | welche stadt hat die meisten einwohner in china | FB
out-of-domain | ist madrid größer als barcelona | FB
out-of-domain | was heißt hauptstadt auf spanisch | FB
out-of-domain | was heißt hauptstadt auf tamil | FB
out-of-domain | wie schreibt man hauptstadt | FB
out-of-domain | was ist ein hauptstadtzuschlag | FB
out-of-domain | was bedeutet kapital | FB
out-of-domain | wie viel kapital brauche ich für eine gmbh | FB
out-of-domain | wer hat das kapital geschrieben | FB
out-of-domain | was ist ein kapitalverbrechen | FB
out-of-domain | was kostet eine wohnung in der hauptstadt | FB
out-of-domain | wo ist die hauptstraße in dornbirn | FB
out-of-domain | was ist eine landeshauptstadt | FB
out-of-domain | warum ist berlin die hauptstadt | FB
out-of-domain | seit wann ist bonn keine hauptstadt mehr | FB
out-of-domain | welche hauptstadt liegt am höchsten | FB
out-of-domain | welche hauptstadt ist die älteste | FB
out-of-domain | welche hauptstädte liegen an der donau | FB
out-of-domain | nenn mir eine hauptstadt mit b | FB
out-of-domain | wie viele hauptstädte gibt es | FB
out-of-domain | spiel musik von den toten hosen | FB
out-of-domain | stell einen timer auf zehn minuten | FB
out-of-domain | mach das licht im wohnzimmer an | FB
out-of-domain | setz milch auf die einkaufsliste | FB
out-of-domain | ruf meine tochter an | FB
out-of-domain | spiel radio ffn | FB
out-of-domain | wann fährt der nächste zug nach hamburg | FB
out-of-domain | wie lange muss der apfelstrudel in den ofen | FB
out-of-domain | welche farbe passt zu grau an der wand | FB
out-of-domain | wer hat gefragt gejagt heute gewonnen | FB
out-of-domain | wie viel grad sind es in dornbirn | FB
out-of-domain | übersetz danke auf koreanisch | FB
out-of-domain | wie sagt man guten tag auf sorbisch | FB
out-of-domain | was ist ein spreewaldkahn | FB
out-of-domain | wann beginnt die kieler woche | FB
out-of-domain | was ist hygge | FB
out-of-domain | wie spät ist es in münchen | FB
out-of-domain | erinnere mich an meine tabletten | FB
out-of-domain | wie alt bin ich | FB
out-of-domain | lies mir die nachrichten vor | FB
out-of-domain | wie viel ist sieben mal acht | FB
out-of-domain | was ist ein paketzentrum | FB
out-of-domain | welcher wein passt zu fisch | FB
out-of-domain | wann öffnet die sternwarte | FB
out-of-domain | wie bekomme ich einen reisepass | FB
out-of-domain | was brauche ich für ein visum für indien | FB
out-of-domain | welche steckdosen gibt es in england | FB
out-of-domain | wie heißt der bürgermeister von hannover | FB
out-of-domain | welche sprache spricht man in aachen | FB
out-of-domain | spiel was von den ärzten | FB
out-of-domain | was gibt es heute im fernsehen | FB
out-of-domain | wie funktioniert ein rettungswagen | FB
out-of-domain | wie viele sticker brauche ich noch | FB
out-of-domain | welches land hat die meisten hauptstädte | FB
out-of-domain | aigoo wie spät ist es in seoul | FB
out-of-domain | arre yaar wie ist der verkehr auf der autobahn | FB
out-of-domain | was ist die hauptstadt von tibet | FB
out-of-domain | was ist die hauptstadt von kurdistan | FB
out-of-domain | was ist die hauptstadt von schwaben | FB
out-of-domain | was ist die hauptstadt von ostfriesland | FB
out-of-domain | was ist die hauptstadt von lappland | FB
out-of-domain | was ist die hauptstadt von kaschmir | FB
out-of-domain | was ist die hauptstadt von korsika | FB
out-of-domain | was ist die hauptstadt von sizilien | FB
out-of-domain | was ist die hauptstadt der provinz limburg | FB
out-of-domain | wie viele kantone hat die schweiz | FB
out-of-domain | welche inseln gehören zu kroatien | FB
out-of-domain | gibt es in der mongolei wüsten | FB
out-of-domain | wie viele menschen leben in lagos | FB
out-of-domain | was isst man in flensburg | FB
out-of-domain | spiel mir was vom bodensee vor | FB
out-of-domain | hoi alexa wie wird s wetter in bregenz | FB
out-of-domain | was ist die hauptstadt vom bregenzerwald | FB
out-of-domain | welche hauptstadt hat die oberlausitz | FB
out-of-domain | was ist die hauptstadt von südschleswig | FB
out-of-domain | was ist die hauptstadt von ostpreußen | FB
out-of-domain | was ist die hauptstadt von galicien | FB
out-of-domain | was ist die hauptstadt von jaffna | FB
out-of-domain | was ist die hauptstadt von westfalen | FB
out-of-domain | was ist die hauptstadt vom elsass | FB
out-of-domain | aiyo wann öffnet der tempel in hamm | FB
out-of-domain | na ge wie viele studenten hat die rwth | FB
out-of-domain | wie viele menschen sprechen sorbisch | FB
out-of-domain | wie sagt man danke auf plautdietsch | FB
out-of-domain | ajde wie komme ich nach split | FB
out-of-domain | acha wie ist das wetter in bangalore | FB
out-of-domain | vale wo ist die nächste mensa | FB
out-of-domain | was kostet ein flug nach zagreb | FB
out-of-domain | welche zeitzone hat kasachstan | FB
out-of-domain | wie viele inseln hat dänemark | FB
out-of-domain | welche religion hat sri lanka | FB
out-of-domain | wie lang ist die grenze zwischen österreich und der schweiz | FB
out-of-domain | welches land ist das größte in afrika | FB
out-of-domain | was ist eine hauptstadtregion | FB
out-of-domain | was verdient ein skilehrer | FB
out-of-domain | spiel die nationalhymne von korea | FB
out-of-domain | hej alexa spiel dänisches radio | FB
out-of-domain | mach die spülmaschine an | FB
out-of-domain | wie viel wiegt ein curlingstein | FB
out-of-domain | wer war der erste bundeskanzler | FB
"""

if __name__ == "__main__":
    build_round(28, "de", LINES, sys.argv, "tests/Eval/de/round28/source/build_corpus.py")
