"""Round 19, German (de-DE): a new author's own mix, written blind. Speakers: the Ruhr ("wat", "dat", "getz", "boah",
"ey", "woll"), Berlin ("icke", "det", "wa", "keene ahnung"), Bavaria and Franconia ("servus", "sag amoi", "gell",
"fei"), Swabia ("isch", "ha noi", "gell", "des"), Saxony ("nu", "ni", "gelle"), Hamburg and the north coast ("moin moin",
"nich", "man"), Austrians ("baba", "na", "leiwand", "schau") and Swiss ("grüezi", "gäll", "merci vielmal") speaking to a
German Echo, learners of German (word order, articles, "wie sagt man"), children (school, first questions), elders (Sie,
old words), people at work mixing English words ("kurz checken", "update", "meeting", "sorry"). Situations: homework and
tests, Stadt Land Fluss and quiz nights, travel planning and the car, the kitchen, the news and sport (Bundesliga
away games, the Olympics, the Tour de France, the song contest). Plus fillers ("äh", "ähm", "also", "sag mal", "mal"),
self-corrections, follow-ups, checks, reverse questions, case and genitive forms, terse keyword forms and what de-DE
recognition writes: lost umlauts as "ae"/"oe"/"ue" or the plain vowel, "ss" for ß, compounds split or joined, numbers
as words.
`python3 tests/Eval/de/round19/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 19's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, neutral register.
plain-question | was ist die hauptstadt des landes {} | eritrea=ER; gambia=GM; suriname=SR
plain-question | welche stadt ist die hauptstadt von {} eigentlich | kasachstan=KZ; oman=OM; jemen=YE
plain-question | nenn mir die hauptstadt von {} | paraguay=PY; honduras=HN; kuwait=KW
plain-question | hauptstadt von {} wie heißt die | tuvalu=TV; nauru=NR; palau=PW
plain-question | ich möchte die hauptstadt von {} wissen | kiribati=KI; mikronesien=FM; vanuatu=VU

# Fillers and hesitations before and inside the question.
filler-hesitation | äh was ist äh die hauptstadt von {} | mauretanien=MR; tschad=TD; niger=NE
filler-hesitation | ähm also die hauptstadt von {} was ist das nochmal | sambia=ZM; malawi=MW; burundi=BI
filler-hesitation | also sag mal wie heißt die hauptstadt von {} | lesotho=LS; botsuana=BW; namibia=NA
filler-hesitation | hm wie war das nochmal mit {} die hauptstadt | laos=LA; kambodscha=KH; myanmar=MM
filler-hesitation | ja also äh ich wollte fragen was die hauptstadt von {} ist | usbekistan=UZ; tadschikistan=TJ; turkmenistan=TM

# Casual du with "mal", "denn", "eben".
casual-du | sag mal schnell was die hauptstadt von {} ist | kroatien=HR; slowenien=SI; serbien=RS
casual-du | du weißt doch bestimmt die hauptstadt von {} oder | neuseeland=NZ; island=IS; irland=IE
casual-du | erzähl mal was ist denn die hauptstadt von {} | kolumbien=CO; venezuela=VE; ecuador=EC
casual-du | hau mal die hauptstadt von {} raus | peru=PE; chile=CL; uruguay=UY

# The polite Sie, the way elders and some adults address the Echo.
formal-sie | können sie mir bitte die hauptstadt von {} nennen | dänemark=DK; norwegen=NO; finnland=FI
formal-sie | würden sie mir freundlicherweise sagen wie die hauptstadt von {} lautet | belgien=BE; luxemburg=LU; schweiz=CH
formal-sie | ich hätte eine frage an sie welche stadt ist die hauptstadt von {} | tansania=TZ; kenia=KE; uganda=UG
formal-sie | verzeihung wissen sie zufällig was die hauptstadt von {} ist | jordanien=JO; libanon=LB; syrien=SY

# Elders: their words, their memories.
elderly | früher hat man das in der schule gelernt heute weiß ich es nicht mehr was ist die hauptstadt von {} | polen=PL; ungarn=HU; rumänien=RO
elderly | mein gedächtnis lässt nach wie hieß gleich die hauptstadt von {} | portugal=PT; griechenland=GR; spanien=ES
elderly | liebe alexa sei so nett und sag mir die hauptstadt von {} | italien=IT; frankreich=FR; österreich=AT
elderly | ich war neunzehnhundertsiebzig mal in {} wie hieß da die hauptstadt | tunesien=TN; marokko=MA; algerien=DZ

# The Ruhr.
ruhr | boah ey wat is denn die hauptstadt von {} | ghana=GH; nigeria=NG; kamerun=CM
ruhr | sach ma getz wie heißt dat nochmal die hauptstadt von {} | litauen=LT; lettland=LV; estland=EE
ruhr | wat is die hauptstadt von {} weißte dat | bulgarien=BG; albanien=AL; nordmazedonien=MK

# Berlin.
berlin | wat is'n die hauptstadt von {} | kuba=CU; jamaika=JM; haiti=HT
berlin | icke wollt mal wissen wat die hauptstadt von {} is | mongolei=MN; nepal=NP; bhutan=BT
berlin | keene ahnung wie die hauptstadt von {} heißt sag du mal | madagaskar=MG; mauritius=MU; seychellen=SC

# Bavaria and Franconia.
bavarian | servus alexa sag amal was die hauptstadt von {} is | tschechien=CZ; slowakei=SK; ungarn=HU
bavarian | was is denn jetzt die hauptstadt von {} gell | liechtenstein=LI; andorra=AD; san marino=SM
bavarian | du sag fei mal die hauptstadt von {} | monaco=MC; malta=MT; zypern=CY

# Swabia.
swabian | ha noi was isch jetzt die hauptstadt von {} | georgien=GE; armenien=AM; aserbaidschan=AZ
swabian | weißt du des was die hauptstadt von {} isch | äthiopien=ET; somalia=SO; dschibuti=DJ
swabian | sag amal wie die hauptstadt von {} heißt gell | ruanda=RW; angola=AO; mosambik=MZ

# Saxony.
saxon | nu sag mal was is'n die hauptstadt von {} | belarus=BY; ukraine=UA; moldawien=MD
saxon | das weiß ich ni was is die hauptstadt von {} | vietnam=VN; thailand=TH; indonesien=ID

# Hamburg and the north coast.
northern | moin moin was ist die hauptstadt von {} | schweden=SE; grönland=GL; norwegen=NO
northern | sach mal was is die hauptstadt von {} nich | estland=EE; finnland=FI; island=IS

# Austrians talking to a German Echo.
austrian | na sag mir die hauptstadt von {} | bosnien und herzegowina=BA; montenegro=ME; kosovo=XK
austrian | schau alexa was ist denn die hauptstadt von {} | slowenien=SI; kroatien=HR; serbien=RS
austrian | geh bitte die hauptstadt von {} weißt du die | ägypten=EG; libyen=LY; sudan=SD

# Swiss speakers, Standard German with Swiss words.
swiss | grüezi alexa wie heisst die hauptstadt von {} | liechtenstein=LI; frankreich=FR; italien=IT
swiss | was ist die hauptstadt von {} gäll du weisst das | kanada=CA; australien=AU; japan=JP
swiss | merci vielmal und jetzt noch die hauptstadt von {} | argentinien=AR; brasilien=BR; mexiko=MX

# Learners of German: word order, missing or wrong articles, asking how to say it.
learner | bitte was ist hauptstadt in {} | pakistan=PK; bangladesch=BD; afghanistan=AF
learner | ich will wissen die hauptstadt von {} | saudi-arabien=SA; katar=QA; bahrain=BH
learner | wie sagt man die hauptstadt von {} auf deutsch | china=CN; indien=IN; japan=JP
learner | entschuldigung ich lerne deutsch wo ist hauptstadt von {} | senegal=SN; mali=ML; guinea=GN

# Children.
child | alexa ich bin sieben was ist die hauptstadt von {} | ägypten=EG; brasilien=BR; kanada=CA
child | meine lehrerin hat gefragt was die hauptstadt von {} ist | kenia=KE; peru=PE; norwegen=NO
child | alexa in welcher hauptstadt wohnt der präsident von {} | frankreich=FR; amerika=US; russland=RU
child | papa weiß es nicht alexa was ist die hauptstadt von {} | australien=AU; china=CN; mexiko=MX

# Homework and school tests.
homework | ich lerne für die erdkunde arbeit was ist die hauptstadt von {} | nicaragua=NI; el salvador=SV; guatemala=GT
homework | aufgabe drei in erdkunde welche hauptstadt hat {} | costa rica=CR; panama=PA; belize=BZ
homework | wir müssen bis morgen die hauptstädte von afrika können was ist die von {} | sierra leone=SL; liberia=LR; togo=TG
homework | hilf mir bei den hausaufgaben wie heißt die hauptstadt von {} | guyana=GY; bolivien=BO; paraguay=PY

# Stadt Land Fluss and quiz nights.
quiz-game | wir spielen stadt land fluss ist die hauptstadt von {} eine stadt mit k | kenia=KE; nepal=NP; sudan=SD
quiz-game | beim pubquiz war die frage hauptstadt von {} was wäre richtig gewesen | tonga=TO; samoa=WS; fidschi=FJ
quiz-game | frage nummer zwölf was ist die hauptstadt von {} | gabun=GA; äquatorialguinea=GQ; guinea-bissau=GW
quiz-game | wir haben gewettet was die hauptstadt von {} ist wer hat recht | kanada=CA; australien=AU; brasilien=BR

# Travel planning.
travel | wir fliegen in zwei wochen nach {} was ist da die hauptstadt | vietnam=VN; kambodscha=KH; laos=LA
travel | ich buche gerade einen flug nach {} welche stadt ist denn da die hauptstadt | jordanien=JO; oman=OM; katar=QA
travel | für unsere weltreise wie heißt die hauptstadt von {} | neuseeland=NZ; fidschi=FJ; peru=PE

# In the car.
driving | ich sitz im auto und frag mich gerade was die hauptstadt von {} ist | dänemark=DK; polen=PL; tschechien=CZ
driving | die kinder fragen von hinten was ist die hauptstadt von {} | schweden=SE; italien=IT; spanien=ES
driving | wir stehen im stau und raten was ist die hauptstadt von {} | belgien=BE; frankreich=FR; kroatien=HR

# In the kitchen.
cooking | ich mach gerade {} sag mal wie heißt die hauptstadt dort | gulasch aus ungarn=HU; paella aus spanien=ES; pho aus vietnam=VN
cooking | die hände sind voller mehl was ist die hauptstadt von {} | marokko=MA; libanon=LB; griechenland=GR

# The news and sport.
news-sport | in den nachrichten kam gerade {} welche stadt ist dort die hauptstadt | sudan=SD; jemen=YE; niger=NE
news-sport | die bundesliga hat ein spiel in {} wie heißt da die hauptstadt | usa=US; china=CN; saudi-arabien=SA
news-sport | die tour de france startet dieses jahr in {} was ist deren hauptstadt | dänemark=DK; spanien=ES; italien=IT
news-sport | bei olympia hat gerade {} gold geholt wie heißt die hauptstadt von denen | jamaika=JM; kenia=KE; äthiopien=ET
news-sport | beim eurovision song contest hat {} zwölf punkte bekommen was ist deren hauptstadt | schweden=SE; ukraine=UA; finnland=FI

# Office and everyday German with English words.
english-loanword | kurz checken was ist die hauptstadt von {} | singapur=SG; malaysia=MY; philippinen=PH
english-loanword | ich hab gleich ein meeting mit leuten aus {} sorry was ist die hauptstadt | brasilien=BR; indien=IN; nigeria=NG
english-loanword | okay alexa quick update was ist die capital von {} | kenia=KE; kanada=CA; schweden=SE
english-loanword | kannst du mal googeln was die hauptstadt von {} ist | kolumbien=CO; ecuador=EC; chile=CL

# German case and the genitive.
case-genitive | was ist die hauptstadt {} | polens=PL; irlands=IE; ungarns=HU
case-genitive | die hauptstadt der {} wie heißt die | vereinigten arabischen emirate=AE; malediven=MV; komoren=KM
case-genitive | was ist die hauptstadt vom {} | iran=IR; irak=IQ; kongo=CD+CG
case-genitive | {} hauptstadt heißt wie | perus=PE; nepals=NP; kubas=CU
case-genitive | wie heißt die hauptstadt in der {} | türkei=TR; ukraine=UA; slowakei=SK

# Terse keyword forms.
terse | hauptstadt {} | mali=ML; laos=LA; chile=CL
terse | {} hauptstadt | kenia=KE; togo=TG; bhutan=BT
terse | hauptstadt von {} bitte | benin=BJ; eritrea=ER; tuvalu=TV

# Words after the question.
trailing-words | was ist die hauptstadt von {} danke schön | uruguay=UY; argentinien=AR; belize=BZ
trailing-words | wie heißt die hauptstadt von {} weißt du das | timor-leste=TL; brunei=BN; singapur=SG
trailing-words | die hauptstadt von {} ist was oder | mosambik=MZ; simbabwe=ZW; sambia=ZM

# What de-DE recognition writes: umlauts lost or spelled out, ss for ß, split or joined compounds.
asr-artefact | was ist die haupt stadt von {} | ecuador=EC; bolivien=BO; venezuela=VE
asr-artefact | was is die hauptstadt von {} | aegypten=EG; daenemark=DK; oesterreich=AT
asr-artefact | wie heisst die hauptstadt von {} | tuerkei=TR; rumanien=RO; grossbritannien=GB
asr-artefact | hauptstadt von {} was ist das | neu seeland=NZ; saudiarabien=SA; nord korea=KP
asr-artefact | was ist die hauptstadt von {} nochmal | srilanka=LK; costarica=CR; bosnien herzegowina=BA
asr-artefact | die hauptstadt von {} bitte | weissrussland=BY; aethiopien=ET; sued korea=KR
asr-artefact | wie heißt die hauptstadt von {} | kirgistan=KG; tadschikistan=TJ; usbekistan=UZ
asr-artefact | was ist die hauptstadt von papua neu guinea | PG
asr-artefact | was ist die hauptstadt von den philipinen | PH

# One-shot requests through the invocation name.
one-shot | frag hauptstädte der welt was die hauptstadt von {} ist | nauru=NR; palau=PW; kiribati=KI
one-shot | sag hauptstädte der welt ich will die hauptstadt von {} wissen | mikronesien=FM; marshallinseln=MH; salomonen=SB
one-shot | öffne haupt städte der welt und sag mir die hauptstadt von {} | cabo verde=CV; são tomé und príncipe=ST; komoren=KM

# Follow-ups after an answer.
follow-up | und von {} | ghana=GH; togo=TG; benin=BJ
follow-up | okay und wie sieht's mit {} aus | kamerun=CM; gabun=GA; tschad=TD
follow-up | und was ist mit {} | nepal=NP; bhutan=BT; bangladesch=BD
follow-up | gut und jetzt noch {} | liberia=LR; guinea=GN; gambia=GM
follow-up | und die von {} | lettland=LV; litauen=LT; estland=EE
follow-up | jetzt {} | katar=QA; kuwait=KW; bahrain=BH
follow-up | aha und bei {} | ruanda=RW; burundi=BI; uganda=UG

# Self-corrections: the place said last.
self-correction | was ist die hauptstadt von schweden äh nein ich meine von norwegen | NO
self-correction | hauptstadt von österreich quatsch von der schweiz | CH
self-correction | wie heißt die hauptstadt von slowenien nee warte slowakei | SK
self-correction | was ist die hauptstadt von nigeria ach nee niger meine ich | NE
self-correction | sag mir die hauptstadt von guinea äh guinea-bissau | GW
self-correction | die hauptstadt von island nein sorry irland | IE
self-correction | was ist die hauptstadt von kolumbien oder besser gesagt von kuba | CU
self-correction | hauptstadt von lettland ähm litauen | LT
self-correction | was ist die hauptstadt von iran äh irak mein ich | IQ
self-correction | wie heißt die hauptstadt von australien also nicht australien sondern österreich | AT
self-correction | was ist die hauptstadt von paraguay moment ich meinte uruguay | UY
self-correction | sag mal die hauptstadt von mali nee mauritius | MU
self-correction | die hauptstadt von armenien stopp albanien meinte ich | AL
self-correction | was ist die hauptstadt von gambia ne sambia | ZM

# Checks: the place asked about.
yes-no-check | ist {} | bern die hauptstadt der schweiz=CH; zürich die hauptstadt der schweiz=CH; sydney die hauptstadt von australien=AU
yes-no-check | stimmt es dass {} | canberra die hauptstadt von australien ist=AU; istanbul die hauptstadt der türkei ist=TR; rio die hauptstadt von brasilien ist=BR
yes-no-check | ich hab gehört {} stimmt das | lagos sei die hauptstadt von nigeria=NG; almaty sei die hauptstadt von kasachstan=KZ; yangon sei die hauptstadt von myanmar=MM
yes-no-check | {} oder | toronto ist doch die hauptstadt von kanada=CA; casablanca ist die hauptstadt von marokko=MA; dubai ist die hauptstadt der emirate=AE
yes-no-check | ist die hauptstadt von {} | neuseeland auckland=NZ; vietnam ho chi minh stadt=VN; tansania daressalam=TZ
yes-no-check | mein sohn sagt {} hat er recht | bonn ist die hauptstadt von deutschland=DE; genf ist die hauptstadt der schweiz=CH; krakau ist die hauptstadt von polen=PL
yes-no-check | heißt die hauptstadt von bolivien wirklich sucre | BO
yes-no-check | ist new york die hauptstadt von amerika | US

# Reverse questions: which place has this capital.
reverse-question | von welchem land ist {} die hauptstadt | ouagadougou=CITY:Ouagadougou; windhuk=CITY:Windhoek; bischkek=CITY:Bischkek
reverse-question | {} ist die hauptstadt von welchem land | tiflis=CITY:Tiflis; eriwan=CITY:Eriwan; baku=CITY:Baku
reverse-question | zu welchem land gehört die hauptstadt {} | nairobi=CITY:Nairobi; kigali=CITY:Kigali; lusaka=CITY:Lusaka
reverse-question | welches land hat {} als hauptstadt | montevideo=CITY:Montevideo; caracas=CITY:Caracas; quito=CITY:Quito
reverse-question | ich hab im radio {} gehört wovon ist das die hauptstadt | ulan bator=CITY:Ulaanbaatar; taschkent=CITY:Taschkent; duschanbe=CITY:Duschanbe
reverse-question | {} ist hauptstadt wovon | reykjavik=CITY:Reykjavík; helsinki=CITY:Helsinki; vilnius=CITY:Vilnius
reverse-question | was ist das für ein land mit der hauptstadt {} | canberra=CITY:Canberra; wellington=CITY:Wellington; ottawa=CITY:Ottawa
reverse-question | wessen hauptstadt ist {} | stuttgart=CITY:Stuttgart; wiesbaden=CITY:Wiesbaden; schwerin=CITY:Schwerin

# Official long names.
official-name | wie lautet die hauptstadt {} | des fürstentums liechtenstein=LI; des großherzogtums luxemburg=LU; des sultanats oman=OM
official-name | wie heißt die hauptstadt der {} | islamischen republik iran=IR; arabischen republik ägypten=EG; föderativen republik brasilien=BR
official-name | was ist die hauptstadt von der {} | volksrepublik china=CN; russischen föderation=RU; schweizerischen eidgenossenschaft=CH
official-name | hauptstadt vom {} | königreich marokko=MA; königreich thailand=TH; königreich saudi-arabien=SA
official-name | die hauptstadt der {} bitte | vereinigten republik tansania=TZ; demokratischen volksrepublik korea=KP; republik korea=KR
official-name | was ist die hauptstadt der {} | bundesrepublik nigeria=NG; hellenischen republik=GR; vereinigten mexikanischen staaten=MX
official-name | wie heißt die hauptstadt vom haschemitischen königreich jordanien | JO
official-name | was ist die hauptstadt des plurinationalen staates bolivien | BO
official-name | hauptstadt der demokratischen republik kongo | CD
official-name | was ist die hauptstadt der republik kongo | CG

# Everyday, old and colloquial names.
everyday-name | was war gleich die hauptstadt von {} | holland=NL; persien=IR; birma=MM
everyday-name | wie hieß noch die hauptstadt von {} | weißrussland=BY; swasiland=SZ; abessinien=ET
everyday-name | früher hieß es {} was ist da die hauptstadt | ceylon=LK; siam=TH; zaire=CD
everyday-name | was ist noch mal die hauptstadt der {} | tschechei=CZ; elfenbeinküste=CI; kapverden=CV
everyday-name | sag mir doch bitte die hauptstadt von {} | england=GB-ENG; großbritannien=GB; amerika=US
everyday-name | die hauptstadt von {} bitte schnell | den emiraten=AE; osttimor=TL; mazedonien=MK
everyday-name | was ist die hauptstadt von den {} | staaten=US; usa=US; vae=AE
everyday-name | wie heißt die hauptstadt vom {} | vatikan=VA; kongo brazzaville=CG
everyday-name | was ist die hauptstadt von der dr kongo | CD

# Names several places share, and their look-alikes.
shared-name | was ist denn die hauptstadt von {} | kongo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | wie heißt eigentlich die hauptstadt der {} | jungferninseln=VG+VI; beiden koreas=KP+KR; beiden kongos=CD+CG
shared-name | sag mir die hauptstadt von {} | nord und südkorea=KP+KR; georgien=GE; guinea=GN
shared-name | hauptstadt von {} gesucht | äquatorial guinea=GQ; nigeria=NG; südsudan=SS
shared-name | was ist bitte die hauptstadt der {} | dominikanischen republik=DO; amerikanischen jungferninseln=VI; britischen jungferninseln=VG
shared-name | wie heißt die hauptstadt von {} ich verwechsle das immer | dominica=DM; niger=NE; sudan=SD

# Several capitals, asked in the plural.
plural-capitals | welche hauptstädte hat {} | südafrika=ZA; bolivien=BO; malaysia=MY
plural-capitals | wie heißen die hauptstädte von {} | den niederlanden=NL; sri lanka=LK; benin=BJ
plural-capitals | {} hat doch mehrere hauptstädte welche sind das | eswatini=SZ; die elfenbeinküste=CI; palästina=PS
plural-capitals | wie viele hauptstädte hat {} | südafrika=ZA; bolivien=BO; sri lanka=LK
plural-capitals | nenn mir alle hauptstädte von {} | benin=BJ; malaysia=MY; holland=NL
plural-capitals | was sind die zwei hauptstädte von {} | eswatini=SZ; palästina=PS; côte d'ivoire=CI
plural-capitals | südafrika hat ja drei hauptstädte wie heißen die | ZA
plural-capitals | welche hauptstädte hat jammu und kashmir | IN-JK
plural-capitals | wie heißen die beiden hauptstädte von uttarakhand | IN-UK

# States, provinces, UK nations.
subdivision | was ist die landeshauptstadt von {} | bayern=DE-BY; hessen=DE-HE; niedersachsen=DE-NI
subdivision | wie heißt die landeshauptstadt von {} | nordrhein westfalen=DE-NW; saarland=DE-SL; sachsen anhalt=DE-ST
subdivision | welche stadt ist hauptstadt von {} | mecklenburg vorpommern=DE-MV; schleswig holstein=DE-SH; rheinland pfalz=DE-RP
subdivision | was ist die hauptstadt vom bundesland {} | brandenburg=DE-BB; thüringen=DE-TH; sachsen=DE-SN
subdivision | was ist die hauptstadt des bundesstaats {} | kalifornien=US-CA; texas=US-TX; florida=US-FL
subdivision | wie heißt die hauptstadt von {} in amerika | new york=US-NY; illinois=US-IL; nevada=US-NV
subdivision | was ist die hauptstadt der kanadischen provinz {} | ontario=CA-ON; alberta=CA-AB; québec=CA-QC
subdivision | was ist die hauptstadt von {} in australien | queensland=AU-QLD; tasmanien=AU-TAS; western australia=AU-WA
subdivision | und was ist die hauptstadt von {} | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
subdivision | wie heißt die hauptstadt vom indischen bundesstaat {} | kerala=IN-KL; rajasthan=IN-RJ; maharashtra=IN-MH
subdivision | was ist die hauptstadt vom brasilianischen bundesstaat {} | bahia=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | was ist die hauptstadt vom mexikanischen bundesstaat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX

# Territories and dependencies.
territory | kennst du die hauptstadt von {} | puerto rico=PR; guam=GU; bermuda=BM
territory | weißt du wie die hauptstadt der {} heißt | färöer=FO; falklandinseln=FK; kaimaninseln=KY
territory | was ist die hauptstadt von {} eigentlich | grönland=GL; gibraltar=GI; neukaledonien=NC
territory | welche stadt ist die hauptstadt von {} | französisch-polynesien=PF; réunion=RE; martinique=MQ
territory | hauptstadt von {} | aruba=AW; curaçao=CW; isle of man=IM

# Starting the skill.
launch | öffne hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt bitte | LAUNCH
launch | hauptstädte der welt öffnen | LAUNCH
launch | ich möchte hauptstädte der welt spielen | LAUNCH
launch | mach mal hauptstädte der welt an | LAUNCH
launch | alexa haupt städte der welt starten | LAUNCH
launch | los geht's mit hauptstädte der welt | LAUNCH
launch | spiel hauptstädte der welt | LAUNCH
launch | alexa öffne bitte das hauptstädte der welt quiz | LAUNCH
launch | starte mal den skill hauptstädte der welt | LAUNCH

# Help.
help | hilfe | HELP
help | hilf mir mal bitte | HELP
help | wie funktioniert das hier | HELP
help | was kann ich dich denn alles fragen | HELP
help | was muss ich sagen | HELP
help | ich versteh das nicht was soll ich machen | HELP
help | erklär mir mal wie das geht | HELP
help | welche fragen kann ich stellen | HELP
help | was kann dieser skill | HELP
help | ich brauch hilfe | HELP
help | wie benutze ich das | HELP
help | kannst du mir erklären was ich hier tun kann | HELP
help | äh was geht hier überhaupt | HELP
help | wie war das nochmal mit der bedienung | HELP
help | ich weiß nicht was ich fragen soll | HELP
help | gib mir mal ein beispiel was ich sagen kann | HELP
help | hilfe wie geht das | HELP
help | was sind die möglichkeiten | HELP
help | ich komm nicht klar hilf mir | HELP
help | kannst du mir sagen wie das funktioniert | HELP
help | was mach ich jetzt | HELP
help | sag mir was du kannst | HELP

# Stop.
stop | stopp | STOP
stop | stopp alexa | STOP
stop | hör auf | STOP
stop | hör jetzt auf | STOP
stop | aufhören | STOP
stop | beenden | STOP
stop | beende den skill | STOP
stop | sei still | STOP
stop | ruhe jetzt | STOP
stop | schluss | STOP
stop | schluss jetzt | STOP
stop | das reicht | STOP
stop | das reicht für heute | STOP
stop | ende | STOP
stop | aus | STOP
stop | alexa aus | STOP
stop | halt stopp | STOP
stop | ich will aufhören | STOP
stop | jetzt ist aber gut hör auf | STOP
stop | genug jetzt | STOP
stop | mach aus | STOP
stop | beende hauptstädte der welt | STOP
stop | halt die klappe | STOP
stop | stopp das reicht mir | STOP
stop | ich hab keine lust mehr beenden | STOP

# Cancel.
cancel | abbrechen | CANCEL
cancel | abbruch | CANCEL
cancel | vergiss es | CANCEL
cancel | ach vergiss es einfach | CANCEL
cancel | egal | CANCEL
cancel | ach egal | CANCEL
cancel | schon gut | CANCEL
cancel | lass gut sein | CANCEL
cancel | nicht so wichtig | CANCEL
cancel | lass mal | CANCEL
cancel | nee doch nicht | CANCEL
cancel | doch nicht | CANCEL
cancel | hat sich erledigt | CANCEL
cancel | bitte abbrechen | CANCEL
cancel | kannst du das abbrechen | CANCEL
cancel | brich ab | CANCEL
cancel | abbrechen bitte | CANCEL
cancel | vergiss die frage | CANCEL
cancel | ne lass mal stecken | CANCEL
cancel | ist egal vergiss es | CANCEL
cancel | abbrechen alexa | CANCEL
cancel | nein abbrechen | CANCEL
cancel | ach lass es | CANCEL
cancel | schon okay vergiss es | CANCEL
cancel | nee lass gut sein | CANCEL

# Not capital questions: other facts about a country, other senses of Hauptstadt, planets, chit-chat, home requests.
out-of-domain | wie viele einwohner hat {} | peru=FB; österreich=FB; kanada=FB
out-of-domain | welche sprache spricht man in {} | brasilien=FB; belgien=FB; marokko=FB
out-of-domain | welche währung hat {} | ungarn=FB; polen=FB; die schweiz=FB
out-of-domain | wer ist der präsident von {} | frankreich=FB; brasilien=FB; kenia=FB
out-of-domain | wie ist das wetter in {} | wien=FB; paris=FB; madrid=FB
out-of-domain | wie spät ist es in {} | tokio=FB; new york=FB; sydney=FB
out-of-domain | wie weit ist es von berlin nach {} | rom=FB; prag=FB; warschau=FB
out-of-domain | was ist der längste fluss der welt | FB
out-of-domain | wie hoch ist die zugspitze | FB
out-of-domain | welche stadt ist die fahrradhauptstadt von deutschland | FB
out-of-domain | was ist das größte land der welt | FB
out-of-domain | wie groß ist der mars | FB
out-of-domain | hat der mond eine hauptstadt | FB
out-of-domain | welcher planet ist der sonne am nächsten | FB
out-of-domain | stell einen timer auf zehn minuten | FB
out-of-domain | spiel musik von helene fischer | FB
out-of-domain | mach das licht im wohnzimmer an | FB
out-of-domain | erzähl mir einen witz | FB
out-of-domain | wie geht's dir alexa | FB
out-of-domain | wer hat gestern in der bundesliga gewonnen | FB
out-of-domain | was bedeutet hauptstadt auf englisch | FB
out-of-domain | wie schreibt man hauptstadt | FB
out-of-domain | was ist das gegenteil von hauptstadt | FB
out-of-domain | wie viele bundesländer hat deutschland | FB
out-of-domain | wie heißt der bürgermeister von hamburg | FB
out-of-domain | welcher fluss fließt durch wien | FB
out-of-domain | wie lange fliegt man nach thailand | FB
out-of-domain | was kostet ein flug nach lissabon | FB
out-of-domain | wie heißt die nationalhymne von italien | FB
out-of-domain | welche farben hat die flagge von litauen | FB
out-of-domain | was ist eine hauptstadt | FB
out-of-domain | was ist der unterschied zwischen kapital und hauptstadt | FB
out-of-domain | wann ist der nächste feiertag | FB
out-of-domain | setz milch auf die einkaufsliste | FB
out-of-domain | wie viel ist siebzehn mal drei | FB
out-of-domain | welches land hat die meisten einwohner | FB
out-of-domain | wie kalt ist es in der antarktis | FB
out-of-domain | wo liegt madagaskar | FB
out-of-domain | was isst man in georgien | FB
out-of-domain | wer hat die fußball wm zwanzig vierzehn gewonnen | FB
out-of-domain | wie alt ist der kölner dom | FB
out-of-domain | sing mir ein lied | FB
out-of-domain | wie heißt der höchste berg in afrika | FB
# Added after the first build: the eleven sovereign countries not yet asked, and stop, cancel and out-of-domain lines
# (a third to a half of the first ones were in earlier rounds).
travel | wir machen eine kreuzfahrt in der karibik erster halt {} was ist da die hauptstadt | antigua und barbuda=AG; barbados=BB; grenada=GD
travel | auf der kreuzfahrt legen wir morgen in {} an wie heißt die hauptstadt | sankt lucia=LC; sankt kitts und nevis=KN; sankt vincent und die grenadinen=VC
plain-question | was ist eigentlich die hauptstadt von den {} | bahamas=BS
news-sport | im weltspiegel ging es um {} welche stadt ist die hauptstadt | burkina faso=BF; die zentralafrikanische republik=CF; israel=IL
casual-du | sag mal die hauptstadt von {} weißt du die | trinidad und tobago=TT; burkina faso=BF; israel=IL
stop | stopp stopp stopp | STOP
stop | alexa halt | STOP
stop | hör bitte auf | STOP
stop | nun hör aber auf | STOP
stop | jetzt langt's | STOP
stop | mir reicht's | STOP
stop | schalt dich aus | STOP
stop | beende das spiel | STOP
stop | spiel beenden | STOP
stop | alexa sei ruhig | STOP
stop | ich bin fertig beenden | STOP
stop | okay das wär's beenden | STOP
stop | aus jetzt | STOP
stop | hör auf zu reden | STOP
cancel | ach nee lass mal | CANCEL
cancel | abbrechen abbrechen | CANCEL
cancel | vergiss es alexa | CANCEL
cancel | ist nicht mehr nötig | CANCEL
cancel | brauch ich doch nicht | CANCEL
cancel | ich hab's mir anders überlegt | CANCEL
cancel | abbrechen ich hab mich vertan | CANCEL
cancel | nein vergiss das | CANCEL
cancel | halt abbrechen | CANCEL
cancel | nee nee lass mal gut sein | CANCEL
cancel | ach schon gut | CANCEL
cancel | lass stecken | CANCEL
cancel | war nix abbrechen | CANCEL
cancel | ach nein doch nicht vergiss es | CANCEL
cancel | abbrechen hat sich erledigt | CANCEL
cancel | egal lass es | CANCEL
help | was kann ich bei hauptstädte der welt machen | HELP
help | wie spielt man das | HELP
help | hilfe ich weiß nicht weiter | HELP
help | erklär mir bitte die regeln | HELP
out-of-domain | wie viele länder gibt es auf der welt | FB
out-of-domain | welche länder grenzen an deutschland | FB
out-of-domain | was ist der nationalfeiertag von frankreich | FB
out-of-domain | wie viele einwohner hat berlin | FB
out-of-domain | wie viele monde hat jupiter | FB
out-of-domain | gibt es auf dem mars städte | FB
out-of-domain | wann ist ostern | FB
out-of-domain | übersetze guten morgen ins spanische | FB
out-of-domain | wie sagt man hauptstadt auf französisch | FB
out-of-domain | wer hat den eurovision song contest gewonnen | FB
out-of-domain | welche stadt in der türkei ist die größte | FB
out-of-domain | wie viel kapital braucht man für eine gmbh | FB
"""

if __name__ == "__main__":
    build_round(19, "de", LINES, sys.argv, "tests/Eval/de/round19/source/build_corpus.py")
