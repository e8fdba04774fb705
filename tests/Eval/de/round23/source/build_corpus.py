"""Round 23, German (de-DE): a new author's own mix, written blind. Speakers chosen away from earlier rounds: the Danish
minority and Flensburg ("hej", "tak", "jo", "nä"), Sorbs in Lusatia ("witaj", "dźakuju" left as "dzakuju"), Plautdietsch
speaking Mennonite families from Paraguay and Kazakhstan on a visit ("waut", "jo", "nü"), a Munich start-up
office in Denglish ("deadline", "pitch", "onboarding", "sync"),
Chinese, Indian and Korean international students at a German university (learner order, "entschuldigung darf ich
fragen"), a retired couple arguing over the answer, a stammering speaker repeating words, a Kiez Spätkauf night shift,
and children (a seven-year-old with an atlas, a teenager with a presentation). Situations: a Tupperware party, the
Stammtisch, a sauna evening, a model-railway club, karaoke night, a tattoo studio, a dog school, a fishing club, a ski
hut, a scout camp, moving house, tutoring, a flea market, a car wash, the Vierschanzentournee, a basketball and
volleyball championship, snooker, the Ryder Cup, athletics and the rugby World Cup, "heute journal", Deutschlandfunk,
"Terra X" and "Galileo", booking a trip, the Baltic Sea campsite, a Helgoland ferry, the kitchen and the car. Plus
fillers and hesitations, case and the genitive, terse forms, trailing words, one-shot requests with the invocation
name "hauptstädte der welt", follow-ups, corrections, checks, reverse questions, official, old and everyday names,
shared names, plurals (every several-capital country and Palestine), subdivisions, help, stop, cancel, launch, and
out-of-domain requests with hard near misses. Recognition forms: lost umlauts, "ue"/"ae"/"oe", ss for ß, split and
joined names, misspellings.
`python3 tests/Eval/de/round23/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 23's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in neutral words.
plain-question | sag mir bitte die hauptstadt von {} | portugal=PT; kroatien=HR; estland=EE
plain-question | welche stadt ist die hauptstadt von {} | lettland=LV; litauen=LT; slowenien=SI
plain-question | wie lautet die hauptstadt von {} | kasachstan=KZ; usbekistan=UZ; tadschikistan=TJ
plain-question | weißt du wie die hauptstadt von {} heißt | ghana=GH; togo=TG; benin=BJ
plain-question | was ist eigentlich die hauptstadt von {} | bhutan=BT; nepal=NP; bangladesch=BD

# Danish minority and Flensburg.
flensburg-minority | hej alexa was ist die hauptstadt von {} | dänemark=DK; norwegen=NO; schweden=SE
flensburg-minority | jo du sag mal die hauptstadt von {} tak | island=IS; finnland=FI; estland=EE
flensburg-minority | nä wie hieß noch mal die hauptstadt von {} | grönland=GL; den färöer=FO; åland=AX
flensburg-minority | mein onkel aus odense fragt nach der hauptstadt von {} | polen=PL; irland=IE; lettland=LV

# Sorbs in Lusatia.
lausitz-sorbian | witaj alexa welche hauptstadt hat {} | tschechien=CZ; die slowakei=SK; polen=PL
lausitz-sorbian | bei uns in bautzen wollen die kinder wissen was die hauptstadt von {} ist | slowenien=SI; serbien=RS; bulgarien=BG
lausitz-sorbian | dzakuju und jetzt noch die hauptstadt von {} | montenegro=ME; bosnien und herzegowina=BA; nordmazedonien=MK

# Plautdietsch-speaking Mennonites on a visit.
mennonite-visit | waut es de hauptstadt von {} | paraguay=PY; kanada=CA; belize=BZ
mennonite-visit | jo wir kommen aus {} und wie heißt die hauptstadt da | bolivien=BO; mexiko=MX; kasachstan=KZ
mennonite-visit | nü sag mal die hauptstadt von {} | kirgisistan=KG; uruguay=UY; argentinien=AR

# Munich start-up office in Denglish.
startup-denglish | kurzer sync was ist die capital von {} | singapur=SG; indonesien=ID; vietnam=VN
startup-denglish | vor dem pitch brauch ich noch die hauptstadt von {} | nigeria=NG; kenia=KE; ruanda=RW
startup-denglish | für das onboarding vom neuen kollegen aus {} wie heißt dort die hauptstadt | indien=IN; brasilien=BR; philippinen=PH
startup-denglish | deadline ist heute also schnell die hauptstadt von {} bitte | estland=EE; israel=IL; irland=IE
startup-denglish | wir launchen nächste woche in {} was ist da die hauptstadt | saudi-arabien=SA; katar=QA; bahrain=BH

# International students at a German university.
international-student | entschuldigung darf ich fragen hauptstadt von {} | südkorea=KR; japan=JP; china=CN
international-student | ich bin student aus indien aber ich will wissen wie ist die hauptstadt von deutschland | DE
international-student | bitte sagen sie mir welche ist die hauptstadt von {} | mongolei=MN; laos=LA; kambodscha=KH
international-student | mein mitbewohner kommt aus {} wie heißt seine hauptstadt | pakistan=PK; sri lanka=LK; iran=IR
international-student | ich habe prüfung morgen was ist hauptstadt {} | myanmar=MM; thailand=TH; malaysia=MY

# A retired couple arguing over the answer.
retired-couple | mein mann sagt das ist sydney aber was ist wirklich die hauptstadt von {} | australien=AU
retired-couple | helga behauptet was anderes also was ist die hauptstadt von {} | kanada=CA; brasilien=BR; die türkei=TR
retired-couple | wir streiten schon seit dem frühstück was ist die hauptstadt von {} | neuseeland=NZ; nigeria=NG; pakistan=PK
retired-couple | alexa entscheide du was ist die hauptstadt von {} | kasachstan=KZ; myanmar=MM; tansania=TZ

# A speaker who stammers and repeats words.
stammering | was ist die die hauptstadt von {} | marokko=MA; algerien=DZ; tunesien=TN
stammering | haupt hauptstadt von {} bitte | libyen=LY; sudan=SD; tschad=TD
stammering | wie wie heißt die hauptstadt von von {} | niger=NE; mali=ML; mauretanien=MR

# Kiez Spätkauf night shift.
spaeti-night | ey alexa is grad nix los was ist die hauptstadt von {} | jamaika=JM; kuba=CU; haiti=HT
spaeti-night | der kunde an der kasse will wissen was die hauptstadt von {} ist | syrien=SY; libanon=LB; jordanien=JO
spaeti-night | drei uhr nachts und ich frag mich was die hauptstadt von {} ist | island=IS; mosambik=MZ; simbabwe=ZW

# Children.
child-atlas | ich bin sieben und im atlas steht {} was ist da die hauptstadt | madagaskar=MG; grönland=GL; australien=AU
child-atlas | alexa wo wohnt der könig von {} in welcher hauptstadt | schweden=SE; belgien=BE; spanien=ES
child-atlas | mama fragt was ist die hauptstadt von {} | ägypten=EG; peru=PE; russland=RU
teen-presentation | für meine präsentation in erdkunde brauche ich die hauptstadt von {} | äthiopien=ET; eritrea=ER; dschibuti=DJ
teen-presentation | ich halte morgen ein referat über {} wie heißt die hauptstadt | somalia=SO; sudan=SD; südsudan=SS
teen-presentation | in meinen folien fehlt noch die hauptstadt von {} | uganda=UG; burundi=BI; sambia=ZM

# Elders.
elder | liebe alexa ich bin schon alt sagen sie mir bitte die hauptstadt von {} | rumänien=RO; ungarn=HU; griechenland=GR
elder | früher hab ich das gewusst was ist die hauptstadt von {} | albanien=AL; zypern=CY; malta=MT
elder | mein enkel will wissen was die hauptstadt von {} ist | norwegen=NO; schweiz=CH; italien=IT

# Tupperware party, Stammtisch, sauna.
tupperparty | bei der tupperparty fragt eine was die hauptstadt von {} ist | frankreich=FR; spanien=ES; österreich=AT
stammtisch | am stammtisch wetten wir um eine runde was ist die hauptstadt von {} | bolivien=BO; honduras=HN; ecuador=EC
stammtisch | der hans meint er weiß die hauptstadt von {} stimmt das | nicaragua=NI; guatemala=GT; el salvador=SV
sauna | nach dem aufguss will einer wissen was die hauptstadt von {} ist | finnland=FI; lettland=LV; litauen=LT

# Hobbies.
model-railway | unsere modellbahn hat eine strecke nach {} wie heißt da die hauptstadt | österreich=AT; die schweiz=CH; ungarn=HU
karaoke | wir singen gerade ein lied aus {} was ist die hauptstadt | schweden=SE; südkorea=KR; jamaika=JM
tattoo-studio | mein kunde will ein tattoo mit der hauptstadt von {} | neuseeland=NZ; samoa=WS; tonga=TO
dog-school | der hund heißt wie die hauptstadt von {} was ist das nochmal | peru=PE; chile=CL; kenia=KE
fishing-club | im angelverein war einer in {} und keiner weiß die hauptstadt | kanada=CA; norwegen=NO; irland=IE
ski-hut | auf der hütte fragt der wirt nach der hauptstadt von {} | slowenien=SI; andorra=AD; liechtenstein=LI
scout-camp | am lagerfeuer im zeltlager was ist die hauptstadt von {} | botsuana=BW; namibia=NA; lesotho=LS
flea-market | auf dem flohmarkt hab ich münzen aus {} gekauft was ist die hauptstadt | sambia=ZM; malawi=MW; angola=AO
moving-house | zwischen den umzugskartons kurz die frage hauptstadt von {} | kuwait=KW; oman=OM; jemen=YE
tutoring | ich gebe nachhilfe und wir machen gerade {} was ist die hauptstadt | ghana=GH; elfenbeinküste=CI; senegal=SN
car-wash | in der waschstraße mal schnell was ist die hauptstadt von {} | gambia=GM; guinea=GN; sierra leone=SL

# Sport on TV.
sport-tv | bei der vierschanzentournee springt einer aus {} was ist da die hauptstadt | slowenien=SI; japan=JP; polen=PL
sport-tv | bei der basketball em spielt gleich {} wie heißt die hauptstadt | litauen=LT; serbien=RS; griechenland=GR
sport-tv | der snooker spieler kommt aus {} was ist eigentlich die hauptstadt | wales=GB-WLS; schottland=GB-SCT; nordirland=GB-NIR
sport-tv | bei der rugby wm spielt {} was ist deren hauptstadt | fidschi=FJ; tonga=TO; samoa=WS
sport-tv | die volleyballerinnen aus {} sind stark welche hauptstadt hat das land | kuba=CU; brasilien=BR; die dominikanische republik=DO
sport-tv | bei der leichtathletik wm läuft einer aus {} was ist dort die hauptstadt | kenia=KE; äthiopien=ET; jamaika=JM

# News and documentaries.
news-media | im heute journal kam gerade {} was ist die hauptstadt da | venezuela=VE; kolumbien=CO; haiti=HT
news-media | im deutschlandfunk ging es um {} welche hauptstadt hat das land | georgien=GE; armenien=AM; aserbaidschan=AZ
news-media | bei terra x war eine doku über {} wie heißt die hauptstadt | ägypten=EG; peru=PE; mongolei=MN
news-media | galileo hat was über {} gebracht was ist denn dort die hauptstadt | japan=JP; bhutan=BT; nepal=NP

# Travel.
travel-booking | ich buche gerade einen flug nach {} welche stadt ist die hauptstadt | vietnam=VN; thailand=TH; kambodscha=KH
travel-booking | wir planen eine rundreise durch {} was ist die hauptstadt | costa rica=CR; panama=PA; kolumbien=CO
travel-booking | im reisebüro war von {} die rede wie heißt da die hauptstadt | mauritius=MU; seychellen=SC; malediven=MV
baltic-camping | auf dem campingplatz an der ostsee stehen leute aus {} was ist die hauptstadt | schweden=SE; dänemark=DK; polen=PL
helgoland-ferry | auf der fähre nach helgoland sitzen touristen aus {} welche hauptstadt hat das | belgien=BE; luxemburg=LU; liechtenstein=LI

# Kitchen and car.
kitchen | ich koche gerade was aus {} was ist da die hauptstadt | äthiopien=ET; georgien=GE; libanon=LB
kitchen | während die nudeln kochen was ist die hauptstadt von {} | italien=IT; ungarn=HU; griechenland=GR
car | wir fahren gerade durch {} was ist hier die hauptstadt | österreich=AT; belgien=BE; tschechien=CZ
car | die kinder hinten fragen was ist die hauptstadt von {} | frankreich=FR; kanada=CA; china=CN

# Fillers and hesitations.
filler-hesitation | ähm also was ist denn die hauptstadt von {} | turkmenistan=TM; afghanistan=AF; irak=IQ
filler-hesitation | öhm warte kurz die hauptstadt von {} | jemen=YE; oman=OM; kuwait=KW
filler-hesitation | na ja also wie heißt denn die hauptstadt von {} | vanuatu=VU; salomonen=SB; papua-neuguinea=PG
filler-hesitation | tja keine ahnung was die hauptstadt von {} ist sag du | palau=PW; nauru=NR; tuvalu=TV

# Case and the genitive.
case-genitive | was ist die hauptstadt {} | ungarns=HU; perus=PE; chiles=CL
case-genitive | wie heißt die hauptstadt der {} | mongolei=MN; ukraine=UA; slowakei=SK
case-genitive | welche stadt ist hauptstadt des {} | irak=IQ; iran=IR; sudan=SD
case-genitive | die hauptstadt der {} bitte | vereinigten arabischen emirate=AE; philippinen=PH; niederlande=NL

# Terse forms and trailing words.
terse-keyword | hauptstadt {} | ruanda=RW; gabun=GA; kamerun=CM
terse-keyword | {} hauptstadt | mikronesien=FM; kiribati=KI; marshallinseln=MH
terse-keyword | {} hauptstadt bitte | grenada=GD; barbados=BB; dominica=DM
trailing-words | was ist die hauptstadt von {} danke dir | trinidad und tobago=TT; bahamas=BS; guyana=GY
trailing-words | die hauptstadt von {} weißt du das | suriname=SR; antigua und barbuda=AG; sankt lucia=LC
trailing-words | was ist die hauptstadt von {} oder weißt du das auch nicht | sankt kitts und nevis=KN; sankt vincent und die grenadinen=VC; kap verde=CV

# Recognition forms.
recognition-artefact | was ist die haupt stadt von {} | osterreich=AT; danemark=DK; sudafrika=ZA
recognition-artefact | was ist die hauptstatt von {} | tuerkei=TR; aegypten=EG; rumaenien=RO
recognition-artefact | wie heisst die hauptstadt von {} | weissrussland=BY; grossbritannien=GB; aethiopien=ET
recognition-artefact | was is die hauptstadt von {} | neu seeland=NZ; saudi arabien=SA; nord korea=KP
recognition-artefact | hauptstadtvon {} | sued korea=KR; papua neu guinea=PG; aserbeidschan=AZ
recognition-artefact | was ist die haupstadt von {} | kirgistan=KG; philipinen=PH; kolumbien=CO
recognition-artefact | sag mir die hauptstadt von {} | equatorial guinea=GQ; ost timor=TL; sao tome und principe=ST
recognition-artefact | welche haupt stadt hat {} | zentral afrikanische republik=CF; burkina faso=BF; guinea bissau=GW

# More countries.
plain-question | und wie heißt die hauptstadt von {} | komoren=KM; äquatorialguinea=GQ; gabun=GA
plain-question | kannst du mir sagen was die hauptstadt von {} ist | zentralafrikanische republik=CF; kongo brazzaville=CG; kamerun=CM
plain-question | ich hätte gern die hauptstadt von {} | liberia=LR; guinea-bissau=GW; são tomé und príncipe=ST
plain-question | verrat mir mal die hauptstadt von {} | brunei=BN; timor-leste=TL; singapur=SG
plain-question | welches ist die hauptstadt von {} | monaco=MC; san marino=SM; vatikanstadt=VA
plain-question | gib mir die hauptstadt von {} | moldau=MD; belarus=BY; ukraine=UA
plain-question | hauptstadt von {} was ist das | eswatini=SZ; lesotho=LS; mosambik=MZ
plain-question | und die hauptstadt von {} lautet | kosovo=XK; taiwan=TW; westsahara=EH
plain-question | was für eine hauptstadt hat {} | nordkorea=KP; dominikanische republik=DO; haiti=HT

# One-shot requests through the invocation name.
one-shot | alexa frag hauptstädte der welt nach der hauptstadt von {} | chile=CL; tansania=TZ; jordanien=JO
one-shot | alexa sag hauptstädte der welt ich will die hauptstadt von {} wissen | burundi=BI; kasachstan=KZ; usbekistan=UZ
one-shot | öffne hauptstädte der welt und sag mir die hauptstadt von {} | mali=ML; niger=NE; tschad=TD
one-shot | alexa bitte hauptstädte der welt was ist die hauptstadt von {} | ecuador=EC; bolivien=BO; paraguay=PY

# Follow-ups.
follow-up | und von {} | argentinien=AR; uruguay=UY; chile=CL
follow-up | und was ist mit {} | kolumbien=CO; venezuela=VE; guyana=GY
follow-up | und bei {} | panama=PA; costa rica=CR; belize=BZ
follow-up | okay und {} | finnland=FI; estland=EE; norwegen=NO
follow-up | und jetzt {} | japan=JP; laos=LA; indonesien=ID
follow-up | gut und die von {} | kenia=KE; tansania=TZ; uganda=UG
follow-up | und wie sieht es mit {} aus | simbabwe=ZW; sambia=ZM; malawi=MW
follow-up | dann noch {} bitte | katar=QA; bahrain=BH; vereinigte arabische emirate=AE
follow-up | und das gleiche für {} | ägypten=EG; libyen=LY; tunesien=TN
follow-up | noch eins {} | fidschi=FJ; vanuatu=VU; samoa=WS

# Self-corrections (the place said last).
self-correction | was ist die hauptstadt von österreich nein ich meine {} | ungarn=HU; slowakei=SK; slowenien=SI
self-correction | die hauptstadt von schweden äh quatsch {} | norwegen=NO; dänemark=DK; finnland=FI
self-correction | hauptstadt von peru ne warte {} | chile=CL; ecuador=EC; bolivien=BO
self-correction | wie heißt die hauptstadt von niger sorry ich meinte {} | nigeria=NG; mali=ML; tschad=TD
self-correction | was ist die hauptstadt von iran nee von {} | irak=IQ; syrien=SY; jordanien=JO
self-correction | sag mir die hauptstadt von guinea oder nein lieber {} | guinea-bissau=GW; äquatorialguinea=GQ; papua-neuguinea=PG
self-correction | alexa die hauptstadt von kanada mist falsch {} | australien=AU; neuseeland=NZ; südafrika=ZA
self-correction | hauptstadt von slowenien ach nein slowakei ich meine {} | tschechien=CZ; kroatien=HR
self-correction | was ist die hauptstadt von österreich verzeihung ich wollte sagen {} | australien=AU; schweiz=CH

# Yes/no checks (the place asked about).
yes-no-check | ist {} | bern die hauptstadt der schweiz=CH; zürich die hauptstadt der schweiz=CH; istanbul die hauptstadt der türkei=TR
yes-no-check | stimmt es dass {} | sydney die hauptstadt von australien ist=AU; rio die hauptstadt von brasilien ist=BR; lagos die hauptstadt von nigeria ist=NG
yes-no-check | {} oder | ottawa ist die hauptstadt von kanada=CA; almaty ist die hauptstadt von kasachstan=KZ; yangon ist die hauptstadt von myanmar=MM
yes-no-check | ist die hauptstadt von {} | marokko casablanca=MA; vietnam hanoi=VN; neuseeland auckland=NZ
yes-no-check | hab ich recht dass {} | dakar die hauptstadt vom senegal ist=SN; accra die hauptstadt von ghana ist=GH; abuja die hauptstadt von nigeria ist=NG
yes-no-check | war {} | bonn nicht mal die hauptstadt von deutschland=DE
yes-no-check | liegt die hauptstadt von {} | kanada in toronto=CA; indien in mumbai=IN; der türkei in ankara=TR

# Reverse questions.
reverse-question | von welchem land ist {} die hauptstadt | tiflis=CITY:Tiflis; eriwan=CITY:Eriwan; duschanbe=CITY:Duschanbe
reverse-question | {} ist die hauptstadt von welchem land | ouagadougou=CITY:Ouagadougou; nouakchott=CITY:Nouakchott; niamey=CITY:Niamey
reverse-question | zu welchem land gehört die hauptstadt {} | vaduz=CITY:Vaduz; valletta=CITY:Valletta; podgorica=CITY:Podgorica
reverse-question | wessen hauptstadt ist {} | canberra=CITY:Canberra; wellington=CITY:Wellington; ottawa=CITY:Ottawa
reverse-question | welches land hat {} als hauptstadt | asunción=CITY:Asunción; montevideo=CITY:Montevideo; paramaribo=CITY:Paramaribo
reverse-question | {} ist hauptstadt wovon | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | im quiz kam {} von welchem land ist das die hauptstadt | taschkent=CITY:Taschkent; bischkek=CITY:Bischkek; ulaanbaatar=CITY:Ulaanbaatar
reverse-question | welcher bundesstaat hat {} als hauptstadt | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany
reverse-question | wovon ist {} die landeshauptstadt | wiesbaden=CITY:Wiesbaden; schwerin=CITY:Schwerin; saarbrücken=CITY:Saarbrücken

# Official names.
official-name | was ist die hauptstadt der {} | russischen föderation=RU; volksrepublik china=CN; islamischen republik iran=IR
official-name | wie heißt die hauptstadt vom {} | großherzogtum luxemburg=LU; fürstentum liechtenstein=LI; königreich marokko=MA
official-name | hauptstadt der {} | hellenischen republik=GR; schweizerischen eidgenossenschaft=CH; föderativen republik brasilien=BR
official-name | was ist die hauptstadt von der {} | sozialistischen republik vietnam=VN; vereinigten republik tansania=TZ; arabischen republik ägypten=EG
official-name | die hauptstadt des {} bitte | königreichs thailand=TH; haschemitischen königreichs jordanien=JO; königreichs saudi-arabien=SA
official-name | nenn mir die hauptstadt von {} | der republik korea=KR; der demokratischen volksrepublik korea=KP; der bundesrepublik nigeria=NG
official-name | was ist die hauptstadt der {} von mikronesien | föderierten staaten=FM
official-name | welche hauptstadt hat die {} | bolivarische republik venezuela=VE; portugiesische republik=PT; republik der philippinen=PH
official-name | was ist die hauptstadt des {} | vereinigten königreichs von großbritannien und nordirland=GB; königreichs spanien=ES; fürstentums monaco=MC

# Everyday and old names.
everyday-name | wie heißt die hauptstadt von {} | holland=NL; amerika=US; der tschechei=CZ
everyday-name | was war nochmal die hauptstadt von {} | persien=IR; siam=TH; ceylon=LK
everyday-name | was ist heute die hauptstadt von {} | birma=MM; zaire=CD; abessinien=ET
everyday-name | sag mal die hauptstadt von {} | den usa=US; england=GB-ENG; der elfenbeinküste=CI
everyday-name | was ist die hauptstadt von {} heute | weißrussland=BY; moldawien=MD; swasiland=SZ
everyday-name | hauptstadt von {} früher hieß das so | dahomey=BJ; obervolta=BF; formosa=TW
everyday-name | und die hauptstadt von {} | mazedonien=MK; den kapverden=CV; osttimor=TL
everyday-name | was ist die hauptstadt vom {} | vatikan=VA; kongo kinshasa=CD; kongo brazzaville=CG

# Shared names.
shared-name | was ist die hauptstadt von {} | kongo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | was sind die hauptstädte der {} | jungferninseln=VG+VI; beiden koreas=KP+KR
shared-name | ich will die hauptstadt von {} wissen | korea=KP+KR; kongo=CD+CG; den jungferninseln=VG+VI
shared-name | in den nachrichten kam {} was ist die hauptstadt | kongo=CD+CG; georgia=GE+US-GA

# Plural capitals.
plural-capitals | was sind die hauptstädte von {} | südafrika=ZA; bolivien=BO; malaysia=MY
plural-capitals | welche hauptstädte hat {} | sri lanka=LK; eswatini=SZ; benin=BJ
plural-capitals | wie heißen die beiden hauptstädte von {} | der elfenbeinküste=CI; den niederlanden=NL; palästina=PS
plural-capitals | südafrika hat doch drei hauptstädte welche sind das | ZA
plural-capitals | nenn mir alle hauptstädte von {} | bolivien=BO; malaysia=MY; côte d'ivoire=CI
plural-capitals | stimmt es dass {} zwei hauptstädte hat welche | sri lanka=LK; benin=BJ; eswatini=SZ
plural-capitals | die hauptstädte von {} bitte alle | holland=NL; palästina=PS; südafrika=ZA

# Subdivisions.
subdivision | was ist die landeshauptstadt von {} | bayern=DE-BY; hessen=DE-HE; thüringen=DE-TH
subdivision | wie heißt die landeshauptstadt von {} | niedersachsen=DE-NI; sachsen-anhalt=DE-ST; mecklenburg-vorpommern=DE-MV
subdivision | welche stadt ist landeshauptstadt von {} | schleswig-holstein=DE-SH; rheinland-pfalz=DE-RP; brandenburg=DE-BB
subdivision | landeshauptstadt {} | baden-württemberg=DE-BW; saarland=DE-SL; sachsen=DE-SN
subdivision | was ist die hauptstadt des us bundesstaats {} | texas=US-TX; kalifornien=US-CA; florida=US-FL
subdivision | was ist die hauptstadt von {} in amerika | new york=US-NY; illinois=US-IL; pennsylvania=US-PA
subdivision | wie heißt die hauptstadt von {} in den usa | nevada=US-NV; kentucky=US-KY; vermont=US-VT
subdivision | was ist die hauptstadt der kanadischen provinz {} | ontario=CA-ON; british columbia=CA-BC; québec=CA-QC
subdivision | hauptstadt von {} in kanada | alberta=CA-AB; manitoba=CA-MB; nunavut=CA-NU
subdivision | was ist die hauptstadt von {} in australien | queensland=AU-QLD; tasmanien=AU-TAS; victoria=AU-VIC
subdivision | was ist die hauptstadt vom bundesstaat {} in brasilien | bahia=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | welche hauptstadt hat der indische bundesstaat {} | kerala=IN-KL; rajasthan=IN-RJ; goa=IN-GA
subdivision | was ist die hauptstadt von {} in mexiko | yucatán=MX-YUC; jalisco=MX-JAL; oaxaca=MX-OAX
subdivision | was ist die hauptstadt von {} im vereinigten königreich | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
subdivision | welche hauptstadt hat {} eigentlich | grönland=GL; puerto rico=PR; neukaledonien=NC
subdivision | und was ist die hauptstadt der {} | färöer inseln=FO; kaimaninseln=KY; falklandinseln=FK
subdivision | weißt du die hauptstadt von {} | nordrhein-westfalen=DE-NW; bermuda=BM; französisch-polynesien=PF
subdivision | hauptstadt von {} in indien | jammu und kashmir=IN-JK; uttarakhand=IN-UK; westbengalen=IN-WB
subdivision | was ist die hauptstadt der insel {} | jersey=JE; guernsey=GG; réunion=RE

# Launch.
launch | alexa öffne hauptstädte der welt für die kinder | LAUNCH
launch | alexa starte mal hauptstädte der welt bitte | LAUNCH
launch | mach hauptstädte der welt auf | LAUNCH
launch | ich will hauptstädte der welt spielen | LAUNCH
launch | hauptstädte der welt starten | LAUNCH
launch | alexa lass uns hauptstädte der welt spielen | LAUNCH
launch | hej alexa öffne hauptstädte der welt | LAUNCH
launch | alexa kannst du hauptstädte der welt aufmachen | LAUNCH
launch | alexa ähm hauptstädte der welt öffnen | LAUNCH
launch | zeltlager quiz zeit alexa starte hauptstädte der welt | LAUNCH
launch | alexa öffne bitte das spiel hauptstädte der welt | LAUNCH
launch | alexa haupt städte der welt starten | LAUNCH

# Help.
help | hilfe | HELP
help | wie funktioniert das hier | HELP
help | was kann ich dich fragen | HELP
help | was kann ich hier sagen | HELP
help | ich weiß nicht wie das geht hilf mir | HELP
help | erklär mir mal wie das spiel funktioniert | HELP
help | wie benutze ich das | HELP
help | was muss ich denn sagen | HELP
help | ich brauche hilfe mit dem skill | HELP
help | hilf mir bitte ich komm nicht weiter | HELP
help | wie frage ich nach einer hauptstadt | HELP
help | kannst du mir erklären was du alles kannst | HELP
help | ich versteh das nicht was soll ich machen | HELP
help | gibt es eine anleitung | HELP
help | welche fragen kann ich stellen | HELP
help | entschuldigung wie geht das | HELP
help | hilfe bitte ich bin neu hier | HELP
help | sag mir was ich machen kann | HELP
help | was für befehle gibt es | HELP
help | hä wie geht das jetzt | HELP

# Stop.
stop | stopp | STOP
stop | stopp alexa | STOP
stop | hör auf | STOP
stop | hör jetzt auf | STOP
stop | sei still | STOP
stop | sei ruhig alexa | STOP
stop | ruhe jetzt | STOP
stop | aufhören bitte | STOP
stop | alexa aus | STOP
stop | schluss jetzt | STOP
stop | beende hauptstädte der welt | STOP
stop | ich will aufhören | STOP
stop | genug für heute tschüss | STOP
stop | alexa halt stopp | STOP
stop | ende | STOP
stop | okay das wars tschüss alexa | STOP
stop | mach aus | STOP
stop | jetzt ist schluss mit den hauptstädten | STOP
stop | danke das reicht ich hör auf | STOP
stop | beenden | STOP

# Cancel.
cancel | abbrechen | CANCEL
cancel | abbrechen bitte | CANCEL
cancel | alexa abbrechen | CANCEL
cancel | vergiss es | CANCEL
cancel | ach vergiss es | CANCEL
cancel | vergiss die frage | CANCEL
cancel | abbruch | CANCEL
cancel | brich ab | CANCEL
cancel | brich das ab | CANCEL
cancel | lass gut sein | CANCEL
cancel | vergiss es einfach | CANCEL
cancel | das kannst du abbrechen | CANCEL
cancel | die frage zurückziehen | CANCEL
cancel | egal vergiss es | CANCEL
cancel | ach nee doch nicht vergiss es | CANCEL
cancel | bitte abbrechen alexa | CANCEL
cancel | abbrechen abbrechen | CANCEL
cancel | ich nehm die frage zurück | CANCEL

# Out of domain: other facts about a named country.
out-of-domain | wie viele einwohner hat portugal | FB
out-of-domain | welche sprache spricht man in brasilien | FB
out-of-domain | welche währung hat die schweiz | FB
out-of-domain | wie spät ist es in tokio | FB
out-of-domain | wer ist der präsident von frankreich | FB
out-of-domain | welche farben hat die flagge von irland | FB
out-of-domain | wie groß ist kanada | FB
out-of-domain | wie geht die nationalhymne von österreich | FB
out-of-domain | welche länder grenzen an deutschland | FB
out-of-domain | wie hoch ist der höchste berg von italien | FB
out-of-domain | wie lange fliegt man nach indonesien | FB
out-of-domain | was ist die größte stadt von australien | FB
out-of-domain | welche religion haben die leute in marokko | FB
out-of-domain | wann wurde namibia unabhängig | FB
out-of-domain | was ist das nationalgericht von ungarn | FB
out-of-domain | wie viele bundesländer hat deutschland | FB
out-of-domain | wer ist der könig von norwegen | FB
out-of-domain | welche vorwahl hat die türkei | FB
out-of-domain | wie ist das wetter in lissabon | FB
out-of-domain | was heißt danke auf griechisch | FB
out-of-domain | was war die hauptstadt von deutschland vor berlin | FB
out-of-domain | warum ist sydney nicht die hauptstadt | FB
out-of-domain | wie viele hauptstädte kennst du | FB
out-of-domain | welcher fluss fließt durch budapest | FB
out-of-domain | wie viele menschen leben in paris | FB
out-of-domain | wie hoch ist das bruttoinlandsprodukt von norwegen | FB
out-of-domain | ist es sicher nach ägypten zu reisen | FB
out-of-domain | wie weit ist es von berlin nach rom | FB
out-of-domain | was ist die amtssprache in belgien | FB
out-of-domain | auf welchem kontinent liegt kasachstan | FB
out-of-domain | wie viele länder gibt es auf der welt | FB
out-of-domain | wer hat die letzte wahl in polen gewonnen | FB
out-of-domain | brauche ich ein visum für vietnam | FB
out-of-domain | welche steckdosen haben die in england | FB
out-of-domain | wie kalt wird es im winter in der mongolei | FB
out-of-domain | was kostet ein bier in dänemark | FB
out-of-domain | wann ist in spanien siesta | FB
out-of-domain | wie heißt der premierminister von kanada | FB
out-of-domain | wie viele inseln hat griechenland | FB
out-of-domain | wo liegt eigentlich burkina faso | FB
out-of-domain | welches land ist das größte der welt | FB
out-of-domain | wie viele einwohner hat die hauptstadt von peru | FB
out-of-domain | wie ist das wetter in der hauptstadt von schweden | FB
out-of-domain | zeig mir bilder von der hauptstadt von japan | FB
out-of-domain | wie komme ich mit dem zug in die hauptstadt von österreich | FB
out-of-domain | wer ist der bürgermeister der hauptstadt von frankreich | FB
out-of-domain | welche zeitzone hat die hauptstadt von russland | FB
# Out of domain: "hauptstadt" and "kapital" in other senses.
out-of-domain | welche stadt ist kulturhauptstadt europas dieses jahr | FB
out-of-domain | welche stadt ist die modehauptstadt der welt | FB
out-of-domain | schreibt man hauptstadt groß oder klein | FB
out-of-domain | wie viel startkapital brauche ich für eine gmbh | FB
out-of-domain | was bedeutet kapital in der wirtschaft | FB
out-of-domain | wer hat das kapital geschrieben | FB
out-of-domain | lies mir kapitel drei vor | FB
out-of-domain | was ist ein kapitaler fehler | FB
out-of-domain | wie viel eigenkapital brauche ich für ein haus | FB
out-of-domain | welche stadt ist die bierhauptstadt von deutschland | FB
out-of-domain | was ist die hauptstadt des verbrechens | FB
out-of-domain | spiel das lied hauptstadt von juli | FB
out-of-domain | was ist ein kapitalertrag | FB
out-of-domain | wie schreibt man kapitalismus | FB
out-of-domain | was ist ein kapitalverbrechen | FB
out-of-domain | welche stadt ist die fahrradhauptstadt der welt | FB
out-of-domain | wie viele buchstaben hat das wort hauptstadt | FB
out-of-domain | was heißt hauptstadt auf englisch | FB
out-of-domain | was ist der unterschied zwischen hauptstadt und großstadt | FB
out-of-domain | erstell mir eine einkaufsliste für die tupperparty | FB
# Out of domain: other requests.
out-of-domain | stell einen timer auf zehn minuten | FB
out-of-domain | spiel musik von helene fischer | FB
out-of-domain | mach das licht im wohnzimmer an | FB
out-of-domain | wie wird das wetter morgen | FB
out-of-domain | erzähl mir einen witz | FB
out-of-domain | wie spielt bayern heute | FB
out-of-domain | ruf mama an | FB
out-of-domain | wecke mich um sieben uhr | FB
out-of-domain | bestell mir eine pizza | FB
out-of-domain | was läuft heute im fernsehen | FB
out-of-domain | wie viel ist siebzehn mal drei | FB
out-of-domain | lies mir die nachrichten vor | FB
out-of-domain | wie lange hat der baumarkt offen | FB
out-of-domain | spiel deutschlandfunk | FB
out-of-domain | wie heißt der song den wir gerade beim karaoke singen | FB
out-of-domain | wann fährt die nächste fähre nach helgoland | FB
out-of-domain | wie warm ist die ostsee heute | FB
out-of-domain | wie viel schnee liegt auf der zugspitze | FB
out-of-domain | welche köder nimmt man für hechte | FB
out-of-domain | wie lange geht ein saunagang | FB

# Second batch: more speakers and situations.
flensburg-minority | hej hej welche hauptstadt hat {} noch mal | lettland=LV; kanada=CA; schottland=GB-SCT
flensburg-minority | tak alexa und die hauptstadt von {} | schweden=SE; grönland=GL; ungarn=HU
lausitz-sorbian | in cottbus fragt die oma nach der hauptstadt von {} | weißrussland=BY; ukraine=UA; litauen=LT
lausitz-sorbian | witaj witaj sag mir wie die hauptstadt von {} heißt | kroatien=HR; rumänien=RO; moldau=MD
mennonite-visit | waut heet de hauptstadt von {} | russland=RU; kasachstan=KZ; belize=BZ
mennonite-visit | mien jung will weten de hauptstadt von {} | paraguay=PY; brasilien=BR; bolivien=BO
startup-denglish | quick question was ist die hauptstadt von {} für die slides | mikronesien=FM; kiribati=KI; marshallinseln=MH
startup-denglish | der investor kommt aus {} was ist da nochmal die capital city | singapur=SG; südkorea=KR; luxemburg=LU
startup-denglish | ich brauch für das offsite die hauptstadt von {} asap | portugal=PT; georgien=GE; montenegro=ME
international-student | entschuldigung mein deutsch ist nicht so gut hauptstadt von {} welche | nepal=NP; bangladesch=BD; sri lanka=LK
international-student | ich komme aus {} und mein professor fragt unsere hauptstadt wie sagt man auf deutsch | china=CN; südkorea=KR; vietnam=VN
international-student | wie heißt in deutsch die hauptstadt von {} | indien=IN; pakistan=PK; nigeria=NG
retired-couple | gerhard lass mich mal fragen alexa was ist die hauptstadt von {} | kiribati=KI; mikronesien=FM; palau=PW
retired-couple | ich hab recht und du nicht oder alexa was ist die hauptstadt von {} | brasilien=BR; schweiz=CH; marokko=MA
stammering | die h hauptstadt von {} | vanuatu=VU; nauru=NR; tuvalu=TV
stammering | was ist ist die hauptstadt von {} | gabun=GA; kamerun=CM; angola=AO
spaeti-night | alter der späti ist leer sag mal die hauptstadt von {} | eritrea=ER; somalia=SO; dschibuti=DJ
spaeti-night | kollege hat gewettet dass er die hauptstadt von {} weiß | kirgisistan=KG; turkmenistan=TM; tadschikistan=TJ
child-atlas | alexa alexa wie heißt die hauptstadt von {} | nordkorea=KP; amerika=US; china=CN
child-atlas | ich hab einen globus und da ist {} was ist da die hauptstadt | madagaskar=MG; neuseeland=NZ; island=IS
teen-presentation | mein lehrer will dass ich die hauptstadt von {} weiß | sierra leone=SL; liberia=LR; guinea=GN
teen-presentation | boah ich hab das referat über {} vergessen was ist die hauptstadt | syrien=SY; irak=IQ; afghanistan=AF
elder | ach kindchen alexa wie hieß denn die hauptstadt von {} | jamaika=JM; ungarn=HU; portugal=PT
elder | zu meiner zeit war {} ganz anders was ist da heute die hauptstadt | burma=MM; ceylon=LK; persien=IR
elder | sagen sie mal was ist eigentlich die hauptstadt von {} | kasachstan=KZ; nigeria=NG; brasilien=BR
stammtisch | prost und wer weiß die hauptstadt von {} | bhutan=BT; laos=LA; mongolei=MN
sauna | im ruheraum flüstert einer was ist die hauptstadt von {} | estland=EE; finnland=FI; russland=RU
model-railway | der vorsitzende vom modellbahnverein war in {} welche hauptstadt hat das | luxemburg=LU; dänemark=DK; tschechien=CZ
karaoke | nach dem eurodance hit aus {} die hauptstadt bitte | rumänien=RO; moldau=MD; schweden=SE
dog-school | meine hundetrainerin kommt aus {} was ist da die hauptstadt | polen=PL; ungarn=HU; kroatien=HR
fishing-club | wir wollen zum angeln nach {} was ist die hauptstadt da | norwegen=NO; schweden=SE; kanada=CA
ski-hut | die skilehrer kommen aus {} wie heißt deren hauptstadt | österreich=AT; neuseeland=NZ; argentinien=AR
scout-camp | die pfadfinder aus {} sind zu besuch welche hauptstadt haben die | kenia=KE; uganda=UG; tansania=TZ
flea-market | der verkäufer hat briefmarken aus {} welche hauptstadt hat das land | nicaragua=NI; honduras=HN; el salvador=SV
moving-house | unser neuer nachbar kommt aus {} was ist dort die hauptstadt | syrien=SY; eritrea=ER; afghanistan=AF
tutoring | nachhilfe in geo frage fünf die hauptstadt von {} | sudan=SD; tschad=TD; niger=NE
car-wash | während die bürsten laufen was ist die hauptstadt von {} | jemen=YE; bahrain=BH; katar=QA
sport-tv | beim ryder cup spielt einer aus {} was ist die hauptstadt | irland=IE; nordirland=GB-NIR; spanien=ES
sport-tv | die handballerinnen aus {} gewinnen gerade wie heißt die hauptstadt | norwegen=NO; montenegro=ME; dänemark=DK
sport-tv | beim darts spielt einer aus {} welche hauptstadt hat das | niederlande=NL; belgien=BE; schottland=GB-SCT
news-media | im radio sagen die was über {} wie heißt dort die hauptstadt | sudan=SD; jemen=YE; somalia=SO
news-media | in der tagesschau wurde über {} berichtet was ist die hauptstadt | mali=ML; burkina faso=BF; niger=NE
travel-booking | ich such ein hotel in der hauptstadt von {} wie heißt die | kolumbien=CO; peru=PE; ecuador=EC
travel-booking | der flieger geht über {} was ist die hauptstadt dort | katar=QA; oman=OM; die emirate=AE
baltic-camping | der nachbar im wohnwagen ist aus {} welche hauptstadt hat das | lettland=LV; estland=EE; litauen=LT
helgoland-ferry | der kapitän kommt aus {} was ist die hauptstadt da | dänemark=DK; niederlande=NL; norwegen=NO
kitchen | ich mache jollof reis aus {} was ist die hauptstadt | ghana=GH; nigeria=NG; senegal=SN
kitchen | mein rezept für gulasch kommt aus {} welche stadt ist hauptstadt | ungarn=HU; tschechien=CZ; österreich=AT
car | auf der autobahn richtung {} was ist da die hauptstadt | polen=PL; dänemark=DK; frankreich=FR
car | beifahrerin will wissen hauptstadt von {} | luxemburg=LU; belgien=BE; slowakei=SK
filler-hesitation | hm hm also die hauptstadt von {} wie war das | swasiland=SZ; lesotho=LS; botsuana=BW
filler-hesitation | äh äh moment wie heißt die hauptstadt von {} | guyana=GY; suriname=SR; belize=BZ
case-genitive | wo ist die hauptstadt {} | brasiliens=BR; kanadas=CA; indiens=IN
case-genitive | welche hauptstadt hat der {} | tschad=TD; jemen=YE; oman=OM
terse-keyword | hauptstadt von {} schnell | dominica=DM; grenada=GD; barbados=BB
terse-keyword | {} hauptstadt welche | kiribati=KI; mikronesien=FM; tuvalu=TV
trailing-words | was ist die hauptstadt von {} danke schön alexa | salomonen=SB; fidschi=FJ; papua-neuguinea=PG
trailing-words | die hauptstadt von {} ich wart | zypern=CY; malta=MT; andorra=AD
recognition-artefact | was ist denn die hauptstadt von {} | mikro nesien=FM; kiri bati=KI; marshall inseln=MH
recognition-artefact | haupt stadt von {} bitte | daenemark=DK; oesterreich=AT; schweitz=CH
recognition-artefact | hauptstatt {} | grichenland=GR; lichtenstein=LI; tuerkei=TR
recognition-artefact | wie heißt die hauptstadt von {} nochmal | elfenbein küste=CI; sri lanka=LK; bosnien herzegowina=BA
one-shot | alexa frag hauptstädte der welt was die hauptstadt von {} ist | fidschi=FJ; mikronesien=FM; kiribati=KI
one-shot | alexa öffne hauptstädte der welt hauptstadt von {} | somalia=SO; südsudan=SS; eritrea=ER
follow-up | und {} | lettland=LV; ruanda=RW; mikronesien=FM
follow-up | und was ist mit der hauptstadt von {} | kiribati=KI; tonga=TO; palau=PW
follow-up | ok danke und jetzt noch {} | honduras=HN; kuba=CU; bahamas=BS
follow-up | und wie ist es bei {} | saudi-arabien=SA; kuwait=KW; irak=IQ
self-correction | hauptstadt von neuseeland ähm nee von {} | fidschi=FJ; samoa=WS; kiribati=KI
self-correction | was ist die hauptstadt von kongo ich meine natürlich {} | ruanda=RW; burundi=BI; uganda=UG
self-correction | sag mir die hauptstadt von malta nein stopp ich meine {} | zypern=CY; griechenland=GR
yes-no-check | ist die hauptstadt von {} richtig | australien canberra=AU; kanada ottawa=CA
yes-no-check | ist {} wirklich | kiew die hauptstadt der ukraine=UA; minsk die hauptstadt von belarus=BY; tiflis die hauptstadt von georgien=GE
yes-no-check | heißt die hauptstadt von {} | bolivien la paz=BO; der schweiz bern=CH; brasilien brasília=BR
reverse-question | in welchem land liegt die hauptstadt {} | palikir=CITY:Palikir; majuro=CITY:Majuro; funafuti=CITY:Funafuti
reverse-question | {} ist die hauptstadt von was | nairobi=CITY:Nairobi; kigali=CITY:Kigali; lusaka=CITY:Lusaka
reverse-question | von welchem staat ist {} die hauptstadt | austin=CITY:Austin; denver=CITY:Denver; boise=CITY:Boise
official-name | was ist die hauptstadt von der republik {} | österreich=AT; polen=PL; kroatien=HR
official-name | und wie heißt die hauptstadt der republik {} | indien=IN; türkei=TR; finnland=FI
everyday-name | und die hauptstadt von {} bitte | den emiraten=AE; bosnien=BA; saudi=SA
everyday-name | was ist die hauptstadt von {} heutzutage | rhodesien=ZW; kampuchea=KH; bechuanaland=BW
shared-name | die beiden {} was haben die für hauptstädte | kongos=CD+CG; koreas=KP+KR
plural-capitals | {} hat mehrere hauptstädte welche denn | bolivien=BO; malaysia=MY; die niederlande=NL
plural-capitals | was sind die drei hauptstädte von {} | südafrika=ZA
plural-capitals | welche zwei hauptstädte hat {} | die elfenbeinküste=CI; benin=BJ; sri lanka=LK
plural-capitals | sag mir beide hauptstädte von {} | eswatini=SZ; palästina=PS; malaysia=MY
plural-capitals | in welchen städten sitzt die regierung von {} hauptstädte bitte | südafrika=ZA; bolivien=BO
subdivision | was ist die hauptstadt vom bundesstaat {} | georgia=US-GA; washington=US-WA; michigan=US-MI
subdivision | welche stadt ist die hauptstadt von {} in den staaten | ohio=US-OH; arizona=US-AZ; louisiana=US-LA
subdivision | hauptstadt von {} bitte | saskatchewan=CA-SK; yukon=CA-YT; nova scotia=CA-NS
subdivision | wie heißt die hauptstadt von {} da unten in australien | new south wales=AU-NSW; western australia=AU-WA; south australia=AU-SA
subdivision | welche landeshauptstadt hat {} | hamburg=DE-HH; bremen=DE-HB; nrw=DE-NW
subdivision | sag mir die hauptstadt von {} in brasilien | pernambuco=BR-PE; paraná=BR-PR; rio grande do sul=BR-RS
subdivision | was ist die hauptstadt von {} in indien | tamil nadu=IN-TN; maharashtra=IN-MH; karnataka=IN-KA

# Second batch: launch, help, stop, cancel.
launch | alexa öffne hauptstädte der welt wir machen quiz | LAUNCH
launch | alexa starte hauptstädte der welt auf dem campingplatz | LAUNCH
launch | alexa fang mit hauptstädte der welt an | LAUNCH
launch | leg los mit hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt bitte einschalten | LAUNCH
launch | tak alexa öffne hauptstädte der welt | LAUNCH
help | was kann dieser skill eigentlich | HELP
help | ich bin verwirrt wie soll ich fragen | HELP
help | hilfe wie stell ich eine frage | HELP
help | kannst du mir helfen ich weiß nicht weiter | HELP
help | wie funktioniert hauptstädte der welt | HELP
help | was kann ich bei hauptstädte der welt sagen | HELP
help | entschuldigung ich verstehe das spiel nicht | HELP
help | erkläre mir bitte die regeln | HELP
help | wie geht das mit den hauptstädten | HELP
help | hilfe hilfe | HELP
help | was soll ich jetzt sagen alexa | HELP
help | zeig mir wie das geht | HELP
stop | stopp stopp stopp | STOP
stop | alexa stopp das reicht jetzt | STOP
stop | hör bitte auf zu reden | STOP
stop | sei mal still alexa | STOP
stop | ich hab keine lust mehr hör auf | STOP
stop | aufhören alexa wir essen jetzt | STOP
stop | beende das spiel | STOP
stop | schluss aus ende | STOP
stop | alexa halt die klappe | STOP
stop | hauptstädte der welt beenden | STOP
stop | stopp die kinder gehen ins bett | STOP
stop | ruhe bitte | STOP
stop | alexa hör auf mit dem quiz | STOP
stop | stopp ich muss los | STOP
cancel | ach vergiss es doch | CANCEL
cancel | vergiss was ich gefragt habe | CANCEL
cancel | abbrechen das war ein versehen | CANCEL
cancel | brich die frage ab | CANCEL
cancel | nein abbrechen | CANCEL
cancel | alexa vergiss die frage bitte | CANCEL
cancel | abbrechen ich hab mich versprochen | CANCEL
cancel | lass gut sein ist nicht so wichtig | CANCEL
cancel | vergiss es ich frag später | CANCEL
cancel | brich bitte ab | CANCEL
cancel | das hat sich erledigt vergiss es | CANCEL
cancel | abbrechen war falsch | CANCEL
cancel | ach nee vergiss es war nix | CANCEL
cancel | vergiss die sache einfach | CANCEL

stop | alexa stopp wir sind da | STOP
stop | hör auf mit den hauptstädten | STOP
stop | stopp jetzt ist feierabend | STOP
stop | so das reicht für heute aufhören | STOP
stop | alexa sei leise der kleine schläft | STOP
stop | stopp alexa mama telefoniert | STOP
stop | halt stopp aus | STOP
stop | bitte hör jetzt auf alexa | STOP
stop | beende hauptstädte der welt bitte | STOP
stop | aufhören wir fahren los | STOP
cancel | abbrechen bitte die frage war quatsch | CANCEL
cancel | vergiss es hat sich erledigt | CANCEL
cancel | brich ab ich weiß es schon | CANCEL
cancel | vergiss die letzte frage | CANCEL
cancel | abbrechen ich hab die falsche taste gedrückt | CANCEL
cancel | alexa vergiss es einfach bitte | CANCEL
cancel | och vergiss es | CANCEL
help | ich hab keine ahnung was ich sagen soll hilfe | HELP
help | wie geht hauptstädte der welt | HELP

# Second batch: out of domain.
out-of-domain | wie viele einwohner hat kiribati | FB
out-of-domain | welche sprache spricht man in mikronesien | FB
out-of-domain | wie heißt der größte see in afrika | FB
out-of-domain | wer hat die vierschanzentournee gewonnen | FB
out-of-domain | wie steht es im spiel deutschland gegen litauen | FB
out-of-domain | wann ist der nächste flohmarkt in bautzen | FB
out-of-domain | wie lange muss die tupperdose in die mikrowelle | FB
out-of-domain | wie viel kostet ein tattoo | FB
out-of-domain | wie bringe ich meinem hund sitz bei | FB
out-of-domain | wie viel grad hat die finnische sauna | FB
out-of-domain | was ist die hauptsache | FB
out-of-domain | was ist eine hauptstraße | FB
out-of-domain | wer ist der hauptdarsteller in dem film | FB
out-of-domain | wo ist der hauptbahnhof | FB
out-of-domain | wie heißt die hauptstadt in dem buch die tribute von panem | FB
out-of-domain | wie viele hauptstädte gibt es in europa | FB
out-of-domain | welche hauptstadt liegt am höchsten | FB
out-of-domain | welche hauptstadt ist die älteste der welt | FB
out-of-domain | ist berlin größer als paris | FB
out-of-domain | wie viele einwohner hat berlin | FB
out-of-domain | wann ist berlin hauptstadt geworden | FB
out-of-domain | wie weit ist die hauptstadt von hier entfernt | FB
out-of-domain | was kostet ein flug nach bangkok | FB
out-of-domain | welches land hat die meisten nachbarn | FB
out-of-domain | welcher ist der längste fluss in europa | FB
out-of-domain | wie heißt die währung in dänemark | FB
out-of-domain | wer war der erste bundeskanzler | FB
out-of-domain | wann wurde die mauer gebaut | FB
out-of-domain | spiel das lied rom von der band | FB
out-of-domain | mach mal die sauna playlist an | FB
out-of-domain | wie viele punkte hat kenia bei olympia geholt | FB
out-of-domain | was ist das kapitol in washington | FB
out-of-domain | zeig mir die karte von südamerika | FB
out-of-domain | übersetz hauptstadt ins dänische | FB
out-of-domain | welche länder gehören zu skandinavien | FB
out-of-domain | wie viele bundesstaaten hat amerika | FB
out-of-domain | wie heißt der gouverneur von texas | FB
out-of-domain | wie viel kapital hat die deutsche bank | FB
out-of-domain | was macht ein kapitän auf der fähre | FB
out-of-domain | ich möchte ein taxi zum flughafen | FB
"""

if __name__ == "__main__":
    build_round(23, "de", LINES, sys.argv, "tests/Eval/de/round23/source/build_corpus.py")
