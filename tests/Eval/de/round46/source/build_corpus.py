"""Round 46, German (de-DE): a new author's own mix, written blind (brief WRITER54.md). Speakers chosen away from
rounds 44 and 45 (Munich, Baden, the Palatinate, Hamburg, the Lower Rhine, the Münsterland, Aachen, Magdeburg; Swabia,
Franconia, Saxony, Berlin, Hesse and Frankfurt, East Frisia, the Saarland, Cologne, Brandenburg): the Ruhr ("hömma",
"getz", "wat", "vonne"), the Sauerland ("woll"), Lower Bavaria and the Bavarian Forest ("ja mei", "geh", "wos", "oiso",
"hoaßt"), Mecklenburg and Vorpommern ("nee", "min jung", "min deern"), Schleswig-Holstein ("büschen", "nech"), the
Erzgebirge ("glück auf"), Thuringia ("gelle"), the Vogtland, Lusatia, North Hesse (Kassel). Migrants, neighbours and
heritage speakers not in round 45: Ukrainians ("skazhy", "bud laska", "dyakuyu"), Romanians ("hai", "spune-mi te rog"),
Vietnamese ("oi em muon", "da"), Afghans ("lotfan", "jan"), Iranians ("merci", "khahesh mikonam"), Eritreans
("selam"), Albanians and Kosovars ("të lutem", "vëlla"), Portuguese ("olha pá"), Chinese ("nage"), Koreans
("jeogiyo"), Hungarians ("kérem szépen"), Nigerians ("abeg", "oga", "wetin be"), Dutch ("hè even"), Swiss ("grüezi
chasch mer säge"), Austrians ("servus oida", "heast"), Kurds ("ka bêje", "ez dixwazim"), Thai ("khrap"),
Luxembourgers ("moien"), Slovaks ("dobrý den"), an Irish or British "cheers mate". Children (a Pixi book, a puzzle, a
Kita flag painting, Panini stickers, a poster), teenagers (an Erdkunde test, a Nachprüfung, GeoGuessr, Fortnite,
Twitch, Minecraft, a GFS, "digga", "bro", "lowkey", "wallah", "cringe"), seniors (a Seniorenheim bingo, a crossword,
a Kaffeefahrt, a choir, a VHS course, a Rheuma group, a Skat evening, a pen friend in Scotland), work (a lorry
driver, a night nurse, customs papers, a pharmacy, a hairdresser, a farm, a mechanic, a fire brigade, a call centre,
a bus driver, an integration course, a DaZ teacher, a building site, hotel cleaning, the Einbürgerungstest), games
(Jeopardy, an escape room, Schlag den Star, a Schnitzeljagd, Scrabble, Gefragt gejagt, flag Memory, a drinking game,
Europa-Quartett), families, learners (article, case and word-order errors), formal Sie requests, hesitations, ASR
slips (split names) and English code-switching. Built by round12_hinl_corpus.py (build_round with round 46's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
dialect | hömma alexa getz sach ma wat is die hauptstadt von {} | andorra=AD; den emiraten=AE; afghanistan=AF
dialect | alexa woll sach mal die hauptstadt von {} | antigua und barbuda=AG; albanien=AL; armenien=AM
dialect | alexa geh sag mir schnell wos die hauptstadt vo {} is | angola=AO; argentinien=AR; österreich=AT
dialect | alexa ja mei wia hoaßt denn de hauptstadt vo {} | australien=AU; aserbaidschan=AZ; bosnien=BA
dialect | alexa nee wat is noch mal die hauptstadt von {} | barbados=BB; bangladesch=BD; belgien=BE
dialect | alexa gelle du weißt doch die hauptstadt von {} | burkina faso=BF; bulgarien=BG; bahrain=BH
dialect | alexa sach mal nech welche stadt is die hauptstadt von {} | burundi=BI; benin=BJ; brunei=BN
dialect | alexa glück auf welche hauptstadt hat {} | bolivien=BO; brasilien=BR; die bahamas=BS
dialect | alexa jo nu wat is de hauptstadt vun {} | bhutan=BT; botswana=BW; belarus=BY
migrant | alexa skazhy bud laska hauptstadt von {} | belize=BZ; kanada=CA; der demokratischen republik kongo=CD
migrant | alexa hai spune-mi te rog hauptstadt von {} | der zentralafrikanischen republik=CF; der republik kongo=CG; der schweiz=CH
migrant | alexa oi em muon wissen hauptstadt von {} | elfenbeinküste=CI; chile=CL; kamerun=CM
migrant | alexa lotfan sag mir die hauptstadt von {} jan | china=CN; kolumbien=CO; costa rica=CR
migrant | alexa merci khahesh mikonam welche ist hauptstadt von {} | kuba=CU; kap verde=CV; zypern=CY
migrant | alexa të lutem vëlla was ist hauptstadt von {} | tschechien=CZ; deutschland=DE; dschibuti=DJ
migrant | alexa olha pá qual é a capital von {} | dänemark=DK; dominica=DM; der dominikanischen republik=DO
migrant | alexa nage wie heißt hauptstadt von {} | algerien=DZ; ecuador=EC; estland=EE
migrant | alexa kérem szépen die hauptstadt von {} | ägypten=EG; eritrea=ER; spanien=ES
migrant | alexa abeg tell me di hauptstadt von {} | äthiopien=ET; finnland=FI; fidschi=FJ
migrant | alexa hè even de hauptstad van {} bitte | mikronesien=FM; frankrijk=FR; gabun=GA
migrant | alexa grüezi chasch mer säge d hauptstadt vo {} | grossbritannien=GB; grenada=GD; georgien=GE
migrant | alexa servus oida was is die hauptstadt von {} | ghana=GH; gambia=GM; guinea=GN
migrant | alexa heast sag ma die hauptstadt vo {} | äquatorialguinea=GQ; griechenland=GR; guatemala=GT
migrant | alexa selam ich frage hauptstadt von {} | guinea-bissau=GW; guyana=GY; honduras=HN
migrant | alexa ka bêje mir was ist die hauptstadt von {} | kroatien=HR; haiti=HT; ungarn=HU
kid | alexa ich bin fünf und will wissen wie die hauptstadt von {} heißt | indonesien=ID; irland=IE; israel=IL
kid | alexa für mein referat in der vierten klasse was ist die hauptstadt von {} | indien=IN; dem irak=IQ; dem iran=IR
kid | alexa mama sagt ich darf dich fragen was die hauptstadt von {} ist | island=IS; italien=IT; jamaika=JM
kid | alexa in meinem pixi buch steht {} aber nicht die hauptstadt welche ist es | jordanien=JO; japan=JP; kenia=KE
teen | alexa digga ich hab gleich erdkunde test hauptstadt von {} schnell | kirgistan=KG; kambodscha=KH; kiribati=KI
teen | alexa bro was is die hauptstadt von {} ich hab keinen plan | den komoren=KM; st kitts und nevis=KN; nordkorea=KP
teen | alexa für geoguessr welche hauptstadt hat {} | südkorea=KR; kuwait=KW; kasachstan=KZ
teen | alexa ey safe weißt du die hauptstadt von {} oder | laos=LA; dem libanon=LB; st lucia=LC
senior | alexa mein enkel hat gefragt wie die hauptstadt von {} heißt und ich weiß es nicht mehr | liechtenstein=LI; sri lanka=LK; liberia=LR
senior | alexa im kreuzworträtsel hauptstadt von {} mit sieben buchstaben | lesotho=LS; litauen=LT; luxemburg=LU
senior | alexa wir hatten im seniorenheim bingo und dann kam die frage nach der hauptstadt von {} | lettland=LV; libyen=LY; marokko=MA
senior | alexa bitte sagen sie mir die hauptstadt von {} ich höre nicht mehr so gut | monaco=MC; moldawien=MD; montenegro=ME
work | alexa ich fahr lkw und muss nach {} was ist da die hauptstadt | madagaskar=MG; den marshallinseln=MH; nordmazedonien=MK
work | alexa ich bin pflegerin im nachtdienst und der patient fragt nach der hauptstadt von {} | mali=ML; myanmar=MM; der mongolei=MN
work | alexa für die zollpapiere brauch ich die hauptstadt von {} | mauretanien=MR; malta=MT; mauritius=MU
work | alexa in der apotheke will ein kunde wissen welche hauptstadt {} hat | die malediven=MV; malawi=MW; mexiko=MX
work | alexa ich bin friseurin und die kundin fragt was die hauptstadt von {} ist | malaysia=MY; mosambik=MZ; namibia=NA
work | alexa auf dem bauernhof wette ich mit dem knecht was ist die hauptstadt von {} | niger=NE; nigeria=NG; nicaragua=NI
game | alexa bei jeopardy kam die frage hauptstadt von {} | den niederlanden=NL; norwegen=NO; nepal=NP
game | alexa im escape room brauchen wir die hauptstadt von {} | nauru=NR; neuseeland=NZ; oman=OM
game | alexa bei schlag den star wurde gefragt was ist die hauptstadt von {} | panama=PA; peru=PE; papua-neuguinea=PG
game | alexa für die schnitzeljagd was ist die hauptstadt von {} | den philippinen=PH; pakistan=PK; polen=PL
game | alexa scrabble hilfe wie heißt die hauptstadt von {} | portugal=PT; palau=PW; paraguay=PY
learner | alexa was ist die hauptstadt von die {} | katar=QA; rumänien=RO; serbien=RS
learner | alexa welche ist die hauptstadt in {} bitte sagen | russland=RU; ruanda=RW; saudi-arabien=SA
learner | alexa ich möchte wissen wo ist die hauptstadt von {} | den salomonen=SB; den seychellen=SC; dem sudan=SD
learner | alexa hauptstadt {} was ist | schweden=SE; singapur=SG; slowenien=SI
formal | alexa würden sie mir bitte die hauptstadt von {} nennen | der slowakei=SK; sierra leone=SL; san marino=SM
formal | alexa ich hätte gern gewusst wie die hauptstadt von {} lautet | senegal=SN; somalia=SO; suriname=SR
formal | alexa könnten sie mir freundlicherweise sagen welche stadt die hauptstadt von {} ist | dem südsudan=SS; são tomé und príncipe=ST; el salvador=SV
hesitation | alexa ähm was ist äh die hauptstadt von {} | syrien=SY; eswatini=SZ; dem tschad=TD
hesitation | alexa warte wie war das noch die hauptstadt von ähm {} | togo=TG; thailand=TH; tadschikistan=TJ
hesitation | alexa öhm also die hauptstadt von {} weißt du die | osttimor=TL; turkmenistan=TM; tunesien=TN
code-switch | alexa what's the capital of {} also die hauptstadt meine ich | tonga=TO; der türkei=TR; trinidad und tobago=TT
code-switch | alexa sorry ich mein what is the hauptstadt von {} | tuvalu=TV; tansania=TZ; der ukraine=UA
asr-slip | alexa was ist die haupt stadt von {} | uganda=UG; amerika=US; uruguay=UY
asr-slip | alexa was ist die hauptstadt fon {} | usbekistan=UZ; st vincent und die grenadinen=VC; venezuela=VE
asr-slip | alexa wer ist die hauptstadt von {} | vietnam=VN; vanuatu=VU; samoa=WS
family | alexa papa und ich streiten gerade was ist die hauptstadt von {} | dem jemen=YE; südafrika=ZA; sambia=ZM
family | alexa beim abendessen fragt meine tochter nach der hauptstadt von {} | simbabwe=ZW; palästina=PS; dem kosovo=XK
family | alexa mein mann behauptet er kennt die hauptstadt von {} stimmt das nicht | taiwan=TW; dem vatikan=VA; hongkong=HK
subdivision | alexa hömma wat is die landeshauptstadt von {} | nordrhein-westfalen=DE-NW; niedersachsen=DE-NI; hessen=DE-HE
subdivision | alexa ja mei wos is de landeshauptstadt vo {} | bayern=DE-BY; baden-württemberg=DE-BW; thüringen=DE-TH
subdivision | alexa nee welche stadt is landeshauptstadt von {} | mecklenburg-vorpommern=DE-MV; schleswig-holstein=DE-SH; brandenburg=DE-BB
subdivision | alexa für den sachkundetest welche ist die landeshauptstadt von {} | sachsen=DE-SN; sachsen-anhalt=DE-ST; rheinland-pfalz=DE-RP
subdivision | alexa ich zieh um nach {} wie heißt die landeshauptstadt da | dem saarland=DE-SL; bremen=DE-HB; hamburg=DE-HH
subdivision | alexa ist berlin eigentlich die hauptstadt von {} | berlin=DE-BE
subdivision | alexa was ist die hauptstadt vom us bundesstaat {} | alabama=US-AL; alaska=US-AK; arizona=US-AZ
subdivision | alexa welche stadt ist hauptstadt von {} in amerika | arkansas=US-AR; kalifornien=US-CA; colorado=US-CO
subdivision | alexa meine austauschschülerin kommt aus {} was ist da die hauptstadt | connecticut=US-CT; delaware=US-DE; florida=US-FL
subdivision | alexa ich fahr mit dem wohnmobil durch {} wo ist da die hauptstadt | georgia in den usa=US-GA; hawaii=US-HI; idaho=US-ID
subdivision | alexa hömma wat is die hauptstadt von dem staat {} | illinois=US-IL; indiana=US-IN; iowa=US-IA
subdivision | alexa ja mei wos is de hauptstadt vo {} drüben in amerika | kansas=US-KS; kentucky=US-KY; louisiana=US-LA
subdivision | alexa mein cousin studiert in {} welche stadt ist dort die hauptstadt | maine=US-ME; maryland=US-MD; massachusetts=US-MA
subdivision | alexa nee wat is noch die hauptstadt vom bundesstaat {} | michigan=US-MI; minnesota=US-MN; mississippi=US-MS
subdivision | alexa für die us rundreise was ist die hauptstadt von {} | missouri=US-MO; montana=US-MT; nebraska=US-NE
subdivision | alexa ist las vegas die hauptstadt von {} oder nicht | nevada=US-NV
subdivision | alexa was ist die hauptstadt vom staat {} in den usa | new hampshire=US-NH; new jersey=US-NJ; new mexico=US-NM
subdivision | alexa ist new york city auch die hauptstadt von {} | new york=US-NY
subdivision | alexa welche hauptstadt hat der amerikanische staat {} | north carolina=US-NC; north dakota=US-ND; ohio=US-OH
subdivision | alexa geh sag ma die hauptstadt vo {} in amerika | oklahoma=US-OK; oregon=US-OR; pennsylvania=US-PA
subdivision | alexa sach mal nech wie heißt die hauptstadt vom staat {} | rhode island=US-RI; south carolina=US-SC; south dakota=US-SD
subdivision | alexa ich bin countryfan wie heißt die hauptstadt von {} | tennessee=US-TN; texas=US-TX; utah=US-UT
subdivision | alexa welche stadt ist die hauptstadt vom bundesstaat {} an der ostküste | vermont=US-VT; virginia=US-VA; west virginia=US-WV
subdivision | alexa was ist die hauptstadt vom bundesstaat {} nicht die vom land | washington=US-WA
subdivision | alexa im yellowstone urlaub was ist die hauptstadt von {} | wyoming=US-WY; wisconsin=US-WI
subdivision | alexa was ist die hauptstadt der kanadischen provinz {} | alberta=CA-AB; british columbia=CA-BC; manitoba=CA-MB
subdivision | alexa mein bruder arbeitet in kanada in {} wie heißt dort die hauptstadt | new brunswick=CA-NB; neufundland=CA-NL; nova scotia=CA-NS
subdivision | alexa welche hauptstadt hat {} in kanada | ontario=CA-ON; prince edward island=CA-PE; saskatchewan=CA-SK
subdivision | alexa was ist die hauptstadt vom kanadischen territorium {} | yukon=CA-YT; nunavut=CA-NU; den nordwest territorien=CA-NT
subdivision | alexa ist montreal die hauptstadt von {} | quebec=CA-QC
subdivision | alexa welche stadt ist die hauptstadt vom australischen bundesstaat {} | new south wales=AU-NSW; queensland=AU-QLD; victoria=AU-VIC
subdivision | alexa ich mach work and travel in {} was ist die hauptstadt da | western australia=AU-WA; south australia=AU-SA; tasmanien=AU-TAS
subdivision | alexa was ist die hauptstadt vom {} in australien | northern territory=AU-NT; australian capital territory=AU-ACT
subdivision | alexa was ist die hauptstadt vom indischen bundesstaat {} | andhra pradesh=IN-AP; arunachal pradesh=IN-AR; assam=IN-AS
subdivision | alexa mein kollege kommt aus {} in indien was ist da die hauptstadt | bihar=IN-BR; chhattisgarh=IN-CG; goa=IN-GA
subdivision | alexa welche stadt ist hauptstadt von {} indien | gujarat=IN-GJ; himachal pradesh=IN-HP; haryana=IN-HR
subdivision | alexa arre bhai hauptstadt von {} kya hai | jharkhand=IN-JH; karnataka=IN-KA; kerala=IN-KL
subdivision | alexa ist mumbai die hauptstadt von {} | maharashtra=IN-MH
subdivision | alexa wie heißt die hauptstadt vom bundesstaat {} im nordosten indiens | meghalaya=IN-ML; manipur=IN-MN; mizoram=IN-MZ
subdivision | alexa welche hauptstadt hat {} in indien | madhya pradesh=IN-MP; nagaland=IN-NL; odisha=IN-OD
subdivision | alexa für die yogareise was ist die hauptstadt von {} | punjab in indien=IN-PB; rajasthan=IN-RJ; sikkim=IN-SK
subdivision | alexa wie heißt die hauptstadt vom staat {} | tamil nadu=IN-TN; tripura=IN-TR; telangana=IN-TS
subdivision | alexa was ist die hauptstadt von {} in nordindien | uttar pradesh=IN-UP; ladakh=IN-LA
subdivision | alexa was ist die hauptstadt vom unionsterritorium {} | lakshadweep=IN-LD; puducherry=IN-PY; den andamanen und nikobaren=IN-AN
subdivision | alexa welche stadt ist hauptstadt von {} in indien | westbengalen=IN-WB; chandigarh=IN-CH; dadra und nagar haveli und daman und diu=IN-DH
subdivision | alexa ist neu delhi die hauptstadt von {} | delhi=IN-DL
subdivision | alexa was ist die hauptstadt vom brasilianischen bundesstaat {} | acre=BR-AC; alagoas=BR-AL; amazonas=BR-AM
subdivision | alexa minha mãe kommt aus {} welche ist die hauptstadt | amapá=BR-AP; bahia=BR-BA; ceará=BR-CE
subdivision | alexa wie heißt die hauptstadt von {} in brasilien | espírito santo=BR-ES; goiás=BR-GO; maranhão=BR-MA
subdivision | alexa welche hauptstadt hat der staat {} in brasilien | minas gerais=BR-MG; mato grosso do sul=BR-MS; mato grosso=BR-MT
subdivision | alexa für meine capoeira gruppe was ist die hauptstadt von {} | pará=BR-PA; paraíba=BR-PB; pernambuco=BR-PE
subdivision | alexa cara wie heißt die hauptstadt vom staat {} | piauí=BR-PI; paraná=BR-PR; rio grande do norte=BR-RN
subdivision | alexa ist die stadt rio auch die hauptstadt vom staat {} | rio de janeiro=BR-RJ; são paulo=BR-SP
subdivision | alexa welche stadt ist die hauptstadt von {} brasilien | rondônia=BR-RO; roraima=BR-RR; rio grande do sul=BR-RS
subdivision | alexa was ist die hauptstadt vom bundesstaat {} in brasilien | santa catarina=BR-SC; sergipe=BR-SE; tocantins=BR-TO
subdivision | alexa was ist die hauptstadt vom mexikanischen bundesstaat {} | aguascalientes=MX-AGU; baja california=MX-BCN; baja california sur=MX-BCS
subdivision | alexa wir fliegen nach mexiko nach {} wie heißt dort die hauptstadt | campeche=MX-CAM; chihuahua=MX-CHH; chiapas=MX-CHP
subdivision | alexa oye welche hauptstadt hat {} in mexiko | coahuila=MX-COA; colima=MX-COL; durango=MX-DUR
subdivision | alexa welche stadt ist die hauptstadt von {} mexiko | guerrero=MX-GRO; guanajuato=MX-GUA; hidalgo=MX-HID
subdivision | alexa wie heißt die hauptstadt vom staat {} in mexiko | jalisco=MX-JAL; michoacán=MX-MIC; morelos=MX-MOR
subdivision | alexa für den tequila urlaub was ist die hauptstadt von {} | nayarit=MX-NAY; nuevo león=MX-NLE; oaxaca=MX-OAX
subdivision | alexa was ist die hauptstadt vom mexikanischen staat {} | puebla=MX-PUE; querétaro=MX-QUE; quintana roo=MX-ROO
subdivision | alexa was ist die hauptstadt von {} in mexiko | sinaloa=MX-SIN; san luis potosí=MX-SLP; sonora=MX-SON
subdivision | alexa welche hauptstadt hat der staat {} | tabasco=MX-TAB; tamaulipas=MX-TAM; tlaxcala=MX-TLA
subdivision | alexa wie heißt die hauptstadt von {} am golf oder im süden von mexiko | veracruz=MX-VER; yucatán=MX-YUC
subdivision | alexa was ist die hauptstadt von zacatecas in mexiko | MX-ZAC
subdivision | alexa was ist die hauptstadt vom bundesstaat mexiko nicht von mexiko stadt | MX-MEX
subdivision | alexa hat mexiko stadt eine eigene hauptstadt | MX-CMX
subdivision | alexa wie heißt die hauptstadt vom distrito federal in brasilien | BR-DF
subdivision | alexa hat washington dc eine hauptstadt | US-DC
subdivision | alexa was ist die hauptstadt von {} in großbritannien | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
subdivision | alexa ist london nur die hauptstadt von {} | england=GB-ENG
subdivision | alexa was sind die hauptstädte von jammu und kashmir | IN-JK
subdivision | alexa welche hauptstädte hat uttarakhand im sommer und im winter | IN-UK
territory | alexa meine nachbarin war in {} was ist dort die hauptstadt | grönland=GL; den färöern=FO; den ålandinseln=AX
territory | alexa wir machen eine kreuzfahrt nach {} was ist dort die hauptstadt | bermuda=BM; den kaimaninseln=KY; den turks und caicosinseln=TC
territory | alexa welche stadt ist hauptstadt von {} in der karibik | anguilla=AI; aruba=AW; curaçao=CW
territory | alexa was ist die hauptstadt der französischen insel {} | guadeloupe=GP; martinique=MQ; réunion=RE
territory | alexa wie heißt die hauptstadt von {} wo franzosen leben | mayotte=YT; neukaledonien=NC; französisch-polynesien=PF
territory | alexa ich bin taucher was ist die hauptstadt von {} | sint maarten=SX; saint martin auf der französischen seite=MF; st barth=BL
territory | alexa was ist die hauptstadt von {} im pazifik | guam=GU; amerikanisch-samoa=AS; den nördlichen marianen=MP
territory | alexa wie heißt die hauptstadt der {} | cookinseln=CK; pitcairninseln=PN; norfolkinsel=NF
territory | alexa welche hauptstadt hat {} | niue=NU; tokelau=TK; wallis und futuna=WF
territory | alexa was ist die hauptstadt von {} im ärmelkanal | jersey=JE; guernsey=GG
territory | alexa welche stadt ist die hauptstadt der {} | isle of man=IM; falklandinseln=FK; weihnachtsinsel=CX
territory | alexa hat {} eine hauptstadt und wie heißt sie | gibraltar=GI; puerto rico=PR; montserrat=MS
territory | alexa was ist die hauptstadt von {} im atlantik | st helena=SH; südgeorgien=GS; der bouvetinsel=BV
territory | alexa was ist die hauptstadt von {} bei australien | den kokosinseln=CC; den heard und mcdonaldinseln=HM
territory | alexa was ist die hauptstadt von {} bei kanada | st pierre und miquelon=PM
territory | alexa hat die {} eine hauptstadt | westsahara=EH; antarktis=AQ; französisch-guayana=GF
territory | alexa was ist die hauptstadt von {} unter niederländischer flagge | bonaire=BQ
territory | alexa was ist die hauptstadt von {} auf den inseln | den britischen jungferninseln=VG; den amerikanischen jungferninseln=VI; spitzbergen=SJ
territory | alexa wie heißt die hauptstadt vom britischen territorium im indischen ozean | IO
territory | alexa gibt es eine hauptstadt auf den französischen süd und antarktisgebieten | TF
territory | alexa haben die amerikanischen überseeinseln eine hauptstadt | UM
territory | alexa hat macao eine eigene hauptstadt oder gehört es zu china | MO
help | alexa hilfe wie funktioniert das hier | HELP
help | alexa hömma wat kann ich dich hier fragen | HELP
help | alexa ich check das nicht was muss ich sagen | HELP
help | alexa wie benutz ich diesen skill | HELP
help | alexa was kann ich hier alles machen | HELP
help | alexa ja mei wia geht des jetzt | HELP
help | alexa erklär mir mal wie das spiel geht | HELP
help | alexa was soll ich jetzt sagen | HELP
help | alexa hilf mir bitte ich weiß nicht weiter | HELP
help | alexa ich brauche eine anleitung | HELP
help | alexa welche fragen verstehst du hier | HELP
help | alexa kannst du mir helfen ich bin das erste mal hier | HELP
help | alexa äh und wie geht das jetzt weiter | HELP
help | alexa nee ich versteh dat nich hilfe | HELP
help | alexa zeig mir mal was du kannst | HELP
help | alexa was sind die befehle | HELP
help | alexa ich hab mich verlaufen was mach ich hier | HELP
help | alexa bud laska hilfe ich verstehe nicht | HELP
help | alexa können sie mir bitte erklären wie ich das benutze | HELP
help | alexa wie stell ich hier eine frage | HELP
help | alexa sag mir mal was ich fragen darf | HELP
help | alexa hilfe hilfe | HELP
help | alexa servus wie funktioniert des eigentlich | HELP
help | alexa bro wie geht das hier | HELP
stop | alexa stopp | STOP
stop | alexa halt stopp jetzt | STOP
stop | alexa hör auf | STOP
stop | alexa sei still | STOP
stop | alexa ruhe jetzt | STOP
stop | alexa aus | STOP
stop | alexa beenden | STOP
stop | alexa hömma getz is aber gut hör auf | STOP
stop | alexa ja mei gib a ruah | STOP
stop | alexa nee lass ma jetzt schluss | STOP
stop | alexa das reicht jetzt stopp | STOP
stop | alexa halt die klappe | STOP
stop | alexa schluss aus ende | STOP
stop | alexa stopp bitte ich muss zur arbeit | STOP
stop | alexa spiel beenden | STOP
stop | alexa ich will aufhören | STOP
stop | alexa genug für heute tschüss | STOP
stop | alexa bitte sei leise die kinder schlafen | STOP
stop | alexa stop stop stop | STOP
stop | alexa aufhören hab ich gesagt | STOP
stop | alexa servus i hör jetzt auf | STOP
stop | alexa beende den skill | STOP
stop | alexa pst ruhe | STOP
cancel | alexa abbrechen | CANCEL
cancel | alexa vergiss es | CANCEL
cancel | alexa egal vergiss das | CANCEL
cancel | alexa nee doch nicht | CANCEL
cancel | alexa ach lass mal | CANCEL
cancel | alexa abbruch bitte | CANCEL
cancel | alexa schon gut vergiss es | CANCEL
cancel | alexa hömma vergiss dat | CANCEL
cancel | alexa ja mei passt scho vergiss es | CANCEL
cancel | alexa brich das ab | CANCEL
cancel | alexa nicht so wichtig vergiss es | CANCEL
cancel | alexa ich hab mich vertan abbrechen | CANCEL
cancel | alexa vergiss die frage | CANCEL
cancel | alexa lass gut sein | CANCEL
cancel | alexa ne egal abbrechen | CANCEL
cancel | alexa ach nee doch nicht vergiss es | CANCEL
cancel | alexa hat sich erledigt | CANCEL
cancel | alexa storniere das | CANCEL
cancel | alexa nimm das zurück vergiss es | CANCEL
cancel | alexa war nur spaß abbrechen | CANCEL
cancel | alexa bitte abbrechen ich frag später | CANCEL
cancel | alexa vergiss es einfach | CANCEL
cancel | alexa abbrechen digga | CANCEL
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa hömma mach ma hauptstädte der welt an | LAUNCH
launch | alexa ja mei start amoi hauptstädte der welt | LAUNCH
launch | alexa bitte öffne den skill hauptstädte der welt | LAUNCH
launch | alexa spiel hauptstädte der welt | LAUNCH
launch | alexa ich möchte hauptstädte der welt spielen | LAUNCH
launch | alexa öffne bitte mal hauptstädte der welt für meine tochter | LAUNCH
launch | alexa nee mach ma hauptstädte der welt auf | LAUNCH
launch | alexa hauptstädte der welt starten | LAUNCH
launch | alexa würden sie bitte hauptstädte der welt öffnen | LAUNCH
launch | alexa lass uns hauptstädte der welt spielen | LAUNCH
launch | alexa ähm öffne hauptstädte der welt | LAUNCH
launch | alexa starte den skill hauptstädte der welt bitte | LAUNCH
launch | alexa servus mach hauptstädte der welt auf | LAUNCH
launch | alexa aktiviere hauptstädte der welt | LAUNCH
launch | alexa geh rein in hauptstädte der welt | LAUNCH
launch | alexa öffne hauptstädte der welt wir wollen üben | LAUNCH
launch | alexa bro starte mal hauptstädte der welt | LAUNCH
launch | alexa bitte hauptstädte der welt öffnen danke | LAUNCH
launch | alexa kannst du hauptstädte der welt aufmachen | LAUNCH
launch | alexa hauptstädte der welt bitte | LAUNCH
launch | alexa woll mach ma hauptstädte der welt an | LAUNCH
launch | alexa für den erdkunde test öffne hauptstädte der welt | LAUNCH
launch | alexa skazhy öffne hauptstädte der welt bitte | LAUNCH
one-shot | alexa frag hauptstädte der welt nach der hauptstadt von peru | PE
one-shot | alexa frag hauptstädte der welt was die hauptstadt von kenia ist | KE
one-shot | alexa sag hauptstädte der welt ich will die hauptstadt von chile wissen | CL
one-shot | alexa öffne hauptstädte der welt und sag mir die hauptstadt von ungarn | HU
one-shot | alexa frag mal hauptstädte der welt welche stadt die hauptstadt von schottland ist | GB-SCT
one-shot | alexa bitte hauptstädte der welt fragen nach der hauptstadt von texas | US-TX
out-of-domain | alexa wie wird das wetter morgen in dortmund | FB
out-of-domain | alexa spiel was von helene fischer | FB
out-of-domain | alexa stell einen wecker auf halb sechs | FB
out-of-domain | alexa wie hat schalke gespielt | FB
out-of-domain | alexa mach das licht im wohnzimmer aus | FB
out-of-domain | alexa wie viele einwohner hat berlin | FB
out-of-domain | alexa wie hoch ist die zugspitze | FB
out-of-domain | alexa wer ist der bundeskanzler | FB
out-of-domain | alexa was ist das kapital einer gmbh | FB
out-of-domain | alexa wie viel stammkapital brauche ich für eine ug | FB
out-of-domain | alexa wer hat das kapital geschrieben | FB
out-of-domain | alexa was ist ein großbuchstabe | FB
out-of-domain | alexa wie schreibt man hauptstadt groß oder klein | FB
out-of-domain | alexa was heißt hauptstadt auf englisch | FB
out-of-domain | alexa was ist die hauptstadt von bayern in der dritten liga | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa was ist die hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt von westeros | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | alexa was ist die hauptstadt von preußen | FB
out-of-domain | alexa was war die hauptstadt der ddr | FB
out-of-domain | alexa was war die hauptstadt vom römischen reich | FB
out-of-domain | alexa was ist die hauptstadt der sowjetunion | FB
out-of-domain | alexa was ist die hauptstadt von jugoslawien | FB
out-of-domain | alexa was ist die hauptstadt vom ruhrgebiet | FB
out-of-domain | alexa was ist die hauptstadt vom sauerland | FB
out-of-domain | alexa was ist die hauptstadt von oberbayern | FB
out-of-domain | alexa was ist die hauptstadt von sizilien | FB
out-of-domain | alexa was ist die hauptstadt von katalonien | FB
out-of-domain | alexa was ist die hauptstadt von bayern münchen fans | FB
out-of-domain | alexa was ist die hauptstadt von tirol | FB
out-of-domain | alexa was ist die hauptstadt vom kanton zürich | FB
out-of-domain | alexa was ist die hauptstadt von sibirien | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt von skandinavien | FB
out-of-domain | alexa was ist die hauptstadt von narnia | FB
out-of-domain | alexa was ist die hauptstadt von wakanda | FB
out-of-domain | alexa was ist die hauptstadt von tatooine | FB
out-of-domain | alexa was ist die hauptstadt von schlumpfhausen | FB
out-of-domain | alexa was ist die hauptstadt von lummerland | FB
out-of-domain | alexa was ist die hauptstadt von bikini bottom | FB
out-of-domain | alexa was ist die hauptstadt des ostfränkischen reiches | FB
out-of-domain | alexa was ist die hauptstadt von kurdistan | FB
out-of-domain | alexa was ist die hauptstadt von tibet | FB
out-of-domain | alexa was ist die hauptstadt von tschetschenien | FB
out-of-domain | alexa was ist die hauptstadt von bayern im mittelalter | FB
out-of-domain | alexa was ist die hauptstadt von der krim | FB
out-of-domain | alexa was ist die hauptstadt von transnistrien | FB
out-of-domain | alexa was ist die hauptstadt von somaliland | FB
out-of-domain | alexa was ist die hauptstadt von abchasien | FB
out-of-domain | alexa was ist die hauptstadt der welt | FB
out-of-domain | alexa was ist die hauptstadt des karnevals | FB
out-of-domain | alexa welche stadt ist die fahrradhauptstadt deutschlands | FB
out-of-domain | alexa wo ist die modehauptstadt | FB
out-of-domain | alexa was ist die bierhauptstadt der welt | FB
out-of-domain | alexa welche stadt ist die europäische kulturhauptstadt dieses jahr | FB
out-of-domain | alexa wie weit ist es von dortmund nach paris | FB
out-of-domain | alexa wie spät ist es in tokio | FB
out-of-domain | alexa welche währung hat polen | FB
out-of-domain | alexa welche sprache spricht man in belgien | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa was ist der größte fluss in afrika | FB
out-of-domain | alexa wie groß ist russland | FB
out-of-domain | alexa wer hat die fußball wm gewonnen | FB
out-of-domain | alexa ruf mama an | FB
out-of-domain | alexa schreib eine nachricht an kevin | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa erinnere mich an den zahnarzt | FB
out-of-domain | alexa wie viel ist sieben mal acht | FB
out-of-domain | alexa erzähl mir einen witz | FB
out-of-domain | alexa sing ein lied | FB
out-of-domain | alexa lautstärke auf fünf | FB
out-of-domain | alexa mach den fernseher an | FB
out-of-domain | alexa spiel wdr zwei | FB
out-of-domain | alexa was läuft heute im kino | FB
out-of-domain | alexa wann fährt der nächste zug nach essen | FB
out-of-domain | alexa wie lange hat aldi heute auf | FB
out-of-domain | alexa bestell mir eine pizza | FB
out-of-domain | alexa wo ist mein handy | FB
out-of-domain | alexa starte den staubsauger | FB
out-of-domain | alexa wie warm ist es draußen | FB
out-of-domain | alexa wann ist ostern | FB
out-of-domain | alexa wer hat geburtstag heute | FB
out-of-domain | alexa was ist ein kapitalverbrechen | FB
out-of-domain | alexa was ist kapitalismus | FB
out-of-domain | alexa wie schreibt man kapitän | FB
out-of-domain | alexa was bedeutet capitol in washington | FB
out-of-domain | alexa was ist ein kapitell an einer säule | FB
out-of-domain | alexa lies mir das erste kapitel vor | FB
out-of-domain | alexa wie rechnet man kapitalrendite aus | FB
out-of-domain | alexa öffne geo quiz | FB
out-of-domain | alexa starte flaggen raten | FB
out-of-domain | alexa öffne städte der welt | FB
out-of-domain | alexa öffne länder quiz | FB
out-of-domain | alexa starte hauptstadtquiz deutschland | FB
out-of-domain | alexa öffne die tagesschau | FB
out-of-domain | alexa wie heißt der bürgermeister von bochum | FB
out-of-domain | alexa welche flagge ist rot weiß rot | FB
out-of-domain | alexa wo liegt die hauptstadt vom fußball | FB
out-of-domain | alexa wer wohnt im schloss bellevue | FB
out-of-domain | alexa was ist die vorwahl von frankreich | FB
out-of-domain | alexa wie sagt man danke auf ukrainisch | FB
out-of-domain | alexa übersetze hauptstadt auf rumänisch | FB
out-of-domain | alexa wie heißt der präsident von frankreich | FB
out-of-domain | alexa welches land hat die meisten einwohner | FB
out-of-domain | alexa wie viele bundesländer hat deutschland | FB
out-of-domain | alexa wie viele staaten hat amerika | FB
out-of-domain | alexa was ist die größte stadt der welt | FB
out-of-domain | alexa welche stadt ist größer hamburg oder münchen | FB
out-of-domain | alexa wo liegt wanne-eickel | FB
out-of-domain | alexa was ist die hauptstadt von wanne-eickel | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt vom mars | FB
out-of-domain | alexa was ist die hauptstadt von schlaraffenland | FB
out-of-domain | alexa was ist die hauptstadt von hogwarts | FB
out-of-domain | alexa was ist die hauptstadt vom allgäu | FB
out-of-domain | alexa was ist die hauptstadt von friesland | FB
out-of-domain | alexa was ist die hauptstadt der pfalz früher | FB
out-of-domain | alexa was ist die hauptstadt von flandern | FB
out-of-domain | alexa was ist die hauptstadt von lappland | FB
out-of-domain | alexa was ist die hauptstadt von patagonien | FB
out-of-domain | alexa was ist die hauptstadt von mesopotamien | FB
out-of-domain | alexa was ist die hauptstadt von österreich ungarn gewesen | FB
out-of-domain | alexa was ist die hauptstadt der bundesrepublik vor der wende | FB
out-of-domain | alexa was ist die hauptstadt vom ostblock | FB
out-of-domain | alexa ich hab hunger | FB
out-of-domain | alexa wie geht es dir | FB
out-of-domain | alexa bist du verheiratet | FB
out-of-domain | alexa danke schön | FB
out-of-domain | alexa guten morgen | FB
out-of-domain | alexa ich liebe dich | FB
out-of-domain | alexa hömma wie spät isset | FB
out-of-domain | alexa ja mei wia wird des wetter | FB
out-of-domain | alexa skazhy wie viel uhr ist | FB
out-of-domain | alexa spiel was von andreas gabalier | FB
follow-up | und von polen | PL
follow-up | und was ist mit tschechien | CZ
follow-up | und bei der slowakei | SK
follow-up | jetzt noch ungarn | HU
follow-up | okay und rumänien | RO
follow-up | und die von bulgarien | BG
follow-up | und wie sieht es mit moldawien aus | MD
follow-up | hömma und von holland | NL
follow-up | und in belgien | BE
follow-up | und jetzt luxemburg bitte | LU
follow-up | ja mei und vo italien | IT
follow-up | und griechenland | GR
follow-up | und wie heißt sie in portugal | PT
follow-up | gut und von marokko | MA
follow-up | und tunesien danach | TN
follow-up | noch eine und zwar ägypten | EG
follow-up | und die von kenia | KE
follow-up | und äthiopien | ET
follow-up | ach so und nigeria | NG
follow-up | und ghana bitte | GH
follow-up | weiter mit senegal | SN
follow-up | und was ist mit peru | PE
follow-up | und kolumbien | CO
follow-up | und dann noch argentinien | AR
follow-up | und brasilien danach | BR
follow-up | und venezuela | VE
follow-up | und für kanada | CA
follow-up | und von australien | AU
follow-up | und neuseeland noch | NZ
follow-up | und japan | JP
follow-up | und korea im süden | KR
follow-up | und was ist mit vietnam | VN
follow-up | und thailand noch schnell | TH
follow-up | und indonesien bitte | ID
follow-up | und pakistan | PK
follow-up | und jetzt iran | IR
follow-up | und bayern | DE-BY
follow-up | und sachsen | DE-SN
follow-up | und texas | US-TX
follow-up | und kalifornien | US-CA
follow-up | und ontario | CA-ON
follow-up | und noch die ukraine | UA
follow-up | und was ist mit georgien dem land | GE
follow-up | und dann noch die von kroatien | HR
follow-up | und serbien daneben | RS
plural-capitals | alexa welche hauptstädte hat südafrika | ZA
plural-capitals | alexa wie viele hauptstädte hat südafrika und wie heißen sie | ZA
plural-capitals | alexa hat bolivien zwei hauptstädte | BO
plural-capitals | alexa nenn mir beide hauptstädte von bolivien | BO
plural-capitals | alexa welche zwei hauptstädte hat benin | BJ
plural-capitals | alexa was sind die hauptstädte der elfenbeinküste | CI
plural-capitals | alexa hat sri lanka mehrere hauptstädte | LK
plural-capitals | alexa welche hauptstädte hat malaysia | MY
plural-capitals | alexa ist putrajaya oder kuala lumpur die hauptstadt von malaysia oder beide | MY
plural-capitals | alexa die niederlande haben doch zwei hauptstädte oder | NL
plural-capitals | alexa welche hauptstädte hat holland amsterdam und den haag | NL
plural-capitals | alexa welche hauptstädte hat eswatini | SZ
plural-capitals | alexa swasiland hat zwei hauptstädte welche | SZ
plural-capitals | alexa welche hauptstädte hat palästina | PS
plural-capitals | alexa nenne die hauptstädte von bolivien und südafrika | BO+ZA
plural-capitals | alexa welche hauptstädte haben belgien und die niederlande | BE+NL
plural-capitals | alexa was sind die hauptstädte von spanien und portugal | ES+PT
plural-capitals | alexa die hauptstädte von norwegen schweden und finnland bitte | FI+NO+SE
plural-capitals | alexa was sind die hauptstädte von den baltischen staaten estland lettland litauen | EE+LT+LV
plural-capitals | alexa sag mir die hauptstädte von nord und südkorea | KP+KR
plural-capitals | alexa welche hauptstädte haben deutschland österreich und die schweiz | AT+CH+DE
plural-capitals | alexa hömma die hauptstädte von polen und tschechien | CZ+PL
plural-capitals | alexa was sind die hauptstädte von sudan und südsudan | SD+SS
plural-capitals | alexa was sind die hauptstädte von montserrat | MS
plural-capitals | alexa welche hauptstädte hat benin porto novo oder cotonou | BJ
plural-capitals | alexa hat die elfenbeinküste wirklich zwei hauptstädte | CI
yes-no-check | alexa ist bern die hauptstadt der schweiz | CH
yes-no-check | alexa stimmt es dass canberra die hauptstadt von australien ist | AU
yes-no-check | alexa ist istanbul die hauptstadt der türkei | TR
yes-no-check | alexa ist sydney die hauptstadt von australien | AU
yes-no-check | alexa ist rio die hauptstadt von brasilien | BR
yes-no-check | alexa ist toronto die hauptstadt von kanada | CA
yes-no-check | alexa ist zürich die hauptstadt der schweiz | CH
yes-no-check | alexa hömma is dortmund die hauptstadt von nrw | DE-NW
yes-no-check | alexa is düsseldorf wirklich die landeshauptstadt von nordrhein-westfalen | DE-NW
yes-no-check | alexa ja mei is münchen de hauptstadt vo bayern | DE-BY
yes-no-check | alexa ist hannover die hauptstadt von niedersachsen | DE-NI
yes-no-check | alexa nee is rostock die hauptstadt von mecklenburg-vorpommern | DE-MV
yes-no-check | alexa ist erfurt die hauptstadt von thüringen oder weimar | DE-TH
yes-no-check | alexa ist kiel die landeshauptstadt von schleswig-holstein | DE-SH
yes-no-check | alexa ist mainz die hauptstadt von rheinland-pfalz | DE-RP
yes-no-check | alexa ist frankfurt die hauptstadt von hessen | DE-HE
yes-no-check | alexa ist kiew die hauptstadt der ukraine | UA
yes-no-check | alexa ist bukarest die hauptstadt von rumänien | RO
yes-no-check | alexa ist hanoi die hauptstadt von vietnam oder saigon | VN
yes-no-check | alexa ist kabul noch die hauptstadt von afghanistan | AF
yes-no-check | alexa ist teheran die hauptstadt vom iran | IR
yes-no-check | alexa ist tirana die hauptstadt von albanien | AL
yes-no-check | alexa ist lissabon die hauptstadt von portugal oder porto | PT
yes-no-check | alexa ist lagos die hauptstadt von nigeria | NG
yes-no-check | alexa ist casablanca die hauptstadt von marokko | MA
yes-no-check | alexa ist new york die hauptstadt der usa | US
yes-no-check | alexa ist los angeles die hauptstadt von kalifornien | US-CA
yes-no-check | alexa ist miami die hauptstadt von florida | US-FL
yes-no-check | alexa ist vancouver die hauptstadt von british columbia | CA-BC
yes-no-check | alexa ist mumbai die hauptstadt von indien | IN
yes-no-check | alexa ist almaty die hauptstadt von kasachstan | KZ
yes-no-check | alexa ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist genf die hauptstadt der schweiz | CH
yes-no-check | alexa ist edinburgh die hauptstadt von schottland | GB-SCT
yes-no-check | alexa stimmt das dass bonn mal die hauptstadt war und jetzt nicht mehr von deutschland | DE
yes-no-check | alexa ist dubai die hauptstadt der emirate | AE
yes-no-check | alexa is krakau die hauptstadt von polen | PL
yes-no-check | alexa ist yangon die hauptstadt von myanmar | MM
self-correction | alexa was ist die hauptstadt von schweden nein norwegen | NO
self-correction | alexa hauptstadt von österreich äh ich mein ungarn | HU
self-correction | alexa was ist die hauptstadt von slowenien quatsch slowakei | SK
self-correction | alexa die hauptstadt von sachsen nee sachsen-anhalt | DE-ST
self-correction | alexa hömma hauptstadt von bochum äh nee von nrw | DE-NW
self-correction | alexa was ist die hauptstadt von iran sorry irak | IQ
self-correction | alexa die hauptstadt von nigeria nein niger meine ich | NE
self-correction | alexa hauptstadt von guinea ne guinea-bissau | GW
self-correction | alexa was ist die hauptstadt von österreich oder warte der schweiz | CH
self-correction | alexa welche hauptstadt hat kolumbien äh kuba | CU
self-correction | alexa hauptstadt von lettland moment litauen | LT
self-correction | alexa was ist die hauptstadt von island ich meine irland | IE
self-correction | alexa was ist die hauptstadt von dominica nein der dominikanischen republik | DO
self-correction | alexa hauptstadt von virginia äh west virginia | US-WV
self-correction | alexa was ist die hauptstadt von north dakota nee south dakota | US-SD
self-correction | alexa ja mei hauptstadt vo tirol na vo österreich moan i | AT
self-correction | alexa die hauptstadt von mali oder nein malawi | MW
self-correction | alexa hauptstadt von sambia korrektur simbabwe | ZW
self-correction | alexa was ist die hauptstadt von taiwan äh thailand | TH
self-correction | alexa hauptstadt von armenien ach quatsch albanien | AL
self-correction | alexa was ist die hauptstadt von kamerun nein kambodscha | KH
self-correction | alexa hauptstadt von nordkorea äh südkorea | KR
self-correction | alexa die hauptstadt von hessen nee doch thüringen | DE-TH
self-correction | alexa hauptstadt von new york ach nein new jersey | US-NJ
self-correction | alexa was ist die hauptstadt von chile äh china | CN
self-correction | alexa hauptstadt von austria ich mein australien | AU
self-correction | alexa welche hauptstadt hat ecuador nee el salvador | SV
self-correction | alexa was ist die hauptstadt von gambia warte sambia | ZM
self-correction | alexa hauptstadt von montenegro ne mazedonien | MK
self-correction | alexa skazhy hauptstadt von russland nein ukraine | UA
reverse-question | alexa von welchem land ist nairobi die hauptstadt | CITY:Nairobi
reverse-question | alexa wo ist tiflis die hauptstadt | CITY:Tiflis
reverse-question | alexa eriwan ist die hauptstadt von welchem land | CITY:Eriwan
reverse-question | alexa zu welchem land gehört die hauptstadt bischkek | CITY:Bischkek
reverse-question | alexa hömma wovon is warschau die hauptstadt | CITY:Warschau
reverse-question | alexa ja mei vo wos is wien de hauptstadt | CITY:Wien
reverse-question | alexa welches land hat die hauptstadt lima | CITY:Lima
reverse-question | alexa welches land hat hanoi als hauptstadt | CITY:Hanoi
reverse-question | alexa ulaanbaatar ist die hauptstadt wovon | CITY:Ulaanbaatar
reverse-question | alexa von welchem staat ist reykjavík die hauptstadt | CITY:Reykjavík
reverse-question | alexa in welchem land liegt die hauptstadt kopenhagen | CITY:Kopenhagen
reverse-question | alexa helsinki ist hauptstadt von was | CITY:Helsinki
reverse-question | alexa ottawa ist die hauptstadt von welchem land | CITY:Ottawa
reverse-question | alexa welches land hat addis abeba als hauptstadt | CITY:Addis Abeba
reverse-question | alexa wovon ist potsdam die landeshauptstadt | CITY:Potsdam
reverse-question | alexa schwerin ist die hauptstadt von welchem bundesland | CITY:Schwerin
reverse-question | alexa wiesbaden ist landeshauptstadt von welchem land | CITY:Wiesbaden
reverse-question | alexa von welchem bundesland ist hannover die hauptstadt | CITY:Hannover
reverse-question | alexa magdeburg ist hauptstadt von welchem bundesland | CITY:Magdeburg
reverse-question | alexa von welchem us staat ist sacramento die hauptstadt | CITY:Sacramento
reverse-question | alexa austin ist die hauptstadt von welchem bundesstaat | CITY:Austin
reverse-question | alexa albany ist die hauptstadt wovon | CITY:Albany
reverse-question | alexa welches land hat taschkent als hauptstadt | CITY:Taschkent
reverse-question | alexa baku ist hauptstadt von welchem land | CITY:Baku
reverse-question | alexa welches land gehört zur hauptstadt kathmandu | CITY:Kathmandu
reverse-question | alexa von wo ist bogotá die hauptstadt | CITY:Bogotá
reverse-question | alexa welches land hat die hauptstadt montevideo | CITY:Montevideo
reverse-question | alexa asunción ist die hauptstadt von welchem land | CITY:Asunción
reverse-question | alexa in welchem land ist rabat die hauptstadt | CITY:Rabat
reverse-question | alexa accra hauptstadt von welchem land | CITY:Accra
reverse-question | alexa welches land hat dakar als hauptstadt | CITY:Dakar
reverse-question | alexa windhuk ist die hauptstadt von | CITY:Windhoek
reverse-question | alexa antananarivo ist hauptstadt von welchem land | CITY:Antananarivo
reverse-question | alexa von welchem land ist vilnius die hauptstadt | CITY:Vilnius
reverse-question | alexa riga ist die hauptstadt von welchem land | CITY:Riga
reverse-question | alexa welches land hat podgorica als hauptstadt | CITY:Podgorica
reverse-question | alexa skopje ist hauptstadt von welchem staat | CITY:Skopje
reverse-question | alexa von welchem land ist ljubljana die hauptstadt | CITY:Ljubljana
reverse-question | alexa kingston ist die hauptstadt von welchem land | CITY:Kingston
reverse-question | alexa victoria ist die hauptstadt wovon | CITY:Victoria
reverse-question | alexa saint john's ist hauptstadt von was | CITY:Saint John's
reverse-question | alexa von welchem land ist maskat die hauptstadt | CITY:Maskat
official-name | alexa was ist die hauptstadt der bundesrepublik deutschland | DE
official-name | alexa was ist die hauptstadt der republik österreich | AT
official-name | alexa was ist die hauptstadt der schweizerischen eidgenossenschaft | CH
official-name | alexa was ist die hauptstadt der französischen republik | FR
official-name | alexa was ist die hauptstadt der republik polen | PL
official-name | alexa was ist die hauptstadt der tschechischen republik | CZ
official-name | alexa was ist die hauptstadt des königreichs dänemark | DK
official-name | alexa was ist die hauptstadt des königreichs norwegen | NO
official-name | alexa was ist die hauptstadt des großherzogtums luxemburg | LU
official-name | alexa was ist die hauptstadt des fürstentums liechtenstein | LI
official-name | alexa was ist die hauptstadt des fürstentums andorra | AD
official-name | alexa was ist die hauptstadt der russischen föderation | RU
official-name | alexa was ist die hauptstadt der volksrepublik china | CN
official-name | alexa was ist die hauptstadt der vereinigten mexikanischen staaten | MX
official-name | alexa was ist die hauptstadt der föderativen republik brasilien | BR
official-name | alexa was ist die hauptstadt der arabischen republik ägypten | EG
official-name | alexa was ist die hauptstadt der islamischen republik iran | IR
official-name | alexa was ist die hauptstadt des königreichs saudi-arabien | SA
official-name | alexa was ist die hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa was ist die hauptstadt der republik moldau | MD
official-name | alexa was ist die hauptstadt der republik kosovo | XK
official-name | alexa was ist die hauptstadt des vereinigten königreichs von großbritannien und nordirland | GB
official-name | alexa was ist die hauptstadt der republik côte d'ivoire | CI
official-name | alexa was ist die hauptstadt der hellenischen republik | GR
official-name | alexa was ist die hauptstadt des königreichs bhutan | BT
official-name | alexa was ist die hauptstadt der demokratischen volksrepublik korea | KP
official-name | alexa was ist die hauptstadt des staates katar | QA
official-name | alexa was ist die hauptstadt vom freistaat bayern | DE-BY
official-name | alexa was ist die hauptstadt vom freistaat thüringen | DE-TH
official-name | alexa was ist die hauptstadt der freien hansestadt bremen | DE-HB
official-name | alexa was ist die hauptstadt des commonwealth of massachusetts | US-MA
everyday-name | alexa was ist die hauptstadt von holland | NL
everyday-name | alexa was ist die hauptstadt von england | GB-ENG
everyday-name | alexa hauptstadt von amiland | US
everyday-name | alexa was ist die hauptstadt von den staaten | US
everyday-name | alexa was ist die hauptstadt von weißrussland | BY
everyday-name | alexa was ist die hauptstadt von burma | MM
everyday-name | alexa was ist die hauptstadt von persien | IR
everyday-name | alexa was ist die hauptstadt von ceylon | LK
everyday-name | alexa was ist die hauptstadt von swasiland | SZ
everyday-name | alexa was ist die hauptstadt von der tschechei | CZ
everyday-name | alexa was ist die hauptstadt vom ländle | DE-BW
everyday-name | alexa hömma was is die hauptstadt von nrw | DE-NW
everyday-name | alexa was ist die hauptstadt von meck pomm | DE-MV
everyday-name | alexa was ist die hauptstadt von down under | AU
everyday-name | alexa was ist die hauptstadt von mazedonien | MK
everyday-name | alexa was ist die hauptstadt von der elfenbeinküste | CI
everyday-name | alexa was ist die hauptstadt von kapverden | CV
everyday-name | alexa was ist die hauptstadt von osttimor | TL
everyday-name | alexa was ist die hauptstadt von den emiraten | AE
everyday-name | alexa was ist die hauptstadt von bosnien | BA
everyday-name | alexa was ist die hauptstadt von trinidad | TT
everyday-name | alexa was ist die hauptstadt von papua | PG
everyday-name | alexa was ist die hauptstadt vom kongo kinshasa | CD
everyday-name | alexa was ist die hauptstadt von zaire früher | CD
everyday-name | alexa was ist die hauptstadt von der dom rep | DO
everyday-name | alexa was ist die hauptstadt von saudi | SA
shared-name | alexa was ist die hauptstadt von georgia in amerika | US-GA
shared-name | alexa was ist die hauptstadt von georgien im kaukasus | GE
shared-name | alexa georgia das land nicht der staat was ist die hauptstadt | GE
shared-name | alexa was ist die hauptstadt von washington dem bundesstaat | US-WA
shared-name | alexa was ist die hauptstadt von punjab in pakistan | FB
shared-name | alexa was ist die hauptstadt von mexiko dem land | MX
shared-name | alexa was ist die hauptstadt vom staat méxico nicht vom land | MX-MEX
shared-name | alexa was ist die hauptstadt von luxemburg dem land nicht der provinz in belgien | LU
shared-name | alexa was ist die hauptstadt vom kongo | CD+CG
shared-name | alexa welche hauptstadt hat guinea nicht guinea-bissau | GN
shared-name | alexa was ist die hauptstadt von victoria in australien | AU-VIC
shared-name | alexa was ist die hauptstadt von amazonas in brasilien | BR-AM
shared-name | alexa hauptstadt von new york dem staat | US-NY
shared-name | alexa was ist die hauptstadt von samoa nicht amerikanisch samoa | WS
shared-name | alexa was ist die hauptstadt von amerikanisch samoa nicht samoa | AS
shared-name | alexa welche hauptstadt hat die republik kongo mit brazzaville | CG
shared-name | alexa was ist die hauptstadt von sudan nicht südsudan | SD
shared-name | alexa was ist die hauptstadt von berlin dem bundesland | DE-BE
shared-name | alexa welche hauptstadt hat hamburg das bundesland | DE-HH
shared-name | alexa was ist die hauptstadt von dominica nicht dominikanische republik | DM
shared-name | alexa was ist die hauptstadt von äquatorial guinea nicht guinea | GQ
shared-name | alexa was ist die hauptstadt von jersey der insel nicht new jersey | JE
dialect | alexa hömma wat is dat getz mit der hauptstadt von holland | NL
dialect | alexa woll wie heißt die hauptstadt von dänemark | DK
dialect | alexa getz ma ehrlich is essen nich die hauptstadt vom pott | FB
dialect | alexa ja mei wos is de hauptstadt vo tschechien | CZ
dialect | alexa geh weida wia hoaßt de hauptstadt vo ungarn | HU
dialect | alexa oiso de hauptstadt vo kroatien bittschön | HR
dialect | alexa nee wat denn die hauptstadt vonne schweden | SE
dialect | alexa jo min jung wat is de hauptstadt vun dänemark | DK
dialect | alexa büschen schnell nech die hauptstadt von norwegen | NO
dialect | alexa gelle wie heißt die hauptstadt von polen | PL
dialect | alexa glück auf sach ma die hauptstadt von tschechien | CZ
dialect | alexa nu gell die hauptstadt vo österreich | AT
dialect | alexa hömma ich wohn in bottrop und will wissen wat die hauptstadt von nrw is | DE-NW
dialect | alexa woll im sauerland fragen wir uns was ist die hauptstadt von hessen | DE-HE
dialect | alexa ja mei bei uns im bayerwald fragt oana wos de hauptstadt vo niederbayern is | FB
dialect | alexa ja mei wos is de hauptstadt vom freistaat | DE-BY
dialect | alexa nee min deern wat is die hauptstadt von mecklenburg | DE-MV
dialect | alexa hier in rostock wat is unsre landeshauptstadt | DE-MV
dialect | alexa in kassel sagen wir ahle worscht aber was ist die hauptstadt von hessen | DE-HE
dialect | alexa hömma wat is die hauptstadt vonne türkei | TR
dialect | alexa ja mei wia hoaßt de hauptstadt vo italien | IT
dialect | alexa in der lausitz fragt man was ist die hauptstadt von sachsen | DE-SN
dialect | alexa wie heißt die hauptstadt von thüringen gelle | DE-TH
dialect | alexa ich bin aus dem vogtland sag mal die hauptstadt von sachsen | DE-SN
migrant | alexa skazhy mal welche ist hauptstadt von ukraine | UA
migrant | alexa dyakuyu und was ist hauptstadt von polen | PL
migrant | alexa hai te rog hauptstadt von moldawien | MD
migrant | alexa spune-mi hauptstadt von ungarn bitte | HU
migrant | alexa da oi was ist die hauptstadt von laos | LA
migrant | alexa em hoi nur hauptstadt von kambodscha | KH
migrant | alexa jan bitte hauptstadt von usbekistan | UZ
migrant | alexa merci was ist hauptstadt von tadschikistan | TJ
migrant | alexa selam wie heißt hauptstadt von eritrea | ER
migrant | alexa të lutem hauptstadt vom kosovo | XK
migrant | alexa vëlla was ist hauptstadt von nordmazedonien | MK
migrant | alexa olha qual é die hauptstadt von angola | AO
migrant | alexa pá die hauptstadt von mosambik | MZ
migrant | alexa nage nage hauptstadt von taiwan | TW
migrant | alexa jeogiyo was ist die hauptstadt von südkorea | KR
migrant | alexa kérem die hauptstadt von rumänien | RO
migrant | alexa abeg oga wetin be di hauptstadt von ghana | GH
migrant | alexa hè wat is de hoofdstad van belgië | BE
migrant | alexa grüezi wie heisst d hauptstadt vo liechtenstein | LI
migrant | alexa servus oida die hauptstadt vo slowenien | SI
migrant | alexa heast wos is de hauptstadt vo da slowakei | SK
migrant | alexa ka bêje hauptstadt von syrien | SY
migrant | alexa ez dixwazim hauptstadt vom irak wissen | IQ
migrant | alexa khrap was ist hauptstadt von myanmar | MM
migrant | alexa moien wat ass d hauptstad vu lëtzebuerg | LU
migrant | alexa dobrý den hauptstadt von der slowakei prosím | SK
migrant | alexa kak dela was ist hauptstadt von kasachstan | KZ
migrant | alexa cheers mate whats the capital of ireland auf deutsch bitte | IE
kid | alexa ich bin lina und sieben wie heißt die hauptstadt von spanien | ES
kid | alexa wo wohnt der könig von schweden in welcher hauptstadt | SE
kid | alexa ich hab ein puzzle von afrika was ist die hauptstadt von kenia | KE
kid | alexa was ist die hauptstadt vom land mit den kängurus | AU
kid | alexa mein freund kommt aus polen wie heißt da die hauptstadt | PL
kid | alexa in der kita haben wir flaggen gemalt was ist die hauptstadt von japan | JP
kid | alexa ich will nach paris ist das die hauptstadt von frankreich | FR
kid | alexa was ist die hauptstadt von ägypten wo die pyramiden sind | EG
kid | alexa wie heißt die hauptstadt von brasilien wo der fußball herkommt | BR
kid | alexa mein opa war in kanada was ist da die hauptstadt | CA
kid | alexa ich hab ein panini bild von argentinien was ist die hauptstadt | AR
kid | alexa was ist die hauptstadt von island da wo die vulkane sind | IS
kid | alexa ich bin in der zweiten klasse was ist die hauptstadt von deutschland | DE
kid | alexa wie heißt die hauptstadt von indien für mein plakat | IN
kid | alexa was ist die hauptstadt von norwegen wo die elche wohnen | NO
teen | alexa digga was is die hauptstadt von kolumbien | CO
teen | alexa ich hab erdkunde nachprüfung hauptstadt von peru | PE
teen | alexa für fortnite quiz welche hauptstadt hat chile | CL
teen | alexa lowkey keine ahnung was die hauptstadt von nigeria ist | NG
teen | alexa sag schnell hauptstadt von saudi arabien ich bin im call | SA
teen | alexa im twitch stream fragt einer nach der hauptstadt von kuba | CU
teen | alexa minecraft server frage was ist die hauptstadt von ägypten | EG
teen | alexa mein lehrer ist cringe aber was ist die hauptstadt von vietnam | VN
teen | alexa wallah was ist die hauptstadt von marokko | MA
teen | alexa für die gfs was ist die hauptstadt von äthiopien | ET
teen | alexa ich hab mit jonas gewettet hauptstadt von neuseeland | NZ
teen | alexa bruder hauptstadt von pakistan jetzt | PK
teen | alexa für whatsapp gruppe welche hauptstadt hat die mongolei | MN
teen | alexa ehrlich ich schäm mich aber was ist die hauptstadt von italien | IT
senior | alexa mein verstorbener mann war in der türkei stationiert was ist da die hauptstadt | TR
senior | alexa bei der kaffeefahrt ging es nach tschechien wie heißt die hauptstadt | CZ
senior | alexa im chor singen wir ein lied über portugal was ist dort die hauptstadt | PT
senior | alexa ich mache einen volkshochschulkurs welche hauptstadt hat griechenland | GR
senior | alexa junge frau sagen sie mir bitte die hauptstadt von ungarn | HU
senior | alexa früher hieß das anders aber was ist heute die hauptstadt von russland | RU
senior | alexa in der rheuma gruppe haben wir gefragt was die hauptstadt von malta ist | MT
senior | alexa meine enkelin ist in australien was ist da die hauptstadt | AU
senior | alexa beim skatabend wette ich was ist die hauptstadt von finnland | FI
senior | alexa im radio sagten sie etwas über kasachstan was ist die hauptstadt | KZ
senior | alexa ich war neunzehnhundertsiebzig in jugoslawien heute kroatien was ist die hauptstadt | HR
senior | alexa meine brieffreundin lebt in schottland was ist die hauptstadt | GB-SCT
senior | alexa ich verstehe das gerät nicht aber was ist die hauptstadt von irland | IE
senior | alexa bitte langsam was ist die hauptstadt von belgien | BE
work | alexa ich bin krankenpfleger und mein patient kommt aus eritrea was ist die hauptstadt | ER
work | alexa für die speditionsrechnung welche hauptstadt hat litauen | LT
work | alexa ich bin kfz mechaniker und das auto kommt aus rumänien was ist die hauptstadt | RO
work | alexa in der kantine wird diskutiert was ist die hauptstadt von kanada | CA
work | alexa ich mach die einsatzplanung bei der feuerwehr aber kurz was ist die hauptstadt von schweden | SE
work | alexa im callcenter fragt ein kunde nach der hauptstadt von kroatien | HR
work | alexa ich bin busfahrer und die gruppe will wissen was die hauptstadt von slowenien ist | SI
work | alexa meine chefin fliegt nach nigeria was ist dort die hauptstadt | NG
work | alexa für die integrationskurs stunde was ist die hauptstadt von deutschland | DE
work | alexa ich unterrichte deutsch als zweitsprache was ist die hauptstadt von afghanistan | AF
work | alexa auf dem bau fragt der polier nach der hauptstadt von bosnien | BA
work | alexa als reinigungskraft im hotel hab ich einen gast aus georgien welche hauptstadt hat georgien | GE
work | alexa ich bin bäuerin und der praktikant kommt aus ecuador was ist die hauptstadt | EC
work | alexa für den einbürgerungstest was ist die hauptstadt von deutschland | DE
game | alexa bei gefragt gejagt kam die hauptstadt von bahrain | BH
game | alexa im kreuzworträtsel hauptstadt von lettland fünf buchstaben | LV
game | alexa geoguessr runde welche hauptstadt hat uruguay | UY
game | alexa beim memory mit flaggen was ist die hauptstadt von jamaika | JM
game | alexa wir spielen hauptstadt raten was ist die hauptstadt von tunesien | TN
game | alexa bei der weihnachtsfeier quiz hauptstadt von katar | QA
game | alexa beim trinkspiel wer die hauptstadt von bolivien nicht weiß trinkt | BO
game | alexa schiffe versenken pause was ist die hauptstadt von estland | EE
game | alexa für mein quiz heute abend hauptstadt von sambia | ZM
game | alexa beim kartenspiel europa quartett welche hauptstadt hat zypern | CY
learner | alexa wie heißt die hauptstadt von das land tschechien | CZ
learner | alexa ich will wissen die hauptstadt von die ukraine | UA
learner | alexa bitte was ist hauptstadt für syrien | SY
learner | alexa die hauptstadt von afghanistan wie ist | AF
learner | alexa welche stadt ist die haupt von eritrea | ER
learner | alexa du kannst sagen mir die hauptstadt von irak | IQ
learner | alexa hauptstadt von der iran bitte | IR
learner | alexa wo ist hauptstadt in rumänien | RO
learner | alexa ich frage hauptstadt von vietnam was ist | VN
learner | alexa was ist den hauptstadt von pakistan | PK
formal | alexa entschuldigen sie bitte welche stadt ist hauptstadt von estland | EE
formal | alexa ich bitte um auskunft über die hauptstadt von litauen | LT
formal | alexa wären sie so freundlich mir die hauptstadt von argentinien zu nennen | AR
formal | alexa dürfte ich erfahren was die hauptstadt von kenia ist | KE
formal | alexa nennen sie mir bitte die hauptstadt von chile | CL
formal | alexa ich möchte die hauptstadt von namibia erfragen | NA
hesitation | alexa was ist die äh die hauptstadt von ähm uganda | UG
hesitation | alexa hauptstadt von na wie heißt das noch tansania | TZ
hesitation | alexa warte mal kurz ähm die hauptstadt von ruanda | RW
hesitation | alexa die ähm die hauptstadt von also sudan | SD
hesitation | alexa also was ich fragen wollte äh hauptstadt von libyen | LY
hesitation | alexa ja also hm die hauptstadt von jordanien | JO
hesitation | alexa öh wie war das hauptstadt von oman | OM
hesitation | alexa moment äh die hauptstadt von katar was ist die | QA
code-switch | alexa what is the hauptstadt of schweden | SE
code-switch | alexa please sag mir the capital of kenya | KE
code-switch | alexa can you tell me die hauptstadt von polen please | PL
code-switch | alexa hauptstadt von spain please | ES
code-switch | alexa okay google äh alexa hauptstadt von griechenland | GR
code-switch | alexa welche ist the capital city von portugal | PT
asr-slip | alexa was ist die hauptstadt von nieder landen | NL
asr-slip | alexa was ist die hauptstadt von bahn glattesch | BD
asr-slip | alexa was ist die hauptstadt von kasach stan | KZ
asr-slip | alexa was ist die hauptstadt von kirgis stan | KG
asr-slip | alexa was ist die hauptstadt von ost reich | AT
asr-slip | alexa was ist die hauptstadt von mal diven | MV
asr-slip | alexa was ist die hauptstadt von neu see land | NZ
asr-slip | alexa was ist die hauptstadt von philip pinnen | PH
family | alexa meine frau und ich wollen nach kroatien was ist die hauptstadt | HR
family | alexa die kinder wollen wissen welche hauptstadt island hat | IS
family | alexa wir fliegen in den ferien nach thailand was ist die hauptstadt | TH
family | alexa schatz sag mal ach alexa was ist die hauptstadt von ägypten | EG
family | alexa mein schwiegersohn kommt aus ghana was ist die hauptstadt | GH
family | alexa beim sonntagsbraten streiten wir was ist die hauptstadt von australien | AU
family | alexa oma fragt was die hauptstadt von lettland ist | LV
family | alexa die nachbarskinder spielen bei uns was ist die hauptstadt von mexiko | MX
family | alexa mein sohn macht austausch in irland welche hauptstadt hat irland | IE
family | alexa im wohnmobil nach norwegen was ist die hauptstadt dort | NO
out-of-domain | alexa hömma wann spielt der bvb | FB
out-of-domain | alexa ja mei wann is des oktoberfest | FB
out-of-domain | alexa woll wie wird das wetter in arnsberg | FB
out-of-domain | alexa spiel ukrainische musik | FB
out-of-domain | alexa wie viel kostet ein flug nach bukarest | FB
out-of-domain | alexa digga spiel capital bra | FB
out-of-domain | alexa spiel den song von capital bra | FB
out-of-domain | alexa wer ist der rapper capital bra | FB
out-of-domain | alexa was kostet ein ticket nach kiew | FB
out-of-domain | alexa übersetze guten tag auf vietnamesisch | FB
out-of-domain | alexa wie viele hauptstädte gibt es | FB
out-of-domain | alexa welche hauptstadt ist die größte | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa welche hauptstadt ist am nördlichsten | FB
out-of-domain | alexa wie viele einwohner hat wien | FB
out-of-domain | alexa wie weit ist madrid von berlin | FB
out-of-domain | alexa wie ist das wetter in der hauptstadt | FB
out-of-domain | alexa kennst du die hauptstadt von meinem herzen | FB
out-of-domain | alexa was ist die hauptstadt vom schützenverein | FB
out-of-domain | alexa welche stadt ist die hauptstadt der fastnacht in mainz | FB
out-of-domain | alexa welche stadt ist die heimliche hauptstadt deutschlands | FB
out-of-domain | alexa was ist die hauptstadt von gallien bei asterix | FB
out-of-domain | alexa was ist die hauptstadt von der ostsee | FB
out-of-domain | alexa was ist die hauptstadt vom schwarzwald | FB
out-of-domain | alexa was ist die hauptstadt von ostpreußen gewesen | FB
out-of-domain | alexa was ist die hauptstadt von byzanz | FB
out-of-domain | alexa was ist die hauptstadt vom osmanischen reich | FB
out-of-domain | alexa was ist die hauptstadt von galizien | FB
out-of-domain | alexa was ist die hauptstadt von bessarabien | FB
out-of-domain | alexa was ist die hauptstadt von siebenbürgen | FB
stop | alexa hömma getz is schluss mit hauptstädte | STOP
stop | alexa woll dat reicht stopp | STOP
stop | alexa ja mei hör auf jetz | STOP
stop | alexa geh hör auf mit dem schmarrn | STOP
stop | alexa nee min jung nu is feierabend aufhören | STOP
stop | alexa stopp die oma ruft an | STOP
stop | alexa sei ruhig ich hab besuch | STOP
stop | alexa halt mal die klappe bitte | STOP
stop | alexa stopp ich muss los zur schicht | STOP
stop | alexa bitte aufhören das baby schläft | STOP
stop | alexa skazhy stopp bitte | STOP
stop | alexa bro stopp einfach | STOP
stop | alexa stopp das spiel wir essen jetzt | STOP
stop | alexa beenden sie bitte das programm | STOP
stop | alexa servus und aus | STOP
stop | alexa ruhe im karton | STOP
stop | alexa lass das hauptstadt ding stopp | STOP
stop | alexa aufhören mama kommt | STOP
stop | alexa ende der durchsage stopp | STOP
stop | alexa nu is genug stopp | STOP
cancel | alexa hömma vergiss die frage getz | CANCEL
cancel | alexa woll egal lass ma | CANCEL
cancel | alexa ja mei vergiss des | CANCEL
cancel | alexa nee lass man vergiss dat | CANCEL
cancel | alexa ach vergiss es war falsch gefragt | CANCEL
cancel | alexa abbrechen ich hab mich versprochen | CANCEL
cancel | alexa nein nein abbrechen | CANCEL
cancel | alexa bitte brich das ab ich will was anderes | CANCEL
cancel | alexa vergiss das mit dem land | CANCEL
cancel | alexa ach egal doch nicht so wichtig | CANCEL
cancel | alexa das war nicht für dich vergiss es | CANCEL
cancel | alexa bud laska abbrechen | CANCEL
cancel | alexa servus vergiss es oida | CANCEL
cancel | alexa brechen sie das bitte ab | CANCEL
cancel | alexa vergiss was ich gesagt hab | CANCEL
cancel | alexa abbrechen bro | CANCEL
cancel | alexa lass gut sein min jung | CANCEL
cancel | alexa egal vergiss es wir suchen im atlas | CANCEL
cancel | alexa ne lass mal sein vergiss die hauptstadt | CANCEL
cancel | alexa äh abbrechen abbrechen | CANCEL
help | alexa hömma wie geht dat hier mit den hauptstädten | HELP
help | alexa woll wat kann der skill | HELP
help | alexa was kann ich bei hauptstädte der welt fragen | HELP
help | alexa ich bin neu hier hilf mir mal | HELP
help | alexa wie frage ich nach einer hauptstadt | HELP
help | alexa hilfe für die oma bitte wie geht das | HELP
help | alexa was muss ich sagen um eine hauptstadt zu hören | HELP
help | alexa hai te rog hilfe | HELP
launch | alexa hömma mach ma hauptstädte der welt auf getz | LAUNCH
launch | alexa ja mei öffne hauptstädte der welt | LAUNCH
launch | alexa woll starte hauptstädte der welt | LAUNCH
launch | alexa nee min jung öffne ma hauptstädte der welt | LAUNCH
launch | alexa opa will hauptstädte der welt spielen öffne das bitte | LAUNCH
launch | alexa mach hauptstädte der welt für die kinder an | LAUNCH
launch | alexa öffne hauptstädte der welt ich hab morgen erdkunde | LAUNCH
launch | alexa grüezi starte bitte hauptstädte der welt | LAUNCH
launch | alexa hai te rog öffne hauptstädte der welt | LAUNCH
launch | alexa ähm starte hauptstädte der welt glaub ich heißt das | LAUNCH
launch | alexa digga mach hauptstädte der welt an | LAUNCH
launch | alexa für den integrationskurs öffne hauptstädte der welt | LAUNCH
official-name | alexa was ist die hauptstadt der republik litauen | LT
official-name | alexa was ist die hauptstadt der rumänischen republik | RO
official-name | alexa wie heißt die hauptstadt der ukraine offiziell | UA
official-name | alexa was ist die hauptstadt des königreichs thailand | TH
official-name | alexa was ist die hauptstadt der islamischen republik afghanistan | AF
official-name | alexa was ist die hauptstadt der bundesrepublik nigeria | NG
official-name | alexa was ist die hauptstadt des haschemitischen königreichs jordanien | JO
official-name | alexa was ist die hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt der kirgisischen republik | KG
official-name | alexa was ist die hauptstadt der republik usbekistan | UZ
official-name | alexa was ist die hauptstadt der demokratischen bundesrepublik äthiopien | ET
official-name | alexa was ist die hauptstadt des staates eritrea | ER
official-name | alexa was ist die hauptstadt der republik nordmazedonien | MK
official-name | alexa was ist die hauptstadt der slowakischen republik | SK
official-name | alexa hömma wat is die hauptstadt vom land nordrhein-westfalen | DE-NW
official-name | alexa was ist die landeshauptstadt vom freistaat sachsen | DE-SN
official-name | alexa was ist die hauptstadt der republik korea | KR
official-name | alexa was ist die hauptstadt der vereinigten republik tansania | TZ
official-name | alexa was ist die hauptstadt des unabhängigen staates samoa | WS
official-name | alexa was ist die hauptstadt der orientalischen republik uruguay | UY
official-name | alexa was ist die hauptstadt der bolivarischen republik venezuela | VE
official-name | alexa was ist die hauptstadt des plurinationalen staates bolivien | BO
everyday-name | alexa hömma wat is die hauptstadt von den niederlanden also holland | NL
everyday-name | alexa was ist die hauptstadt von den vereinigten staaten also usa | US
everyday-name | alexa was ist die hauptstadt vom vereinigten königreich also england | GB
everyday-name | alexa wos is de hauptstadt vo da schwyz | CH
everyday-name | alexa was ist die hauptstadt von amerika | US
everyday-name | alexa was ist die hauptstadt von großbritannien | GB
everyday-name | alexa was ist die hauptstadt von kirgisien | KG
everyday-name | alexa was ist die hauptstadt von moldawien | MD
everyday-name | alexa was ist die hauptstadt von nordkorea | KP
everyday-name | alexa was ist die hauptstadt von mecklenburg | DE-MV
everyday-name | alexa was ist die hauptstadt von bosnien herzegowina | BA
everyday-name | alexa was ist die hauptstadt von südtirol | FB
everyday-name | alexa was ist die hauptstadt von kongo brazzaville | CG
everyday-name | alexa was ist die hauptstadt von den vae | AE
everyday-name | alexa was ist die hauptstadt von st vincent | VC
everyday-name | alexa was ist die hauptstadt von sao tome | ST
yes-no-check | alexa hömma is bochum die hauptstadt vonne welt | FB
yes-no-check | alexa ja mei is passau de hauptstadt vo niederbayern | FB
yes-no-check | alexa stimmt das mit chisinau als hauptstadt von moldawien | MD
yes-no-check | alexa woll ist arnsberg die hauptstadt von nrw | DE-NW
yes-no-check | alexa nee is greifswald die hauptstadt von vorpommern | FB
yes-no-check | alexa is schwerin die hauptstadt von mecklenburg-vorpommern oder rostock | DE-MV
yes-no-check | alexa ist odessa die hauptstadt der ukraine | UA
yes-no-check | alexa ist cluj die hauptstadt von rumänien | RO
yes-no-check | alexa ist ho chi minh stadt die hauptstadt von vietnam | VN
yes-no-check | alexa ist herat die hauptstadt von afghanistan | AF
yes-no-check | alexa ist asmara die hauptstadt von eritrea | ER
yes-no-check | alexa ist pristina die hauptstadt vom kosovo | XK
yes-no-check | alexa ist porto die hauptstadt von portugal | PT
yes-no-check | alexa ist shanghai die hauptstadt von china | CN
yes-no-check | alexa ist busan die hauptstadt von südkorea | KR
yes-no-check | alexa ist debrecen die hauptstadt von ungarn | HU
yes-no-check | alexa ist abuja die hauptstadt von nigeria | NG
yes-no-check | alexa ist amsterdam die hauptstadt von holland oder den haag | NL
yes-no-check | alexa ist basel die hauptstadt der schweiz | CH
yes-no-check | alexa ist salzburg die hauptstadt von österreich | AT
yes-no-check | alexa ist chemnitz die hauptstadt von sachsen | DE-SN
yes-no-check | alexa ist jena die hauptstadt von thüringen | DE-TH
yes-no-check | alexa ist lübeck die hauptstadt von schleswig-holstein | DE-SH
yes-no-check | alexa ist kassel die hauptstadt von hessen | DE-HE
territory | alexa hömma ich guck ne doku über die antarktis hat die überhaupt ne hauptstadt | AQ
subdivision | alexa mein schwager wohnt in canberra ist das die hauptstadt vom australian capital territory | AU-ACT
subdivision | alexa wir fahren mit dem camper durchs northern territory was ist da die hauptstadt darwin oder alice springs | AU-NT
subdivision | alexa ja mei mei bua arbeitet in alberta auf da ölbohrinsel wos is de hauptstadt do | CA-AB
subdivision | alexa woll meine tante ist nach manitoba ausgewandert wie heißt die hauptstadt | CA-MB
subdivision | alexa alors euh die provinz québec welche stadt ist da die hauptstadt | CA-QC
subdivision | alexa für den tauchurlaub auf den andamanen welche stadt ist hauptstadt von dem unionsterritorium | IN-AN
subdivision | alexa mein kollege aus bangalore redet von arunachal pradesh was ist dort die hauptstadt | IN-AR
subdivision | alexa lakshadweep die inseln vor kerala was ist dort die hauptstadt | IN-LD
subdivision | alexa früher hieß es pondicherry was ist die hauptstadt von puducherry | IN-PY
territory | alexa nee min jung die insel niue im pazifik hat die ne hauptstadt | NU
territory | alexa napoleon war doch auf st helena verbannt wie heißt die hauptstadt da | SH
territory | alexa im radio lief was über tokelau welche hauptstadt hat das | TK
subdivision | alexa mein cousin ist in anchorage ist das die hauptstadt von alaska | US-AK
subdivision | alexa für die country playlist sag mir die hauptstadt vom staat alabama | US-AL
subdivision | alexa wir wandern im grand canyon was ist die hauptstadt von arizona | US-AZ
subdivision | alexa washington dc ist das ein bundesstaat mit eigener hauptstadt | US-DC
plural-capitals | alexa mein kollege aus penang sagt malaysia hat zwei hauptstädte welche sind das | MY
plural-capitals | alexa kuala lumpur und putrajaya sind das beides hauptstädte von malaysia | MY
plural-capitals | alexa hömma eswatini dat frühere swasiland hat dat zwei hauptstädte | SZ
plural-capitals | alexa mbabane und lobamba welche von den beiden hauptstädten ist was in eswatini | SZ
plural-capitals | alexa für die hausarbeit über den nahostkonflikt welche hauptstädte nennt palästina | PS
plural-capitals | alexa ramallah oder ostjerusalem welche hauptstädte hat palästina eigentlich | PS
plural-capitals | alexa die insel montserrat hat wegen dem vulkan zwei hauptstädte oder | MS
out-of-domain | alexa hömma wat is dat für ne hauptstadt von der currywurst | FB
out-of-domain | alexa ja mei wia vui kost a mass auf da wiesn | FB
out-of-domain | alexa woll wann fängt das schützenfest im dorf an | FB
out-of-domain | alexa nee min jung wann kommt die fähre nach hiddensee | FB
out-of-domain | alexa skazhy wie viel kostet ein deutschkurs | FB
out-of-domain | alexa lotfan wann hat die ausländerbehörde auf | FB
out-of-domain | alexa wie beantrage ich einen aufenthaltstitel | FB
out-of-domain | alexa welche fragen kommen im einbürgerungstest | FB
out-of-domain | alexa bro spiel was von apache zweihundertsieben | FB
out-of-domain | alexa was ist die hauptstadt von pandora aus avatar | FB
out-of-domain | alexa was ist die hauptstadt von der serie haus des geldes | FB
out-of-domain | alexa was war die hauptstadt vom khmer reich | FB
out-of-domain | alexa was ist die hauptstadt von der hanse | FB
out-of-domain | alexa was ist die hauptstadt von schwedisch pommern gewesen | FB
out-of-domain | alexa was ist die hauptstadt vom vogtland | FB
out-of-domain | alexa was ist die hauptstadt von der lausitz | FB
out-of-domain | alexa was ist die hauptstadt vom erzgebirge | FB
out-of-domain | alexa was ist die hauptstadt von kaschubien | FB
out-of-domain | alexa was ist die hauptstadt der sorben | FB
out-of-domain | alexa im kreuzworträtsel steht fluss durch wien mit fünf buchstaben | FB
"""

if __name__ == "__main__":
    build_round(46, "de", LINES, sys.argv, "tests/Eval/de/round46/source/build_corpus.py")
