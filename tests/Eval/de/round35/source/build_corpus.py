"""Round 35, German (de-DE): a new author's own mix, written blind (brief WRITER42.md). Speakers chosen away from
rounds 30-34: Münsterländers ("tja", "dat", "bis denne"), Aacheners ("jonge", "oche alaaf", "heescht"), Moselle and
Trier speakers ("ei jo", "hääscht", "ääns"), Vogtlanders and Erzgebirge people ("nu freilich", "glück auf", "sog mer
mol"), Lower Bavarians from the Bavarian Forest ("servus mei", "do im woid woaß des koana"), North Hessians from Kassel
("ahnewas", "sacht mer"), Liechtensteiners and Upper Valais speakers ("hoi", "gäll", "grüeß ech"), Dithmarschen and
Heath people ("kiek mol", "in der heide"), Upper Lusatians ("nu ni"), Mannheimers ("ajo", "alla hopp"), Eifel
villagers ("jo nä"), Ruhr-edge Westphalians ("hömma", "getz"), Holsteiners ("oha"). Migrant and heritage speakers:
Turkish ("abi", "tamam", "lan", "yani"), Russian-German ("nu dawai", "tak"), Croatian and Bosnian ("ajde", "reci mi",
"dobro"), Romanian ("hai", "mersi"), Portuguese and Angolan ("olha pá"), Spanish ("venga hombre", "a ver"),
Nigerian ("abeg", "oga", "wetin"), Eritrean ("selam"), Chinese ("ai ya", "hao de"), Indian ("acha yaar", "bata na"),
Korean ("aigoo", "ne"), Iranian ("khob", "merci"), Hungarian ("na jó"), Kurdish ("ez dipirsim"), Italian ("dimmi"),
Filipino ("mabuhay", "tanong lang"), Thai ("sawasdee"), Somali ("salam alekum"), Swahili speakers ("habari"),
Senegalese French ("c'est quoi"), Latin Americans ("oye", "por favor"), Nepalese, New Zealanders ("kia ora"), Poles
("dzien dobry"). Children (a six-year-old, "bitte bitte bitte", penguins and kings), teenagers ("digger", "no front",
"lost", "ehrenlos"), old people ("ach kindchen", "junger mann", Sie to Alexa), learners (deliberately ungrammatical:
"ich lernen deutsch seit zwei monat", "wie heißen die kapital von", "welche stadt ist haupt von"). At work: a night
taxi, a kiosk, a hairdresser's, a Kita, a driving instructor, a building site, the beet harvest on a tractor, a
physiotherapy practice, a dental assistant, tutoring, a call centre, parcel delivery, the canteen till, a trade fair,
a care home early shift, an interpreter, a tour guide, a petrol station at night, a lab, sheep shearing, a bakehouse.
Games and sport: Doppelkopf, Skat, Schafkopf, Tabu, Kahoot, GeoGuessr, Stadt Land Fluss in a caravan, bingo, a pub
quiz, Scrabble, a school trip, a jigsaw, handball, cycling, Champions League, biathlon, the Olympics, Formula One.
Travel and home: a cruise, Interrail, backpacking, a volunteer year, a honeymoon, a camper van, Erasmus, the Camino;
peeling potatoes, Tatort, window cleaning, knitting, weeding, supper, pasta water, hanging washing, children asleep.
Plus the genitive, polite requests, follow-ups, yes/no checks with right and wrong guesses, self-corrections (the
last place named is expected), reverse questions (CITY:<capital>), official, everyday and old names, shared names
(Kongo, Korea, Georgia, Jungferninseln), plurals of every several-capital country and Palestine, subdivisions and
territories, one-shot requests, launch, help, stop, cancel and out of domain (other requests, "Kapital" and
"Hauptstadt" in other senses, regions and invented places the data has no capital for).
`python3 tests/Eval/de/round35/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 35's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | tja alexa dat weiß ich nich was is die hauptstadt von {} | portugal=PT; spanien=ES; andorra=AD
regional-speech | bis denne aber vorher sach mir noch die hauptstadt von {} | irland=IE; island=IS; malta=MT
regional-speech | dat is doch so eine frage im münsterland wat is die hauptstadt von {} | dänemark=DK; schweden=SE; norwegen=NO
regional-speech | jonge alexa wat is dann die hauptstadt vun {} | belgien=BE; luxemburg=LU; frankreich=FR
regional-speech | oche alaaf und wie heescht de hauptstadt vun {} | niederlande=NL; finnland=FI; estland=EE
regional-speech | ei jo alexa wie hääscht dann die hauptstadt vun {} | lettland=LV; litauen=LT; polen=PL
regional-speech | ääns will ich wisse die hauptstadt vun {} | tschechien=CZ; slowakei=SK; ungarn=HU
regional-speech | nu freilich alexa un was is de hauptstadt von {} | österreich=AT; schweiz=CH; liechtenstein=LI
regional-speech | glück auf alexa nu sog mer mol die hauptstadt von {} | slowenien=SI; kroatien=HR; serbien=RS
regional-speech | servus mei alexa wos is denn de hauptstod vo {} | bosnien und herzegowina=BA; montenegro=ME; albanien=AL
regional-speech | ja mei do im woid woaß des koana die hauptstod vo {} | nordmazedonien=MK; griechenland=GR; bulgarien=BG
regional-speech | ahnewas alexa was is n die hauptstadt vun {} | rumänien=RO; moldau=MD; ukraine=UA
regional-speech | in kassel fragt mer sich was die hauptstadt von {} is | belarus=BY; russland=RU; georgien=GE
regional-speech | hoi alexa gäll du weisch d hauptstadt vo {} | armenien=AM; aserbaidschan=AZ; zypern=CY
regional-speech | kiek mol alexa wat is de hauptstadt vun {} denn | türkei=TR; syrien=SY; libanon=LB
regional-speech | nu ni alexa sag mer mal die hauptstadt von {} | israel=IL; jordanien=JO; irak=IQ
regional-speech | ajo alexa alla hopp die hauptstadt vun {} | iran=IR; kuwait=KW; bahrain=BH
regional-speech | ei horch emol alexa die hauptstadt vun {} weeschd du die | katar=QA; oman=OM; jemen=YE
regional-speech | jo nä alexa in de eifel hamma kein atlas die hauptstadt vun {} | saudi-arabien=SA; ägypten=EG; libyen=LY
regional-speech | etz ma langsam alexa was is die hauptstadt von {} | tunesien=TN; algerien=DZ; marokko=MA
regional-speech | gude alexa du in nordhesse sacht mer was is die hauptstadt vun {} | sudan=SD; südsudan=SS; eritrea=ER
regional-speech | oha alexa dat hätt ich jetz nich gedacht wat is de hauptstadt von {} | äthiopien=ET; dschibuti=DJ; somalia=SO
regional-speech | grüeß ech alexa weiss du was d hauptstadt vo {} isch | kenia=KE; uganda=UG; ruanda=RW
regional-speech | na gugge ma alexa de hauptstadt von {} wie war das | burundi=BI; tansania=TZ; mosambik=MZ
regional-speech | öha alexa de hauptstadt von {} krieg ich nich mehr zusammen | sambia=ZM; simbabwe=ZW; malawi=MW
regional-speech | in der heide sacht man wat is die hauptstadt von {} | angola=AO; namibia=NA; botsuana=BW
regional-speech | nä jetz sach ens alexa wie heiß die hauptstadt vun {} | lesotho=LS; madagaskar=MG; komoren=KM
regional-speech | mer hann do en frooch wat es de hauptstadt vun {} | mauritius=MU; seychellen=SC; kap verde=CV
regional-speech | hömma alexa un wie heißt die hauptstadt von {} getz | nigeria=NG; ghana=GH; togo=TG
regional-speech | naja alexa hier anne küste sagt man wat is hauptstadt von {} | benin=BJ; burkina faso=BF; mali=ML

migrant-speech | abi alexa tamam söyle was ist die hauptstadt von {} | aserbaidschan=AZ; turkmenistan=TM; kasachstan=KZ
migrant-speech | lan alexa yani hauptstadt von {} welche | usbekistan=UZ; kirgisistan=KG; tadschikistan=TJ
migrant-speech | nu dawai alexa sag hauptstadt von {} schnell | mongolei=MN; belarus=BY; ukraine=UA
migrant-speech | tak alexa meine oma will wissen hauptstadt von {} | russland=RU; kasachstan=KZ; georgien=GE
migrant-speech | ajde alexa reci mi die hauptstadt von {} | kroatien=HR; bosnien=BA; serbien=RS
migrant-speech | hai alexa mersi aber was ist die hauptstadt von {} | rumänien=RO; republik moldau=MD; bulgarien=BG
migrant-speech | olha pá alexa qual é a hauptstadt von {} | angola=AO; mosambik=MZ; são tomé und príncipe=ST
migrant-speech | venga hombre alexa sag mir die hauptstadt von {} | kolumbien=CO; venezuela=VE; ecuador=EC
migrant-speech | abeg alexa tell me die hauptstadt von {} | nigeria=NG; kamerun=CM; liberia=LR
migrant-speech | oga alexa wetin be hauptstadt von {} | sierra leone=SL; gambia=GM; guinea=GN
migrant-speech | selam alexa ich möchte wissen die hauptstadt von {} | eritrea=ER; äthiopien=ET; sudan=SD
migrant-speech | ai ya alexa hao de was ist hauptstadt von {} | china=CN; taiwan=TW; singapur=SG
migrant-speech | acha yaar alexa bata na die hauptstadt von {} | indien=IN; pakistan=PK; bangladesch=BD
migrant-speech | aigoo alexa ne was ist hauptstadt {} | südkorea=KR; nordkorea=KP; japan=JP
migrant-speech | khob alexa merci die hauptstadt von {} bitte | iran=IR; afghanistan=AF; tadschikistan=TJ
migrant-speech | na jó alexa mondd meg die hauptstadt von {} | ungarn=HU; slowakei=SK; österreich=AT
migrant-speech | ez dipirsim alexa hauptstadt von {} was ist das | irak=IQ; syrien=SY; türkei=TR
migrant-speech | mamma alexa dimmi la capitale cioè die hauptstadt von {} | san marino=SM; vatikan=VA; monaco=MC
migrant-speech | dobro alexa sag mal welche stadt ist hauptstadt in {} | slowenien=SI; montenegro=ME; kosovo=XK
migrant-speech | ok alexa ich bin aus {} aber ich vergesse unsere hauptstadt | laos=LA; kambodscha=KH; vietnam=VN
migrant-speech | mabuhay alexa tanong lang die hauptstadt von {} | philippinen=PH; indonesien=ID; brunei=BN
migrant-speech | sawasdee alexa ich frage hauptstadt von {} | thailand=TH; myanmar=MM; malaysia=MY
migrant-speech | salam alekum alexa was ist hauptstadt von {} mein bruder | somalia=SO; mauretanien=MR; tschad=TD
migrant-speech | habari alexa hauptstadt von {} bitte sag | kenia=KE; tansania=TZ; uganda=UG
migrant-speech | bonjour alexa euh die hauptstadt von {} c'est quoi | senegal=SN; elfenbeinküste=CI; niger=NE
migrant-speech | hola alexa oye cuál es die hauptstadt von {} | peru=PE; bolivien=BO; paraguay=PY
migrant-speech | bueno alexa a ver die hauptstadt von {} por favor | uruguay=UY; argentinien=AR; chile=CL
migrant-speech | ya alexa ich komme aus {} und meine kollegen wissen nicht die hauptstadt | nepal=NP; bhutan=BT; sri lanka=LK
migrant-speech | kia ora alexa what's the hauptstadt of {} | neuseeland=NZ; australien=AU; fidschi=FJ
migrant-speech | dzien dobry alexa prosze hauptstadt von {} | polen=PL; litauen=LT; tschechien=CZ

work-context | ich fahr taxi nachtschicht und der fahrgast will die hauptstadt von {} wissen | guatemala=GT; honduras=HN; el salvador=SV
work-context | im kiosk frag mich einer nach der hauptstadt von {} was sag ich | nicaragua=NI; costa rica=CR; panama=PA
work-context | zwischen zwei kunden im friseursalon wie heißt die hauptstadt von {} | kuba=CU; jamaika=JM; haiti=HT
work-context | in der kita fragt ein kind nach der hauptstadt von {} hilf mir | dominikanische republik=DO; bahamas=BS; barbados=BB
work-context | ich bin fahrlehrer und mein schüler will die hauptstadt von {} wissen | trinidad und tobago=TT; grenada=GD; st lucia=LC
work-context | auf der baustelle wetten wir gerade was die hauptstadt von {} ist | belize=BZ; guyana=GY; suriname=SR
work-context | beim rübenroden auf dem trecker alexa die hauptstadt von {} | mexiko=MX; kanada=CA; vereinigte staaten=US
work-context | in der physiopraxis kommt ein patient aus {} welche hauptstadt hat das | brasilien=BR; argentinien=AR; uruguay=UY
work-context | ich bin zahnarzthelferin und die patientin kommt aus {} wie heißt dort die hauptstadt | rumänien=RO; albanien=AL; kosovo=XK
work-context | für die nachhilfe brauch ich die hauptstadt von {} | ägypten=EG; marokko=MA; tunesien=TN
work-context | im callcenter ruft jemand aus {} an was ist da die hauptstadt | philippinen=PH; indien=IN; südafrika=ZA
work-context | beim paketausfahren steht auf dem zettel {} was ist dort die hauptstadt | kirgisistan=KG; armenien=AM; moldau=MD
work-context | ich schreib gerade das protokoll wie hieß die hauptstadt von {} noch | australien=AU; neuseeland=NZ; papua-neuguinea=PG
work-context | in der mensa an der kasse fragt einer die hauptstadt von {} | osttimor=TL; palau=PW; mikronesien=FM
work-context | wir planen die messe in {} welche stadt ist die hauptstadt | saudi-arabien=SA; vereinigte arabische emirate=AE; katar=QA
work-context | beim frühdienst im pflegeheim fragt die bewohnerin die hauptstadt von {} | ungarn=HU; polen=PL; schlesien=FB
work-context | der chef will im meeting wissen die hauptstadt von {} weißt du das | singapur=SG; malaysia=MY; indonesien=ID
work-context | ich bin dolmetscherin und brauch schnell die hauptstadt von {} | eritrea=ER; somalia=SO; dschibuti=DJ
work-context | im reisebus als reiseleiter frag ich dich die hauptstadt von {} | marshallinseln=MH; tuvalu=TV; kiribati=KI
work-context | an der tankstelle nachts um drei die hauptstadt von {} bitte | äquatorialguinea=GQ; gabun=GA; kamerun=CM
work-context | für den schichtplan egal aber die hauptstadt von {} interessiert mich | zentralafrikanische republik=CF; tschad=TD; niger=NE
work-context | wir verschiffen container nach {} was ist dort die hauptstadt | guinea-bissau=GW; liberia=LR; sierra leone=SL
work-context | im labor beim warten auf die zentrifuge die hauptstadt von {} | salomonen=SB; vanuatu=VU; nauru=NR
work-context | beim schafe scheren alexa die hauptstadt von {} | samoa=WS; tonga=TO; fidschi=FJ
work-context | in der backstube äh die hauptstadt von {} wie war das | antigua und barbuda=AG; st kitts und nevis=KN; dominica=DM

game-context | beim doppelkopf hat einer behauptet er weiß die hauptstadt von {} | st vincent und die grenadinen=VC; grenada=GD; trinidad=TT
game-context | wir spielen tabu und das wort ist die hauptstadt von {} | kanada=CA; mexiko=MX; kuba=CU
game-context | bei kahoot kam die frage hauptstadt von {} was war richtig | vietnam=VN; laos=LA; myanmar=MM
game-context | geoguessr runde fünf ich bin in {} welche hauptstadt | kolumbien=CO; peru=PE; ecuador=EC
game-context | skatabend und der hannes fragt nach der hauptstadt von {} | mongolei=MN; nepal=NP; kasachstan=KZ
game-context | beim schafkopfen streiten wir über die hauptstadt von {} | bolivien=BO; paraguay=PY; chile=CL
game-context | im wohnwagen spielen wir stadt land fluss mit h für die hauptstadt von {} | ungarn=HU; honduras=HN; kuba=CU
game-context | bingo abend im gemeindehaus zusatzfrage die hauptstadt von {} | jamaika=JM; haiti=HT; bahamas=BS
game-context | wir machen ein länderquiz auf dem geburtstag die hauptstadt von {} | gambia=GM; mali=ML; burkina faso=BF
game-context | beim kneipenquiz im irish pub letzte frage hauptstadt von {} | irland=IE; schottland=GB-SCT; wales=GB-WLS
game-context | alexa joker bitte wie heißt die hauptstadt von {} | äthiopien=ET; südsudan=SS; zentralafrikanische republik=CF
game-context | wir spielen scrabble und brauchen die hauptstadt von {} | togo=TG; benin=BJ; niger=NE
game-context | auf der klassenfahrt im bus spielen wir die hauptstadt von {} ratet mal | norwegen=NO; island=IS; finnland=FI
game-context | puzzle mit weltkarte fertig jetzt die hauptstadt von {} | madagaskar=MG; mosambik=MZ; simbabwe=ZW
game-context | wir würfeln um wer die hauptstadt von {} weiß | australien=AU; indonesien=ID; japan=JP

child-speech | alexa ich bin sechs und will die hauptstadt von {} wissen | frankreich=FR; italien=IT; spanien=ES
child-speech | mama sagt du weißt wo der könig von {} wohnt welche hauptstadt | thailand=TH; marokko=MA; jordanien=JO
child-speech | alexa alexa alexa was ist die hauptstadt von {} | ägypten=EG; kenia=KE; peru=PE
child-speech | wo die pinguine wohnen in {} was ist da die hauptstadt | chile=CL; argentinien=AR; neuseeland=NZ
child-speech | alexa wie heißt die große stadt wo der chef von {} wohnt | china=CN; russland=RU; brasilien=BR
child-speech | alexa mein freund kommt aus {} und was ist da die hauptstadt | türkei=TR; syrien=SY; afghanistan=AF
child-speech | hauptstadt von {} bitte bitte bitte | schweden=SE; dänemark=DK; kanada=CA
teen-speech | digger alexa ey die hauptstadt von {} sag mal | nigeria=NG; ghana=GH; senegal=SN
teen-speech | alexa no front aber was ist die hauptstadt von {} | katar=QA; bahrain=BH; oman=OM
teen-speech | wallah ich schwör ich weiß es nicht hauptstadt von {} | libanon=LB; irak=IQ; iran=IR
teen-speech | alexa für erdkunde morgen hauptstadt von {} schnell bevor mama kommt | kamerun=CM; gabun=GA; tschad=TD
teen-speech | alexa ich brauch die hauptstadt von {} für mein referat digga | vietnam=VN; kambodscha=KH; laos=LA
teen-speech | alexa lost frage aber hauptstadt von {} ist was | uruguay=UY; paraguay=PY; venezuela=VE
teen-speech | alexa ehrenlos dass ich das nicht weiß aber die hauptstadt von {} | kroatien=HR; serbien=RS; slowenien=SI
elder-speech | ach kindchen alexa wie war das nochmal mit der hauptstadt von {} | ungarn=HU; tschechien=CZ; polen=PL
elder-speech | mein gedächtnis lässt nach alexa die hauptstadt von {} | portugal=PT; griechenland=GR; türkei=TR
elder-speech | ich war neunzehnhundertzweiundsiebzig in {} aber die hauptstadt weiß ich nicht mehr | jugoslawien=FB; bulgarien=BG; rumänien=RO
elder-speech | sie da alexa sagen sie mir bitte die hauptstadt von {} | belgien=BE; niederlande=NL; luxemburg=LU
elder-speech | junger mann äh alexa was ist denn die hauptstadt von {} | kanada=CA; vereinigte staaten=US; mexiko=MX
elder-speech | meine enkelin hat gesagt ich soll sie fragen was ist die hauptstadt von {} | indien=IN; japan=JP; australien=AU
elder-speech | zu meiner zeit hieß das anders aber was ist die hauptstadt von {} heute | myanmar=MM; sri lanka=LK; kasachstan=KZ
learner-speech | entschuldigung ich lernen deutsch seit zwei monat was ist die hauptstadt von {} | spanien=ES; italien=IT; griechenland=GR
learner-speech | alexa welche stadt ist haupt von {} | ukraine=UA; belarus=BY; litauen=LT
learner-speech | alexa sagst du mir die hauptstadt in {} bitte | ägypten=EG; sudan=SD; libyen=LY
learner-speech | ich möchte wissen wo ist die hauptstadt für {} | peru=PE; kolumbien=CO; bolivien=BO
learner-speech | alexa die hauptstadt des {} ist was | iran=IR; irak=IQ; jemen=YE
learner-speech | alexa wie heißen die kapital von {} | mexiko=MX; guatemala=GT; kuba=CU
learner-speech | hauptstadt von {} was ist sie | vietnam=VN; thailand=TH; nepal=NP
travel-context | wir fliegen nächste woche nach {} was ist da die hauptstadt eigentlich | sri lanka=LK; malediven=MV; mauritius=MU
travel-context | auf dem kreuzfahrtschiff legen wir in {} an wie heißt die hauptstadt | barbados=BB; st lucia=LC; antigua=AG
travel-context | ich mach interrail und will nach {} in die hauptstadt welche ist das | slowakei=SK; slowenien=SI; estland=EE
travel-context | mit dem rucksack durch {} alexa welche stadt ist hauptstadt | bolivien=BO; ecuador=EC; guatemala=GT
travel-context | im flugzeug nach {} und ich weiß die hauptstadt nicht | südafrika=ZA; botsuana=BW; namibia=NA
travel-context | meine tochter macht ein freiwilliges jahr in {} wie heißt die hauptstadt | ruanda=RW; tansania=TZ; uganda=UG
travel-context | hochzeitsreise nach {} alexa welche hauptstadt hat das land | seychellen=SC; fidschi=FJ; bahamas=BS
travel-context | mit dem wohnmobil an die grenze zu {} wie heißt die hauptstadt | albanien=AL; montenegro=ME; nordmazedonien=MK
travel-context | erasmus semester in {} alexa was ist die hauptstadt von dem land | lettland=LV; litauen=LT; finnland=FI
travel-context | auf dem jakobsweg getroffen einen aus {} was ist deren hauptstadt | costa rica=CR; panama=PA; nicaragua=NI
home-context | beim kartoffelschälen alexa die hauptstadt von {} | pakistan=PK; bangladesch=BD; bhutan=BT
home-context | wir gucken tatort und der spielt in {} welche hauptstadt hat das | österreich=AT; schweiz=CH; dänemark=DK
home-context | beim fensterputzen fällt mir nicht ein die hauptstadt von {} | norwegen=NO; schweden=SE; island=IS
home-context | beim stricken alexa die hauptstadt von {} weißt du die | irland=IE; schottland=GB-SCT; england=GB-ENG
home-context | im garten beim unkraut jäten was war die hauptstadt von {} | tschad=TD; mali=ML; mauretanien=MR
home-context | beim abendbrot streiten wir was die hauptstadt von {} ist | australien=AU; kanada=CA; brasilien=BR
home-context | alexa ich steh in der küche mit nudelwasser hauptstadt von {} | algerien=DZ; libyen=LY; tunesien=TN
home-context | beim wäsche aufhängen alexa die hauptstadt von {} | jemen=YE; oman=OM; kuwait=KW
home-context | die kinder schlafen endlich leise alexa hauptstadt von {} | japan=JP; südkorea=KR; mongolei=MN
sport-context | die handball wm ist in {} was ist da die hauptstadt | kroatien=HR; dänemark=DK; ägypten=EG
sport-context | beim radrennen fahren sie durch die hauptstadt von {} welche ist das | belgien=BE; niederlande=NL; frankreich=FR
sport-context | unser verein spielt in der champions league gegen einen klub aus {} was ist die hauptstadt | aserbaidschan=AZ; kasachstan=KZ; moldau=MD
sport-context | beim biathlon startet einer aus {} welche hauptstadt hat das | norwegen=NO; belarus=BY; slowenien=SI
sport-context | die olympischen spiele waren mal in {} welche stadt ist da hauptstadt | südkorea=KR; brasilien=BR; griechenland=GR
sport-context | formel eins rennen in {} alexa die hauptstadt dort | bahrain=BH; saudi-arabien=SA; katar=QA

follow-up | und wie schaut's mit {} aus | bulgarien=BG; rumänien=RO; georgien=GE
follow-up | okay und jetzt noch {} hinterher | nicaragua=NI; belize=BZ; el salvador=SV
follow-up | gut und dann bitte noch {} | eritrea=ER; burundi=BI; gambia=GM
follow-up | und dasselbe für {} | lesotho=LS; eswatini=SZ; botsuana=BW
follow-up | jetzt mach mal {} | laos=LA; kambodscha=KH; brunei=BN
follow-up | alles klar und bei {} | tonga=TO; samoa=WS; tuvalu=TV
follow-up | und beim nachbarland {} | luxemburg=LU; liechtenstein=LI; andorra=AD
follow-up | und {} ist dann welche | mali=ML; niger=NE; senegal=SN
follow-up | so und jetzt {} hinterher bitte | guinea=GN; guinea-bissau=GW; äquatorialguinea=GQ
follow-up | noch eins alexa {} | haiti=HT; dominikanische republik=DO; kuba=CU
follow-up | und was sagst du zu {} | kirgisistan=KG; tadschikistan=TJ; usbekistan=UZ
follow-up | prima und die von {} | estland=EE; lettland=LV; island=IS
follow-up | und wenn ich {} frage | malawi=MW; sambia=ZM; angola=AO
follow-up | jetzt noch {} dann bin ich fertig | suriname=SR; guyana=GY; trinidad und tobago=TT
follow-up | und im vergleich dazu {} | pakistan=PK; indien=IN; nepal=NP
follow-up | danke und {} hat welche | komoren=KM; mauritius=MU; seychellen=SC
follow-up | und bei {} alexa | palau=PW; nauru=NR; marshallinseln=MH

yes-no-check | ist kairo die hauptstadt von ägypten oder täusch ich mich | EG
yes-no-check | alexa ist istanbul hauptstadt der türkei ja oder nein | TR
yes-no-check | hat brasilien rio als hauptstadt | BR
yes-no-check | ist zürich nicht die hauptstadt der schweiz | CH
yes-no-check | alexa hab ich recht dass lagos die hauptstadt von nigeria ist | NG
yes-no-check | casablanca ist doch die hauptstadt von marokko oder | MA
yes-no-check | ist toronto die hauptstadt von kanada mein mann sagt ja | CA
yes-no-check | alexa wellington ist hauptstadt von neuseeland richtig | NZ
yes-no-check | stimmt das mit almaty als hauptstadt von kasachstan | KZ
yes-no-check | ist yangon die hauptstadt von myanmar ich glaub nicht | MM
yes-no-check | mein opa sagt bonn ist die hauptstadt von deutschland stimmt das | DE
yes-no-check | alexa liegt die hauptstadt von vietnam in hanoi | VN
yes-no-check | ist abidjan die hauptstadt der elfenbeinküste ja | CI
yes-no-check | ist quito die hauptstadt von ecuador oder guayaquil | EC
yes-no-check | alexa stimmt es dass belmopan die hauptstadt von belize ist | BZ
yes-no-check | ist new york die hauptstadt von amerika sag ehrlich | US
yes-no-check | ist porto die hauptstadt von portugal | PT
yes-no-check | alexa kann es sein dass astana hauptstadt von kasachstan ist | KZ
yes-no-check | ist ottawa wirklich die hauptstadt von kanada | CA
yes-no-check | ist sankt petersburg hauptstadt von russland | RU

self-correction | die hauptstadt von österreich nee warte von ungarn | HU
self-correction | hauptstadt von schweden ach quatsch ich mein norwegen | NO
self-correction | alexa die hauptstadt von kolumbien äh nein venezuela | VE
self-correction | was ist die hauptstadt von niger ich mein nigeria | NG
self-correction | hauptstadt von slowakei nein slowenien | SI
self-correction | alexa die hauptstadt von island sorry irland | IE
self-correction | die hauptstadt von österreich äh australien meinte ich | AU
self-correction | was ist die hauptstadt von gambia oh nee sambia | ZM
self-correction | sag mir die hauptstadt von iran nee stopp irak | IQ
self-correction | hauptstadt von guinea oder besser gesagt guinea-bissau | GW
self-correction | alexa die hauptstadt von lettland falsch litauen | LT
self-correction | die hauptstadt von tschad nein tschechien | CZ
self-correction | hauptstadt von malawi quatsch mali | ML
self-correction | alexa hauptstadt von mauritius ich mein mauretanien | MR
self-correction | die hauptstadt von dominica nee korrigiere dominikanische republik | DO
self-correction | was ist die hauptstadt von bolivien verflixt ich meine paraguay | PY
self-correction | hauptstadt von armenien äh albanien | AL
self-correction | die hauptstadt von kuba nein doch jamaika | JM
self-correction | hauptstadt von schweiz sorry schweden | SE
self-correction | alexa die hauptstadt von kenia ach nee uganda | UG
self-correction | hauptstadt von usbekistan vertan turkmenistan | TM

reverse-question | {} ist die hauptstadt von welchem land | kabul=CITY:Kabul; lima=CITY:Lima; accra=CITY:Accra
reverse-question | zu welchem land gehört die hauptstadt {} | ulaanbaatar=CITY:Ulaanbaatar; tiflis=CITY:Tiflis; harare=CITY:Harare
reverse-question | von wo ist {} die hauptstadt | bamako=CITY:Bamako; nairobi=CITY:Nairobi; quito=CITY:Quito
reverse-question | alexa {} ist hauptstadt aber von was | montevideo=CITY:Montevideo; thimphu=CITY:Thimphu; tallinn=CITY:Tallinn
reverse-question | welches land hat {} als hauptstadt | windhoek=CITY:Windhoek; dakar=CITY:Dakar; manila=CITY:Manila
reverse-question | {} ist doch eine hauptstadt nur wo | ouagadougou=CITY:Ouagadougou; nuku'alofa=CITY:Nuku'alofa; kigali=CITY:Kigali
reverse-question | in welchem land ist {} die hauptstadt | tegucigalpa=CITY:Tegucigalpa; vientiane=CITY:Vientiane; lusaka=CITY:Lusaka
reverse-question | kingston ist hauptstadt von welchem land | CITY:Kingston
reverse-question | georgetown ist die hauptstadt wovon | CITY:Georgetown

official-name | hauptstadt der republik österreich | AT
official-name | die hauptstadt der schweizerischen eidgenossenschaft bitte | CH
official-name | hauptstadt der russischen föderation alexa | RU
official-name | die hauptstadt des königreichs marokko | MA
official-name | was ist die hauptstadt der föderativen republik brasilien | BR
official-name | die hauptstadt des haschemitischen königreichs jordanien | JO

everyday-name | hauptstadt von amerika alexa | US
everyday-name | was ist die hauptstadt von england eigentlich | GB-ENG
everyday-name | alexa die hauptstadt von weißrussland | BY
everyday-name | hauptstadt von burma | MM
everyday-name | hauptstadt von tschechei | CZ
everyday-name | die hauptstadt von kap verde | CV
everyday-name | hauptstadt von swasiland | SZ

shared-name | die hauptstadt von der demokratischen republik kongo | CD
shared-name | hauptstadt von kongo brazzaville ich mein die republik | CG
shared-name | hauptstadt von den beiden koreas | KP+KR
shared-name | hauptstadt der britischen jungferninseln | VG
shared-name | alexa nord und südkorea hauptstadt | KP+KR

plural-capitals | welche hauptstädte hat {} denn alle | benin=BJ; bolivien=BO; sri lanka=LK
plural-capitals | {} hat doch zwei hauptstädte welche sind das | benin=BJ; malaysia=MY; die niederlande=NL
plural-capitals | nenn mir beide hauptstädte von {} | bolivien=BO; eswatini=SZ; palästina=PS
plural-capitals | südafrika hat drei hauptstädte oder welche sind das | ZA
plural-capitals | alexa wie heißen die drei hauptstädte von südafrika | ZA
plural-capitals | ich hab gelesen {} hat mehrere hauptstädte stimmt das welche | südafrika=ZA; sri lanka=LK; elfenbeinküste=CI
plural-capitals | die elfenbeinküste hat zwei hauptstädte wie heißen die | CI
plural-capitals | welche sind die hauptstädte der côte d'ivoire | CI
plural-capitals | alexa welche städte sind hauptstadt in {} | malaysia=MY; eswatini=SZ; palästina=PS
plural-capitals | regierungssitz und hauptstadt von den niederlanden welche sind das | NL
plural-capitals | hat holland eigentlich zwei hauptstädte | NL
plural-capitals | sri lanka und seine hauptstädte alexa | LK
plural-capitals | die hauptstädte von swasiland welche sind das | SZ
plural-capitals | benin zwei hauptstädte welche | BJ
plural-capitals | bolivien hat la paz und noch eine hauptstadt oder | BO
plural-capitals | malaysia hat kuala lumpur und welche hauptstadt noch | MY

subdivision | wat is de hauptstadt vun niedersachsen | DE-NI
subdivision | alexa landeshauptstadt von sachsen-anhalt | DE-ST
subdivision | was ist die landeshauptstadt von brandenburg ich wohn da und weiß es nicht | DE-BB
subdivision | alexa die landeshauptstadt von mecklenburg-vorpommern bitte | DE-MV
subdivision | welche stadt ist landeshauptstadt im saarland | DE-SL
subdivision | hauptstadt von thüringen ist erfurt oder weimar | DE-TH
subdivision | die landeshauptstadt von schleswig-holstein wie heißt die | DE-SH
subdivision | welche stadt ist hauptstadt von rheinland-pfalz | DE-RP
subdivision | landeshauptstadt von nordrhein-westfalen köln oder düsseldorf | DE-NW
subdivision | wo sitzt die landesregierung von hessen also die hauptstadt | DE-HE
subdivision | was ist die hauptstadt vom bundesstaat {} | texas=US-TX; kalifornien=US-CA; new york=US-NY
subdivision | in amerika der staat {} welche hauptstadt hat der | florida=US-FL; illinois=US-IL; nevada=US-NV
subdivision | alexa die hauptstadt vom us staat {} | colorado=US-CO; ohio=US-OH; pennsylvania=US-PA
subdivision | die hauptstadt von {} in den usa | louisiana=US-LA; tennessee=US-TN; michigan=US-MI
subdivision | welche stadt ist hauptstadt der kanadischen provinz {} | ontario=CA-ON; alberta=CA-AB; british columbia=CA-BC
subdivision | die hauptstadt von {} in kanada | quebec=CA-QC; manitoba=CA-MB; nova scotia=CA-NS
subdivision | was ist die hauptstadt des australischen bundesstaats {} | queensland=AU-QLD; victoria=AU-VIC; new south wales=AU-NSW
subdivision | hauptstadt vom indischen bundesstaat {} | kerala=IN-KL; maharashtra=IN-MH; rajasthan=IN-RJ
subdivision | die hauptstadt von {} in brasilien | bahia=BR-BA; minas gerais=BR-MG; rio grande do sul=BR-RS
subdivision | in mexiko der bundesstaat {} hat welche hauptstadt | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | hauptstadt von bayern alexa weiß doch jeder aber sag trotzdem | DE-BY
subdivision | was ist die hauptstadt vom staat washington nicht die stadt | US-WA
subdivision | die hauptstadt von hawaii alexa | US-HI
subdivision | hauptstadt von alaska ist doch nicht anchorage oder | US-AK
subdivision | die hauptstadt von westbengalen | IN-WB
subdivision | hauptstadt von nordirland | GB-NIR
subdivision | alexa welche stadt ist hauptstadt von wales | GB-WLS
subdivision | die hauptstadt vom yukon | CA-YT
subdivision | hauptstadt von nunavut da oben | CA-NU
subdivision | was ist die hauptstadt vom northern territory in australien | AU-NT

territory | hauptstadt der färöer inseln | FO
territory | alexa die hauptstadt von puerto rico | PR
territory | was ist die hauptstadt von französisch-polynesien also tahiti | PF
territory | alexa die hauptstadt von gibraltar | GI
territory | die hauptstadt der kaimaninseln | KY
territory | hauptstadt von guam | GU
territory | alexa die hauptstadt von aruba | AW
territory | was ist die hauptstadt von jersey | JE
territory | hauptstadt von réunion | RE
territory | die hauptstadt von martinique | MQ
territory | hauptstadt der westsahara | EH

genitive | was ist die hauptstadt {} | perus=PE; chiles=CL; kenias=KE
genitive | die hauptstadt {} wie heißt die | japans=JP; chinas=CN; indiens=IN
genitive | wie lautet die hauptstadt {} | ghanas=GH; ugandas=UG; ruandas=RW
genitive | weißt du die hauptstadt der {} | mongolei=MN; slowakei=SK; türkei=TR
genitive | hauptstadt des {} alexa | jemen=YE; sudan=SD; libanon=LB

polite-request | wären sie so freundlich mir die hauptstadt von {} zu nennen | argentinien=AR; paraguay=PY; uruguay=UY
polite-request | ich hätte gern gewusst was die hauptstadt von {} ist danke schön | sierra leone=SL; liberia=LR; togo=TG
polite-request | alexa sei so lieb und verrat mir die hauptstadt von {} | jamaika=JM; grenada=GD; barbados=BB
polite-request | dürfte ich sie nach der hauptstadt von {} fragen | st kitts und nevis=KN; dominica=DM; st vincent=VC

old-name | was ist die hauptstadt von zaire wie das früher hieß | CD
old-name | die hauptstadt von ceylon | LK
old-name | hauptstadt von siam | TH
old-name | hauptstadt von rhodesien heute simbabwe | ZW
old-name | die hauptstadt von dahomey heute benin | BJ
old-name | hauptstadt von obervolta | BF

one-shot | alexa frag hauptstädte der welt nach der hauptstadt von {} | vanuatu=VU; salomonen=SB; papua-neuguinea=PG
one-shot | alexa sag hauptstädte der welt die hauptstadt von {} | tuvalu=TV; kiribati=KI; mikronesien=FM
one-shot | alexa öffne hauptstädte der welt und sag mir die hauptstadt von {} | timor-leste=TL; brunei darussalam=BN; singapur=SG

out-of-domain | was ist die hauptstadt von {} | tirol=FB; kärnten=FB; der steiermark=FB
out-of-domain | alexa die hauptstadt vom kanton {} | wallis=FB; graubünden=FB; tessin=FB
out-of-domain | hauptstadt der region {} in italien | toskana=FB; sizilien=FB; lombardei=FB
out-of-domain | welche stadt ist hauptstadt von {} in frankreich | der bretagne=FB; dem elsass=FB; der normandie=FB
out-of-domain | hauptstadt von andalusien alexa | FB
out-of-domain | die hauptstadt von kalabrien | FB
out-of-domain | hauptstadt von afrika sag mal | FB
out-of-domain | welche hauptstadt hat südamerika | FB
out-of-domain | hauptstadt von entenhausen | FB
out-of-domain | die hauptstadt vom allgäu gibt's die | FB
out-of-domain | welche ist die hauptstadt von ostfriesland | FB
out-of-domain | die hauptstadt der ddr | FB
out-of-domain | hauptstadt der sowjetunion | FB
out-of-domain | was war die hauptstadt vom römischen reich | FB
out-of-domain | hauptstadt von preußen | FB
out-of-domain | was ist die hauptstadt von texas hold'em | FB
out-of-domain | alexa wie viel stammkapital brauche ich für eine gmbh | FB
out-of-domain | alexa lies mir was aus das kapital von karl marx | FB
out-of-domain | wie hoch ist das eigenkapital von siemens | FB
out-of-domain | alexa was ist ein kapitalertrag | FB
out-of-domain | was heißt großbuchstabe auf englisch capital letter | FB
out-of-domain | wie viele einwohner hat die hauptstadt | FB
out-of-domain | welche stadt ist die heimliche hauptstadt von bayern | FB
out-of-domain | wer ist der bürgermeister von berlin | FB
out-of-domain | alexa wie spät ist es in tokio | FB
out-of-domain | alexa stell einen timer auf zwölf minuten | FB
out-of-domain | alexa spiel wdr zwei | FB
out-of-domain | alexa mach das licht im flur an | FB
out-of-domain | alexa wie viele liter hat eine gallone | FB
out-of-domain | alexa wer hat die wm zweitausendvierzehn gewonnen | FB
out-of-domain | alexa erzähl mir einen witz über ostfriesen | FB
out-of-domain | wann fährt der nächste zug nach münster | FB
out-of-domain | alexa ruf oma an | FB
out-of-domain | alexa wie heißt der präsident von frankreich | FB
out-of-domain | alexa wie ist die postleitzahl von kassel | FB
out-of-domain | alexa welches land hat die meisten einwohner | FB
out-of-domain | was ist die hauptstraße von meinem dorf | FB
out-of-domain | alexa wie sagt man hauptstadt auf türkisch | FB
out-of-domain | was ist hauptstadt auf englisch | FB
out-of-domain | alexa übersetze hauptstadt ins spanische | FB
out-of-domain | wann ist der hauptstadtflughafen fertig geworden | FB
out-of-domain | was macht das hauptstadtstudio der ard | FB
out-of-domain | alexa was läuft heute im kino | FB
out-of-domain | alexa wecker auf sechs uhr dreißig | FB
out-of-domain | spiel mir das lied hauptstadt von den toten hosen | FB
out-of-domain | alexa wie wird man kapitän auf einem schiff | FB
out-of-domain | wer hat berlin gegründet | FB
out-of-domain | seit wann ist berlin hauptstadt | FB
out-of-domain | alexa was ist die größte stadt in australien | FB
out-of-domain | welche stadt in der türkei hat die meisten einwohner | FB
out-of-domain | alexa wie viel uhr ist es in new york | FB
out-of-domain | alexa wie komme ich zum hauptbahnhof | FB
out-of-domain | wie heißt der hauptbahnhof von wien | FB
out-of-domain | alexa was ist der unterschied zwischen hauptstadt und großstadt | FB
out-of-domain | alexa nenn mir eine stadt mit sieben buchstaben | FB
out-of-domain | alexa bestell mir eine pizza | FB
out-of-domain | alexa lauter bitte | FB
out-of-domain | alexa wie viel grad hat es draußen | FB
out-of-domain | alexa welche flagge ist rot weiß rot | FB
out-of-domain | wie heißt die hymne von italien | FB
out-of-domain | alexa ich hab hunger | FB
out-of-domain | alexa magst du kartoffelsalat | FB
out-of-domain | was ist die hauptspeise heute in der kantine | FB
out-of-domain | wie heißt die hauptfigur in harry potter | FB
out-of-domain | alexa kapitel drei vorlesen | FB
out-of-domain | was ist die hauptstadt von gondor | FB
out-of-domain | was ist die hauptstadt von wakanda | FB
out-of-domain | die hauptstadt von narnia alexa | FB
out-of-domain | was ist die hauptstadt von westeros | FB
out-of-domain | hauptstadt vom saturn | FB
out-of-domain | was ist die hauptstadt vom sauerland | FB
out-of-domain | hauptstadt vom emsland alexa | FB
out-of-domain | was ist die hauptstadt vom vogtland | FB
out-of-domain | welche stadt ist hauptstadt vom erzgebirge | FB
out-of-domain | was ist die hauptstadt der eifel | FB
out-of-domain | hauptstadt von südtirol | FB
out-of-domain | hauptstadt von patagonien | FB
out-of-domain | alexa wie heißt die hauptstadt von meinem herzen | FB
out-of-domain | hauptstadt von nirgendwo | FB
out-of-domain | alexa welche hauptstadt ist die kälteste | FB
out-of-domain | alexa welche hauptstadt fängt mit q an | FB

help | alexa wie funktioniert das mit den hauptstädten hier | HELP
help | ich check nicht wie das geht hilfe | HELP
help | alexa erklär mir mal das spiel | HELP
help | hä was muss ich jetzt sagen | HELP
help | kannst du mir zeigen wie ich das benutze | HELP
help | wie frag ich nach einer hauptstadt richtig | HELP
help | ich bin neu hier was geht mit dir | HELP
help | alexa ich weiß nicht weiter hilf mir mal | HELP
help | öhm und wie geht das jetzt | HELP
help | ich bräucht eine anleitung | HELP
help | was soll ich sagen damit du mir eine hauptstadt sagst | HELP
help | alexa kannst du mir helfen bei dem skill | HELP
help | mein enkel hat das eingestellt wie geht das | HELP
help | digga wie läuft das hier | HELP
help | tja und was mach ich jetzt | HELP
help | erklär mir das bitte langsam ich bin nicht mehr die jüngste | HELP
help | ich verstehe nicht gut deutsch was kann ich sagen | HELP
help | welche befehle gibt es | HELP
help | was bietest du so an | HELP
help | kannst du auch bundesländer oder nur länder | HELP
help | jo nä wie geht dat denn hier | HELP
help | sach mal wat ich fragen kann | HELP
help | hilfe bitte ich komm nicht klar | HELP
help | was sind die regeln | HELP

stop | alexa jetzt ist schluss | STOP
stop | stopp aus ende | STOP
stop | alexa sei mal ruhig | STOP
stop | ich hab genug von hauptstädten tschüss | STOP
stop | mach aus bitte | STOP
stop | alexa hör auf zu reden | STOP
stop | schluss jetzt kinder gehen ins bett | STOP
stop | okay danke das war's | STOP
stop | ade alexa bis morgen | STOP
stop | alexa genug für heute | STOP
stop | alexa stopp das quiz ist vorbei | STOP
stop | nu ist gut alexa aus | STOP
stop | bis denne alexa mach aus | STOP
stop | alexa mach den skill zu | STOP
stop | ich geh jetzt schlafen aus | STOP
stop | alexa leise und aus | STOP
stop | schluss aus vorbei | STOP
stop | danke das wär's dann | STOP

cancel | ich will das nicht mehr wissen | CANCEL
cancel | war nix vergiss es | CANCEL
cancel | nee hat sich erledigt | CANCEL
cancel | alexa ne lass stecken | CANCEL
cancel | alexa zurück bitte nein | CANCEL
cancel | nö doch nicht alexa | CANCEL
cancel | ach lass mal ist nicht so wichtig | CANCEL
cancel | vergessen wir das | CANCEL
cancel | abbruch abbruch | CANCEL
cancel | ich hab mich verhört abbrechen | CANCEL
cancel | nee stopp das war falsch abbrechen | CANCEL
cancel | lass es sein alexa | CANCEL
cancel | falscher knopf abbrechen | CANCEL
cancel | ne ne ne vergiss es | CANCEL
cancel | wat soll dat abbrechen | CANCEL
cancel | alexa hat sich erledigt danke | CANCEL

launch | alexa mach hauptstädte der welt auf | LAUNCH
launch | alexa öffne mal die hauptstädte der welt | LAUNCH
launch | alexa lass uns hauptstädte der welt machen | LAUNCH
launch | alexa hauptstädte der welt bitte öffnen | LAUNCH
launch | alexa kannst du hauptstädte der welt starten | LAUNCH
launch | alexa los geht's mit hauptstädte der welt | LAUNCH


plural-capitals | palästina hat ostjerusalem und ramallah oder welche hauptstadt gilt | PS
plural-capitals | alexa sag mir die hauptstädte der palästinensischen gebiete | PS
plural-capitals | was sind die hauptstädte von eswatini dem früheren swasiland | SZ
plural-capitals | eswatini hat doch zwei hauptstädte oder nur eine | SZ
plural-capitals | ich hab gehört benin hat porto novo und noch eine hauptstadt stimmt das | BJ
plural-capitals | welche hauptstädte hat die elfenbeinküste jetzt eigentlich | CI
plural-capitals | abi alexa südafrika hauptstädte alle drei sag | ZA
plural-capitals | wie viele hauptstädte hat bolivien und wie heißen die | BO

shared-name | jonge alexa wat is de hauptstadt vom kongo | CD+CG
shared-name | hauptstadt von kongo kinshasa also dem großen kongo | CD
shared-name | ajde alexa was ist hauptstadt von korea | KP+KR
shared-name | alexa von beiden koreas die hauptstädte bitte | KP+KR
shared-name | die hauptstadt von georgia da wo atlanta liegt im bundesstaat | US-GA
shared-name | was ist die hauptstadt von georgia alexa | GE+US-GA
shared-name | hauptstadt der jungferninseln in der karibik | VG+VI

official-name | was ist die hauptstadt vom vereinigten königreich | GB
official-name | die hauptstadt von großbritannien bitte alexa | GB
official-name | was ist die hauptstadt der republik der union myanmar | MM
official-name | die hauptstadt des königreichs der niederlande wie heißt die | NL

out-of-domain | alexa wie viele hauptstädte hat bayern gehabt | FB
out-of-domain | die hauptstadt vom baskenland alexa | FB
out-of-domain | hauptstadt von transsilvanien | FB
out-of-domain | was ist die hauptstadt von anatolien | FB
out-of-domain | welche stadt ist hauptstadt von kaschubien | FB
out-of-domain | hauptstadt vom bayerischen wald | FB
out-of-domain | was ist die hauptstadt von dithmarschen | FB
out-of-domain | die hauptstadt von der lausitz | FB
out-of-domain | alexa hauptstadt von niederösterreich | FB
out-of-domain | was ist die hauptstadt vom kanton zug | FB
out-of-domain | alexa wie viel kapital hat die sparkasse | FB
out-of-domain | alexa erklär mir risikokapital | FB
out-of-domain | alexa wer regiert in der hauptstadt | FB
out-of-domain | alexa spiel die hauptstadthymne | FB
out-of-domain | alexa zeig mir bilder von rom | FB
out-of-domain | wie viele menschen wohnen in kairo | FB
out-of-domain | alexa was kann ich in lissabon besichtigen | FB
out-of-domain | alexa welche hauptstadt hat die meisten brücken | FB
out-of-domain | alexa wie heißt die hauptstadt von meinem lieblingsland rate mal | FB
out-of-domain | abi alexa mach musik an | FB
out-of-domain | alexa erinnere mich morgen an die hauptstädte hausaufgabe | FB
out-of-domain | alexa wie viel ist zwölf mal sieben | FB
out-of-domain | alexa welche stadt ist die fahrradhauptstadt deutschlands | FB

cancel | ne alexa dat lassen wir | CANCEL
cancel | abi vergiss tamam | CANCEL
cancel | och nö lass ma die frage | CANCEL
cancel | alexa nimm das zurück | CANCEL
cancel | ach kindchen nein das wollte ich nicht abbrechen | CANCEL
cancel | nä nä alexa hör auf mit der frage abbrechen | CANCEL
cancel | alexa falsch gefragt vergiss das ganz schnell | CANCEL
cancel | mei na lass des | CANCEL
cancel | nu ni alexa abbrechen | CANCEL

stop | glück auf alexa mach aus | STOP
stop | alexa tamam yeter aus jetzt | STOP
stop | genug erdkunde für heute alexa schluss | STOP
stop | alexa mach feierabend mit den hauptstädten | STOP
stop | tja dat war's alexa tschüss | STOP
stop | pfüati alexa aus | STOP
stop | alexa halt stopp ende aus | STOP

help | abi wie geht das spiel | HELP
help | alexa zeig mal was du mit hauptstädten kannst | HELP
help | bitte erklären sie mir wie das funktioniert | HELP

launch | glück auf alexa starte mal hauptstädte der welt | LAUNCH
launch | alexa ich möchte hauptstädte der welt öffnen | LAUNCH
launch | abi alexa öffne hauptstädte der welt | LAUNCH
launch | alexa für die kinder hauptstädte der welt anmachen | LAUNCH
launch | alexa hauptstädte der welt los | LAUNCH

regional-speech | moin dor alexa wat is de hauptstadt vun {} mien jung | neuseeland=NZ; singapur=SG; kuba=CU
regional-speech | mir in trier wollen wissen wie die hauptstadt vun {} heescht | kanada=CA; jamaika=JM; chile=CL
regional-speech | ahnewas mer wissen des net die hauptstadt von {} | fidschi=FJ; mexiko=MX; peru=PE
migrant-speech | tamam abi und jetzt die hauptstadt von {} | bosnien und herzegowina=BA; nordmazedonien=MK; albanien=AL
migrant-speech | ya habibi alexa hauptstadt von {} was ist | jordanien=JO; saudi-arabien=SA; kuwait=KW
migrant-speech | mersi alexa und welche ist hauptstadt von {} | moldau=MD; ungarn=HU; serbien=RS
work-context | wir drucken gerade flyer für eine reise nach {} welche hauptstadt steht da drauf | vereinigtes königreich=GB; irland=IE; island=IS
work-context | in der spedition fährt ein lkw nach {} was ist dort die hauptstadt | türkei=TR; georgien=GE; armenien=AM
work-context | der azubi fragt mich die hauptstadt von {} ich weiß es auch nicht | angola=AO; sambia=ZM; ghana=GH
game-context | beim kartenspielen in der kneipe hauptstadt von {} wer weiß es | honduras=HN; panama=PA; el salvador=SV
game-context | rätselheft seite zwölf die hauptstadt von {} mit fünf buchstaben | nepal=NP; peru=PE; chile=CL
home-context | beim bügeln vorm fernseher läuft was über {} welche hauptstadt hat das | grönland=GL; nordirland=GB-NIR; spitzbergen=SJ
home-context | beim frühstücksei alexa die hauptstadt von {} | färöer=FO; jersey=JE; guernsey=GG
travel-context | wir fahren mit der fähre nach {} was ist die hauptstadt dort | åland=AX; isle of man=IM; gibraltar=GI
plural-capitals | benin hat porto novo und cotonou welche ist jetzt die hauptstadt oder beide | BJ
plural-capitals | alexa die zwei hauptstädte von benin in westafrika | BJ
plural-capitals | selam alexa benin hat zwei hauptstädte welche | BJ
everyday-name | alexa was ist die hauptstadt der usa eigentlich | US
everyday-name | hauptstadt von moldawien weißt du das | MD
everyday-name | die hauptstadt von mazedonien wie hieß die | MK
everyday-name | tamam alexa hauptstadt der vae | AE
everyday-name | die hauptstadt von bosnien sag mal | BA
"""

if __name__ == "__main__":
    build_round(35, "de", LINES, sys.argv, "tests/Eval/de/round35/source/build_corpus.py")
