"""Round 30, German (de-DE): a new author's own mix, written blind. Speakers chosen away from rounds 26-29:
Cologne and the Rhineland at the Büdchen ("sach ens", "wat es", "jeck", "loss mer", "dat", "hück", a Kölsch in the
Früh), the Palatinate ("ei jo", "hajo", "wie haaßt", "gell", the Dubbeglas of Schorle at the wine fair), Hessians in
Frankfurt ("ei gude wie", "isch", "babbel net", "des is", an Ebbelwoi tavern), the Saarland ("ei jo", "hann", "allee
hopp", the Schwenker on the grill), Old Bavaria around Munich ("ja mei", "oiso", "wos is", "gscheid", the beer garden,
Schafkopf), East Frisians ("moin", "jo", "nee", tea with Kluntjes, Boßeln), Turkish-German families in Duisburg and
Mannheim ("yani", "tamam", "abi", "abla", "hadi", "valla", the döner shop, the anneanne), Russian-German resettlers in
Cloppenburg and Pforzheim ("nu", "dawai", "blin", "ladno", the babuschka), Polish families and care workers ("no",
"kurde", "dobra", "tak", "jaka jest", learner order), Syrian families ("yalla", "habibi", "shukran", "khalas",
"wallah", learner order), Kenyan nurses ("sawa", "asante", "pole pole"), an integration course at the Volkshochschule
(learners with wrong articles and word order), a five-year-old in kindergarten, Generation-Alpha teenagers ("sigma",
"aura", "digga", "wild", "safe", "lost", "sus"), a retirement-home quiz afternoon (old names, "kindchen", "wie hieß das
doch gleich"). At work: a long-distance truck driver, a restaurant kitchen ("ja chef", "service"), a coach tour guide,
a night nurse, a librarian, a vet's practice, a building site, IT support, a postwoman. Games and sport: Geoguessr, a
pub quiz, Mensch ärgere dich nicht, Uno, Scotland Yard, Carcassonne, biathlon, Bundesliga away trips, table tennis,
a riding tournament, the Bundesjugendspiele. Travel: the Trans-Siberian railway, a motorbike tour of the Balkans,
backpacking in South America, a delayed flight at the gate. Home: bread baking, Sunday brunch, a birthday party, New
Year's Eve, an Easter egg hunt, the car wash. Plus case and the genitive, the polite Sie, terse forms, fillers and
tails, one-shot requests with the invocation name "hauptstädte der welt", launch, follow-ups, checks with right and
wrong guesses, self-corrections (marked "nein warte", "ich meine", "sorry", "äh nee", "korrektur", "moment", "verzeihung",
"pardon", "doch nicht"), reverse questions, official, old and everyday names, shared names, plurals (every
several-capital country and Palestine), subdivisions and territories, help, stop, cancel and out-of-domain near misses
(regions the data lacks such as French and Belgian regions, islands and fictional places, "kapital" and "hauptstadt"
in other senses, other facts about named countries, everyday requests). Recognition forms: homophones ("chili" for
Chile, "nord wegen" for Norwegen, "isst" for ist), split and joined words, lost letters, misspellings, English spellings.
`python3 tests/Eval/de/round30/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 30's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
plain-question | alexa was ist eigentlich die hauptstadt von {} | island=IS; norwegen=NO; schweden=SE
plain-question | sag mal was die hauptstadt von {} ist | portugal=PT; spanien=ES; italien=IT
plain-question | ich hätte gern die hauptstadt von {} gewusst | slowenien=SI; montenegro=ME; kosovo=XK
plain-question | welche stadt ist die hauptstadt von {} | uganda=UG; tansania=TZ; burundi=BI
plain-question | welche stadt ist hauptstadt von {} | malawi=MW; sambia=ZM; mosambik=MZ
plain-question | hauptstadt von {} welche ist das | kolumbien=CO; venezuela=VE; ecuador=EC
plain-question | wie heißt denn die hauptstadt von {} | indonesien=ID; malediven=MV; singapur=SG
plain-question | alexa was ist denn so die hauptstadt von {} | kasachstan=KZ; usbekistan=UZ; turkmenistan=TM

cologne | sach ens alexa wat es de hauptstadt vun {} | belgien=BE; luxemburg=LU; frankreich=FR
cologne | jeck wa wat is denn die hauptstadt von {} | dänemark=DK; finnland=FI; estland=EE
cologne | mir sitzen hier im brauhaus und keiner weiß die hauptstadt von {} | ungarn=HU; tschechien=CZ; der slowakei=SK
cologne | hück will ich ens wissen wat die hauptstadt von {} es | irland=IE; polen=PL; litauen=LT
cologne | loss mer ens fragen alexa hauptstadt von {} | griechenland=GR; zypern=CY; malta=MT
cologne | am büdchen streiten se sich wat is die hauptstadt von {} | brasilien=BR; argentinien=AR; uruguay=UY

palatinate | ei jo alexa wie haaßt die hauptstadt von {} | österreich=AT; liechtenstein=LI; der schweiz=CH
palatinate | hajo dann sag mer mol die hauptstadt von {} gell | rumänien=RO; bulgarien=BG; serbien=RS
palatinate | mir sin uffem weinfescht und wolle wisse was die hauptstadt von {} is | chile=CL; peru=PE; bolivien=BO
palatinate | ei wie haaßt dann jetzt die hauptstadt vun {} | mexiko=MX; guatemala=GT; honduras=HN

hesse | ei gude wie alexa was is die hauptstadt von {} | kanada=CA; australien=AU; neuseeland=NZ
hesse | babbel net so viel alexa sach mer die hauptstadt von {} | ägypten=EG; libyen=LY; algerien=DZ
hesse | isch hock hier beim ebbelwoi und will wisse was die hauptstadt von {} is | marokko=MA; tunesien=TN; mauretanien=MR
hesse | des is doch die hauptstadt von {} oder wie heißt die nochmal | japan=JP; südkorea=KR; der mongolei=MN

saarland | ei jo alexa was is dann die hauptstadt vun {} | senegal=SN; gambia=GM; guinea-bissau=GW
saarland | mir hann grad de schwenker an und wolle wisse die hauptstadt von {} | nigeria=NG; ghana=GH; kamerun=CM
saarland | allee hopp alexa hauptstadt vun {} | kuba=CU; jamaika=JM; haiti=HT
saarland | hann ihr e ahnung wie die hauptstadt von {} heißt | albanien=AL; nordmazedonien=MK; bosnien und herzegowina=BA

old-bavaria | ja mei alexa wos is na de hauptstadt vo {} | thailand=TH; vietnam=VN; laos=LA
old-bavaria | oiso sog amoi de hauptstadt vo {} | indien=IN; pakistan=PK; bangladesch=BD
old-bavaria | mir hocka im biergartn und wissn ned de hauptstadt vo {} | nepal=NP; bhutan=BT; sri lanka=LK
old-bavaria | servus alexa gscheid gfragt wos is de hauptstadt vo {} | kirgisistan=KG; tadschikistan=TJ; afghanistan=AF

east-frisia | moin alexa was is die hauptstadt von {} | lettland=LV; belarus=BY; der ukraine=UA
east-frisia | jo nee dann sag mal die hauptstadt von {} | kenia=KE; äthiopien=ET; somalia=SO
east-frisia | wir trinken grad tee mit kluntjes und fragen uns die hauptstadt von {} | israel=IL; jordanien=JO; syrien=SY
east-frisia | moin moin beim boßeln wurd gefragt nach der hauptstadt von {} | katar=QA; kuwait=KW; bahrain=BH

turkish-german | yani alexa was ist die hauptstadt von {} | der türkei=TR; aserbaidschan=AZ; turkmenistan=TM
turkish-german | abi sag mal die hauptstadt von {} tamam | dem irak=IQ; dem iran=IR; saudi-arabien=SA
turkish-german | valla ich weiß nicht mehr hauptstadt von {} was ist | libanon=LB; oman=OM; jemen=YE
turkish-german | hadi alexa meine abla fragt die hauptstadt von {} | bosnien=BA; kosovo=XK; albanien=AL
turkish-german | meine anneanne will wissen was die hauptstadt von {} ist | zypern=CY; griechenland=GR; bulgarien=BG
turkish-german | tamam tamam aber die hauptstadt von {} weißt du | pakistan=PK; afghanistan=AF; usbekistan=UZ

russian-german | nu alexa was ist die hauptstadt von {} | russland=RU; kasachstan=KZ; der mongolei=MN
russian-german | dawai sag schnell die hauptstadt von {} | moldawien=MD; belarus=BY; armenien=AM
russian-german | blin ich habe vergessen die hauptstadt von {} | kirgisien=KG; tadschikistan=TJ; georgien=GE
russian-german | meine babuschka fragt wie heißt die hauptstadt von {} | litauen=LT; lettland=LV; estland=EE

polish-german | no alexa jaka jest hauptstadt von {} | tschechien=CZ; slowakei=SK; ungarn=HU
polish-german | kurde wie heißt die hauptstadt von {} nochmal | kroatien=HR; slowenien=SI; serbien=RS
polish-german | dobra dobra und die hauptstadt von {} ist welche | norwegen=NO; dänemark=DK; island=IS
polish-german | tak ich pflege die oma und sie fragt hauptstadt von {} | portugal=PT; irland=IE; belgien=BE

syrian-family | yalla alexa was ist hauptstadt von {} | syrien=SY; ägypten=EG; jordanien=JO
syrian-family | habibi frag mal die hauptstadt von {} | sudan=SD; südsudan=SS; eritrea=ER
syrian-family | wallah ich weiß nicht hauptstadt {} | libyen=LY; tunesien=TN; algerien=DZ
syrian-family | shukran alexa und was ist die hauptstadt von {} | katar=QA; den vereinigten arabischen emiraten=AE; kuwait=KW
syrian-family | mein sohn fragt hauptstadt von {} wie heißt | dschibuti=DJ; somalia=SO; mauretanien=MR

kenyan-nurse | sawa alexa what ist die hauptstadt von {} | tansania=TZ; uganda=UG; ruanda=RW
kenyan-nurse | asante und die hauptstadt von {} bitte | sambia=ZM; simbabwe=ZW; botsuana=BW
kenyan-nurse | pole pole alexa langsam bitte die hauptstadt von {} | malawi=MW; mosambik=MZ; madagaskar=MG

integration-course | entschuldigung ich lerne deutsch was ist hauptstadt von {} | eritrea=ER; äthiopien=ET; afghanistan=AF
integration-course | was ist die hauptstadt von die {} | schweiz=CH; niederlande=NL; türkei=TR
integration-course | bitte sagen hauptstadt von {} | gabun=GA; kamerun=CM; tschad=TD
integration-course | ich komme aus {} und wie heißt unsere hauptstadt auf deutsch | vietnam=VN; kambodscha=KH; thailand=TH
integration-course | in prüfung fragen vielleicht was hauptstadt von {} | deutschland=DE; österreich=AT; der schweiz=CH
integration-course | ich nicht verstehe welche stadt hauptstadt von {} | mali=ML; burkina faso=BF; niger=NE

kindergarten | alexa was is hauptstadt von {} | dem pinguinland=FB; china=CN; japan=JP
kindergarten | alexa alexa wo wohnt der könig von {} in welcher hauptstadt | spanien=ES; schweden=SE; marokko=MA
kindergarten | mama sagt ich soll dich fragen die hauptstadt von {} | afrika=FB; amerika=US; england=GB-ENG
kindergarten | alexa was ist die hauptstadt von {} wo die kängurus wohnen | australien=AU

gen-alpha | digga alexa was ist die hauptstadt von {} | brasilien=BR; argentinien=AR; kolumbien=CO
gen-alpha | sigma frage hauptstadt von {} go | südkorea=KR; japan=JP; china=CN
gen-alpha | null aura wenn du nicht weißt was die hauptstadt von {} ist | kanada=CA; mexiko=MX; kuba=CU
gen-alpha | wild wie heißt die hauptstadt von {} eigentlich | kasachstan=KZ; nigeria=NG; pakistan=PK
gen-alpha | ich bin lost was ist die hauptstadt von {} | australien=AU; neuseeland=NZ; fidschi=FJ
gen-alpha | safe weißt du nicht die hauptstadt von {} digga | myanmar=MM; sri lanka=LK; den philippinen=PH

retirement-home | kindchen wie hieß das doch gleich die hauptstadt von {} | ungarn=HU; rumänien=RO; polen=PL
retirement-home | frau alexa würden sie uns die hauptstadt von {} nennen | frankreich=FR; italien=IT; spanien=ES
retirement-home | wir machen hier im heim ein quiz was ist die hauptstadt von {} | norwegen=NO; finnland=FI; griechenland=GR
retirement-home | früher wussten wir das alles was ist die hauptstadt von {} | portugal=PT; irland=IE; österreich=AT

truck-driver | kollege alexa was ist die hauptstadt von {} over | litauen=LT; der slowakei=SK; slowenien=SI
truck-driver | ich steh hier auf dem rasthof welche hauptstadt hat {} | rumänien=RO; bulgarien=BG; moldau=MD
truck-driver | fahre morgen nach {} wie heißt da die hauptstadt | kroatien=HR; serbien=RS; montenegro=ME

restaurant-kitchen | ja chef gleich aber erst was ist die hauptstadt von {} | thailand=TH; indien=IN; vietnam=VN
restaurant-kitchen | service alexa hauptstadt von {} schnell | mexiko=MX; peru=PE; italien=IT
restaurant-kitchen | der neue koch kommt aus {} wie heißt da die hauptstadt | sri lanka=LK; nepal=NP; eritrea=ER

tour-guide | meine damen und herren gleich kommen wir zur hauptstadt von {} alexa wie heißt die | belgien=BE; luxemburg=LU; den niederlanden=NL
tour-guide | die reisegruppe fragt mich die hauptstadt von {} | dänemark=DK; schweden=SE; estland=EE
tour-guide | im bus vorne ins mikro alexa die hauptstadt von {} bitte | österreich=AT; ungarn=HU; tschechien=CZ

night-nurse | es ist drei uhr nachts und der patient fragt nach der hauptstadt von {} | jamaika=JM; trinidad und tobago=TT; barbados=BB
night-nurse | leise alexa hauptstadt von {} bitte | haiti=HT; der dominikanischen republik=DO; kuba=CU
night-nurse | zimmer zwölf will wissen wie die hauptstadt von {} heißt | grenada=GD; dominica=DM; sankt lucia=LC

librarian | für einen leser die hauptstadt von {} bitte | kiribati=KI; tuvalu=TV; nauru=NR
librarian | ich suche im atlas und finde die hauptstadt von {} nicht | palau=PW; mikronesien=FM; den marshallinseln=MH
librarian | alexa pssst leise was ist die hauptstadt von {} | vanuatu=VU; samoa=WS; tonga=TO

vet-practice | die tierärztin fragt die hauptstadt von {} | papua-neuguinea=PG; den salomonen=SB; fidschi=FJ
vet-practice | während der hund schläft die hauptstadt von {} | lesotho=LS; namibia=NA; angola=AO

building-site | polier will wissen hauptstadt von {} | kap verde=CV; guinea=GN; liberia=LR
building-site | mittagspause auf der baustelle was ist die hauptstadt von {} | sierra leone=SL; togo=TG; benin=BJ
building-site | alexa mach mal lauter hier ist ein bagger was ist die hauptstadt von {} | ghana=GH; der elfenbeinküste=CI; nigeria=NG

it-support | ticket nebenbei was ist die hauptstadt von {} | estland=EE; singapur=SG; israel=IL
it-support | während das update läuft die hauptstadt von {} | irland=IE; indien=IN; taiwan=TW

postwoman | ich hab ein paket aus {} was ist da die hauptstadt | neuseeland=NZ; kanada=CA; brasilien=BR
postwoman | briefmarke aus {} alexa die hauptstadt dazu | monaco=MC; san marino=SM; andorra=AD

geoguessr | ich spiele geoguessr und bin in {} welche hauptstadt hat das | paraguay=PY; bolivien=BO; uruguay=UY
geoguessr | geoguessr runde fünf hauptstadt von {} schnell | ecuador=EC; kolumbien=CO; guyana=GY
geoguessr | laut dem kennzeichen bin ich in {} welche hauptstadt | suriname=SR; belize=BZ; nicaragua=NI

pub-quiz | pub quiz frage sieben die hauptstadt von {} | kiribati=KI; bhutan=BT; brunei=BN
pub-quiz | wir spielen kneipenquiz was ist die hauptstadt von {} | lesotho=LS; eswatini=SZ; komoren=KM
pub-quiz | für einen extrapunkt die hauptstadt von {} | myanmar=MM; laos=LA; kambodscha=KH

board-games | mensch ärgere dich nicht und nebenbei die hauptstadt von {} | mauritius=MU; seychellen=SC; madagaskar=MG
board-games | bei scotland yard spielt einer aus {} was ist dort die hauptstadt | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
board-games | uno aussetzen und was ist die hauptstadt von {} | el salvador=SV; costa rica=CR; panama=PA
board-games | beim carcassonne legen wir gerade die hauptstadt von {} | frankreich=FR; belgien=BE; monaco=MC

winter-sport | beim biathlon läuft gerade jemand aus {} wie heißt dort die hauptstadt | norwegen=NO; belarus=BY; kasachstan=KZ
winter-sport | der skispringer kommt aus {} hauptstadt davon | slowenien=SI; japan=JP; polen=PL

sport | bundesliga auswärtsfahrt und der gegner ist aus {} hauptstadt bitte | tschechien=CZ; ungarn=HU; österreich=AT
sport | tischtennis em der spieler kommt aus {} was ist dort die hauptstadt | kroatien=HR; portugal=PT; schweden=SE
sport | beim reitturnier startet eine reiterin aus {} was ist die hauptstadt | irland=IE; brasilien=BR; neuseeland=NZ
sport | bundesjugendspiele vorbei jetzt die hauptstadt von {} | uganda=UG; kenia=KE; äthiopien=ET

travel | in der transsib fragt die schaffnerin nach der hauptstadt von {} | russland=RU; der mongolei=MN; china=CN
travel | motorradtour über den balkan morgen geht es nach {} was ist da die hauptstadt | montenegro=ME; albanien=AL; nordmazedonien=MK
travel | als backpacker in südamerika was ist die hauptstadt von {} | bolivien=BO; peru=PE; paraguay=PY
travel | der flug ist verspätet und wir fliegen nach {} welche hauptstadt hat das | jordanien=JO; oman=OM; katar=QA

home | der teig muss gehen alexa was ist die hauptstadt von {} | armenien=AM; georgien=GE; aserbaidschan=AZ
home | beim sonntagsbrunch kam die frage die hauptstadt von {} | uruguay=UY; chile=CL; argentinien=AR
home | auf dem kindergeburtstag fragt ein kind die hauptstadt von {} | ägypten=EG; kenia=KE; südafrika=ZA
home | an silvester beim bleigießen die hauptstadt von {} | island=IS; finnland=FI; dänemark=DK
home | bei der ostereiersuche rätsel die hauptstadt von {} | belgien=BE; litauen=LT; luxemburg=LU
home | in der waschanlage kurz gefragt die hauptstadt von {} | tonga=TO; samoa=WS; tuvalu=TV

genitive | was ist die hauptstadt {} | portugals=PT; boliviens=BO; nigers=NE
genitive | wie heißt die hauptstadt {} | des sudan=SD; des oman=OM; der türkei=TR
genitive | welches ist die hauptstadt {} | guatemalas=GT; nicaraguas=NI; ecuadors=EC
genitive | nenne mir bitte die hauptstadt {} | mosambiks=MZ; angolas=AO; namibias=NA
genitive | die hauptstadt {} bitte | des kongo=CD+CG; pakistans=PK; bangladeschs=BD
genitive | mich interessiert die hauptstadt {} | der malediven=MV; der seychellen=SC; der komoren=KM

terse | {} hauptstadt | benin=BJ; gabun=GA; togo=TG
terse | hauptstadt {} bitte | burundi=BI; ruanda=RW; dschibuti=DJ
terse | {} hauptstadt welche | liberia=LR; guinea=GN; sierra leone=SL
terse | hauptstadt von {} schnell | san marino=SM; vatikanstadt=VA; andorra=AD

polite-sie | könnten sie mir bitte die hauptstadt von {} nennen | äquatorialguinea=GQ; são tomé und príncipe=ST; gabun=GA
polite-sie | wären sie so freundlich mir die hauptstadt von {} zu sagen | der zentralafrikanischen republik=CF; kamerun=CM; tschad=TD
polite-sie | verzeihen sie die frage aber was ist die hauptstadt von {} | brunei=BN; osttimor=TL; papua-neuguinea=PG

filler | ähm also was ist denn ähm die hauptstadt von {} | simbabwe=ZW; botsuana=BW; sambia=ZM
filler | hm joa die hauptstadt von {} wie war das | lesotho=LS; eswatini=SZ; namibia=NA
filler | öhm moment äh die hauptstadt von {} | belize=BZ; honduras=HN; el salvador=SV
filler | tja also die hauptstadt von {} ne | sankt kitts und nevis=KN; antigua und barbuda=AG; sankt vincent und die grenadinen=VC

trailing | was ist die hauptstadt von {} danke schön | kuwait=KW; bahrain=BH; jemen=YE
trailing | die hauptstadt von {} hätte ich gern das wars | malta=MT; zypern=CY; island=IS
trailing | was ist die hauptstadt von {} wenn du das weißt | suriname=SR; guyana=GY; trinidad und tobago=TT
trailing | wie heißt die hauptstadt von {} und dann ist ruhe | mikronesien=FM; palau=PW; nauru=NR

asr-form | was isst die hauptstadt von {} | chili=CL; nord wegen=NO; däne mark=DK
asr-form | was ist die haupt stad von {} | schwe den=SE; spa nien=ES; tür kei=TR
asr-form | was ist die hauptstadt fom {} | liba non=LB; zu dan=SD; kon go=CD+CG
asr-form | was ist die hauptstadtvon {} | öster reich=AT; bell gien=BE; kroa tien=HR
asr-form | was ist die hauptstat fon {} | ne pal=NP; ga bun=GA; be nin=BJ
asr-form | was ist die hauptstadt von {} eigentlich | tuerkei=TR; aegypten=EG; groenland=GL
asr-form | was ist die haubtstadt von {} | kamerun=CM; pana ma=PA; mona co=MC
asr-form | wer ist die hauptstadt von {} | venezuela=VE; kolumbien=CO; uruguay=UY
asr-form | what is die hauptstadt von {} | philippines=PH; ethiopia=ET; mozambique=MZ
asr-form | wie heisst die haubtstadt von {} | kirgistan=KG; usbekistahn=UZ; turkmenistahn=TM
asr-form | hauptstädte von {} | ghana=GH; norwegen=NO; finnland=FI
asr-form | was ist die hauptstadt von {} ähm | gar na=GH; fidji=FJ; ginea=GN
asr-form | was ist die hauptstadt von {} okay | kazakhstan=KZ; cameroon=CM; zimbabwe=ZW

follow-up | und von {} | tschechien=CZ; der slowakei=SK; ungarn=HU
follow-up | okay und {} | peru=PE; chile=CL; ecuador=EC
follow-up | jetzt noch {} | jamaika=JM; bahamas=BS; barbados=BB
follow-up | und wie ist es bei {} | südkorea=KR; nordkorea=KP; japan=JP
follow-up | und für {} | laos=LA; kambodscha=KH; myanmar=MM
follow-up | dasselbe für {} bitte | indonesien=ID; malaysia=MY; brunei=BN
follow-up | gut und jetzt noch die hauptstadt von {} | algerien=DZ; marokko=MA; tunesien=TN

yes-no-check | ist {} | istanbul die hauptstadt der türkei=TR; ankara die hauptstadt der türkei=TR; sydney die hauptstadt von australien=AU
yes-no-check | hat {} | kasachstan astana als hauptstadt=KZ; tansania dodoma als hauptstadt=TZ; die türkei istanbul als hauptstadt=TR
yes-no-check | ich glaube {} stimmt das | new york ist die hauptstadt der usa=US; almaty ist die hauptstadt von kasachstan=KZ; bern ist die hauptstadt der schweiz=CH
yes-no-check | {} oder | belgrad ist die hauptstadt von serbien=RS; krakau ist die hauptstadt von polen=PL; mailand ist die hauptstadt von italien=IT
yes-no-check | mein opa sagt {} hat er recht | bonn ist die hauptstadt von deutschland=DE; leningrad ist die hauptstadt von russland=RU; rangun ist die hauptstadt von myanmar=MM
yes-no-check | wette ich hab recht {} | canberra ist die hauptstadt von australien=AU; wellington ist die hauptstadt von neuseeland=NZ; quebec ist die hauptstadt von kanada=CA
yes-no-check | ist münchen die hauptstadt von bayern | DE-BY
yes-no-check | stimmt es dass abuja die hauptstadt von nigeria ist | NG
yes-no-check | ist kapstadt die hauptstadt von südafrika | ZA
yes-no-check | ist amsterdam die hauptstadt der niederlande | NL

self-correction | was ist noch mal die hauptstadt von {} | schweden nein warte norwegen=NO; österreich äh nee ungarn=HU; kenia sorry ich meine tansania=TZ
self-correction | gib mir die hauptstadt von {} | peru ich meine chile=CL; bolivien nein warte paraguay=PY; laos äh nee kambodscha=KH
self-correction | hauptstadt von {} gesucht | irland korrektur island=IS; slowenien moment slowakei=SK; niger nein ich meine nigeria=NG
self-correction | wie heißt bitte die hauptstadt von {} | österreich verzeihung australien=AU; schweden pardon der schweiz=CH; gambia nein doch nicht sambia=ZM
self-correction | alexa was ist die hauptstadt von {} | mali oh sorry malawi=MW; guinea nein warte guinea-bissau=GW; iran ich meine irak=IQ
self-correction | ähm die hauptstadt von {} | dominica nein ich meine die dominikanische republik=DO; kongo ich meine die demokratische republik kongo=CD; lettland äh nee litauen=LT
self-correction | yani hauptstadt von {} | syrien nein warte libanon=LB; jordanien sorry irak=IQ; bahrain ich meine katar=QA

reverse-question | {} ist die hauptstadt von welchem land | ouagadougou=CITY:Ouagadougou; windhoek=CITY:Windhoek; tiflis=CITY:Tiflis
reverse-question | von welchem land ist {} die hauptstadt | vaduz=CITY:Vaduz; bischkek=CITY:Bischkek; maskat=CITY:Maskat
reverse-question | zu welchem land gehört die hauptstadt {} | asmara=CITY:Asmara; nairobi=CITY:Nairobi; lusaka=CITY:Lusaka
reverse-question | {} ist hauptstadt von was | kingston=CITY:Kingston; victoria=CITY:Victoria; georgetown=CITY:Georgetown
reverse-question | wessen hauptstadt ist {} | bukarest=CITY:Bukarest; reykjavík=CITY:Reykjavík; tallinn=CITY:Tallinn
reverse-question | {} ist die hauptstadt welches bundesstaates | sacramento=CITY:Sacramento; albany=CITY:Albany; austin=CITY:Austin
reverse-question | von welchem bundesland ist {} die landeshauptstadt | schwerin=CITY:Schwerin; kiel=CITY:Kiel; wiesbaden=CITY:Wiesbaden
reverse-question | {} ist die hauptstadt von welchem staat | ulaanbaatar=CITY:Ulaanbaatar; naypyidaw=CITY:Naypyidaw; dili=CITY:Dili

official-name | was ist die hauptstadt von der {} | volksrepublik china=CN; slowakischen republik=SK; tschechischen republik=CZ
official-name | die hauptstadt vom {} bitte | königreich schweden=SE; königreich norwegen=NO; vereinigten königreich=GB
official-name | hauptstadt des {} | königreichs dänemark=DK; großherzogtums luxemburg=LU; fürstentums monaco=MC
official-name | sag mir die hauptstadt der {} | vereinigten mexikanischen staaten=MX; argentinischen republik=AR; föderativen republik brasilien=BR
official-name | wie heißt die hauptstadt des {} | staates israel=IL; königreichs saudi-arabien=SA; sultanats brunei=BN
official-name | was ist die hauptstadt der republik {} | österreich=AT; indien=IN; kenia=KE
official-name | die hauptstadt der islamischen republik {} | iran=IR; pakistan=PK; afghanistan=AF

everyday-name | was ist denn die hauptstadt von {} | holland=NL; amerika=US; den usa=US
everyday-name | wie heißt die hauptstadt von {} eigentlich | england=GB-ENG; großbritannien=GB; weißrussland=BY
everyday-name | sag mir die hauptstadt von {} | der tschechei=CZ; mazedonien=MK; moldawien=MD
everyday-name | hauptstadt von {} ist was | kapverden=CV; osttimor=TL; der dr kongo=CD
everyday-name | was ist die hauptstadt von {} bitte | sao tome=ST; bosnien=BA; kirgisien=KG
everyday-name | die hauptstadt von {} | der elfenbeinküste=CI; swasiland=SZ; trinidad=TT

old-name | was war die hauptstadt von {} und ist es heute | persien=IR; siam=TH; ceylon=LK
old-name | wie heißt heute die hauptstadt von {} | birma=MM; abessinien=ET; zaire=CD
old-name | was ist die hauptstadt von {} heute | obervolta=BF; dahome=BJ; rhodesien=ZW
old-name | die hauptstadt vom ehemaligen {} bitte | betschuanaland=BW; kampuchea=KH; burma=MM
old-name | wie heißt die hauptstadt von {} mittlerweile | formosa=TW; südrhodesien=ZW; swasiland=SZ

shared-name | was ist nochmal die hauptstadt von {} | korea=KP+KR; kongo=CD+CG; georgia=GE+US-GA
shared-name | wie heißt die hauptstadt auf {} | jungferninseln=VG+VI; den jungferninseln=VG+VI; den amerikanischen jungferninseln=VI
shared-name | einmal die hauptstadt von {} bitte | nord und südkorea=KP+KR; kongo brazzaville=CG; kongo kinshasa=CD
shared-name | die hauptstadt von {} wie heißt die | dem bundesstaat georgia=US-GA; georgien im kaukasus=GE; den britischen jungferninseln=VG
shared-name | welche ist die hauptstadt der {} | amerikanischen jungferninseln=VI; republik korea=KR; demokratischen republik kongo=CD

plural-capitals | ei jo was sin die hauptstädte von {} | den niederlanden=NL; eswatini=SZ; côte d'ivoire=CI
plural-capitals | die drei hauptstädte von südafrika bitte | ZA
plural-capitals | yani wie viele hauptstädte hat südafrika und welche | ZA
plural-capitals | welche zwei hauptstädte hat bolivien | BO
plural-capitals | hauptstädte von palästina bitte | PS
plural-capitals | nu welche hauptstädte hat malaysia | MY
plural-capitals | mehrere hauptstädte in benin welche sind die | BJ
plural-capitals | sri lanka welche hauptstädte gibt es da | LK
plural-capitals | welche sind die hauptstädte von holland | NL
plural-capitals | welche hauptstädte hat swasiland | SZ
plural-capitals | was sind die hauptstädte der elfenbeinküste | CI

subdivision | was ist die landeshauptstadt von {} | bayern=DE-BY; hessen=DE-HE; dem saarland=DE-SL
subdivision | landeshauptstadt {} | sachsen=DE-SN; thüringen=DE-TH; brandenburg=DE-BB
subdivision | welche stadt ist hauptstadt in {} | sachsen-anhalt=DE-ST; schleswig-holstein=DE-SH; mecklenburg-vorpommern=DE-MV
subdivision | wie heißt die hauptstadt von {} in den usa | kalifornien=US-CA; nevada=US-NV; illinois=US-IL
subdivision | die hauptstadt von {} in kanada | québec=CA-QC; manitoba=CA-MB; nova scotia=CA-NS
subdivision | was ist die hauptstadt des australischen bundesstaats {} | queensland=AU-QLD; victoria=AU-VIC; new south wales=AU-NSW
subdivision | welche stadt ist hauptstadt von {} in brasilien | bahia=BR-BA; minas gerais=BR-MG; amazonas=BR-AM
subdivision | hauptstadt des indischen bundesstaats {} | kerala=IN-KL; rajasthan=IN-RJ; maharashtra=IN-MH
subdivision | wie heißt die hauptstadt vom bundesstaat {} | tasmanien=AU-TAS; hawaii=US-HI; alaska=US-AK
subdivision | die hauptstadt von {} bitte schön | baden-württemberg=DE-BW; louisiana=US-LA; saskatchewan=CA-SK
subdivision | ei gude was is die landeshauptstadt von hesse | DE-HE
subdivision | ja mei wos is de landeshauptstadt vo bayern | DE-BY

territory | was ist der hauptort von {} | grönland=GL; den färöern=FO; den ålandinseln=AX
territory | was ist die hauptstadt auf {} | puerto rico=PR; guam=GU; bermuda=BM
territory | wie heißt die hauptstadt von {} nochmal | gibraltar=GI; der isle of man=IM; jersey=JE
territory | die hauptstadt auf {} bitte | neukaledonien=NC; französisch-polynesien=PF; réunion=RE
territory | hauptstadt von {} wie heißt die | den kaimaninseln=KY; den falklandinseln=FK; sankt helena=SH
territory | welche stadt ist denn die hauptstadt von {} | curaçao=CW; aruba=AW; martinique=MQ
territory | und die hauptstadt der {} | westsahara=EH; cookinseln=CK; weihnachtsinsel=CX
territory | was ist auf {} die hauptstadt | guadeloupe=GP; mayotte=YT; französisch-guayana=GF
territory | wie heißt der regierungssitz von {} | spitzbergen=SJ; guernsey=GG; montserrat=MS

vatican-palestine | was ist die hauptstadt von palästina | PS
vatican-palestine | hauptstadt von taiwan | TW

one-shot | alexa frag hauptstädte der welt nach der hauptstadt von {} | tonga=TO; vanuatu=VU; samoa=WS
one-shot | alexa sag hauptstädte der welt ich will die hauptstadt von {} wissen | kiribati=KI; nauru=NR; tuvalu=TV
one-shot | alexa öffne hauptstädte der welt und sag mir die hauptstadt von {} | mauritius=MU; madagaskar=MG; den komoren=KM
one-shot | alexa starte hauptstädte der welt mit {} | sudan=SD; eritrea=ER; dschibuti=DJ
one-shot | alexa bitte hauptstädte der welt was ist die hauptstadt von {} | kap verde=CV; gambia=GM; senegal=SN
one-shot | alexa lass hauptstädte der welt die hauptstadt von {} sagen | bangladesch=BD; bhutan=BT; nepal=NP
one-shot | alexa frag bei hauptstädte der welt nach den hauptstädten von südafrika | ZA
one-shot | ei jo alexa frach hauptstädte der welt nach der hauptstadt vun frankreich | FR
one-shot | alexa yalla frag hauptstädte der welt nach der hauptstadt von syrien | SY
one-shot | alexa kannst du mal bei hauptstädte der welt fragen was die hauptstadt von peru ist | PE

launch | alexa hauptstädte der welt | LAUNCH
launch | moin alexa hauptstädte der welt starten | LAUNCH
launch | ei gude alexa mach hauptstädte der welt uff | LAUNCH
launch | alexa ich will hauptstädte der welt spielen | LAUNCH
launch | alexa hauptstädte der welt öffnen yalla | LAUNCH
launch | alexa mach mal die hauptstädte der welt an | LAUNCH
launch | alexa los geht's hauptstädte der welt | LAUNCH
launch | alexa hauptstaedte der welt bitte | LAUNCH
launch | alexa haupt städte der welt öffnen | LAUNCH
launch | alexa hallo hauptstädte der welt sind sie da | LAUNCH
launch | digga alexa starte hauptstädte der welt | LAUNCH
launch | alexa für die kinder hauptstädte der welt öffnen | LAUNCH
launch | alexa öffne den skill hauptstädte der welt | LAUNCH

help | ich verstehe nicht was ich sagen soll | HELP
help | ei jo wie geht des dann | HELP
help | hilf mir mal bitte ich kenn mich nicht aus | HELP
help | was soll ich sagen damit du antwortest | HELP
help | erklär mir bitte wie das spiel geht | HELP
help | kindchen wie bedient man das | HELP
help | yani wie funktioniert das | HELP
help | entschuldigung ich brauche hilfe bitte | HELP
help | was muss ich hier machen | HELP
help | ich bin neu hier was kann der skill | HELP
help | moin was kann man hier fragen | HELP
help | ich komme nicht weiter hilf mir | HELP
help | nu wie funktioniert das ding | HELP
help | zeig mir was du kannst | HELP
help | alexa ich weiß nicht wie man dich benutzt | HELP
help | kannst du mir erklären was ich fragen darf | HELP
help | yalla erklär mal wie das geht | HELP
help | hajo was kann isch do froge | HELP
help | wie war das noch mal mit den fragen | HELP
help | ich brauch eine kurze einführung | HELP
help | ja mei wia geht des überhaupt | HELP
help | abla sagt du kannst helfen wie geht das | HELP

stop | stopp das reicht jetzt | STOP
stop | halt stopp aufhören | STOP
stop | yalla khalas stopp | STOP
stop | alexa aus jetzt | STOP
stop | genug gefragt stopp | STOP
stop | ei jo des langt jetzt stopp | STOP
stop | mach aus alexa | STOP
stop | ich will nicht mehr | STOP
stop | okay tschüss alexa | STOP
stop | ja mei hör auf | STOP
stop | dawai stopp jetzt | STOP
stop | danke das war's beenden | STOP
stop | ende over | STOP
stop | alexa stopp die kinder schlafen | STOP
stop | tschüssikowski alexa | STOP
stop | khalas genug jetzt | STOP
stop | es reicht für heute alexa aus | STOP
stop | moin dann mach mal schluss | STOP
stop | ende der fragestunde | STOP
stop | stopp wir gehen jetzt essen | STOP
stop | mach schluss kollege over | STOP
stop | aus die maus alexa | STOP

cancel | ach lass mal doch nicht | CANCEL
cancel | nee doch nicht vergiss es | CANCEL
cancel | alexa abbruch | CANCEL
cancel | das war falsch abbrechen | CANCEL
cancel | kurde abbrechen | CANCEL
cancel | ladno vergiss es | CANCEL
cancel | abbrechen habe ich gesagt | CANCEL
cancel | ach egal abbrechen | CANCEL
cancel | das hat sich erledigt | CANCEL
cancel | ach vergiss es wieder | CANCEL
cancel | tamam abbrechen | CANCEL
cancel | frage zurückziehen | CANCEL
cancel | nicht mehr nötig abbrechen | CANCEL
cancel | alexa abbrechen ich hab mich vertan | CANCEL
cancel | loss et abbrechen | CANCEL
cancel | wieder abbrechen bitte | CANCEL
cancel | ach nee abbrechen das war die falsche frage | CANCEL
cancel | vergiss das was ich gefragt hab | CANCEL
cancel | abbrechen die oma hat sich versprochen | CANCEL
cancel | yani abbrechen bitte | CANCEL

out-of-domain | wie groß ist {} | russland=FB; monaco=FB; der vatikan=FB
out-of-domain | wer ist präsident von {} | frankreich=FB; brasilien=FB; kenia=FB
out-of-domain | wie ist das wetter in {} | kairo=FB; lissabon=FB; oslo=FB
out-of-domain | was ist eigentlich die hauptstadt der {} | bretagne=FB; normandie=FB; provence=FB
out-of-domain | was ist eigentlich die hauptstadt von {} | flandern=FB; katalonien=FB; sibirien=FB
out-of-domain | wie heißt eigentlich die hauptstadt auf {} | mallorca=FB; sardinien=FB; kreta=FB
out-of-domain | alexa was ist denn die hauptstadt von {} | atlantis=FB; mittelerde=FB; entenhausen=FB
out-of-domain | welche vorwahl hat {} | österreich=FB; polen=FB; die türkei=FB
out-of-domain | wie heißt die nationalhymne von {} | italien=FB; spanien=FB; norwegen=FB
out-of-domain | was ist das nationalgericht von {} | ungarn=FB; mexiko=FB; syrien=FB
out-of-domain | wie hoch ist der höchste berg von {} | nepal=FB; tansania=FB; der schweiz=FB
out-of-domain | wie weit ist es von berlin nach {} | warschau=FB; prag=FB; istanbul=FB
out-of-domain | welche farben hat die flagge von {} | kenia=FB; jamaika=FB; litauen=FB
out-of-domain | was ist die hauptstadt der liebe | FB
out-of-domain | was ist die kapitalertragssteuer | FB
out-of-domain | welche ist die größte stadt der welt | FB
out-of-domain | wie viele hauptstädte hat europa | FB
out-of-domain | wie ist der verkehr auf der a eins | FB
out-of-domain | wie spielt der effzeh heute | FB
out-of-domain | wie lange muss das brot in den ofen | FB
out-of-domain | was ist ein dubbeglas | FB
out-of-domain | wie macht man grüne soße | FB
out-of-domain | wann ist die nächste ebbe in norddeich | FB
out-of-domain | wie viel grad hat der tee | FB
out-of-domain | wie spielt man schafkopf | FB
out-of-domain | wann hat der biergarten offen | FB
out-of-domain | wie lange grillt man einen schwenker | FB
out-of-domain | was heißt danke auf türkisch | FB
out-of-domain | übersetze guten morgen auf polnisch | FB
out-of-domain | wie sagt man hauptstadt auf russisch | FB
out-of-domain | was heißt auf arabisch willkommen | FB
out-of-domain | wann ist der nächste deutschkurs | FB
out-of-domain | was ist der dativ | FB
out-of-domain | singe ein kinderlied | FB
out-of-domain | wie macht die kuh | FB
out-of-domain | was ist skibidi | FB
out-of-domain | spiel den neuen song von apache | FB
out-of-domain | wann gibt es heute kaffee und kuchen | FB
out-of-domain | wie hieß der bundeskanzler nach adenauer | FB
out-of-domain | navigiere zur nächsten tankstelle | FB
out-of-domain | wie viele gramm hat ein kilo | FB
out-of-domain | wie lange kocht man spaghetti | FB
out-of-domain | was erzähle ich den touristen über den kölner dom | FB
out-of-domain | wann ist die nächste visite | FB
out-of-domain | wie hoch ist normaler blutdruck | FB
out-of-domain | wo steht das buch über geographie | FB
out-of-domain | wie alt wird eine katze | FB
out-of-domain | wie viel beton brauche ich für ein fundament | FB
out-of-domain | mein drucker druckt nicht | FB
out-of-domain | wann kommt die post | FB
out-of-domain | welche stadt ist das auf dem foto | FB
out-of-domain | wer hat das pub quiz letzte woche gewonnen | FB
out-of-domain | wie viele felder hat mensch ärgere dich nicht | FB
out-of-domain | wer hat beim biathlon gewonnen | FB
out-of-domain | wie steht es bei schalke | FB
out-of-domain | wie lange dauert die fahrt mit der transsib | FB
out-of-domain | brauche ich ein visum für albanien | FB
out-of-domain | ist mein flug nach lima pünktlich | FB
out-of-domain | wie viel kostet ein flug nach bogotá | FB
out-of-domain | welche impfungen brauche ich für bolivien | FB
out-of-domain | wann ist ostern dieses jahr | FB
out-of-domain | wie lange ist es noch bis silvester | FB
out-of-domain | was kann man an einem kindergeburtstag spielen | FB
out-of-domain | welcher kontinent hat die meisten länder | FB
out-of-domain | wo liegt die hauptstadt von frankreich auf der karte | FB
out-of-domain | wie heißt der bürgermeister von paris | FB
out-of-domain | was kann man in der hauptstadt von spanien besichtigen | FB
out-of-domain | welcher fluss fließt durch die hauptstadt von england | FB
out-of-domain | wie heißt das stadion in der hauptstadt von argentinien | FB
out-of-domain | welche partei regiert in österreich | FB
out-of-domain | was ist die hauptstadt von wallonie | FB
out-of-domain | was ist die hauptstadt von teneriffa | FB
out-of-domain | was ist die hauptstadt von schlesien | FB
out-of-domain | was ist die hauptstadt der pfalz | FB
out-of-domain | was ist die hauptstadt von franken | FB
out-of-domain | hauptstadt der herzen wer ist das | FB
out-of-domain | wie heißt die hauptstadtband von berlin | FB
out-of-domain | wie viele länder grenzen an deutschland | FB
out-of-domain | ei jo wie viel kostet e schorle in bad dürkheim | FB
out-of-domain | valla wann macht der dönerladen zu | FB
out-of-domain | nu wie wird das wetter morgen in cloppenburg | FB
out-of-domain | wie viele menschen leben in der hauptstadt von kenia | FB
out-of-domain | welche sprache spricht man in der hauptstadt von belgien | FB
out-of-domain | was ist die hauptstadt von friesland | FB
out-of-domain | kölle alaaf wann ist der elfte im elften | FB
out-of-domain | wie viel zeitunterschied ist zwischen deutschland und kenia | FB
out-of-domain | kann man gerade nach syrien reisen | FB
out-of-domain | wer regiert gerade in polen | FB
"""

if __name__ == "__main__":
    build_round(30, "de", LINES, sys.argv, "tests/Eval/de/round30/source/build_corpus.py")
