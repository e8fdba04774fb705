"""Round 25, German (de-DE): a new author's own mix, written blind. Speakers chosen away from rounds 21-24: Cologne
and the Rhineland ("sach ens", "wat is", "jo nä", "leev", "büdchen", "jeck", the carnival float), Saxons in Leipzig,
Dresden and Chemnitz ("ei verbibbsch", "gugge ma", "weeßte", "nee nu", "schälchen heeßen"), Hessians in Frankfurt and
Offenbach ("ei gude wie", "babbel net", "ebbelwoi", "bembel"), the Palatinate and the Saarland ("alla hopp", "ajo",
"allemol", "schwenker", "saumagen", the grape harvest), East Frisians and the North Sea coast ("moin", "dat",
"teetied", a crab cutter, the mudflats, a dike shepherd), Old Bavaria and the Chiemgau ("habe die ehre", "oiso", "a geh
des woaß i net", "freili", "pfiat di", the Weißwurst breakfast), Russian-German resettlers from Siberia and Kazakhstan
("nu dawai", "ladno", "kuschai", the dacha, "babuschka"), first-generation Turkish-German grandparents ("tamam", "yani",
"maschallah", the tea house, Ford in Cologne), Arabic-speaking newcomers in a B1 course ("yalla", "habibi", learner word
order), a Polish carer for an elderly man ("no dobra", "kurcze", "der pan"), American military families near Ramstein
learning German ("okay so", "like", "you know", "my kid"), a Kita group of four- and five-year-olds, memory training in a
care home. Situations: a lorry driver at an Autohof and on the A3, a Deutsche Bahn conductor and delayed trains, a
radio amateur logging long-distance contacts, GeoGuessr players and a streamer's chat, a Kneipe pub quiz, Model United
Nations at a Gymnasium, a pharmacy, a flower shop, a butcher's counter, a dentist's waiting room, night office
cleaning, a parcel label, a journeyman carpenter on the Walz, an Elbe pilot, a zoo, a pastor's sermon, Silvester lead
pouring, Sunday brunch, a power cut, the bath, a balcony barbecue, hanging up washing, biathlon, the Africa Cup of
Nations, the Davis Cup, table tennis, a climbing gym, cricket, a knitting circle, geocaching, after yoga, a stamp album,
a tandem partner, a hiking trip. Plus the genitive and case ("kroatiens", "des senegal", "der mongolei", "vom jemen"),
the polite Sie, terse forms, fillers and hesitations, tails, one-shot requests with the invocation name "hauptstädte
der welt", launch, follow-ups, checks with right and wrong guesses, self-corrections, reverse questions, official, old
and everyday names, shared names, plurals (every several-capital country and Palestine, and Jammu and Kashmir,
Uttarakhand and Montserrat), subdivisions and territories, help, stop, cancel and out-of-domain near misses (German
regions the data lacks: the Ruhr, East Frisia, the Sauerland, the Allgäu, Südtirol; "kapital" and "eigenkapital";
spelling questions about "hauptstadt"; other facts about named countries). Recognition forms: "hauptstatt", "haupt
stadt", "haubt stadt", "hauptstadtvon", "fon", "heisst", "was is", lost or spelled-out umlauts ("osterreich",
"aegypten", "tuerkei", "danemark"), split and joined names ("nieder lande", "neusee land", "i rak", "o man", "ne pal",
"vanu atu", "elsalvador", "costarica", "srilanka", "sanmarino", "burkinafaso"), misspellings ("grichenland",
"schweitz", "luxenburg", "weisrussland", "ethiopien", "mauritanien", "seyschellen", "kasakstan", "tadjikistan",
"columbien", "türkey", "slowakai", "kirgistan", "tansanja"), English and other spellings ("djibouti", "moldova",
"kenya", "fiji", "mexico", "mianmar").
`python3 tests/Eval/de/round25/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 25's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in neutral words.
plain-question | sag mir mal bitte die hauptstadt von {} | bulgarien=BG; serbien=RS; kroatien=HR
plain-question | wie lautet die hauptstadt von {} | litauen=LT; lettland=LV; estland=EE
plain-question | welche stadt ist die hauptstadt von {} | kolumbien=CO; venezuela=VE; ecuador=EC
plain-question | ich hätte gern die hauptstadt von {} gewusst | paraguay=PY; uruguay=UY; bolivien=BO
plain-question | wie nennt sich die hauptstadt von {} | kirgisistan=KG; tadschikistan=TJ; turkmenistan=TM
plain-question | in welcher stadt sitzt die regierung von {} | japan=JP; kanada=CA; indien=IN

# Cologne and the Rhineland: "sach ens", "jo", "nä", "büdchen", "jeck".
cologne-speakers | sach ens alexa wat is die hauptstadt von {} | belgien=BE; luxemburg=LU; frankreich=FR
cologne-speakers | jo nä wie heißt noch mal die hauptstadt von {} | irland=IE; island=IS; finnland=FI
cologne-speakers | ich steh am büdchen und wir wetten um ein kölsch was ist die hauptstadt von {} | portugal=PT; spanien=ES; italien=IT
cologne-speakers | ey du jeck sach mir die hauptstadt von {} | griechenland=GR; zypern=CY; malta=MT
cologne-speakers | für den karnevalswagen brauchen wir die hauptstadt von {} | brasilien=BR; argentinien=AR; chile=CL
cologne-speakers | in der straßenbahn nach deutz fällt mir ein was ist die hauptstadt von {} | österreich=AT; slowenien=SI; rumänien=RO

# Saxons in Leipzig, Dresden and Chemnitz: "ei verbibbsch", "gugge ma", "weeßte".
saxon-speakers | ei verbibbsch wie heeßt denn die hauptstadt von {} | mongolei=MN; kasachstan=KZ; usbekistan=UZ
saxon-speakers | gugge ma alexa was is die hauptstadt von {} | vietnam=VN; laos=LA; kambodscha=KH
saxon-speakers | weeßte die hauptstadt von {} | jemen=YE; oman=OM; katar=QA
saxon-speakers | nu sag ma die hauptstadt von {} | georgien=GE; armenien=AM; aserbaidschan=AZ
saxon-speakers | beim schälchen heeßen im café frag ich mich die hauptstadt von {} | äthiopien=ET; eritrea=ER; dschibuti=DJ
saxon-speakers | mei enkel hat gefragt wie die hauptstadt von {} heeßt | nepal=NP; bhutan=BT; bangladesch=BD

# Hessians in Frankfurt and Offenbach: "ei gude wie", "babbel net", "ebbelwoi", "bembel".
hessian-speakers | ei gude wie alexa was ist die hauptstadt von {} | kenia=KE; uganda=UG; tansania=TZ
hessian-speakers | babbel net so viel sag mir einfach die hauptstadt von {} | ruanda=RW; burundi=BI; südsudan=SS
hessian-speakers | beim ebbelwoi streiten wir grad über die hauptstadt von {} | australien=AU; neuseeland=NZ; fidschi=FJ
hessian-speakers | der bembel ist leer und ich will noch wissen die hauptstadt von {} | kuba=CU; jamaika=JM; haiti=HT
hessian-speakers | am flughafen frankfurt seh ich einen flug in die hauptstadt von {} wie heißt die | nigeria=NG; ghana=GH; senegal=SN

# The Palatinate and the Saarland: "alla hopp", "ajo", "allemol", "schwenker", the grape harvest.
palatinate-saar | alla hopp alexa die hauptstadt von {} | luxemburg=LU; liechtenstein=LI; andorra=AD
palatinate-saar | ajo un was is die hauptstadt von {} | monaco=MC; san marino=SM; montenegro=ME
palatinate-saar | bei der weinlese fragt mich der kollege nach der hauptstadt von {} | moldawien=MD; albanien=AL; nordmazedonien=MK
palatinate-saar | der schwenker brennt schon aber sag mir noch die hauptstadt von {} | sri lanka=LK; malediven=MV; mauritius=MU
palatinate-saar | beim saumagen essen kam die frage auf die hauptstadt von {} | libanon=LB; syrien=SY; jordanien=JO

# East Frisians and the North Sea coast: "moin", "dat", tea time, the crab cutter, the mudflats.
east-frisian | moin alexa wat is die hauptstadt von {} | niederlande=NL; dänemark=DK; grönland=GL
east-frisian | zur teetied wollen wir wissen die hauptstadt von {} | island=IS; norwegen=NO; färöer=FO
east-frisian | ich bin grad auf dem krabbenkutter sag mal dat die hauptstadt von {} | kap verde=CV; gambia=GM; guinea=GN
east-frisian | nach der wattwanderung fällt mir ein die hauptstadt von {} was ist dat noch | seychellen=SC; komoren=KM; madagaskar=MG
east-frisian | der deichschäfer fragt nach der hauptstadt von {} | lesotho=LS; botsuana=BW; namibia=NA

# Old Bavaria, the Chiemgau and Lower Bavaria: "habe die ehre", "oiso", "a geh", "pfiat di".
old-bavarian | habe die ehre alexa was is die hauptstadt von {} | japan=JP; china=CN; südkorea=KR
old-bavarian | oiso wos is jetzt die hauptstadt von {} | thailand=TH; myanmar=MM; malaysia=MY
old-bavarian | a geh des woaß i net die hauptstadt von {} sag du | indonesien=ID; philippinen=PH; singapur=SG
old-bavarian | beim weißwurstfrühstück fragt der sepp die hauptstadt von {} | kamerun=CM; gabun=GA; tschad=TD
old-bavarian | freili weiß i des die hauptstadt von {} is doch | ukraine=UA; belarus=BY; russland=RU

# Russian-German resettlers from Siberia and Kazakhstan: "nu dawai", "ladno", "kuschai", the dacha.
russian-german | nu dawai alexa sag mir die hauptstadt von {} | kasachstan=KZ; kirgisistan=KG; tadschikistan=TJ
russian-german | ladno und was ist die hauptstadt von {} | aserbaidschan=AZ; armenien=AM; georgien=GE
russian-german | auf der datscha habe ich gehört die hauptstadt von {} wie heißt sie | moldawien=MD; belarus=BY; ukraine=UA
russian-german | babuschka fragt wie heißt hauptstadt von {} | mongolei=MN; turkmenistan=TM; usbekistan=UZ
russian-german | wir waren früher in omsk und jetzt will ich wissen die hauptstadt von {} | china=CN; nordkorea=KP; japan=JP

# First-generation Turkish-German grandparents: "tamam", "yani", "maschallah".
turkish-german-elders | tamam alexa hauptstadt von {} bitte | türkei=TR; zypern=CY; griechenland=GR
turkish-german-elders | yani was ist die hauptstadt von {} | irak=IQ; iran=IR; syrien=SY
turkish-german-elders | maschallah mein enkel lernt das in der schule die hauptstadt von {} | aserbaidschan=AZ; bulgarien=BG; albanien=AL
turkish-german-elders | ich war früher bei ford in köln sag mir hauptstadt von {} | saudi-arabien=SA; kuwait=KW; bahrain=BH
turkish-german-elders | im teehaus wir reden über die hauptstadt von {} | ägypten=EG; libyen=LY; tunesien=TN

# Arabic-speaking newcomers in a B1 course: "yalla", "habibi", learner word order.
arabic-learners | yalla alexa was ist hauptstadt von {} | jordanien=JO; libanon=LB; palästina=PS
arabic-learners | entschuldigung ich lerne deutsch wie heißt die hauptstadt von {} | sudan=SD; somalia=SO; mauretanien=MR
arabic-learners | habibi weißt du hauptstadt {} | katar=QA; oman=OM; jemen=YE
arabic-learners | in meinem kurs die lehrerin fragt hauptstadt von {} ist was | vereinigte arabische emirate=AE; marokko=MA; algerien=DZ
arabic-learners | ich habe test morgen bitte die hauptstadt von {} | eritrea=ER; äthiopien=ET; dschibuti=DJ

# A Polish carer working for an elderly man: "no dobra", "pan", "kurcze".
polish-carer | no dobra alexa der herr will wissen die hauptstadt von {} | polen=PL; litauen=LT; slowakei=SK
polish-carer | kurcze ich weiß nicht was ist hauptstadt von {} | tschechien=CZ; ungarn=HU; rumänien=RO
polish-carer | der pan schläft noch sag mir leise die hauptstadt von {} | belgien=BE; niederlande=NL; irland=IE
polish-carer | beim kreuzworträtsel mit dem herrn brauchen wir die hauptstadt von {} | kroatien=HR; slowenien=SI; serbien=RS

# American military families near Ramstein and Kaiserslautern learning German: "okay so", "like", "wie sagt man".
american-expats | okay so was ist die hauptstadt von {} | kanada=CA; mexiko=MX; guatemala=GT
american-expats | okay like was ist die hauptstadt von {} | el salvador=SV; honduras=HN; nicaragua=NI
american-expats | ich lerne deutsch auf der base was ist die hauptstadt von {} you know | costa rica=CR; panama=PA; belize=BZ
american-expats | my kid fragt die hauptstadt von {} bitte | dominikanische republik=DO; kuba=CU; bahamas=BS
american-expats | sorry mein deutsch ist nicht so gut hauptstadt von {} | trinidad und tobago=TT; barbados=BB; grenada=GD

# A Kita group with their educator, four- and five-year-olds.
kita-children | wie heißt die hauptstadt von {} wo der könig wohnt | marokko=MA; thailand=TH; schweden=SE
kita-children | ich will wissen wie die hauptstadt von {} heißt weil da mein papa her kommt | ghana=GH; togo=TG; benin=BJ
kita-children | die erzieherin sagt frag mal die alexa was die hauptstadt von {} ist | elfenbeinküste=CI; liberia=LR; sierra leone=SL
kita-children | alexa alexa was ist die haupstadt von {} | kenia=KE; mali=ML
kita-children | wie heißt die große stadt in {} wo der präsident wohnt | amerika=US; frankreich=FR; russland=RU

# Memory training in a care home, the activity hour.
care-home | beim gedächtnistraining fragt die betreuerin nach der hauptstadt von {} | portugal=PT; spanien=ES; italien=IT
care-home | frau alexa können sie uns die hauptstadt von {} nennen | schweiz=CH; österreich=AT; luxemburg=LU
care-home | ich bin dreiundneunzig und weiß die hauptstadt von {} nicht mehr | ungarn=HU; rumänien=RO
care-home | wir spielen im aufenthaltsraum städteraten was ist die hauptstadt von {} | ägypten=EG; tunesien=TN; libyen=LY
care-home | mein mann war in {} stationiert wie hieß da die hauptstadt | südkorea=KR; japan=JP; vietnam=VN

# A long-distance lorry driver at an Autohof and on the road.
truck-driver | ich steh am autohof und fahre morgen in die hauptstadt von {} wie heißt die | rumänien=RO; bulgarien=BG; nordmazedonien=MK
truck-driver | auf der a drei bei würzburg frag ich mal die hauptstadt von {} | dänemark=DK; schweden=SE; norwegen=NO
truck-driver | mein disponent schickt mich nach {} welche stadt ist die hauptstadt | litauen=LT; estland=EE; belarus=BY
truck-driver | lenkzeitpause und langeweile die hauptstadt von {} bitte | türkei=TR; georgien=GE; griechenland=GR

# A Deutsche Bahn conductor and passengers on delayed trains.
rail-conductor | der zug hat wieder verspätung also alexa die hauptstadt von {} | tschechien=CZ; österreich=AT; schweiz=CH
rail-conductor | während wir auf den anschluss warten sag mir die hauptstadt von {} | polen=PL; slowakei=SK; ungarn=HU
rail-conductor | der schaffner meinte der nachtzug fährt in die hauptstadt von {} welche ist das | belgien=BE; niederlande=NL; frankreich=FR
rail-conductor | im ice ohne wlan frag ich dich lieber die hauptstadt von {} | italien=IT; kroatien=HR; bosnien=BA

# A radio amateur logging long-distance contacts.
radio-amateur | ich hab gerade eine funkverbindung nach {} wie heißt dort die hauptstadt | tonga=TO; samoa=WS; vanuatu=VU
radio-amateur | für mein logbuch brauche ich die hauptstadt von {} | salomonen=SB; papua-neuguinea=PG; nauru=NR
radio-amateur | auf kurzwelle höre ich eine station aus {} was ist die hauptstadt | kiribati=KI; tuvalu=TV; palau=PW
radio-amateur | die qsl karte kommt aus {} und wie heißt die hauptstadt | marshallinseln=MH; mikronesien=FM; fidschi=FJ

# GeoGuessr players and a streamer.
geoguessr | ich bin in einer geoguessr runde und brauch die hauptstadt von {} | bhutan=BT; nepal=NP; sri lanka=LK
geoguessr | chat fragt gerade was die hauptstadt von {} ist alexa hilf mal | uruguay=UY; paraguay=PY; suriname=SR
geoguessr | ich hab auf {} getippt und wo ist da die hauptstadt | guyana=GY; ecuador=EC; bolivien=BO
geoguessr | letzter pin in {} welche stadt ist dort die hauptstadt | mosambik=MZ; angola=AO; sambia=ZM
geoguessr | die karte zeigt {} ohne grenze was wäre dort die hauptstadt | westsahara=EH; kosovo=XK

# A pub quiz in a Kneipe: the quizmaster and the teams.
pub-quiz | frage sieben im kneipenquiz wie heißt die hauptstadt von {} | kanada=CA; australien=AU; neuseeland=NZ
pub-quiz | unser team heißt die klugscheißer und wir brauchen die hauptstadt von {} | brunei=BN; osttimor=TL; laos=LA
pub-quiz | der quizmaster sagt joker erlaubt also alexa die hauptstadt von {} | liberia=LR; guinea-bissau=GW; niger=NE
pub-quiz | schnell bevor die zettel eingesammelt werden die hauptstadt von {} | burkina faso=BF; mali=ML; gambia=GM

# Model United Nations at a Gymnasium.
model-un | ich vertrete beim planspiel der vereinten nationen {} wie heißt meine hauptstadt | südafrika=ZA; nigeria=NG; kenia=KE
model-un | für meine rede als delegierte von {} brauche ich die hauptstadt | chile=CL; peru=PE; argentinien=AR
model-un | in der generalversammlung sitzt neben mir {} was ist deren hauptstadt | indien=IN; pakistan=PK; bangladesch=BD

# At work: a pharmacy, a flower shop, a butcher's, a dental practice, night cleaning, a parcel round.
at-work | in der apotheke ist grad nix los alexa die hauptstadt von {} | schweden=SE; dänemark=DK; island=IS
at-work | ich binde gerade einen strauß mit rosen aus {} was ist da die hauptstadt | kenia=KE; äthiopien=ET; ecuador=EC
at-work | hinter der fleischtheke fragt die kundin nach der hauptstadt von {} | argentinien=AR; uruguay=UY; brasilien=BR
at-work | im wartezimmer beim zahnarzt liegt ein heft über {} wie heißt die hauptstadt | island=IS; kroatien=HR; montenegro=ME
at-work | ich bin zimmermann auf der walz und will als nächstes in die hauptstadt von {} wie heißt die | schweiz=CH; frankreich=FR; kanada=CA
at-work | als lotse auf der elbe sehe ich ein schiff aus {} und was ist die hauptstadt | liberia=LR; panama=PA; malta=MT
at-work | ich schreibe die predigt für sonntag und brauche die hauptstadt von {} | israel=IL; äthiopien=ET; irak=IQ

# At home: Silvester, Sunday brunch, a power cut, the bath, the balcony barbecue.
at-home | an silvester beim bleigießen fragt der schwager die hauptstadt von {} | japan=JP; neuseeland=NZ; samoa=WS
at-home | beim sonntagsbrunch wettet mein vater um die hauptstadt von {} | australien=AU; kanada=CA; brasilien=BR
at-home | der strom ist weg aber du läufst ja auf batterie also die hauptstadt von {} | tschad=TD; niger=NE; mali=ML
at-home | ich lieg in der badewanne und frage mich die hauptstadt von {} | madagaskar=MG; mauritius=MU; seychellen=SC
at-home | meine frau und ich streiten gerade wer recht hat die hauptstadt von {} | türkei=TR; australien=AU; schweiz=CH

# Sport on TV and in the club: biathlon, the Africa Cup, the Davis Cup, table tennis, climbing, cricket.
sport-watching | beim biathlon weltcup läuft gerade eine aus {} was ist die hauptstadt | norwegen=NO; slowenien=SI; belarus=BY
sport-watching | beim afrika cup spielt gleich {} gegen marokko was ist deren hauptstadt | kap verde=CV; äquatorialguinea=GQ; mauretanien=MR
sport-watching | der davis cup geht nach {} welche stadt ist dort die hauptstadt | kroatien=HR; serbien=RS; kasachstan=KZ
sport-watching | im tischtennisverein spielt einer aus {} und ich will die hauptstadt wissen | china=CN; taiwan=TW; südkorea=KR
sport-watching | beim cricket spiel im fernsehen spielt {} was ist die hauptstadt | afghanistan=AF; sri lanka=LK; simbabwe=ZW

# Hobbies: a knitting circle, geocaching, a yoga class ending, a stamp album, a tandem partner.
hobbies | im strickkreis fragt die gisela die hauptstadt von {} | peru=PE; bolivien=BO; island=IS
hobbies | der nächste geocache hat als rätsel die hauptstadt von {} | lesotho=LS; eswatini=SZ; botsuana=BW
hobbies | in meinem briefmarkenalbum ist eine marke aus {} wie heißt die hauptstadt | san marino=SM; vatikanstadt=VA; monaco=MC
hobbies | meine tandempartnerin kommt aus {} was ist dort die hauptstadt | brasilien=BR; japan=JP; kolumbien=CO
hobbies | wir planen eine wanderung durch {} wo ist die hauptstadt | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR

# São Tomé and Príncipe, late addition to the radio amateur's log.
radio-amateur | die nächste station funkt aus {} welche stadt ist dort die hauptstadt | são tomé und príncipe=ST; cabo verde=CV; äquatorialguinea=GQ

# Case and the genitive.
genitive-case | was ist die hauptstadt {} | kroatiens=HR; sloweniens=SI; albaniens=AL
genitive-case | wie heißt die hauptstadt {} | des senegal=SN; des niger=NE; des kongo=CD+CG
genitive-case | die hauptstadt {} ist welche stadt | der philippinen=PH; der niederlande=NL; der seychellen=SC
genitive-case | wo liegt die regierung {} in welcher hauptstadt | des libanon=LB; des irak=IQ; des iran=IR
genitive-case | welche stadt ist hauptstadt {} | vom sudan=SD; vom jemen=YE; vom tschad=TD
genitive-case | ich suche die hauptstadt {} | der dominikanischen republik=DO; der zentralafrikanischen republik=CF; der malediven=MV

# The polite Sie.
polite-sie | würden sie mir bitte sagen was die hauptstadt von {} ist | kambodscha=KH; vietnam=VN; thailand=TH
polite-sie | könnten sie mir freundlicherweise die hauptstadt von {} nennen | gabun=GA; kongo-brazzaville=CG; äquatorialguinea=GQ
polite-sie | verzeihung wissen sie die hauptstadt von {} | sambia=ZM; simbabwe=ZW; malawi=MW
polite-sie | entschuldigen sie die störung aber wie heißt die hauptstadt von {} | guinea=GN; sierra leone=SL; togo=TG

# Terse forms.
terse-form | hauptstadt {} | gambia=GM; kuwait=KW; haiti=HT
terse-form | {} hauptstadt | estland=EE; jamaika=JM; angola=AO
terse-form | {} hauptstadt bitte | eritrea=ER; surinam=SR; bahrain=BH
terse-form | hauptstadt von {} schnell | nicaragua=NI; honduras=HN; guatemala=GT
terse-form | {} und die hauptstadt | dominica=DM; st lucia=LC; grenada=GD

# Fillers and hesitations.
filler-hesitation | ähm ja also was war noch mal die hauptstadt von {} | kirgisistan=KG; tadschikistan=TJ; turkmenistan=TM
filler-hesitation | hm warte wie hieß die hauptstadt von {} noch gleich | namibia=NA; angola=AO; mosambik=MZ
filler-hesitation | öhm äh die hauptstadt von {} | ruanda=RW; burundi=BI; uganda=UG
filler-hesitation | moment mal ähm also die hauptstadt von {} was ist das | libyen=LY; sudan=SD; südsudan=SS
filler-hesitation | na ja äh weißt du was die hauptstadt von {} ist | somalia=SO; dschibuti=DJ; komoren=KM
filler-hesitation | ja also ähm hauptstadt von äh {} | liechtenstein=LI; andorra=AD; monaco=MC

# Tails after the question.
trailing-words | was ist die hauptstadt von {} das wollt ich schon immer wissen | bahamas=BS; barbados=BB; belize=BZ
trailing-words | die hauptstadt von {} sag mal danke dir | benin=BJ; togo=TG; burkina faso=BF
trailing-words | wie heißt die hauptstadt von {} oder weißt du das auch nicht | tuvalu=TV; nauru=NR; kiribati=KI
trailing-words | was ist die hauptstadt von {} ich komm grad nicht drauf | ecuador=EC; chile=CL; paraguay=PY

# What recognition writes: lost umlauts, split and joined words, misspellings, homophones, English spellings.
asr-spelling | was ist die hauptstatt von {} | osterreich=AT; aegypten=EG; tuerkei=TR
asr-spelling | wie heisst die haupt stadt von {} | tschechin=CZ; grichenland=GR; schweitz=CH
asr-spelling | was ist die hauptstadt fon {} | nieder lande=NL; luxenburg=LU; weisrussland=BY
asr-spelling | hauptstadt von {} | ethiopien=ET; mauritanien=MR; seyschellen=SC
asr-spelling | was ist die haupt stadt von {} | kasakstan=KZ; tadjikistan=TJ; usbekistan=UZ
asr-spelling | sag mir die hauptstadt von {} mal | i rak=IQ; o man=OM; ne pal=NP
asr-spelling | was ist die hauptstadtvon {} | vanu atu=VU; tu valu=TV; pa lau=PW
asr-spelling | was is die hauptstadt von {} | danemark=DK; columbien=CO; mexico=MX
asr-spelling | wie heißt die haubt stadt von {} | neusee land=NZ; papua neu guinea=PG; sankt lucia=LC
asr-spelling | die hauptstadt von {} ist was | elsalvador=SV; costarica=CR; srilanka=LK
asr-spelling | was ist denn die hauptstadt von {} | sanmarino=SM; burkinafaso=BF; sierraleone=SL
asr-spelling | was ist die hauptstadt von {} alexa | kirgistan=KG; aserbeidschan=AZ; tansanja=TZ

# One-shot requests through the invocation name "hauptstädte der welt".
one-shot-invocation | frag hauptstädte der welt nach der hauptstadt von {} | vietnam=VN; laos=LA; thailand=TH
one-shot-invocation | öffne hauptstädte der welt und sag mir die hauptstadt von {} | sambia=ZM; malawi=MW; tansania=TZ
one-shot-invocation | sag hauptstädte der welt ich will die hauptstadt von {} wissen | belize=BZ; haiti=HT; kuba=CU
one-shot-invocation | starte hauptstädte der welt was ist die hauptstadt von {} | mongolei=MN; nepal=NP; bhutan=BT
one-shot-invocation | frage hauptstädte der welt was die hauptstadt von {} ist | niger=NE; tschad=TD; mali=ML
one-shot-invocation | hauptstädte der welt wie heißt die hauptstadt von {} | kuwait=KW; katar=QA; bahrain=BH
one-shot-invocation | frag mal haupt städte der welt nach {} | angola=AO; gabun=GA; kamerun=CM
one-shot-invocation | lass hauptstädte der welt die hauptstadt von {} sagen | usbekistan=UZ; turkmenistan=TM; tadschikistan=TJ

# Opening the skill.
launch | öffne hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt | LAUNCH
launch | hauptstädte der welt öffnen bitte | LAUNCH
launch | ich möchte hauptstädte der welt spielen | LAUNCH
launch | mach mal hauptstädte der welt an | LAUNCH
launch | ei gude starte hauptstädte der welt | LAUNCH
launch | moin öffne mal die hauptstädte der welt | LAUNCH
launch | tamam öffne hauptstädte der welt | LAUNCH
launch | okay so starte bitte hauptstädte der welt | LAUNCH
launch | alla hopp hauptstädte der welt | LAUNCH
launch | kannst du hauptstädte der welt aufmachen | LAUNCH
launch | ich will mit hauptstädte der welt üben | LAUNCH
launch | öffne haupt städte der welt | LAUNCH
launch | starte den skill hauptstädte der welt | LAUNCH

# Follow-ups after an answer.
follow-up | und {} | tansania=TZ; sambia=ZM; guyana=GY
follow-up | und was ist mit {} | kamerun=CM; tschad=TD; gabun=GA
follow-up | ajo und {} | lettland=LV; litauen=LT; belarus=BY
follow-up | okay und die von {} | pakistan=PK; afghanistan=AF; iran=IR
follow-up | tamam und {} | aserbaidschan=AZ; georgien=GE; armenien=AM
follow-up | und wie heißt die von {} | mauretanien=MR; senegal=SN; guinea=GN
follow-up | jetzt noch die von {} | komoren=KM; mauritius=MU; malediven=MV
follow-up | moin und {} dann | grönland=GL; island=IS; färöer=FO
follow-up | ach ja und {} noch | st kitts und nevis=KN; antigua und barbuda=AG; st vincent und die grenadinen=VC
follow-up | und was ist mit der von {} | brunei=BN; singapur=SG; osttimor=TL

# Yes/no checks with right and wrong guesses (the place is expected).
yes-no-check | ist {} | kiew die hauptstadt der ukraine=UA; minsk die hauptstadt von belarus=BY; tiflis die hauptstadt von georgien=GE
yes-no-check | stimmt es dass {} | bern die hauptstadt der schweiz ist=CH; zürich die hauptstadt der schweiz ist=CH; genf die hauptstadt der schweiz ist=CH
yes-no-check | ist {} oder nicht | sydney die hauptstadt von australien=AU; toronto die hauptstadt von kanada=CA; rio die hauptstadt von brasilien=BR
yes-no-check | ei verbibbsch ist {} | dresden die hauptstadt von sachsen=DE-SN; leipzig die hauptstadt von sachsen=DE-SN
yes-no-check | sach ens is {} | düsseldorf die hauptstadt von nordrhein-westfalen=DE-NW; köln die hauptstadt von nordrhein-westfalen=DE-NW
yes-no-check | ist die hauptstadt von {} | marokko casablanca=MA; vietnam ho chi minh stadt=VN; myanmar rangun=MM
yes-no-check | heißt die hauptstadt von {} | kasachstan almaty=KZ; tansania daressalam=TZ; bolivien sucre=BO
yes-no-check | liege ich richtig mit {} | wellington für neuseeland=NZ; auckland für neuseeland=NZ; kapstadt für südafrika=ZA
yes-no-check | yani ist {} richtig | ankara hauptstadt=TR; baku hauptstadt von aserbaidschan=AZ
yes-no-check | der opa sagt {} stimmt das | bonn ist die hauptstadt von deutschland=DE; frankfurt ist die hauptstadt von hessen=DE-HE; wiesbaden ist die hauptstadt von hessen=DE-HE
yes-no-check | ist {} die hauptstadt von kanada | ottawa=CA; vancouver=CA
yes-no-check | ist canberra die hauptstadt von australien | AU
yes-no-check | stimmt das mit {} als hauptstadt von brasilien | brasília=BR; são paulo=BR
yes-no-check | richtig oder falsch {} | karachi ist die hauptstadt von pakistan=PK; islamabad ist die hauptstadt von pakistan=PK; almaty ist die hauptstadt von kasachstan=KZ

# Self-corrections: the last place is expected.
self-correction | was ist jetzt die hauptstadt von {} | österreich nein der schweiz=CH; schweden äh norwegen=NO; lettland ich meine litauen=LT
self-correction | die hauptstadt von {} | niger nee nigeria=NG; slowakei quatsch slowenien=SI; guinea nein guinea-bissau=GW
self-correction | wie heißt eigentlich die hauptstadt von {} | island ähm irland=IE; iran nee irak=IQ; mali ich mein malawi=MW
self-correction | sag mir mal die hauptstadt von {} | kolumbien halt stopp von bolivien=BO; gambia sorry sambia=ZM; austria ach nee australien=AU
self-correction | hauptstadt bitte von {} | tschad nein warte sudan=SD; dänemark oder besser gesagt dominica=DM
self-correction | ich wollte {} | kuba fragen nee doch jamaika=JM; die hauptstadt von peru wissen ne von chile=CL; eigentlich nach kenia fragen aber lieber uganda=UG
self-correction | nu die hauptstadt von {} | armenien nee albanien=AL; georgien quatsch aserbaidschan=AZ
self-correction | ich brauche die hauptstadt von {} | senegal nein mauretanien=MR; laos äh kambodscha=KH; kirgisistan nein kasachstan=KZ

# Reverse questions: which country a capital belongs to.
reverse-question | {} ist die hauptstadt von welchem land | ouagadougou=CITY:Ouagadougou; bischkek=CITY:Bischkek; duschanbe=CITY:Duschanbe
reverse-question | von welchem land ist {} die hauptstadt | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; paramaribo=CITY:Paramaribo
reverse-question | zu welchem land gehört die hauptstadt {} | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | welches land hat {} als hauptstadt | vaduz=CITY:Vaduz; valletta=CITY:Valletta; ljubljana=CITY:Ljubljana
reverse-question | ich hab {} im kreuzworträtsel das ist die hauptstadt von was | lomé=CITY:Lomé; niamey=CITY:Niamey; bamako=CITY:Bamako
reverse-question | welches land hat die hauptstadt {} | ulaanbaatar=CITY:Ulaanbaatar; vientiane=CITY:Vientiane; thimphu=CITY:Thimphu
reverse-question | weeßte von welchem land {} die hauptstadt ist | taschkent=CITY:Taschkent; eriwan=CITY:Eriwan; baku=CITY:Baku
reverse-question | {} ist die hauptstadt von wo | kingston=CITY:Kingston; victoria=CITY:Victoria; georgetown=CITY:Georgetown
reverse-question | in welchem land ist {} die hauptstadt | ndschamena=CITY:N’Djamena; jaunde=CITY:Yaoundé; libreville=CITY:Libreville
reverse-question | wessen hauptstadt ist {} | canberra=CITY:Canberra; wiesbaden=CITY:Wiesbaden; schwerin=CITY:Schwerin
reverse-question | welches bundesland hat {} als hauptstadt | saarbrücken=CITY:Saarbrücken; magdeburg=CITY:Magdeburg; erfurt=CITY:Erfurt

# Official names.
official-name | was ist die hauptstadt der {} | hellenischen republik=GR; französischen republik=FR; italienischen republik=IT
official-name | wie heißt die hauptstadt der {} | russischen föderation=RU; volksrepublik china=CN; schweizerischen eidgenossenschaft=CH
official-name | hauptstadt der {} bitte | vereinigten mexikanischen staaten=MX; föderativen republik brasilien=BR; argentinischen republik=AR
official-name | sag mir die hauptstadt vom {} | vereinigten königreich großbritannien und nordirland=GB; königreich norwegen=NO; königreich marokko=MA
official-name | welche stadt ist die hauptstadt der {} | vereinigten staaten von amerika=US; bundesrepublik deutschland=DE
official-name | die hauptstadt der {} sagen sie mir bitte | republik österreich=AT; slowakischen republik=SK; tschechischen republik=CZ
official-name | hauptstadt der {} | republik der union myanmar=MM; kirgisischen republik=KG; libanesischen republik=LB
official-name | was ist die hauptstadt der {} bitte | portugiesischen republik=PT; republik moldau=MD; islamischen republik iran=IR
official-name | nenn mir die hauptstadt des {} | königreichs thailand=TH; königreichs bhutan=BT; großherzogtums luxemburg=LU

# Everyday and short names.
everyday-name | weißt du was die hauptstadt von {} ist | holland=NL; england=GB-ENG; den usa=US
everyday-name | wie heißt nochmal die hauptstadt der {} | emirate=AE; staaten=US; kapverden=CV
everyday-name | hauptstadt {} sag mal | dr kongo=CD; weißrussland=BY; tschechei=CZ
everyday-name | sag mir die hauptstadt von {} | amerika=US; großbritannien=GB; bosnien=BA
everyday-name | was ist denn die hauptstadt von der {} | elfenbeinküste=CI; vae=AE; türkiye=TR
everyday-name | wie heißt die hauptstadt von {} ganz kurz | mazedonien=MK; moldau=MD; saudi=SA

# Old names.
old-name | was war die hauptstadt von {} | ceylon=LK; siam=TH; persien=IR
old-name | wie heißt heute die hauptstadt von {} | zaire=CD; rhodesien=ZW; obervolta=BF
old-name | mein großvater sagt immer {} was ist da die hauptstadt | abessinien=ET; betschuanaland=BW; dahome=BJ
old-name | die hauptstadt von {} wie man früher sagte | swasiland=SZ; birma=MM; kampuchea=KH
old-name | was ist die hauptstadt von {} das hieß mal so | formosa=TW; burma=MM; südrhodesien=ZW

# Shared names: disambiguated, or both places.
shared-name | was ist die hauptstadt von {} | korea=KP+KR; kongo=CD+CG; den jungferninseln=VG+VI
shared-name | wie heißt die hauptstadt von {} | georgia=GE+US-GA; georgia in amerika=US-GA; dem land georgien=GE
shared-name | die hauptstadt der {} | republik kongo=CG; demokratischen republik kongo=CD; britischen jungferninseln=VG
shared-name | sag mir die hauptstadt der {} | amerikanischen jungferninseln=VI; beiden koreas=KP+KR
shared-name | hauptstadt von {} bitte | nord und südkorea=KP+KR; beiden kongos=CD+CG; dem bundesstaat georgia=US-GA

# Several capitals asked in the plural (and Palestine).
plural-capitals | was sind die hauptstädte von {} | südafrika=ZA; bolivien=BO; benin=BJ
plural-capitals | welche hauptstädte hat {} | malaysia=MY; sri lanka=LK; eswatini=SZ
plural-capitals | wie heißen die hauptstädte der {} | niederlande=NL; elfenbeinküste=CI
plural-capitals | nenn mir alle hauptstädte von {} | palästina=PS; südafrika=ZA
plural-capitals | ei gude wie viele hauptstädte hat {} und welche | bolivien=BO; malaysia=MY
plural-capitals | moin welche zwei hauptstädte hat {} | holland=NL; benin=BJ; sri lanka=LK
plural-capitals | ich hab gelesen {} hat mehrere hauptstädte welche sind das | eswatini=SZ; côte d'ivoire=CI; palästina=PS
plural-capitals | sag ens die drei hauptstädte von {} | südafrika=ZA
plural-capitals | was sind die beiden hauptstädte von {} | jammu und kashmir=IN-JK; uttarakhand=IN-UK; montserrat=MS
plural-capitals | ich brauche beide hauptstädte von {} für mein referat | bolivien=BO; den niederlanden=NL; swasiland=SZ

# Subdivisions and territories.
subdivision | wie heißt die landeshauptstadt von {} | bayern=DE-BY; hessen=DE-HE; rheinland-pfalz=DE-RP
subdivision | landeshauptstadt von {} bitte | saarland=DE-SL; niedersachsen=DE-NI; mecklenburg-vorpommern=DE-MV
subdivision | sach ens die landeshauptstadt von {} | nordrhein-westfalen=DE-NW; baden-württemberg=DE-BW; thüringen=DE-TH
subdivision | was ist die hauptstadt vom us bundesstaat {} | texas=US-TX; kalifornien=US-CA; new york=US-NY
subdivision | okay so the capital of {} wie heißt die hauptstadt | illinois=US-IL; pennsylvania=US-PA; florida=US-FL
subdivision | die hauptstadt der kanadischen provinz {} | ontario=CA-ON; british columbia=CA-BC; québec=CA-QC
subdivision | die hauptstadt vom australischen bundesstaat {} | queensland=AU-QLD; victoria=AU-VIC; tasmanien=AU-TAS
subdivision | wie heißt die hauptstadt des indischen bundesstaats {} | kerala=IN-KL; rajasthan=IN-RJ; punjab=IN-PB
subdivision | was ist die hauptstadt des brasilianischen bundesstaats {} | bahia=BR-BA; amazonas=BR-AM; paraná=BR-PR
subdivision | im urlaub auf {} was ist die hauptstadt | guadeloupe=GP; martinique=MQ; réunion=RE
subdivision | ich fliege nach {} wie heißt dort die hauptstadt | puerto rico=PR; aruba=AW; curaçao=CW
subdivision | was ist denn die hauptstadt der insel {} | jersey=JE; guernsey=GG; man=IM
subdivision | hauptstadt von {} sag mal moin | grönland=GL; den färöern=FO; den ålandinseln=AX
subdivision | auf den stempeln steht {} was ist die hauptstadt | bermuda=BM; gibraltar=GI; st helena=SH
subdivision | wie heißt die hauptstadt von {} im fernsehen bei terra x | den falklandinseln=FK; den kaimaninseln=KY; spitzbergen=SJ

# Help, in Alexa's built-in sense.
help | hilfe bitte ich weiß nicht wie das hier geht | HELP
help | was kann ich dich alles fragen bei hauptstädte der welt | HELP
help | wie funktioniert dieser skill eigentlich | HELP
help | ei gude was kann man hier machen | HELP
help | sach ens wie dat hier funktioniert | HELP
help | gugge ma ich versteh das nicht erklär mir das | HELP
help | moin wie geht dat hier | HELP
help | tamam wie funktioniert das bitte hilfe | HELP
help | okay so how does this work wie geht das | HELP
help | frau alexa können sie mir erklären was ich sagen soll | HELP
help | was muss ich sagen damit du mir eine hauptstadt nennst | HELP
help | ich brauche hilfe mit dem hauptstadt spiel | HELP
help | nu was kann ich denn hier sagen | HELP
help | alla hopp erklär mal was du kannst | HELP
help | hilfe ich komm nicht weiter | HELP
help | wie soll ich fragen kannst du mir beispiele geben | HELP
help | yalla hilfe was kann ich sagen | HELP
help | welche fragen verstehst du hier | HELP
help | der opa weiß nicht was er sagen soll hilf ihm mal | HELP
help | kannst du mir die anleitung noch mal vorlesen | HELP
help | zeig mir was ich mit hauptstädte der welt machen kann | HELP
help | erklär mir bitte die regeln | HELP

# Stop: ends the skill.
stop | stopp alexa das reicht für heute | STOP
stop | ok tschüss alexa ich muss zum zug | STOP
stop | ei gude das wars beende das | STOP
stop | sach ens stopp jetzt | STOP
stop | moin dat reicht hör auf | STOP
stop | gugge ma jetzt ist schluss beenden | STOP
stop | pfiat di alexa aus | STOP
stop | nu dawai stopp | STOP
stop | tamam genug aufhören | STOP
stop | okay so stop please stopp | STOP
stop | beende hauptstädte der welt | STOP
stop | alexa schluss mit den hauptstädten | STOP
stop | die pause ist vorbei hör auf alexa | STOP
stop | frau alexa sie können jetzt aufhören | STOP
stop | alla hopp ende | STOP
stop | ich mach jetzt feierabend beende den skill | STOP
stop | verlassen bitte | STOP
stop | mach den skill aus | STOP
stop | genug gequizzt stopp | STOP
stop | hör jetzt bitte auf zu reden und beende das | STOP
stop | raus aus hauptstädte der welt | STOP
stop | ich will aufhören tschüss | STOP

# Cancel: drops what was asked.
cancel | vergiss die frage | CANCEL
cancel | ach vergiss es alexa | CANCEL
cancel | nee schon gut vergiss es | CANCEL
cancel | ei gude abbrechen | CANCEL
cancel | sach ens brich dat ab | CANCEL
cancel | moin dat war nix abbrechen | CANCEL
cancel | nu egal vergiss es | CANCEL
cancel | ladno vergiss das | CANCEL
cancel | tamam abbrechen bitte | CANCEL
cancel | okay so never mind vergiss es | CANCEL
cancel | abbruch | CANCEL
cancel | brich die frage ab | CANCEL
cancel | das war falsch verstanden abbrechen | CANCEL
cancel | nicht so wichtig vergiss die frage | CANCEL
cancel | alla hopp vergess es | CANCEL
cancel | ich hab mich vertan abbrechen | CANCEL
cancel | kurcze falsch abbrechen | CANCEL
cancel | vergiss was ich gesagt hab | CANCEL
cancel | egal brich ab | CANCEL
cancel | lösch die frage wieder | CANCEL
cancel | die frage ziehe ich zurück | CANCEL
cancel | war nur ein versehen vergiss es bitte | CANCEL

# Out of domain: other facts about named countries, "capital" in other senses, places the data lacks, everyday requests.
out-of-domain | wie viele einwohner hat kanada | FB
out-of-domain | sach ens wann ist rosenmontag | FB
out-of-domain | ei gude wie wird das wetter in offenbach | FB
out-of-domain | gugge ma wann machen die läden in chemnitz auf | FB
out-of-domain | alla hopp spiel was von den toten hosen | FB
out-of-domain | moin wann ist heute hochwasser in greetsiel | FB
out-of-domain | oiso wie viel kostet a maß auf der wiesn | FB
out-of-domain | nu dawai spiel russische musik | FB
out-of-domain | tamam ruf meinen sohn an | FB
out-of-domain | yalla wann beginnt der deutschkurs | FB
out-of-domain | wie viele wörter muss ich für b eins können | FB
out-of-domain | no dobra wann muss der herr seine tabletten nehmen | FB
out-of-domain | okay so where is the nearest pharmacy | FB
out-of-domain | wie viele flaggen hat die welt | FB
out-of-domain | wie lange darf ein lkw fahrer am stück fahren | FB
out-of-domain | hat mein zug nach hamburg verspätung | FB
out-of-domain | welches rufzeichen hat deutschland beim amateurfunk | FB
out-of-domain | welche länder gibt es in geoguessr nicht | FB
out-of-domain | welcher fluss fließt durch die hauptstadt von ungarn | FB
out-of-domain | wie heißt der präsident von kenia | FB
out-of-domain | wie viele einwohner hat die mongolei | FB
out-of-domain | wer hat die meisten goldmedaillen im biathlon | FB
out-of-domain | welche währung hat man in tschechien | FB
out-of-domain | wie heißt das parlament von dänemark | FB
out-of-domain | welches land hat die längste küste | FB
out-of-domain | welche sprache spricht man in der hauptstadt von belgien | FB
out-of-domain | wie heißt die hauptstadt von hollywood | FB
out-of-domain | was ist die hauptstadt vom schwarzwald | FB
out-of-domain | was ist die hauptstadt von lappland | FB
out-of-domain | was ist die hauptstadt von tirol und vorarlberg | FB
out-of-domain | welche stadt ist die modehauptstadt der welt | FB
out-of-domain | wie viele hauptstädte kennst du | FB
out-of-domain | kennst du ein lied über hauptstädte | FB
out-of-domain | welche sprache spricht man in belgien | FB
out-of-domain | was ist die währung von polen | FB
out-of-domain | wie groß ist australien in quadratkilometern | FB
out-of-domain | wer ist der präsident von frankreich | FB
out-of-domain | wie hoch ist der höchste berg in nepal | FB
out-of-domain | welche farben hat die flagge von italien | FB
out-of-domain | wie spät ist es jetzt in tokio | FB
out-of-domain | was ist die vorwahl von österreich | FB
out-of-domain | wie heißt die nationalhymne von schweden | FB
out-of-domain | wann ist der nationalfeiertag in der türkei | FB
out-of-domain | wie viel kostet ein flug nach kairo | FB
out-of-domain | brauche ich ein visum für indien | FB
out-of-domain | welche stadt ist die größte in brasilien | FB
out-of-domain | was ist die landeshauptstadt von südtirol | FB
out-of-domain | was ist die hauptstadt vom ruhrgebiet | FB
out-of-domain | was ist die hauptstadt von ostfriesland | FB
out-of-domain | welche stadt ist die hauptstadt vom sauerland | FB
out-of-domain | was ist die hauptstadt vom allgäu | FB
out-of-domain | was ist die hauptstadt von sibirien | FB
out-of-domain | was ist die hauptstadt von kurdistan | FB
out-of-domain | was ist die hauptstadt von atlantis | FB
out-of-domain | was ist die hauptstadt von mittelerde | FB
out-of-domain | was ist die hauptstadt von europa | FB
out-of-domain | was ist die hauptstadt von afrika | FB
out-of-domain | wie heißt die hauptstadt vom mond | FB
out-of-domain | welche stadt ist die kulturhauptstadt europas dieses jahr | FB
out-of-domain | welche stadt ist die karnevalshauptstadt | FB
out-of-domain | was bedeutet das wort kapital | FB
out-of-domain | wie viel eigenkapital brauche ich für ein haus | FB
out-of-domain | wer hat das kapital geschrieben | FB
out-of-domain | schreibt man hauptstadt groß oder klein | FB
out-of-domain | wie schreibt man hauptstädte | FB
out-of-domain | was heißt hauptstadt auf englisch | FB
out-of-domain | was heißt hauptstadt auf türkisch | FB
out-of-domain | wie weit ist es von köln nach frankfurt | FB
out-of-domain | wie wird das wetter morgen in leipzig | FB
out-of-domain | spiel mal die höhner | FB
out-of-domain | spiel bap verdamp lang her | FB
out-of-domain | stell einen timer auf sieben minuten für die eier | FB
out-of-domain | erinnere mich an die tabletten um acht | FB
out-of-domain | setz milch und ebbelwoi auf die einkaufsliste | FB
out-of-domain | mach das licht im wohnzimmer an | FB
out-of-domain | wie spät ist es | FB
out-of-domain | erzähl mir einen witz | FB
out-of-domain | wann fährt der nächste zug nach dresden | FB
out-of-domain | wie lange brauche ich mit dem lkw nach bukarest | FB
out-of-domain | wie viele sprachen gibt es auf der welt | FB
out-of-domain | welches land hat die meisten einwohner | FB
out-of-domain | wie viele länder gibt es in afrika | FB
out-of-domain | auf welchem kontinent liegt ägypten | FB
out-of-domain | welche länder grenzen an deutschland | FB
out-of-domain | wie heißt der längste fluss in europa | FB
out-of-domain | was isst man in georgien | FB
out-of-domain | wie sagt man danke auf polnisch | FB
out-of-domain | übersetze guten morgen auf russisch | FB
out-of-domain | wie viel grad hat es in dubai | FB
out-of-domain | wer hat den afrika cup gewonnen | FB
out-of-domain | wer führt im biathlon weltcup | FB
out-of-domain | wie steht es beim davis cup | FB
out-of-domain | wie heißt die tennisspielerin aus kasachstan | FB
out-of-domain | welche frequenz hat der deutschlandfunk | FB
out-of-domain | wie viele länder hat die nato | FB
out-of-domain | wie viele mitglieder hat die uno | FB
out-of-domain | welche stadt hat das größte stadion der welt | FB
out-of-domain | wie viele zeitzonen hat russland | FB
out-of-domain | in welcher stadt ist jetzt schon mitternacht | FB
out-of-domain | wo steht der kölner dom | FB
out-of-domain | wie alt ist die frauenkirche in dresden | FB
out-of-domain | was kostet ein kilo spargel | FB
out-of-domain | wann ist die weinlese in der pfalz | FB
out-of-domain | wann ist ebbe in norddeich | FB
out-of-domain | wie mache ich ostfriesentee | FB
out-of-domain | wie kocht man plov | FB
out-of-domain | bestelle mir eine pizza | FB
out-of-domain | ruf meine tochter an | FB
out-of-domain | wie viel ist dreiundzwanzig mal sieben | FB
out-of-domain | welcher tag ist heute | FB
out-of-domain | wo liegt kaiserslautern | FB
out-of-domain | wie weit ist ramstein von frankfurt entfernt | FB
out-of-domain | was ist der unterschied zwischen holland und den niederlanden | FB
out-of-domain | wie heißt der bürgermeister von berlin | FB
out-of-domain | wie viele bundesländer hat deutschland | FB
out-of-domain | welches ist das kleinste land der welt | FB
out-of-domain | was ist die hauptstadt von absurdistan | FB
out-of-domain | wie heißt das kapitol in washington | FB
out-of-domain | spiel geoguessr mit mir | FB
out-of-domain | welches land hat die meisten hauptstädte | FB
out-of-domain | wie lange dauert der flug nach bangkok | FB
out-of-domain | was ist die hauptstadt vom kaukasus | FB
out-of-domain | wie heißt die hauptstadt von skandinavien | FB
out-of-domain | zeig mir fotos von paris | FB
out-of-domain | wie viele einwohner hat die hauptstadt von japan | FB
"""

if __name__ == "__main__":
    build_round(25, "de", LINES, sys.argv, "tests/Eval/de/round25/source/build_corpus.py")
