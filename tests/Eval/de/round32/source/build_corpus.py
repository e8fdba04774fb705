"""Round 32, German (de-DE): a new author's own mix, written blind. Speakers chosen away from rounds 28-31:
Tyroleans in Innsbruck and the Zillertal ("griaß di", "wos isch", "jo mei", "a bissl", the Alm, the ski hut),
Upper Austrians in Linz ("heast", "oiso", "passt scho", "geh weida"), Westphalians in the Münsterland and the
Sauerland ("getz", "woll", "dat", "wat", the Schützenfest), Mecklenburg Platt speakers on the Baltic coast ("wat is",
"dat weet ik nich", "min deern", "hüt", the cutter), South Tyroleans in Bozen ("hoi", "gell", "allora", "isch", the
Törggelen), Greek families in Stuttgart and Munich ("ela", "re", "po po po", "yiayia", "efcharisto"), Italian
guest-worker families ("allora", "dai", "boh", "nonna", "mamma mia", "grazie"), Vietnamese families in Berlin-Lichtenberg
("da", "oi troi", "cam on", "ba noi", learner order), Ukrainian refugees learning German ("dobre", "tak", "dyakuyu",
"babusia", deliberately ungrammatical), Ghanaian families in Hamburg ("chale", "ei", "medaase", "auntie"), Brazilian
families ("né", "nossa", "tipo", "obrigada", "vovó"), a ten-year-old watching the Eurovision Song Contest, teenagers
("bro", "sheesh", "no cap", "cringe", "lowkey"), a retired pastor and a retired sea captain. At work: a baker at four in
the morning, a hairdresser and her customer, a tram driver, a dairy farmer in the cow barn, a beekeeper, a dental
practice receptionist, a forester, a wedding DJ, a police patrol. Games and sport: Doppelkopf, a chess club, the
football World Cup prediction game, Eurovision points, Formula 1, the Tour de France, flag memory, Monopoly. Travel: a
camper van in Scandinavia, a cruise ship, Interrail, a visa application. Home: moving house, Christmas biscuits, the
sauna, the allotment, a video call with grandchildren in Australia. Plus genitives, the polite Sie, terse forms,
follow-ups, yes/no checks with right and wrong guesses, self-corrections (marked "nein warte", "ich meine", "sorry",
"äh nein", "korrektur", "falsch"; the last place named is expected), reverse questions (CITY:<capital>), official,
everyday and old names, shared names (Kongo, Korea, Georgia, Jungferninseln), plurals of every several-capital country,
subdivisions and territories, one-shot requests with "hauptstädte der welt", launch, help, stop, cancel and about an
eighth out of domain. Recognition forms: split words, lost umlauts, homophones, "fon", "haupt stadt", misspellings.
`python3 tests/Eval/de/round32/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 32's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
plain-question | sag mal alexa welche stadt ist die hauptstadt von {} | frankreich=FR; belgien=BE; irland=IE
plain-question | welche stadt ist denn eigentlich hauptstadt in {} | norwegen=NO; finnland=FI; island=IS
plain-question | hauptstadt von {} welche ist das nochmal | ecuador=EC; venezuela=VE; kolumbien=CO
plain-question | alexa mich würde interessieren was die hauptstadt von {} ist | uruguay=UY; paraguay=PY; argentinien=AR
plain-question | kennst du die hauptstadt von {} | ägypten=EG; libyen=LY; tunesien=TN
plain-question | welches ist die hauptstadt von {} | kuwait=KW; bahrain=BH; katar=QA

genitive | wie heißt die hauptstadt {} | schwedens=SE; dänemarks=DK; estlands=EE
genitive | was ist die hauptstadt {} eigentlich | marokkos=MA; algeriens=DZ; mauretaniens=MR
genitive | nenn mir die hauptstadt {} | des tschad=TD; des niger=NE; des südsudan=SS
genitive | welche stadt ist die hauptstadt {} | der philippinen=PH; der salomonen=SB; der seychellen=SC
genitive | weißt du wie die hauptstadt {} heißt | kenias=KE; ugandas=UG; ruandas=RW

polite | könnten sie mir freundlicherweise die hauptstadt von {} nennen | liechtenstein=LI; luxemburg=LU; monaco=MC
polite | entschuldigung darf ich fragen was die hauptstadt von {} ist | guatemala=GT; honduras=HN; el salvador=SV
polite | ich hätte gern gewusst wie die hauptstadt von {} heißt | nicaragua=NI; costa rica=CR; panama=PA
polite | seien sie doch so gut und sagen sie mir die hauptstadt von {} | belize=BZ; jamaika=JM; haiti=HT

terse | hauptstadt {} | laos=LA; vanuatu=VU; eritrea=ER
terse | {} hauptstadt bitte | myanmar=MM; bhutan=BT; malawi=MW
terse | {} die hauptstadt schnell | kuba=CU; grenada=GD; dominica=DM
terse | hauptstadt von {} los | burundi=BI; sambia=ZM; simbabwe=ZW

follow-up | und die hauptstadt von {} | slowenien=SI; slowakei=SK; lettland=LV
follow-up | und was ist mit {} | litauen=LT; ungarn=HU; rumänien=RO
follow-up | okay danke und von {} | bulgarien=BG; griechenland=GR; zypern=CY
follow-up | gut und jetzt {} | afghanistan=AF; iran=IR; irak=IQ
follow-up | dann noch {} bitte | usbekistan=UZ; turkmenistan=TM; kasachstan=KZ
follow-up | und wie ist das bei {} | mongolei=MN; nepal=NP; sri lanka=LK
follow-up | noch eins und zwar {} | tonga=TO; samoa=WS; fidschi=FJ
follow-up | und das gleiche für {} | kiribati=KI; tuvalu=TV; nauru=NR

yes-no-check | ist {} | wien die hauptstadt von österreich=AT; salzburg die hauptstadt von österreich=AT; graz die hauptstadt von österreich=AT
yes-no-check | stimmt es dass {} | canberra die hauptstadt von australien ist=AU; sydney die hauptstadt von australien ist=AU; melbourne die hauptstadt von australien ist=AU
yes-no-check | ist die hauptstadt von {} | brasilien rio de janeiro=BR; brasilien brasília=BR; kanada toronto=CA
yes-no-check | hab ich recht dass {} | ottawa die hauptstadt von kanada ist=CA; ankara die hauptstadt der türkei ist=TR; istanbul die hauptstadt der türkei ist=TR
yes-no-check | {} oder | lagos ist die hauptstadt von nigeria=NG; abuja ist die hauptstadt von nigeria=NG; accra ist die hauptstadt von ghana=GH
yes-no-check | heißt die hauptstadt von {} | marokko casablanca=MA; vietnam hanoi=VN; vietnam saigon=VN
yes-no-check | ist {} wirklich die hauptstadt | bern von der schweiz=CH; zürich von der schweiz=CH; genf von der schweiz=CH
yes-no-check | die hauptstadt von {} stimmt doch | indien ist mumbai=IN; pakistan ist karachi=PK; china ist peking=CN
yes-no-check | mein opa sagt {} hat der recht | bonn ist die hauptstadt von deutschland=DE; die hauptstadt von japan ist kyoto=JP; dar es salaam ist die hauptstadt von tansania=TZ
yes-no-check | ich wette {} ist die hauptstadt von kasachstan stimmt das | almaty=KZ
yes-no-check | ist tel aviv die hauptstadt von israel | IL
yes-no-check | stimmt es dass la paz die hauptstadt von bolivien ist | BO
yes-no-check | ist lissabon die hauptstadt von portugal oder porto | PT
yes-no-check | ist miami die hauptstadt von florida | US-FL
yes-no-check | ist saint louis die hauptstadt vom senegal | SN
yes-no-check | ist doha die hauptstadt von katar oder ist es dubai | QA

self-correction | die hauptstadt von {} | schweden nein warte norwegen=NO; finnland äh nein estland=EE; dänemark sorry ich meine island=IS
self-correction | was ist die hauptstadt von {} | österreich ich meine ungarn=HU; slowenien nein warte slowakei=SK; polen korrektur tschechien=CZ
self-correction | wie heißt die hauptstadt von {} | peru äh nein chile=CL; bolivien sorry paraguay=PY; uruguay ich meine argentinien=AR
self-correction | sag mir die hauptstadt von {} | niger nein warte nigeria=NG; guinea ich meine guinea-bissau=GW; gambia äh nein senegal=SN
self-correction | hauptstadt von {} | irak falsch iran=IR; syrien nein warte jordanien=JO; oman sorry jemen=YE
self-correction | alexa die hauptstadt von österreich äh nein ich meine von australien | AU
self-correction | was ist die hauptstadt von slowenien oder nein sorry slowakei | SK
self-correction | wie heißt die hauptstadt von mali nein warte malawi | MW
self-correction | die hauptstadt von dominica ich meine dominikanische republik | DO
self-correction | sag mir die hauptstadt von südkorea nein warte nordkorea | KP
self-correction | hauptstadt von sudan korrektur südsudan | SS
self-correction | hauptstadt von kamerun falsch gabun | GA
self-correction | die hauptstadt von lettland äh nein litauen mein ich | LT
self-correction | was ist die hauptstadt von bayern ich meine von baden-württemberg | DE-BW
self-correction | was ist die hauptstadt von texas sorry ich meine arizona | US-AZ
self-correction | griaß di die hauptstadt von tirol nein warte von kärnten äh nein von der schweiz | CH

reverse-question | {} ist die hauptstadt von welchem land | ulaanbaatar=CITY:Ulaanbaatar; vientiane=CITY:Vientiane; tiflis=CITY:Tiflis
reverse-question | von welchem land ist {} die hauptstadt | nairobi=CITY:Nairobi; kampala=CITY:Kampala; kigali=CITY:Kigali
reverse-question | {} ist hauptstadt von was | bischkek=CITY:Bischkek; duschanbe=CITY:Duschanbe; taschkent=CITY:Taschkent
reverse-question | zu welchem land gehört die hauptstadt {} | montevideo=CITY:Montevideo; asunción=CITY:Asunción; caracas=CITY:Caracas
reverse-question | welches land hat {} als hauptstadt | reykjavík=CITY:Reykjavík; vilnius=CITY:Vilnius; tallinn=CITY:Tallinn
reverse-question | {} hauptstadt wovon | ouagadougou=CITY:Ouagadougou; bamako=CITY:Bamako; niamey=CITY:Niamey
reverse-question | wessen hauptstadt ist {} | wiesbaden=CITY:Wiesbaden; schwerin=CITY:Schwerin; erfurt=CITY:Erfurt
reverse-question | {} ist die hauptstadt von welchem bundesstaat | sacramento=CITY:Sacramento; albany=CITY:Albany; tallahassee=CITY:Tallahassee
reverse-question | in welchem land ist {} die hauptstadt | antananarivo=CITY:Antananarivo; lilongwe=CITY:Lilongwe; maputo=CITY:Maputo
reverse-question | {} ist die hauptstadt von wo | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | was für ein land hat die hauptstadt {} | thimphu=CITY:Thimphu; kathmandu=CITY:Kathmandu; dhaka=CITY:Dhaka
reverse-question | {} ist die hauptstadt welcher provinz | regina=CITY:Regina; winnipeg=CITY:Winnipeg; halifax=CITY:Halifax

official-name | was ist die hauptstadt der {} | russischen föderation=RU; französischen republik=FR; argentinischen republik=AR
official-name | wie heißt die hauptstadt der {} | italienischen republik=IT; portugiesischen republik=PT; libanesischen republik=LB
official-name | hauptstadt der {} bitte | vereinigten staaten von amerika=US; volksrepublik china=CN; slowakischen republik=SK
official-name | sag mir die hauptstadt der {} | kirgisischen republik=KG; schweizerischen eidgenossenschaft=CH; republik österreich=AT
official-name | was ist die hauptstadt vom {} | vereinigten königreich großbritannien und nordirland=GB; königreich schweden=SE; königreich norwegen=NO
official-name | die hauptstadt der {} heißt wie | republik moldau=MD; republik kongo=CG; demokratischen republik kongo=CD
official-name | und was ist offiziell die hauptstadt von {} | brunei darussalam=BN; timor-leste=TL; cabo verde=CV

old-name | wie hieß die hauptstadt von {} | persien=IR; siam=TH; ceylon=LK
old-name | was war die hauptstadt von {} | abessinien=ET; obervolta=BF; dahome=BJ
old-name | was ist die hauptstadt von {} heute | zaire=CD; rhodesien=ZW; betschuanaland=BW
old-name | mein opa sagt noch {} was ist da die hauptstadt | birma=MM; swasiland=SZ; kampuchea=KH

everyday-name | was ist nochmal die hauptstadt von {} | holland=NL; weißrussland=BY; osttimor=TL
everyday-name | wie heißt nochmal die hauptstadt von {} | amerika=US; großbritannien=GB; mazedonien=MK
everyday-name | die hauptstadt von {} bitte | den emiraten=AE; kap verde=CV; der tschechei=CZ
everyday-name | hauptstadt von {} weißt du die | bosnien=BA; kirgisien=KG; sao tome=ST
everyday-name | sag mal was ist die hauptstadt der {} | usa=US; vae=AE; elfenbeinküste=CI

shared-name | alexa was ist die hauptstadt von {} | kongo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | die hauptstadt der {} | jungferninseln=VG+VI; beiden koreas=KP+KR; britischen jungferninseln=VG
shared-name | wie heißt die hauptstadt vom {} | kongo=CD+CG
shared-name | alexa hauptstadt von korea | KP+KR
shared-name | sag mir die hauptstadt von georgia | GE+US-GA
shared-name | was ist die hauptstadt von georgia in amerika | US-GA
shared-name | was ist die hauptstadt von georgien im kaukasus | GE
shared-name | was ist die hauptstadt der amerikanischen jungferninseln | VI
shared-name | hauptstadt von kongo-brazzaville | CG
shared-name | die hauptstadt vom kongo kinshasa | CD
shared-name | ela re die hauptstadt von korea | KP+KR
shared-name | chale what is the hauptstadt von kongo | CD+CG

plural-capitals | was sind die hauptstädte von {} | bolivien=BO; südafrika=ZA; den niederlanden=NL
plural-capitals | welche hauptstädte hat {} | malaysia=MY; benin=BJ; sri lanka=LK
plural-capitals | wie heißen die hauptstädte von {} | eswatini=SZ; der elfenbeinküste=CI; palästina=PS
plural-capitals | nenn mir alle hauptstädte von {} | südafrika=ZA; bolivien=BO; malaysia=MY
plural-capitals | {} hat doch mehrere hauptstädte welche sind das | südafrika=ZA; sri lanka=LK; benin=BJ
plural-capitals | allora die hauptstädte von {} welche sind die | holland=NL; swasiland=SZ; palästina=PS
plural-capitals | was sind eigentlich die beiden hauptstädte der {} | niederlande=NL; elfenbeinküste=CI
plural-capitals | getz ma ehrlich welche hauptstädte hat bolivien | BO
plural-capitals | die zwei hauptstädte von malaysia bitte | MY
plural-capitals | wie viele hauptstädte hat südafrika und wie heißen die | ZA
plural-capitals | welche hauptstädte hat eswatini eigentlich | SZ
plural-capitals | hauptstädte von benin | BJ
plural-capitals | was sind die hauptstädte von der côte d'ivoire | CI

subdivision | was ist die landeshauptstadt von {} | niedersachsen=DE-NI; schleswig-holstein=DE-SH; mecklenburg-vorpommern=DE-MV
subdivision | wie heißt die landeshauptstadt von {} | sachsen-anhalt=DE-ST; rheinland-pfalz=DE-RP; thüringen=DE-TH
subdivision | landeshauptstadt {} | des saarlandes=DE-SL; von brandenburg=DE-BB; von sachsen=DE-SN
subdivision | was ist die hauptstadt vom bundesstaat {} | texas=US-TX; nevada=US-NV; oregon=US-OR
subdivision | was ist die hauptstadt des us bundesstaates {} | pennsylvania=US-PA; ohio=US-OH; michigan=US-MI
subdivision | wie heißt die hauptstadt von {} in den usa | illinois=US-IL; massachusetts=US-MA; colorado=US-CO
subdivision | die hauptstadt der kanadischen provinz {} | ontario=CA-ON; alberta=CA-AB; british columbia=CA-BC
subdivision | was ist die hauptstadt von {} in australien | queensland=AU-QLD; tasmanien=AU-TAS; victoria=AU-VIC
subdivision | hauptstadt von {} in brasilien | bahia=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | was ist die hauptstadt vom indischen bundesstaat {} | kerala=IN-KL; rajasthan=IN-RJ; maharashtra=IN-MH
subdivision | was ist die hauptstadt von {} im vereinigten königreich | wales=GB-WLS; nordirland=GB-NIR; england=GB-ENG
subdivision | wie heißt die hauptstadt von alaska | US-AK
subdivision | hauptstadt von louisiana | US-LA
subdivision | was ist die hauptstadt vom staat washington | US-WA
subdivision | die hauptstadt vom bundesstaat new york | US-NY
subdivision | was ist die hauptstadt von yukon | CA-YT
subdivision | hauptstadt von western australia | AU-WA

territory | was ist der hauptort von {} | grönland=GL; den färöern=FO; spitzbergen=SJ
territory | was ist denn die hauptstadt von {} | puerto rico=PR; guam=GU; bermuda=BM
territory | wie heißt denn die hauptstadt von {} | französisch-polynesien=PF; neukaledonien=NC; réunion=RE
territory | hauptstadt der {} | falklandinseln=FK; kaimaninseln=KY; cookinseln=CK
territory | was ist die hauptstadt von {} eigentlich | gibraltar=GI; jersey=JE; guernsey=GG
territory | der hauptort der {} | ålandinseln=AX; nördlichen marianen=MP; weihnachtsinsel=CX
territory | was ist die hauptstadt von curaçao | CW
territory | hauptstadt von martinique | MQ
territory | was ist die hauptstadt von st helena | SH
territory | wie heißt der hauptort der isle of man | IM
territory | was ist die hauptstadt vom kosovo | XK
territory | was ist die hauptstadt der westsahara | EH
territory | was ist die hauptstadt von amerikanisch-samoa | AS

one-shot | frag hauptstädte der welt nach der hauptstadt von {} | kanada=CA; mexiko=MX; brasilien=BR
one-shot | alexa frag hauptstädte der welt was die hauptstadt von {} ist | japan=JP; südkorea=KR; nordkorea=KP
one-shot | öffne hauptstädte der welt und sag mir die hauptstadt von {} | indonesien=ID; singapur=SG; thailand=TH
one-shot | sag hauptstädte der welt ich möchte die hauptstadt von {} wissen | angola=AO; namibia=NA; botsuana=BW
one-shot | starte hauptstädte der welt mit {} | ghana=GH; togo=TG; liberia=LR
one-shot | frag mal bei hauptstädte der welt nach {} | sierra leone=SL; gambia=GM; guinea=GN
one-shot | lass dir von hauptstädte der welt die hauptstadt von {} sagen | äthiopien=ET; somalia=SO; dschibuti=DJ
one-shot | frag hauptstädte der welt was die hauptstädte von bolivien sind | BO
one-shot | griaß di frag hauptstädte der welt nach der hauptstadt von slowenien | SI
one-shot | heast frag hauptstädte der welt wos de hauptstadt von kroatien is | HR
one-shot | frag hauptstädte der welt von welchem land canberra die hauptstadt ist | CITY:Canberra

tyrolean | griaß di wos isch die hauptstadt vo {} | italien=IT; san marino=SM; malta=MT
tyrolean | jo mei do woaß i nix wos isch denn die hauptstadt vo {} | albanien=AL; montenegro=ME; serbien=RS
tyrolean | mir hocken auf der alm und streiten um die hauptstadt vo {} | kroatien=HR; bosnien und herzegowina=BA; nordmazedonien=MK
tyrolean | sag amol a bissl schneller wia hoaßt die hauptstadt vo {} | andorra=AD; spanien=ES; portugal=PT

upper-austrian | heast oiso wos is de hauptstadt vo {} | schweden=SE; dänemark=DK; deutschland=DE
upper-austrian | passt scho und de hauptstadt vo {} | tschechien=CZ; polen=PL; ukraine=UA
upper-austrian | geh weida sog ma de hauptstadt vo {} | russland=RU; belarus=BY; moldawien=MD

westphalian | getz sach ma wat is die hauptstadt von {} woll | niederlande=NL; belgien=BE; luxemburg=LU
westphalian | wir stehen aufm schützenfest und wollen wissen die hauptstadt von {} | irland=IE; schottland=GB-SCT; wales=GB-WLS
westphalian | dat weiß doch keiner wat is denn die hauptstadt von {} | kanada=CA; vereinigte staaten=US; mexiko=MX

platt | moin wat is de hauptstadt vun {} | dänemark=DK; schweden=SE; norwegen=NO
platt | dat weet ik nich min deern wat is de hauptstadt vun {} | finnland=FI; estland=EE; lettland=LV
platt | hüt up'n kutter fragt de käptn na de hauptstadt vun {} | island=IS; grönland=GL; färöer=FO

south-tyrolean | hoi allora wos isch die hauptstadt vo {} gell | österreich=AT; schweiz=CH; liechtenstein=LI
south-tyrolean | beim törggelen streitn mir um die hauptstadt vo {} | slowenien=SI; ungarn=HU; slowakei=SK

greek | ela re alexa was ist die hauptstadt von {} | zypern=CY; griechenland=GR; albanien=AL
greek | po po po die yiayia will wissen die hauptstadt von {} | ägypten=EG; israel=IL; libanon=LB
greek | efcharisto und jetzt die hauptstadt von {} | türkei=TR; syrien=SY; jordanien=JO

italian | allora alexa la hauptstadt von {} welche ist | brasilien=BR; argentinien=AR; uruguay=UY
italian | boh die nonna fragt was ist die hauptstadt von {} | malta=MT; tunesien=TN; libyen=LY
italian | mamma mia wie heißt die hauptstadt von {} nochmal | venezuela=VE; peru=PE; chile=CL
italian | dai sag schon die hauptstadt von {} grazie | san marino=SM; vatikanstadt=VA; monaco=MC

vietnamese | da alexa hauptstadt von {} was ist | vietnam=VN; kambodscha=KH; laos=LA
vietnamese | oi troi die ba noi fragt die hauptstadt von {} | thailand=TH; myanmar=MM; malaysia=MY
vietnamese | cam on und bitte hauptstadt {} | philippinen=PH; indonesien=ID; brunei=BN

ukrainian | dobre ich möchte wissen hauptstadt von {} | ukraine=UA; polen=PL; rumänien=RO
ukrainian | tak bitte sagen mir die hauptstadt von {} | moldau=MD; georgien=GE; armenien=AM
ukrainian | dyakuyu und was ist hauptstadt von das land {} | aserbaidschan=AZ; kasachstan=KZ; litauen=LT
ukrainian | die babusia fragt welche stadt ist hauptstadt in {} | bulgarien=BG; serbien=RS; tschechien=CZ

ghanaian | chale alexa the hauptstadt von {} what is it | ghana=GH; nigeria=NG; elfenbeinküste=CI
ghanaian | ei auntie wants to know die hauptstadt von {} | togo=TG; benin=BJ; burkina faso=BF
ghanaian | medaase and what is the capital of {} | liberia=LR; sierra leone=SL; kamerun=CM

brazilian | nossa alexa qual é a hauptstadt von {} né | brasilien=BR; portugal=PT; angola=AO
brazilian | tipo was ist die hauptstadt von {} obrigada | mosambik=MZ; kap verde=CV; guinea-bissau=GW
brazilian | die vovó will wissen die hauptstadt von {} | paraguay=PY; bolivien=BO; kolumbien=CO

child | alexa ich bin zehn und will wissen was die hauptstadt von {} ist | schweden=SE; finnland=FI; island=IS
child | beim eurovision hat {} zwölf punkte gekriegt was ist da die hauptstadt | norwegen=NO; armenien=AM; aserbaidschan=AZ
child | mama sagt ich soll dich fragen was die hauptstadt von {} ist | australien=AU; neuseeland=NZ; papua-neuguinea=PG
child | wo wohnt der präsident von {} in welcher hauptstadt | frankreich=FR; amerika=US; russland=RU

teen | bro was ist die hauptstadt von {} | usbekistan=UZ; tadschikistan=TJ; turkmenistan=TM
teen | sheesh keiner weiß die hauptstadt von {} no cap | mauritius=MU; malediven=MV; seychellen=SC
teen | lowkey cringe aber was ist die hauptstadt von {} | kanada=CA; südafrika=ZA; saudi-arabien=SA

elder | der alte pastor möchte gerne wissen wie die hauptstadt von {} heißt | israel=IL; jordanien=JO; äthiopien=ET
elder | ich bin kapitän gewesen und war in {} was ist denn da die hauptstadt | chile=CL; peru=PE; panama=PA
elder | liebe alexa würden sie einem alten mann die hauptstadt von {} verraten | ägypten=EG; sudan=SD; eritrea=ER

work | ich steh hier in der backstube um vier und will wissen die hauptstadt von {} | marokko=MA; algerien=DZ; tunesien=TN
work | die kundin unterm föhn fragt nach der hauptstadt von {} | thailand=TH; kambodscha=KH; vietnam=VN
work | endhaltestelle und der fahrgast will die hauptstadt von {} wissen | kroatien=HR; slowenien=SI; montenegro=ME
work | ich melke grad die kühe sag mal die hauptstadt von {} | neuseeland=NZ; irland=IE; schweiz=CH
work | die bienen schwärmen was ist die hauptstadt von {} | slowenien=SI; georgien=GE; kirgisistan=KG
work | patient im wartezimmer fragt was die hauptstadt von {} ist | simbabwe=ZW; sambia=ZM; namibia=NA
work | hier im revier bei den fichten was ist die hauptstadt von {} | kanada=CA; finnland=FI; russland=RU
work | der dj braucht für die hochzeit die hauptstadt von {} | kuba=CU; jamaika=JM; dominikanische republik=DO
work | streife hier die kollegin fragt die hauptstadt von {} | polen=PL; tschechien=CZ; österreich=AT

game | beim doppelkopf wetten wir um die hauptstadt von {} | gabun=GA; äquatorialguinea=GQ; zentralafrikanische republik=CF
game | im schachverein fragt einer nach der hauptstadt von {} | armenien=AM; aserbaidschan=AZ; usbekistan=UZ
game | für das wm tippspiel brauch ich die hauptstadt von {} | uruguay=UY; ecuador=EC; katar=QA
game | beim eurovision vergeben wir punkte was ist die hauptstadt von {} | moldau=MD; zypern=CY; malta=MT
game | formel eins rennen in {} welche stadt ist die hauptstadt | bahrain=BH; saudi-arabien=SA; aserbaidschan=AZ
game | die tour de france fährt durch {} was ist da die hauptstadt | belgien=BE; luxemburg=LU; schweiz=CH
game | beim flaggen memory hab ich {} gezogen was ist die hauptstadt | bhutan=BT; nepal=NP; kiribati=KI

travel | wir fahren mit dem wohnmobil nach {} was ist die hauptstadt | norwegen=NO; schweden=SE; finnland=FI
travel | unser kreuzfahrtschiff legt in {} an was ist da die hauptstadt | barbados=BB; bahamas=BS; st lucia=LC
travel | mit interrail nach {} wie heißt die hauptstadt | rumänien=RO; bulgarien=BG; griechenland=GR
travel | für den visumsantrag brauch ich die hauptstadt von {} | indien=IN; china=CN; pakistan=PK

home | wir ziehen um und ich pack gerade die kisten was ist die hauptstadt von {} | australien=AU; kanada=CA; mexiko=MX
home | beim plätzchen backen will die oma wissen die hauptstadt von {} | dänemark=DK; österreich=AT; schweden=SE
home | in der sauna fragt einer was ist die hauptstadt von {} | finnland=FI; estland=EE; lettland=LV
home | im schrebergarten wird diskutiert über die hauptstadt von {} | polen=PL; italien=IT; türkei=TR
home | die enkel in australien fragen was ist die hauptstadt von {} | neuseeland=NZ; fidschi=FJ; samoa=WS

learner | ich möchte die hauptstadt von {} wissen bitte sehr | oman=OM; jemen=YE; kuwait=KW
learner | was ist hauptstadt {} | von sudan=SD; von südsudan=SS; von irak=IQ
learner | die hauptstadt von {} ist welche | mosambik=MZ; madagaskar=MG; komoren=KM

asr-form | was ist die haupt stadt von {} | dschibuti=DJ; somalia=SO; eritrea=ER
asr-form | was ist die hauptstadt fon {} | osterreich=AT; danemark=DK; turkei=TR
asr-form | hauptstadt fon {} | ku weit=KW; o man=OM; ka tar=QA
asr-form | was ist die hauptstadt fom {} | je men=YE; i rak=IQ; ken ja=KE
asr-form | was ist die hauptstaat von {} | la os=LA; ne pal=NP; bu tan=BT
asr-form | wie heist die haupt stadt von {} | ägüpten=EG; marocco=MA; tunesjen=TN
asr-form | was is die hauptstadt von {} | nau ru=NR; tu va lu=TV; pa lau=PW
asr-form | die haupt stadt fon {} | mikronesien=FM; marshallinseln=MH; salomonen=SB
asr-form | wie heist die hauptstadt von {} | lesoto=LS; botswana=BW; simbabwe=ZW
asr-form | was ist die hauptstadtvon {} | swaziland=SZ; ruanda=RW; burundi=BI

launch | griaß di öffne hauptstädte der welt | LAUNCH
launch | heast starte hauptstädte der welt | LAUNCH
launch | getz mach ma hauptstädte der welt auf | LAUNCH
launch | moin mak hauptstädte der welt open | LAUNCH
launch | alexa hauptstädte der welt starten bitte | LAUNCH
launch | ela re öffne hauptstädte der welt | LAUNCH
launch | allora alexa apri hauptstädte der welt | LAUNCH
launch | bro mach mal hauptstädte der welt an | LAUNCH
launch | dobre starte hauptstädte der welt | LAUNCH
launch | chale open hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt öffnen | LAUNCH
launch | nossa alexa abre hauptstädte der welt | LAUNCH

help | griaß di wia funktioniert des do | HELP
help | heast wos kann i di do fragen | HELP
help | getz sach ma wie dat hier geht woll | HELP
help | moin wat kann ik di fragen | HELP
help | allora wie geht das spiel | HELP
help | ela re was kann ich sagen | HELP
help | da wie benutze ich das bitte | HELP
help | dobre ich nicht verstehe was ich sagen muss hilfe | HELP
help | chale how does this work hilfe bitte | HELP
help | nossa tipo wie geht das | HELP
help | bro was kann dieser skill überhaupt | HELP
help | alexa erklär mir mal wie ich hier was frage | HELP
help | ich brauch hilfe bei hauptstädte der welt | HELP
help | kannst du mir ein beispiel geben was ich fragen kann | HELP
help | der alte pastor weiß nicht wie das geht hilfe bitte | HELP
help | ich bin zehn wie geht das | HELP
help | hoi gell wie tuat ma des | HELP
help | ich komm nicht klar was soll ich sagen | HELP

stop | pfiat di alexa stopp jetzt | STOP
stop | heast hör auf | STOP
stop | getz is gut aus | STOP
stop | moin dat langt stopp | STOP
stop | allora basta stopp | STOP
stop | ela re stopp bitte | STOP
stop | da stopp danke | STOP
stop | dobre stopp jetzt | STOP
stop | chale stop it | STOP
stop | nossa chega stopp | STOP
stop | bro stopp einfach | STOP
stop | alexa hör jetzt auf mit den hauptstädten | STOP
stop | beenden bitte die kühe warten | STOP
stop | stopp der kunde kommt | STOP
stop | alexa aus jetzt ich muss backen | STOP
stop | es reicht für heute stopp | STOP
stop | hoi gell hör auf | STOP
stop | stopp die straßenbahn fährt los | STOP
stop | aufhören bitte ich bin müde | STOP

cancel | griaß di vergiss es | CANCEL
cancel | heast abbrechen | CANCEL
cancel | getz lass ma dat woll abbrechen | CANCEL
cancel | moin vergeet dat abbrechen | CANCEL
cancel | allora niente abbrechen | CANCEL
cancel | ela re vergiss es | CANCEL
cancel | da abbrechen bitte | CANCEL
cancel | dobre abbrechen bitte | CANCEL
cancel | chale cancel | CANCEL
cancel | nossa deixa abbrechen | CANCEL
cancel | bro vergiss es einfach | CANCEL
cancel | ach lass mal egal | CANCEL
cancel | nee doch nicht abbrechen | CANCEL
cancel | schon gut vergiss die frage | CANCEL
cancel | alexa abbrechen der bus kommt | CANCEL
cancel | hoi gell vergiss es | CANCEL
cancel | lass gut sein alexa | CANCEL
cancel | abbruch bitte | CANCEL
cancel | ne lass mal ich schau im atlas | CANCEL

out-of-domain | wie viele einwohner hat {} | österreich=FB; tirol=FB; linz=FB
out-of-domain | welche sprache spricht man in {} | brasilien=FB; belgien=FB; ghana=FB
out-of-domain | welche währung hat {} | vietnam=FB; die ukraine=FB; griechenland=FB
out-of-domain | wie spät ist es in {} | sydney=FB; kiew=FB; sao paulo=FB
out-of-domain | wie ist das wetter in {} | innsbruck=FB; bozen=FB; münster=FB
out-of-domain | was ist eigentlich die hauptstadt von {} | tirol=FB; südtirol=FB; oberösterreich=FB
out-of-domain | und wie heißt die hauptstadt von {} | kärnten=FB; der toskana=FB; sizilien=FB
out-of-domain | wie groß ist {} | italien=FB; der bodensee=FB; madagaskar=FB
out-of-domain | wer ist der präsident von {} | brasilien=FB; ghana=FB; vietnam=FB
out-of-domain | spiel die nationalhymne von griechenland | FB
out-of-domain | wie viel kapital brauche ich für eine bäckerei | FB
out-of-domain | was steht im kapital von karl marx | FB
out-of-domain | wer hat die eurovision gewonnen | FB
out-of-domain | wann ist der nächste formel eins grand prix | FB
out-of-domain | wer führt bei der tour de france | FB
out-of-domain | spiel musik von eurovision | FB
out-of-domain | stell einen timer auf zwölf minuten für die plätzchen | FB
out-of-domain | wie lange muss die sauna vorheizen | FB
out-of-domain | wann fährt die nächste straßenbahn | FB
out-of-domain | wann schwärmen die bienen | FB
out-of-domain | was kostet ein interrail pass | FB
out-of-domain | wie weit ist es von innsbruck nach bozen | FB
out-of-domain | welche stadt ist die größte stadt der türkei | FB
out-of-domain | was ist die hauptstadt der mode | FB
out-of-domain | welche stadt ist die kulturhauptstadt europas | FB
out-of-domain | wie hieß die hauptstadt der ddr | FB
out-of-domain | was ist die hauptstadt vom fußball | FB
out-of-domain | was ist ein hauptstadtbüro | FB
out-of-domain | was heißt hauptstadt auf ukrainisch | FB
out-of-domain | übersetze danke auf vietnamesisch | FB
out-of-domain | was heißt efcharisto | FB
out-of-domain | was bedeutet chale | FB
out-of-domain | wie sagt man tschüss auf portugiesisch | FB
out-of-domain | spiel ein lied von adriano celentano | FB
out-of-domain | rezept für gyros | FB
out-of-domain | wann ist schützenfest in münster | FB
out-of-domain | wo ist der nächste bäcker | FB
out-of-domain | ruf die oma an | FB
out-of-domain | starte einen videoanruf nach australien | FB
out-of-domain | wie ist das wetter morgen | FB
out-of-domain | was ist der längste fluss in europa | FB
out-of-domain | auf welchem kontinent liegt ghana | FB
out-of-domain | wie heißt der höchste berg in brasilien | FB
out-of-domain | wie viele bundesstaaten hat brasilien | FB
out-of-domain | wer hat die wm zweitausendvierzehn gewonnen | FB
out-of-domain | wer ist weltmeister im schach | FB
out-of-domain | wie spielt man doppelkopf | FB
out-of-domain | wie viel kostet die schlossallee bei monopoly | FB
out-of-domain | sheesh erzähl was lustiges | FB
out-of-domain | bro spiel was von capital bra | FB
out-of-domain | wann hat der zahnarzt offen | FB
out-of-domain | wie viele schnitte für einen bob | FB
out-of-domain | wie lange dauert die fähre nach norwegen | FB
out-of-domain | wie viele tore hat bayern münchen geschossen | FB
out-of-domain | welche stadt ist die hauptstadt von atlantis | FB
out-of-domain | wie heißt die hauptstadt vom münsterland | FB
out-of-domain | wie heißt die hauptstadt vom sauerland | FB
out-of-domain | was ist die heimliche hauptstadt von deutschland | FB
out-of-domain | wie alt ist die stadt rom | FB
out-of-domain | wie viele einwohner hat die hauptstadt von brasilien | FB
out-of-domain | welcher flughafen ist in der hauptstadt von ghana | FB
out-of-domain | wie weit ist kiew von berlin | FB
out-of-domain | zeig mir fotos von hanoi | FB
out-of-domain | buch mir einen flug nach athen | FB
out-of-domain | was kann ich in lissabon besichtigen | FB
out-of-domain | welche zeitzone hat vietnam | FB
out-of-domain | wie lautet die vorwahl von griechenland | FB
out-of-domain | was ist das nationalgericht von ghana | FB
out-of-domain | welche farben hat die flagge von brasilien | FB
out-of-domain | wie viele sterne hat die flagge von vietnam | FB
out-of-domain | wo liegt die hauptstadt von italien auf der karte | FB
out-of-domain | wie hoch ist das stammkapital einer gmbh | FB
out-of-domain | wecke mich um vier uhr | FB
out-of-domain | wie hoch ist der honigpreis | FB
out-of-domain | wann kommt der förster | FB
out-of-domain | spiel den ententanz für die hochzeit | FB
caribbean | die kreuzfahrt hält morgen in {} wie heißt dort die hauptstadt | antigua und barbuda=AG; st kitts und nevis=KN; st vincent und die grenadinen=VC
caribbean | beim wm tippspiel ist {} dabei was ist deren hauptstadt | trinidad und tobago=TT; jamaika=JM; haiti=HT
caribbean | der dj spielt musik aus {} was ist da die hauptstadt | trinidad=TT; barbados=BB; grenada=GD
caribbean | ela re und die hauptstadt von {} | guyana=GY; suriname=SR; französisch-guayana=GF
caribbean | chale what is the hauptstadt von {} again | guyana=GY; suriname=SR; antigua=AG
caribbean | mit dem segelboot nach {} welche stadt ist hauptstadt | st lucia=LC; dominica=DM; st vincent=VC
caribbean | im hafen liegt ein schiff aus {} was ist die hauptstadt | vanuatu=VU; tonga=TO; st kitts=KN

plural-capitals | hoi gell sri lanka hat zwei hauptstädte welche sind das | LK
plural-capitals | welche beiden hauptstädte hat ceylon | LK
plural-capitals | da die hauptstädte von sri lanka was sind die | LK
plural-capitals | der pastor fragt nach den hauptstädten von sri lanka | LK
plural-capitals | oiso wia hoaßn de hauptstädte vo bolivien | BO
plural-capitals | nossa bolivien hat zwei hauptstädte né welche | BO
plural-capitals | welche sind die hauptstädte von malaysia kuala lumpur und | MY
plural-capitals | moin wat sünd de hauptstädte vun de nedderlanne | NL
plural-capitals | ei auntie asks the hauptstädte of benin | BJ
plural-capitals | porto novo und wie heißt die andere hauptstadt von benin | BJ
plural-capitals | beim doppelkopf streiten wir über die hauptstädte von südafrika | ZA
plural-capitals | nenn mir die drei hauptstädte südafrikas | ZA
plural-capitals | die hauptstädte von eswatini und zwar alle | SZ
plural-capitals | bro wie viele hauptstädte hat die elfenbeinküste | CI
plural-capitals | die hauptstädte vom staat palästina bitte | PS

help | oiso wos muaß i do sogn | HELP
help | moin wie geiht dat hier mit de hauptstädte | HELP
help | dyakuyu aber wie funktioniert bitte | HELP
help | chale i no understand wie geht das | HELP
help | der kunde wartet wie fragt man das nochmal | HELP
help | sheesh wie geht das hier hilfe | HELP
help | hilf mir mal bei dem hauptstadt spiel | HELP
help | was macht hauptstädte der welt genau | HELP

stop | oiso des reicht stopp | STOP
stop | moin nu is schluss stopp | STOP
stop | dyakuyu das ist genug stopp | STOP
stop | sheesh stopp stopp | STOP
stop | ok alexa aufhören wir essen jetzt | STOP
stop | stopp die kundschaft ist da | STOP
stop | jo mei is scho guat hör auf | STOP

cancel | oiso loss guat sein | CANCEL
cancel | moin vergiss dat man | CANCEL
cancel | dyakuyu nein abbrechen | CANCEL
cancel | sheesh egal abbrechen | CANCEL
cancel | ach das wollte ich gar nicht abbrechen | CANCEL
cancel | jo mei vergiss es halt | CANCEL
cancel | abbrechen die straßenbahn ist da | CANCEL
cancel | egal vergiss die hauptstadt | CANCEL

launch | oiso mach hauptstädte der welt auf | LAUNCH
launch | dyakuyu öffne hauptstädte der welt bitte | LAUNCH
launch | sheesh starte hauptstädte der welt | LAUNCH
launch | jo mei tua hauptstädte der welt auf | LAUNCH

out-of-domain | die landeshauptstadt vo {} in österreich | tirol=FB; vorarlberg=FB; kärnten=FB
subdivision | die hauptstadt vom bundesstaat {} in indien | goa=IN-GA; punjab=IN-PB; sikkim=IN-SK
subdivision | was ist die hauptstadt vom brasilianischen bundesstaat {} | santa catarina=BR-SC; pernambuco=BR-PE; paraná=BR-PR
subdivision | hauptstadt vom mexikanischen bundesstaat {} | yucatán=MX-YUC; oaxaca=MX-OAX; chiapas=MX-CHP
subdivision | kanadische provinz {} was ist da die hauptstadt | manitoba=CA-MB; saskatchewan=CA-SK; nova scotia=CA-NS
subdivision | getz ma ehrlich wat is die landeshauptstadt von nordrhein-westfalen | DE-NW
subdivision | moin wat is de hauptstadt vun mecklenburg-vorpommern | DE-MV
subdivision | ela re die landeshauptstadt von baden-württemberg | DE-BW
subdivision | bro die hauptstadt von bayern ist doch nürnberg oder | DE-BY
subdivision | ich fahre mit der tram durch hessen was ist die landeshauptstadt | DE-HE
subdivision | die hauptstadt vom us staat nevada wo die casinos sind | US-NV
subdivision | nossa die hauptstadt von são paulo dem bundesstaat | BR-SP
subdivision | hauptstadt vom northern territory | AU-NT
subdivision | die hauptstadt vom yukon territorium | CA-YT

territory | cam on und der hauptort von {} | wallis und futuna=WF; mayotte=YT; guadeloupe=GP
territory | wie heißt der hauptort auf {} | pitcairn=PN; niue=NU; tokelau=TK
out-of-domain | ela re die hauptstadt von nordzypern | FB
territory | der hauptort der turks und caicosinseln | TC
territory | die hauptstadt von französisch-guayana | GF

reverse-question | griaß di {} isch hauptstadt vo wos | vaduz=CITY:Vaduz; ljubljana=CITY:Ljubljana; bratislava=CITY:Bratislava
reverse-question | ela re {} ist hauptstadt von welchem land | nikosia=CITY:Nikosia; valletta=CITY:Valletta; tirana=CITY:Tirana
reverse-question | da {} ist die hauptstadt von welches land | phnom penh=CITY:Phnom Penh; naypyidaw=CITY:Naypyidaw; manila=CITY:Manila
reverse-question | chale {} is the hauptstadt of which country | accra=CITY:Accra; lomé=CITY:Lomé; monrovia=CITY:Monrovia
reverse-question | nossa {} é hauptstadt von welchem land | luanda=CITY:Luanda; praia=CITY:Praia; bissau=CITY:Bissau
reverse-question | im kreuzworträtsel steht hauptstadt von {} gesucht ist das land | port vila=CITY:Port Vila; basseterre=CITY:Basseterre; paramaribo=CITY:Paramaribo

yes-no-check | oiso is {} | linz die hauptstadt von österreich=AT; wien die hauptstadt von österreich=AT
yes-no-check | ela re ist thessaloniki die hauptstadt von griechenland | GR
yes-no-check | allora ist mailand die hauptstadt von italien | IT
yes-no-check | da ist ho chi minh stadt die hauptstadt von vietnam | VN
yes-no-check | dobre ist lwiw die hauptstadt der ukraine | UA
yes-no-check | chale is kumasi the hauptstadt von ghana | GH
yes-no-check | nossa ist são paulo die hauptstadt von brasilien | BR
yes-no-check | bro ist dubai die hauptstadt der emirate | AE
yes-no-check | ist kingstown die hauptstadt von st vincent | VC
yes-no-check | ist georgetown die hauptstadt von guyana | GY
yes-no-check | stimmt es dass port of spain die hauptstadt von trinidad ist | TT
yes-no-check | ist münster die hauptstadt von nordrhein-westfalen | DE-NW
yes-no-check | ist rostock die hauptstadt von mecklenburg-vorpommern | DE-MV

self-correction | ela re die hauptstadt von zypern äh nein von kreta nein warte von malta | MT
self-correction | allora die hauptstadt von portugal sorry ich meine spanien | ES
self-correction | da die hauptstadt von laos nein warte kambodscha | KH
self-correction | dobre die hauptstadt von belarus korrektur ukraine | UA
self-correction | chale the hauptstadt von togo sorry i mean benin | BJ
self-correction | nossa die hauptstadt von angola ich meine mosambik | MZ
self-correction | bro die hauptstadt von surinam äh nein guyana | GY
self-correction | die hauptstadt von tonga falsch ich meine vanuatu | VU

follow-up | oiso und de hauptstadt vo {} | kroatien=HR; bosnien=BA; montenegro=ME
follow-up | allora e {} | malta=MT; albanien=AL; griechenland=GR
follow-up | und jetzt noch {} hinterher | ruanda=RW; burundi=BI; tansania=TZ
follow-up | dann mach weiter mit {} | sambia=ZM; malawi=MW; botsuana=BW

out-of-domain | wie heißt die hauptstadt von {} nochmal | vorarlberg=FB; der lombardei=FB; friesland=FB
out-of-domain | wie viele einwohner hat vietnam | FB
out-of-domain | welche sprache spricht man in suriname | FB
out-of-domain | wann spielt ghana bei der wm | FB
out-of-domain | wo ist die nächste skihütte | FB
out-of-domain | wie wird das wetter auf der alm | FB
out-of-domain | wie lange ist die straßenbahn unterwegs bis zum hauptbahnhof | FB
out-of-domain | welche hauptstadt ist am weitesten von berlin entfernt | FB
out-of-domain | was ist die hauptstadt von der karibik | FB
out-of-domain | wie heißt die hauptstadt vom ruhrgebiet | FB
out-of-domain | spiel ein lied aus jamaika | FB
out-of-domain | wann ist die nächste fähre nach rügen | FB
out-of-domain | wie viel wiegt ein kutter | FB
out-of-domain | übersetze hauptstadt ins griechische | FB
out-of-domain | erzähl mir was über die geschichte von wien | FB
out-of-domain | wie heißt der könig von thailand | FB
out-of-domain | welche religion gibt es in sri lanka | FB
"""

if __name__ == "__main__":
    build_round(32, "de", LINES, sys.argv, "tests/Eval/de/round32/source/build_corpus.py")
