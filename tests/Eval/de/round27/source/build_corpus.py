"""Round 27, German (de-DE): a new author's own mix, written blind. Speakers chosen away from rounds 23-26: Tyroleans in
Innsbruck and the Zillertal ("griaß di", "wos isch", "nit", "lei", "heint", "gell", "a so"), the German-speaking
community of East Belgium around Eupen and St. Vith ("allez", "sag ens", "dat", "ne", "GSM", the Hertogenwald),
Riograndenser Hunsrückisch speakers from southern Brazil on a visit ("bah", "tchê", "mein gott", "wie heescht",
"chimarrão"), Banat Swabians and Transylvanian Saxons from Romania ("no", "ai", "gelle", "Hermannstadt"), Vietnamese
Berliners at the Dong Xuan market (learner order, "chi oi", "vang", "da"), Italian families in Wolfsburg from the first
to the third generation ("allora", "senti", "dai", "boh", "la nonna"), a Greek taverna ("ela", "re", "endaxi",
"opa"), Ukrainian families in their first German years ("tak", "dobre", "nu", "djakuju", learner order), East
Westphalians in Bielefeld and Lippe ("nech", "getz", "bölken", "ährlich"), Allgäu dairy farmers ("heidanei", "gell",
"ha", "kässpatza"), a Portuguese family in Osnabrück ("olha", "pronto", "ai meu deus"), West African church members
in Hamburg-Wilhelmsburg ("abeg", "oya", "na so"), teenagers in today's slang ("sheesh", "lowkey", "bro", "cringe",
"no cap"), a man relearning speech after a stroke with his speech therapist (repeated words), a grandfather quizzing
his granddaughter over a video call, a fourth-grader with Sachunterricht homework. Situations: Risiko, Monopoly, Tabu,
Activity and "Wer bin ich", the Formula 1 calendar, a marathon, the Summer Olympics medal table, boxing, a European
Championship and e-sports, a cruise and its shore excursions, Interrail, the Way of St. James, work and travel in
Australia, an au pair year, the visa office, a hairdresser and a nail studio, a driving school, a beekeeper, a Moselle
vineyard, a dairy barn with a milking robot, a hotel night desk, airport customs, flat-pack furniture, the garden,
cooking and washing up, the dog walk, a bedtime story, a sick day, the Oktoberfest, a Schützenfest, a Christmas
market and Mainz carnival. Plus case and the genitive, the polite Sie, terse forms, fillers and hesitations, tails,
one-shot requests with the invocation name "hauptstädte der welt", launch, follow-ups, checks with right and wrong
guesses, self-corrections (marked "nein warte", "ich mein", "sorry", "quatsch", "äh nee"), reverse questions,
official, old and everyday names, shared names, plurals (every several-capital country and Palestine),
subdivisions and territories, help, stop, cancel and out-of-domain near misses (regions the data lacks, "kapital"
and "hauptstadt" in other senses, other facts about named countries, everyday requests). Recognition forms: split
and joined words, lost or spelled-out umlauts, homophones, English spellings.
`python3 tests/Eval/de/round27/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 27's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in neutral words.
plain-question | was ist die hauptstadt von {} eigentlich | estland=EE; lettland=LV; litauen=LT
plain-question | weißt du zufällig die hauptstadt von {} | moldawien=MD; albanien=AL; montenegro=ME
plain-question | wie heißt nochmal die hauptstadt von {} | slowenien=SI; kroatien=HR; serbien=RS
plain-question | welche stadt ist hauptstadt von {} | bosnien=BA; nordmazedonien=MK; bulgarien=BG
plain-question | mich würde interessieren was die hauptstadt von {} ist | armenien=AM; aserbaidschan=AZ; georgien=GE
plain-question | was ist denn bitte die hauptstadt von {} | libyen=LY; ägypten=EG; äthiopien=ET

# Tyroleans in Innsbruck and the Zillertal.
tyrol | griaß di alexa wos isch die hauptstadt vo {} | italien=IT; slowenien=SI; tschechien=CZ
tyrol | heast alexa woaßt du wia die hauptstadt vo {} hoaßt | ungarn=HU; der slowakei=SK; polen=PL
tyrol | des woaß i jetzt nit wos isch die hauptstadt vo {} | liechtenstein=LI; andorra=AD; monaco=MC
tyrol | sag amol lei schnell die hauptstadt vo {} | norwegen=NO; finnland=FI; island=IS
tyrol | mir hobn a wette laft wos isch die hauptstadt vo {} | nepal=NP; bhutan=BT; der mongolei=MN
tyrol | auf der alm ohne netz is fad sag wos isch die hauptstadt vo {} | peru=PE; chile=CL; bolivien=BO
tyrol | a so a schmarrn i hob vergessn wia die hauptstadt vo {} hoaßt | neuseeland=NZ; australien=AU; fidschi=FJ

# The German-speaking community of East Belgium.
east-belgium | allez alexa wat is die hauptstadt von {} | frankreich=FR; luxemburg=LU; spanien=ES
east-belgium | sag ens alexa wie heißt die hauptstadt von {} ne | portugal=PT; irland=IE; den niederlanden=NL
east-belgium | ich hab dat auf dem gsm nicht gefunden was is die hauptstadt von {} | kamerun=CM; gabun=GA; senegal=SN
east-belgium | in eupen sagen wir dat anders aber was is die hauptstadt von {} | ruanda=RW; burundi=BI; der demokratischen republik kongo=CD
east-belgium | die kinder fragen dat im hertogenwald was is die hauptstadt von {} | der zentralafrikanischen republik=CF; äquatorialguinea=GQ; mali=ML
east-belgium | allez sag mal schnell die hauptstadt von belgien ne | BE

# Riograndenser Hunsrückisch speakers from southern Brazil.
hunsrueck-brazil | bah alexa wie heescht die hauptstadt von {} | paraguay=PY; uruguay=UY; brasilien=BR
hunsrueck-brazil | mein gott tchê was is die hauptstadt von {} | venezuela=VE; kolumbien=CO; ecuador=EC
hunsrueck-brazil | mir trinke chimarrão un froge was is die hauptstadt von {} | guyana=GY; suriname=SR; argentinien=AR
hunsrueck-brazil | ja gell alexa wie heescht die hauptstadt von {} do | kuba=CU; haiti=HT; jamaika=JM
hunsrueck-brazil | die oma will wisse wo die hauptstadt von {} is | angola=AO; mosambik=MZ; cabo verde=CV

# Banat Swabians and Transylvanian Saxons from Romania.
romania-germans | no alexa was ist die hauptstadt von {} gelle | rumänien=RO; der republik moldau=MD; bulgarien=BG
romania-germans | ai sag mir doch die hauptstadt von {} | ungarn=HU; serbien=RS; der ukraine=UA
romania-germans | in hermannstadt haben wir das gelernt aber wie heißt die hauptstadt von {} | griechenland=GR; zypern=CY; malta=MT
romania-germans | no wie war das mit der hauptstadt von {} | albanien=AL; kosovo=XK; der türkei=TR

# Vietnamese Berliners at the Dong Xuan market.
vietnamese-berlin | chi oi alexa hauptstadt von {} ist was | vietnam=VN; kambodscha=KH; laos=LA
vietnamese-berlin | vang vang ich will wissen hauptstadt {} | thailand=TH; myanmar=MM; malaysia=MY
vietnamese-berlin | da alexa bitte sagen hauptstadt von {} welche stadt | indonesien=ID; den philippinen=PH; singapur=SG
vietnamese-berlin | meine tochter fragt hauptstadt von {} wie heißt | brunei=BN; osttimor=TL; china=CN
vietnamese-berlin | kunde im laden fragt was hauptstadt {} | südkorea=KR; japan=JP; taiwan=TW

# Italian families in Wolfsburg.
italian-family | allora alexa qual è no ich mein was ist die hauptstadt von {} | san marino=SM; malta=MT; tunesien=TN
italian-family | senti alexa die nonna will wissen die hauptstadt von {} | albanien=AL; montenegro=ME; libyen=LY
italian-family | dai alexa sag schon die hauptstadt von {} | argentinien=AR; venezuela=VE; uruguay=UY
italian-family | boh keine ahnung alexa was ist die hauptstadt von {} | eritrea=ER; somalia=SO; äthiopien=ET
italian-family | mamma mia ich weiß es nicht mehr die hauptstadt von {} | kanada=CA; australien=AU; belgien=BE

# A Greek taverna.
greek-taverna | ela alexa was ist die hauptstadt von {} | zypern=CY; griechenland=GR; tunesien=TN
greek-taverna | re alexa sag mal die hauptstadt von {} endaxi | ägypten=EG; syrien=SY; jordanien=JO
greek-taverna | opa der gast will wissen was die hauptstadt von {} ist | israel=IL; armenien=AM; georgien=GE
greek-taverna | ela pame wie heißt die hauptstadt von {} | bulgarien=BG; nordmazedonien=MK; rumänien=RO

# Ukrainian families in their first German years.
ukrainian-family | tak alexa welche ist hauptstadt von {} | polen=PL; belarus=BY; litauen=LT
ukrainian-family | dobre alexa ich möchte wissen die hauptstadt von {} bitte | kasachstan=KZ; usbekistan=UZ; turkmenistan=TM
ukrainian-family | nu alexa wie heißt hauptstadt von {} | kirgisistan=KG; tadschikistan=TJ; aserbaidschan=AZ
ukrainian-family | entschuldigung ich lerne deutsch was ist hauptstadt von {} djakuju | der slowakei=SK; tschechien=CZ; moldau=MD
ukrainian-family | mein sohn hat hausaufgabe hauptstadt von {} was ist das | russland=RU; der ukraine=UA; estland=EE

# East Westphalians in Bielefeld and Lippe.
ostwestfalen | getz sach ma alexa wat is die hauptstadt von {} nech | schweden=SE; dänemark=DK; norwegen=NO
ostwestfalen | ährlich alexa ich weiß dat nich was is die hauptstadt von {} | finnland=FI; irland=IE; island=IS
ostwestfalen | nich bölken einfach sagen die hauptstadt von {} | österreich=AT; der schweiz=CH; deutschland=DE

# Allgäu dairy farmers.
allgaeu | heidanei alexa was isch die hauptstadt von {} | neuseeland=NZ; der schweiz=CH; frankreich=FR
allgaeu | ha gell alexa sag mir die hauptstadt von {} | argentinien=AR; indien=IN; pakistan=PK
allgaeu | beim kässpatza macha fragt der bua nach der hauptstadt von {} | kanada=CA; den vereinigten staaten=US; mexiko=MX

# A Portuguese family in Osnabrück.
portuguese-family | olha alexa was ist die hauptstadt von {} | portugal=PT; angola=AO; guinea-bissau=GW
portuguese-family | pronto alexa dann sag mir die hauptstadt von {} | são tomé und príncipe=ST; cabo verde=CV; timor-leste=TL
portuguese-family | ai meu deus wie heißt die hauptstadt von {} nochmal | mosambik=MZ; brasilien=BR; spanien=ES

# West African church members in Hamburg-Wilhelmsburg.
west-african | abeg alexa what is the no was ist die hauptstadt von {} | ghana=GH; nigeria=NG; togo=TG
west-african | oya alexa sag mir hauptstadt von {} | benin=BJ; sierra leone=SL; liberia=LR
west-african | na so alexa die hauptstadt von {} ist welche stadt | gambia=GM; guinea=GN; burkina faso=BF

# Teenagers in today's slang.
teen-slang | bro alexa was ist die hauptstadt von {} no cap | island=IS; kanada=CA; japan=JP
teen-slang | sheesh alexa ich hab lowkey vergessen was die hauptstadt von {} ist | australien=AU; brasilien=BR; südafrika=ZA
teen-slang | alexa sag die hauptstadt von {} sonst wird's cringe | schottland=GB-SCT; norwegen=NO; portugal=PT
teen-slang | yo alexa kurze frage hauptstadt von {} | kolumbien=CO; peru=PE; chile=CL
teen-slang | alexa digga nee also was ist die hauptstadt von {} | marokko=MA; ägypten=EG; der türkei=TR

# A man relearning speech after a stroke, with his speech therapist.
speech-therapy | die die hauptstadt von von {} | polen=PL; ungarn=HU; schweden=SE
speech-therapy | alexa was ist ist die hauptstadt von {} | italien=IT; spanien=ES; griechenland=GR
speech-therapy | haupt hauptstadt von {} bitte | frankreich=FR; england=GB-ENG; irland=IE
speech-therapy | die frau sagt ich soll üben alexa was ist die hauptstadt von {} | dänemark=DK; österreich=AT; belgien=BE

# A grandfather quizzing his granddaughter over a video call.
grandpa-quiz | alexa sag der kleinen mal die hauptstadt vom {} | iran=IR; irak=IQ; libanon=LB
grandpa-quiz | alexa die enkelin sagt was anderes was ist die hauptstadt von {} | nigeria=NG; kenia=KE; algerien=DZ
grandpa-quiz | alexa opa will prüfen ob's stimmt wie heißt die hauptstadt von {} | kasachstan=KZ; myanmar=MM; tansania=TZ

# A fourth-grader with Sachunterricht homework.
homework-kid | alexa ich muss das für sachunterricht wissen was ist die hauptstadt von {} | deutschland=DE; österreich=AT; italien=IT
homework-kid | alexa die lehrerin hat gesagt wir sollen die hauptstadt von {} rausfinden | ägypten=EG; china=CN; indien=IN
homework-kid | alexa mama hat keine zeit was ist die hauptstadt von {} | russland=RU; brasilien=BR; kanada=CA

# Board games.
board-games | alexa wir spielen risiko was ist die hauptstadt von {} | madagaskar=MG; grönland=GL; indonesien=ID
board-games | bei tabu darf ich das wort nicht sagen wie heißt die hauptstadt von {} | argentinien=AR; island=IS; kenia=KE
board-games | alexa wer bin ich ich bin die hauptstadt von {} wer bin ich | frankreich=FR; ägypten=EG; peru=PE
board-games | alexa für activity brauch ich die hauptstadt von {} | thailand=TH; senegal=SN; ghana=GH
board-games | alexa monopoly pause schnell die hauptstadt von {} | marokko=MA; vietnam=VN; kuba=CU

# Formula 1, the marathon, the Olympics and other sport on TV.
sport-tv | alexa die formel eins fährt in {} was ist da die hauptstadt | bahrain=BH; saudi-arabien=SA; aserbaidschan=AZ
sport-tv | alexa der große preis ist in {} welche stadt ist die hauptstadt | monaco=MC; ungarn=HU; singapur=SG
sport-tv | alexa der marathonläufer kommt aus {} was ist die hauptstadt dort | kenia=KE; äthiopien=ET; eritrea=ER
sport-tv | alexa im medaillenspiegel steht {} was ist deren hauptstadt | jamaika=JM; grenada=GD; norwegen=NO
sport-tv | alexa der boxer ist aus {} wie heißt die hauptstadt | kuba=CU; usbekistan=UZ; der ukraine=UA
sport-tv | alexa bei der em spielt heute {} was ist die hauptstadt | albanien=AL; georgien=GE; slowenien=SI

# A cruise, Interrail, the Way of St. James and other travel.
travel | alexa unser schiff legt morgen in {} an was ist die hauptstadt | barbados=BB; sankt lucia=LC; antigua und barbuda=AG
travel | alexa landgang in {} wie heißt dort die hauptstadt | dominica=DM; grenada=GD; st kitts und nevis=KN
travel | alexa mit interrail nach {} was ist die hauptstadt | kroatien=HR; bosnien und herzegowina=BA; montenegro=ME
travel | alexa auf dem jakobsweg kommen wir durch {} was ist die hauptstadt | portugal=PT; spanien=ES; frankreich=FR
travel | alexa ich mach work and travel in {} was ist die hauptstadt | australien=AU; neuseeland=NZ; kanada=CA
travel | alexa ich werde au pair in {} welche stadt ist die hauptstadt | den vereinigten staaten=US; irland=IE; schweden=SE
travel | alexa ich brauche ein visum für {} wo ist die botschaft also was ist die hauptstadt | indien=IN; vietnam=VN; sri lanka=LK

# Work: a hairdresser, a nail studio, a driving school, a beekeeper, a vineyard, a dairy barn, a hotel night desk, customs.
work | alexa die kundin im nagelstudio fragt nach der hauptstadt von {} | thailand=TH; vietnam=VN; den philippinen=PH
work | alexa mein fahrschüler will wissen was die hauptstadt von {} ist | der türkei=TR; syrien=SY; jordanien=JO
work | alexa die bienen sind versorgt was ist die hauptstadt von {} | slowenien=SI; ungarn=HU; österreich=AT
work | alexa zwischen den rebzeilen an der mosel was ist die hauptstadt von {} | luxemburg=LU; moldau=MD; georgien=GE
work | alexa der melkroboter läuft sag mir die hauptstadt von {} | neuseeland=NZ; irland=IE; den niederlanden=NL
work | alexa ein gast an der rezeption kommt aus {} was ist die hauptstadt | katar=QA; oman=OM; kuwait=KW
work | alexa beim zoll fragt einer nach {} was ist die hauptstadt | nigeria=NG; ghana=GH; pakistan=PK

# Home: furniture, garden, kitchen, dog walk, bedtime, a sick day.
home | alexa ich bau grad ein regal auf was ist die hauptstadt von {} | schweden=SE; norwegen=NO; finnland=FI
home | alexa im garten beim unkraut zupfen die hauptstadt von {} | japan=JP; china=CN; südkorea=KR
home | alexa ich koche gerade was aus {} was ist da die hauptstadt | marokko=MA; dem libanon=LB; indien=IN
home | alexa ich geh gleich gassi aber vorher die hauptstadt von {} | irland=IE; schottland=GB-SCT; wales=GB-WLS
home | alexa in der gutenachtgeschichte kommt {} vor was ist die hauptstadt | madagaskar=MG; grönland=GL; island=IS
home | alexa ich lieg krank im bett was ist die hauptstadt von {} | mauritius=MU; den seychellen=SC; den malediven=MV

# Festivals.
festivals | alexa im bierzelt wettet einer was ist die hauptstadt von {} | australien=AU; neuseeland=NZ; paraguay=PY
festivals | alexa beim schützenfest fragt der könig nach der hauptstadt von {} | nicaragua=NI; honduras=HN; el salvador=SV
festivals | alexa am glühweinstand streiten sie über die hauptstadt von {} | belize=BZ; guatemala=GT; costa rica=CR
festivals | alexa auf der fassenacht in mainz was ist die hauptstadt von {} | panama=PA; der dominikanischen republik=DO; trinidad und tobago=TT

# The genitive and case.
genitive-case | alexa was ist die hauptstadt {} | ecuadors=EC; kolumbiens=CO; venezuelas=VE
genitive-case | wie heißt die hauptstadt {} | des tschad=TD; des niger=NE; des sudan=SD
genitive-case | nenn mir die hauptstadt {} | ruandas=RW; burundis=BI; malawis=MW
genitive-case | welche stadt ist hauptstadt {} | sambias=ZM; simbabwes=ZW; botsuanas=BW
genitive-case | die hauptstadt {} bitte | namibias=NA; lesothos=LS; angolas=AO
genitive-case | wo sitzt die regierung {} | tansanias=TZ; ugandas=UG; kenias=KE
genitive-case | und die hauptstadt vom {} | südsudan=SS; jemen=YE; oman=OM

# The polite Sie.
polite-sie | alexa könnten sie mir bitte sagen was die hauptstadt von {} ist | kiribati=KI; tuvalu=TV; nauru=NR
polite-sie | entschuldigen sie wissen sie die hauptstadt von {} | palau=PW; mikronesien=FM; den marshallinseln=MH
polite-sie | würden sie mir freundlicherweise die hauptstadt von {} nennen | samoa=WS; tonga=TO; vanuatu=VU
polite-sie | darf ich sie bitten mir die hauptstadt von {} zu sagen | den salomonen=SB; papua-neuguinea=PG; fidschi=FJ

# Terse forms.
terse | hauptstadt {} | mauretanien=MR; niger=NE; tschad=TD
terse | {} hauptstadt | gabun=GA; kamerun=CM; äquatorialguinea=GQ
terse | {} hauptstadt welche | dschibuti=DJ; somalia=SO; eritrea=ER
terse | hauptstadt {} sagen | guinea=GN; gambia=GM; guinea-bissau=GW

# Fillers and hesitations.
filler-hesitation | ähm alexa was ist äh die hauptstadt von {} | sierra leone=SL; liberia=LR; togo=TG
filler-hesitation | also hm wie heißt die hauptstadt von {} | benin=BJ; burkina faso=BF; mali=ML
filler-hesitation | öh moment alexa die hauptstadt von {} äh | haiti=HT; jamaika=JM; den bahamas=BS
filler-hesitation | na ja also ähm was ist denn die hauptstadt von {} | sankt vincent und die grenadinen=VC; sankt lucia=LC; barbados=BB
filler-hesitation | warte wie war das nochmal hauptstadt von {} | antigua und barbuda=AG; dominica=DM; grenada=GD

# Tails.
trailing-words | was ist die hauptstadt von {} danke dir | kap verde=CV; den komoren=KM; mauritius=MU
trailing-words | wie heißt die hauptstadt von {} weißt du das oder nicht | madagaskar=MG; den seychellen=SC; lesotho=LS
trailing-words | sag mir die hauptstadt von {} das wär lieb | eswatini=SZ; botsuana=BW; namibia=NA
trailing-words | die hauptstadt von {} sag schon ich wart | simbabwe=ZW; sambia=ZM; malawi=MW

# What recognition writes.
recognition-forms | was ist die haupstad von {} | frankreich=FR; deutschland=DE; spanien=ES
recognition-forms | was ist die hauptstad von {} | suedafrika=ZA; daenemark=DK; groenland=GL
recognition-forms | was ist die haupt statt von {} | sudkorea=KR; nordkorea=KP; turkei=TR
recognition-forms | wie heisst die hauptstadt von {} | ba rein=BH; ku weit=KW; ja pan=JP
recognition-forms | was ist die hauptstadt von {} alexa | kina=CN; chad=TD; tschibuti=DJ
recognition-forms | wie heißt die hauptstadt fon {} | botswana=BW; rwanda=RW; uganda=UG
recognition-forms | was is die hauptstadt von {} | mal ta=MT; hai ti=HT; gujana=GY
recognition-forms | wie heißt die haupt stadt von {} | bangla desh=BD; pakis tan=PK; afgha nistan=AF
recognition-forms | alexa was ist die hauptstadt von {} | le soto=LS; es watini=SZ; tu valu=TV
recognition-forms | wie heist die hauptstadt von {} | aequatorialguinea=GQ; aethiopien=ET; oesterreich=AT
recognition-forms | was ist die hauptsache von {} | italien=IT; portugal=PT; polen=PL
recognition-forms | welches ist die hauptstadt von {} | dominikanische republick=DO; tschechische republick=CZ; saudi arabien=SA
recognition-forms | was ist die hauptstadt in {} | equador=EC; paraguai=PY; uruguai=UY
recognition-forms | alexa hauptstadt von {} | fitschi=FJ; pa lau=PW; samo a=WS

# The invocation name in one go.
one-shot | alexa frag hauptstädte der welt nach der hauptstadt von {} | estland=EE; lettland=LV; litauen=LT
one-shot | alexa öffne hauptstädte der welt und sag mir die hauptstadt von {} | vietnam=VN; nepal=NP; bangladesch=BD
one-shot | alexa sag hauptstädte der welt ich will die hauptstadt von {} wissen | kroatien=HR; serbien=RS; belarus=BY
one-shot | alexa starte hauptstädte der welt was ist die hauptstadt von {} | belgien=BE; jordanien=JO; syrien=SY
one-shot | alexa bitte hauptstädte der welt fragen wie die hauptstadt von {} heißt | kenia=KE; tansania=TZ; ruanda=RW
one-shot | alexa hauptstädte der welt die hauptstadt von {} | finnland=FI; island=IS; estland=EE

# Launch.
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa öffne bitte hauptstädte der welt | LAUNCH
launch | hauptstädte der welt starten bitte | LAUNCH
launch | alexa griaß di mach hauptstädte der welt auf | LAUNCH
launch | allez alexa hauptstädte der welt öffnen | LAUNCH
launch | alexa bah mach mal hauptstädte der welt an | LAUNCH
launch | alexa ich möchte hauptstädte der welt spielen | LAUNCH
launch | alexa lass uns hauptstädte der welt machen für die hausaufgaben | LAUNCH
launch | alexa hauptstädte der welt bitte für opa | LAUNCH
launch | alexa mach das spiel hauptstädte der welt auf | LAUNCH
launch | alexa ela hauptstädte der welt starten | LAUNCH
launch | alexa hauptstädte der welt öffnen sheesh | LAUNCH
launch | alexa hauptstaedte der welt starten | LAUNCH
launch | alexa öffne haupt städte der welt | LAUNCH
launch | alexa aktiviere hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt los geht's | LAUNCH
launch | alexa ich will hauptstädte der welt benutzen | LAUNCH
launch | alexa tak bitte hauptstädte der welt starten | LAUNCH

# Follow-ups.
follow-up | und von {} | slowenien=SI; kosovo=XK; zypern=CY
follow-up | und die von {} | malta=MT; island=IS; luxemburg=LU
follow-up | und was ist mit {} | indonesien=ID; malaysia=MY; brunei=BN
follow-up | okay und von {} | tschad=TD; niger=NE; mali=ML
follow-up | und wie ist es bei {} | namibia=NA; angola=AO; sambia=ZM
follow-up | jo und vo {} | liechtenstein=LI; der schweiz=CH; österreich=AT
follow-up | allez und {} | luxemburg=LU; frankreich=FR; den niederlanden=NL
follow-up | und die hauptstadt von {} dann | ghana=GH; togo=TG; benin=BJ
follow-up | dann noch {} | laos=LA; myanmar=MM; kambodscha=KH

# Checks with right and wrong guesses.
yes-no-check | ist {} | bern die hauptstadt der schweiz=CH; zürich die hauptstadt der schweiz=CH; genf die hauptstadt der schweiz=CH
yes-no-check | stimmt es dass {} | canberra die hauptstadt von australien ist=AU; sydney die hauptstadt von australien ist=AU; ottawa die hauptstadt von kanada ist=CA
yes-no-check | ist die hauptstadt von {} | brasilien rio de janeiro=BR; der türkei istanbul=TR; nigeria lagos=NG
yes-no-check | alexa ist {} | ankara wirklich die hauptstadt der türkei=TR; tiflis die hauptstadt von georgien=GE; eriwan die hauptstadt von armenien=AM
yes-no-check | hab ich recht dass {} | baku die hauptstadt von aserbaidschan ist=AZ; almaty die hauptstadt von kasachstan ist=KZ; yangon die hauptstadt von myanmar ist=MM
yes-no-check | alexa heißt die hauptstadt von {} | vietnam hanoi=VN; marokko casablanca=MA; tansania daressalam=TZ
yes-no-check | gell die hauptstadt von {} | kanada isch toronto=CA; neuseeland isch auckland=NZ; indien isch neu-delhi=IN
yes-no-check | ich glaub die hauptstadt von {} stimmt das | pakistan ist karatschi=PK; bolivien ist la paz=BO; ecuador ist quito=EC
yes-no-check | ist {} oder nicht | dublin die hauptstadt von irland=IE; edinburgh die hauptstadt von schottland=GB-SCT; cardiff die hauptstadt von wales=GB-WLS

# Self-corrections.
self-correction | was ist die hauptstadt von {} oder | schweden nein warte ich meine norwegen=NO; dänemark ich mein finnland=FI; österreich sorry ungarn=HU
self-correction | wie heißt die hauptstadt von {} denn | peru äh nee chile=CL; kolumbien nein warte venezuela=VE; argentinien quatsch uruguay=UY
self-correction | sag mir mal die hauptstadt von {} | kenia ich meine uganda=UG; ghana nein sorry nigeria=NG; senegal äh nee gambia=GM
self-correction | alexa die hauptstadt von {} | iran nein warte irak=IQ; syrien ich mein jordanien=JO; jemen sorry oman=OM
self-correction | was ist die hauptstadt vo {} | italien na warte i moan slowenien=SI; tirol nit nit ich mein österreich=AT; bayern nein quatsch deutschland=DE
self-correction | hauptstadt von {} bitte schön | laos nee sorry kambodscha=KH; thailand ich meine myanmar=MM; nepal äh ich mein bhutan=BT
self-correction | alexa was ist denn die hauptstadt von {} | rumänien no ich mein moldau=MD; bulgarien nein warte serbien=RS; estland sorry lettland=LV

# Reverse questions.
reverse-question | {} ist die hauptstadt von welchem land | tiflis=CITY:Tiflis; eriwan=CITY:Eriwan; baku=CITY:Baku
reverse-question | von welchem land ist {} die hauptstadt | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | in welchem land liegt die hauptstadt {} | ouagadougou=CITY:Ouagadougou; bamako=CITY:Bamako; niamey=CITY:Niamey
reverse-question | zu welchem land gehört die hauptstadt {} | ulaanbaatar=CITY:Ulaanbaatar; thimphu=CITY:Thimphu; kathmandu=CITY:Kathmandu
reverse-question | wessen hauptstadt ist {} | canberra=CITY:Canberra; wellington=CITY:Wellington; ottawa=CITY:Ottawa
reverse-question | {} ist hauptstadt von was | paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown; asunción=CITY:Asunción
reverse-question | alexa {} ist die hauptstadt von welchem staat | vaduz=CITY:Vaduz; valletta=CITY:Valletta; nikosia=CITY:Nikosia
reverse-question | welches land hat {} als hauptstadt | kingston=CITY:Kingston; castries=CITY:Castries; bridgetown=CITY:Bridgetown
reverse-question | wo ist {} hauptstadt | bischkek=CITY:Bischkek; duschanbe=CITY:Duschanbe; taschkent=CITY:Taschkent
reverse-question | {} ist die hauptstadt wovon | honiara=CITY:Honiara; port vila=CITY:Port Vila; apia=CITY:Apia

# Official names.
official-name | was ist die hauptstadt der {} eigentlich | bundesrepublik deutschland=DE; französischen republik=FR; italienischen republik=IT
official-name | wie heißt die hauptstadt der {} | russischen föderation=RU; volksrepublik china=CN; hellenischen republik=GR
official-name | nenne mir die hauptstadt der {} | schweizerischen eidgenossenschaft=CH; republik österreich=AT; slowakischen republik=SK
official-name | was ist die hauptstadt des {} | vereinigten königreichs=GB; großherzogtums luxemburg=LU; königreichs dänemark=DK
official-name | alexa was ist die hauptstadt der {} | vereinigten mexikanischen staaten=MX; föderativen republik brasilien=BR; argentinischen republik=AR
official-name | was ist denn die hauptstadt vom {} | königreich marokko=MA; königreich thailand=TH; sultanat oman=OM
official-name | die hauptstadt der {} bitte | kirgisischen republik=KG; portugiesischen republik=PT; libanesischen republik=LB
official-name | sag mir die hauptstadt der {} | republik der union myanmar=MM; vereinigten staaten von amerika=US; tschechischen republik=CZ

# Everyday names.
everyday-name | was ist die hauptstadt von {} ganz kurz | holland=NL; amerika=US; england=GB-ENG
everyday-name | wie heißt denn die hauptstadt von {} | großbritannien=GB; den usa=US; den emiraten=AE
everyday-name | sag mir doch die hauptstadt von {} | weißrussland=BY; moldawien=MD; mazedonien=MK
everyday-name | was ist bitte die hauptstadt von {} | bosnien=BA; tschechei=CZ; der elfenbeinküste=CI
everyday-name | wie heißt die hauptstadt von {} nochmal | kap verde=CV; osttimor=TL; swasiland=SZ
everyday-name | was ist die hauptstadt von {} überhaupt | den kapverden=CV; kongo-brazzaville=CG; dr kongo=CD
everyday-name | was ist die hauptstadt von {} weißt du das | saudi=SA; den vae=AE; brunei=BN

# Old names.
old-name | was war die hauptstadt von {} | persien=IR; siam=TH; birma=MM
old-name | wie hieß die hauptstadt von {} | ceylon=LK; abessinien=ET; rhodesien=ZW
old-name | was ist heute die hauptstadt von {} | obervolta=BF; dahome=BJ; zaire=CD
old-name | die hauptstadt von {} heute | kampuchea=KH; formosa=TW; betschuanaland=BW

# Shared names.
shared-name | alexa sag was ist die hauptstadt von {} | kongo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | was ist die hauptstadt von den {} | jungferninseln=VG+VI; beiden koreas=KP+KR; beiden kongos=CD+CG
shared-name | wie heißt eigentlich die hauptstadt von {} | nord und südkorea=KP+KR; georgia in amerika=US-GA; georgien im kaukasus=GE
shared-name | alexa was ist die hauptstadt vom {} | kongo=CD+CG; demokratischen kongo=CD; kongo brazzaville=CG
shared-name | und die hauptstadt der {} | britischen jungferninseln=VG; amerikanischen jungferninseln=VI; republik korea=KR
shared-name | alexa {} hauptstadt | korea=KP+KR; georgia=GE+US-GA; jungferninseln=VG+VI
shared-name | alexa wie heißt die hauptstadt von {} dem bundesstaat | georgia=US-GA

# Plurals.
plural-capitals | was sind die hauptstädte von {} | bolivien=BO; südafrika=ZA; malaysia=MY
plural-capitals | welche hauptstädte hat {} | sri lanka=LK; benin=BJ; eswatini=SZ
plural-capitals | wie heißen die hauptstädte der {} | niederlande=NL; elfenbeinküste=CI; côte d'ivoire=CI
plural-capitals | was sind die beiden hauptstädte von {} | palästina=PS; bolivien=BO; den niederlanden=NL
plural-capitals | alexa {} hat doch drei hauptstädte welche sind das | südafrika=ZA
plural-capitals | nenn mir alle hauptstädte von {} | malaysia=MY; sri lanka=LK; swasiland=SZ
plural-capitals | was sind die hauptstädte {} | palästinas=PS; benins=BJ; südafrikas=ZA
plural-capitals | welche zwei hauptstädte hat {} | die elfenbeinküste=CI; eswatini=SZ; benin=BJ
plural-capitals | olha alexa was sind die hauptstädte von {} | palästina=PS; malaysia=MY; bolivien=BO

# Subdivisions.
subdivision | was ist die hauptstadt vom bundesland {} | bayern=DE-BY; thüringen=DE-TH; sachsen-anhalt=DE-ST
subdivision | wie heißt die landeshauptstadt von {} | niedersachsen=DE-NI; nordrhein-westfalen=DE-NW; schleswig-holstein=DE-SH
subdivision | welche stadt ist landeshauptstadt von {} | rheinland-pfalz=DE-RP; sachsen=DE-SN; hessen=DE-HE
subdivision | was ist die hauptstadt vom bundesstaat {} | new york=US-NY; illinois=US-IL; washington=US-WA
subdivision | wie heißt die hauptstadt von {} in kanada | ontario=CA-ON; british columbia=CA-BC; québec=CA-QC
subdivision | was ist die hauptstadt von {} in australien | queensland=AU-QLD; tasmanien=AU-TAS; victoria=AU-VIC
subdivision | bah alexa was is die hauptstadt von {} | rio grande do sul=BR-RS; santa catarina=BR-SC; paraná=BR-PR
subdivision | was ist die hauptstadt von {} in indien | kerala=IN-KL; rajasthan=IN-RJ; goa=IN-GA
subdivision | was ist die hauptstadt von {} in mexiko | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | was ist die hauptstadt von {} im vereinigten königreich | nordirland=GB-NIR; schottland=GB-SCT; wales=GB-WLS
subdivision | alexa landeshauptstadt {} | brandenburg=DE-BB; mecklenburg-vorpommern=DE-MV; baden-württemberg=DE-BW
subdivision | was ist die hauptstadt vom us bundesstaat {} | alaska=US-AK; hawaii=US-HI; nevada=US-NV
subdivision | alexa was ist die hauptstadt vom staat {} | bahia=BR-BA; amazonas=BR-AM; são paulo=BR-SP

# Territories.
territory | was ist eigentlich die hauptstadt von {} | grönland=GL; den färöern=FO; den ålandinseln=AX
territory | alexa welche stadt ist die hauptstadt von {} | curaçao=CW; bermuda=BM; gibraltar=GI
territory | was ist der hauptort von {} | jersey=JE; guernsey=GG; der isle of man=IM
territory | wie heißt die hauptstadt von {} im pazifik | neukaledonien=NC; französisch-polynesien=PF; tokelau=TK
territory | was ist die hauptstadt von {} in der karibik | martinique=MQ; guadeloupe=GP; anguilla=AI
territory | sag mir bitte die hauptstadt von {} | den falklandinseln=FK; sankt helena=SH; den kaimaninseln=KY
territory | und was ist die hauptstadt von {} | réunion=RE; französisch-guayana=GF; der westsahara=EH
territory | was ist denn die hauptstadt von {} | der vatikanstadt=VA; den cookinseln=CK; mayotte=YT

# Help.
help | alexa wie funktioniert hauptstädte der welt | HELP
help | hilfe ich weiß nicht was ich sagen soll | HELP
help | was kann ich dich alles fragen | HELP
help | alexa griaß di wos konn i do frogn | HELP
help | allez alexa wie geht dat hier | HELP
help | bah wie funktioniert das denn | HELP
help | vang ich verstehe nicht was muss ich sagen | HELP
help | senti alexa wie geht das spiel | HELP
help | ich brauch mal hilfe alexa | HELP
help | getz erklär ma wie dat geht nech | HELP
help | ela alexa was soll ich fragen | HELP
help | erklär mir bitte wie ich das benutze | HELP
help | alexa wie frag ich nach einer hauptstadt | HELP
help | welche fragen verstehst du | HELP
help | hilf mir mal bitte | HELP
help | bro wie geht das hier | HELP
help | was muss ich sagen damit das klappt | HELP
help | tak hilfe bitte ich verstehe nicht | HELP
help | kannst du mir erklären was du kannst | HELP
help | alexa was macht dieser skill | HELP
help | opa weiß nicht wie das geht hilf mal | HELP
help | hilfe wie geht das nochmal | HELP
help | heidanei wie goht des | HELP
help | alexa ich brauche eine anleitung | HELP

# Stop.
stop | stopp | STOP
stop | alexa stopp jetzt | STOP
stop | hör auf | STOP
stop | alexa hör bitte auf | STOP
stop | aufhören | STOP
stop | na jetzt is gnua stopp | STOP
stop | allez stopp alexa | STOP
stop | bah chega stopp | STOP
stop | alexa sei still | STOP
stop | sei ruhig alexa | STOP
stop | beenden | STOP
stop | alexa beende hauptstädte der welt | STOP
stop | alexa schluss jetzt | STOP
stop | das reicht stopp | STOP
stop | dai basta alexa stopp | STOP
stop | alexa aus | STOP
stop | halt stopp | STOP
stop | getz is aber schluss alexa | STOP
stop | ela stop alexa | STOP
stop | alexa mach aus | STOP
stop | bro stopp mal | STOP
stop | stopp bitte ich muss los | STOP
stop | spiel beenden | STOP
stop | alexa halt die klappe | STOP

# Cancel.
cancel | abbrechen | CANCEL
cancel | alexa abbrechen | CANCEL
cancel | alexa brich das ab | CANCEL
cancel | vergiss es | CANCEL
cancel | ach vergiss es alexa | CANCEL
cancel | schon gut vergiss es | CANCEL
cancel | allez vergiss dat | CANCEL
cancel | abbruch | CANCEL
cancel | alexa abbrechen bitte | CANCEL
cancel | boh vergiss es alexa | CANCEL
cancel | nee abbrechen | CANCEL
cancel | alexa vorgang abbrechen | CANCEL
cancel | vergiss die frage | CANCEL
cancel | brich ab | CANCEL
cancel | tak abbrechen | CANCEL
cancel | ach egal vergiss es | CANCEL
cancel | vergiss was ich gefragt hab | CANCEL
cancel | alexa das abbrechen bitte | CANCEL
cancel | abbrechen abbrechen | CANCEL
cancel | sheesh vergiss es einfach | CANCEL
cancel | alexa lass gut sein vergiss es | CANCEL
cancel | die frage abbrechen | CANCEL
cancel | vergiss dat nech | CANCEL
cancel | ai vergiss es | CANCEL

# Out of domain.
out-of-domain | was ist die hauptstadt von tirol | FB
out-of-domain | was ist die hauptstadt von vorarlberg | FB
out-of-domain | was ist die hauptstadt von flandern | FB
out-of-domain | was ist die hauptstadt der wallonie | FB
out-of-domain | was ist die hauptstadt von siebenbürgen | FB
out-of-domain | was ist die hauptstadt vom banat | FB
out-of-domain | was ist die hauptstadt von sizilien | FB
out-of-domain | was ist die hauptstadt von katalonien | FB
out-of-domain | was ist die hauptstadt der bretagne | FB
out-of-domain | was ist die hauptstadt vom allgäu | FB
out-of-domain | was ist die hauptstadt von ostwestfalen | FB
out-of-domain | was ist die hauptstadt der krim | FB
out-of-domain | was ist die hauptstadt von kreta | FB
out-of-domain | was ist die hauptstadt der toskana | FB
out-of-domain | was ist die hauptstadt von galicien | FB
out-of-domain | was ist die hauptstadt von oberbayern | FB
out-of-domain | was ist die hauptstadt der lombardei | FB
out-of-domain | was ist die hauptstadt von europa | FB
out-of-domain | was ist die hauptstadt vom mond | FB
out-of-domain | was ist die hauptstadt von mittelerde | FB
out-of-domain | wie viele einwohner hat belgien | FB
out-of-domain | welche sprache spricht man in eupen | FB
out-of-domain | wie groß ist brasilien | FB
out-of-domain | welche währung hat rumänien | FB
out-of-domain | wie spät ist es in hanoi | FB
out-of-domain | wie warm ist es in athen | FB
out-of-domain | wie lange fliegt man nach kiew | FB
out-of-domain | welche vorwahl hat italien | FB
out-of-domain | wer ist präsident von portugal | FB
out-of-domain | was ist das nationalgericht von griechenland | FB
out-of-domain | wie hoch ist der großglockner | FB
out-of-domain | wie hoch ist die zugspitze | FB
out-of-domain | wie lang ist die mosel | FB
out-of-domain | welche flagge hat ghana | FB
out-of-domain | in welchem land liegt innsbruck | FB
out-of-domain | wo liegt wolfsburg | FB
out-of-domain | wie viele bundesländer hat österreich | FB
out-of-domain | wie viele länder gibt es auf der welt | FB
out-of-domain | welches ist das größte land in afrika | FB
out-of-domain | was heißt danke auf vietnamesisch | FB
out-of-domain | was heißt hallo auf ukrainisch | FB
out-of-domain | übersetze guten appetit auf italienisch | FB
out-of-domain | was bedeutet das wort kapital | FB
out-of-domain | wer hat das kapital geschrieben | FB
out-of-domain | wie viel startkapital brauche ich für ein nagelstudio | FB
out-of-domain | was ist ein kapitalverbrechen | FB
out-of-domain | was ist eine kapitalgesellschaft | FB
out-of-domain | wie schreibt man hauptstadt | FB
out-of-domain | was ist die hauptsache im leben | FB
out-of-domain | wer ist der kapitän der nationalmannschaft | FB
out-of-domain | wann ist das nächste formel eins rennen | FB
out-of-domain | wer hat den marathon in berlin gewonnen | FB
out-of-domain | wie steht es bei der em | FB
out-of-domain | wie viele goldmedaillen hat deutschland | FB
out-of-domain | wann fängt das oktoberfest an | FB
out-of-domain | wann ist rosenmontag | FB
out-of-domain | wie lange hat der weihnachtsmarkt offen | FB
out-of-domain | spiel volksmusik aus tirol | FB
out-of-domain | spiel griechische musik | FB
out-of-domain | spiel das lied ti amo | FB
out-of-domain | mach das licht im wohnzimmer an | FB
out-of-domain | stell einen timer auf zehn minuten für die haarfarbe | FB
out-of-domain | erinnere mich morgen an den visumtermin | FB
out-of-domain | wie wird das wetter morgen im zillertal | FB
out-of-domain | regnet es heute in bielefeld | FB
out-of-domain | setz milch auf die einkaufsliste | FB
out-of-domain | lies mir eine gutenachtgeschichte vor | FB
out-of-domain | erzähl mir einen witz | FB
out-of-domain | wie spät ist es | FB
out-of-domain | wie viel ist sieben mal acht | FB
out-of-domain | ruf oma an | FB
out-of-domain | wann fährt der nächste zug nach eupen | FB
out-of-domain | was kostet ein flug nach lissabon | FB
out-of-domain | wie viele kalorien hat ein gyros | FB
out-of-domain | gib mir ein rezept für kässpatzen | FB
out-of-domain | wie macht man pho | FB
out-of-domain | wie lange brauchen bienen für einen liter honig | FB
out-of-domain | wie viel milch gibt eine kuh am tag | FB
out-of-domain | welche rebsorte wächst an der mosel | FB
out-of-domain | wie viele länder hat man bei risiko | FB
out-of-domain | wie viel geld bekommt man bei monopoly über los | FB
out-of-domain | wie viel zoll darf ich auf zigaretten zahlen | FB
out-of-domain | wie lang ist der jakobsweg | FB
out-of-domain | wie sagt man hauptstadt auf portugiesisch | FB
out-of-domain | welcher fluss fließt durch budapest | FB
out-of-domain | welche hauptstadt liegt am höchsten | FB
out-of-domain | welche hauptstadt ist die älteste der welt | FB
out-of-domain | wie weit ist es von wien nach innsbruck | FB
out-of-domain | wer hat die meisten einwohner china oder indien | FB
out-of-domain | was ist die größte stadt der schweiz | FB
out-of-domain | wie heißt der bürgermeister von berlin | FB
out-of-domain | wann wurde brasília gebaut | FB
out-of-domain | alexa wer bin ich | FB
out-of-domain | spiel das spiel stadt land fluss mit mir | FB
out-of-domain | bro was geht | FB
out-of-domain | alexa wie geht es dir | FB
out-of-domain | sag mir ein wort mit q | FB
out-of-domain | was kann ich heute kochen | FB
out-of-domain | bestell mir eine pizza | FB
out-of-domain | wie schreibt man chimarrão | FB
out-of-domain | erzähl mir was über transsilvanien | FB
out-of-domain | wer hat die fußball wm gewonnen | FB
out-of-domain | wo ist der nächste friseur | FB
out-of-domain | wie lange dauert der führerschein | FB
out-of-domain | wann hat die apotheke offen | FB
out-of-domain | was bedeutet no cap | FB
out-of-domain | welches land hat die meisten vulkane | FB
out-of-domain | in welchem land liegt die hauptstadt des fußballs | FB
out-of-domain | zeig mir bilder von rom | FB
out-of-domain | wie ist die zeitverschiebung nach brasilien | FB
# Second batch: more plurals, help, stop, cancel and out-of-domain lines in the speakers' words.
plural-capitals | heidanei wie viele hauptstädte hat {} und welche | bolivien=BO; südafrika=ZA; malaysia=MY
plural-capitals | bah alexa die hauptstädte von {} welche sind das | den niederlanden=NL; sri lanka=LK; benin=BJ
plural-capitals | alexa ich hab gehört {} hat mehrere hauptstädte welche denn | palästina=PS; eswatini=SZ; der elfenbeinküste=CI
help | griaß di wia tua i des | HELP
help | chi oi wie benutze ich das | HELP
help | abeg alexa how does it work wie geht das | HELP
help | alexa die nonna versteht das nicht hilf ihr | HELP
help | ai was soll ich da sagen hilfe | HELP
help | alexa ich bin neu hier hilfe | HELP
stop | alexa gnua jetzt | STOP
stop | stopp jetzt aber nech | STOP
stop | allez dat reicht stopp | STOP
stop | alexa hör jetzt auf zu reden | STOP
stop | oya stop alexa | STOP
stop | alexa beenden bitte | STOP
stop | heidanei jetzt isch schluss | STOP
stop | alexa stopp die oma schläft | STOP
stop | alexa sei jetzt still bitte | STOP
stop | ruhe jetzt alexa | STOP
cancel | alexa vergiss es bitte | CANCEL
cancel | vang vergessen abbrechen | CANCEL
cancel | allez abbrechen dat | CANCEL
cancel | lass mal vergiss es | CANCEL
cancel | nu abbrechen bitte | CANCEL
cancel | olha vergiss es | CANCEL
cancel | dai vergiss es alexa | CANCEL
cancel | alexa brich die frage ab | CANCEL
cancel | abbrechen hab mich vertan | CANCEL
cancel | vergiss es war nur spaß | CANCEL
out-of-domain | was ist die hauptstadt von südtirol | FB
out-of-domain | was ist die hauptstadt vom zillertal | FB
out-of-domain | was ist die hauptstadt von lippe | FB
out-of-domain | was ist die hauptstadt vom hunsrück | FB
out-of-domain | was ist die hauptstadt von sardinien | FB
out-of-domain | was ist die hauptstadt von andalusien | FB
out-of-domain | was ist die hauptstadt der normandie | FB
out-of-domain | was ist die hauptstadt von tatarstan | FB
out-of-domain | was ist die hauptstadt von kurdistan | FB
out-of-domain | was ist die hauptstadt von skandinavien | FB
out-of-domain | was ist die hauptstadt von südamerika | FB
out-of-domain | was ist die hauptstadt von atlantis | FB
out-of-domain | wie viele einwohner hat luxemburg | FB
out-of-domain | welche sprache spricht man in brasilien | FB
out-of-domain | welche währung hat vietnam | FB
out-of-domain | wie spät ist es in kiew | FB
out-of-domain | wer regiert in italien | FB
out-of-domain | wie viele inseln hat griechenland | FB
out-of-domain | welche farben hat die flagge von belgien | FB
out-of-domain | wie heißt die nationalhymne von rumänien | FB
out-of-domain | wo liegt eupen | FB
out-of-domain | in welchem land liegt hermannstadt | FB
out-of-domain | wie weit ist es bis zum bodensee | FB
out-of-domain | was ist kapitalismus | FB
out-of-domain | was ist ein kapitalertrag | FB
out-of-domain | was heißt capital auf deutsch | FB
out-of-domain | was ist ein großbuchstabe | FB
out-of-domain | welche ist die hauptstadt mit den meisten einwohnern | FB
out-of-domain | welche hauptstadt liegt am nördlichsten | FB
out-of-domain | mach die musik lauter | FB
out-of-domain | spiel fado | FB
out-of-domain | wie wird das wetter in innsbruck | FB
out-of-domain | stell den wecker auf fünf uhr zum melken | FB
out-of-domain | wie viele tage noch bis weihnachten | FB
out-of-domain | bro erzähl mir einen witz | FB
out-of-domain | was ist ein sauerbraten | FB
"""

if __name__ == "__main__":
    build_round(27, "de", LINES, sys.argv, "tests/Eval/de/round27/source/build_corpus.py")
