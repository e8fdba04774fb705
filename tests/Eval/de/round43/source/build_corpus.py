"""Round 43, German (de-DE): a new author's own mix, written blind (brief WRITER51.md). Speakers chosen away from
rounds 40 to 42: the Ruhrgebiet ("getz", "kumma", "boah", "sach ma"), the Sauerland ("woll"), Hesse and Frankfurt ("ei
gude", "isch wollt emol wisse", "uff", "vergess"), East Frisia ("moin", "dat", "vun"), Thuringia ("heeßt'n"), the Upper
Palatinate ("wos is'n na"), the Allgäu ("wa isch denn d hauptstadt"), the Eifel ("saach mol"). Migrants and heritage
speakers: Lebanese ("khalas"), Egyptians ("ya basha"), Tunisians ("barcha"), Kenyans and Tanzanians ("habari", "asante
sana"), Somalis ("waryaa", "mahadsanid"), Senegalese ("nanga def"), Congolese ("mbote", "malamu"), French ("alors c'est
quoi", "bon ben la capitale"), Danes ("hej"), Norwegians ("takk"), Latvians ("paldies"), Estonians ("aitäh"), Slovaks
("no tak"), Sorbs and Czech neighbours ("dobry den"), Nepalis ("namaste"), Bengalis ("dhonnobad"), Mongolians
("bayarlalaa"), Argentines ("che decime"), Chileans ("cachai po"), Colombians ("parce", "qué más"), Cubans ("asere qué
bolá"), a Mexican-American ("oye güerito no wait"). Children (kindergarten, a cuddly toy, a cowboy book, penguins, the
Eiskönigin, playing school), students (the Abitur, a Hausarbeit, a seminar, the Erdkunde-LK, Quizduell, Erasmus, a
WG, a Model United Nations conference, a politics Klausur, "digga", "bro", "isch schwör", "lowkey"), seniors (a
grandchild, the Kreuzworträtsel, a nursing home, a carer from Kenya, a newspaper, bad hearing), office workers
(Denglisch "quick question", "basically", "kannst du mal checken"; a presentation, a business trip, expenses, a
customer, a supplier, the IT team, customs, a taxi driver, a parcel carrier, a night shift, a teacher), the kitchen
(potatoes, a cake, spaghetti, baklava, coffee, a barbecue, the dishes), the car (the A7, a traffic jam, a service
station, a road trip in the USA, a rental car in Mexico, a tank stop), quiz nights and games (Kneipenquiz, Wer wird
Millionär, Trivial Pursuit, Tabu, Gefragt Gejagt, Activity, Galgenmännchen, Siedler von Catan, a Schnitzeljagd, a
football Tippspiel, Quizduell), learners (Integrationskurs, Einbürgerungstest; deliberate article, case and word-order
errors), ASR slips (split or misheard names), formal Sie requests and hesitations. Plus follow-ups, yes/no checks (the
place asked about expected), self-corrections (the last place named), reverse questions (CITY:<capital>), official
and everyday names, shared names, plurals of every several-capital country and Palestine, subdivisions and
territories, launch (by the card's name "hauptstädte der welt"), help, stop, cancel and out of domain.
`python3 tests/Eval/de/round43/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 43's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
dialect | alexa getz ma ehrlich wat is die hauptstadt von {} | andorra=AD; den emiraten=AE; afghanistan=AF
dialect | boah alexa kumma wat is denn die hauptstadt von {} | antigua und barbuda=AG; albanien=AL; armenien=AM
dialect | alexa wat is denn die hauptstadt von {} woll | angola=AO; argentinien=AR; österreich=AT
dialect | ei gude alexa wie heißt dann die hauptstadt von {} | australien=AU; aserbaidschan=AZ; bosnien herzegowina=BA
dialect | alexa isch wollt emol wisse was die hauptstadt von {} is | barbados=BB; bangladesch=BD; belgien=BE
dialect | moin alexa wat is de hauptstadt vun {} | burkina faso=BF; bulgarien=BG; bahrain=BH
dialect | moin alexa weißt du wat die hauptstadt von {} is | burundi=BI; brunei=BN; brasilien=BR
dialect | alexa wie heeßt'n die hauptstadt von {} | den bahamas=BS; bhutan=BT; botswana=BW
dialect | alexa wos is'n na die hauptstadt vo {} | belarus=BY; belize=BZ; kanada=CA
dialect | alexa saach mol wat is de hauptstadt vun {} | dem kongo kinshasa=CD; der zentralafrikanischen republik=CF; der republik kongo=CG
dialect | alexa wa isch denn d hauptstadt vo {} | der schweiz=CH; chile=CL; kamerun=CM
migrant | alexa khalas sag mir jetzt die hauptstadt von {} | china=CN; kolumbien=CO; costa rica=CR
migrant | alexa habari sag mal hauptstadt von {} bitte | kuba=CU; kap verde=CV; zypern=CY
migrant | alexa alors c'est quoi die hauptstadt von {} | tschechien=CZ; deutschland=DE; dschibuti=DJ
migrant | alexa hej was ist noch mal die hauptstadt von {} | dänemark=DK; dominica=DM; der dominikanischen republik=DO
migrant | alexa che decime was ist die hauptstadt von {} | algerien=DZ; ecuador=EC; estland=EE
migrant | alexa mbote welche stadt ist hauptstadt in {} | ägypten=EG; eritrea=ER; spanien=ES
migrant | alexa namaste ich möchte wissen die hauptstadt von {} | äthiopien=ET; finnland=FI; fidschi=FJ
migrant | alexa parce was ist die hauptstadt von {} | mikronesien=FM; frankreich=FR; gabun=GA
migrant | alexa waryaa sag mir die hauptstadt von {} | großbritannien=GB; grenada=GD; georgien=GE
migrant | alexa nanga def was ist hauptstadt von {} | ghana=GH; gambia=GM; guinea=GN
kid | alexa meine lehrerin hat gefragt was die hauptstadt von {} ist | äquatorialguinea=GQ; griechenland=GR; guatemala=GT
kid | alexa ich bin sieben und will wissen die hauptstadt von {} | guinea-bissau=GW; guyana=GY; honduras=HN
kid | alexa im kindergarten haben wir ein lied über {} was ist da die hauptstadt | kroatien=HR; haiti=HT; ungarn=HU
kid | alexa mein kuscheltier kommt aus {} wie heißt die hauptstadt da | indonesien=ID; irland=IE; israel=IL
kid | alexa papa sagt du weißt alles was ist die hauptstadt von {} | indien=IN; dem irak=IQ; dem iran=IR
student | alexa für die abiprüfung hauptstadt von {} | island=IS; italien=IT; jamaika=JM
student | alexa ich schreib grad ne hausarbeit was ist die hauptstadt von {} | jordanien=JO; japan=JP; kenia=KE
student | alexa kurze frage fürs seminar hauptstadt von {} | kirgistan=KG; kambodscha=KH; kiribati=KI
student | alexa im erdkunde lk fragt der lehrer nach der hauptstadt von {} | den komoren=KM; st kitts und nevis=KN; nordkorea=KP
student | alexa bro was war nochmal die hauptstadt von {} | südkorea=KR; kuwait=KW; kasachstan=KZ
student | alexa für quizduell schnell die hauptstadt von {} | laos=LA; dem libanon=LB; st lucia=LC
senior | alexa sei so gut und sag mir die hauptstadt von {} | liechtenstein=LI; liberia=LR; lesotho=LS
senior | alexa mein enkel will wissen wie die hauptstadt von {} heißt | litauen=LT; luxemburg=LU; lettland=LV
senior | alexa ich hab es vergessen wie heißt die hauptstadt von {} | libyen=LY; marokko=MA; monaco=MC
senior | alexa fürs kreuzworträtsel die hauptstadt von {} | moldawien=MD; montenegro=ME; madagaskar=MG
senior | alexa früher wusste ich das noch die hauptstadt von {} | den marshallinseln=MH; nordmazedonien=MK; mali=ML
senior | alexa hören sie mal was ist die hauptstadt von {} | myanmar=MM; der mongolei=MN; mauretanien=MR
office | alexa quick question was ist die hauptstadt von {} | malta=MT; mauritius=MU; den malediven=MV
office | alexa für die präsentation morgen hauptstadt von {} | malawi=MW; mexiko=MX; mosambik=MZ
office | alexa ich muss eine dienstreise buchen was ist die hauptstadt von {} | namibia=NA; niger=NE; nigeria=NG
office | alexa der kunde sitzt in der hauptstadt von {} welche ist das | nicaragua=NI; norwegen=NO; nepal=NP
office | alexa für die reisekostenabrechnung wie heißt die hauptstadt von {} | nauru=NR; neuseeland=NZ; oman=OM
office | alexa kannst du mal checken was die hauptstadt von {} ist | panama=PA; peru=PE; papua-neuguinea=PG
kitchen | alexa während ich die kartoffeln schäle was ist die hauptstadt von {} | den philippinen=PH; pakistan=PK; polen=PL
kitchen | alexa der kuchen ist im ofen sag mal die hauptstadt von {} | portugal=PT; palau=PW; paraguay=PY
kitchen | alexa ich koche gerade was aus {} was ist da die hauptstadt | katar=QA; rumänien=RO; serbien=RS
kitchen | alexa beim abwasch frag ich mich die hauptstadt von {} | russland=RU; ruanda=RW; saudi-arabien=SA
car | alexa wir fahren gerade auf der a sieben was ist die hauptstadt von {} | den salomonen=SB; den seychellen=SC; dem sudan=SD
car | alexa im stau langweilig hauptstadt von {} | schweden=SE; singapur=SG; slowenien=SI
car | alexa die kinder hinten fragen was die hauptstadt von {} ist | der slowakei=SK; sierra leone=SL; san marino=SM
car | alexa an der raststätte kurz welche stadt ist die hauptstadt von {} | senegal=SN; somalia=SO; surinam=SR
quiz | alexa beim kneipenquiz die frage hauptstadt von {} | dem südsudan=SS; são tomé und príncipe=ST; el salvador=SV
quiz | alexa wer wird millionär frage hauptstadt von {} | syrien=SY; dem tschad=TD; togo=TG
quiz | alexa trivial pursuit blaue frage was ist die hauptstadt von {} | thailand=TH; tadschikistan=TJ; osttimor=TL
quiz | alexa wir spielen tabu und ich brauch die hauptstadt von {} | turkmenistan=TM; tunesien=TN; tonga=TO
quiz | alexa gefragt gejagt frage hauptstadt von {} | der türkei=TR; trinidad und tobago=TT; tuvalu=TV
learner | alexa was ist die hauptstadt von das land {} | tansania=TZ; ukraine=UA; uganda=UG
learner | alexa bitte sagen hauptstadt von {} | amerika=US; uruguay=UY; usbekistan=UZ
learner | alexa ich möchte wissen welche stadt ist hauptstadt von {} | st vincent und die grenadinen=VC; venezuela=VE; vietnam=VN
learner | alexa was ist der hauptstadt von {} | vanuatu=VU; samoa=WS; jemen=YE
learner | alexa in welche stadt ist die hauptstadt von {} | südafrika=ZA; sambia=ZM; simbabwe=ZW
hesitation | alexa ähm was ist die äh hauptstadt von {} | benin=BJ; bolivien=BO; der elfenbeinküste=CI
hesitation | alexa sag mal hm die hauptstadt von {} | sri lanka=LK; malaysia=MY; holland=NL
hesitation | alexa also die hauptstadt von {} ähm welche ist das | eswatini=SZ; kosovo=XK; taiwan=TW
subdivision | alexa was ist die landeshauptstadt von {} | brandenburg=DE-BB; hessen=DE-HE; mecklenburg-vorpommern=DE-MV
subdivision | alexa welche stadt ist landeshauptstadt in {} | niedersachsen=DE-NI; nordrhein-westfalen=DE-NW; rheinland-pfalz=DE-RP
dialect | alexa getz sach ma die landeshauptstadt von {} | schleswig-holstein=DE-SH; dem saarland=DE-SL; sachsen=DE-SN
dialect | ei alexa wie heißt die landeshauptstadt vun {} | sachsen-anhalt=DE-ST; thüringen=DE-TH; baden-württemberg=DE-BW
kid | alexa wir lernen die bundesländer was ist die hauptstadt von {} | bayern=DE-BY; bremen=DE-HB; hamburg=DE-HH
subdivision | alexa was ist die hauptstadt vom us bundesstaat {} | alabama=US-AL; alaska=US-AK; arizona=US-AZ
subdivision | alexa welche stadt ist die hauptstadt von {} in amerika | arkansas=US-AR; kalifornien=US-CA; colorado=US-CO
student | alexa für mein auslandsjahr in den usa was ist die hauptstadt von {} | connecticut=US-CT; delaware=US-DE; florida=US-FL
subdivision | alexa was ist die hauptstadt des bundesstaats {} | hawaii=US-HI; idaho=US-ID; illinois=US-IL
car | alexa auf unserem roadtrip kommen wir durch {} was ist da die hauptstadt | indiana=US-IN; iowa=US-IA; kansas=US-KS
subdivision | alexa hauptstadt von {} usa | kentucky=US-KY; louisiana=US-LA; maine=US-ME
senior | alexa meine schwester wohnt in {} wie heißt die hauptstadt dort | maryland=US-MD; massachusetts=US-MA; michigan=US-MI
subdivision | alexa was ist die hauptstadt vom staat {} | minnesota=US-MN; mississippi=US-MS; missouri=US-MO
office | alexa unser us standort ist in {} was ist die hauptstadt von dem staat | montana=US-MT; nebraska=US-NE; nevada=US-NV
subdivision | alexa welche stadt ist hauptstadt im bundesstaat {} | new hampshire=US-NH; new jersey=US-NJ; new mexico=US-NM
quiz | alexa im usa quiz kommt die hauptstadt von {} dran | dem bundesstaat new york=US-NY; north carolina=US-NC; north dakota=US-ND
subdivision | alexa sag mir die hauptstadt von {} in den usa | ohio=US-OH; oklahoma=US-OK; oregon=US-OR
learner | alexa was ist hauptstadt von staat {} in usa | pennsylvania=US-PA; rhode island=US-RI; south carolina=US-SC
subdivision | alexa die hauptstadt vom amerikanischen bundesstaat {} bitte | south dakota=US-SD; tennessee=US-TN; texas=US-TX
kid | alexa ich hab ein cowboybuch wo liegt die hauptstadt von {} | utah=US-UT; vermont=US-VT; virginia=US-VA
subdivision | alexa was ist die hauptstadt von {} dem bundesstaat | washington=US-WA; west virginia=US-WV; wisconsin=US-WI
subdivision | alexa was ist die hauptstadt der kanadischen provinz {} | alberta=CA-AB; british columbia=CA-BC; manitoba=CA-MB
migrant | alexa bon ben la capitale von {} in kanada | new brunswick=CA-NB; neufundland und labrador=CA-NL; nova scotia=CA-NS
subdivision | alexa was ist die hauptstadt von {} in kanada | ontario=CA-ON; prince edward island=CA-PE; quebec=CA-QC
subdivision | alexa welche stadt ist die hauptstadt von {} | saskatchewan=CA-SK; yukon=CA-YT; nunavut=CA-NU
subdivision | alexa was ist die hauptstadt vom australischen bundesstaat {} | new south wales=AU-NSW; queensland=AU-QLD; south australia=AU-SA
student | alexa ich mach work and travel in {} was ist da die hauptstadt | tasmanien=AU-TAS; western australia=AU-WA; dem northern territory=AU-NT
subdivision | alexa was ist die hauptstadt des brasilianischen bundesstaats {} | acre=BR-AC; alagoas=BR-AL; amapá=BR-AP
subdivision | alexa welche stadt ist hauptstadt von {} in brasilien | amazonas=BR-AM; bahia=BR-BA; ceará=BR-CE
office | alexa unser lieferant sitzt in {} in brasilien wie heißt die hauptstadt dort | espírito santo=BR-ES; goiás=BR-GO; maranhão=BR-MA
subdivision | alexa hauptstadt von {} brasilien | minas gerais=BR-MG; mato grosso=BR-MT; mato grosso do sul=BR-MS
senior | alexa wir waren auf kreuzfahrt in {} was ist die hauptstadt da | pará=BR-PA; paraíba=BR-PB; pernambuco=BR-PE
subdivision | alexa was ist die hauptstadt vom bundesstaat {} in brasilien | piauí=BR-PI; paraná=BR-PR; rio grande do norte=BR-RN
subdivision | alexa die hauptstadt von {} in brasilien bitte | rio grande do sul=BR-RS; rondônia=BR-RO; roraima=BR-RR
subdivision | alexa welche stadt ist die hauptstadt von {} im brasilianischen | santa catarina=BR-SC; sergipe=BR-SE; tocantins=BR-TO
subdivision | alexa was ist die hauptstadt des indischen bundesstaats {} | andhra pradesh=IN-AP; arunachal pradesh=IN-AR; assam=IN-AS
migrant | alexa namaste mein heimatstaat ist {} was ist die hauptstadt | bihar=IN-BR; chhattisgarh=IN-CG; goa=IN-GA
subdivision | alexa was ist die hauptstadt von {} in indien | gujarat=IN-GJ; haryana=IN-HR; himachal pradesh=IN-HP
office | alexa unser it team sitzt in {} was ist die hauptstadt von dem bundesstaat | jharkhand=IN-JH; karnataka=IN-KA; kerala=IN-KL
subdivision | alexa welche stadt ist hauptstadt von {} indien | madhya pradesh=IN-MP; maharashtra=IN-MH; manipur=IN-MN
subdivision | alexa hauptstadt vom indischen staat {} | meghalaya=IN-ML; mizoram=IN-MZ; nagaland=IN-NL
subdivision | alexa wie heißt die hauptstadt von {} | odisha=IN-OD; rajasthan=IN-RJ; sikkim=IN-SK
subdivision | alexa was ist die hauptstadt von {} im osten indiens | tripura=IN-TR; westbengalen=IN-WB; telangana=IN-TS
subdivision | alexa was ist die hauptstadt von {} im norden indiens | uttar pradesh=IN-UP; dem punjab=IN-PB; ladakh=IN-LA
subdivision | alexa was ist die hauptstadt vom unionsterritorium {} | den andamanen und nikobaren=IN-AN; lakshadweep=IN-LD; puducherry=IN-PY
subdivision | alexa was ist die hauptstadt des mexikanischen bundesstaats {} | aguascalientes=MX-AGU; baja california=MX-BCN; baja california sur=MX-BCS
subdivision | alexa welche stadt ist hauptstadt von {} in mexiko | campeche=MX-CAM; chiapas=MX-CHP; chihuahua=MX-CHH
migrant | alexa oye güerito no wait was ist die hauptstadt von {} in mexiko | coahuila=MX-COA; colima=MX-COL; durango=MX-DUR
subdivision | alexa hauptstadt von {} mexiko | guanajuato=MX-GUA; guerrero=MX-GRO; hidalgo=MX-HID
car | alexa im mietwagen durch mexiko was ist die hauptstadt von {} | jalisco=MX-JAL; michoacán=MX-MIC; morelos=MX-MOR
subdivision | alexa was ist die hauptstadt vom bundesstaat {} in mexiko | nayarit=MX-NAY; nuevo león=MX-NLE; oaxaca=MX-OAX
subdivision | alexa die hauptstadt von {} in mexiko bitte | puebla=MX-PUE; querétaro=MX-QUE; quintana roo=MX-ROO
subdivision | alexa welche stadt ist hauptstadt des staates {} | san luis potosí=MX-SLP; sinaloa=MX-SIN; sonora=MX-SON
subdivision | alexa was ist die hauptstadt von {} am golf von mexiko | tabasco=MX-TAB; tamaulipas=MX-TAM; veracruz=MX-VER
subdivision | alexa die hauptstadt des bundesstaates {} in mexiko | tlaxcala=MX-TLA; yucatán=MX-YUC; zacatecas=MX-ZAC
subdivision | alexa was ist die hauptstadt von {} im vereinigten königreich | england=GB-ENG; schottland=GB-SCT; wales=GB-WLS
territory | alexa was ist die hauptstadt von {} | grönland=GL; den färöern=FO; puerto rico=PR
territory | alexa welcher ort ist der hauptort von {} | guam=GU; bermuda=BM; gibraltar=GI
territory | alexa wie heißt die hauptstadt von {} in der karibik | curaçao=CW; aruba=AW; martinique=MQ
senior | alexa wir hatten urlaub auf {} wie hieß da die hauptstadt | la réunion=RE; guadeloupe=GP; st helena=SH
territory | alexa was ist die hauptstadt der insel {} | jersey=JE; guernsey=GG; man=IM
territory | alexa was ist der hauptort von {} | neukaledonien=NC; französisch-polynesien=PF; mayotte=YT
territory | alexa die hauptstadt von {} bitte | anguilla=AI; montserrat=MS; den kaimaninseln=KY
territory | alexa was ist die hauptstadt der {} | falklandinseln=FK; cookinseln=CK; turks und caicosinseln=TC
territory | alexa was ist die hauptstadt von {} im pazifik | amerikanisch-samoa=AS; niue=NU; tokelau=TK
territory | alexa welche stadt ist hauptstadt auf {} | sint maarten=SX; saint martin=MF; saint barthélemy=BL
territory | alexa hauptort von {} | französisch-guayana=GF; saint pierre und miquelon=PM; wallis und futuna=WF
help | alexa wie funktioniert das hier eigentlich | HELP
help | alexa was kann ich bei dir alles fragen | HELP
help | hilfe ich weiß nicht was ich sagen soll | HELP
help | alexa erklär mir mal wie das geht | HELP
help | ähm was muss ich jetzt sagen | HELP
help | alexa wie benutze ich die hauptstädte | HELP
help | kannst du mir helfen | HELP
help | alexa hilf mir mal bitte | HELP
help | was geht hier alles | HELP
help | alexa welche fragen verstehst du | HELP
help | ich check das nicht wie geht das | HELP
help | alexa boah wie läuft das denn hier | HELP
help | wie soll ich das fragen | HELP
help | alexa gib mir mal ein beispiel | HELP
help | was mach ich jetzt | HELP
help | alexa ich brauche hilfe bei dem spiel | HELP
help | erklär mal die regeln | HELP
help | alexa was soll ich denn jetzt fragen | HELP
help | hilfe bitte | HELP
help | alexa ei wie geht dann des | HELP
help | moin wie funktioniert dat | HELP
help | alexa ich versteh nicht was du willst | HELP
help | wie war das nochmal mit den fragen | HELP
help | alexa sag mir was ich machen kann | HELP
help | welche befehle gibt es | HELP
help | alexa anleitung bitte | HELP
help | alexa hilfe was geht hier | HELP
help | ich weiß nicht weiter | HELP
help | alexa wie stell ich eine frage | HELP
help | hä was soll ich machen | HELP
help | alexa kannst du mir erklären wie ich nach einer hauptstadt frage | HELP
help | what can i say | HELP
help | alexa welche möglichkeiten habe ich | HELP
help | alexa bitte um hilfe | HELP
help | wie geht das mit dir | HELP
help | alexa getz ma langsam wie geht dat hier | HELP
stop | stopp | STOP
stop | alexa stopp jetzt | STOP
stop | alexa hör auf | STOP
stop | halt stopp | STOP
stop | alexa sei still | STOP
stop | alexa ruhe jetzt | STOP
stop | alexa beenden | STOP
stop | alexa aus jetzt | STOP
stop | alexa schluss | STOP
stop | alexa es reicht | STOP
stop | stopp stopp stopp | STOP
stop | alexa halt die klappe | STOP
stop | alexa sei mal ruhig | STOP
stop | alexa beende das spiel | STOP
stop | alexa genug für heute | STOP
stop | alexa hör bitte auf | STOP
stop | alexa getz is aber schluss | STOP
stop | alexa ei hör uff | STOP
stop | alexa feierabend | STOP
stop | alexa ich will nicht mehr | STOP
stop | alexa jetzt ist ende | STOP
stop | alexa mach schluss | STOP
stop | alexa aufhören | STOP
stop | stop it alexa | STOP
stop | alexa beende hauptstädte der welt | STOP
stop | alexa leise | STOP
stop | alexa das wars | STOP
stop | alexa schluss aus ende | STOP
stop | alexa hör jetzt auf zu reden | STOP
stop | alexa ruhe bitte das baby schläft | STOP
stop | alexa ende | STOP
stop | alexa still jetzt | STOP
stop | alexa verlassen | STOP
stop | alexa moin dat reicht | STOP
stop | alexa quit | STOP
stop | alexa tschüss | STOP
cancel | abbrechen | CANCEL
cancel | alexa abbrechen | CANCEL
cancel | alexa vergiss es | CANCEL
cancel | alexa egal | CANCEL
cancel | alexa ach nee lass mal | CANCEL
cancel | alexa nicht so wichtig | CANCEL
cancel | alexa schon gut | CANCEL
cancel | alexa lass gut sein | CANCEL
cancel | alexa doch nicht | CANCEL
cancel | alexa vergiss die frage | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa ich hab mich vertan vergiss es | CANCEL
cancel | alexa ne lass stecken | CANCEL
cancel | alexa schwamm drüber | CANCEL
cancel | alexa abbrechen bitte | CANCEL
cancel | alexa hat sich erledigt | CANCEL
cancel | alexa ach egal vergiss es | CANCEL
cancel | alexa nee doch nicht | CANCEL
cancel | alexa never mind | CANCEL
cancel | alexa cancel | CANCEL
cancel | alexa lass mal ist nicht mehr nötig | CANCEL
cancel | alexa vergiss es einfach | CANCEL
cancel | alexa ei vergess es | CANCEL
cancel | alexa abbrechen mein mann weiß es schon | CANCEL
cancel | alexa nee brauch ich nicht mehr | CANCEL
cancel | alexa lass es | CANCEL
cancel | alexa die frage hat sich erledigt | CANCEL
cancel | alexa vergiss was ich gesagt hab | CANCEL
cancel | alexa streich das | CANCEL
cancel | alexa ach vergiss es wat soll's | CANCEL
cancel | alexa forget it | CANCEL
cancel | alexa war nix | CANCEL
cancel | alexa hab's schon nachgeschaut vergiss es | CANCEL
cancel | alexa abbrechen abbrechen | CANCEL
cancel | alexa ist egal jetzt | CANCEL
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt öffnen | LAUNCH
launch | alexa hauptstädte der welt starten | LAUNCH
launch | alexa spiel hauptstädte der welt | LAUNCH
launch | alexa mach hauptstädte der welt auf | LAUNCH
launch | alexa öffne bitte hauptstädte der welt | LAUNCH
launch | alexa starte bitte die hauptstädte der welt | LAUNCH
launch | alexa öffne mal hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt | LAUNCH
launch | alexa ich möchte hauptstädte der welt öffnen | LAUNCH
launch | alexa kannst du hauptstädte der welt starten | LAUNCH
launch | alexa würdest du bitte hauptstädte der welt öffnen | LAUNCH
launch | alexa lass uns hauptstädte der welt spielen | LAUNCH
launch | alexa ähm öffne hauptstädte der welt | LAUNCH
launch | alexa getz ma hauptstädte der welt starten | LAUNCH
launch | alexa moin starte hauptstädte der welt | LAUNCH
launch | alexa ei mach emol hauptstädte der welt uff | LAUNCH
launch | alexa frag hauptstädte der welt | LAUNCH
launch | alexa öffne den skill hauptstädte der welt | LAUNCH
launch | alexa starte den skill hauptstädte der welt | LAUNCH
launch | alexa aktiviere hauptstädte der welt | LAUNCH
launch | alexa lade hauptstädte der welt | LAUNCH
launch | alexa mama sagt ich darf hauptstädte der welt spielen | LAUNCH
launch | alexa bitte hauptstädte der welt aufmachen | LAUNCH
launch | alexa öffne hauptstädte der welt für die kinder | LAUNCH
launch | alexa spiele hauptstädte der welt | LAUNCH
launch | alexa ich will hauptstädte der welt spielen | LAUNCH
launch | alexa starte mal die hauptstädte der welt | LAUNCH
launch | alexa open hauptstädte der welt | LAUNCH
launch | alexa wir wollen hauptstädte der welt | LAUNCH
out-of-domain | alexa wie wird das wetter morgen in dortmund | FB
out-of-domain | alexa stell einen timer auf zwölf minuten | FB
out-of-domain | alexa spiel wdr zwei | FB
out-of-domain | alexa wie hat schalke gespielt | FB
out-of-domain | alexa mach das licht im flur an | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa wecke mich um halb sechs | FB
out-of-domain | alexa wie lange brauche ich nach frankfurt | FB
out-of-domain | alexa erzähl mir einen witz | FB
out-of-domain | alexa was ist die hauptstadt der liebe | FB
out-of-domain | alexa was ist die hauptstadt der mode | FB
out-of-domain | alexa was heißt hauptstadt auf englisch | FB
out-of-domain | alexa wie schreibt man hauptstadt | FB
out-of-domain | alexa was ist eigenkapital | FB
out-of-domain | alexa wer hat das kapital geschrieben | FB
out-of-domain | alexa was ist ein großbuchstabe | FB
out-of-domain | alexa was ist die hauptstadt von ostfriesland | FB
out-of-domain | alexa was ist die hauptstadt vom sauerland | FB
out-of-domain | alexa was ist die hauptstadt vom ruhrgebiet | FB
out-of-domain | alexa was ist die hauptstadt von nordhessen | FB
out-of-domain | alexa was ist die hauptstadt der eifel | FB
out-of-domain | alexa was ist die hauptstadt vom hunsrück | FB
out-of-domain | alexa was ist die hauptstadt der oberpfalz | FB
out-of-domain | alexa was ist die hauptstadt der lausitz | FB
out-of-domain | alexa was ist die hauptstadt vom allgäu | FB
out-of-domain | alexa was ist die hauptstadt der toskana | FB
out-of-domain | alexa was ist die hauptstadt der provence | FB
out-of-domain | alexa was ist die hauptstadt von bretagne | FB
out-of-domain | alexa was ist die hauptstadt von sizilien | FB
out-of-domain | alexa was ist die hauptstadt von andalusien | FB
out-of-domain | alexa was ist die hauptstadt von galicien | FB
out-of-domain | alexa was ist die hauptstadt von tibet | FB
out-of-domain | alexa was ist die hauptstadt von tschetschenien | FB
out-of-domain | alexa was ist die hauptstadt von transnistrien | FB
out-of-domain | alexa was ist die hauptstadt von abchasien | FB
out-of-domain | alexa was ist die hauptstadt von somaliland | FB
out-of-domain | alexa was ist die hauptstadt von biafra | FB
out-of-domain | alexa was ist die hauptstadt von tatarstan | FB
out-of-domain | alexa was ist die hauptstadt von jakutien | FB
out-of-domain | alexa was ist die hauptstadt von kalimantan | FB
out-of-domain | alexa was ist die hauptstadt von hokkaido | FB
out-of-domain | alexa was ist die hauptstadt von okinawa | FB
out-of-domain | alexa was ist die hauptstadt von skandinavien | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von südamerika | FB
out-of-domain | alexa was ist die hauptstadt vom balkan | FB
out-of-domain | alexa was ist die hauptstadt von der karibik | FB
out-of-domain | alexa was ist die hauptstadt von ozeanien | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt vom mars | FB
out-of-domain | alexa was ist die hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt von narnia | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa was ist die hauptstadt von phantásien | FB
out-of-domain | alexa was ist die hauptstadt von takatukaland | FB
out-of-domain | alexa was ist die hauptstadt von panem | FB
out-of-domain | alexa was ist die hauptstadt von hyrule | FB
out-of-domain | alexa was ist die hauptstadt von el dorado | FB
out-of-domain | alexa was ist die hauptstadt von utopia | FB
out-of-domain | alexa was ist die hauptstadt von der ddr gewesen | FB
out-of-domain | alexa was war die hauptstadt von preußen | FB
out-of-domain | alexa was war die hauptstadt der hanse | FB
out-of-domain | alexa was war die hauptstadt vom osmanischen reich | FB
out-of-domain | alexa was war die hauptstadt von karthago | FB
out-of-domain | alexa was war die hauptstadt der inka | FB
out-of-domain | alexa was war die hauptstadt der maya | FB
out-of-domain | alexa was war die hauptstadt von österreich ungarn | FB
out-of-domain | alexa was war die hauptstadt der tschechoslowakei | FB
out-of-domain | alexa was war die hauptstadt von rhodesien | FB
out-of-domain | alexa was war die hauptstadt vom mongolenreich | FB
out-of-domain | alexa was war die hauptstadt der wikinger | FB
out-of-domain | alexa was war die hauptstadt von gondwana | FB
out-of-domain | alexa welche stadt ist die kulturhauptstadt europas | FB
out-of-domain | alexa was ist die fahrradhauptstadt deutschlands | FB
out-of-domain | alexa was ist die bierhauptstadt der welt | FB
out-of-domain | alexa welche stadt ist die heimliche hauptstadt von bayern | FB
out-of-domain | alexa wie viele hauptstädte gibt es auf der welt | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa welche hauptstadt ist am kältesten | FB
out-of-domain | alexa welche hauptstadt hat die meisten brücken | FB
out-of-domain | alexa wie weit ist die hauptstadt von frankreich von hier | FB
out-of-domain | alexa wie alt ist die hauptstadt von ungarn | FB
out-of-domain | alexa wer ist der bürgermeister der hauptstadt von österreich | FB
out-of-domain | alexa wie heißt der fluss in der hauptstadt von tschechien | FB
out-of-domain | alexa wann wurde die hauptstadt von brasilien gebaut | FB
out-of-domain | alexa wie ist das wetter in der hauptstadt von island | FB
out-of-domain | alexa wer regiert in der hauptstadt von nordkorea | FB
out-of-domain | alexa welche sprache spricht man in der hauptstadt von belgien | FB
out-of-domain | alexa was kostet ein flug in die hauptstadt von portugal | FB
out-of-domain | alexa welcher flughafen ist in der hauptstadt von thailand | FB
out-of-domain | alexa welche währung hat kenia | FB
out-of-domain | alexa wie viele einwohner hat nigeria | FB
out-of-domain | alexa wie groß ist kanada | FB
out-of-domain | alexa welche sprache spricht man in brasilien | FB
out-of-domain | alexa wer ist der präsident von frankreich | FB
out-of-domain | alexa wie hoch ist der kilimandscharo | FB
out-of-domain | alexa wo liegt burkina faso | FB
out-of-domain | alexa welche flagge hat grün weiß rot | FB
out-of-domain | alexa wie spät ist es in tokio | FB
out-of-domain | alexa was ist die vorwahl von italien | FB
out-of-domain | alexa welches land hat die meisten inseln | FB
out-of-domain | alexa was ist das größte land der welt | FB
out-of-domain | alexa was ist der längste fluss in afrika | FB
out-of-domain | alexa brauch ich ein visum für indien | FB
out-of-domain | alexa was ist die nationalhymne von schottland | FB
out-of-domain | alexa wer hat die wm zweitausendvierzehn gewonnen | FB
out-of-domain | alexa wann spielt der bvb | FB
out-of-domain | alexa wer gewinnt den eurovision song contest | FB
out-of-domain | alexa wann ist der nächste tatort | FB
out-of-domain | alexa was läuft heute im fernsehen | FB
out-of-domain | alexa spiel mal was von helene fischer | FB
out-of-domain | alexa spiel den podcast von gestern | FB
out-of-domain | alexa lauter | FB
out-of-domain | alexa leiser bitte | FB
out-of-domain | alexa wie viel uhr ist es | FB
out-of-domain | alexa welcher tag ist heute | FB
out-of-domain | alexa wann ist ostern | FB
out-of-domain | alexa ruf mama an | FB
out-of-domain | alexa schick oma eine nachricht | FB
out-of-domain | alexa bestell mir katzenfutter | FB
out-of-domain | alexa wo ist mein paket | FB
out-of-domain | alexa schalte die heizung auf einundzwanzig grad | FB
out-of-domain | alexa starte den staubsauger | FB
out-of-domain | alexa wie viele gramm sind ein pfund | FB
out-of-domain | alexa was ist siebzehn mal dreizehn | FB
out-of-domain | alexa wie lange kocht ein ei | FB
out-of-domain | alexa gib mir ein rezept für frankfurter grüne soße | FB
out-of-domain | alexa was ist ahle wurscht | FB
out-of-domain | alexa wie macht man currywurst | FB
out-of-domain | alexa was reimt sich auf hauptstadt | FB
out-of-domain | alexa buchstabiere hauptstadt | FB
out-of-domain | alexa wie viele buchstaben hat hauptstadt | FB
out-of-domain | alexa wer hat dich erfunden | FB
out-of-domain | alexa bist du ein mensch | FB
out-of-domain | alexa magst du mich | FB
out-of-domain | alexa sing ein lied | FB
out-of-domain | alexa was ist der sinn des lebens | FB
out-of-domain | alexa öffne spotify | FB
out-of-domain | alexa öffne die tagesschau | FB
out-of-domain | alexa starte das quiz von wer wird millionär | FB
out-of-domain | alexa öffne flaggen der welt | FB
out-of-domain | alexa starte tiergeräusche | FB
out-of-domain | alexa öffne länderquiz | FB
out-of-domain | alexa öffne deutsche bahn | FB
out-of-domain | alexa hat mein zug verspätung | FB
out-of-domain | alexa wann fährt die nächste s-bahn | FB
out-of-domain | alexa welche apotheke hat notdienst | FB
out-of-domain | alexa wie sind die spritpreise | FB
out-of-domain | alexa wie sagt man danke auf suaheli | FB
out-of-domain | alexa übersetze hauptstadt ins französische | FB
out-of-domain | alexa was heißt capital auf deutsch | FB
out-of-domain | alexa was bedeutet kapitalismus | FB
out-of-domain | alexa was ist ein kapitalverbrechen | FB
out-of-domain | alexa was ist kapitalertragsteuer | FB
out-of-domain | alexa was ist ein kapitell an einer säule | FB
out-of-domain | alexa spiel capital bra | FB
out-of-domain | alexa was ist die hauptstadt von meinem herzen | FB
out-of-domain | alexa was ist die hauptstadt vom internet | FB
out-of-domain | alexa was ist die hauptstadt vom ozean | FB
out-of-domain | alexa was ist die hauptstadt von sylt | FB
out-of-domain | alexa was ist die hauptstadt von rügen | FB
out-of-domain | alexa was ist die hauptstadt von teneriffa | FB
out-of-domain | alexa was ist die hauptstadt von ibiza | FB
out-of-domain | alexa was ist die hauptstadt von korsika | FB
out-of-domain | alexa was ist die hauptstadt von bali | FB
out-of-domain | alexa was ist die hauptstadt von sansibar | FB
out-of-domain | alexa was ist die hauptstadt von schlesien | FB
out-of-domain | alexa was ist die hauptstadt von pommern | FB
out-of-domain | alexa was ist die hauptstadt von westfalen | FB
out-of-domain | alexa was ist die hauptstadt vom rheinland | FB
out-of-domain | alexa was ist die hauptstadt von friesland | FB
out-of-domain | alexa was ist die hauptstadt von wolkenkuckucksheim | FB
out-of-domain | alexa wie heißt die hauptstadt von schilda | FB
out-of-domain | alexa wo wohnt der weihnachtsmann | FB
out-of-domain | alexa erzähl mir was über kairo | FB
out-of-domain | alexa wie viele einwohner hat berlin | FB
out-of-domain | alexa was kann man in lissabon machen | FB
out-of-domain | alexa hotels in prag | FB
out-of-domain | alexa navigiere nach wiesbaden | FB
follow-up | und von finnland | FI
follow-up | und was ist mit norwegen | NO
follow-up | und von schweden auch | SE
follow-up | und die von dänemark | DK
follow-up | und wie ist es bei island | IS
follow-up | und für peru | PE
follow-up | und chile | CL
follow-up | was ist mit bolivien | BO
follow-up | und jetzt noch ecuador | EC
follow-up | und von kenia | KE
follow-up | und tansania | TZ
follow-up | und uganda dann | UG
follow-up | und in ruanda | RW
follow-up | und die hauptstadt von äthiopien | ET
follow-up | und dann noch somalia | SO
follow-up | und was ist mit laos | LA
follow-up | und kambodscha | KH
follow-up | und wie sieht's aus mit vietnam | VN
follow-up | und mit thailand | TH
follow-up | und myanmar noch | MM
follow-up | okay und von nepal | NP
follow-up | und bhutan daneben | BT
follow-up | ja und bangladesch | BD
follow-up | und der nachbar pakistan | PK
follow-up | und wie heißt die von afghanistan | AF
follow-up | und von hessen | DE-HE
follow-up | und von thüringen | DE-TH
follow-up | und niedersachsen | DE-NI
follow-up | und was ist mit dem saarland | DE-SL
follow-up | und bei texas | US-TX
follow-up | und kalifornien | US-CA
follow-up | und florida | US-FL
follow-up | und von new york | US-NY
follow-up | und wie ist das bei quebec | CA-QC
follow-up | und ontario | CA-ON
follow-up | und von queensland | AU-QLD
follow-up | und victoria | AU-VIC
follow-up | und jalisco | MX-JAL
follow-up | und bahia | BR-BA
follow-up | und kerala | IN-KL
follow-up | und schottland | GB-SCT
follow-up | und nordirland | GB-NIR
follow-up | alexa und von wales | GB-WLS
follow-up | alexa und mexiko | MX
follow-up | alexa und jetzt kuba | CU
follow-up | alexa und das nachbarland slowakei | SK
follow-up | und grönland | GL
follow-up | und dann noch die färöer | FO
plural-capitals | alexa was sind die hauptstädte von südafrika | ZA
plural-capitals | alexa welche hauptstädte hat südafrika | ZA
plural-capitals | alexa südafrika hat doch drei hauptstädte welche sind das | ZA
plural-capitals | alexa was sind die hauptstädte von bolivien | BO
plural-capitals | alexa bolivien hat zwei hauptstädte oder welche | BO
plural-capitals | alexa welche zwei hauptstädte hat bolivien | BO
plural-capitals | alexa was sind die hauptstädte der niederlande | NL
plural-capitals | alexa welche hauptstädte hat holland | NL
plural-capitals | alexa hat die niederlande zwei hauptstädte | NL
plural-capitals | alexa was sind die hauptstädte von malaysia | MY
plural-capitals | alexa welche hauptstädte hat malaysia | MY
plural-capitals | alexa was sind die hauptstädte von sri lanka | LK
plural-capitals | alexa sri lanka hat zwei hauptstädte wie heißen die | LK
plural-capitals | alexa was sind die hauptstädte von benin | BJ
plural-capitals | alexa welche hauptstädte hat benin | BJ
plural-capitals | alexa was sind die hauptstädte der elfenbeinküste | CI
plural-capitals | alexa welche hauptstädte hat die côte d'ivoire | CI
plural-capitals | alexa was sind die hauptstädte von eswatini | SZ
plural-capitals | alexa welche hauptstädte hat swasiland | SZ
plural-capitals | alexa was sind die hauptstädte von palästina | PS
plural-capitals | alexa welche hauptstädte hat palästina | PS
plural-capitals | alexa nenn mir alle hauptstädte von südafrika | ZA
plural-capitals | alexa wie heißen die beiden hauptstädte von malaysia | MY
plural-capitals | alexa welche hauptstädte hat jammu und kaschmir | IN-JK
plural-capitals | alexa was sind die hauptstädte von uttarakhand | IN-UK
plural-capitals | alexa welche hauptstädte hat montserrat | MS
plural-capitals | alexa zähl mal die hauptstädte von bolivien auf | BO
plural-capitals | alexa ei was sind dann die hauptstädte von südafrika | ZA
plural-capitals | alexa moin welche hauptstädte hat benin | BJ
plural-capitals | alexa die hauptstädte der niederlande bitte | NL
plural-capitals | alexa welche städte sind hauptstädte in sri lanka | LK
plural-capitals | alexa was sind die hauptstädte von der elfenbeinküste | CI
plural-capitals | alexa welche hauptstädte hat eswatini | SZ
plural-capitals | alexa mehrere hauptstädte in palästina welche | PS
yes-no-check | alexa ist canberra die hauptstadt von australien | AU
yes-no-check | alexa ist sydney die hauptstadt von australien | AU
yes-no-check | alexa ist istanbul die hauptstadt der türkei | TR
yes-no-check | alexa ist zürich die hauptstadt der schweiz | CH
yes-no-check | alexa ist rio die hauptstadt von brasilien | BR
yes-no-check | alexa ist toronto die hauptstadt von kanada | CA
yes-no-check | alexa ist new york die hauptstadt der usa | US
yes-no-check | alexa stimmt es dass lagos die hauptstadt von nigeria ist | NG
yes-no-check | alexa ist almaty noch die hauptstadt von kasachstan | KZ
yes-no-check | alexa ist casablanca die hauptstadt von marokko | MA
yes-no-check | alexa ist daressalam die hauptstadt von tansania | TZ
yes-no-check | alexa ist karatschi die hauptstadt von pakistan | PK
yes-no-check | alexa stimmt es dass bonn die hauptstadt von deutschland ist | DE
yes-no-check | alexa ist frankfurt die hauptstadt von hessen | DE-HE
yes-no-check | alexa ist köln die hauptstadt von nordrhein-westfalen | DE-NW
yes-no-check | alexa ist nürnberg die hauptstadt von bayern | DE-BY
yes-no-check | alexa ist leipzig die hauptstadt von sachsen | DE-SN
yes-no-check | alexa ist halle die hauptstadt von sachsen-anhalt | DE-ST
yes-no-check | alexa ist lübeck die hauptstadt von schleswig-holstein | DE-SH
yes-no-check | alexa ist rostock die hauptstadt von mecklenburg-vorpommern | DE-MV
yes-no-check | alexa ist los angeles die hauptstadt von kalifornien | US-CA
yes-no-check | alexa ist chicago die hauptstadt von illinois | US-IL
yes-no-check | alexa ist miami die hauptstadt von florida | US-FL
yes-no-check | alexa ist seattle die hauptstadt von washington | US-WA
yes-no-check | alexa ist las vegas die hauptstadt von nevada | US-NV
yes-no-check | alexa ist montreal die hauptstadt von quebec | CA-QC
yes-no-check | alexa ist vancouver die hauptstadt von british columbia | CA-BC
yes-no-check | alexa ist glasgow die hauptstadt von schottland | GB-SCT
yes-no-check | alexa ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist genf die hauptstadt der schweiz | CH
yes-no-check | alexa ist mailand die hauptstadt von italien | IT
yes-no-check | alexa ist barcelona die hauptstadt von spanien | ES
yes-no-check | alexa ist porto die hauptstadt von portugal | PT
yes-no-check | alexa ist krakau die hauptstadt von polen | PL
yes-no-check | alexa ist sankt petersburg die hauptstadt von russland | RU
yes-no-check | alexa ist tel aviv die hauptstadt von israel | IL
yes-no-check | alexa ist dubai die hauptstadt der emirate | AE
yes-no-check | alexa ist ho chi minh stadt die hauptstadt von vietnam | VN
yes-no-check | alexa ist shanghai die hauptstadt von china | CN
yes-no-check | alexa ist kyoto die hauptstadt von japan | JP
yes-no-check | alexa ist goa die hauptstadt von indien | IN
yes-no-check | alexa ist sao paulo die hauptstadt von são paulo | BR-SP
yes-no-check | alexa ist guadalajara die hauptstadt von jalisco | MX-JAL
yes-no-check | alexa ist darwin die hauptstadt vom northern territory | AU-NT
yes-no-check | alexa ist alice springs die hauptstadt vom northern territory | AU-NT
yes-no-check | alexa ist yamoussoukro wirklich die hauptstadt der elfenbeinküste | CI
yes-no-check | alexa ist den haag die hauptstadt der niederlande | NL
yes-no-check | alexa ist kapstadt eine hauptstadt von südafrika | ZA
yes-no-check | alexa ei stimmt des dass wiesbaden die hauptstadt von hessen is | DE-HE
yes-no-check | alexa getz sach ma is düsseldorf die hauptstadt von nrw | DE-NW
self-correction | alexa was ist die hauptstadt von schweden nein norwegen | NO
self-correction | alexa hauptstadt von österreich äh ich meine australien | AU
self-correction | alexa was ist die hauptstadt von slowenien nee slowakei | SK
self-correction | alexa die hauptstadt von irak quatsch iran | IR
self-correction | alexa was ist die hauptstadt von nigeria ach nein niger | NE
self-correction | alexa hauptstadt von guinea ich meine guinea-bissau | GW
self-correction | alexa was ist die hauptstadt von mali also malawi meinte ich | MW
self-correction | alexa was ist die hauptstadt von kolumbien sorry kambodscha | KH
self-correction | alexa was ist die hauptstadt von lettland nein litauen | LT
self-correction | alexa die hauptstadt von gambia äh sambia | ZM
self-correction | alexa was ist die hauptstadt von dominica ne der dominikanischen republik | DO
self-correction | alexa was ist die hauptstadt von armenien ähm albanien | AL
self-correction | alexa hauptstadt von paraguay nein uruguay | UY
self-correction | alexa was ist die hauptstadt von mauretanien oder nein mauritius | MU
self-correction | alexa was ist die hauptstadt von nordkorea ach südkorea natürlich | KR
self-correction | alexa hauptstadt vom sudan also vom südsudan | SS
self-correction | alexa was ist die hauptstadt von tadschikistan moment turkmenistan | TM
self-correction | alexa was ist die hauptstadt von kirgistan nein kasachstan | KZ
self-correction | alexa was ist die hauptstadt von sachsen nein sachsen-anhalt | DE-ST
self-correction | alexa hauptstadt von brandenburg ach was berlin meine ich | DE-BE
self-correction | alexa was ist die hauptstadt von virginia ich meine west virginia | US-WV
self-correction | alexa was ist die hauptstadt von north dakota nee south dakota | US-SD
self-correction | alexa was ist die hauptstadt von new mexico äh mexiko dem land | MX
self-correction | alexa was ist die hauptstadt von island quatsch irland | IE
self-correction | alexa was ist die hauptstadt von libyen sorry libanon | LB
self-correction | alexa was ist die hauptstadt von bahrain nein katar | QA
self-correction | alexa was ist die hauptstadt von samoa ne tonga | TO
self-correction | alexa die hauptstadt von österreich falsch schweiz | CH
self-correction | alexa was ist die hauptstadt vom saarland nee von rheinland-pfalz | DE-RP
self-correction | alexa was is die hauptstadt von holland nee belgien woll | BE
self-correction | alexa was ist die hauptstadt von haiti nein von honduras | HN
self-correction | alexa wie heißt die hauptstadt von costa rica ich meinte panama | PA
self-correction | alexa hauptstadt von neuseeland nee papua-neuguinea | PG
self-correction | alexa was ist die hauptstadt von ghana warte togo | TG
self-correction | alexa was ist die hauptstadt von montenegro ne mazedonien | MK
self-correction | alexa was ist die hauptstadt von maharashtra nein von gujarat | IN-GJ
self-correction | alexa was ist die hauptstadt von alberta nein manitoba | CA-MB
reverse-question | alexa wovon ist ouagadougou die hauptstadt | CITY:Ouagadougou
reverse-question | alexa von welchem land ist nairobi die hauptstadt | CITY:Nairobi
reverse-question | alexa zu welchem land gehört die hauptstadt tiflis | CITY:Tiflis
reverse-question | alexa wessen hauptstadt ist ulaanbaatar | CITY:Ulaanbaatar
reverse-question | alexa welches land hat die hauptstadt windhoek | CITY:Windhoek
reverse-question | alexa welches land hat canberra als hauptstadt | CITY:Canberra
reverse-question | alexa montevideo ist die hauptstadt von welchem land | CITY:Montevideo
reverse-question | alexa wovon ist reykjavík die hauptstadt | CITY:Reykjavík
reverse-question | alexa von was ist bischkek die hauptstadt | CITY:Bischkek
reverse-question | alexa wo ist astana die hauptstadt | CITY:Astana
reverse-question | alexa welches land hat die hauptstadt vaduz | CITY:Vaduz
reverse-question | alexa wovon ist kigali die hauptstadt | CITY:Kigali
reverse-question | alexa in welchem land ist dodoma die hauptstadt | CITY:Dodoma
reverse-question | alexa zu welchem land gehört paramaribo | CITY:Paramaribo
reverse-question | alexa wovon ist tegucigalpa die hauptstadt | CITY:Tegucigalpa
reverse-question | alexa welches land hat managua als hauptstadt | CITY:Managua
reverse-question | alexa von welchem staat ist hanoi die hauptstadt | CITY:Hanoi
reverse-question | alexa wovon ist vientiane die hauptstadt | CITY:Vientiane
reverse-question | alexa welches land hat die hauptstadt valletta | CITY:Valletta
reverse-question | alexa wo ist podgorica die hauptstadt von | CITY:Podgorica
reverse-question | alexa wessen hauptstadt ist ljubljana | CITY:Ljubljana
reverse-question | alexa von welchem land ist bamako die hauptstadt | CITY:Bamako
reverse-question | alexa wovon ist maskat die hauptstadt | CITY:Maskat
reverse-question | alexa welches land hat die hauptstadt sanaa | CITY:Sanaa
reverse-question | alexa von welchem bundesland ist wiesbaden die hauptstadt | CITY:Wiesbaden
reverse-question | alexa wovon ist hannover die landeshauptstadt | CITY:Hannover
reverse-question | alexa welches bundesland hat erfurt als hauptstadt | CITY:Erfurt
reverse-question | alexa von welchem bundesland ist schwerin die hauptstadt | CITY:Schwerin
reverse-question | alexa wovon ist saarbrücken die hauptstadt | CITY:Saarbrücken
reverse-question | alexa von welchem bundesstaat ist sacramento die hauptstadt | CITY:Sacramento
reverse-question | alexa wovon ist tallahassee die hauptstadt | CITY:Tallahassee
reverse-question | alexa welcher staat hat die hauptstadt boise | CITY:Boise
reverse-question | alexa wovon ist springfield die hauptstadt | CITY:Springfield
reverse-question | alexa welcher bundesstaat hat juneau als hauptstadt | CITY:Juneau
reverse-question | alexa wovon ist halifax die hauptstadt | CITY:Halifax
reverse-question | alexa welche provinz hat winnipeg als hauptstadt | CITY:Winnipeg
reverse-question | alexa wovon ist hobart die hauptstadt | CITY:Hobart
reverse-question | alexa wovon ist manaus die hauptstadt | CITY:Manaus
reverse-question | alexa von welchem bundesstaat ist recife die hauptstadt | CITY:Recife
reverse-question | alexa wovon ist jaipur die hauptstadt | CITY:Jaipur
reverse-question | alexa von welchem indischen staat ist bhopal die hauptstadt | CITY:Bhopal
reverse-question | alexa wovon ist chandigarh die hauptstadt | CITY:Chandigarh
reverse-question | alexa wovon ist monterrey die hauptstadt | CITY:Monterrey
reverse-question | alexa welcher bundesstaat hat mérida als hauptstadt | CITY:Merida
reverse-question | alexa wovon ist la paz die hauptstadt | CITY:La Paz
reverse-question | alexa wovon ist victoria die hauptstadt | CITY:Victoria
reverse-question | alexa welche länder haben georgetown als hauptstadt | CITY:Georgetown
reverse-question | alexa wovon ist saint john's die hauptstadt | CITY:Saint John's
reverse-question | alexa wovon ist nuuk die hauptstadt | CITY:Nuuk
reverse-question | alexa wovon ist papeete die hauptstadt | CITY:Papeete
reverse-question | alexa ei vun wem is dann mainz die hauptstadt | CITY:Mainz
reverse-question | alexa moin wo is kiel de hauptstadt vun | CITY:Kiel
official-name | alexa was ist die hauptstadt der bundesrepublik deutschland | DE
official-name | alexa was ist die hauptstadt der republik österreich | AT
official-name | alexa was ist die hauptstadt der schweizerischen eidgenossenschaft | CH
official-name | alexa was ist die hauptstadt der französischen republik | FR
official-name | alexa was ist die hauptstadt des königreichs spanien | ES
official-name | alexa was ist die hauptstadt des vereinigten königreichs großbritannien und nordirland | GB
official-name | alexa was ist die hauptstadt der vereinigten staaten von amerika | US
official-name | alexa was ist die hauptstadt der russischen föderation | RU
official-name | alexa was ist die hauptstadt der volksrepublik china | CN
official-name | alexa was ist die hauptstadt der republik korea | KR
official-name | alexa was ist die hauptstadt der demokratischen volksrepublik korea | KP
official-name | alexa was ist die hauptstadt der republik china | TW
official-name | alexa was ist die hauptstadt des königreichs der niederlande | NL
official-name | alexa was ist die hauptstadt des königreichs norwegen | NO
official-name | alexa was ist die hauptstadt des großherzogtums luxemburg | LU
official-name | alexa was ist die hauptstadt des fürstentums monaco | MC
official-name | alexa was ist die hauptstadt der republik moldau | MD
official-name | alexa was ist die hauptstadt der islamischen republik iran | IR
official-name | alexa was ist die hauptstadt des haschemitischen königreichs jordanien | JO
official-name | alexa was ist die hauptstadt der arabischen republik ägypten | EG
official-name | alexa was ist die hauptstadt der föderativen republik brasilien | BR
official-name | alexa was ist die hauptstadt der vereinigten mexikanischen staaten | MX
official-name | alexa was ist die hauptstadt des plurinationalen staates bolivien | BO
official-name | alexa was ist die hauptstadt der bolivarischen republik venezuela | VE
official-name | alexa was ist die hauptstadt der demokratischen bundesrepublik äthiopien | ET
official-name | alexa was ist die hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt des königreichs thailand | TH
official-name | alexa was ist die hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa was ist die hauptstadt des staates israel | IL
official-name | alexa was ist die hauptstadt des königreichs eswatini | SZ
official-name | alexa was ist die hauptstadt der republik kosovo | XK
official-name | alexa was ist die hauptstadt des freistaats bayern | DE-BY
official-name | alexa was ist die hauptstadt vom freistaat thüringen | DE-TH
official-name | alexa was ist die hauptstadt der freien hansestadt bremen | DE-HB
official-name | alexa was ist die hauptstadt des commonwealth of australia | AU
official-name | alexa was ist die hauptstadt der republik der philippinen | PH
everyday-name | alexa was ist die hauptstadt von amiland | US
everyday-name | alexa was ist die hauptstadt von england also von ganz großbritannien | GB
everyday-name | alexa was ist die hauptstadt von holland | NL
everyday-name | alexa was ist die hauptstadt von tschechei | CZ
everyday-name | alexa was ist die hauptstadt von weißrussland | BY
everyday-name | alexa was ist die hauptstadt von burma | MM
everyday-name | alexa was ist die hauptstadt von persien | IR
everyday-name | alexa was ist die hauptstadt von swasiland | SZ
everyday-name | alexa was ist die hauptstadt von mazedonien | MK
everyday-name | alexa was ist die hauptstadt von ceylon | LK
everyday-name | alexa was ist die hauptstadt von den emiraten | AE
everyday-name | alexa was ist die hauptstadt von bosnien | BA
everyday-name | alexa was ist die hauptstadt von trinidad | TT
everyday-name | alexa was ist die hauptstadt von kongo kinshasa | CD
everyday-name | alexa was ist die hauptstadt von kongo brazzaville | CG
everyday-name | alexa was ist die hauptstadt von papua | PG
everyday-name | alexa was ist die hauptstadt von saudi | SA
everyday-name | alexa was ist die hauptstadt von ösiland | AT
everyday-name | alexa was ist die hauptstadt von den staaten | US
everyday-name | alexa was ist die hauptstadt von kirgisien | KG
everyday-name | alexa was ist die hauptstadt von moldavien | MD
everyday-name | alexa was ist die hauptstadt von nrw | DE-NW
everyday-name | alexa was ist die hauptstadt von meck-pomm | DE-MV
everyday-name | alexa was ist die hauptstadt von bawü | DE-BW
everyday-name | alexa was ist die hauptstadt vom ländle | DE-BW
everyday-name | alexa was ist die hauptstadt von schleswig | DE-SH
everyday-name | alexa was ist die hauptstadt von osttimor | TL
everyday-name | alexa was ist die hauptstadt von vatikan | VA
everyday-name | alexa was ist die hauptstadt von der dr kongo | CD
shared-name | alexa was ist die hauptstadt von georgia | GE+US-GA
shared-name | alexa was ist die hauptstadt von georgien in den usa | US-GA
shared-name | alexa was ist die hauptstadt von georgien dem land am kaukasus | GE
shared-name | alexa was ist die hauptstadt von kongo | CD+CG
shared-name | alexa was sind die hauptstädte der beiden kongos | CD+CG
shared-name | alexa was ist die hauptstadt von korea | KP+KR
shared-name | alexa was sind die hauptstädte von nord und südkorea | KP+KR
shared-name | alexa was ist die hauptstadt der jungferninseln | VG+VI
shared-name | alexa was ist die hauptstadt der britischen jungferninseln | VG
shared-name | alexa was ist die hauptstadt der amerikanischen jungferninseln | VI
shared-name | alexa was ist die hauptstadt vom bundesstaat georgia | US-GA
shared-name | alexa was ist die hauptstadt von mexiko dem bundesstaat | MX-MEX
shared-name | alexa was ist die hauptstadt vom staat new york nicht die stadt | US-NY
shared-name | alexa washington der staat nicht die stadt was ist da die hauptstadt | US-WA
shared-name | alexa was ist die hauptstadt von dominica und der dominikanischen republik | DM+DO
shared-name | alexa moin wat is de hauptstadt von korea | KP+KR
subdivision | alexa was ist die hauptstadt von wyoming | US-WY
subdivision | alexa welche stadt ist die hauptstadt vom bundesland berlin | DE-BE
subdivision | alexa was ist die hauptstadt der nordwest-territorien | CA-NT
subdivision | alexa was ist die hauptstadt von victoria in australien | AU-VIC
subdivision | alexa was ist die hauptstadt vom australian capital territory | AU-ACT
subdivision | alexa was ist die hauptstadt vom bundesdistrikt in brasilien | BR-DF
subdivision | alexa was ist die hauptstadt vom bundesstaat rio de janeiro | BR-RJ
subdivision | alexa was ist die hauptstadt vom bundesstaat são paulo | BR-SP
subdivision | alexa was ist die hauptstadt vom unionsterritorium chandigarh | IN-CH
subdivision | alexa was ist die hauptstadt vom unionsterritorium delhi | IN-DL
subdivision | alexa was ist die hauptstadt von dadra und nagar haveli und daman und diu | IN-DH
subdivision | alexa was ist die hauptstadt von tamil nadu | IN-TN
subdivision | alexa hat mexiko-stadt eine hauptstadt | MX-CMX
subdivision | alexa was ist die hauptstadt von washington dc | US-DC
subdivision | alexa was ist die hauptstadt von nordirland | GB-NIR
territory | alexa hat die antarktis eine hauptstadt | AQ
territory | alexa was ist die hauptstadt von bonaire | BQ
territory | alexa was ist der hauptort der kokosinseln | CC
territory | alexa was ist die hauptstadt der weihnachtsinsel | CX
territory | alexa was ist die hauptstadt der westsahara | EH
territory | alexa was ist die hauptstadt von südgeorgien und den südlichen sandwichinseln | GS
territory | alexa was ist die hauptstadt von hongkong | HK
territory | alexa was ist die hauptstadt der heard und mcdonaldinseln | HM
territory | alexa was ist die hauptstadt vom britischen territorium im indischen ozean | IO
territory | alexa was ist die hauptstadt von macau | MO
territory | alexa was ist die hauptstadt der nördlichen marianen | MP
territory | alexa was ist die hauptstadt der norfolkinsel | NF
territory | alexa was ist die hauptstadt der pitcairninseln | PN
territory | alexa was ist die hauptstadt von spitzbergen | SJ
territory | alexa was ist die hauptstadt der französischen süd und antarktisgebiete | TF
territory | alexa was ist die hauptstadt der kleineren amerikanischen überseeinseln | UM
territory | alexa was ist die hauptstadt vom vatikan | VA
territory | alexa was ist die hauptstadt der ålandinseln | AX
territory | alexa hat die bouvetinsel eine hauptstadt oder nicht | BV
territory | alexa was ist die hauptstadt von palästina | PS
kid | alexa was ist die hauptstadt von pinguinland also der antarktis | AQ
kid | alexa ich will die hauptstadt von ägypten wegen den pyramiden | EG
kid | alexa meine oma kommt aus kasachstan was ist die hauptstadt | KZ
kid | alexa was ist die hauptstadt von eiskönigin land norwegen | NO
kid | alexa wir spielen schule was ist die hauptstadt von frankreich | FR
kid | alexa mein bruder sagt die hauptstadt von italien ist pizza stimmt das | IT
kid | alexa was ist die hauptstadt von hawaii wo die surfer sind | US-HI
kid | alexa die hauptstadt von kenia wo die löwen wohnen | KE
student | alexa digga was ist die hauptstadt von kanada ich hab test | CA
student | alexa ehrlich keine ahnung hauptstadt von australien | AU
student | alexa für die mun konferenz was ist die hauptstadt von sierra leone | SL
student | alexa ich hab erasmus in portugal was ist die hauptstadt | PT
student | alexa in meiner wg fragt einer nach der hauptstadt von estland | EE
student | alexa isch schwör ich weiß es nicht hauptstadt von marokko | MA
student | alexa lowkey peinlich aber was ist die hauptstadt von der schweiz | CH
student | alexa für die klausur in politik die hauptstadt der ukraine | UA
senior | alexa wie hieß nochmal die hauptstadt von jugoslawien heute serbien | RS
senior | alexa mein mann war in der hauptstadt von kuba was war das | CU
senior | alexa ich höre schlecht bitte laut die hauptstadt von ungarn | HU
senior | alexa im seniorenheim wollen wir raten die hauptstadt von griechenland | GR
senior | alexa mein pfleger kommt aus kenia welche hauptstadt hat das | KE
senior | alexa vor dem krieg war die hauptstadt von polen schon warschau oder | PL
senior | alexa wie heißt das noch die hauptstadt von rumänien | RO
senior | alexa in meiner zeitung steht sambia was ist die hauptstadt | ZM
office | alexa für das meeting mit dem team in lagos was ist die hauptstadt von nigeria | NG
office | alexa ich brauch die hauptstadt von vietnam für die lieferadresse | VN
office | alexa der zoll will die hauptstadt von chile wissen | CL
office | alexa basically was ist die hauptstadt von singapur | SG
office | alexa ich bin taxifahrer ein fahrgast fragt nach der hauptstadt von syrien | SY
office | alexa ich bin paketbote und hab ein paket für die botschaft von tunesien was ist die hauptstadt | TN
office | alexa in der nachtschicht langweilig hauptstadt von kamerun | CM
office | alexa als lehrer muss ich wissen hauptstadt von mikronesien | FM
kitchen | alexa während die spaghetti kochen die hauptstadt von italien | IT
kitchen | alexa ich backe baklava was ist die hauptstadt vom libanon | LB
kitchen | alexa mit mehl an den händen was ist die hauptstadt von japan | JP
kitchen | alexa beim kaffee kochen hauptstadt von kolumbien | CO
kitchen | alexa beim grillen ist die frage aufgekommen hauptstadt von argentinien | AR
car | alexa im auto auf dem weg nach kassel was ist die hauptstadt von hessen | DE-HE
car | alexa navi aus und sag mir die hauptstadt von belgien | BE
car | alexa wir fahren nach dänemark was ist die hauptstadt da | DK
car | alexa beim tanken kurz die hauptstadt von kroatien | HR
quiz | alexa beim pubquiz letzte frage die hauptstadt von nauru | NR
quiz | alexa wir spielen activity die hauptstadt von peru | PE
quiz | alexa galgenmännchen fünf buchstaben hauptstadt von kenia | KE
quiz | alexa siedler von catan pause was ist die hauptstadt von malta | MT
quiz | alexa beim schnitzeljagd rätsel hauptstadt von lettland | LV
quiz | alexa im tippspiel frage die hauptstadt von katar | QA
quiz | alexa quizduell runde drei hauptstadt von uruguay | UY
migrant | alexa asante sana und was ist die hauptstadt von tansania | TZ
migrant | alexa mahadsanid hauptstadt von somalia bitte | SO
migrant | alexa ya basha sag mir die hauptstadt von ägypten | EG
migrant | alexa barcha fragen was ist die hauptstadt von tunesien | TN
migrant | alexa bayarlalaa und die hauptstadt von der mongolei | MN
migrant | alexa paldies was ist die hauptstadt von lettland | LV
migrant | alexa aitäh die hauptstadt von estland bitte | EE
migrant | alexa no tak was ist die hauptstadt von der slowakei | SK
migrant | alexa takk was ist die hauptstadt von norwegen | NO
migrant | alexa dhonnobad die hauptstadt von bangladesch | BD
migrant | alexa cachai po die hauptstadt von chile | CL
migrant | alexa qué más parce die hauptstadt von kolumbien | CO
migrant | alexa asere qué bolá die hauptstadt von kuba | CU
migrant | alexa dobry den was ist die hauptstadt von tschechien | CZ
migrant | alexa malamu was ist die hauptstadt vom kongo kinshasa | CD
learner | alexa ich bin neu in deutschland hauptstadt von der eritrea | ER
learner | alexa für integrationskurs was ist hauptstadt von deutschland | DE
learner | alexa für die einbürgerungstest welche ist die hauptstadt von bundesland bayern | DE-BY
learner | alexa ich komme von nepal was heißt hauptstadt von meine land | NP
learner | alexa welche ist die hauptstadt vom mongolia | MN
learner | alexa was ist die hauptstadt in die sudan | SD
learner | alexa ich will wissen wo ist hauptstadt von gabun | GA
asr-slip | alexa was ist die hauptstadt von den mark | DK
asr-slip | alexa was ist die hauptstadt von tunes jenen | TN
asr-slip | alexa was ist die hauptstadt von ganer | GH
asr-slip | alexa was ist die haupt stadt von polen | PL
asr-slip | alexa was ist die hauptstadt von schwe den | SE
asr-slip | alexa was ist die hauptstadt von paris tan | PK
asr-slip | alexa was ist die hauptstadt von neu seeland | NZ
self-correction | alexa was ist die hauptstadt von österreich ungarn nee nur österreich | AT
polite | alexa würden sie mir bitte die hauptstadt von kenia nennen | KE
polite | alexa könnten sie mir bitte sagen was die hauptstadt von senegal ist | SN
polite | alexa wären sie so freundlich und nennen mir die hauptstadt von belgien | BE
polite | alexa ich hätte gern gewusst was die hauptstadt von peru ist | PE
polite | alexa dürfte ich erfahren welche stadt die hauptstadt von jordanien ist | JO
polite | alexa bitte sehr die hauptstadt von finnland danke schön | FI
polite | alexa entschuldigung was ist die hauptstadt von irland | IE
polite | alexa verzeihung können sie mir die hauptstadt von island sagen | IS
senior | alexa mein nachbar war als missionar in {} wie heißt die hauptstadt | lesotho=LS; malawi=MW; sambia=ZM
dialect | alexa kumma getz wat die landeshauptstadt von {} is | bayern=DE-BY; hessen=DE-HE; brandenburg=DE-BB
dialect | moin alexa wat is denn de landeshauptstadt vun {} | niedersachsen=DE-NI; schleswig-holstein=DE-SH; mecklenburg-vorpommern=DE-MV
dialect | alexa ei sach emol wie die hauptstadt vun {} heißt | frankreich=FR; belgien=BE; luxemburg=LU
dialect | alexa wat is denn nu mit der hauptstadt von {} woll | spanien=ES; portugal=PT; italien=IT
migrant | alexa habari yako hauptstadt von {} ni nini | kenia=KE; uganda=UG; ruanda=RW
migrant | alexa ya zalameh was ist die hauptstadt von {} | syrien=SY; jordanien=JO; dem irak=IQ
office | alexa ich hab gleich einen call mit {} was ist deren hauptstadt | indien=IN; brasilien=BR; japan=JP
office | alexa im reisebüro fragt die kundin nach der hauptstadt von {} | den malediven=MV; mauritius=MU; den seychellen=SC
student | alexa ich lerne für geo wie heißt die hauptstadt von {} | usbekistan=UZ; kasachstan=KZ; tadschikistan=TJ
kid | alexa ich hab ein puzzle von afrika und da fehlt die hauptstadt von {} | mali=ML; niger=NE; tschad=TD
quiz | alexa fürs familienquiz an weihnachten die hauptstadt von {} | kanada=CA; mexiko=MX; kuba=CU
car | alexa auf der fähre nach {} was ist dort die hauptstadt | schweden=SE; norwegen=NO; finnland=FI
kitchen | alexa ich mache gerade couscous was ist die hauptstadt von {} | marokko=MA; algerien=DZ; tunesien=TN
subdivision | alexa im urlaub in {} was ist die hauptstadt vom bundesstaat | bahia=BR-BA; pernambuco=BR-PE; ceará=BR-CE
subdivision | alexa für meinen austausch in {} welche stadt ist hauptstadt | alberta=CA-AB; ontario=CA-ON; british columbia=CA-BC
subdivision | alexa meine cousine studiert in {} was ist die hauptstadt vom staat | texas=US-TX; georgia=US-GA; ohio=US-OH
subdivision | alexa beim backpacken durch {} was ist die hauptstadt dort | rajasthan=IN-RJ; kerala=IN-KL; goa=IN-GA
subdivision | alexa auf der tauchreise in {} was ist die hauptstadt vom bundesstaat | quintana roo=MX-ROO; yucatán=MX-YUC; baja california sur=MX-BCS
stop | alexa jetzt reicht's mir aber | STOP
stop | alexa hör auf zu quatschen | STOP
stop | alexa getz is ma gut hör auf | STOP
stop | alexa moin stopp dat ganze | STOP
stop | alexa bitte beende das hauptstadt spiel | STOP
stop | alexa ich muss los hör auf | STOP
stop | alexa genug gefragt schluss jetzt | STOP
stop | alexa ruhe im karton | STOP
stop | alexa mach mal pause und hör auf | STOP
stop | alexa stopp die kinder schlafen | STOP
stop | alexa abschalten | STOP
stop | alexa sei leise ich telefoniere | STOP
stop | alexa hauptstädte der welt beenden | STOP
stop | alexa stop die musik nein stop das quiz | STOP
stop | alexa genug hauptstädte für heute | STOP
stop | alexa ich hab keine lust mehr hör auf | STOP
stop | alexa stopp ende aus | STOP
stop | alexa das spiel beenden bitte | STOP
stop | alexa klappe jetzt | STOP
stop | alexa feierabend für heute aus | STOP
stop | alexa wir essen jetzt hör auf | STOP
stop | alexa stopp mama ruft | STOP
cancel | alexa ach lass mal doch nicht | CANCEL
cancel | alexa vergiss die hauptstadt | CANCEL
cancel | alexa nee vergiss es wir gucken im atlas | CANCEL
cancel | alexa abbrechen ich hab mich versprochen | CANCEL
cancel | alexa ach egal lass gut sein | CANCEL
cancel | alexa vergiss es woll | CANCEL
cancel | alexa lass mal stecken getz | CANCEL
cancel | alexa moin nee lass man | CANCEL
cancel | alexa doch nicht das weiß ich selber | CANCEL
cancel | alexa vergiss es war nur ein test | CANCEL
cancel | alexa abbrechen das war falsch | CANCEL
cancel | alexa nicht mehr nötig danke | CANCEL
cancel | alexa hat sich schon erledigt papa wusste es | CANCEL
cancel | alexa ach vergiss es einfach wieder | CANCEL
cancel | alexa streich die letzte frage | CANCEL
cancel | alexa die frage zurück | CANCEL
cancel | alexa nein lass es sein | CANCEL
cancel | alexa abbrechen das war der fernseher | CANCEL
out-of-domain | alexa was ist die hauptstadt vom pott | FB
out-of-domain | alexa was ist die hauptstadt von frankfurt | FB
out-of-domain | alexa was ist die hauptstadt von dortmund | FB
out-of-domain | alexa welche stadt ist die hauptstadt vom bergischen land | FB
out-of-domain | alexa was ist die hauptstadt vom wendland | FB
out-of-domain | alexa was ist die hauptstadt vom spreewald | FB
out-of-domain | alexa was ist die hauptstadt vom odenwald | FB
out-of-domain | alexa was ist die hauptstadt von dithmarschen | FB
out-of-domain | alexa was ist die hauptstadt der normandie | FB
out-of-domain | alexa was ist die hauptstadt von flandern und wallonien | FB
out-of-domain | alexa was ist die hauptstadt von lappland | FB
out-of-domain | alexa was ist die hauptstadt von sibirien und kamtschatka | FB
out-of-domain | alexa was ist die hauptstadt von darfur | FB
out-of-domain | alexa was ist die hauptstadt von kaschmir in pakistan | FB
out-of-domain | alexa was ist die hauptstadt vom punjab in pakistan | FB
out-of-domain | alexa was ist die hauptstadt von zentralasien | FB
out-of-domain | alexa was ist die hauptstadt vom nahen osten | FB
out-of-domain | alexa was ist die hauptstadt von arrakis | FB
out-of-domain | alexa was ist die hauptstadt von gotham | FB
out-of-domain | alexa was ist die hauptstadt von bikini bottom | FB
out-of-domain | alexa was ist die hauptstadt von winterfell | FB
out-of-domain | alexa was ist die hauptstadt vom auenland | FB
out-of-domain | alexa was ist die hauptstadt von bullerbü | FB
out-of-domain | alexa was ist die hauptstadt vom alten ägypten | FB
out-of-domain | alexa was war die hauptstadt von mesopotamien und babylon | FB
out-of-domain | alexa was war die hauptstadt vom frankenreich | FB
out-of-domain | alexa was war die hauptstadt der bundesrepublik vor neunzehnhundertneunzig | FB
out-of-domain | alexa was war die hauptstadt vom dritten reich | FB
out-of-domain | alexa was war die hauptstadt von siam im mittelalter | FB
out-of-domain | alexa welche hauptstadt hat die meisten einwohner in afrika | FB
out-of-domain | alexa welche hauptstädte beginnen mit b | FB
out-of-domain | alexa welche hauptstadt liegt am nächsten an berlin | FB
out-of-domain | alexa wie viele bundesländer hat deutschland | FB
out-of-domain | alexa wie viele länder gibt es in afrika | FB
out-of-domain | alexa was ist die hauptstadt im monopoly teuerste straße | FB
out-of-domain | alexa welche hauptstadt hat die schönste altstadt | FB
out-of-domain | alexa gib mir ein quiz über hauptstädte von flaggen | FB
out-of-domain | alexa kauf mir einen reiseführer für die hauptstadt von spanien | FB
out-of-domain | alexa wie sagt man hauptstadt auf suaheli | FB
out-of-domain | alexa ist kapital mit k oder c | FB
launch | alexa mach mal hauptstädte der welt an | LAUNCH
launch | alexa getz starte ma hauptstädte der welt | LAUNCH
launch | alexa öffne hauptstädte der welt woll | LAUNCH
launch | alexa kannst du bitte mal hauptstädte der welt aufmachen | LAUNCH
launch | alexa starte für meinen enkel hauptstädte der welt | LAUNCH
launch | alexa öffne doch bitte mal hauptstädte der welt für mich | LAUNCH
launch | alexa ich würde gern hauptstädte der welt starten | LAUNCH
launch | alexa hauptstädte der welt bitte | LAUNCH
launch | alexa äh hauptstädte der welt starten bitte | LAUNCH
launch | alexa los hauptstädte der welt | LAUNCH
launch | alexa beginne hauptstädte der welt | LAUNCH
launch | alexa öffne die app hauptstädte der welt | LAUNCH
launch | alexa starte das spiel hauptstädte der welt | LAUNCH
launch | alexa spiel mit mir hauptstädte der welt | LAUNCH
launch | alexa öffne hauptstädte der welt wir lernen für den test | LAUNCH
yes-no-check | alexa ist lagos oder abuja die hauptstadt von nigeria | NG
yes-no-check | alexa stimmt das mit bern als hauptstadt der schweiz | CH
yes-no-check | alexa heißt die hauptstadt von australien wirklich canberra | AU
yes-no-check | alexa ist pretoria die richtige hauptstadt von südafrika | ZA
yes-no-check | alexa mein opa sagt bonn ist die hauptstadt hat er recht | DE
yes-no-check | alexa woll is arnsberg die hauptstadt von nrw | DE-NW
yes-no-check | alexa ei is frankfurt net die hauptstadt von hessen | DE-HE
yes-no-check | alexa ist potsdam die hauptstadt von brandenburg oder berlin | DE-BB
yes-no-check | alexa ist marrakesch die hauptstadt von marokko | MA
yes-no-check | alexa ist bombay die hauptstadt von indien | IN
yes-no-check | alexa ist antalya die hauptstadt der türkei | TR
yes-no-check | alexa ist houston die hauptstadt von texas | US-TX
yes-no-check | alexa ist anchorage die hauptstadt von alaska | US-AK
yes-no-check | alexa ist cancún die hauptstadt von yucatán | MX-YUC
yes-no-check | alexa ist perth die hauptstadt von western australia | AU-WA
yes-no-check | alexa ist zürich oder bern die hauptstadt | CH
official-name | alexa was ist die hauptstadt der republik ghana | GH
official-name | alexa was ist die hauptstadt der bundesrepublik nigeria | NG
official-name | alexa was ist die hauptstadt des königreichs marokko | MA
official-name | alexa was ist die hauptstadt der volksdemokratischen republik laos | LA
official-name | alexa was ist die hauptstadt des königreichs kambodscha | KH
official-name | alexa was ist die hauptstadt der demokratischen sozialistischen republik sri lanka | LK
official-name | alexa was ist die hauptstadt des sultanats oman | OM
official-name | alexa was ist die hauptstadt des staates katar | QA
official-name | alexa was ist die hauptstadt der republik türkiye | TR
official-name | alexa was ist die hauptstadt von türkiye | TR
official-name | alexa was ist die hauptstadt des königreichs belgien | BE
official-name | alexa was ist die hauptstadt der italienischen republik | IT
official-name | alexa was ist die hauptstadt der hellenischen republik | GR
official-name | alexa was ist die hauptstadt der portugiesischen republik | PT
official-name | alexa was ist die hauptstadt des königreichs dänemark | DK
official-name | alexa was ist die hauptstadt der republik polen | PL
everyday-name | alexa was ist die hauptstadt von amerika | US
everyday-name | alexa was ist die hauptstadt von tschechoslowakei also tschechien | CZ
everyday-name | alexa was ist die hauptstadt von den usa woll | US
everyday-name | alexa was ist die hauptstadt von dem ruhrpott bundesland nrw | DE-NW
everyday-name | alexa was ist die hauptstadt von nordrhein | DE-NW
everyday-name | alexa was ist die hauptstadt von rheinland-pfalz also rlp | DE-RP
everyday-name | alexa was ist die hauptstadt von zaire | CD
everyday-name | alexa was ist die hauptstadt von siam | TH
everyday-name | alexa was ist die hauptstadt von abessinien | ET
everyday-name | alexa was ist die hauptstadt von dahomey | BJ
everyday-name | alexa was ist die hauptstadt von obervolta | BF
everyday-name | alexa was ist die hauptstadt von formosa | TW
everyday-name | alexa was ist die hauptstadt von kampuchea | KH
everyday-name | alexa was ist die hauptstadt von den niederlanden also holland | NL
shared-name | alexa was ist die hauptstadt von georgia dem land nicht dem bundesstaat | GE
shared-name | alexa was sind die hauptstädte von beiden koreas | KP+KR
shared-name | alexa hauptstadt von kongo die beiden bitte | CD+CG
shared-name | alexa was ist die hauptstadt von jungferninseln | VG+VI
shared-name | alexa ei was is die hauptstadt vun georgia | GE+US-GA
shared-name | alexa was ist die hauptstadt vom bundesstaat mexiko | MX-MEX
plural-capitals | alexa boah welche hauptstädte hat denn südafrika | ZA
plural-capitals | alexa warum hat bolivien zwei hauptstädte und welche | BO
plural-capitals | alexa sag mal alle hauptstädte der niederlande | NL
plural-capitals | alexa die zwei hauptstädte von malaysia bitte | MY
plural-capitals | alexa woll welche hauptstädte hat sri lanka | LK
plural-capitals | alexa beide hauptstädte von benin | BJ
plural-capitals | alexa die hauptstädte von der elfenbeinküste sag mal | CI
plural-capitals | alexa eswatini hat zwei hauptstädte welche denn | SZ
plural-capitals | alexa welche städte sind hauptstädte von palästina | PS
plural-capitals | alexa welche hauptstädte hat die elfenbeinküste | CI
territory | alexa wir machen urlaub auf den ålandinseln welcher ort ist hauptort | AX
subdivision | alexa meine tante wohnt in brasília im bundesdistrikt was ist dessen hauptstadt | BR-DF
subdivision | alexa zum karneval nach rio was ist die hauptstadt vom bundesstaat rio | BR-RJ
reverse-question | alexa meine freundin zieht nach yellowknife wovon ist das die hauptstadt | CITY:Yellowknife
subdivision | alexa woll was is die hauptstadt von den nordwest territorien in kanada | CA-NT
subdivision | alexa anne auf green gables lebt auf prince edward island was ist da die hauptstadt | CA-PE
territory | alexa für die briefmarkensammlung welche stadt ist hauptstadt der cookinseln | CK
territory | alexa die roten krabben auf der weihnachtsinsel wo ist da der hauptort | CX
territory | alexa khalas sag mir welche stadt die westsahara als hauptstadt hat | EH
territory | alexa mein opa war im falklandkrieg was ist die hauptstadt der falklands | FK
territory | alexa auf der antarktis kreuzfahrt halten wir in südgeorgien was ist der hauptort | GS
territory | alexa meine kollegin fliegt nach hongkong hat das eine eigene hauptstadt | HK
subdivision | alexa namaste mein onkel arbeitet in daman was ist die hauptstadt von dadra und nagar haveli | IN-DH
subdivision | alexa unser callcenter ist in odisha welche stadt ist dort hauptstadt | IN-OD
territory | alexa diego garcia ist das die hauptstadt vom britischen territorium im indischen ozean | IO
territory | alexa ich war im casino in macau gibt es da eine hauptstadt | MO
reverse-question | alexa beim tauchen auf saipan welche inseln haben das als hauptstadt | CITY:Saipan
territory | alexa was ist die hauptstadt der marianen im norden | MP
territory | alexa auf der norfolkinsel gibt es eine hauptstadt welche | NF
territory | alexa die meuterei auf der bounty endete auf pitcairn was ist der hauptort | PN
territory | alexa getz sach ma die hauptstadt von puerto rico | PR
territory | alexa ich fahr mit hurtigruten nach spitzbergen wie heißt der hauptort | SJ
territory | alexa moin wat is de hauptstadt vun de turks und caicosinseln | TC
territory | alexa für das forschungsschiff was ist der hauptort der französischen süd und antarktisgebiete | TF
subdivision | alexa die hauptstadt von washington d c gibt es die | US-DC
subdivision | alexa im yellowstone park in wyoming was ist die hauptstadt von dem staat | US-WY
subdivision | alexa mein austauschschüler kommt aus chihuahua was ist dort die hauptstadt | MX-CHH
subdivision | alexa im zapatista buch geht es um chiapas was ist die hauptstadt | MX-CHP
subdivision | alexa beim surfen in nayarit wie heißt die hauptstadt vom staat | MX-NAY
"""

if __name__ == "__main__":
    build_round(43, "de", LINES, sys.argv, "tests/Eval/de/round43/source/build_corpus.py")
