"""Round 53, German (de-DE): a new author's own mix, written blind at the end of the fifty-ninth session (brief
WRITER66.md), for the next session's tuner. Speakers and situations chosen apart from round 52 (the Saarland, Upper
Franconia, the Vogtland, the Allgäu, Upper Austria, Styria, Basel, South Tyrol, North Hesse, Leipzig; Turkish Germans,
Polish workers, Syrians, Romanian carers, Spaniards, Filipino nurses, Indian IT workers, American expats, Eritreans; a
long-distance lorry driver and the CB radio, a night shift in an old people's home, a train conductor on ICE and
Nightjet, crossword puzzles, a Bundeswehr barracks, stamp collectors, a camper van holiday, cooking while asking, a car
trip with children on the back seat), from round 51 (Lower Bavaria, the Lower Rhine, the Westerwald, Carinthia, Central
Switzerland, Lübeck and Travemünde, Luxembourgers, the Siegerland, the Emsland; Ukrainian, Greek, Italian, Portuguese,
Vietnamese, Croatian, Dutch-neighbour and Russian-German speakers and startup Denglisch; a bakery early shift, a pub
quiz, Rhine and Danube barge crews, geocaching, a choir, a model railway club, a chess club, the board game Risiko,
grandparents on a video call, a travel agency, university geography exams, a ski holiday, a public library), from round
50 (Aachen, the Münsterland, Düsseldorf, Oldenburg and the Ammerland, North Frisia and Sylt, Magdeburg and the Börde,
the Uckermark and the Prignitz, the Rhön and Fulda, the Odenwald, the West Palatinate, Hohenlohe, Vorarlberg,
Burgenland, the Waldviertel, Graubünden and the Valais; Bulgarian, Finnish, Mongolian, Nepali, Ethiopian, Peruvian and
Kazakh speakers; Abitur revision, a volunteer fire brigade, an allotment garden, a hairdresser's, a car workshop, TV
quiz shows, Stadt Land Fluss, bedtime, a hotel reception) and from the groups round 51 says round 49 and rounds 46 to
48 used.
Regions: Cologne ("sach ens", "wat es", "kölle", "jeck", "ming oma", "hür op"), the Ruhr (Bochum, Gelsenkirchen:
"hömma", "boah ey", "woll", "anne bude", "getz", "vonne zeche"), Hamburg ("moin moin", "digga", "büschen",
"klönschnack", "mein vadder"), Swabia (Stuttgart: "sag amol", "was isch d'hauptstadt vo", "mir hend gwettet", "nach'm
schaffe", "bruddelt", "ländle"), Vienna ("heast", "oida", "sog ma", "leiwand", "im beisl", "haberer", "ur"), Zürich
("grüezi", "säg mer", "weisch", "chasch mer säge", "züri", "merci vielmal"), Mainz and Rheinhessen ("ei jo", "guck
emol", "weck worscht un woi", "meenz", "helau", "fassenacht"), East Frisia ("moin", "bi teetied", "kluntje",
"ostfreesland", "nee lass man"), North Tyrol (Innsbruck, the Zillertal: "griaß di", "wos isch", "lass es bleibn"),
Berlin ("wat is'n", "icke", "keene ahnung", "dit", "wa", "im späti", "nu is jut").
Migrants and learners: Afghans ("baleh", "tashakor", "khob", from Herat), Iranians ("merci", "azizam", "khob", "bas
dige", "khaste nabashi", "maman", "nowruz"), Brazilians ("nossa", "cara", "tudo bem", "obrigado", "não não", "abre"),
Chinese students ("nihao", "xiexie", "hao de", "duibuqi", "suan le"), Nigerians in Nigerian Pidgin ("abeg", "oga",
"wetin be", "no wahala", "o", "stop am"), Kosovo Albanians ("po po", "hajde", "faleminderit", "mjaft", "shqipëria"),
Hungarians ("szia", "igen", "köszönöm", "nem nem", "kérem", "jaj"), French speakers ("bah alors", "euh dis-moi",
"laisse tomber", "oh là là"), Koreans ("ne", "aigoo", "kamsahamnida", "aniyo", "juseyo", "halmeoni", "hanguk",
"bukhan"); learners dropping articles on purpose.
Jobs and situations: a night taxi driver with passengers in the back ("fahrgast", "funkzentrale"), a Eurovision party
("douze points", "zwölf punkte"), a World Cup prediction game and a fan bus ("tippspiel", "abpfiff"), a building site
lunch break ("polier", "bauwagen", "gerüst"), a hospital stay ("auf station", "visite", "bettnachbar"), a flea market
with an old globe and atlas ("zaire", "obervolta", "léopoldville", "goldküste"), amateur radio DX ("qsl karte", "auf
zwanzig meter", "qrt", "pile-up"), airline cabin crew on a layover ("purserin", "umlauf", "crewhotel"), learning for
the naturalisation test ("einbürgerungstest", "leben in deutschland"), a gym ("laufband", "zwischen zwei sätzen",
"spinning").
Built by round12_hinl_corpus.py (build_round with round 53's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
koeln | alexa sach ens wat es de hauptstadt vun {} | albanien=AL; armenien=AM; angola=AO
koeln | alexa mer sin he in kölle un wolle wisse wat de hauptstadt vun {} es | argentinien=AR; aserbaidschan=AZ; bahrain=BH
koeln | alexa dat is jetz ne jecke frach äver wat es de hauptstadt vun {} | burundi=BI; bhutan=BT; belize=BZ
koeln | alexa wat es de hauptstadt vun nordrhein-westfalen dat es doch kölle oder | DE-NW
koeln | alexa is düsseldorf wirklich de hauptstadt vun nrw dat kann doch nit wohr sin | DE-NW
koeln | alexa em karneval hätt einer jefrog wat de hauptstadt vun brasilien es | BR
koeln | alexa leev alexa wat es de hauptstadt vun kuba | CU
koeln | alexa wat es de hauptstadt vum rheinland | FB
koeln | alexa beim kölsch an der theke jefrog de hauptstadt vun dänemark | DK
koeln | alexa mach ens de hauptstädte vun südafrika | ZA
koeln | alexa wann spielt der effzeh | FB
koeln | alexa ming oma well wisse wat de hauptstadt vun zypern es | CY
koeln | alexa hür op | STOP
koeln | alexa wat es dann de hauptstadt vun belgien dat es doch gleich nevvenan | BE
koeln | alexa dä pitter säät bonn wär noch de hauptstadt stimmt dat | DE
koeln | alexa wie heiß de hauptstadt vun jamaika | JM
koeln | alexa jetz ävver flöck de hauptstadt vun kirgisistan | KG
ruhrpott | alexa hömma wat is'n die hauptstadt von {} | tschad=TD; togo=TG; tadschikistan=TJ
ruhrpott | alexa boah ey sach ma die hauptstadt von {} woll | turkmenistan=TM; tonga=TO; tuvalu=TV
ruhrpott | alexa wir sind hier anne bude und wollen wissen wat die hauptstadt von {} is | usbekistan=UZ; vanuatu=VU; jemen=YE
ruhrpott | alexa hömma wat is eigentlich die hauptstadt vom ruhrpott | FB
ruhrpott | alexa auf schalke fragt einer wat die hauptstadt von griechenland is | GR
ruhrpott | alexa getz ma ehrlich is dortmund die hauptstadt von nrw | DE-NW
ruhrpott | alexa mein kumpel vonne zeche will wissen wat die hauptstadt von polen is | PL
ruhrpott | alexa wat is'n die hauptstadt von bochum | FB
ruhrpott | alexa boah nee lass ma | CANCEL
ruhrpott | alexa sach ma die beiden hauptstädte von bolivien | BO
ruhrpott | alexa hömma die oma aus gelsenkirchen fragt nach der hauptstadt von der türkei | TR
ruhrpott | alexa wat is die hauptstadt von katar die spielen doch da fußball | QA
ruhrpott | alexa mach ma hauptstädte der welt auf | LAUNCH
ruhrpott | alexa is dat nich kinshasa die hauptstadt vom kongo | CD
ruhrpott | alexa wat is die hauptstadt von kasachstan woll | KZ
ruhrpott | alexa tu ma sagen wat die hauptstadt von marokko is | MA
hamburg | alexa moin was ist die hauptstadt von {} | kamerun=CM; kap verde=CV; dschibuti=DJ
hamburg | alexa moin moin sag mal büschen schnell die hauptstadt von {} | dominica=DM; gabun=GA; guinea-bissau=GW
hamburg | alexa digga was ist die hauptstadt von {} | guyana=GY; honduras=HN; haiti=HT
hamburg | alexa ist hamburg eigentlich die hauptstadt von hamburg | DE-HH
hamburg | alexa wir sitzen am hafen was ist die hauptstadt von schleswig-holstein | DE-SH
hamburg | alexa da kommt ein containerschiff aus panama was ist da die hauptstadt | PA
hamburg | alexa auf der reeperbahn gefragt was ist die hauptstadt von liberia | LR
hamburg | alexa klönschnack frage die hauptstadt von niedersachsen | DE-NI
hamburg | alexa moin mach hauptstädte der welt an | LAUNCH
hamburg | alexa nee lass mal digga | CANCEL
hamburg | alexa was ist die hauptstadt von altona | FB
hamburg | alexa mein vadder fragt die hauptstadt von island | IS
hamburg | alexa sag mal wie heißt die hauptstadt von den marshallinseln | MH
hamburg | alexa moin die hauptstadt von mecklenburg-vorpommern bitte | DE-MV
hamburg | alexa ist bremen die hauptstadt von bremen | DE-HB
hamburg | alexa tschüss denn | STOP
schwaben | alexa sag amol was isch d'hauptstadt vo {} | kiribati=KI; komoren=KM; kuwait=KW
schwaben | alexa mir hend gwettet was isch d'hauptstadt vo {} gell | laos=LA; libanon=LB; lesotho=LS
schwaben | alexa nach'm schaffe no a frog d'hauptstadt vo {} | lettland=LV; libyen=LY; montenegro=ME
schwaben | alexa isch stuttgart d'hauptstadt vo baden-württemberg | DE-BW
schwaben | alexa was isch d'hauptstadt vo württemberg | FB
schwaben | alexa d'hauptstadt vo bayern isch des münche | DE-BY
schwaben | alexa mei frau bruddelt weil i ned woiß was d'hauptstadt vo madagaskar isch | MG
schwaben | alexa jetzt hör halt uff | STOP
schwaben | alexa mach mol hauptstädte der welt auf gell | LAUNCH
schwaben | alexa d'hauptstädte vo de niederlande bitte | NL
schwaben | alexa was isch d'hauptstadt vo schwaben | FB
schwaben | alexa des goht di nix a lass es | CANCEL
schwaben | alexa was isch d'hauptstadt vo mali | ML
schwaben | alexa und d'hauptstadt vo mauretanien | MR
schwaben | alexa was isch d'hauptstadt vom ländle | DE-BW
wien | alexa heast sog ma die hauptstadt von {} | malta=MT; mauritius=MU; malawi=MW
wien | alexa oida wos is die hauptstadt von {} | mosambik=MZ; namibia=NA; niger=NE
wien | alexa geh bitte sog ma schnö die hauptstadt von {} | nicaragua=NI; nepal=NP; nauru=NR
wien | alexa wos is die hauptstadt von österreich eh wien oder | AT
wien | alexa is wien die hauptstadt von niederösterreich | FB
wien | alexa im beisl hod mei haberer gfragt wos die hauptstadt von ungarn is | HU
wien | alexa leiwand sog ma die hauptstadt von der slowakei | SK
wien | alexa wos is die hauptstadt vom burgenland | FB
wien | alexa gemma hauptstädte der welt starten | LAUNCH
wien | alexa heast hör auf | STOP
wien | alexa wos is die hauptstadt von tschechien | CZ
wien | alexa lass guat sei | CANCEL
wien | alexa de piefke ham a hauptstadt wie hoaßt de | DE
wien | alexa ur wichtig die hauptstadt von slowenien | SI
wien | alexa wos is die hauptstadt von oman | OM
zuerich | alexa grüezi säg mer d hauptstadt vo {} | papua-neuguinea=PG; palau=PW; paraguay=PY
zuerich | alexa weisch du was d hauptstadt vo {} isch | ruanda=RW; salomonen=SB; seychellen=SC
zuerich | alexa chasch mer säge was d hauptstadt vo {} isch | sierra leone=SL; san marino=SM; suriname=SR
zuerich | alexa isch züri d hauptstadt vo de schwiiz | CH
zuerich | alexa was isch d hauptstadt vom kanton züri | FB
zuerich | alexa merci vielmal das wärs | STOP
zuerich | alexa öffne hauptstädte der welt bitte | LAUNCH
zuerich | alexa was isch d hauptstadt vo liechtestei | LI
zuerich | alexa nei lass es sii | CANCEL
zuerich | alexa mir zügled nach sri lanka was isch det d hauptstadt | LK
zuerich | alexa was isch d hauptstadt vo tansania | TZ
zuerich | alexa d hauptstadt vo uruguay bitte | UY
zuerich | alexa was isch d hauptstadt vom tessin | FB
zuerich | alexa hilf mer bitte wie gaht das | HELP
mainz | alexa ei jo guck emol was is die hauptstadt vun {} | st vincent und die grenadinen=VC; venezuela=VE; vietnam=VN
mainz | alexa bei weck worscht un woi hot aaner gefrogt die hauptstadt vun {} | samoa=WS; sambia=ZM; simbabwe=ZW
mainz | alexa ei sach mol die hauptstadt vun {} | andorra=AD; afghanistan=AF; antigua und barbuda=AG
mainz | alexa is meenz die hauptstadt vun rheinland-pfalz | DE-RP
mainz | alexa an fassenacht hot aaner gesacht wiesbaden wär die hauptstadt vun hesse | DE-HE
mainz | alexa was is die hauptstadt vun rheinhesse | FB
mainz | alexa helau mach hauptstädte der welt uff | LAUNCH
mainz | alexa ei loss es doch | CANCEL
mainz | alexa ei jo dann hör uff | STOP
mainz | alexa was is die hauptstadt vun bangladesch | BD
mainz | alexa die hauptstädte vun malaysia ei wie heiße die | MY
mainz | alexa was is die hauptstadt vun ecuador | EC
mainz | alexa wer hat die meiste meenzer im stadtrat | FB
mainz | alexa des is doch die hauptstadt vun belarus minsk odder | BY
ostfriesland | alexa moin wat is de hauptstadt vun {} | barbados=BB; bahamas=BS; botsuana=BW
ostfriesland | alexa bi teetied fraagt opa wat die hauptstadt von {} is | burkina faso=BF; brunei=BN; zentralafrikanische republik=CF
ostfriesland | alexa moin wat is die hauptstadt von ostfriesland | FB
ostfriesland | alexa is aurich oder emden die hauptstadt von ostfreesland | FB
ostfriesland | alexa dat is hannover die hauptstadt von niedersachsen oder | DE-NI
ostfriesland | alexa moin wat is die hauptstadt von holland | NL
ostfriesland | alexa mit kluntje im tee die hauptstadt von norwegen | NO
ostfriesland | alexa moin dat wär dat | STOP
ostfriesland | alexa nee lass man | CANCEL
ostfriesland | alexa moin starte hauptstädte der welt | LAUNCH
ostfriesland | alexa wat is die hauptstadt von estland | EE
ostfriesland | alexa wann is hochwasser in norddeich | FB
ostfriesland | alexa die hauptstadt von den färöern | FO
ostfriesland | alexa wat is die hauptstadt von grönland | GL
tirol | alexa griaß di wos isch die hauptstadt vo {} | chile=CL; kolumbien=CO; costa rica=CR
tirol | alexa sag amol wos isch die hauptstadt vo {} | dominikanische republik=DO; el salvador=SV; guatemala=GT
tirol | alexa wos isch die hauptstadt vo tirol | FB
tirol | alexa isch innsbruck a hauptstadt | FB
tirol | alexa griaß di mach hauptstädte der welt auf | LAUNCH
tirol | alexa a geh hör auf | STOP
tirol | alexa lass es bleibn | CANCEL
tirol | alexa im zillertal frog i mi wos die hauptstadt vo italien isch | IT
tirol | alexa wos isch die hauptstadt vom vinschgau | FB
tirol | alexa die hauptstadt vo südtirol isch bozen gell | FB
tirol | alexa wos isch die hauptstadt vo mexiko | MX
tirol | alexa die hauptstadt vo peru bittschön | PE
tirol | alexa wos isch die hauptstadt vo nordkorea | KP
tirol | alexa wos isch die hauptstadt vo kosovo | XK
berlin | alexa wat is'n die hauptstadt von {} | ägypten=EG; eritrea=ER; äthiopien=ET
berlin | alexa icke wollte ma wissen wat die hauptstadt von {} is | fidschi=FJ; mikronesien=FM; georgien=GE
berlin | alexa keene ahnung wat die hauptstadt von {} is sag du ma | ghana=GH; gambia=GM; guinea=GN
berlin | alexa is berlin die hauptstadt von brandenburg | DE-BB
berlin | alexa dit is doch potsdam die hauptstadt von brandenburg wa | DE-BB
berlin | alexa wat is die hauptstadt von kreuzberg | FB
berlin | alexa im späti hat eena jefragt wat die hauptstadt von grenada is | GD
berlin | alexa jut dann mach hauptstädte der welt uff | LAUNCH
berlin | alexa nu is jut hör uff | STOP
berlin | alexa ach lass ma | CANCEL
berlin | alexa wat is die hauptstadt von jordanien | JO
berlin | alexa wat is die hauptstadt von äquatorialguinea | GQ
berlin | alexa is berlin och die hauptstadt vom land berlin | DE-BE
berlin | alexa wann fährt die ringbahn | FB
berlin | alexa wat is die hauptstadt von kambodscha | KH
afghanisch | alexa baleh bitte was ist hauptstadt von {} | afghanistan=AF; pakistan=PK; iran=IR
afghanisch | alexa tashakor aber sag mir hauptstadt von {} | tadschikistan=TJ; usbekistan=UZ; turkmenistan=TM
afghanisch | alexa khob was ist die hauptstadt von indien | IN
afghanisch | alexa ich komme aus herat was ist hauptstadt von meine land | FB
afghanisch | alexa mein bruder wohnt in kabul ist das hauptstadt von afghanistan | AF
afghanisch | alexa in deutschkurs lehrer fragt hauptstadt von saudi-arabien | SA
afghanisch | alexa khob khob stopp | STOP
afghanisch | alexa nein danke tashakor abbrechen | CANCEL
afghanisch | alexa bitte öffne hauptstädte der welt baleh | LAUNCH
afghanisch | alexa was ist hauptstadt von provinz balkh | FB
afghanisch | alexa welches land hat hauptstadt duschanbe | CITY:Duschanbe
afghanisch | alexa was ist hauptstadt von vereinigte arabische emirate | AE
afghanisch | alexa wie kann ich dich benutzen ich verstehe nicht gut deutsch | HELP
afghanisch | alexa hauptstadt von katar bitte ich arbeite dort früher | QA
afghanisch | alexa mein onkel ist in teheran ist das hauptstadt von iran | IR
iranisch | alexa merci aber was ist die hauptstadt von {} | armenien=AM; aserbaidschan=AZ; irak=IQ
iranisch | alexa azizam sag mir bitte die hauptstadt von {} | türkei=TR; syrien=SY; kuwait=KW
iranisch | alexa khob die hauptstadt von persien | IR
iranisch | alexa meine maman fragt was ist hauptstadt von israel | IL
iranisch | alexa was ist hauptstadt von die provinz isfahan | FB
iranisch | alexa khaste nabashi mach hauptstädte der welt auf | LAUNCH
iranisch | alexa bas dige stopp | STOP
iranisch | alexa na na abbrechen merci | CANCEL
iranisch | alexa zum nowruz frage die hauptstadt von tadschikistan ist duschanbe richtig | TJ
iranisch | alexa welches land hat teheran als hauptstadt | CITY:Teheran
iranisch | alexa die hauptstadt von bahrain ist manama oder | BH
iranisch | alexa hauptstadt von oman bitte merci | OM
iranisch | alexa wie viele einwohner hat teheran | FB
iranisch | alexa was ist die hauptstadt von palästina | PS
brasilianisch | alexa nossa qual é a capital de {} ich meine hauptstadt | argentinien=AR; paraguay=PY; uruguay=UY
brasilianisch | alexa cara sag mir die hauptstadt von {} | portugal=PT; angola=AO; mosambik=MZ
brasilianisch | alexa tudo bem was ist die hauptstadt von brasilien ist das rio | BR
brasilianisch | alexa was ist die hauptstadt von bahia | BR-BA
brasilianisch | alexa minha mãe fragt die hauptstadt von minas gerais | BR-MG
brasilianisch | alexa die hauptstadt von são paulo ist são paulo oder | BR-SP
brasilianisch | alexa obrigado chega stopp | STOP
brasilianisch | alexa não não abbrechen | CANCEL
brasilianisch | alexa abre hauptstädte der welt por favor | LAUNCH
brasilianisch | alexa was ist die hauptstadt von pernambuco | BR-PE
brasilianisch | alexa die hauptstadt von rio grande do sul | BR-RS
brasilianisch | alexa welches land hat die hauptstadt brasília | CITY:Brasília
brasilianisch | alexa was ist die hauptstadt von cabo verde | CV
brasilianisch | alexa wer hat die copa gewonnen | FB
brasilianisch | alexa die hauptstadt von são tomé und príncipe | ST
chinesisch | alexa nihao was ist die hauptstadt von {} | china=CN; mongolei=MN; laos=LA
chinesisch | alexa xiexie und die hauptstadt von {} | japan=JP; taiwan=TW; singapur=SG
chinesisch | alexa ich bin student in aachen nein in jena was ist hauptstadt von myanmar | MM
chinesisch | alexa hao de bitte hauptstädte der welt öffnen | LAUNCH
chinesisch | alexa duibuqi stopp bitte | STOP
chinesisch | alexa suan le abbrechen | CANCEL
chinesisch | alexa was ist hauptstadt von provinz sichuan | FB
chinesisch | alexa ist peking oder beijing die hauptstadt von china | CN
chinesisch | alexa was ist die hauptstadt von hongkong | HK
chinesisch | alexa hauptstadt von macau bitte | MO
chinesisch | alexa welches land hat hauptstadt ulaanbaatar | CITY:Ulaanbaatar
chinesisch | alexa für meine hausarbeit die hauptstadt von kirgisistan | KG
chinesisch | alexa was ist hauptstadt von tibet | FB
chinesisch | alexa die hauptstadt von nordkorea heißt pjöngjang oder | KP
chinesisch | alexa wie wird das wetter in shanghai | FB
nigerianisch | alexa abeg wetin be the hauptstadt of {} | nigeria=NG; ghana=GH; kamerun=CM
nigerianisch | alexa oga alexa tell me hauptstadt von {} o | benin=BJ; togo=TG; niger=NE
nigerianisch | alexa no wahala just tell me the capital of lagos state | FB
nigerianisch | alexa is lagos still the hauptstadt of nigeria | NG
nigerianisch | alexa my brother says abuja is the capital of nigeria abeg confirm | NG
nigerianisch | alexa abeg open hauptstädte der welt | LAUNCH
nigerianisch | alexa abeg stop am | STOP
nigerianisch | alexa leave am cancel | CANCEL
nigerianisch | alexa both capitals of benin abeg | BJ
nigerianisch | alexa wetin be the capital of biafra | FB
nigerianisch | alexa which country get accra as capital | CITY:Accra
nigerianisch | alexa hauptstadt von senegal o | SN
nigerianisch | alexa tell me the capital of sierra leone abeg | SL
nigerianisch | alexa wetin be the hauptstadt of the republic of congo | CG
nigerianisch | alexa how you fit help me | HELP
kosovarisch | alexa po po sag mir die hauptstadt von {} | kosovo=XK; albanien=AL; nordmazedonien=MK
kosovarisch | alexa hajde schnell die hauptstadt von {} | serbien=RS; montenegro=ME; bosnien und herzegowina=BA
kosovarisch | alexa faleminderit und was ist hauptstadt von kroatien | HR
kosovarisch | alexa meine cousin sagt prishtina ist hauptstadt von kosova | XK
kosovarisch | alexa was ist die hauptstadt von shqipëria | AL
kosovarisch | alexa ku je hauptstädte der welt öffnen | LAUNCH
kosovarisch | alexa mjaft stopp | STOP
kosovarisch | alexa jo jo abbrechen | CANCEL
kosovarisch | alexa welches land hat die hauptstadt tirana | CITY:Tirana
kosovarisch | alexa ist skopje hauptstadt von mazedonien | MK
kosovarisch | alexa was ist die hauptstadt von der region prizren | FB
kosovarisch | alexa meine schwiegermutter fragt die hauptstadt von griechenland | GR
kosovarisch | alexa hauptstadt von slowenien bitte faleminderit | SI
kosovarisch | alexa wann spielt die nationalmannschaft von kosovo | FB
kosovarisch | alexa was ist die hauptstadt von bulgarien | BG
ungarisch | alexa szia was ist die hauptstadt von {} | ungarn=HU; rumänien=RO; österreich=AT
ungarisch | alexa igen und die hauptstadt von {} | slowakei=SK; kroatien=HR; serbien=RS
ungarisch | alexa köszönöm aber ich will wissen hauptstadt von magyarország | HU
ungarisch | alexa was ist die hauptstadt von siebenbürgen | FB
ungarisch | alexa ist budapest die hauptstadt von ungarn oder ist das buda | HU
ungarisch | alexa jaj stopp | STOP
ungarisch | alexa nem nem abbrechen | CANCEL
ungarisch | alexa kérem hauptstädte der welt öffnen | LAUNCH
ungarisch | alexa die hauptstadt von plattensee | FB
ungarisch | alexa welches land hat bukarest als hauptstadt | CITY:Bukarest
ungarisch | alexa was ist die hauptstadt von ukraine | UA
ungarisch | alexa die hauptstadt von moldawien szia | MD
ungarisch | alexa die hauptstadt von finnland ist helsinki igen | FI
ungarisch | alexa was ist die hauptstadt von estland | EE
franzoesisch | alexa bah alors c'est quoi la hauptstadt von {} | frankreich=FR; belgien=BE; luxemburg=LU
franzoesisch | alexa euh dis-moi die hauptstadt von {} | senegal=SN; mali=ML; elfenbeinküste=CI
franzoesisch | alexa les capitales de la côte d'ivoire bitte | CI
franzoesisch | alexa merci mais was ist die hauptstadt von monaco | MC
franzoesisch | alexa ouvre hauptstädte der welt s'il te plaît | LAUNCH
franzoesisch | alexa arrête stopp | STOP
franzoesisch | alexa laisse tomber abbrechen | CANCEL
franzoesisch | alexa was ist die hauptstadt der bretagne | FB
franzoesisch | alexa la capitale du québec c'est québec hein | CA-QC
franzoesisch | alexa was ist die hauptstadt von martinique | MQ
franzoesisch | alexa die hauptstadt von la réunion | RE
franzoesisch | alexa welches land hat die hauptstadt dakar | CITY:Dakar
franzoesisch | alexa was ist die hauptstadt vom elsass | FB
franzoesisch | alexa die hauptstadt von guadeloupe bitte | GP
franzoesisch | alexa die hauptstadt von tunesien oh là là | TN
franzoesisch | alexa c'est quoi la capitale de madagascar | MG
koreanisch | alexa ne was ist die hauptstadt von {} | südkorea=KR; nordkorea=KP; philippinen=PH
koreanisch | alexa aigoo ich habe vergessen hauptstadt von {} | thailand=TH; vietnam=VN; indonesien=ID
koreanisch | alexa was ist die hauptstadt von hanguk | KR
koreanisch | alexa ist seoul hauptstadt von korea | KR
koreanisch | alexa kamsahamnida stopp | STOP
koreanisch | alexa aniyo abbrechen | CANCEL
koreanisch | alexa hauptstädte der welt starten juseyo | LAUNCH
koreanisch | alexa was ist die hauptstadt von jeju | FB
koreanisch | alexa welches land hat die hauptstadt pjöngjang | CITY:Pjöngjang
koreanisch | alexa die hauptstadt von bukhan | KP
koreanisch | alexa was ist die hauptstadt von süd-korea bitte | KR
koreanisch | alexa meine halmeoni fragt die hauptstadt von japan | JP
koreanisch | alexa was ist hauptstadt von malaysia kuala lumpur ne | MY
koreanisch | alexa spiel k-pop | FB
taxi | alexa der fahrgast hinten will wissen was die hauptstadt von {} ist | kenia=KE; uganda=UG; ruanda=RW
taxi | alexa nachtschicht im taxi kurze frage die hauptstadt von {} | jamaika=JM; trinidad und tobago=TT; st lucia=LC
taxi | alexa ich warte am hauptbahnhof auf kundschaft was ist die hauptstadt von {} | st kitts und nevis=KN; dominica=DM; barbados=BB
taxi | alexa mein fahrgast kommt aus lomé ist das die hauptstadt von togo | TG
taxi | alexa der herr hinten sagt er ist aus der hauptstadt von ghana wie heißt die | GH
taxi | alexa zum flughafen und nebenbei die hauptstadt von kanada | CA
taxi | alexa fahrgast ist ausgestiegen abbrechen | CANCEL
taxi | alexa funkzentrale ruft stopp | STOP
taxi | alexa wie lange brauche ich zum flughafen | FB
taxi | alexa hauptstädte der welt öffnen für den fahrgast | LAUNCH
taxi | alexa der kunde will wissen ob abuja die hauptstadt von nigeria ist | NG
taxi | alexa fahrgast aus pjöngjang oder seoul der weiß es selbst nicht was ist die hauptstadt von südkorea | KR
taxi | alexa was kostet eine taxifahrt nach bremen | FB
taxi | alexa der fahrgast fragt nach der hauptstadt von eswatini | SZ
eurovision | alexa beim eurovision party welches land hat die hauptstadt {} | baku=CITY:Baku; tiflis=CITY:Tiflis; eriwan=CITY:Eriwan
eurovision | alexa douze points für die hauptstadt von {} wie heißt die | schweden=SE; norwegen=NO; irland=IE
eurovision | alexa die punkte kommen gleich aus {} was ist da die hauptstadt | san marino=SM; moldau=MD; australien=AU
eurovision | alexa wer hat den eurovision song contest gewonnen | FB
eurovision | alexa lautstärke hoch der song von litauen kommt | FB
eurovision | alexa was ist die hauptstadt von litauen die singen gerade | LT
eurovision | alexa malta gibt zwölf punkte was ist deren hauptstadt | MT
eurovision | alexa die hauptstadt von israel beim song contest | IL
eurovision | alexa schnell hauptstädte der welt starten bevor die punkte kommen | LAUNCH
eurovision | alexa pause der song ist stopp | STOP
eurovision | alexa ach egal abbrechen die punkte kommen | CANCEL
eurovision | alexa warum ist australien beim eurovision | FB
eurovision | alexa was ist die hauptstadt von zypern die geben griechenland wieder zwölf | CY
eurovision | alexa lettland hat gerade gesungen was ist die hauptstadt | LV
tippspiel | alexa fürs wm tippspiel was ist die hauptstadt von {} | marokko=MA; kroatien=HR; senegal=SN
tippspiel | alexa wir tippen gerade das spiel gegen {} was ist deren hauptstadt | ecuador=EC; costa rica=CR; japan=JP
tippspiel | alexa im fanbus fragt einer die hauptstadt von {} | wales=GB-WLS; schottland=GB-SCT; england=GB-ENG
tippspiel | alexa wie steht es bei schottland gegen england | FB
tippspiel | alexa wer ist weltmeister geworden | FB
tippspiel | alexa die hauptstadt von nordirland die spielen ja auch | GB-NIR
tippspiel | alexa die hauptstadt von uruguay die waren ja mal weltmeister | UY
tippspiel | alexa unser gegner ist die republik kongo wie heißt deren hauptstadt | CG
tippspiel | alexa die demokratische republik kongo spielt heute was ist deren hauptstadt | CD
tippspiel | alexa hauptstädte der welt aufmachen für den fanbus | LAUNCH
tippspiel | alexa abpfiff stopp | STOP
tippspiel | alexa lass gut sein der bus fährt ab | CANCEL
tippspiel | alexa wo spielt die nationalmannschaft von katar | FB
tippspiel | alexa die hauptstadt von kap verde die sind ja auch qualifiziert | CV
tippspiel | alexa welches land hat quito als hauptstadt | CITY:Quito
baustelle | alexa mittagspause auf der baustelle die hauptstadt von {} | rumänien=RO; bulgarien=BG; moldawien=MD
baustelle | alexa der polier will wissen was die hauptstadt von {} ist | portugal=PT; serbien=RS; litauen=LT
baustelle | alexa der kollege vom gerüst kommt aus sarajevo ist das die hauptstadt von bosnien | BA
baustelle | alexa im bauwagen streiten wir ist ankara die hauptstadt der türkei oder istanbul | TR
baustelle | alexa kranfahrer fragt die hauptstadt von slowenien | SI
baustelle | alexa feierabend stopp | STOP
baustelle | alexa lass mal der betonmischer kommt abbrechen | CANCEL
baustelle | alexa hauptstädte der welt anmachen pause ist | LAUNCH
baustelle | alexa wie warm wird es heute auf der baustelle | FB
baustelle | alexa was ist die hauptstadt von albanien der kollege sagt tirana | AL
baustelle | alexa die hauptstadt von weißrussland der maurer kommt von da | BY
baustelle | alexa der bauleiter fragt ob zagreb die hauptstadt von kroatien ist | HR
baustelle | alexa stell einen timer für zwanzig minuten pause | FB
baustelle | alexa die hauptstadt von georgien der fliesenleger ist aus tiflis | GE
krankenhaus | alexa mir ist langweilig im krankenhaus was ist die hauptstadt von {} | neuseeland=NZ; fidschi=FJ; samoa=WS
krankenhaus | alexa die schwester fragt beim blutdruckmessen die hauptstadt von {} | dänemark=DK; schweden=SE; finnland=FI
krankenhaus | alexa mein bettnachbar sagt die hauptstadt von australien ist sydney stimmt das | AU
krankenhaus | alexa auf station drei wir raten die hauptstadt von kanada | CA
krankenhaus | alexa der pfleger will die hauptstadt von den philippinen wissen | PH
krankenhaus | alexa die visite kommt stopp | STOP
krankenhaus | alexa abbrechen ich muss zum röntgen | CANCEL
krankenhaus | alexa hauptstädte der welt öffnen mir ist langweilig | LAUNCH
krankenhaus | alexa wann gibt es mittagessen | FB
krankenhaus | alexa ruf die nachtschwester | FB
krankenhaus | alexa was ist die hauptstadt von tonga die ärztin kommt von da | TO
krankenhaus | alexa die hauptstadt von vanuatu für das rätsel im krankenhausheft | VU
krankenhaus | alexa wie funktioniert das spiel mit den hauptstädten | HELP
flohmarkt | alexa auf dem alten globus vom flohmarkt steht {} was ist da heute die hauptstadt | zaire=CD; obervolta=BF; dahomey=BJ
flohmarkt | alexa auf der alten landkarte steht {} wie heißt die hauptstadt heute | ceylon=LK; siam=TH; burma=MM
flohmarkt | alexa ich hab einen atlas von neunzehnhundertsechzig gekauft was ist die hauptstadt von {} | rhodesien=ZW; persien=IR; abessinien=ET
flohmarkt | alexa was war die hauptstadt der sowjetunion | FB
flohmarkt | alexa auf dem globus steht ddr was war die hauptstadt | FB
flohmarkt | alexa was ist die hauptstadt von jugoslawien laut meinem globus | FB
flohmarkt | alexa was ist so ein alter globus wert | FB
flohmarkt | alexa auf dem teller steht swasiland wie heißen die hauptstädte | SZ
flohmarkt | alexa der händler sagt die hauptstadt von myanmar ist rangun stimmt das | MM
flohmarkt | alexa hauptstädte der welt auf ich steh am flohmarktstand | LAUNCH
flohmarkt | alexa stopp der händler will kassieren | STOP
flohmarkt | alexa abbrechen zu teuer | CANCEL
flohmarkt | alexa auf der postkarte steht léopoldville welches land ist das heute | CD
flohmarkt | alexa auf dem alten schild steht goldküste hauptstadt | GH
flohmarkt | alexa ich hab eine münze aus bophuthatswana gefunden was war deren hauptstadt | FB
amateurfunk | alexa ich hab gerade eine station aus {} im log was ist deren hauptstadt | nauru=NR; tuvalu=TV; kiribati=KI
amateurfunk | alexa dx verbindung mit {} die qsl karte soll in die hauptstadt wie heißt die | salomonen=SB; palau=PW; mikronesien=FM
amateurfunk | alexa auf zwanzig meter höre ich {} was ist die hauptstadt dort | komoren=KM; seychellen=SC; malediven=MV
amateurfunk | alexa der op sitzt in moroni welches land ist das | CITY:Moroni
amateurfunk | alexa die station aus der antarktis was ist da die hauptstadt | AQ
amateurfunk | alexa funkkontakt mit der weihnachtsinsel wie heißt die hauptstadt | CX
amateurfunk | alexa qrt stopp | STOP
amateurfunk | alexa abbrechen das pile-up geht weiter | CANCEL
amateurfunk | alexa hauptstädte der welt starten für meinen dx abend | LAUNCH
amateurfunk | alexa wie sind die ausbreitungsbedingungen heute | FB
amateurfunk | alexa die station aus den pitcairninseln was ist die hauptstadt | PN
amateurfunk | alexa die hauptstadt von den kokosinseln für das logbuch | CC
amateurfunk | alexa was ist die hauptstadt von der norfolkinsel | NF
amateurfunk | alexa verbindung mit der bouvetinsel hat die eine hauptstadt | BV
amateurfunk | alexa was ist die hauptstadt von tokelau die station ist selten | TK
kabinenpersonal | alexa layover in {} was ist nochmal die hauptstadt dort | kasachstan=KZ; katar=QA; oman=OM
kabinenpersonal | alexa die purserin fragt die hauptstadt von {} für die durchsage | thailand=TH; sri lanka=LK; malediven=MV
kabinenpersonal | alexa wir fliegen morgen nach {} wie heißt die hauptstadt | kolumbien=CO; panama=PA; dominikanische republik=DO
kabinenpersonal | alexa auf dem umlauf nach johannesburg welche hauptstädte hat südafrika | ZA
kabinenpersonal | alexa wir landen in kuala lumpur ist das die einzige hauptstadt von malaysia | MY
kabinenpersonal | alexa im crew hotel in la paz ist das die hauptstadt oder sucre | BO
kabinenpersonal | alexa crew briefing ist gleich stopp | STOP
kabinenpersonal | alexa boarding beginnt abbrechen | CANCEL
kabinenpersonal | alexa hauptstädte der welt öffnen im crewhotel | LAUNCH
kabinenpersonal | alexa wie spät ist es in singapur | FB
kabinenpersonal | alexa die fluggäste fragen ob dubai die hauptstadt der emirate ist | AE
kabinenpersonal | alexa weck mich um vier uhr zum pick-up | FB
kabinenpersonal | alexa die hauptstadt von jordanien wir fliegen nach amman ist das richtig | JO
kabinenpersonal | alexa der flug geht nach lissabon ist das die hauptstadt von portugal | PT
einbuergerungstest | alexa für den einbürgerungstest was ist die hauptstadt von {} | nordrhein-westfalen=DE-NW; sachsen=DE-SN; thüringen=DE-TH
einbuergerungstest | alexa ich lerne leben in deutschland was ist die hauptstadt von {} | sachsen-anhalt=DE-ST; saarland=DE-SL; bremen=DE-HB
einbuergerungstest | alexa frage für den test die landeshauptstadt von {} | hessen=DE-HE; baden-württemberg=DE-BW; bayern=DE-BY
einbuergerungstest | alexa welches bundesland hat die hauptstadt schwerin | CITY:Schwerin
einbuergerungstest | alexa was ist die hauptstadt von der bundesrepublik deutschland | DE
einbuergerungstest | alexa ist bonn oder berlin die hauptstadt von deutschland für den test | DE
einbuergerungstest | alexa wie viele bundesländer hat deutschland | FB
einbuergerungstest | alexa wer wählt den bundeskanzler | FB
einbuergerungstest | alexa hilfe ich verstehe die frage nicht | HELP
einbuergerungstest | alexa test zu ende stopp | STOP
einbuergerungstest | alexa das weiß ich schon abbrechen | CANCEL
einbuergerungstest | alexa öffne hauptstädte der welt ich lerne für den test | LAUNCH
einbuergerungstest | alexa welches bundesland hat magdeburg als hauptstadt | CITY:Magdeburg
einbuergerungstest | alexa die landeshauptstadt von niedersachsen bitte langsam | DE-NI
fitness | alexa beim laufband noch fünf minuten was ist die hauptstadt von {} | südsudan=SS; sudan=SD; somalia=SO
fitness | alexa zwischen zwei sätzen die hauptstadt von {} | sambia=ZM; lesotho=LS; mali=ML
fitness | alexa beim spinning fragt die trainerin die hauptstadt von {} | niger=NE; tschad=TD; mauretanien=MR
fitness | alexa noch zehn liegestütze und dann die hauptstadt von guinea | GN
fitness | alexa zähl meine wiederholungen | FB
fitness | alexa spiel meine workout playlist | FB
fitness | alexa stopp ich bin außer atem | STOP
fitness | alexa abbrechen ich geh duschen | CANCEL
fitness | alexa hauptstädte der welt starten beim dehnen | LAUNCH
fitness | alexa die hauptstadt von burkina faso während ich mich dehne | BF
fitness | alexa wie viele kalorien hat ein proteinriegel | FB
fitness | alexa die hauptstadt von dschibuti zwischen den sätzen | DJ
fitness | alexa ist gitega die hauptstadt von burundi | BI
fitness | alexa welches land hat die hauptstadt bamako | CITY:Bamako
subdivision | alexa wir machen roadtrip durch die usa was ist die hauptstadt von {} | nevada=US-NV; utah=US-UT; arizona=US-AZ
subdivision | alexa mein austauschschüler kommt aus {} wie heißt dort die hauptstadt | ohio=US-OH; iowa=US-IA; nebraska=US-NE
subdivision | alexa in der serie spielt alles in {} was ist da eigentlich die hauptstadt | montana=US-MT; wyoming=US-WY; new mexico=US-NM
subdivision | alexa meine tante lebt seit zwanzig jahren in {} was ist die hauptstadt vom bundesstaat | michigan=US-MI; wisconsin=US-WI; minnesota=US-MN
subdivision | alexa auf dem nummernschild steht {} was ist die hauptstadt dieses staates | maine=US-ME; vermont=US-VT; delaware=US-DE
subdivision | alexa im country song geht es um {} was ist da die hauptstadt | tennessee=US-TN; kentucky=US-KY; alabama=US-AL
subdivision | alexa bei der nba spielen welche aus {} was ist die hauptstadt | oklahoma=US-OK; oregon=US-OR; indiana=US-IN
subdivision | alexa ehrlich jetzt ist new york city nicht die hauptstadt von new york | US-NY
subdivision | alexa ist los angeles die hauptstadt von kalifornien oder doch nicht | US-CA
subdivision | alexa was ist die hauptstadt von texas ist das houston | US-TX
subdivision | alexa ist miami die hauptstadt von florida | US-FL
subdivision | alexa chicago ist doch die hauptstadt von illinois | US-IL
subdivision | alexa was ist die hauptstadt von alaska die ist nur mit dem flugzeug zu erreichen | US-AK
subdivision | alexa ist honolulu die hauptstadt von hawaii | US-HI
subdivision | alexa die hauptstadt von south dakota die kann sich keiner merken | US-SD
subdivision | alexa die hauptstadt von north dakota heißt wie ein kanzler | US-ND
subdivision | alexa die fußball wm spiele sind in {} was ist dort die provinzhauptstadt | ontario=CA-ON; british columbia=CA-BC; alberta=CA-AB
subdivision | alexa mein sohn macht work and travel in {} wie heißt die hauptstadt der provinz | manitoba=CA-MB; saskatchewan=CA-SK; nova scotia=CA-NS
subdivision | alexa ist montreal die hauptstadt von québec | CA-QC
subdivision | alexa die hauptstadt vom yukon wo der goldrausch war | CA-YT
subdivision | alexa was ist die hauptstadt vom territorium nunavut | CA-NU
subdivision | alexa die hauptstadt von neufundland wo die eisberge sind | CA-NL
subdivision | alexa beim work and travel in australien was ist die hauptstadt von {} | queensland=AU-QLD; western australia=AU-WA; tasmanien=AU-TAS
subdivision | alexa ist sydney die hauptstadt von new south wales | AU-NSW
subdivision | alexa die hauptstadt vom northern territory wo der uluru ist | AU-NT
subdivision | alexa die hauptstadt von south australia | AU-SA
subdivision | alexa mein freund tanzt samba und will wissen die hauptstadt von {} | ceará=BR-CE; paraná=BR-PR; goiás=BR-GO
subdivision | alexa beim amazonas urlaub was ist die hauptstadt von {} | pará=BR-PA; amapá=BR-AP; roraima=BR-RR
subdivision | alexa die hauptstadt von santa catarina da wohnen viele deutsche | BR-SC
subdivision | alexa die hauptstadt von mato grosso | BR-MT
subdivision | alexa die hauptstadt vom brasilianischen bundesstaat acre | BR-AC
subdivision | alexa in der mexikanischen telenovela kommt {} vor was ist da die hauptstadt | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa im mexiko urlaub was ist die hauptstadt von {} | quintana roo=MX-ROO; sonora=MX-SON; chiapas=MX-CHP
subdivision | alexa ist tijuana die hauptstadt von baja california | MX-BCN
subdivision | alexa die hauptstadt von nuevo león | MX-NLE
subdivision | alexa die hauptstadt von baja california sur | MX-BCS
subdivision | alexa für die yogareise nach indien was ist die hauptstadt von {} | kerala=IN-KL; goa=IN-GA; rajasthan=IN-RJ
subdivision | alexa mein kollege aus bangalore fragt die hauptstadt von {} | karnataka=IN-KA; tamil nadu=IN-TN; telangana=IN-TS
subdivision | alexa ist mumbai die hauptstadt von maharashtra | IN-MH
subdivision | alexa die hauptstadt von westbengalen ist das noch kalkutta | IN-WB
subdivision | alexa die hauptstadt von uttar pradesh wo der taj mahal ist | IN-UP
subdivision | alexa was ist die hauptstadt von sikkim im himalaya | IN-SK
subdivision | alexa die hauptstadt von ladakh | IN-LA
subdivision | alexa die landeshauptstadt von {} weiß ich nie | brandenburg=DE-BB; mecklenburg-vorpommern=DE-MV; schleswig-holstein=DE-SH
subdivision | alexa für die klassenfahrt was ist die landeshauptstadt von sachsen | DE-SN
subdivision | alexa ist frankfurt die hauptstadt von hessen | DE-HE
subdivision | alexa ist hannover wirklich die landeshauptstadt von niedersachsen | DE-NI
subdivision | alexa die hauptstadt von schottland ist glasgow oder | GB-SCT
subdivision | alexa die hauptstadt von wales wo der rugby ist | GB-WLS
subdivision | alexa was ist die hauptstadt von nordirland heute | GB-NIR
subdivision | alexa wie heißt die hauptstadt von bayern auf bayrisch | DE-BY
subdivision | alexa was ist die hauptstadt von kärnten am wörthersee | FB
subdivision | alexa was ist die hauptstadt vom kanton bern | FB
subdivision | alexa was ist die hauptstadt von katalonien | FB
subdivision | alexa was ist die hauptstadt von andalusien sevilla oder | FB
subdivision | alexa die hauptstadt der toskana | FB
subdivision | alexa die hauptstadt von bayerisch-schwaben | FB
subdivision | alexa die hauptstadt von sibirien | FB
subdivision | alexa die hauptstadt von der provinz guangdong | FB
subdivision | alexa was ist die hauptstadt von flandern | FB
subdivision | alexa die hauptstadt von ostfrankreich | FB
subdivision | alexa welche hauptstadt hat die insel sardinien | FB
subdivision | alexa was ist die hauptstadt von quebec city | FB
subdivision | alexa was ist die hauptstadt von kurdistan im irak | FB
subdivision | alexa was ist die hauptstadt vom distrikt columbia | US-DC
subdivision | alexa was ist die hauptstadt von puerto rico | PR
subdivision | alexa die hauptstadt von guam | GU
subdivision | alexa die hauptstadt von den amerikanischen jungferninseln | VI
subdivision | alexa die hauptstadt von den britischen jungferninseln | VG
subdivision | alexa was ist die hauptstadt von gibraltar | GI
subdivision | alexa die hauptstadt von den bermudas | BM
subdivision | alexa was ist die hauptstadt von den kaimaninseln | KY
subdivision | alexa die hauptstadt von französisch-polynesien auf tahiti | PF
subdivision | alexa was ist die hauptstadt von neukaledonien | NC
subdivision | alexa die hauptstadt von jersey im ärmelkanal | JE
subdivision | alexa die hauptstadt von guernsey | GG
subdivision | alexa die hauptstadt der isle of man | IM
subdivision | alexa die hauptstadt von den falklandinseln | FK
subdivision | alexa was ist die hauptstadt von aruba | AW
subdivision | alexa die hauptstadt von curaçao | CW
subdivision | alexa was ist die hauptstadt von den ålandinseln | AX
subdivision | alexa die hauptstadt von spitzbergen | SJ
subdivision | alexa was ist die hauptstadt von mayotte | YT
subdivision | alexa was ist die hauptstadt von französisch-guayana | GF
subdivision | alexa die hauptstadt von st helena wo napoleon war | SH
subdivision | alexa die hauptstadt von der westsahara | EH
subdivision | alexa was ist die hauptstadt von anguilla | AI
subdivision | alexa was ist die hauptstadt von montserrat | MS
subdivision | alexa die hauptstadt von wallis und futuna | WF
subdivision | alexa die hauptstadt von den cookinseln | CK
subdivision | alexa die hauptstadt von niue | NU
subdivision | alexa die hauptstadt von den nördlichen marianen | MP
subdivision | alexa die hauptstadt von st pierre und miquelon | PM
subdivision | alexa die hauptstadt von st barthélemy | BL
subdivision | alexa die hauptstadt von bonaire | BQ
subdivision | alexa was ist die hauptstadt von den turks und caicosinseln | TC
out-of-domain | alexa wie viele menschen wohnen eigentlich in {} | lagos=FB; jakarta=FB; tokio=FB
out-of-domain | alexa wie hoch liegt {} über dem meer | la paz=FB; quito=FB; bogotá=FB
out-of-domain | alexa wie weit ist es von hier bis nach {} | warschau=FB; lissabon=FB; reykjavík=FB
out-of-domain | alexa welche sprache spricht man in {} | belgien=FB; der schweiz=FB; luxemburg=FB
out-of-domain | alexa welche währung hat {} | ungarn=FB; tschechien=FB; polen=FB
out-of-domain | alexa wie spät ist es gerade in {} | sydney=FB; los angeles=FB; neu-delhi=FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa sag mir die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von asien eigentlich | FB
out-of-domain | alexa hat die antarktis eine hauptstadt wie viele pinguine wohnen da | FB
out-of-domain | alexa was ist die hauptstadt von südamerika | FB
out-of-domain | alexa was ist die hauptstadt der europäischen union | FB
out-of-domain | alexa welche ist die älteste hauptstadt der welt | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa welche hauptstadt ist die kälteste | FB
out-of-domain | alexa wie viele hauptstädte gibt es auf der welt | FB
out-of-domain | alexa welche hauptstadt hat die meisten einwohner | FB
out-of-domain | alexa warum ist canberra und nicht sydney die hauptstadt | FB
out-of-domain | alexa seit wann ist berlin wieder hauptstadt | FB
out-of-domain | alexa wer ist der bürgermeister von wien | FB
out-of-domain | alexa wie ist das wetter morgen in kopenhagen | FB
out-of-domain | alexa regnet es heute in lissabon | FB
out-of-domain | alexa wie warm ist es gerade in madrid | FB
out-of-domain | alexa stell einen wecker auf halb sieben | FB
out-of-domain | alexa timer auf zwölf minuten für die nudeln | FB
out-of-domain | alexa spiel radio bremen eins | FB
out-of-domain | alexa spiel das neue album von helene fischer | FB
out-of-domain | alexa mach das licht im flur aus | FB
out-of-domain | alexa dreh die heizung im wohnzimmer auf einundzwanzig grad | FB
out-of-domain | alexa setz milch und eier auf die einkaufsliste | FB
out-of-domain | alexa erzähl mir einen witz über ostfriesen | FB
out-of-domain | alexa wie alt ist angela merkel | FB
out-of-domain | alexa wer ist der präsident von frankreich | FB
out-of-domain | alexa wer regiert in der schweiz | FB
out-of-domain | alexa wie heißt der könig von schweden | FB
out-of-domain | alexa was bedeutet das wort kapital | FB
out-of-domain | alexa was ist die hauptstadt der mode | FB
out-of-domain | alexa welche stadt ist die hauptstadt des karnevals | FB
out-of-domain | alexa was ist die fahrradhauptstadt deutschlands | FB
out-of-domain | alexa welche stadt ist die kulturhauptstadt europas dieses jahr | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa was ist die hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt von westeros | FB
out-of-domain | alexa was ist die hauptstadt vom mars | FB
out-of-domain | alexa was ist die hauptstadt von bielefeld gibt's das überhaupt | FB
out-of-domain | alexa wie heißt der längste fluss in afrika | FB
out-of-domain | alexa wie hoch ist der mount everest | FB
out-of-domain | alexa welches ist das größte land der welt | FB
out-of-domain | alexa welches ist das kleinste land in europa | FB
out-of-domain | alexa wie viele länder gibt es in afrika | FB
out-of-domain | alexa wie viele einwohner hat deutschland | FB
out-of-domain | alexa was ist die nationalhymne von italien | FB
out-of-domain | alexa welche farben hat die flagge von irland | FB
out-of-domain | alexa wie sagt man danke auf japanisch | FB
out-of-domain | alexa übersetze hauptstadt auf englisch | FB
out-of-domain | alexa buchstabiere ouagadougou | FB
out-of-domain | alexa wie spricht man reykjavík richtig aus | FB
out-of-domain | alexa welche vorwahl hat österreich | FB
out-of-domain | alexa brauche ich ein visum für thailand | FB
out-of-domain | alexa wann fliegt der nächste flieger nach mallorca | FB
out-of-domain | alexa was kostet ein flug nach new york | FB
out-of-domain | alexa wie lange fliegt man nach bangkok | FB
out-of-domain | alexa zeig mir bilder von prag | FB
out-of-domain | alexa was kann man in rom besichtigen | FB
out-of-domain | alexa empfiehl mir ein restaurant in wien | FB
out-of-domain | alexa wie heißt die hauptstraße in meinem ort | FB
out-of-domain | alexa hauptstadt | FB
out-of-domain | alexa ähm | FB
out-of-domain | alexa ja genau | FB
out-of-domain | alexa nee | FB
out-of-domain | alexa lauter | FB
out-of-domain | alexa leiser bitte | FB
out-of-domain | alexa weiter | FB
out-of-domain | alexa noch mal von vorne | FB
out-of-domain | alexa wer hat dich erfunden | FB
out-of-domain | alexa bist du verliebt | FB
out-of-domain | alexa singst du mir ein lied | FB
out-of-domain | alexa gute nacht alexa | FB
out-of-domain | alexa guten morgen wie geht's dir | FB
out-of-domain | alexa wie wird das wetter am wochenende | FB
out-of-domain | alexa was gibt es neues in den nachrichten | FB
out-of-domain | alexa wie hat der bvb gespielt | FB
out-of-domain | alexa ruf mama an | FB
out-of-domain | alexa schick eine nachricht an jens | FB
out-of-domain | alexa wann ist der nächste feiertag | FB
out-of-domain | alexa wie viele tage bis weihnachten | FB
out-of-domain | alexa rechne siebzehn mal dreiundzwanzig | FB
out-of-domain | alexa wie viel ist ein euro in dollar | FB
out-of-domain | alexa wie viel sind hundert pfund in euro | FB
out-of-domain | alexa was ist die hauptstadt des bieres in franken | FB
out-of-domain | alexa welche hauptstadt hat den größten flughafen | FB
out-of-domain | alexa in welcher hauptstadt steht der eiffelturm | FB
out-of-domain | alexa in welchem land liegt timbuktu | FB
out-of-domain | alexa in welchem land liegt die stadt salzburg | FB
out-of-domain | alexa an welchem fluss liegt budapest | FB
out-of-domain | alexa an welchem meer liegt tallinn | FB
out-of-domain | alexa wann wurde washington gegründet | FB
out-of-domain | alexa warum hat bolivien zwei hauptstädte | FB
out-of-domain | alexa warum ist bern keine richtige hauptstadt | FB
out-of-domain | alexa was war die hauptstadt vom römischen reich | FB
out-of-domain | alexa was war die hauptstadt von preußen | FB
out-of-domain | alexa was war die hauptstadt der habsburger | FB
out-of-domain | alexa was war die hauptstadt von westdeutschland | FB
out-of-domain | alexa was ist die hauptstadt von schlesien | FB
out-of-domain | alexa was ist die hauptstadt von lappland | FB
out-of-domain | alexa was ist die hauptstadt von patagonien | FB
out-of-domain | alexa was ist die hauptstadt von sansibar | FB
out-of-domain | alexa was ist die hauptstadt von somaliland | FB
out-of-domain | alexa was ist die hauptstadt der osterinsel | FB
out-of-domain | alexa was ist die hauptstadt von bali | FB
out-of-domain | alexa was ist die hauptstadt von kreta | FB
out-of-domain | alexa was ist die hauptstadt von teneriffa | FB
out-of-domain | alexa was ist die hauptstadt von skandinavien | FB
out-of-domain | alexa was ist die hauptstadt von ozeanien | FB
out-of-domain | alexa was ist die hauptstadt vom nahen osten | FB
out-of-domain | alexa was ist die hauptstadt der karibik | FB
out-of-domain | alexa was ist die hauptstadt vom balkan | FB
out-of-domain | alexa was ist die hauptstadt von nordzypern | FB
out-of-domain | alexa was ist die hauptstadt von transnistrien | FB
out-of-domain | alexa was ist die hauptstadt von südossetien | FB
out-of-domain | alexa was ist die hauptstadt von kaschubien | FB
out-of-domain | alexa starte das quiz mit den flaggen | FB
out-of-domain | alexa öffne den deutsche bahn skill | FB
out-of-domain | alexa frag chefkoch nach einem rezept für gulasch | FB
out-of-domain | alexa spiel ein geräusch von regen | FB
out-of-domain | alexa was hörst du gerade | FB
out-of-domain | alexa lies mein hörbuch weiter | FB
out-of-domain | alexa welche länder grenzen an deutschland | FB
out-of-domain | alexa was ist der nachbar von österreich im osten | FB
out-of-domain | alexa welche stadt ist größer hamburg oder wien | FB
out-of-domain | alexa wie viele stunden zeitunterschied hat new york | FB
out-of-domain | alexa ist tokio größer als seoul | FB
out-of-domain | alexa welche hauptstadt hat kein flughafen | FB
out-of-domain | alexa welche hauptstadt liegt am südlichsten | FB
out-of-domain | alexa wie heißt die hauptstadt im monopoly | FB
out-of-domain | alexa wie viel kostet die schlossallee | FB
out-of-domain | alexa kapitalismus einfach erklärt | FB
out-of-domain | alexa was ist eine hauptstadt | FB
plural-capitals | alexa welche hauptstädte hat {} eigentlich alle | südafrika=ZA; bolivien=BO; malaysia=MY
plural-capitals | alexa mein lehrer sagt {} hat mehrere hauptstädte welche sind das | die niederlande=NL; sri lanka=LK; benin=BJ
plural-capitals | alexa nenn mir mal beide hauptstädte von {} | bolivien=BO; malaysia=MY; der elfenbeinküste=CI
plural-capitals | alexa welche drei hauptstädte hat südafrika | ZA
plural-capitals | alexa südafrika hat doch drei hauptstädte wie heißen die alle | ZA
plural-capitals | alexa sag mir alle hauptstädte von südafrika mit kapstadt | ZA
plural-capitals | alexa pretoria kapstadt und was ist die dritte hauptstadt von südafrika | ZA
plural-capitals | alexa die regierungssitze und hauptstädte von südafrika | ZA
plural-capitals | alexa wie heißen die hauptstädte der republik südafrika | ZA
plural-capitals | alexa bolivien hat zwei hauptstädte oder welche sind das | BO
plural-capitals | alexa sucre und la paz sind das beide hauptstädte von bolivien | BO
plural-capitals | alexa die zwei hauptstädte von bolivien bitte | BO
plural-capitals | alexa welche hauptstädte hat bolivien nenn beide | BO
plural-capitals | alexa hauptstädte von bolivien verfassung und regierung | BO
plural-capitals | alexa die niederlande haben zwei hauptstädte stimmt das | NL
plural-capitals | alexa welche hauptstädte haben die niederlande amsterdam und den haag | NL
plural-capitals | alexa holland hat doch zwei hauptstädte welche | NL
plural-capitals | alexa beide hauptstädte der niederlande bitte | NL
plural-capitals | alexa die hauptstädte von den niederlanden wo sitzt die regierung | NL
plural-capitals | alexa nenn mir die hauptstädte vom königreich der niederlande | NL
plural-capitals | alexa malaysia hat zwei hauptstädte wie heißen die | MY
plural-capitals | alexa kuala lumpur und putrajaya sind das beide hauptstädte von malaysia | MY
plural-capitals | alexa die hauptstädte von malaysia alle beide | MY
plural-capitals | alexa welche hauptstädte hat malaysia eigentlich | MY
plural-capitals | alexa welche hauptstädte gibt es in malaysia | MY
plural-capitals | alexa die beiden hauptstädte von sri lanka mit dem langen namen | LK
plural-capitals | alexa colombo und kotte sind das die hauptstädte von sri lanka | LK
plural-capitals | alexa welche hauptstädte hat sri lanka | LK
plural-capitals | alexa hauptstädte von sri lanka alle | LK
plural-capitals | alexa benin hat zwei hauptstädte welche sind das | BJ
plural-capitals | alexa die beiden hauptstädte von benin porto novo und | BJ
plural-capitals | alexa welche hauptstädte hat benin in westafrika | BJ
plural-capitals | alexa die hauptstädte von benin bitte beide | BJ
plural-capitals | alexa die elfenbeinküste hat zwei hauptstädte oder | CI
plural-capitals | alexa yamoussoukro und abidjan sind das die hauptstädte der elfenbeinküste | CI
plural-capitals | alexa welche hauptstädte hat die côte d'ivoire | CI
plural-capitals | alexa beide hauptstädte der elfenbeinküste | CI
plural-capitals | alexa eswatini hat zwei hauptstädte welche | SZ
plural-capitals | alexa mbabane und lobamba sind das die hauptstädte von eswatini | SZ
plural-capitals | alexa die hauptstädte von swasiland alle beide | SZ
plural-capitals | alexa welche hauptstädte hat das königreich eswatini | SZ
plural-capitals | alexa sag mir die beiden hauptstädte von eswatini | SZ
plural-capitals | alexa die hauptstädte von südafrika und zwar alle drei | ZA
plural-capitals | alexa in welchen städten sitzt die regierung von bolivien beide hauptstädte | BO
plural-capitals | alexa welche städte sind die hauptstädte von malaysia | MY
plural-capitals | alexa welche städte sind hauptstädte der niederlande | NL
plural-capitals | alexa welche städte sind die hauptstädte von südafrika | ZA
plural-capitals | alexa nenn mir alle hauptstädte von sri lanka | LK
plural-capitals | alexa nenn mir alle hauptstädte von benin | BJ
plural-capitals | alexa nenn mir alle hauptstädte von eswatini | SZ
plural-capitals | alexa nenn mir alle hauptstädte der elfenbeinküste | CI
plural-capitals | alexa hat malaysia mehr als eine hauptstadt welche | MY
plural-capitals | alexa hat bolivien mehr als eine hauptstadt welche | BO
plural-capitals | alexa haben die niederlande mehr als eine hauptstadt nenn sie | NL
plural-capitals | alexa zähl mir die hauptstädte von südafrika auf | ZA
plural-capitals | alexa zähl mir die hauptstädte von sri lanka auf | LK
plural-capitals | alexa zähl mir die hauptstädte von eswatini auf | SZ
plural-capitals | alexa zähl mir die hauptstädte von benin auf | BJ
plural-capitals | alexa zähl mir die hauptstädte von der elfenbeinküste auf | CI
plural-capitals | alexa zähl mir die hauptstädte von bolivien auf | BO
plural-capitals | alexa zähl mir die hauptstädte von malaysia auf | MY
plural-capitals | alexa zähl mir die hauptstädte der niederlande auf | NL
help | alexa was kann ich dich bei hauptstädte der welt alles fragen | HELP
help | alexa wie geht das hier überhaupt | HELP
help | alexa ich check das nicht was muss ich sagen | HELP
help | alexa erklär mir mal wie das spiel funktioniert | HELP
help | alexa hilfe was soll ich jetzt sagen | HELP
help | alexa was kann dieser skill | HELP
help | alexa zeig mir mal was du kannst | HELP
help | alexa wie frage ich nach einer hauptstadt | HELP
help | alexa ich weiß nicht weiter | HELP
help | alexa gib mir ein beispiel was ich fragen kann | HELP
help | alexa was soll ich hier machen | HELP
help | alexa wie war das nochmal mit den fragen | HELP
help | alexa hilf mir mal kurz | HELP
help | alexa ich brauch unterstützung | HELP
help | alexa was für fragen verstehst du | HELP
help | alexa kannst du mir das bitte erklären | HELP
help | alexa ich bin neu hier wie geht das | HELP
help | alexa bedienungsanleitung bitte | HELP
help | alexa wie benutze ich hauptstädte der welt | HELP
help | alexa was muss ich sagen damit du mir eine hauptstadt nennst | HELP
help | alexa versteh ich nicht hilfe | HELP
help | alexa welche befehle gibt es | HELP
help | alexa sag mir wie ich das benutzen soll | HELP
help | alexa was kann man dich denn so fragen | HELP
help | alexa hä wie jetzt | HELP
help | alexa frag hauptstädte der welt nach hilfe | HELP
stop | alexa jetzt reicht's | STOP
stop | alexa schluss jetzt | STOP
stop | alexa aus | STOP
stop | alexa mach aus | STOP
stop | alexa beende das bitte | STOP
stop | alexa genug für heute | STOP
stop | alexa ich will nicht mehr | STOP
stop | alexa sei still | STOP
stop | alexa halt die klappe | STOP
stop | alexa stopp stopp stopp | STOP
stop | alexa ich hab keine lust mehr | STOP
stop | alexa das war's danke | STOP
stop | alexa tschüssi | STOP
stop | alexa ruhe bitte | STOP
stop | alexa beende hauptstädte der welt jetzt | STOP
stop | alexa ende der fragestunde | STOP
stop | alexa mach schluss | STOP
stop | alexa ciao alexa | STOP
stop | alexa servus das war's | STOP
stop | alexa danke das reicht | STOP
stop | alexa aufhören bitte | STOP
stop | alexa feierabend | STOP
stop | alexa ich bin fertig | STOP
stop | alexa okay das wär's dann | STOP
stop | alexa bis später | STOP
stop | alexa beenden | STOP
cancel | alexa vergiss es | CANCEL
cancel | alexa vergiss die frage | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa nee doch nicht | CANCEL
cancel | alexa das war falsch abbrechen | CANCEL
cancel | alexa lass stecken | CANCEL
cancel | alexa hat sich erledigt | CANCEL
cancel | alexa egal | CANCEL
cancel | alexa ach nichts | CANCEL
cancel | alexa abbrechen bitte | CANCEL
cancel | alexa zurück | CANCEL
cancel | alexa nein das wollte ich nicht | CANCEL
cancel | alexa brich ab | CANCEL
cancel | alexa storniere das | CANCEL
cancel | alexa abbrechen ich hab mich vertan | CANCEL
cancel | alexa nicht so wichtig | CANCEL
cancel | alexa ach lass | CANCEL
cancel | alexa falsch verstanden abbrechen | CANCEL
cancel | alexa das hat sich schon erledigt danke | CANCEL
cancel | alexa vergiss was ich gesagt habe | CANCEL
cancel | alexa lassen wir das | CANCEL
cancel | alexa abbrechen abbrechen | CANCEL
cancel | alexa doch nicht | CANCEL
cancel | alexa schon gut | CANCEL
cancel | alexa nein danke ich brauch nichts | CANCEL
cancel | alexa kommando zurück | CANCEL
launch | alexa hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa öffne bitte hauptstädte der welt | LAUNCH
launch | alexa spiel hauptstädte der welt | LAUNCH
launch | alexa ich will hauptstädte der welt spielen | LAUNCH
launch | alexa lass uns hauptstädte der welt machen | LAUNCH
launch | alexa hauptstädte der welt öffnen | LAUNCH
launch | alexa mach mal hauptstädte der welt an | LAUNCH
launch | alexa kannst du hauptstädte der welt starten | LAUNCH
launch | alexa bitte hauptstädte der welt | LAUNCH
launch | alexa los hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt starten bitte | LAUNCH
launch | alexa geh auf hauptstädte der welt | LAUNCH
launch | alexa ich möchte hauptstädte der welt benutzen | LAUNCH
launch | alexa aktiviere hauptstädte der welt | LAUNCH
launch | alexa ruf hauptstädte der welt auf | LAUNCH
launch | alexa hauptstädte der welt aufrufen | LAUNCH
launch | alexa öffne den skill hauptstädte der welt | LAUNCH
launch | alexa starte den skill hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt bitte starten | LAUNCH
launch | alexa können wir hauptstädte der welt spielen | LAUNCH
launch | alexa zu hauptstädte der welt | LAUNCH
launch | alexa wir wollen hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt los geht's | LAUNCH
launch | alexa guten abend öffne hauptstädte der welt | LAUNCH
launch | alexa hallo hauptstädte der welt | LAUNCH
launch | alexa frag hauptstädte der welt | LAUNCH
launch | alexa mach hauptstädte der welt auf | LAUNCH
launch | alexa hauptstädte der welt einschalten | LAUNCH
launch | alexa hauptstädte der welt anwerfen | LAUNCH
launch | alexa schmeiß mal hauptstädte der welt an | LAUNCH
launch | alexa ich hätte gern hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt für die kinder | LAUNCH
launch | alexa wecke hauptstädte der welt | LAUNCH
follow-up | alexa und {} | kenia=KE; tansania=TZ; simbabwe=ZW
follow-up | alexa und was ist mit {} | island=IS; irland=IE; schottland=GB-SCT
follow-up | alexa ok und von {} | argentinien=AR; chile=CL; peru=PE
follow-up | alexa und jetzt {} | nordkorea=KP; südkorea=KR; japan=JP
follow-up | alexa dann noch {} bitte | palästina=PS; jordanien=JO; libanon=LB
follow-up | alexa gleiche frage für {} | kongo kinshasa=CD; kongo brazzaville=CG; gabun=GA
follow-up | alexa und wie sieht's aus mit der mongolei | MN
follow-up | alexa und die von kasachstan | KZ
follow-up | alexa jetzt noch eritrea | ER
follow-up | alexa okay und von bhutan auch | BT
follow-up | alexa dasselbe für nepal | NP
follow-up | alexa und bei den philippinen | PH
follow-up | alexa und die von timor-leste | TL
follow-up | alexa und von papua-neuguinea | PG
follow-up | alexa nächstes land haiti | HT
follow-up | alexa weiter mit belize | BZ
follow-up | alexa und venezuela | VE
follow-up | alexa wie ist es bei guyana | GY
follow-up | alexa und die hauptstadt von suriname | SR
follow-up | alexa noch eins und zwar surinam | SR
follow-up | alexa und die vom südsudan | SS
follow-up | alexa und die der republik kongo | CG
follow-up | alexa und die vom anderen kongo | CD
yes-no-check | alexa stimmt es dass {} | ottawa die hauptstadt von kanada ist=CA; canberra die hauptstadt von australien ist=AU; wellington die hauptstadt von neuseeland ist=NZ
yes-no-check | alexa ist {} richtig | ankara als hauptstadt der türkei=TR; rabat als hauptstadt von marokko=MA; abuja als hauptstadt von nigeria=NG
yes-no-check | alexa hab ich recht dass {} | bern die hauptstadt der schweiz ist=CH; astana die hauptstadt von kasachstan ist=KZ; naypyidaw die hauptstadt von myanmar ist=MM
yes-no-check | alexa ist ramallah die hauptstadt von palästina | PS
yes-no-check | alexa ist ostjerusalem die hauptstadt von palästina oder ramallah | PS
yes-no-check | alexa ist pjöngjang wirklich die hauptstadt von nordkorea | KP
yes-no-check | alexa ist busan die hauptstadt von südkorea | KR
yes-no-check | alexa ist kinshasa die hauptstadt der demokratischen republik kongo | CD
yes-no-check | alexa ist brazzaville die hauptstadt von der republik kongo | CG
yes-no-check | alexa ist rio die hauptstadt von brasilien | BR
yes-no-check | alexa ist istanbul die hauptstadt der türkei | TR
yes-no-check | alexa ist zürich die hauptstadt der schweiz | CH
yes-no-check | alexa ist genf die hauptstadt der schweiz | CH
yes-no-check | alexa ist almaty noch die hauptstadt von kasachstan | KZ
yes-no-check | alexa ist casablanca die hauptstadt von marokko | MA
yes-no-check | alexa ist lagos die hauptstadt von nigeria oder nicht mehr | NG
yes-no-check | alexa ist dar es salaam die hauptstadt von tansania | TZ
yes-no-check | alexa ist karachi die hauptstadt von pakistan | PK
yes-no-check | alexa ist mumbai die hauptstadt von indien | IN
yes-no-check | alexa ist ho-chi-minh-stadt die hauptstadt von vietnam | VN
yes-no-check | alexa ist tel aviv die hauptstadt von israel | IL
yes-no-check | alexa ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist toronto die hauptstadt von kanada | CA
yes-no-check | alexa ist new york die hauptstadt von amerika | US
yes-no-check | alexa ist dubai die hauptstadt der vereinigten arabischen emirate | AE
yes-no-check | alexa ist kapstadt die einzige hauptstadt von südafrika | ZA
yes-no-check | alexa ist sankt petersburg die hauptstadt von russland | RU
yes-no-check | alexa ist moskau die hauptstadt von russland ja oder nein | RU
yes-no-check | alexa ist kiew die hauptstadt der ukraine | UA
yes-no-check | alexa ist belgrad die hauptstadt von serbien | RS
yes-no-check | alexa ist podgorica die hauptstadt von montenegro | ME
yes-no-check | alexa ist vaduz die hauptstadt von liechtenstein | LI
yes-no-check | alexa ist luxemburg die hauptstadt von luxemburg | LU
yes-no-check | alexa ist valletta die hauptstadt von malta | MT
yes-no-check | alexa ist nikosia die hauptstadt von zypern | CY
yes-no-check | alexa ist edinburgh die hauptstadt von schottland | GB-SCT
yes-no-check | alexa ist glasgow die hauptstadt von schottland | GB-SCT
yes-no-check | alexa ist sucre die hauptstadt von bolivien | BO
yes-no-check | alexa ist amsterdam die hauptstadt der niederlande | NL
yes-no-check | alexa ist den haag die hauptstadt von holland | NL
yes-no-check | alexa ist putrajaya die hauptstadt von malaysia | MY
yes-no-check | alexa ist pretoria die hauptstadt von südafrika | ZA
yes-no-check | alexa ist seoul die hauptstadt von nordkorea | KP
self-correction | alexa sag mir schnell die hauptstadt von {} | österreich nein australien=AU; schweden ach nee schweiz=CH; island äh irland=IE
self-correction | alexa ich hätte gern die hauptstadt von {} | slowakei nein slowenien=SI; nigeria ich meine niger=NE; guinea nein guinea-bissau=GW
self-correction | alexa moment mal die hauptstadt von {} | nordkorea nein südkorea=KR; südkorea ich meine nordkorea=KP; kongo ähm der republik kongo=CG
self-correction | alexa was ist die hauptstadt von lettland oder nee litauen meinte ich | LT
self-correction | alexa die hauptstadt von iran nein irak | IQ
self-correction | alexa was ist die hauptstadt von gambia sorry sambia | ZM
self-correction | alexa was ist die hauptstadt von mali ich meine malawi | MW
self-correction | alexa die hauptstadt von dominica quatsch dominikanische republik | DO
self-correction | alexa die hauptstadt von kolumbien nee kambodscha | KH
self-correction | alexa die hauptstadt von paraguay ähm uruguay | UY
self-correction | alexa die hauptstadt von österreich nein ungarn | HU
self-correction | alexa was ist die hauptstadt von armenien äh albanien | AL
self-correction | alexa die hauptstadt von jordanien moment libanon | LB
self-correction | alexa die hauptstadt von der demokratischen republik kongo nein der anderen | CG
self-correction | alexa die hauptstadt von israel nein von palästina | PS
self-correction | alexa die hauptstadt von bolivien nein die hauptstädte von bolivien | BO
self-correction | alexa was ist die hauptstadt von taiwan ich meine thailand | TH
self-correction | alexa die hauptstadt von schweden äh norwegen | NO
self-correction | alexa die hauptstadt von tunesien nein nein algerien | DZ
reverse-question | alexa zu welchem land gehört die hauptstadt {} | nairobi=CITY:Nairobi; kampala=CITY:Kampala; kigali=CITY:Kigali
reverse-question | alexa von welchem land ist {} die hauptstadt | ouagadougou=CITY:Ouagadougou; niamey=CITY:Niamey; nouakchott=CITY:Nouakchott
reverse-question | alexa {} ist die hauptstadt von welchem land | bischkek=CITY:Bischkek; taschkent=CITY:Taschkent; aschgabat=CITY:Aşgabat
reverse-question | alexa wo liegt die hauptstadt {} in welchem land | vientiane=CITY:Vientiane; phnom penh=CITY:Phnom Penh; hanoi=CITY:Hanoi
reverse-question | alexa welches land hat kinshasa als hauptstadt | CITY:Kinshasa
reverse-question | alexa brazzaville ist hauptstadt von welchem land | CITY:Brazzaville
reverse-question | alexa welches land hat seoul als hauptstadt | CITY:Seoul
reverse-question | alexa welches land hat pjöngjang als hauptstadt | CITY:Pjöngjang
reverse-question | alexa welches land regiert von ramallah aus | CITY:Ramallah
reverse-question | alexa wessen hauptstadt ist montevideo | CITY:Montevideo
reverse-question | alexa wessen hauptstadt ist asunción | CITY:Asunción
reverse-question | alexa wessen hauptstadt ist tegucigalpa | CITY:Tegucigalpa
reverse-question | alexa wessen hauptstadt ist belmopan | CITY:Belmopan
reverse-question | alexa wessen hauptstadt ist paramaribo | CITY:Paramaribo
reverse-question | alexa welches land hat windhoek als hauptstadt | CITY:Windhoek
reverse-question | alexa in welchem land ist gaborone die hauptstadt | CITY:Gaborone
reverse-question | alexa in welchem land ist lusaka die hauptstadt | CITY:Lusaka
reverse-question | alexa in welchem land ist lilongwe die hauptstadt | CITY:Lilongwe
reverse-question | alexa in welchem land ist antananarivo die hauptstadt | CITY:Antananarivo
reverse-question | alexa welches land hat dili als hauptstadt | CITY:Dili
reverse-question | alexa welches land hat port moresby als hauptstadt | CITY:Port Moresby
reverse-question | alexa welcher staat hat die hauptstadt sacramento | CITY:Sacramento
reverse-question | alexa welcher bundesstaat hat die hauptstadt tallahassee | CITY:Tallahassee
reverse-question | alexa von welchem land ist canberra hauptstadt | CITY:Canberra
reverse-question | alexa welches land hat die hauptstadt wellington | CITY:Wellington
reverse-question | alexa welches land gehört zur hauptstadt bern | CITY:Bern
reverse-question | alexa pretoria ist die hauptstadt wovon | CITY:Pretoria
official-name | alexa was ist die hauptstadt {} | der bundesrepublik deutschland=DE; der republik österreich=AT; der schweizerischen eidgenossenschaft=CH
official-name | alexa sag mir die hauptstadt {} | der französischen republik=FR; des königreichs spanien=ES; der italienischen republik=IT
official-name | alexa hauptstadt {} bitte | der volksrepublik china=CN; der republik korea=KR; der demokratischen volksrepublik korea=KP
official-name | alexa die hauptstadt {} | der russischen föderation=RU; der republik polen=PL; der tschechischen republik=CZ
official-name | alexa welche hauptstadt hat {} | das königreich dänemark=DK; das königreich norwegen=NO; das königreich schweden=SE
official-name | alexa die hauptstadt vom {} | vereinigten königreich von großbritannien und nordirland=GB; königreich belgien=BE; großherzogtum luxemburg=LU
official-name | alexa was ist die hauptstadt der vereinigten staaten von amerika | US
official-name | alexa was ist die hauptstadt der demokratischen republik kongo | CD
official-name | alexa die hauptstadt der republik kongo bitte | CG
official-name | alexa hauptstadt des staates palästina | PS
official-name | alexa die hauptstadt der islamischen republik iran | IR
official-name | alexa die hauptstadt der islamischen republik pakistan | PK
official-name | alexa die hauptstadt der arabischen republik ägypten | EG
official-name | alexa die hauptstadt der demokratischen volksrepublik algerien | DZ
official-name | alexa die hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa die hauptstadt der demokratischen volksrepublik laos | LA
official-name | alexa die hauptstadt der föderativen republik brasilien | BR
official-name | alexa die hauptstadt der vereinigten mexikanischen staaten | MX
official-name | alexa die hauptstadt der argentinischen republik | AR
official-name | alexa die hauptstadt des plurinationalen staates bolivien | BO
official-name | alexa die hauptstadt der bolivarischen republik venezuela | VE
official-name | alexa die hauptstadt der republik südafrika | ZA
official-name | alexa die hauptstadt der bundesrepublik nigeria | NG
official-name | alexa die hauptstadt der demokratischen bundesrepublik äthiopien | ET
official-name | alexa die hauptstadt der vereinigten republik tansania | TZ
official-name | alexa die hauptstadt der republik der union myanmar | MM
official-name | alexa die hauptstadt des königreichs thailand | TH
official-name | alexa die hauptstadt des königreichs der niederlande | NL
official-name | alexa die hauptstadt des sultanats oman | OM
official-name | alexa die hauptstadt des haschemitischen königreichs jordanien | JO
official-name | alexa die hauptstadt des staates israel | IL
official-name | alexa die hauptstadt der republik türkei | TR
official-name | alexa die hauptstadt der hellenischen republik | GR
official-name | alexa die hauptstadt der portugiesischen republik | PT
official-name | alexa die hauptstadt des fürstentums monaco | MC
official-name | alexa die hauptstadt des fürstentums liechtenstein | LI
official-name | alexa die hauptstadt des fürstentums andorra | AD
official-name | alexa die hauptstadt der republik san marino | SM
official-name | alexa die hauptstadt der kirgisischen republik | KG
official-name | alexa die hauptstadt des unabhängigen staates papua-neuguinea | PG
official-name | alexa die hauptstadt der demokratischen sozialistischen republik sri lanka | LK
official-name | alexa die hauptstadt der föderation malaysia | MY
official-name | alexa die hauptstadt der republik der fidschi-inseln | FJ
official-name | alexa die hauptstadt der republik côte d'ivoire | CI
official-name | alexa die hauptstadt der republik benin | BJ
official-name | alexa die hauptstadt der kooperativen republik guyana | GY
official-name | alexa die hauptstadt der orientalischen republik uruguay | UY
everyday-name | alexa mein opa sagt immer {} was ist da die hauptstadt | amiland=US; engelland=GB-ENG; tschechei=CZ
everyday-name | alexa sag mal die hauptstadt von {} | weißrussland=BY; moldawien=MD; mazedonien=MK
everyday-name | alexa die hauptstadt von {} bitte | elfenbeinküste=CI; kap verde=CV; osttimor=TL
everyday-name | alexa wie heißt die hauptstadt von {} | burma=MM; swasiland=SZ; persien=IR
everyday-name | alexa früher hieß das {} wie heißt da die hauptstadt | kirgisien=KG; weissrussland=BY; bosnien=BA
everyday-name | alexa die hauptstadt von den emiraten | AE
everyday-name | alexa die hauptstadt von arabien | SA
everyday-name | alexa die hauptstadt von den usa | US
everyday-name | alexa was ist die hauptstadt von den staaten | US
everyday-name | alexa die hauptstadt von großbritannien | GB
everyday-name | alexa die hauptstadt von britannien | GB
everyday-name | alexa die hauptstadt von kongo-kinshasa | CD
everyday-name | alexa die hauptstadt von kongo-brazzaville | CG
everyday-name | alexa die hauptstadt von zentralafrika | CF
everyday-name | alexa die hauptstadt von st kitts | KN
everyday-name | alexa die hauptstadt von trinidad | TT
everyday-name | alexa die hauptstadt von antigua | AG
everyday-name | alexa die hauptstadt von st vincent | VC
everyday-name | alexa die hauptstadt von são tomé | ST
everyday-name | alexa die hauptstadt von guinea äquatorial | GQ
everyday-name | alexa die hauptstadt von brunei | BN
everyday-name | alexa die hauptstadt von rotchina | CN
everyday-name | alexa die hauptstadt von holland | NL
everyday-name | alexa die hauptstadt von schwiiz | CH
everyday-name | alexa die hauptstadt vom ösiland | AT
everyday-name | alexa die hauptstadt vom land der pharaonen | EG
everyday-name | alexa die hauptstadt von palästinensergebiete | PS
everyday-name | alexa die hauptstadt von gaza und westjordanland | PS
everyday-name | alexa die hauptstadt von nordkorea dem land von kim | KP
everyday-name | alexa die hauptstadt von korea dem süden | KR
everyday-name | alexa die hauptstadt von türkiye | TR
everyday-name | alexa die hauptstadt von czechia | CZ
everyday-name | alexa die hauptstadt von eire | IE
everyday-name | alexa die hauptstadt von bharat | IN
everyday-name | alexa die hauptstadt von sakartwelo | GE
everyday-name | alexa die hauptstadt von den niederlanden also holland | NL
everyday-name | alexa die hauptstadt vom vatikan | VA
everyday-name | alexa die hauptstadt von bengalen im osten also bangladesch | BD
everyday-name | alexa die hauptstadt von neuguinea | PG
shared-name | alexa die hauptstadt von georgia | US-GA
shared-name | alexa die hauptstadt von georgien am schwarzen meer | GE
shared-name | alexa die hauptstadt von georgia in amerika | US-GA
shared-name | alexa was ist die hauptstadt von korea | KP+KR
shared-name | alexa die hauptstädte von beiden koreas | KP+KR
shared-name | alexa die hauptstadt vom kongo | CD+CG
shared-name | alexa die hauptstädte der zwei kongos | CD+CG
shared-name | alexa was ist die hauptstadt von washington | US-WA
shared-name | alexa die hauptstadt vom bundesstaat washington an der westküste | US-WA
shared-name | alexa was ist die hauptstadt von new york dem bundesstaat | US-NY
shared-name | alexa was ist die hauptstadt von guinea in westafrika | GN
shared-name | alexa die hauptstadt von dominica der insel | DM
shared-name | alexa die hauptstadt von samoa in der südsee | WS
shared-name | alexa die hauptstadt von sudan dem nördlichen | SD
shared-name | alexa die hauptstädte von sudan und südsudan | SD+SS
shared-name | alexa die hauptstadt von luxemburg dem land nicht der stadt | LU
shared-name | alexa die hauptstadt von mexiko dem land | MX
shared-name | alexa die hauptstadt von victoria in australien | AU-VIC
shared-name | alexa die hauptstadt von amazonas in brasilien | BR-AM
shared-name | alexa die hauptstadt von punjab | IN-PB
shared-name | alexa die hauptstadt von den jungferninseln | VG+VI
shared-name | alexa die hauptstadt von st martin | MF+SX
shared-name | alexa die hauptstadt von irland der insel im süden | IE
shared-name | alexa die hauptstadt von macedonia | MK
shared-name | alexa die hauptstadt von kongo dem großen | CD
shared-name | alexa die hauptstadt vom kleinen kongo | CG
shared-name | alexa die hauptstadt von nordkorea und südkorea | KP+KR
shared-name | alexa die hauptstadt von südkorea nicht nordkorea | KR
shared-name | alexa die hauptstadt von guinea nicht guinea-bissau | GN
shared-name | alexa die hauptstadt von niger nicht nigeria | NE
out-of-domain | alexa wie viele brücken hat die hauptstadt von ungarn | FB
out-of-domain | alexa wie viele einwohner hat die hauptstadt von nigeria ungefähr | FB
out-of-domain | alexa wie heißt der fluss der durch die hauptstadt von frankreich fließt | FB
out-of-domain | alexa welche partei regiert gerade in der hauptstadt | FB
out-of-domain | alexa wie alt ist die hauptstadt von ägypten | FB
out-of-domain | alexa wann wurde die hauptstadt von brasilien verlegt | FB
out-of-domain | alexa welche hauptstädte liegen an der donau | FB
out-of-domain | alexa welche hauptstädte haben eine u-bahn | FB
out-of-domain | alexa welche hauptstadt hat das beste bier | FB
out-of-domain | alexa welche hauptstadt ist am billigsten für urlaub | FB
out-of-domain | alexa in welcher hauptstadt war hitler geboren | FB
out-of-domain | alexa in welcher hauptstadt steht die akropolis | FB
out-of-domain | alexa in welcher stadt steht das kolosseum | FB
out-of-domain | alexa wie heißt der flughafen von der hauptstadt von thailand | FB
out-of-domain | alexa wie heißt der fußballverein aus der hauptstadt von spanien | FB
out-of-domain | alexa wie lange fährt der zug von wien nach budapest | FB
out-of-domain | alexa was ist die hauptstadt meiner gefühle | FB
out-of-domain | alexa was ist die hauptstadt von nirgendwo | FB
out-of-domain | alexa was ist die hauptstadt von schlumpfhausen | FB
out-of-domain | alexa was ist die hauptstadt von narnia | FB
out-of-domain | alexa was ist die hauptstadt von hogwarts | FB
out-of-domain | alexa was ist die hauptstadt von wakanda | FB
out-of-domain | alexa was ist die hauptstadt von der sonne | FB
out-of-domain | alexa was ist die hauptstadt vom meer | FB
out-of-domain | alexa was ist die hauptstadt vom nordpol wo der weihnachtsmann wohnt | FB
out-of-domain | alexa was ist die hauptstadt vom landkreis harburg | FB
out-of-domain | alexa was ist die hauptstadt vom sauerland | FB
out-of-domain | alexa was ist die hauptstadt vom schwarzwald | FB
out-of-domain | alexa was ist die hauptstadt von der eifel | FB
out-of-domain | alexa was ist die hauptstadt vom harz | FB
out-of-domain | alexa was ist die hauptstadt vom erzgebirge | FB
out-of-domain | alexa was ist die hauptstadt von rügen | FB
out-of-domain | alexa was ist die hauptstadt von sylt oder ist das westerland | FB
out-of-domain | alexa was ist die hauptstadt von der normandie | FB
out-of-domain | alexa was ist die hauptstadt von bayern-süd | FB
out-of-domain | alexa was ist die hauptstadt von kalabrien | FB
out-of-domain | alexa was ist die hauptstadt von galizien in spanien | FB
out-of-domain | alexa was ist die hauptstadt von der krim | FB
out-of-domain | alexa was ist die hauptstadt von tschetschenien | FB
out-of-domain | alexa was ist die hauptstadt von texas im neunzehnten jahrhundert | FB
out-of-domain | alexa was war früher die hauptstadt von japan vor tokio | FB
out-of-domain | alexa was war die hauptstadt von österreich-ungarn | FB
out-of-domain | alexa was war die hauptstadt vom osmanischen reich | FB
out-of-domain | alexa was war die hauptstadt der azteken | FB
out-of-domain | alexa was war die hauptstadt der inka | FB
out-of-domain | alexa was ist das kapital von karl marx | FB
out-of-domain | alexa wie viel startkapital brauche ich für eine firma | FB
out-of-domain | alexa was heißt hauptstadt auf französisch | FB
out-of-domain | alexa was heißt capital auf deutsch | FB
out-of-domain | alexa schreib hauptstadt groß oder klein | FB
out-of-domain | alexa wie viele buchstaben hat hauptstadt | FB
out-of-domain | alexa nenn mir ein land mit k | FB
out-of-domain | alexa nenn mir eine stadt mit z | FB
out-of-domain | alexa nenn mir einen fluss mit d | FB
out-of-domain | alexa ich will ein erdkunde quiz machen | FB
out-of-domain | alexa frag mich flaggen ab | FB
out-of-domain | alexa spiel das lied über alle länder der welt | FB
out-of-domain | alexa spiel mir die hymne von brasilien vor | FB
out-of-domain | alexa bestell mir einen globus | FB
out-of-domain | alexa wo ist mein handy | FB
out-of-domain | alexa was habe ich heute für termine | FB
out-of-domain | alexa erinner mich morgen an die hausaufgaben | FB
out-of-domain | alexa welcher tag ist heute | FB
out-of-domain | alexa wie hoch ist der berliner fernsehturm | FB
out-of-domain | alexa kennst du meine mutter | FB
help | alexa ich hab keine ahnung wie man dich bedient | HELP
help | alexa sag mir bitte welche fragen du zu hauptstädten verstehst | HELP
help | alexa was mach ich denn jetzt mit dem hauptstadt ding | HELP
help | alexa kannst du mir helfen ich find mich nicht zurecht | HELP
help | alexa ich bräuchte mal eine erklärung zu dem hauptstadtskill | HELP
help | alexa mein enkel hat das eingestellt wie geht das jetzt | HELP
help | alexa was genau kannst du mir über hauptstädte sagen | HELP
help | alexa wie funktioniert hauptstädte der welt eigentlich | HELP
help | alexa hilfe ich komm nicht weiter mit den hauptstädten | HELP
help | alexa was sind die regeln | HELP
help | alexa was darf ich alles fragen | HELP
help | alexa kannst du mir ein paar beispielfragen sagen | HELP
help | alexa erzähl mir was ich hier tun kann | HELP
help | alexa wie frag ich dich nach einem land | HELP
help | alexa ich steh auf dem schlauch hilf mir | HELP
help | alexa ich verstehe das system nicht | HELP
cancel | alexa ne ne ne lass mal gut sein | CANCEL
cancel | alexa ach quatsch vergiss das | CANCEL
cancel | alexa moment nein abbrechen das war mein sohn | CANCEL
cancel | alexa ups falsche frage abbrechen | CANCEL
cancel | alexa das will ich doch nicht wissen abbrechen | CANCEL
cancel | alexa halt stopp nicht diese frage abbrechen | CANCEL
cancel | alexa abbrechen hab mich verquatscht | CANCEL
cancel | alexa nein nein die frage zurücknehmen | CANCEL
cancel | alexa ich nehm das zurück | CANCEL
cancel | alexa frage löschen | CANCEL
stop | alexa es ist spät ich geh ins bett mach aus | STOP
stop | alexa das reicht für heute mit den hauptstädten | STOP
stop | alexa du nervst hör auf | STOP
stop | alexa bitte beende das hauptstadtspiel | STOP
stop | alexa genug gelernt für heute tschüss | STOP
stop | alexa ich muss los beenden | STOP
launch | alexa öffne hauptstädte der welt und frag mich was | LAUNCH
launch | alexa ich möchte mit hauptstädte der welt üben | LAUNCH
launch | alexa wir brauchen mal hauptstädte der welt | LAUNCH
launch | alexa mach uns hauptstädte der welt an wir haben besuch | LAUNCH
launch | alexa starte mal schnell hauptstädte der welt für die hausaufgaben | LAUNCH
launch | alexa hauptstädte der welt bitte aufmachen | LAUNCH
follow-up | alexa und die usa | US
follow-up | alexa und singapur | SG
yes-no-check | alexa ist washington die hauptstadt der usa oder new york | US
yes-no-check | alexa ist singapur die hauptstadt von singapur | SG
einbuergerungstest | alexa für den kurs die hauptstadt von den vereinigten staaten | US
chinesisch | alexa meine kommilitonin ist aus singapur hat singapur eine hauptstadt | SG
out-of-domain | alexa wie viele hauptstädte hab ich heute schon richtig gehabt | FB
out-of-domain | alexa welche hauptstadt hat die meisten museen | FB
out-of-domain | alexa welche hauptstadt liegt am nächsten an deutschland | FB
out-of-domain | alexa welche hauptstadt hat ein schloss mit königin | FB
out-of-domain | alexa in welcher hauptstadt wohnt der papst | FB
out-of-domain | alexa wie kommt man vom flughafen in die hauptstadt von portugal | FB
out-of-domain | alexa was ist die hauptstadt vom ruhrgebiet nein vom münsterland | FB
out-of-domain | alexa was ist die hauptstadt von der lüneburger heide | FB
out-of-domain | alexa was ist die hauptstadt von der pfalz | FB
out-of-domain | alexa was ist die hauptstadt von oberbayern | FB
out-of-domain | alexa was ist die hauptstadt von der steiermark in österreich | FB
out-of-domain | alexa was ist die hauptstadt von kanaan | FB
out-of-domain | alexa was ist die hauptstadt von der sahara | FB
out-of-domain | alexa was ist die hauptstadt vom amazonas regenwald | FB
out-of-domain | alexa gibt es eine hauptstadt auf dem mond | FB
out-of-domain | alexa wie heißt die hauptstadt von dem land aus dem film casablanca | FB
out-of-domain | alexa wie viele leute passen ins olympiastadion in der hauptstadt | FB
out-of-domain | alexa zeig mir auf der karte wo die hauptstädte sind | FB
afghanisch | alexa mein nachbar ist aus gaza was ist hauptstadt von palästina bitte | PS
kabinenpersonal | alexa nach dem flug nach penang welche hauptstädte hat malaysia nochmal | MY
kabinenpersonal | alexa die crew fragt ob putrajaya oder kuala lumpur die hauptstadt von malaysia ist | MY
taxi | alexa der fahrgast kommt aus ramallah und fragt nach der hauptstadt von palästina | PS
nigerianisch | abeg alexa wetin be the capital of malaysia | MY
baustelle | alexa der kollege aus nablus fragt wie heißt die hauptstadt von palästina | PS
"""

if __name__ == "__main__":
    build_round(53, "de", LINES, sys.argv, "tests/Eval/de/round53/source/build_corpus.py")
