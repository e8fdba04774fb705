"""Round 20, German (de-DE): a new author's own mix, written blind. Speakers talking to a German Echo, chosen to differ
from earlier rounds: Hessians and Palatines ("gude", "ei", "ei jo", "babbel", "alla", "unn"), the Rhineland and
Cologne ("tach", "nä", "jo", "hür ens", "hömma" left to the Ruhr), the Saarland ("ei joo", "ebbes", "gell" left out),
Low German and Frisian speakers of the coast ("na min jung", "wat mutt", "schnacken", "mien deern"), Luxembourgers and
Liechtensteiners ("moien", "merci", "hoi zäma" left to the Swiss), Russian-German and Polish-German families (dropped
articles, "bitte schön sag mal", "nu dawai"), English native speakers learning German ("what's the", "sorry mein
deutsch", "how do you say"), Arabic and Turkish speaking newcomers preparing the Einbürgerungstest ("yalla", "inschallah",
"tamam"), care-home residents and their carers, kindergarten children and a Kita teacher, a teacher preparing a lesson,
a long-distance lorry driver, a pilot and flight attendants, a stamp collector, a radio amateur, GeoGuessr and strategy
game players, board-game evenings (Risiko, Stadt Land Fluss left to others: Risiko and "Wer weiß denn sowas"), TV quiz
viewers ("Gefragt Gejagt", "Jeopardy"), exchange students and au pairs, a shared flat's kitchen, sport on the radio
(handball, biathlon, darts, ski, table tennis, the Olympics), a twin-town partnership, a wedding abroad, Silvester.
Plus fillers and hesitations ("ähm", "öhm", "na", "sag mal", "moment"), German case and the genitive, terse keyword
forms, self-corrections, follow-ups, yes/no checks, reverse questions, official, old and everyday names, shared names,
plurals, subdivisions (German, US, Canadian, Australian, Brazilian, Mexican and Indian states, the UK's nations,
territories) and what de-DE recognition writes (lost umlauts and accents, ss for ß, split or joined names, "haupt
stadt", misspellings, English spellings of names).
`python3 tests/Eval/de/round20/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 20's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Hessians and Palatines.
hessian-palatine | gude alexa was is'n die hauptstadt von {} | kolumbien=CO; venezuela=VE; ecuador=EC
hessian-palatine | ei sach emol was is die hauptstadt von {} | tansania=TZ; uganda=UG; ruanda=RW
hessian-palatine | ei jo wie heißt'n die hauptstadt von {} do | laos=LA; kambodscha=KH; vietnam=VN
hessian-palatine | babbel net so viel sach mer einfach die hauptstadt von {} | island=IS; norwegen=NO; finnland=FI
hessian-palatine | alla dann was is die hauptstadt vun {} | mali=ML; niger=NE; burkina faso=BF
hessian-palatine | unn wo is die hauptstadt vun {} | mosambik=MZ; sambia=ZM; simbabwe=ZW
hessian-palatine | gude wie geht's ich hätt gern die hauptstadt von {} gewusst | usbekistan=UZ; turkmenistan=TM; tadschikistan=TJ
hessian-palatine | ei gude wie was is die hauptstadt von {} | armenien=AM; georgien=GE; aserbaidschan=AZ

# The Rhineland and Cologne.
rhineland | tach alexa wat is denn die hauptstadt von {} | belgien=BE; luxemburg=LU; dänemark=DK
rhineland | nä sach ens wie heißt die hauptstadt von {} | kroatien=HR; slowenien=SI; bosnien und herzegowina=BA
rhineland | jo wat is'n jetzt die hauptstadt von {} | portugal=PT; griechenland=GR; zypern=CY
rhineland | hür ens alexa wat is die hauptstadt von {} | malta=MT; albanien=AL; montenegro=ME
rhineland | wie is dat denn mit {} wat is da die hauptstadt | kenia=KE; äthiopien=ET; somalia=SO
rhineland | ich bin jrad am karneval planen wat is die hauptstadt von {} | brasilien=BR; trinidad und tobago=TT; haiti=HT

# The Saarland.
saarland | ei joo alexa weischt du die hauptstadt von {} | marokko=MA; tunesien=TN; algerien=DZ
saarland | sag mol ebbes was is die hauptstadt von {} | libyen=LY; ägypten=EG; sudan=SD
saarland | ei was is dann die hauptstadt von {} | jordanien=JO; libanon=LB; syrien=SY

# Low German and the coast.
low-german | na min jung wat is die hauptstadt von {} | schweden=SE; estland=EE; lettland=LV
low-german | wat mutt dat mutt sach mal die hauptstadt von {} | litauen=LT; polen=PL; irland=IE
low-german | mien deern will wissen wat die hauptstadt von {} is | kanada=CA; mexiko=MX; kuba=CU
low-german | wir schnacken hier grad über {} was is da die hauptstadt | grönland=GL; färöer=FO; island=IS
low-german | moin moin ich mein nur wat is die hauptstadt von {} | chile=CL; peru=PE; argentinien=AR

# Luxembourg and Liechtenstein speaking to a German Echo.
lux-liechtenstein | moien alexa wat ass die hauptstadt von {} | frankreich=FR; spanien=ES; italien=IT
lux-liechtenstein | merci schon mal was ist die hauptstadt von {} bitte | österreich=AT; schweiz=CH; liechtenstein=LI
lux-liechtenstein | moien kannst du mir die hauptstadt von {} sagen | monaco=MC; san marino=SM; andorra=AD

# Russian-German and Polish-German families.
russian-polish-german | bitte schön sag mal was ist hauptstadt von {} | kasachstan=KZ; kirgisistan=KG; mongolei=MN
russian-polish-german | nu dawai alexa wie heißt hauptstadt von {} | ukraine=UA; belarus=BY; moldawien=MD
russian-polish-german | ich möchte wissen hauptstadt von {} bitte | russland=RU; rumänien=RO; bulgarien=BG
russian-polish-german | meine enkel fragt welche ist hauptstadt von {} | ungarn=HU; slowakei=SK; tschechien=CZ
russian-polish-german | no dobrze alexa was ist hauptstadt {} | serbien=RS; nordmazedonien=MK; kosovo=XK

# English native speakers learning German.
english-mix | sorry mein deutsch ist nicht so gut what's the capital of {} | neuseeland=NZ; australien=AU; fidschi=FJ
english-mix | okay alexa capital von {} bitte | singapur=SG; malaysia=MY; indonesien=ID
english-mix | how do you say was ist die hauptstadt von {} | jamaika=JM; barbados=BB; bahamas=BS
english-mix | ähm excuse me was ist die hauptstadt of {} | kamerun=CM; gabun=GA; nigeria=NG
english-mix | quick one alexa die capital city von {} | philippinen=PH; thailand=TH; myanmar=MM
english-mix | i mean ich meine die hauptstadt von {} | südkorea=KR; japan=JP; taiwan=TW

# Arabic and Turkish speaking newcomers, the naturalisation test.
newcomer | yalla alexa sag mir hauptstadt von {} | irak=IQ; iran=IR; afghanistan=AF
newcomer | tamam und was ist die hauptstadt von {} | türkei=TR; katar=QA; kuwait=KW
newcomer | ich lerne für einbürgerungstest was ist hauptstadt von {} | deutschland=DE; frankreich=FR; polen=PL
newcomer | inschallah du weißt das wie heißt die hauptstadt von {} | jemen=YE; oman=OM; bahrain=BH
newcomer | entschuldigung ich frage was ist die hauptstadt von land {} | eritrea=ER; dschibuti=DJ; südsudan=SS

# Care home residents and their carers.
care-home | schwester sagt ich soll dich fragen was ist die hauptstadt von {} | spanien=ES; belgien=BE; holland=NL
care-home | ich bin jetzt zweiundneunzig aber sag mir doch die hauptstadt von {} | ungarn=HU; polen=PL; schweden=SE
care-home | für unser gedächtnistraining die hauptstadt von {} bitte | kanada=CA; ägypten=EG; indien=IN
care-home | frau müller möchte gern wissen was die hauptstadt von {} ist | griechenland=GR; türkei=TR; argentinien=AR
care-home | also mein mann war früher in {} was war da nochmal die hauptstadt | libyen=LY; saudi-arabien=SA; nigeria=NG

# Kindergarten children and a Kita teacher.
kita | alexa ich bin fünf wo ist die hauptstadt von {} | afrika=FB
kita | alexa weißt du wo der könig von {} wohnt in welcher hauptstadt | dänemark=DK; schweden=SE; norwegen=NO
kita | alexa was ist die hauptstadt von {} da wo die kängurus sind | australien=AU
kita | alexa wo wohnen die leute in {} in welcher hauptstadt | china=CN; japan=JP; brasilien=BR
kita | wir spielen länder raten was ist die hauptstadt von {} | peru=PE; mexiko=MX; kenia=KE

# A teacher preparing a lesson.
teacher-lesson | ich bereite grad die erdkundestunde vor was ist die hauptstadt von {} | bangladesch=BD; pakistan=PK; nepal=NP
teacher-lesson | für das arbeitsblatt morgen brauche ich die hauptstadt von {} | ghana=GH; togo=TG; benin=BJ
teacher-lesson | meine siebte klasse will wissen was die hauptstadt von {} ist | uruguay=UY; paraguay=PY; bolivien=BO
teacher-lesson | kurze frage für den unterricht wie lautet die hauptstadt von {} | sierra leone=SL; liberia=LR; guinea=GN

# A long-distance lorry driver.
truck-driver | ich steh grad an der grenze zu {} was ist denn da die hauptstadt | polen=PL; tschechien=CZ; österreich=AT
truck-driver | nächste tour geht nach {} was ist die hauptstadt von dem land | litauen=LT; rumänien=RO; bulgarien=BG
truck-driver | alexa während ich fahr wie heißt die hauptstadt von {} | slowenien=SI; kroatien=HR; serbien=RS

# Pilots and flight attendants.
aviation | wir fliegen morgen nach {} wie heißt nochmal die hauptstadt | nigeria=NG; angola=AO; namibia=NA
aviation | crew briefing kurze frage hauptstadt von {} | katar=QA; vereinigte arabische emirate=AE; oman=OM
aviation | nach der landung in {} sind wir in der hauptstadt oder nicht wie heißt die | malediven=MV; mauritius=MU; seychellen=SC

# Stamp collector and radio amateur.
hobby | auf meiner briefmarke steht {} was ist da die hauptstadt | helvetia=CH
hobby | ich hab eine neue marke aus {} was ist deren hauptstadt | tonga=TO; samoa=WS; nauru=NR
hobby | funkverbindung mit {} gerade was ist die hauptstadt dort | tuvalu=TV; kiribati=KI; palau=PW
hobby | für meine sammlung brauch ich noch die hauptstadt von {} | vanuatu=VU; salomonen=SB; mikronesien=FM

# GeoGuessr and strategy games.
gamer | bin grad in geoguessr in {} gelandet was ist die hauptstadt | botsuana=BW; lesotho=LS; eswatini=SZ
gamer | im stream fragt chat was ist die hauptstadt von {} | bhutan=BT; sri lanka=LK; malediven=MV
gamer | bei civ spiel ich {} was ist in echt die hauptstadt | mongolei=MN; äthiopien=ET; brasilien=BR
gamer | beim risiko hab ich {} erobert was ist da eigentlich die hauptstadt | madagaskar=MG; indonesien=ID; argentinien=AR

# TV quiz viewers.
tv-quiz | bei gefragt gejagt kam grad die hauptstadt von {} | kirgisistan=KG; turkmenistan=TM; aserbaidschan=AZ
tv-quiz | wer weiß denn sowas hauptstadt von {} weißt du das | guatemala=GT; honduras=HN; nicaragua=NI
tv-quiz | jeopardy frage für hundert punkte was ist die hauptstadt von {} | el salvador=SV; costa rica=CR; panama=PA

# Sport on the radio and TV.
sport | handball wm die spielen gegen {} was ist die hauptstadt von denen | katar=QA; ägypten=EG; bahrain=BH
sport | beim biathlon vorne liegt {} welche hauptstadt hat das land | norwegen=NO; schweden=SE; frankreich=FR
sport | bei der darts wm spielt einer aus {} wie heißt da die hauptstadt | niederlande=NL; belgien=BE; schottland=GB-SCT
sport | der ski weltcup ist in {} was ist dort die hauptstadt | slowenien=SI; andorra=AD; schweiz=CH
sport | tischtennis olympia der gegner kommt aus {} was ist die hauptstadt | china=CN; taiwan=TW; südkorea=KR

# Kitchen and the shared flat.
kitchen | ich koche grad was aus {} wie heißt eigentlich die hauptstadt | georgien=GE; äthiopien=ET; vietnam=VN
kitchen | in unserer wg küche streiten wir was ist die hauptstadt von {} | kanada=CA; australien=AU; neuseeland=NZ
kitchen | die gewürze sind aus {} was ist da die hauptstadt | madagaskar=MG; sri lanka=LK; grenada=GD

# Travel, a wedding abroad, exchange students, au pairs, twin towns.
travel | meine cousine heiratet in {} wie heißt die hauptstadt | kroatien=HR; albanien=AL; tunesien=TN
travel | ich mach ein auslandsjahr in {} was ist da die hauptstadt | chile=CL; kolumbien=CO; costa rica=CR
travel | unsere au pair kommt aus {} was ist die hauptstadt ihres landes | ecuador=EC; philippinen=PH; madagaskar=MG
travel | unsere partnerstadt liegt in {} wie heißt die hauptstadt von dem land | ghana=GH; ruanda=RW; namibia=NA
travel | wir sind an silvester in {} ist da die hauptstadt schön wie heißt die | lettland=LV; estland=EE; ungarn=HU

# Fillers, hesitations.
filler-hesitation | ähm also öhm was ist die hauptstadt von {} | dominikanische republik=DO; dominica=DM; haiti=HT
filler-hesitation | na wie war das nochmal die hauptstadt von {} | bahamas=BS; kuba=CU; jamaika=JM
filler-hesitation | moment moment hauptstadt von {} war doch | belize=BZ; guyana=GY; suriname=SR
filler-hesitation | also ich wollte fragen äh ja die hauptstadt von {} | sankt lucia=LC; grenada=GD; antigua und barbuda=AG
filler-hesitation | öhm tja keine ahnung was ist die hauptstadt von {} | gambia=GM; senegal=SN; mauretanien=MR
filler-hesitation | hm hm hm die hauptstadt von {} | guinea-bissau=GW; kap verde=CV; komoren=KM

# German case and genitive.
genitive-case | wie heißt die hauptstadt {} | ungarns=HU; irlands=IE; norwegens=NO
genitive-case | was ist die hauptstadt der {} | mongolei=MN; slowakei=SK; zentralafrikanischen republik=CF
genitive-case | was ist die hauptstadt des {} | tschad=TD; sudan=SD; libanon=LB
genitive-case | welche stadt ist hauptstadt im {} | jemen=YE; irak=IQ; kongo=CD+CG
genitive-case | wie heißt die hauptstadt von den {} | komoren=KM; seychellen=SC; marshallinseln=MH

# Terse keyword forms.
terse-keyword | hauptstadt {} | tschad=TD; niger=NE; gabun=GA
terse-keyword | {} hauptstadt | sambia=ZM; malawi=MW; burundi=BI
terse-keyword | {} hauptstadt bitte | togo=TG; benin=BJ; liberia=LR
terse-keyword | hauptstadt von {} schnell | ruanda=RW; kamerun=CM; angola=AO

# Polite and formal.
polite-formal | würden sie mir bitte sagen wie die hauptstadt von {} lautet | äquatorialguinea=GQ; são tomé und príncipe=ST; dschibuti=DJ
polite-formal | ich hätte gern gewusst welche stadt die hauptstadt von {} ist | sankt kitts und nevis=KN; st vincent und die grenadinen=VC; dominica=DM
polite-formal | wären sie so freundlich mir die hauptstadt von {} zu nennen | brunei=BN; osttimor=TL; papua-neuguinea=PG

# One-shot requests through the invocation name.
one-shot-invocation | frag hauptstädte der welt nach der hauptstadt von {} | sierra leone=SL; mali=ML; guinea=GN
one-shot-invocation | öffne hauptstädte der welt und sag mir die hauptstadt von {} | uruguay=UY; kuba=CU; venezuela=VE
one-shot-invocation | sag hauptstädte der welt ich will die hauptstadt von {} wissen | eritrea=ER; somalia=SO; kenia=KE
one-shot-invocation | starte hauptstädte der welt hauptstadt von {} | kasachstan=KZ; usbekistan=UZ; kirgisistan=KG

# Recognition artefacts.
asr-artifact | was ist die haupt stadt von {} | osterreich=AT; danemark=DK; agypten=EG
asr-artifact | alexa was ist die hauptstadt von {} | aethiopien=ET; tuerkei=TR; suedafrika=ZA
asr-artifact | wie heisst die hauptstadt von {} | grossbritannien=GB; weissrussland=BY; rumaenien=RO
asr-artifact | was ist die hauptstatt von {} | kambodja=KH; zimbabwe=ZW; mozambique=MZ
asr-artifact | hauptstadt von dem land {} | columbien=CO; equador=EC; botswana=BW
asr-artifact | was ist hauptstadt von {} | neu seeland=NZ; saudi arabien=SA; sri lanka=LK
asr-artifact | haupt stadt {} | elfenbein küste=CI; burkina fasso=BF; nord mazedonien=MK
asr-artifact | was ist die haupstadt von {} | tadschikistan=TJ; aserbeidschan=AZ; kyrgyzstan=KG
asr-artifact | wie lautet die hauptstadt vom {} | vatikan=VA; kosovo=XK; oman=OM

# Other places: states, provinces, nations, territories.
subdivision | was ist die landeshauptstadt von {} | hessen=DE-HE; rheinland-pfalz=DE-RP; saarland=DE-SL
subdivision | wie heißt die landeshauptstadt von {} | niedersachsen=DE-NI; schleswig-holstein=DE-SH; thüringen=DE-TH
subdivision | welche stadt ist landeshauptstadt in {} | sachsen-anhalt=DE-ST; brandenburg=DE-BB; bayern=DE-BY
subdivision | landeshauptstadt {} | nordrhein westfalen=DE-NW; baden württemberg=DE-BW; mecklenburg vorpommern=DE-MV
subdivision | was ist die hauptstadt vom bundesstaat {} | texas=US-TX; kalifornien=US-CA; florida=US-FL
subdivision | wie heißt die hauptstadt von {} in den usa | new york=US-NY; illinois=US-IL; pennsylvania=US-PA
subdivision | what's the capital of {} also auf deutsch die hauptstadt | nevada=US-NV; oregon=US-OR; michigan=US-MI
subdivision | hauptstadt der kanadischen provinz {} | ontario=CA-ON; british columbia=CA-BC; alberta=CA-AB
subdivision | was ist die hauptstadt von {} in kanada | quebec=CA-QC; nova scotia=CA-NS; manitoba=CA-MB
subdivision | welche stadt ist hauptstadt von {} in australien | queensland=AU-QLD; victoria=AU-VIC; tasmanien=AU-TAS
subdivision | was ist die hauptstadt vom brasilianischen bundesstaat {} | bahia=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | hauptstadt des indischen bundesstaats {} | kerala=IN-KL; rajasthan=IN-RJ; goa=IN-GA
subdivision | was ist die hauptstadt von {} in mexiko | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | wie heißt die hauptstadt von {} | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
subdivision | was ist denn der hauptort von {} | grönland=GL; den färöern=FO; der isle of man=IM
subdivision | wie heißt die hauptstadt von {} in der karibik | puerto rico=PR; martinique=MQ; curaçao=CW
subdivision | was ist die hauptstadt von {} im pazifik | französisch-polynesien=PF; neukaledonien=NC; guam=GU
subdivision | welche stadt ist die hauptstadt der {} | falklandinseln=FK; kaimaninseln=KY; cookinseln=CK

# Several capitals.
plural-capitals | was sind die hauptstädte von {} | südafrika=ZA; bolivien=BO; malaysia=MY
plural-capitals | welche hauptstädte hat {} | sri lanka=LK; benin=BJ; die elfenbeinküste=CI
plural-capitals | nenn mir beide hauptstädte von {} | eswatini=SZ; den niederlanden=NL; palästina=PS
plural-capitals | ich hab gehört {} hat drei hauptstädte welche sind das | südafrika=ZA
plural-capitals | hat {} wirklich zwei hauptstädte welche | bolivien=BO; holland=NL; malaysia=MY
plural-capitals | sag mir alle hauptstädte von {} | sri lanka=LK; swasiland=SZ; côte d'ivoire=CI
plural-capitals | was sind die zwei hauptstädte von {} | benin=BJ; palästina=PS; jammu und kashmir=IN-JK
plural-capitals | die hauptstädte von {} alle bitte | südafrika=ZA; bolivien=BO; eswatini=SZ

# Follow-ups after an answer.
follow-up | und von {} | armenien=AM; bhutan=BT; fidschi=FJ
follow-up | und was ist mit {} | tonga=TO; nepal=NP; zypern=CY
follow-up | okay und bei {} | brunei=BN; katar=QA; laos=LA
follow-up | jetzt noch {} | belize=BZ; panama=PA; honduras=HN
follow-up | und das gleiche für {} | slowakei=SK; estland=EE; lettland=LV
follow-up | ach so und {} dann | simbabwe=ZW; sambia=ZM; malawi=MW
follow-up | gut und die hauptstadt von {} auch noch | mauritius=MU; seychellen=SC; komoren=KM
follow-up | danke und wie ist es bei {} | myanmar=MM; thailand=TH; vietnam=VN
follow-up | nächstes land {} | tschad=TD; niger=NE; mali=ML
follow-up | und der nachbar {} | paraguay=PY; uruguay=UY; guyana=GY

# Yes/no checks (expected: the place asked about).
yes-no-check | ist {} | zürich die hauptstadt der schweiz=CH; sydney die hauptstadt von australien=AU; istanbul die hauptstadt der türkei=TR
yes-no-check | stimmt es dass {} | rio die hauptstadt von brasilien ist=BR; toronto die hauptstadt von kanada ist=CA; lagos die hauptstadt von nigeria ist=NG
yes-no-check | richtig dass {} | bern die hauptstadt der schweiz ist=CH; canberra die hauptstadt von australien ist=AU; ankara die hauptstadt der türkei ist=TR
yes-no-check | mein sohn meint {} stimmt das | casablanca ist die hauptstadt von marokko=MA; almaty ist die hauptstadt von kasachstan=KZ; dubai ist die hauptstadt der emirate=AE
yes-no-check | war {} oder irre ich mich | bonn mal die hauptstadt von deutschland=DE; rio früher hauptstadt von brasilien=BR; kalkutta mal hauptstadt von indien=IN
yes-no-check | ist die hauptstadt von {} | vietnam hanoi oder saigon=VN; marokko rabat oder casablanca=MA; neuseeland auckland oder wellington=NZ
yes-no-check | heißt die hauptstadt von {} | myanmar noch rangun=MM; nigeria immer noch lagos=NG; tansania daressalam=TZ

# Self-corrections (expected: the place said last).
self-correction | sag mal was ist die hauptstadt von {} | schweden äh nein finnland=FI; österreich quatsch ich meine ungarn=HU; peru nee chile=CL
self-correction | hauptstadt von {} | nigeria oh sorry niger=NE; gambia ich mein sambia=ZM; guinea nein guinea-bissau=GW
self-correction | wie heißt denn die hauptstadt von {} | island äh irland=IE; slowenien nee slowakei=SK; iran warte irak=IQ
self-correction | sag mir die hauptstadt von {} | österreich ach nee australien=AU; kolumbien halt ich meine kambodscha=KH; mali stopp malawi=MW
self-correction | was ist denn die hauptstadt von {} | lettland nein litauen=LT; nordkorea korrektur südkorea=KR; sudan ähm südsudan=SS

# Reverse questions (expected: every place with that capital).
reverse-question | von welchem land ist {} die hauptstadt | ouagadougou=CITY:Ouagadougou; tiflis=CITY:Tiflis; eriwan=CITY:Eriwan
reverse-question | {} ist die hauptstadt von welchem land | baku=CITY:Baku; bischkek=CITY:Bischkek; duschanbe=CITY:Duschanbe
reverse-question | wo liegt {} in welchem land ist das die hauptstadt | taschkent=CITY:Taschkent; vientiane=CITY:Vientiane; thimphu=CITY:Thimphu
reverse-question | welches land hat {} als hauptstadt | maskat=CITY:Maskat; sanaa=CITY:Sanaa; manama=CITY:Manama
reverse-question | {} ist hauptstadt wovon | lilongwe=CITY:Lilongwe; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | zu welchem land gehört die hauptstadt {} | nouakchott=CITY:Nouakchott; bamako=CITY:Bamako; niamey=CITY:Niamey
reverse-question | in welchem land ist {} die hauptstadt | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; paramaribo=CITY:Paramaribo
reverse-question | was für ein land hat die hauptstadt {} | ljubljana=CITY:Ljubljana; podgorica=CITY:Podgorica; skopje=CITY:Skopje
reverse-question | {} hauptstadt von welchem staat | honiara=CITY:Honiara; port moresby=CITY:Port Moresby; apia=CITY:Apia
reverse-question | wessen hauptstadt ist {} | vaduz=CITY:Vaduz; valletta=CITY:Valletta; nikosia=CITY:Nikosia

# Official names.
official-name | weißt du was die hauptstadt der {} ist | bundesrepublik deutschland=DE; republik österreich=AT; schweizerischen eidgenossenschaft=CH
official-name | wie heißt die hauptstadt der {} | französischen republik=FR; italienischen republik=IT; hellenischen republik=GR
official-name | hauptstadt der {} bitte | russischen föderation=RU; volksrepublik china=CN; vereinigten mexikanischen staaten=MX
official-name | was ist eigentlich die hauptstadt des {} | königreichs marokko=MA; fürstentums liechtenstein=LI; großherzogtums luxemburg=LU
official-name | welche stadt ist hauptstadt der {} | vereinigten staaten von amerika=US; tschechischen republik=CZ; slowakischen republik=SK
official-name | die hauptstadt der {} | republik korea=KR; demokratischen volksrepublik korea=KP; islamischen republik iran=IR
official-name | wie lautet die hauptstadt von {} | brunei darussalam=BN; der republik moldau=MD; der demokratischen republik kongo=CD
official-name | ich brauche die hauptstadt der {} | republik kongo=CG; argentinischen republik=AR; portugiesischen republik=PT
official-name | offiziell heißt es {} was ist die hauptstadt | vereinigtes königreich=GB; königreich der niederlande=NL; föderative republik brasilien=BR
official-name | was ist die hauptstadt vom {} | fürstentum monaco=MC; königreich saudi-arabien=SA; staat katar=QA

# Everyday, old and short names.
everyday-name | kurze frage was ist die hauptstadt von {} | amerika=US; den usa=US; england=GB-ENG
everyday-name | hauptstadt von {} eigentlich | holland=NL; weißrussland=BY; der tschechei=CZ
everyday-name | was ist die hauptstadt von den {} | emiraten=AE; staaten=US; kapverden=CV
everyday-name | damals hieß das {} was ist da die hauptstadt | persien=IR; siam=TH; ceylon=LK
everyday-name | früher sagte man {} wie heißt die hauptstadt heute | zaire=CD; birma=MM; abessinien=ET
everyday-name | wie heißt die hauptstadt von {} heute | swasiland=SZ; mazedonien=MK; kirgisien=KG
everyday-name | was ist die hauptstadt von der {} | elfenbeinküste=CI; dr kongo=CD; türkiye=TR
everyday-name | was ist die hauptstadt von {} bei uns sagt man so | großbritannien=GB; osttimor=TL; bosnien=BA
everyday-name | welche stadt ist die hauptstadt von {} | aotearoa=NZ; kongo-brazzaville=CG; kongo-kinshasa=CD

# Names several places share.
shared-name | was ist die hauptstadt von {} | kongo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | hauptstadt {} bitte | kongo=CD+CG; korea=KP+KR; jungferninseln=VG+VI
shared-name | wie heißen die hauptstädte von {} | nord und südkorea=KP+KR; den beiden koreas=KP+KR; den jungferninseln=VG+VI
shared-name | was ist die hauptstadt von {} weißt du das | georgia=GE+US-GA; dem kongo=CD+CG; beiden koreas=KP+KR
"""

LINES += """
# Single sentences.
hessian-palatine | ei gude alexa was is die hauptstadt vun frankreich | FR
hessian-palatine | gude morsche sach mal die hauptstadt von spanien | ES
rhineland | tach wat is die hauptstadt vom kongo | CD+CG
rhineland | jo nä wat weiß ich wie heißt die hauptstadt von italien | IT
saarland | ei joo was is'n die hauptstadt von luxemburg gell | LU
low-german | moin wat is de hauptstadt von dänemark | DK
low-german | na wat is nu die hauptstadt von neuseeland | NZ
lux-liechtenstein | moien merci was ist die hauptstadt von belgien | BE
russian-polish-german | bitte schön sag mir hauptstadt georgien | GE
russian-polish-german | alexa ich frage dich hauptstadt von kasachstan ist astana oder almaty | KZ
english-mix | what is the hauptstadt von deutschland | DE
english-mix | sorry i mean was ist die capital von irland | IE
english-mix | alexa capital of canada auf deutsch bitte | CA
newcomer | ich komme aus syrien was ist die hauptstadt von syrien | SY
newcomer | mein land ist eritrea hauptstadt asmara richtig | ER
care-home | was ist die hauptstadt von portugal ich habe es vergessen | PT
care-home | können sie mir sagen was die hauptstadt von schottland ist | GB-SCT
kita | alexa was ist die hauptstadt von afrika | FB
kita | alexa wo wohnt die königin von england | FB
kita | alexa welche hauptstadt hat frankreich mit dem eiffelturm | FR
teacher-lesson | für die vertretungsstunde brauche ich die hauptstadt von mosambik | MZ
truck-driver | bin auf der a vier richtung polen was ist denn da die hauptstadt | PL
aviation | landeanflug auf abuja das ist doch die hauptstadt von nigeria | NG
gamer | geoguessr sagt ich bin in der hauptstadt von uruguay wie heißt die | UY
tv-quiz | bei jeopardy war die antwort gesucht hauptstadt von ghana | GH
sport | die fußballer aus marokko spielen heute wie heißt die hauptstadt | MA
kitchen | ich mache gerade couscous aus tunesien was ist da die hauptstadt | TN
travel | hochzeitsreise nach sansibar was ist die hauptstadt von tansania | TZ
filler-hesitation | äh ja also was wollt ich äh die hauptstadt von island | IS
genitive-case | was ist die hauptstadt kanadas | CA
genitive-case | hauptstadt der philippinen | PH
genitive-case | was ist die hauptstadt der niederlande | NL
genitive-case | die hauptstadt der vereinigten arabischen emirate | AE
terse-keyword | hauptstadt vanuatu | VU
terse-keyword | hauptstadt kosovo | XK
terse-keyword | hauptstadt palästina | PS
terse-keyword | vatikanstadt hauptstadt | VA
polite-formal | entschuldigen sie bitte welche stadt ist die hauptstadt von haiti | HT
one-shot-invocation | alexa frag hauptstädte der welt was die hauptstadt von chile ist | CL
one-shot-invocation | hauptstädte der welt hauptstadt von japan | JP
asr-artifact | was ist die hauptstadt von kanada kanada | CA
asr-artifact | was ist die hauptstadt von sao tome und principe | ST
asr-artifact | was ist die hauptstadt von st kitts and nevis | KN
asr-artifact | hauptstadt von turks und caicos | TC
asr-artifact | hauptstadt von nordkorea bitte | KP
asr-artifact | hauptstadt von papua neu guinea | PG
asr-artifact | was ist die hauptstadt von pa lau | PW
asr-artifact | was ist die hauptstadt von marshall inseln | MH
asr-artifact | hauptstadt von mikro nesien | FM
subdivision | was ist die hauptstadt von hawaii | US-HI
subdivision | hauptstadt von alaska | US-AK
subdivision | was ist die hauptstadt von kentucky | US-KY
subdivision | hauptstadt von washington dem bundesstaat | US-WA
subdivision | was ist die landeshauptstadt von bayern | DE-BY
subdivision | was ist die hauptstadt von tamil nadu | IN-TN
subdivision | was ist die hauptstadt von maharashtra | IN-MH
subdivision | hauptstadt von westbengalen | IN-WB
subdivision | was ist die hauptstadt von québec | CA-QC
subdivision | hauptstadt von new south wales | AU-NSW
subdivision | was ist die hauptstadt von rio grande do sul | BR-RS
subdivision | was ist die hauptstadt von la réunion | RE
subdivision | hauptstadt von gibraltar | GI
subdivision | was ist die hauptstadt von aruba | AW
subdivision | hauptstadt von neufundland | CA-NL
subdivision | was ist die hauptstadt von bermuda | BM
subdivision | hauptstadt von jersey | JE
subdivision | was ist die hauptstadt von den ålandinseln | AX
subdivision | hauptstadt von spitzbergen | SJ
subdivision | was ist die hauptstadt von westsahara | EH
subdivision | was ist die hauptstadt von nunavut | CA-NU
subdivision | hauptstadt von uttarakhand | IN-UK
plural-capitals | was sind die hauptstädte der niederlande amsterdam und den haag oder | NL
plural-capitals | welche beiden städte sind hauptstädte von palästina | PS
plural-capitals | wie viele und welche hauptstädte hat bolivien | BO
plural-capitals | südafrika hat doch mehrere hauptstädte welche | ZA
plural-capitals | hauptstädte von malaysia | MY
plural-capitals | was sind die hauptstädte von sri lanka | LK
plural-capitals | benin hat doch zwei hauptstädte oder welche sind das | BJ
plural-capitals | was sind die hauptstädte von eswatini | SZ
plural-capitals | die beiden hauptstädte der elfenbeinküste | CI
follow-up | und die von spanien | ES
follow-up | und was ist mit polen | PL
follow-up | und dann noch norwegen bitte | NO
follow-up | weiter mit schweden | SE
follow-up | das nächste ist frankreich | FR
yes-no-check | ist washington die hauptstadt der usa | US
yes-no-check | stimmt es dass die hauptstadt von indien neu-delhi ist | IN
yes-no-check | ist peking noch die hauptstadt von china | CN
yes-no-check | ist kiew die hauptstadt der ukraine | UA
yes-no-check | ist sofia die hauptstadt von bulgarien oder von rumänien | BG
self-correction | hauptstadt von österreich nein entschuldigung von der schweiz | CH
self-correction | was ist die hauptstadt von bolivien ne warte paraguay | PY
self-correction | hauptstadt von kongo ich meine die republik kongo | CG
reverse-question | welches land hat die hauptstadt wien | CITY:Wien
reverse-question | kathmandu ist die hauptstadt von welchem land | CITY:Kathmandu
reverse-question | von welchem land ist canberra die hauptstadt | CITY:Canberra
reverse-question | wovon ist ottawa die hauptstadt | CITY:Ottawa
reverse-question | in welchem land liegt die hauptstadt naypyidaw | CITY:Naypyidaw
reverse-question | welches land hat funafuti als hauptstadt | CITY:Funafuti
reverse-question | von welchem land ist belmopan die hauptstadt | CITY:Belmopan
reverse-question | wo ist gitega hauptstadt | CITY:Gitega
reverse-question | welches land hat dodoma als hauptstadt | CITY:Dodoma
reverse-question | zu welchem land gehört ulan bator | CITY:Ulaanbaatar
reverse-question | welches land hat astana als hauptstadt | CITY:Astana
reverse-question | von welchem bundesland ist mainz die hauptstadt | CITY:Mainz
reverse-question | kigali ist doch eine hauptstadt aber von welchem land | CITY:Kigali
official-name | was ist die hauptstadt der republik türkei | TR
official-name | was ist die hauptstadt vom sultanat oman | OM
official-name | was ist die hauptstadt des staates israel | IL
official-name | was ist die hauptstadt des königreichs thailand | TH
official-name | was ist die hauptstadt der sozialistischen republik vietnam | VN
official-name | was ist die hauptstadt der republik südafrika | ZA
official-name | was ist die hauptstadt vom plurinationalen staat bolivien | BO
official-name | was ist die hauptstadt vom haschemitischen königreich jordanien | JO
official-name | was ist die hauptstadt der libanesischen republik | LB
official-name | was ist die hauptstadt der kirgisischen republik | KG
everyday-name | was ist die hauptstadt von moldawien | MD
everyday-name | was ist die hauptstadt vom vatikan | VA
everyday-name | was ist die hauptstadt von trinidad | TT
everyday-name | was ist die hauptstadt von sankt vincent | VC
everyday-name | was ist die hauptstadt von den vae | AE
everyday-name | was ist die hauptstadt von uk | GB
shared-name | was ist die hauptstadt vom kongo | CD+CG
shared-name | hauptstädte von nord und süd korea | KP+KR
shared-name | wo ist die hauptstadt von georgia | GE+US-GA
shared-name | was ist die hauptstadt von den jungferninseln | VG+VI

# Out of domain: other facts about a named country, capital in other senses, other skills.
out-of-domain | wie viele einwohner hat brasilien | FB
out-of-domain | welche währung hat japan | FB
out-of-domain | welche sprache spricht man in äthiopien | FB
out-of-domain | wie spät ist es gerade in tokio | FB
out-of-domain | wer ist der präsident von frankreich | FB
out-of-domain | was bedeutet das wort kapital | FB
out-of-domain | wer hat das kapital geschrieben | FB
out-of-domain | schreibt man hauptstadt groß oder klein | FB
out-of-domain | was ist die modehauptstadt der welt | FB
out-of-domain | wie groß ist kanada in quadratkilometern | FB
out-of-domain | welche vorwahl hat österreich | FB
out-of-domain | wie wird das wetter morgen in paris | FB
out-of-domain | spiel etwas von helene fischer | FB
out-of-domain | wie hoch ist der mount everest | FB
out-of-domain | was ist die größte stadt der türkei | FB
out-of-domain | wie weit ist es von berlin nach rom | FB
out-of-domain | wie viele länder gibt es in afrika | FB
out-of-domain | was heißt hauptstadt auf englisch | FB
out-of-domain | welche stadt ist dieses jahr kulturhauptstadt europas | FB
out-of-domain | stell einen timer auf zehn minuten | FB
out-of-domain | erzähl mir einen witz | FB
out-of-domain | wann wurde berlin wieder hauptstadt | FB
out-of-domain | welcher fluss fließt durch wien | FB
out-of-domain | wie viele bundesländer hat österreich | FB
out-of-domain | welche länder grenzen an deutschland | FB
out-of-domain | wie heißt die nationalhymne von italien | FB
out-of-domain | welche farben hat die flagge von litauen | FB
out-of-domain | wer regiert gerade in ungarn | FB
out-of-domain | was ist eigentlich eine hauptstadt | FB
out-of-domain | wie viel kapitalertragsteuer zahle ich | FB
out-of-domain | was ist venture capital | FB
out-of-domain | wann fliegt der nächste flieger vom hauptstadtflughafen | FB
out-of-domain | wie viele einwohner hat die hauptstadt von indien | FB
out-of-domain | wie ist das wetter in der hauptstadt von spanien | FB
out-of-domain | was ist das größte land der welt | FB
out-of-domain | welches ist das kleinste land europas | FB
out-of-domain | wo liegt madagaskar | FB
out-of-domain | auf welchem kontinent liegt ägypten | FB
out-of-domain | wie heißt der höchste berg in japan | FB
out-of-domain | wie lange fliegt man nach thailand | FB
out-of-domain | was kostet ein flug nach lissabon | FB
out-of-domain | welche impfungen brauche ich für kenia | FB
out-of-domain | brauche ich ein visum für indien | FB
out-of-domain | wie sagt man danke auf polnisch | FB
out-of-domain | übersetze guten morgen ins spanische | FB
out-of-domain | wer hat die handball wm gewonnen | FB
out-of-domain | wie ist das spiel deutschland gegen norwegen ausgegangen | FB
out-of-domain | wann beginnt der biathlon heute | FB
out-of-domain | setz milch auf die einkaufsliste | FB
out-of-domain | wie lange muss ein ei kochen | FB
out-of-domain | mach das licht im wohnzimmer an | FB
out-of-domain | ruf oma an | FB
out-of-domain | wie viele kalorien hat eine banane | FB
out-of-domain | spiel radio ffh | FB
out-of-domain | lies mir die nachrichten vor | FB
out-of-domain | welcher tag ist heute | FB
out-of-domain | wie alt bist du alexa | FB
out-of-domain | singst du mir ein lied | FB
out-of-domain | wie heißt die hauptstadt von mittelerde | FB
out-of-domain | was ist die hauptstadt von atlantis | FB
out-of-domain | was ist die hauptstadt vom mond | FB
out-of-domain | was ist die hauptstadt von europa | FB
out-of-domain | was ist die hauptstadt von südamerika | FB
out-of-domain | wie viele hauptstädte gibt es auf der welt | FB
out-of-domain | welche hauptstadt liegt am höchsten | FB
out-of-domain | welche hauptstadt ist die älteste der welt | FB
out-of-domain | was ist die nördlichste hauptstadt | FB
out-of-domain | welche hauptstadt hat die meisten einwohner | FB
out-of-domain | wie heißt der bürgermeister von berlin | FB
out-of-domain | wie viele einwohner hat wien | FB
out-of-domain | wie weit ist der mond entfernt | FB
out-of-domain | was ist ein kapitalverbrechen | FB
out-of-domain | was bedeutet kapitalismus | FB
out-of-domain | wie rechnet man das eigenkapital aus | FB
out-of-domain | was heißt großbuchstabe auf englisch | FB
out-of-domain | welche partei regiert in dänemark | FB
out-of-domain | wann ist der nationalfeiertag in frankreich | FB
out-of-domain | wie heißt die währung in der schweiz | FB
out-of-domain | wie ist die zeitverschiebung nach new york | FB
out-of-domain | was isst man typischerweise in georgien | FB
out-of-domain | welche religion hat indonesien | FB
out-of-domain | wie viele inseln haben die philippinen | FB
out-of-domain | welche sprache spricht man in belgien | FB
out-of-domain | wie heißt der längste fluss afrikas | FB
out-of-domain | wer hat die fußball wm zweitausendvierzehn gewonnen | FB
out-of-domain | was läuft heute im hauptstadtstudio | FB
out-of-domain | zeig mir eine landkarte von afrika | FB
out-of-domain | wo ist mein handy | FB
out-of-domain | weck mich morgen um sechs | FB
out-of-domain | was ist der unterschied zwischen holland und den niederlanden | FB
out-of-domain | warum ist bonn nicht mehr hauptstadt | FB
out-of-domain | wie heißt das parlament in island | FB
out-of-domain | wie viele einwohner hat liechtenstein | FB
out-of-domain | welches land hat die meisten nachbarländer | FB
out-of-domain | welche stadt ist die heimliche hauptstadt von deutschland | FB
out-of-domain | was ist die hauptstadt der bratwurst | FB
out-of-domain | welche hauptstadt hatte die ddr | FB
out-of-domain | was ist die hauptstadt von preußen gewesen | FB
out-of-domain | wo liegt die schwäbische alb | FB
out-of-domain | wie viele bundesstaaten haben die usa | FB

# Help.
help | hilfe | HELP
help | was kann ich dich alles fragen | HELP
help | wie funktioniert das hier | HELP
help | ich weiß nicht was ich sagen soll | HELP
help | was kann dieser skill | HELP
help | erklär mir mal wie das geht | HELP
help | gude wie geht des hier | HELP
help | ich brauche hilfe mit hauptstädte der welt | HELP
help | sorry i don't understand wie funktioniert das | HELP
help | was muss ich sagen damit du mir eine hauptstadt nennst | HELP
help | wat kann ich hier machen | HELP
help | wie benutze ich das | HELP
help | kannst du mir helfen | HELP
help | hilf mir bitte ich komm nicht weiter | HELP
help | welche fragen verstehst du | HELP
help | was geht hier alles | HELP
help | zeig mir die befehle | HELP
help | wie war das nochmal mit den fragen | HELP
help | frau schmidt braucht hilfe bei dem spiel | HELP
help | ich kenne mich hiermit nicht aus hilf mir | HELP
help | welche möglichkeiten habe ich hier | HELP
help | hilfe bitte was soll ich tun | HELP

# Stop.
stop | stopp | STOP
stop | stop alexa | STOP
stop | aufhören | STOP
stop | hör auf | STOP
stop | beenden | STOP
stop | beende den skill | STOP
stop | schluss jetzt | STOP
stop | ende | STOP
stop | sei still | STOP
stop | ruhe jetzt | STOP
stop | tschüss alexa | STOP
stop | ich bin fertig tschüss | STOP
stop | das reicht für heute danke | STOP
stop | mach aus | STOP
stop | aus jetzt | STOP
stop | halt stopp | STOP
stop | ich will aufhören | STOP
stop | beende hauptstädte der welt | STOP
stop | gude nacht alexa ich hör auf | STOP
stop | okay das wars tschüss | STOP
stop | feierabend alexa | STOP
stop | genug für heute stopp | STOP

# Cancel.
cancel | abbrechen | CANCEL
cancel | brich ab | CANCEL
cancel | vergiss es | CANCEL
cancel | ach vergiss es | CANCEL
cancel | egal | CANCEL
cancel | schon gut | CANCEL
cancel | nicht so wichtig | CANCEL
cancel | abbruch | CANCEL
cancel | nee doch nicht | CANCEL
cancel | lass mal | CANCEL
cancel | vergiss die frage | CANCEL
cancel | ach nee lass gut sein | CANCEL
cancel | abbrechen bitte | CANCEL
cancel | nee egal lass | CANCEL
cancel | ne vergiss es einfach | CANCEL
cancel | never mind | CANCEL
cancel | ach schon gut ich schau selber nach | CANCEL
cancel | brich das ab | CANCEL
cancel | ich nehm die frage zurück | CANCEL
cancel | nee lass stecken | CANCEL
cancel | ach was egal | CANCEL
cancel | abbrechen das war falsch | CANCEL

# Launch.
launch | hauptstädte der welt | LAUNCH
launch | öffne hauptstädte der welt | LAUNCH
launch | starte hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt starten | LAUNCH
launch | mach hauptstädte der welt auf | LAUNCH
launch | spiel hauptstädte der welt | LAUNCH
launch | ich will hauptstädte der welt spielen | LAUNCH
launch | gude öffne mal hauptstädte der welt | LAUNCH
launch | moin starte bitte hauptstädte der welt | LAUNCH
launch | hauptstädte der welt öffnen bitte | LAUNCH
launch | öffne haupt städte der welt | LAUNCH
launch | starte hauptstädte der welt für meine oma | LAUNCH
launch | lass uns hauptstädte der welt machen | LAUNCH
launch | aktiviere hauptstädte der welt | LAUNCH
launch | öffne den skill hauptstädte der welt | LAUNCH
launch | bitte hauptstädte der welt starten | LAUNCH
launch | tach alexa starte hauptstädte der welt | LAUNCH
"""

LINES += """
# Second batch, after the first build: out of domain, help, stop and cancel lost many lines to earlier rounds, and two
# sovereign countries were not yet asked.
hessian-palatine | ei was is dann die hauptstadt von de zentralafrikanische republik | CF
polite-formal | könnten sie mir bitte die hauptstadt der zentralafrikanischen republik nennen | CF
newcomer | mein kollege kommt aus israel welche stadt ist hauptstadt dort | IL
tv-quiz | bei gefragt gejagt ging es um israel was ist die hauptstadt | IL
hessian-palatine | gude wie is'n des wetter in frankfurt | FB
rhineland | wat kost en kölsch in köln | FB
rhineland | wann ist rosenmontag dieses jahr | FB
low-german | wann ist hochwasser in cuxhaven | FB
saarland | wie weit is es von saarbrücken nach metz | FB
newcomer | wie viele fragen hat der einbürgerungstest | FB
newcomer | wo kann ich den einbürgerungstest machen | FB
care-home | wann gibt es mittagessen | FB
care-home | welchen tag haben wir heute schwester | FB
kita | alexa mach mal pupsgeräusche | FB
kita | alexa wie heißt der hund von paw patrol | FB
teacher-lesson | wie viele schüler passen in einen bus | FB
truck-driver | wo ist der nächste rastplatz | FB
truck-driver | wie ist die verkehrslage auf der a drei | FB
aviation | wie ist das wetter am flughafen frankfurt | FB
gamer | was ist die beste strategie bei risiko | FB
hobby | was ist eine blaue mauritius wert | FB
sport | wie steht es bei bayern gegen dortmund | FB
kitchen | wie lange muss der kuchen in den ofen | FB
travel | wie viel kostet ein zugticket nach prag | FB
english-mix | what's the weather like in berlin | FB
out-of-domain | was ist die hauptstadt des geldes | FB
out-of-domain | welches land hat die schönste hauptstadt | FB
out-of-domain | welche hauptstadt würdest du mir empfehlen | FB
out-of-domain | was bedeutet hauptstadtzulage | FB
out-of-domain | was verdient ein kapitän | FB
out-of-domain | wie viele menschen leben in der schweiz | FB
out-of-domain | was ist die amtssprache in namibia | FB
out-of-domain | welche zeitzone hat brasilien | FB
out-of-domain | welches ist das reichste land der welt | FB
out-of-domain | wann ist indien unabhängig geworden | FB
out-of-domain | wie heißt der könig von schweden | FB
out-of-domain | wer ist der kanzler von österreich | FB
out-of-domain | wie viele sterne hat die flagge der usa | FB
out-of-domain | was ist das nationalgericht von ungarn | FB
out-of-domain | welche landesvorwahl ist null null vier drei | FB
out-of-domain | wie heißt die größte stadt australiens | FB
out-of-domain | wo ist die hauptstraße | FB
out-of-domain | zeig mir fotos von rom | FB
out-of-domain | spiel die nationalhymne von brasilien | FB
out-of-domain | wie schreibt man reykjavík | FB
out-of-domain | welche stadt war vor berlin hauptstadt von deutschland | FB
out-of-domain | warum ist canberra hauptstadt und nicht sydney | FB
out-of-domain | wie viele einwohner hat die hauptstadt von nigeria | FB
out-of-domain | was kann man in der hauptstadt von portugal besichtigen | FB
out-of-domain | ist bern eine schöne stadt | FB
out-of-domain | wer hat die meisten hauptstädte besucht | FB
out-of-domain | was ist ein kapitaler hirsch | FB
out-of-domain | buchstabiere hauptstadt | FB
out-of-domain | wie heißen die sieben kontinente | FB
out-of-domain | was ist die währung von kroatien seit dem euro | FB
stop | hör jetzt auf bitte | STOP
stop | stopp stopp stopp | STOP
stop | alexa aus | STOP
stop | alexa halt die klappe | STOP
stop | ich will nicht mehr spielen | STOP
stop | beende das spiel | STOP
stop | skill beenden | STOP
stop | jetzt ist schluss | STOP
stop | tschö alexa | STOP
stop | ade alexa ich geh schlafen | STOP
stop | na dann tschüss | STOP
stop | ruhe bitte | STOP
stop | gude nacht mach aus | STOP
stop | servus und aus | STOP
cancel | abbrechen abbrechen | CANCEL
cancel | ach nein doch nicht vergiss es | CANCEL
cancel | lass es bleiben | CANCEL
cancel | vergiss was ich gesagt habe | CANCEL
cancel | ne ne egal | CANCEL
cancel | cancel | CANCEL
cancel | nä lass ma | CANCEL
cancel | ach lass mal gut sein | CANCEL
cancel | hat sich erledigt | CANCEL
cancel | hat sich schon erledigt danke | CANCEL
cancel | schon gut ich weiß es wieder | CANCEL
cancel | vergiss es ich frag meinen sohn | CANCEL
cancel | ach egal vergiss die hauptstadt | CANCEL
cancel | abbrechen ich hab mich vertan | CANCEL
help | ich verstehe das spiel nicht | HELP
help | was soll ich jetzt machen | HELP
help | wie geht das mit den hauptstädten | HELP
help | erklär mir das spiel bitte | HELP
help | hilfe ich weiß nicht weiter | HELP
help | help me please wie geht das | HELP
help | wie kann ich dich nach einer hauptstadt fragen | HELP
help | was kann man hier fragen | HELP
help | gibt es eine anleitung | HELP
help | ei wie geht des dann | HELP
"""

if __name__ == "__main__":
    build_round(20, "de", LINES, sys.argv, "tests/Eval/de/round20/source/build_corpus.py")
