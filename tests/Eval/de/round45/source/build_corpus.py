"""Round 45, German (de-DE): a new author's own mix, written blind (brief WRITER53.md). Speakers chosen away from
round 44 (Munich, Baden, the Palatinate, Hamburg, the Lower Rhine, the Münsterland, Aachen, Magdeburg) and its migrant
origins: Swabia ("ha noi", "isch", "sag amol"), Franconia ("etz", "fei"), Saxony ("nu", "gugge mal"), Berlin ("icke",
"wa", "dit", "wat"), Frankfurt and Hesse ("ei gude", "vun"), East Frisia ("moin"), the Saarland ("ei joo", "sa mol"),
Cologne ("wie jeht dat", "dä"), Brandenburg ("heeßt"). Migrants and heritage speakers: Turks ("abi", "tamam", "yok"),
Poles ("no to", "powiedz"), Russian Germans ("slushai", "skaschi"), Syrians and Jordanians ("yalla"), Italians ("allora",
"dai"), Greeks ("ela re"), Croats, Serbs and Bosnians ("ajde brate", "dosta"), Spaniards ("oye", "vale"), French
("alors", "euh"), Maghrebis ("wesh"), Czechs ("ahoj", "prosím"), Indians ("yaar", "batao", "acha"), Pakistanis
("bhai jaan"), Filipinos ("po", "ano ang"), Brazilians ("cara", "nossa"), Japanese ("anoo", "desu ka"), Bulgarians
("kazhi mi", "molya"), Danes ("hej", "tak"), Americans and Australians ("dude", "mate"), Mexicans ("mi tía").
Children (a Lego atlas, an Advent calendar riddle, a Schultüte, a globe, a poster), teenagers (a Geo-Klausur, a Discord
quiz, the Abitur, Valorant, TikTok, "lowkey", "sheesh", "no cap", "lost", "digger"), seniors (a grandson's question, a
hearing aid, a Kaffeekranz, a Gartenverein, a senior bus trip, a pen friend, holiday photos, a gymnastics group), work
(a taxi driver, a travel booking, a hotel reception, a translator, a teacher, customs, a Kita, a bakery, a parcel
courier, IT support, a newspaper article, a visa), games (Quizduell, Wer wird Millionär, Trivial Pursuit, Tabu,
Activity, Stadt Land Fluss, a Kneipenquiz, Risiko), families (a bet at dinner, an exchange student, a holiday plan),
learners, formal Sie requests, hesitations, ASR slips and whole-sentence code-switching. Built by
round12_hinl_corpus.py (build_round with round 45's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
dialect | alexa ha noi sag amol was isch d hauptstadt vo {} | andorra=AD; de vereinigte arabische emirate=AE; afghanistan=AF
dialect | etz sag fei amal wie heißt die hauptstadt von {} | antigua und barbuda=AG; albanien=AL; armenien=AM
dialect | nu gugge mal alexa was is denn de hauptstadt von {} | angola=AO; argentinien=AR; österreich=AT
dialect | alexa icke will wissen wat die hauptstadt von {} is wa | australien=AU; aserbaidschan=AZ; bosnien und herzegowina=BA
dialect | ei gude alexa was is dann die hauptstadt vun {} | barbados=BB; bangladesch=BD; belgien=BE
dialect | moin alexa welche stadt is noch mal hauptstadt von {} | burkina faso=BF; bulgarien=BG; bahrain=BH
dialect | ei joo alexa sa mol die hauptstadt vun {} | burundi=BI; benin=BJ; brunei=BN
dialect | alexa wie jeht dat wat is de hauptstadt vun {} | bolivien=BO; brasilien=BR; den bahamas=BS
dialect | alexa na wie heeßt denn nu de hauptstadt von {} | bhutan=BT; botswana=BW; weißrussland=BY
migrant | alexa abi söyle bana hauptstadt von {} was ist | belize=BZ; kanada=CA; kongo kinshasa=CD
migrant | alexa no to powiedz mi die hauptstadt von {} | zentralafrika=CF; kongo brazzaville=CG; der schweiz=CH
migrant | alexa slushai skaschi mal hauptstadt von {} | elfenbeinküste=CI; chile=CL; kamerun=CM
migrant | alexa yalla sag mir hauptstadt von {} bitte | china=CN; kolumbien=CO; costa rica=CR
migrant | alexa allora ehm qual è die hauptstadt von {} | kuba=CU; kap verde=CV; zypern=CY
migrant | alexa ela re was ist denn die hauptstadt von {} | tschechien=CZ; deutschland=DE; dschibuti=DJ
migrant | alexa ajde brate wie heißt die hauptstadt von {} | dänemark=DK; dominica=DM; dominikanische republik=DO
migrant | alexa oye vale la capital de {} bitte | algerien=DZ; ecuador=EC; estland=EE
migrant | alexa alors euh c'est quoi die hauptstadt von {} | ägypten=EG; eritrea=ER; spanien=ES
migrant | alexa ahoj prosím hauptstadt von {} welche stadt | äthiopien=ET; finnland=FI; fidschi=FJ
migrant | alexa yaar batao na what is hauptstadt von {} | mikronesien=FM; frankreich=FR; gabun=GA
migrant | alexa po ano ang hauptstadt ng {} | großbritannien=GB; grenada=GD; georgien=GE
migrant | alexa cara qual é a capital do {} na | ghana=GH; gambia=GM; guinea=GN
migrant | alexa bhai jaan mujhe batao hauptstadt von {} | äquatorialguinea=GQ; griechenland=GR; guatemala=GT
migrant | alexa anoo eto hauptstadt von {} wa nan desu ka | guinea-bissau=GW; guyana=GY; honduras=HN
migrant | alexa dude what's the hauptstadt von {} again | kroatien=HR; haiti=HT; ungarn=HU
migrant | alexa wesh ähm die hauptstadt von {} c'est quoi | indonesien=ID; irland=IE; israel=IL
migrant | alexa kazhi mi hauptstadt na {} molya | indien=IN; irak=IQ; iran=IR
migrant | alexa hej hvad er die hauptstadt von {} tak | island=IS; italien=IT; jamaika=JM
kid | alexa mein papa sagt ich soll dich fragen was ist die hauptstadt von {} | jordanien=JO; japan=JP; kenia=KE
kid | alexa in meinem lego atlas steht {} aber nicht die hauptstadt | kirgistan=KG; kambodscha=KH; kiribati=KI
kid | alexa für mein adventskalender rätsel wie heißt die hauptstadt von {} | den komoren=KM; st kitts und nevis=KN; nordkorea=KP
kid | alexa ich bin acht und will wissen die hauptstadt von {} | südkorea=KR; kuwait=KW; kasachstan=KZ
teen | alexa lowkey keine ahnung was die hauptstadt von {} ist sag mal | laos=LA; dem libanon=LB; st lucia=LC
teen | alexa sheesh hauptstadt von {} für die geo klausur | liechtenstein=LI; sri lanka=LK; liberia=LR
teen | alexa no cap ich brauch die hauptstadt von {} für discord quiz | lesotho=LS; litauen=LT; luxemburg=LU
teen | alexa bruder ich bin lost was ist die hauptstadt von {} | lettland=LV; libyen=LY; marokko=MA
senior | alexa mein enkel hat mich gefragt wie die hauptstadt von {} heißt | monaco=MC; moldawien=MD; montenegro=ME
senior | alexa entschuldigung ich höre nicht so gut die hauptstadt von {} bitte nochmal | madagaskar=MG; den marshallinseln=MH; nordmazedonien=MK
senior | alexa wir haben im kaffeekranz gestritten was ist die hauptstadt von {} | mali=ML; myanmar=MM; der mongolei=MN
senior | alexa früher wusste ich das noch die hauptstadt von {} | mauretanien=MR; malta=MT; mauritius=MU
work | alexa ich bin taxifahrer und mein fahrgast kommt aus {} was ist da die hauptstadt | den malediven=MV; malawi=MW; mexiko=MX
work | alexa für die reisebuchung brauche ich die hauptstadt von {} | malaysia=MY; mosambik=MZ; namibia=NA
work | alexa an der hotelrezeption fragt ein gast nach der hauptstadt von {} | niger=NE; nigeria=NG; nicaragua=NI
work | alexa ich übersetze gerade einen vertrag welche stadt ist hauptstadt von {} | den niederlanden=NL; norwegen=NO; nepal=NP
work | alexa für meine unterrichtsstunde morgen was ist die hauptstadt von {} | nauru=NR; neuseeland=NZ; oman=OM
work | alexa kurze frage zwischen zwei kunden hauptstadt von {} | panama=PA; peru=PE; papua-neuguinea=PG
work | alexa beim zoll steht hier ein paket aus {} welche hauptstadt hat das | den philippinen=PH; pakistan=PK; polen=PL
game | alexa bei quizduell kam die frage nach der hauptstadt von {} | portugal=PT; palau=PW; paraguay=PY
game | alexa wer wird millionär frage für fünfhundert euro hauptstadt von {} | katar=QA; rumänien=RO; serbien=RS
game | alexa wir spielen trivial pursuit die hauptstadt von {} welche ist es | russland=RU; ruanda=RW; saudi-arabien=SA
game | alexa beim tabu darf ich das wort nicht sagen was ist eigentlich die hauptstadt von {} | den salomonen=SB; den seychellen=SC; dem sudan=SD
learner | alexa ich lerne deutsch seit drei monaten welche ist die hauptstadt von {} | schweden=SE; singapur=SG; slowenien=SI
learner | alexa bitte mir sagen die hauptstadt von land {} | der slowakei=SK; sierra leone=SL; san marino=SM
learner | alexa wie ist die hauptstadt von die {} | senegal=SN; somalia=SO; suriname=SR
formal | alexa würden sie mir bitte die hauptstadt von {} nennen | südsudan=SS; são tomé und príncipe=ST; el salvador=SV
formal | alexa ich hätte gern gewusst welche stadt die hauptstadt von {} ist | syrien=SY; eswatini=SZ; dem tschad=TD
formal | alexa darf ich fragen wie die hauptstadt von {} lautet | togo=TG; thailand=TH; tadschikistan=TJ
hesitation | alexa die hauptstadt von ähm ähm {} | osttimor=TL; turkmenistan=TM; tunesien=TN
hesitation | alexa was ist warte kurz die hauptstadt von {} | tonga=TO; der türkei=TR; trinidad und tobago=TT
hesitation | alexa wie heißt noch die äh na die hauptstadt von {} | tuvalu=TV; tansania=TZ; der ukraine=UA
family | alexa mama will wissen was die hauptstadt von {} ist | uganda=UG; den usa=US; uruguay=UY
family | alexa mein mann und ich wetten gerade was ist die hauptstadt von {} | usbekistan=UZ; st vincent und die grenadinen=VC; venezuela=VE
family | alexa beim abendessen kam die frage auf welche stadt ist hauptstadt von {} | vietnam=VN; vanuatu=VU; samoa=WS
family | alexa oma fragt nach der hauptstadt von {} | dem jemen=YE; südafrika=ZA; sambia=ZM
family | alexa unsere austauschschülerin kommt aus {} wie heißt die hauptstadt dort | simbabwe=ZW; palästina=PS; dem kosovo=XK
family | alexa mein schwager war geschäftlich in {} was ist die hauptstadt | taiwan=TW; hongkong=HK; belarus=BY
subdivision | alexa was ist die landeshauptstadt von {} | brandenburg=DE-BB; hessen=DE-HE; mecklenburg-vorpommern=DE-MV
subdivision | alexa ha noi welche stadt isch landeshauptstadt vo {} | baden-württemberg=DE-BW; bayern=DE-BY; niedersachsen=DE-NI
subdivision | alexa nu welsche stadt is landeshauptstadt von {} | sachsen=DE-SN; sachsen-anhalt=DE-ST; thüringen=DE-TH
subdivision | alexa ei joo wo sitzt die landesregierung von {} | dem saarland=DE-SL; rheinland-pfalz=DE-RP; nordrhein-westfalen=DE-NW
subdivision | alexa moin was is die landeshauptstadt von {} | schleswig-holstein=DE-SH; hamburg=DE-HH; bremen=DE-HB
subdivision | alexa hat {} als stadtstaat überhaupt eine hauptstadt | berlin=DE-BE; dem bundesland bremen=DE-HB; dem bundesland hamburg=DE-HH
subdivision | alexa welche stadt ist hauptstadt im us bundesstaat {} | alabama=US-AL; alaska=US-AK; arizona=US-AZ
subdivision | alexa dude what's the capital of {} auf deutsch bitte | arkansas=US-AR; kalifornien=US-CA; colorado=US-CO
subdivision | alexa meine tochter macht ein auslandsjahr in {} welche stadt ist dort hauptstadt | connecticut=US-CT; delaware=US-DE; florida=US-FL
subdivision | alexa hauptstadt vom staat {} in amerika | georgia=US-GA; hawaii=US-HI; idaho=US-ID
subdivision | alexa etz sag amal die hauptstadt von {} in den usa | illinois=US-IL; indiana=US-IN; iowa=US-IA
subdivision | alexa ich schau grad eine serie die in {} spielt was ist da die hauptstadt | kansas=US-KS; kentucky=US-KY; louisiana=US-LA
subdivision | alexa für meinen roadtrip durch die usa hauptstadt von {} | maine=US-ME; maryland=US-MD; massachusetts=US-MA
subdivision | alexa welche hauptstadt hat der amerikanische bundesstaat {} | michigan=US-MI; minnesota=US-MN; mississippi=US-MS
subdivision | alexa wat is die hauptstadt von {} wa | missouri=US-MO; montana=US-MT; nebraska=US-NE
subdivision | alexa in welcher stadt sitzt die regierung von {} | nevada=US-NV; new hampshire=US-NH; new jersey=US-NJ
subdivision | alexa meine cousine studiert in {} welches ist die hauptstadt | new mexico=US-NM; new york state=US-NY; north carolina=US-NC
subdivision | alexa die hauptstadt von {} in den staaten bitte | north dakota=US-ND; ohio=US-OH; oklahoma=US-OK
subdivision | alexa yaar capital of {} america wala state | oregon=US-OR; pennsylvania=US-PA; rhode island=US-RI
subdivision | alexa sag mir die hauptstadt vom bundesstaat {} | south carolina=US-SC; south dakota=US-SD; tennessee=US-TN
subdivision | alexa im western spielt alles in {} aber was ist die hauptstadt | texas=US-TX; utah=US-UT; wyoming=US-WY
subdivision | alexa ich war mal mit der bundeswehr in {} wie heißt die hauptstadt | vermont=US-VT; virginia=US-VA; washington state=US-WA
subdivision | alexa welche stadt regiert den bundesstaat {} | west virginia=US-WV; wisconsin=US-WI; dem staat new york=US-NY
subdivision | alexa welche stadt ist die hauptstadt der kanadischen provinz {} | alberta=CA-AB; british columbia=CA-BC; manitoba=CA-MB
subdivision | alexa wir wandern nach kanada aus welche stadt ist hauptstadt von {} | new brunswick=CA-NB; neufundland und labrador=CA-NL; nova scotia=CA-NS
subdivision | alexa hauptstadt von {} in kanada | ontario=CA-ON; prince edward island=CA-PE; quebec=CA-QC
subdivision | alexa alors la capitale de {} au canada c'est quoi | saskatchewan=CA-SK; territoires du nord-ouest=CA-NT; yukon=CA-YT
subdivision | alexa hauptort vom kanadischen territorium {} | nunavut=CA-NU; northwest territories=CA-NT; dem yukon territorium=CA-YT
subdivision | alexa welche stadt ist hauptstadt von {} in australien | new south wales=AU-NSW; victoria=AU-VIC; queensland=AU-QLD
subdivision | alexa mein sohn macht work and travel in {} was ist die hauptstadt da | western australia=AU-WA; south australia=AU-SA; tasmanien=AU-TAS
subdivision | alexa die hauptstadt vom australischen {} | northern territory=AU-NT; hauptstadtterritorium=AU-ACT; bundesstaat queensland=AU-QLD
subdivision | alexa welche stadt ist hauptstadt vom indischen bundesstaat {} | andhra pradesh=IN-AP; arunachal pradesh=IN-AR; assam=IN-AS
subdivision | alexa bhai {} ki capital kya hai hauptstadt | bihar=IN-BR; chhattisgarh=IN-CG; goa=IN-GA
subdivision | alexa mein kollege aus bangalore fragt hauptstadt von {} | gujarat=IN-GJ; haryana=IN-HR; himachal pradesh=IN-HP
subdivision | alexa die hauptstadt von {} in indien | jharkhand=IN-JH; karnataka=IN-KA; kerala=IN-KL
subdivision | alexa für meine yoga reise nach indien hauptstadt von {} | madhya pradesh=IN-MP; maharashtra=IN-MH; manipur=IN-MN
subdivision | alexa welche stadt ist hauptstadt vom staat {} in indien | meghalaya=IN-ML; mizoram=IN-MZ; nagaland=IN-NL
subdivision | alexa acha und was ist die hauptstadt von {} | odisha=IN-OD; punjab in indien=IN-PB; rajasthan=IN-RJ
subdivision | alexa wie heißt die hauptstadt des indischen staats {} | sikkim=IN-SK; tamil nadu=IN-TN; telangana=IN-TS
subdivision | alexa in den nachrichten ging es um {} welche stadt ist da hauptstadt | tripura=IN-TR; uttar pradesh=IN-UP; westbengalen=IN-WB
subdivision | alexa hauptstadt vom unionsterritorium {} | den andamanen und nikobaren=IN-AN; lakshadweep=IN-LD; ladakh=IN-LA
subdivision | alexa welche stadt ist verwaltungssitz von {} in indien | puducherry=IN-PY; dadra und nagar haveli und daman und diu=IN-DH; chandigarh=IN-CH
subdivision | alexa welche hauptstädte hat {} | jammu und kaschmir=IN-JK; uttarakhand=IN-UK; dem indischen uttarakhand=IN-UK
subdivision | alexa welche stadt ist hauptstadt von delhi dem unionsterritorium | IN-DL
subdivision | alexa cara qual é a capital do estado {} | acre=BR-AC; alagoas=BR-AL; amapá=BR-AP
subdivision | alexa welche stadt ist hauptstadt vom brasilianischen bundesstaat {} | amazonas=BR-AM; bahia=BR-BA; ceará=BR-CE
subdivision | alexa nossa und die hauptstadt von {} in brasilien | espírito santo=BR-ES; goiás=BR-GO; maranhão=BR-MA
subdivision | alexa für die capoeira gruppe was ist die hauptstadt von {} | mato grosso=BR-MT; mato grosso do sul=BR-MS; minas gerais=BR-MG
subdivision | alexa hauptstadt von {} brasilien | pará=BR-PA; paraíba=BR-PB; paraná=BR-PR
subdivision | alexa meine schwiegermutter kommt aus {} welche stadt ist da hauptstadt | pernambuco=BR-PE; piauí=BR-PI; rio grande do norte=BR-RN
subdivision | alexa hauptstadt vom staat {} | rio grande do sul=BR-RS; rondônia=BR-RO; roraima=BR-RR
subdivision | alexa welche stadt ist die hauptstadt von {} in brasilien bitte | santa catarina=BR-SC; sergipe=BR-SE; tocantins=BR-TO
subdivision | alexa ist die gleichnamige stadt auch die hauptstadt vom staat {} | rio de janeiro=BR-RJ; são paulo=BR-SP
subdivision | alexa hat der bundesdistrikt in brasilien eine eigene hauptstadt oder ist das brasília selbst | BR-DF
subdivision | alexa oye cuál es la capital del estado de {} in mexiko | aguascalientes=MX-AGU; baja california=MX-BCN; baja california sur=MX-BCS
subdivision | alexa welche stadt ist hauptstadt vom mexikanischen bundesstaat {} | campeche=MX-CAM; chihuahua=MX-CHH; chiapas=MX-CHP
subdivision | alexa hauptstadt von {} in mexiko | coahuila=MX-COA; colima=MX-COL; durango=MX-DUR
subdivision | alexa für meinen spanischkurs die hauptstadt von {} | guerrero=MX-GRO; guanajuato=MX-GUA; hidalgo=MX-HID
subdivision | alexa wir fliegen nach mexiko welche stadt ist hauptstadt von {} | jalisco=MX-JAL; michoacán=MX-MIC; morelos=MX-MOR
subdivision | alexa wie heißt die hauptstadt des staates {} in mexiko | nayarit=MX-NAY; nuevo león=MX-NLE; oaxaca=MX-OAX
subdivision | alexa mexiko {} was ist dort die hauptstadt | puebla=MX-PUE; querétaro=MX-QUE; quintana roo=MX-ROO
subdivision | alexa mi tía vive en {} welche stadt ist die hauptstadt | san luis potosí=MX-SLP; sinaloa=MX-SIN; sonora=MX-SON
subdivision | alexa in der doku über mexiko kam {} vor was ist die hauptstadt | tabasco=MX-TAB; tamaulipas=MX-TAM; tlaxcala=MX-TLA
subdivision | alexa hauptstadt vom mexikanischen staat {} bitte | veracruz=MX-VER; yucatán=MX-YUC; zacatecas=MX-ZAC
subdivision | alexa was ist die hauptstadt vom bundesstaat méxico also nicht die stadt | MX-MEX
subdivision | alexa hat mexiko-stadt selbst noch eine hauptstadt | MX-CMX
subdivision | alexa welche stadt ist die hauptstadt von {} im vereinigten königreich | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
subdivision | alexa nur england ohne den rest welche stadt ist da hauptstadt | GB-ENG
subdivision | alexa die hauptstadt von england als landesteil | GB-ENG
territory | alexa welche stadt ist hauptort von {} | anguilla=AI; amerikanisch samoa=AS; aruba=AW
territory | alexa wie heißt die hauptstadt der {} | ålandinseln=AX; bermudas=BM; karibischen niederlande=BQ
territory | alexa mein kreuzfahrtschiff hält in {} welche stadt ist dort hauptstadt | st barthélemy=BL; curaçao=CW; sint maarten=SX
territory | alexa hauptstadt von {} | den kokosinseln=CC; den cookinseln=CK; der weihnachtsinsel=CX
territory | alexa was ist die hauptstadt von {} im atlantik | den falklandinseln=FK; den färöern=FO; st helena=SH
territory | alexa ça va hauptstadt von {} c'est quoi | französisch-guayana=GF; guadeloupe=GP; martinique=MQ
territory | alexa welche stadt ist hauptstadt auf {} | guernsey=GG; jersey=JE; der isle of man=IM
territory | alexa die hauptstadt von {} bitte | gibraltar=GI; grönland=GL; südgeorgien=GS
territory | alexa für die briefmarkensammlung meines vaters hauptstadt von {} | guam=GU; den nördlichen marianen=MP; puerto rico=PR
territory | alexa welche stadt ist der hauptort von {} im indischen ozean | réunion=RE; mayotte=YT; diego garcia also dem britischen territorium=IO
territory | alexa hauptstadt der {} in der karibik | kaimaninseln=KY; turks und caicosinseln=TC; britischen jungferninseln=VG
territory | alexa was ist die hauptstadt von {} in der südsee | neukaledonien=NC; französisch-polynesien=PF; wallis und futuna=WF
territory | alexa und die hauptstadt von {} | der norfolkinsel=NF; niue=NU; den pitcairninseln=PN
territory | alexa hauptort von {} frankreich | saint-pierre und miquelon=PM; saint-martin=MF; den französischen süd und antarktisgebieten=TF
territory | alexa welche hauptstadt hat {} | tokelau=TK; spitzbergen=SJ; montserrat=MS
territory | alexa gibt es auf {} überhaupt eine hauptstadt | der bouvetinsel=BV; den heard und mcdonaldinseln=HM; der antarktis=AQ
territory | alexa hat {} eine hauptstadt | macau=MO; den amerikanischen überseeinseln=UM; washington dc=US-DC
territory | alexa die hauptstadt der amerikanischen jungferninseln | VI
territory | alexa hauptstadt von der vatikanstadt gibt es die | VA
territory | alexa westsahara welche stadt gilt als hauptstadt | EH
help | alexa hauptstädte der welt wie funktioniert das hier | HELP
help | alexa ha noi wie goht des spiel mit de hauptstädt | HELP
help | alexa nu was kann ich denn hier alles fragen | HELP
help | alexa icke versteh dit nich wat soll ick sagen | HELP
help | alexa ei gude was kann isch dich frage | HELP
help | alexa moin wie benutz ich das überhaupt | HELP
help | alexa was muss ich sagen damit du mir eine hauptstadt nennst | HELP
help | alexa abi nasil funktioniert das | HELP
help | alexa erklär mir bitte wie ich dich nach einer hauptstadt frage | HELP
help | alexa ich bin neu hier was kann dieser skill | HELP
help | alexa ich verstehe nicht wie das geht hilfst du mir | HELP
help | alexa welche fragen darf ich stellen | HELP
help | alexa sag mir mal ein beispiel was ich fragen kann | HELP
help | alexa ich brauche hilfe mit den hauptstädten | HELP
help | alexa oma kommt damit nicht klar erklär es nochmal langsam | HELP
help | alexa yaar how does it work hilfe bitte | HELP
help | alexa kannst du mir die anleitung vorlesen | HELP
help | alexa ich weiß nicht weiter was geht hier | HELP
help | alexa was kannst du mir über hauptstädte erzählen wie frag ich das | HELP
help | alexa hilfe ich hab mich verhört was soll ich machen | HELP
help | alexa würden sie mir erklären wie man diesen dienst bedient | HELP
help | alexa etz wie geht des fei | HELP
help | alexa hä was soll ich jetzt sagen | HELP
help | alexa bruder wie läuft das hier hilf mir | HELP
help | alexa allora come funziona also wie geht das | HELP
help | alexa ich kapier das nicht welche befehle gibt es | HELP
help | alexa gib mir bitte ein paar tipps wie ich dich frage | HELP
help | alexa was kann man bei hauptstädte der welt alles machen | HELP
help | alexa wie stelle ich eine frage nach einer landeshauptstadt | HELP
help | alexa ja hilfe bitte was mach ich jetzt | HELP
stop | alexa ha noi des langt etz aus | STOP
stop | alexa nu is gut hör uff | STOP
stop | alexa icke hab keene lust mehr stopp | STOP
stop | alexa gude nacht alexa aus jetzt | STOP
stop | alexa moin das wars aufhören | STOP
stop | alexa ei joo hör mol uff | STOP
stop | alexa stopp das ist mir zu laut | STOP
stop | alexa sei still ich telefoniere | STOP
stop | alexa hör auf zu reden | STOP
stop | alexa beende hauptstädte der welt bitte | STOP
stop | alexa ende aus schluss | STOP
stop | alexa ruhe bitte das baby schläft | STOP
stop | alexa die kinder gehen jetzt ins bett hör bitte auf | STOP
stop | alexa yalla stopp jetzt | STOP
stop | alexa basta stop | STOP
stop | alexa dosta je stopp | STOP
stop | alexa ich möchte aufhören | STOP
stop | alexa genug geographie für heute beenden | STOP
stop | alexa aus jetzt die nachrichten kommen gleich | STOP
stop | alexa halt die klappe bitte | STOP
stop | alexa mach schluss mit den hauptstädten | STOP
stop | alexa verlasse das quiz | STOP
stop | alexa okay tschüss bis morgen | STOP
stop | alexa wir sind durch danke aus | STOP
stop | alexa bitte sofort aufhören | STOP
stop | alexa etz is fei schluss | STOP
stop | alexa stopp stopp stopp | STOP
stop | alexa quit please | STOP
stop | alexa hör jetzt auf wir essen | STOP
stop | alexa ich hab genug gelernt mach aus | STOP
stop | alexa du kannst jetzt still sein | STOP
stop | alexa schließ die hauptstädte der welt | STOP
stop | alexa halt stop ich muss los | STOP
stop | alexa bruder chill mal stopp jetzt | STOP
stop | alexa beenden danke schön | STOP
cancel | alexa abbrechen bitte | CANCEL
cancel | alexa vergiss es einfach | CANCEL
cancel | alexa nu vergess das mal | CANCEL
cancel | alexa ach lass mal gut sein | CANCEL
cancel | alexa icke brauch dit doch nich vergiss et | CANCEL
cancel | alexa ei joo losse mer's | CANCEL
cancel | alexa schon gut hab mich vertan abbrechen | CANCEL
cancel | alexa doch nicht nimm die frage zurück | CANCEL
cancel | alexa nee lass stecken | CANCEL
cancel | alexa never mind alexa | CANCEL
cancel | alexa tamam vergiss es | CANCEL
cancel | alexa nicht so wichtig vergiss die frage | CANCEL
cancel | alexa ach egal abbruch | CANCEL
cancel | alexa die frage hat sich erledigt | CANCEL
cancel | alexa abbrechen mein mann weiß es schon | CANCEL
cancel | alexa vergiss das wir haben es im atlas gefunden | CANCEL
cancel | alexa lass mal war nur ein versehen | CANCEL
cancel | alexa brich das ab | CANCEL
cancel | alexa forget it ist nicht wichtig | CANCEL
cancel | alexa ne vergiss es bruder | CANCEL
cancel | alexa storno bitte | CANCEL
cancel | alexa ich ziehe die frage zurück | CANCEL
cancel | alexa ach lass es doch | CANCEL
cancel | alexa vergessen sie die frage bitte | CANCEL
cancel | alexa etz lass halt | CANCEL
cancel | alexa ha noi vergiss es | CANCEL
cancel | alexa nee doch nicht abbrechen | CANCEL
cancel | alexa das war der fernseher vergiss es | CANCEL
cancel | alexa abbruch ich hab mich versprochen | CANCEL
cancel | alexa oh sorry abbrechen | CANCEL
cancel | alexa lass gut sein alexa | CANCEL
cancel | alexa okay vergiss alles was ich gesagt habe | CANCEL
cancel | alexa war ein fehler abbrechen bitte | CANCEL
cancel | alexa nix vergiss es | CANCEL
cancel | alexa ach lass mal ich frag meinen lehrer | CANCEL
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | alexa starte bitte hauptstädte der welt | LAUNCH
launch | alexa ha noi mach mol hauptstädte der welt auf | LAUNCH
launch | alexa nu starte ma hauptstädte der welt | LAUNCH
launch | alexa ick will hauptstädte der welt spielen | LAUNCH
launch | alexa moin öffne mal hauptstädte der welt | LAUNCH
launch | alexa ei gude starte hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt starten | LAUNCH
launch | alexa lass uns hauptstädte der welt spielen | LAUNCH
launch | alexa spiel hauptstädte der welt für die kinder | LAUNCH
launch | alexa öffne hauptstädte der welt wir lernen für den erdkundetest | LAUNCH
launch | alexa kannst du bitte hauptstädte der welt öffnen | LAUNCH
launch | alexa abi hauptstädte der welt aç bitte | LAUNCH
launch | alexa open hauptstädte der welt please | LAUNCH
launch | alexa starte den skill hauptstädte der welt | LAUNCH
launch | alexa ich möchte hauptstädte der welt öffnen | LAUNCH
launch | alexa würden sie bitte hauptstädte der welt starten | LAUNCH
launch | alexa mach hauptstädte der welt an | LAUNCH
launch | alexa guten abend öffne hauptstädte der welt | LAUNCH
launch | alexa aktiviere hauptstädte der welt | LAUNCH
launch | alexa etz starte fei hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt bitte | LAUNCH
launch | alexa öffne mal die hauptstädte der welt | LAUNCH
launch | alexa spiele hauptstädte der welt mit mir | LAUNCH
launch | alexa ich will mit hauptstädte der welt üben | LAUNCH
launch | alexa starte hauptstädte der welt für oma | LAUNCH
launch | alexa yalla öffne hauptstädte der welt | LAUNCH
launch | alexa bitte öffne den skill hauptstädte der welt | LAUNCH
launch | alexa los geht's starte hauptstädte der welt | LAUNCH
launch | alexa öffne hauptstädte der welt kinder passt auf | LAUNCH
out-of-domain | alexa wie wird das wetter morgen in stuttgart | FB
out-of-domain | alexa ha noi wann fährt die nächste stadtbahn | FB
out-of-domain | alexa nu spiel mal was von den prinzen | FB
out-of-domain | alexa icke will wissen wann hertha spielt | FB
out-of-domain | alexa ei gude wie steht die eintracht | FB
out-of-domain | alexa moin wann ist hochwasser in norddeich | FB
out-of-domain | alexa ei joo wie spät is es | FB
out-of-domain | alexa wie jeht et dem fc | FB
out-of-domain | alexa etz sag fei wie viel grad hat's draußen | FB
out-of-domain | alexa stell einen timer auf zehn minuten | FB
out-of-domain | alexa schalte das licht im wohnzimmer aus | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa spiel deutschlandfunk | FB
out-of-domain | alexa wie viele einwohner hat berlin | FB
out-of-domain | alexa wie weit ist es von hamburg nach kopenhagen | FB
out-of-domain | alexa welche sprache spricht man in belgien | FB
out-of-domain | alexa was ist die währung von polen | FB
out-of-domain | alexa wie hoch ist die zugspitze | FB
out-of-domain | alexa wie lang ist der rhein | FB
out-of-domain | alexa wer ist der bundeskanzler | FB
out-of-domain | alexa wer ist präsident von frankreich | FB
out-of-domain | alexa was ist die größte stadt der türkei | FB
out-of-domain | alexa wie viel kapital brauche ich für eine gmbh | FB
out-of-domain | alexa was heißt kapital auf englisch | FB
out-of-domain | alexa wer hat das kapital geschrieben | FB
out-of-domain | alexa was ist ein kapitalverbrechen | FB
out-of-domain | alexa wie schreibt man hauptstadt | FB
out-of-domain | alexa was ist die hauptstadt des fußballs | FB
out-of-domain | alexa welche stadt ist die europäische kulturhauptstadt dieses jahr | FB
out-of-domain | alexa was ist die hauptstadt von bayern in der nfl | FB
out-of-domain | alexa was ist die hauptstadt von schwaben | FB
out-of-domain | alexa was ist die hauptstadt von franken | FB
out-of-domain | alexa welche stadt ist hauptstadt vom vogtland | FB
out-of-domain | alexa was ist die hauptstadt von ostfriesland | FB
out-of-domain | alexa hauptstadt vom allgäu | FB
out-of-domain | alexa was ist die hauptstadt der lausitz | FB
out-of-domain | alexa welche stadt ist hauptstadt vom sauerland | FB
out-of-domain | alexa hauptstadt von nordhessen | FB
out-of-domain | alexa was ist die hauptstadt von oberfranken | FB
out-of-domain | alexa was ist die hauptstadt vom eichsfeld | FB
out-of-domain | alexa hauptstadt der uckermark | FB
out-of-domain | alexa was ist die hauptstadt des erzgebirges | FB
out-of-domain | alexa was ist die hauptstadt von vorpommern allein | FB
out-of-domain | alexa was ist die hauptstadt von tirol | FB
out-of-domain | alexa welche stadt ist hauptstadt von kärnten | FB
out-of-domain | alexa hauptstadt vom kanton zürich | FB
out-of-domain | alexa was ist die hauptstadt von andalusien | FB
out-of-domain | alexa hauptstadt der toskana | FB
out-of-domain | alexa was ist die hauptstadt von sizilien | FB
out-of-domain | alexa was ist die hauptstadt der normandie | FB
out-of-domain | alexa welche stadt ist hauptstadt von flandern | FB
out-of-domain | alexa was ist die hauptstadt von masuren | FB
out-of-domain | alexa hauptstadt von schlesien | FB
out-of-domain | alexa was ist die hauptstadt von anatolien | FB
out-of-domain | alexa was ist die hauptstadt von kappadokien | FB
out-of-domain | alexa hauptstadt von tschetschenien | FB
out-of-domain | alexa was ist die hauptstadt von tatarstan | FB
out-of-domain | alexa was ist die hauptstadt von sansibar | FB
out-of-domain | alexa was ist die hauptstadt von bali | FB
out-of-domain | alexa welche stadt ist hauptstadt von sumatra | FB
out-of-domain | alexa was ist die hauptstadt von tibet | FB
out-of-domain | alexa hauptstadt der inneren mongolei | FB
out-of-domain | alexa was ist die hauptstadt von dalmatien | FB
out-of-domain | alexa was ist die hauptstadt von istrien | FB
out-of-domain | alexa was ist die hauptstadt von korsika | FB
out-of-domain | alexa welche stadt ist die hauptstadt von teneriffa | FB
out-of-domain | alexa was ist die hauptstadt von ibiza | FB
out-of-domain | alexa was ist die hauptstadt von rügen | FB
out-of-domain | alexa was ist die hauptstadt von sylt | FB
out-of-domain | alexa was ist die hauptstadt von skandinavien | FB
out-of-domain | alexa was ist die hauptstadt von asien | FB
out-of-domain | alexa was ist die hauptstadt von südamerika | FB
out-of-domain | alexa was ist die hauptstadt vom nahen osten | FB
out-of-domain | alexa was ist die hauptstadt der europäischen union | FB
out-of-domain | alexa was war die hauptstadt der bonner republik | FB
out-of-domain | alexa was war die hauptstadt von österreich-ungarn | FB
out-of-domain | alexa was war die hauptstadt der tschechoslowakei | FB
out-of-domain | alexa was war die hauptstadt des osmanischen reiches | FB
out-of-domain | alexa was war die hauptstadt von mesopotamien | FB
out-of-domain | alexa was war die hauptstadt der inka | FB
out-of-domain | alexa was war die hauptstadt von sparta | FB
out-of-domain | alexa was war die hauptstadt von karthago | FB
out-of-domain | alexa was war die hauptstadt von bayern vor münchen | FB
out-of-domain | alexa was war die hauptstadt der wikinger | FB
out-of-domain | alexa was war die hauptstadt von sachsen unter august dem starken | FB
out-of-domain | alexa was ist die hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt von narnia | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa was ist die hauptstadt von panem | FB
out-of-domain | alexa was ist die hauptstadt von gondor | FB
out-of-domain | alexa was ist die hauptstadt von hyrule | FB
out-of-domain | alexa was ist die hauptstadt von bielefeld gibt es das überhaupt | FB
out-of-domain | alexa was ist die hauptstadt von takatuka-land | FB
out-of-domain | alexa was ist die hauptstadt von phantásien | FB
out-of-domain | alexa was ist die hauptstadt von gallien bei asterix | FB
out-of-domain | alexa welche stadt ist hauptstadt im königreich arendelle | FB
out-of-domain | alexa was ist die hauptstadt der galaxis in star wars | FB
out-of-domain | alexa was ist die hauptstadt von tatooine | FB
out-of-domain | alexa was ist die hauptstadt von teyvat | FB
out-of-domain | alexa was ist die hauptstadt von los santos | FB
out-of-domain | alexa wer hat die hauptstadt berlin gegründet | FB
out-of-domain | alexa wann wurde berlin wieder hauptstadt | FB
out-of-domain | alexa was kostet ein flug nach madrid | FB
out-of-domain | alexa wie ist das wetter in paris | FB
out-of-domain | alexa zeig mir die karte von afrika | FB
out-of-domain | alexa was kann man in prag besichtigen | FB
out-of-domain | alexa wie spät ist es in tokio | FB
out-of-domain | alexa welche hauptstadt ist am größten | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa in welchem land liegt timbuktu | FB
out-of-domain | alexa wo liegt die hauptstadt von norwegen auf der karte | FB
out-of-domain | alexa nu was gibt's heut im fernsehen | FB
out-of-domain | alexa icke brauch n taxi zum alex | FB
out-of-domain | alexa ei gude ruf die oma an | FB
out-of-domain | alexa abi spiel tarkan | FB
out-of-domain | alexa no to pusc disco polo | FB
out-of-domain | alexa yalla spiel arabische musik | FB
out-of-domain | alexa slushai wie viel kostet ein euro in rubel | FB
out-of-domain | alexa allora wie koche ich risotto | FB
out-of-domain | alexa ela re spiel sirtaki | FB
out-of-domain | alexa ajde brate wie steht dinamo zagreb | FB
out-of-domain | alexa cara toca um samba | FB
out-of-domain | alexa yaar bollywood songs spielen | FB
out-of-domain | alexa erzähl mir einen witz über berliner | FB
out-of-domain | alexa wie heißt die hauptstadt auf französisch | FB
out-of-domain | alexa was bedeutet hauptstadt | FB
out-of-domain | alexa wie viele hauptstädte kennst du | FB
out-of-domain | alexa welche hauptstadt magst du am liebsten | FB
out-of-domain | alexa welches land hat die meisten einwohner | FB
out-of-domain | alexa welches ist das kleinste land der welt | FB
out-of-domain | alexa was ist die hauptstadt der welt | FB
out-of-domain | alexa was ist die hauptstadt von mir | FB
out-of-domain | alexa bruder wer hat gestern champions league gewonnen | FB
out-of-domain | alexa sheesh spiel den neuen song von apache | FB
out-of-domain | alexa lowkey mach meine playlist an | FB
out-of-domain | alexa mein enkel kommt morgen erinnere mich um neun | FB
out-of-domain | alexa wann ist die rente dieses monat da | FB
out-of-domain | alexa wie lange kocht ein frühstücksei | FB
out-of-domain | alexa übersetze hauptstadt ins türkische | FB
out-of-domain | alexa was heißt guten tag auf polnisch | FB
out-of-domain | alexa buchstabiere reykjavík | FB
out-of-domain | alexa wie spricht man ouagadougou aus | FB
out-of-domain | alexa wie viele bundesländer hat deutschland | FB
out-of-domain | alexa welches bundesland ist das größte | FB
out-of-domain | alexa welcher fluss fließt durch wien | FB
out-of-domain | alexa öffne quizduell | FB
out-of-domain | alexa starte flaggen der welt | FB
out-of-domain | alexa öffne länder der welt | FB
out-of-domain | alexa starte das große erdkunde quiz | FB
out-of-domain | alexa kapitalismus einfach erklärt | FB
out-of-domain | alexa wie steht der dax | FB
out-of-domain | alexa was ist ein kapitän | FB
out-of-domain | alexa was ist ein kapitel | FB
out-of-domain | alexa lies mir das nächste kapitel vor | FB
out-of-domain | alexa ist berlin eine schöne stadt | FB
out-of-domain | alexa wie heißt die hauptstraße in hamburg | FB
out-of-domain | alexa was ist die hauptstadt von sachsen in der ddr gewesen | FB
out-of-domain | alexa welche stadt war hauptstadt der ddr | FB
out-of-domain | alexa was ist die hauptstadt von hohenzollern | FB
out-of-domain | alexa was ist die heimliche hauptstadt von bayern | FB
out-of-domain | alexa welche stadt ist die fahrradhauptstadt deutschlands | FB
out-of-domain | alexa welche stadt ist die hauptstadt des weins in der pfalz | FB
out-of-domain | alexa wo ist die partyhauptstadt europas | FB
out-of-domain | alexa was ist die hauptstadt der schokolade | FB
out-of-domain | alexa hauptstadt der liebe ist doch paris oder | FB
out-of-domain | alexa was ist die wirtschaftshauptstadt von brasilien | FB
out-of-domain | alexa hauptstadt von hollywood | FB
out-of-domain | alexa was ist die hauptstadt von new york city | FB
out-of-domain | alexa was ist die hauptstadt von köln | FB
out-of-domain | alexa was ist die hauptstadt von leipzig | FB
out-of-domain | alexa was ist die hauptstadt von nürnberg | FB
out-of-domain | alexa was ist die hauptstadt von istanbul | FB
out-of-domain | alexa welche stadt ist die hauptstadt von kurdistan im irak | FB
out-of-domain | alexa was ist die hauptstadt von transnistrien | FB
out-of-domain | alexa was ist die hauptstadt von abchasien | FB
out-of-domain | alexa was ist die hauptstadt von somaliland | FB
out-of-domain | alexa was ist die hauptstadt von nordzypern | FB
out-of-domain | alexa was ist die hauptstadt von schottland im mittelalter gewesen | FB
out-of-domain | alexa gibt es eine hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt vom mars | FB
yes-no-check | alexa ist ankara die hauptstadt der türkei oder istanbul | TR
yes-no-check | alexa stimmt es dass canberra die hauptstadt von australien ist | AU
yes-no-check | alexa ha noi isch karlsruhe net d hauptstadt vo baden-württemberg | DE-BW
yes-no-check | alexa nu is leipzig die hauptstadt von sachsen oder dresden | DE-SN
yes-no-check | alexa icke dachte potsdam is hauptstadt von brandenburg stimmt dit | DE-BB
yes-no-check | alexa ei gude is frankfurt die hauptstadt von hessen | DE-HE
yes-no-check | alexa moin ist oldenburg die hauptstadt von niedersachsen | DE-NI
yes-no-check | alexa ei joo is saarbrigge die hauptstadt vom saarland | DE-SL
yes-no-check | alexa is köln die hauptstadt von nordrhein-westfalen | DE-NW
yes-no-check | alexa etz sag amal is nürnberg die hauptstadt von bayern | DE-BY
yes-no-check | alexa ist weimar die hauptstadt von thüringen | DE-TH
yes-no-check | alexa ist halle die hauptstadt von sachsen-anhalt | DE-ST
yes-no-check | alexa ist rostock die hauptstadt von mecklenburg-vorpommern | DE-MV
yes-no-check | alexa ist lübeck die hauptstadt von schleswig-holstein | DE-SH
yes-no-check | alexa ist koblenz die landeshauptstadt von rheinland-pfalz | DE-RP
yes-no-check | alexa abi istanbul ist doch hauptstadt oder | TR
yes-no-check | alexa no to krakau ist hauptstadt von polen ja | PL
yes-no-check | alexa slushai ist sankt petersburg die hauptstadt von russland | RU
yes-no-check | alexa yalla ist damaskus wirklich die hauptstadt von syrien | SY
yes-no-check | alexa allora mailand è la hauptstadt von italien no | IT
yes-no-check | alexa ela ist thessaloniki die hauptstadt von griechenland | GR
yes-no-check | alexa brate ist belgrad noch hauptstadt von serbien | RS
yes-no-check | alexa vale barcelona es la hauptstadt de españa oder | ES
yes-no-check | alexa ist zürich die hauptstadt der schweiz | CH
yes-no-check | alexa ist genf die hauptstadt der schweiz | CH
yes-no-check | alexa ist new york die hauptstadt der usa | US
yes-no-check | alexa ist toronto die hauptstadt von kanada | CA
yes-no-check | alexa ist sydney die hauptstadt von australien | AU
yes-no-check | alexa ist rio de janeiro die hauptstadt von brasilien | BR
yes-no-check | alexa ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist lagos die hauptstadt von nigeria | NG
yes-no-check | alexa ist casablanca die hauptstadt von marokko | MA
yes-no-check | alexa ist almaty noch die hauptstadt von kasachstan | KZ
yes-no-check | alexa ist dar es salaam die hauptstadt von tansania | TZ
yes-no-check | alexa ist yangon die hauptstadt von myanmar | MM
yes-no-check | alexa ist karachi die hauptstadt von pakistan | PK
yes-no-check | alexa yaar ist mumbai die hauptstadt von indien | IN
yes-no-check | alexa ist tel aviv die hauptstadt von israel | IL
yes-no-check | alexa ist shanghai die hauptstadt von china | CN
yes-no-check | alexa ist osaka oder tokio die hauptstadt von japan | JP
yes-no-check | alexa ist ho chi minh stadt die hauptstadt von vietnam | VN
yes-no-check | alexa ist kapstadt eine der hauptstädte von südafrika | ZA
yes-no-check | alexa ist den haag die hauptstadt der niederlande | NL
yes-no-check | alexa ist antwerpen die hauptstadt von belgien | BE
yes-no-check | alexa ist glasgow die hauptstadt von schottland | GB-SCT
yes-no-check | alexa ist swansea die hauptstadt von wales | GB-WLS
yes-no-check | alexa ist los angeles die hauptstadt von kalifornien | US-CA
yes-no-check | alexa ist miami die hauptstadt von florida | US-FL
yes-no-check | alexa ist chicago die hauptstadt von illinois | US-IL
yes-no-check | alexa ist houston die hauptstadt von texas | US-TX
yes-no-check | alexa ist seattle die hauptstadt vom bundesstaat washington | US-WA
yes-no-check | alexa ist las vegas die hauptstadt von nevada | US-NV
yes-no-check | alexa ist montreal die hauptstadt von quebec | CA-QC
yes-no-check | alexa ist vancouver die hauptstadt von british columbia | CA-BC
yes-no-check | alexa ist sydney die hauptstadt von new south wales | AU-NSW
yes-no-check | alexa ist cancún die hauptstadt von quintana roo | MX-ROO
yes-no-check | alexa ist acapulco die hauptstadt von guerrero | MX-GRO
yes-no-check | alexa ist santos die hauptstadt von são paulo | BR-SP
yes-no-check | alexa ist nuuk wirklich die hauptstadt von grönland | GL
yes-no-check | alexa ist bonn noch hauptstadt von deutschland | DE
yes-no-check | alexa ich glaube gitega ist jetzt hauptstadt von burundi richtig | BI
yes-no-check | alexa stimmt es dass bern keine offizielle hauptstadt ist | CH
self-correction | alexa hauptstadt von schweden ach nee norwegen | NO
self-correction | alexa was ist die hauptstadt von slowenien ich meine slowakei | SK
self-correction | alexa hauptstadt von österreich nein australien | AU
self-correction | alexa die hauptstadt von island äh irland | IE
self-correction | alexa was ist die hauptstadt von gambia nee sambia | ZM
self-correction | alexa hauptstadt von niger ach quatsch nigeria | NG
self-correction | alexa was ist die hauptstadt von iran sorry irak | IQ
self-correction | alexa hauptstadt von kolumbien nein bolivien | BO
self-correction | alexa die hauptstadt von guinea ich meine guinea-bissau | GW
self-correction | alexa hauptstadt von lettland oder nee litauen | LT
self-correction | alexa ha noi hauptstadt vo bayern noi vo baden-württemberg | DE-BW
self-correction | alexa nu die hauptstadt von sachsen-anhalt nee sachsen | DE-SN
self-correction | alexa icke meen die hauptstadt von brandenburg nee mecklenburg-vorpommern | DE-MV
self-correction | alexa hauptstadt von north dakota quatsch south dakota | US-SD
self-correction | alexa was ist die hauptstadt von virginia nein west virginia | US-WV
self-correction | alexa hauptstadt von nova scotia nee new brunswick | CA-NB
self-correction | alexa die hauptstadt von südaustralien ach western australia | AU-WA
self-correction | alexa hauptstadt von mali nee malawi | MW
self-correction | alexa was ist die hauptstadt von dominica warte dominikanische republik | DO
self-correction | alexa hauptstadt von tschechien äh tschad | TD
self-correction | alexa abi hauptstadt von aserbaidschan yok armenien | AM
self-correction | alexa hauptstadt von montenegro nee mazedonien nordmazedonien | MK
self-correction | alexa hauptstadt vom kongo dem großen also kinshasa kongo | CD
self-correction | alexa hauptstadt von paraguay nein stopp uruguay | UY
self-correction | alexa was ist die hauptstadt von korea also südkorea | KR
self-correction | alexa hauptstadt von kirgistan nein tadschikistan | TJ
self-correction | alexa hauptstadt von honduras nee nicaragua | NI
self-correction | alexa die hauptstadt von indien ne pakistan meinte ich | PK
self-correction | alexa hauptstadt von mauritius nein mauretanien | MR
self-correction | alexa was ist die hauptstadt von schottland ach nee wales | GB-WLS
self-correction | alexa hauptstadt von kerala nein karnataka | IN-KA
self-correction | alexa die hauptstadt von sonora ach sinaloa | MX-SIN
self-correction | alexa hauptstadt von paraná nein pará | BR-PA
self-correction | alexa hauptstadt von österreich ich meine die von der schweiz | CH
self-correction | alexa was ist die hauptstadt von samoa nein tonga | TO
reverse-question | alexa wiesbaden ist die hauptstadt von welchem bundesland | CITY:Wiesbaden
reverse-question | alexa von was ist erfurt die hauptstadt | CITY:Erfurt
reverse-question | alexa ha noi wo isch stuttgart hauptstadt vo | CITY:Stuttgart
reverse-question | alexa nu dresden is hauptstadt von was | CITY:Dresden
reverse-question | alexa schwerin ist hauptstadt von welchem land | CITY:Schwerin
reverse-question | alexa kiel ist die hauptstadt wovon | CITY:Kiel
reverse-question | alexa welches land hat tiflis als hauptstadt | CITY:Tiflis
reverse-question | alexa eriwan ist die hauptstadt von welchem land | CITY:Eriwan
reverse-question | alexa zu welchem land gehört die hauptstadt ouagadougou | CITY:Ouagadougou
reverse-question | alexa welches land hat die hauptstadt ulaanbaatar | CITY:Ulaanbaatar
reverse-question | alexa bischkek ist hauptstadt von welchem staat | CITY:Bischkek
reverse-question | alexa duschanbe ist die hauptstadt von wo | CITY:Duschanbe
reverse-question | alexa von welchem land ist windhoek die hauptstadt | CITY:Windhoek
reverse-question | alexa wovon ist montevideo die hauptstadt | CITY:Montevideo
reverse-question | alexa welches land hat tegucigalpa als hauptstadt | CITY:Tegucigalpa
reverse-question | alexa paramaribo ist die hauptstadt von welchem land | CITY:Paramaribo
reverse-question | alexa vaduz ist hauptstadt von was | CITY:Vaduz
reverse-question | alexa welches land hat valletta als hauptstadt | CITY:Valletta
reverse-question | alexa ljubljana ist die hauptstadt von welchem land | CITY:Ljubljana
reverse-question | alexa welches land regiert von podgorica aus | CITY:Podgorica
reverse-question | alexa canberra ist hauptstadt von welchem land | CITY:Canberra
reverse-question | alexa welches land hat naypyidaw als hauptstadt | CITY:Naypyidaw
reverse-question | alexa von welchem staat in amerika ist sacramento die hauptstadt | CITY:Sacramento
reverse-question | alexa tallahassee ist die hauptstadt von welchem us staat | CITY:Tallahassee
reverse-question | alexa welcher bundesstaat hat albany als hauptstadt | CITY:Albany
reverse-question | alexa wovon ist springfield die hauptstadt | CITY:Springfield
reverse-question | alexa wovon ist columbia die hauptstadt | CITY:Columbia
reverse-question | alexa wovon ist charleston die hauptstadt | CITY:Charleston
reverse-question | alexa welche provinz hat regina als hauptstadt | CITY:Regina
reverse-question | alexa wovon ist winnipeg die hauptstadt | CITY:Winnipeg
reverse-question | alexa hobart ist die hauptstadt wovon | CITY:Hobart
reverse-question | alexa wovon ist perth die hauptstadt | CITY:Perth
reverse-question | alexa welcher indische staat hat lucknow als hauptstadt | CITY:Lucknow
reverse-question | alexa wovon ist chandigarh die hauptstadt | CITY:Chandigarh
reverse-question | alexa wovon ist shimla die hauptstadt | CITY:Shimla
reverse-question | alexa welcher brasilianische staat hat manaus als hauptstadt | CITY:Manaus
reverse-question | alexa von welchem staat ist porto alegre die hauptstadt | CITY:Porto Alegre
reverse-question | alexa wovon ist guadalajara die hauptstadt | CITY:Guadalajara
reverse-question | alexa wovon ist monterrey die hauptstadt | CITY:Monterrey
reverse-question | alexa welches land hat victoria als hauptstadt | CITY:Victoria
reverse-question | alexa zu welchem land gehört george town als hauptstadt | CITY:George Town
reverse-question | alexa wovon ist douglas die hauptstadt | CITY:Douglas
reverse-question | alexa nuuk ist hauptstadt wovon | CITY:Nuuk
reverse-question | alexa welches land hat taipeh als hauptstadt | CITY:Taipeh
reverse-question | alexa wovon ist pristina die hauptstadt | CITY:Pristina
reverse-question | alexa ramallah ist die hauptstadt wovon | CITY:Ramallah
reverse-question | alexa von wo ist aschgabat die hauptstadt | CITY:Aşgabat
reverse-question | alexa welches land hat abuja als hauptstadt | CITY:Abuja
reverse-question | alexa yalla amman ist hauptstadt von welches land | CITY:Amman
reverse-question | alexa welches land hat kingstown als hauptstadt | CITY:Kingstown
official-name | alexa was ist die hauptstadt der bundesrepublik deutschland | DE
official-name | alexa hauptstadt der republik österreich | AT
official-name | alexa was ist die hauptstadt der schweizerischen eidgenossenschaft | CH
official-name | alexa welche stadt ist hauptstadt der französischen republik | FR
official-name | alexa hauptstadt der italienischen republik | IT
official-name | alexa was ist die hauptstadt des königreichs spanien | ES
official-name | alexa hauptstadt der portugiesischen republik | PT
official-name | alexa was ist die hauptstadt des königreichs der niederlande | NL
official-name | alexa welche stadt ist hauptstadt des königreichs belgien | BE
official-name | alexa hauptstadt des großherzogtums luxemburg | LU
official-name | alexa was ist die hauptstadt des fürstentums liechtenstein | LI
official-name | alexa hauptstadt des fürstentums monaco | MC
official-name | alexa was ist die hauptstadt des königreichs dänemark | DK
official-name | alexa hauptstadt des königreichs norwegen | NO
official-name | alexa was ist die hauptstadt der republik polen | PL
official-name | alexa hauptstadt der tschechischen republik | CZ
official-name | alexa was ist die hauptstadt der slowakischen republik | SK
official-name | alexa hauptstadt der hellenischen republik | GR
official-name | alexa was ist die hauptstadt der russischen föderation | RU
official-name | alexa hauptstadt der republik türkei | TR
official-name | alexa was ist die hauptstadt der arabischen republik ägypten | EG
official-name | alexa hauptstadt des haschemitischen königreichs jordanien | JO
official-name | alexa was ist die hauptstadt des königreichs saudi-arabien | SA
official-name | alexa hauptstadt der islamischen republik iran | IR
official-name | alexa was ist die hauptstadt der islamischen republik pakistan | PK
official-name | alexa hauptstadt der volksrepublik china | CN
official-name | alexa was ist die hauptstadt der demokratischen volksrepublik korea | KP
official-name | alexa hauptstadt der republik korea | KR
official-name | alexa was ist die hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt des vereinigten königreichs von großbritannien und nordirland | GB
official-name | alexa hauptstadt der vereinigten staaten von amerika | US
official-name | alexa was ist die hauptstadt der vereinigten mexikanischen staaten | MX
official-name | alexa hauptstadt der föderativen republik brasilien | BR
official-name | alexa was ist die hauptstadt der bolivarischen republik venezuela | VE
official-name | alexa hauptstadt des plurinationalen staates bolivien | BO
official-name | alexa was ist die hauptstadt der bundesrepublik nigeria | NG
official-name | alexa hauptstadt der demokratischen bundesrepublik äthiopien | ET
official-name | alexa was ist die hauptstadt der vereinigten republik tansania | TZ
official-name | alexa hauptstadt der republik der philippinen | PH
official-name | alexa was ist die hauptstadt des freistaats bayern | DE-BY
official-name | alexa hauptstadt des freistaats sachsen | DE-SN
official-name | alexa was ist die hauptstadt des freistaats thüringen | DE-TH
official-name | alexa hauptstadt des commonwealth of australia | AU
everyday-name | alexa was ist die hauptstadt von amiland | US
everyday-name | alexa hauptstadt von holland | NL
everyday-name | alexa was ist die hauptstadt von england also vom ganzen königreich | GB
everyday-name | alexa hauptstadt von persien heute | IR
everyday-name | alexa was ist die hauptstadt von burma | MM
everyday-name | alexa hauptstadt von weißrussland | BY
everyday-name | alexa was ist die hauptstadt von swasiland | SZ
everyday-name | alexa hauptstadt von ceylon heute sri lanka | LK
everyday-name | alexa was ist die hauptstadt von tschechei | CZ
everyday-name | alexa hauptstadt von mazedonien | MK
everyday-name | alexa was ist die hauptstadt von der ivory coast | CI
everyday-name | alexa hauptstadt von kap verde inseln | CV
everyday-name | alexa was ist die hauptstadt von moldavien | MD
everyday-name | alexa hauptstadt von kirgisien | KG
everyday-name | alexa was ist die hauptstadt von osttimor | TL
everyday-name | alexa hauptstadt von bayern also vom freistaat | DE-BY
everyday-name | alexa ha noi was isch hauptstadt vom ländle | DE-BW
everyday-name | alexa hauptstadt von meck pomm | DE-MV
everyday-name | alexa was ist die hauptstadt von nrw | DE-NW
everyday-name | alexa nu hauptstadt vom freistaat sachsen | DE-SN
everyday-name | alexa hauptstadt von den emiraten | AE
everyday-name | alexa was ist die hauptstadt von dubai dem land | AE
everyday-name | alexa hauptstadt von bosnien | BA
everyday-name | alexa was ist die hauptstadt von trinidad | TT
everyday-name | alexa hauptstadt von antigua | AG
everyday-name | alexa was ist die hauptstadt von papua | PG
everyday-name | alexa hauptstadt von zentralafrika | CF
everyday-name | alexa was ist die hauptstadt von neuguinea dem staat | PG
everyday-name | alexa hauptstadt von kalifornia | US-CA
everyday-name | alexa was ist die hauptstadt von jersey in amerika | US-NJ
everyday-name | alexa hauptstadt von der dom rep | DO
everyday-name | alexa was ist die hauptstadt von tobago und trinidad | TT
everyday-name | alexa hauptstadt von bhutan dem himalaya königreich | BT
everyday-name | alexa was ist die hauptstadt vom vereinigten königreich also uk | GB
everyday-name | alexa hauptstadt von den staaten | US
everyday-name | alexa was ist die hauptstadt von kongo brazza | CG
everyday-name | alexa hauptstadt von st vincent | VC
shared-name | alexa was ist die hauptstadt von georgia | GE+US-GA
shared-name | alexa hauptstadt von georgien dem land im kaukasus | GE
shared-name | alexa was ist die hauptstadt von georgia wo atlanta liegt | US-GA
shared-name | alexa hauptstadt vom kongo | CD+CG
shared-name | alexa was ist die hauptstadt von washington | US-WA
shared-name | alexa hauptstadt vom bundesstaat washington nicht der stadt | US-WA
shared-name | alexa was ist die hauptstadt von new york | US-NY
shared-name | alexa hauptstadt von luxemburg | LU
shared-name | alexa was ist die hauptstadt von mexiko dem land | MX
shared-name | alexa hauptstadt von méxico dem bundesstaat | MX-MEX
shared-name | alexa was ist die hauptstadt von guinea | GN
shared-name | alexa hauptstadt von äquatorialguinea nicht guinea | GQ
shared-name | alexa was ist die hauptstadt der jungferninseln | VG+VI
shared-name | alexa hauptstadt der britischen jungferninseln nicht der amerikanischen | VG
shared-name | alexa was ist die hauptstadt von punjab | IN-PB
shared-name | alexa hauptstadt von victoria in australien | AU-VIC
shared-name | alexa was ist die hauptstadt von korea | KP+KR
shared-name | alexa hauptstadt von sudan und südsudan | SD+SS
shared-name | alexa was ist die hauptstadt von samoa nicht amerikanisch samoa | WS
shared-name | alexa hauptstadt von amerikanisch samoa | AS
shared-name | alexa was ist die hauptstadt von rio de janeiro dem staat | BR-RJ
shared-name | alexa hauptstadt von são paulo dem bundesstaat | BR-SP
plural-capitals | alexa welche hauptstädte hat bolivien | BO
plural-capitals | alexa nu sach ma alle hauptstädte von südafrika | ZA
plural-capitals | alexa wie viele hauptstädte hat südafrika und welche | ZA
plural-capitals | alexa die beiden hauptstädte der niederlande | NL
plural-capitals | alexa hat holland zwei hauptstädte amsterdam und den haag | NL
plural-capitals | alexa welche städte sind hauptstadt von malaysia | MY
plural-capitals | alexa hauptstädte von benin | BJ
plural-capitals | alexa ist cotonou oder porto novo hauptstadt von benin beide | BJ
plural-capitals | alexa welche zwei hauptstädte hat sri lanka | LK
plural-capitals | alexa colombo und die andere hauptstadt von sri lanka | LK
plural-capitals | alexa welche hauptstädte hat die elfenbeinküste | CI
plural-capitals | alexa abidjan oder yamoussoukro welche ist hauptstadt | CI
plural-capitals | alexa die zwei hauptstädte von eswatini | SZ
plural-capitals | alexa welche hauptstädte hat swasiland | SZ
plural-capitals | alexa sucre oder la paz was ist die hauptstadt von bolivien | BO
plural-capitals | alexa palästina hat welche hauptstädte | PS
plural-capitals | alexa ramallah und ostjerusalem hauptstädte von palästina | PS
plural-capitals | alexa putrajaya und kuala lumpur sind beide hauptstädte oder | MY
plural-capitals | alexa icke will alle drei hauptstädte von südafrika hörn | ZA
plural-capitals | alexa welche hauptstädte haben bolivien und südafrika | BO+ZA
plural-capitals | alexa die hauptstädte von malaysia und sri lanka | LK+MY
plural-capitals | alexa welche zwei hauptstädte hat jammu und kaschmir | IN-JK
plural-capitals | alexa hat montserrat zwei hauptstädte | MS
plural-capitals | alexa hauptstädte von den benelux staaten | BE+LU+NL
plural-capitals | alexa was sind die hauptstädte von deutschland österreich und der schweiz | AT+CH+DE
plural-capitals | alexa hauptstädte von spanien und portugal | ES+PT
plural-capitals | alexa die hauptstädte vom baltikum | EE+LT+LV
plural-capitals | alexa hauptstädte von dänemark schweden und norwegen | DK+NO+SE
plural-capitals | alexa was sind die hauptstädte von england schottland und wales | GB-ENG+GB-SCT+GB-WLS
follow-up | und von frankreich | FR
follow-up | und was ist mit italien | IT
follow-up | und die von spanien | ES
follow-up | nu und von polen | PL
follow-up | und wat is mit tschechien | CZ
follow-up | ha noi und vo österreich | AT
follow-up | ei und vun ungarn | HU
follow-up | und die von kroatien bitte | HR
follow-up | okay und von slowenien | SI
follow-up | und dann noch rumänien | RO
follow-up | und bulgarien | BG
follow-up | jetzt noch griechenland | GR
follow-up | und danach die türkei | TR
follow-up | und zypern wie ist das | CY
follow-up | noch eine und zwar malta | MT
follow-up | und was ist die von portugal | PT
follow-up | und irland | IE
follow-up | und wie ist es bei schottland | GB-SCT
follow-up | und die nächste kanada | CA
follow-up | und jetzt die usa | US
follow-up | und mexiko | MX
follow-up | und was hat guatemala | GT
follow-up | und von kuba | CU
follow-up | und die hauptstadt von jamaika | JM
follow-up | und peru | PE
follow-up | und chile bitte | CL
follow-up | und argentinien dann | AR
follow-up | und kolumbien | CO
follow-up | und venezuela noch | VE
follow-up | und ecuador | EC
follow-up | und was ist mit marokko | MA
follow-up | und tunesien | TN
follow-up | und algerien dazu | DZ
follow-up | und ägypten noch | EG
follow-up | und kenia | KE
follow-up | und äthiopien | ET
follow-up | und ghana | GH
follow-up | und senegal | SN
follow-up | und von indien | IN
follow-up | und nepal | NP
follow-up | und bangladesch | BD
follow-up | und thailand | TH
follow-up | und indonesien | ID
follow-up | und die philippinen | PH
follow-up | und japan dann | JP
follow-up | und die mongolei | MN
follow-up | und noch von hessen | DE-HE
follow-up | und von sachsen-anhalt | DE-ST
follow-up | und vom saarland | DE-SL
follow-up | und texas | US-TX
follow-up | und ontario | CA-ON
follow-up | und queensland | AU-QLD
follow-up | und bahia | BR-BA
follow-up | und jalisco | MX-JAL
follow-up | und kerala | IN-KL
follow-up | yalla und jordanien | JO
follow-up | abi ve aserbaidschan | AZ
follow-up | allora e la svizzera | CH
follow-up | ela und zypern auch | CY
follow-up | ajde und bosnien | BA
follow-up | no to a litwa also litauen | LT
follow-up | slushai a kasachstan | KZ
follow-up | cara e o uruguai | UY
follow-up | yaar aur sri lanka | LK
follow-up | und das gleiche für lettland | LV
follow-up | das gleiche nochmal für estland | EE
follow-up | und was ist mit dem nachbarland finnland | FI
kid | alexa ich hab einen globus bekommen was ist die hauptstadt von brasilien | BR
kid | alexa meine lehrerin hat gesagt ich soll die hauptstadt von kanada lernen | CA
kid | alexa wo wohnt der könig von england in welcher hauptstadt | GB
kid | alexa was ist die hauptstadt von ägypten da wo die pyramiden sind | EG
kid | alexa hauptstadt von australien da wo kängurus leben | AU
kid | alexa ich hab ein pony und das heißt paris ist paris die hauptstadt von frankreich | FR
kid | alexa mein freund kommt aus syrien was ist da die hauptstadt | SY
kid | alexa wie heißt die hauptstadt von afrika | FB
kid | alexa was ist die hauptstadt von china wo die panda bären wohnen | CN
kid | alexa schultüte ist fertig jetzt sag mir die hauptstadt von japan | JP
kid | alexa die hauptstadt von indien für mein plakat | IN
kid | alexa wie heißt die hauptstadt von norwegen wo die elche sind | NO
kid | alexa papa weiß es nicht was ist die hauptstadt von island | IS
teen | alexa sheesh die hauptstadt von uruguay ist montevideo oder | UY
teen | alexa brudi schnell hauptstadt von kasachstan bevor die stunde losgeht | KZ
teen | alexa no cap was ist die hauptstadt von aserbaidschan | AZ
teen | alexa digger welche stadt ist hauptstadt von katar wegen der wm damals | QA
teen | alexa für mein abi in erdkunde hauptstadt von nigeria | NG
teen | alexa ehrenlos wenn du das nicht weißt hauptstadt von bhutan | BT
teen | alexa im valorant chat fragt einer nach der hauptstadt von südkorea | KR
teen | alexa safe ist ankara die hauptstadt von der türkei | TR
teen | alexa mein kumpel ist aus dem kosovo hauptstadt dort | XK
teen | alexa ich mach ein tiktok über taiwan was ist dort die hauptstadt | TW
teen | alexa lost hauptstadt von marokko | MA
senior | alexa mein hörgerät war aus nochmal bitte die hauptstadt von ungarn | HU
senior | alexa wir fahren mit dem seniorenbus nach polen welche ist die hauptstadt | PL
senior | alexa früher war das doch leningrad welche stadt ist hauptstadt von russland | RU
senior | alexa mein verstorbener mann war in ceylon stationiert welche städte sind heute hauptstadt dort | LK
senior | alexa im gartenverein streiten wir ob bonn noch hauptstadt ist welche ist es | DE
senior | alexa für meine urlaubsfotos aus der türkei wie heißt die hauptstadt | TR
senior | alexa die hauptstadt von jugoslawien heute serbien welche ist das | RS
senior | alexa ich schreibe meiner brieffreundin in kanada welche stadt ist dort hauptstadt | CA
senior | alexa wo ist noch gleich die hauptstadt von portugal lissabon oder porto | PT
senior | alexa wie hieß gleich die hauptstadt von thüringen | DE-TH
senior | alexa in der gymnastikgruppe kam die frage hauptstadt von argentinien | AR
work | alexa ich bin erzieherin in der kita wie heißt die hauptstadt von vietnam | VN
work | alexa der kunde kommt aus nepal welche stadt ist hauptstadt | NP
work | alexa für den zeitungsartikel über den sudan welche stadt ist hauptstadt | SD
work | alexa ich fahre nach feierabend noch zur post hauptstadt von eritrea schnell | ER
work | alexa in der bäckerei fragt eine kundin nach der hauptstadt von georgien | GE
work | alexa für meinen kurs deutsch als zweitsprache was ist die hauptstadt von afghanistan | AF
work | alexa ich muss ein visum beantragen welche stadt ist hauptstadt von indien | IN
work | alexa mein chef fliegt nach angola wie heißt die hauptstadt | AO
work | alexa als it support muss ich die zeitzone wissen welche ist hauptstadt von kasachstan | KZ
work | alexa ich bin paketbote und hab ein paket nach jamaika welche hauptstadt hat das land | JM
game | alexa bei stadt land fluss mit k hauptstadt von kenia ist das k | KE
game | alexa beim kneipenquiz in leipzig war die frage hauptstadt von litauen | LT
game | alexa wir spielen activity und ich muss die hauptstadt von kuba erklären welche ist es | CU
game | alexa beim geografie duell mit meinem bruder hauptstadt von bangladesch | BD
game | alexa risiko abend gerade hauptstadt von madagaskar | MG
game | alexa frage für die quizrunde welche stadt ist hauptstadt von mauritius | MU
learner | alexa ich nicht weiß welche hauptstadt hat land thailand | TH
learner | alexa was ist der hauptstadt von norwegen | NO
learner | alexa bitte sie mir helfen hauptstadt ägypten | EG
learner | alexa wie heißt hauptstadt von irak bitte langsam | IQ
learner | alexa ich lernen deutsch und wollen wissen hauptstadt von kamerun | CM
learner | alexa hauptstadt für land russland | RU
learner | alexa welche ist die hauptstadt in polen gibt | PL
learner | alexa the hauptstadt von griechenland please | GR
formal | alexa ich bitte um auskunft über die hauptstadt von kenia | KE
formal | alexa könnten sie mir sagen welche stadt die hauptstadt von ecuador ist | EC
formal | alexa wären sie so freundlich mir die hauptstadt von island zu nennen | IS
formal | alexa ich bräuchte die hauptstadt der mongolei | MN
hesitation | alexa was ist die hm die hauptstadt von peru | PE
hesitation | alexa hauptstadt von ähm wie heißt das land kirgistan | KG
hesitation | alexa moment äh die hauptstadt von dänemark | DK
hesitation | alexa sag mal die ähm also die hauptstadt von kolumbien | CO
hesitation | alexa öhm ja die hauptstadt von chile | CL
hesitation | alexa was war nochmal die also die hauptstadt von jordanien | JO
asr-slip | alexa was ist die hauptstadt von neu seeland | NZ
asr-slip | alexa hauptstadt von kasach stan | KZ
asr-slip | alexa was ist die hauptstadt von bots wana | BW
asr-slip | alexa hauptstadt von sim babwe | ZW
asr-slip | alexa was ist die hauptstadt von ganna | GH
asr-slip | alexa hauptstadt von tunnesien | TN
asr-slip | alexa die hauptstadt von usbek istan | UZ
asr-slip | alexa was ist die hauptstadt von mal diven | MV
code-switch | alexa what is the capital of finnland bitte | FI
code-switch | alexa abi türkiye'nin baskenti nedir also hauptstadt | TR
code-switch | alexa qual è la capitale della grecia auf deutsch | GR
code-switch | alexa cuál es la capital de chile por favor | CL
code-switch | alexa c'est quoi la capitale du sénégal | SN
code-switch | alexa jaka jest stolica wegier | HU
code-switch | alexa what's the capital of australia mate i mean hauptstadt | AU
code-switch | alexa glavni grad hrvatske welche stadt | HR
family | alexa meine tochter fragt ob rom die hauptstadt von italien ist | IT
family | alexa wir planen den familienurlaub nach kroatien welche stadt ist hauptstadt | HR
family | alexa mein sohn will nach neuseeland auswandern hauptstadt dort | NZ
family | alexa oma und opa fahren nach schweden welche ist die hauptstadt | SE
family | alexa die kinder streiten ob london oder manchester die hauptstadt von england ist | GB-ENG
dialect | alexa ha noi was isch d hauptstadt vo schwede | SE
dialect | alexa etz sag fei wos is die hauptstadt vo franggreich | FR
dialect | alexa nu gugge was is de hauptstadt von tschechien | CZ
dialect | alexa icke frag ma wat is die hauptstadt von dänemark | DK
dialect | alexa ei was is dann die hauptstadt vun belgie | BE
dialect | alexa moin moin hauptstadt von norwegen | NO
dialect | alexa ei joo was is die hauptstadt vun luxemburg | LU
dialect | alexa wie heiß dä hauptstadt vun holland | NL
territory | alexa mein kumpel arbeitet im casino in macau hat macau eigentlich eine eigene hauptstadt | MO
subdivision | alexa nu sach ma die hauptstadt vom mexikanischen staat coahuila wo saltillo liegt oder | MX-COA
subdivision | alexa icke war im weißen haus hat washington dc als bundesdistrikt ne hauptstadt | US-DC
territory | alexa wir segeln nach st thomas welche stadt ist hauptstadt der amerikanischen jungferninseln dort | VI
launch | alexa ha noi starte mir doch hauptstädte der welt | LAUNCH
launch | alexa nu öffne ma hauptstädte der welt für die enkel | LAUNCH
launch | alexa ei joo mach hauptstädte der welt uff | LAUNCH
launch | alexa abi bitte hauptstädte der welt öffnen tamam | LAUNCH
launch | alexa moin moin hauptstädte der welt starten bitte | LAUNCH
launch | alexa für die geo klausur öffne hauptstädte der welt | LAUNCH
"""

if __name__ == "__main__":
    build_round(45, "de", LINES, sys.argv, "tests/Eval/de/round45/source/build_corpus.py")
