"""Round 44, German (de-DE): a new author's own mix, written blind (brief WRITER52.md). Speakers chosen away from
rounds 40 to 43: Munich and Lower Bavaria ("servus", "sog amoi", "geh weida"), Baden ("ha jo", "gell"), the
Palatinate and Kurpfalz ("ajo", "ach gott", "mol"), Hamburg ("na mien jung", "tschüssing"), the Lower Rhine and
Düsseldorf ("wat", "ne", "sach ens"), the Münsterland ("jau", "dat"), Aachen ("öcher"), Magdeburg ("weeste"),
Schleswig-Holstein ("jo na"). Migrants and heritage speakers: Ukrainians ("dyakuyu", "slukhay"), Romanians ("hai", "mersi"),
Hungarians ("szia", "köszi"), Vietnamese ("cam on"), Afghans ("tashakor", "bale"), Iranians ("baba", "merci"),
Eritreans ("yekenyeley"), Ghanaians ("chale", "medaase"), Nigerians ("abeg", "oya"), Koreans ("ne", "gamsahamnida"),
Chinese ("xie xie", "nage"), Thais ("khop khun kha"), Kurds ("spas"), Albanians ("faleminderit"), Portuguese
("obrigado", "pá"), Georgians ("madloba"), Armenians ("shnorhakalutyun"), Ethiopians ("amesegnalehu"), Finns
("kiitos"), Swedes ("tack"), Dutch neighbours ("hoi", "dank je"), Lithuanians ("aciu"), Venezuelans ("chamo"),
Peruvians ("causa"), American and British expats (English fillers). Children (a Sachunterricht project, a
birthday, a Stempelheft, a globe, a Wimmelbuch, a tooth fairy), teenagers (a Referat, a Minecraft server, a
TikTok trend, Fortnite, a class trip, "alter", "wallah", "safe", "cringe"), seniors (a cruise, a Skat evening, a
Heimatverein, the Seniorenuni, stamps, a hearing aid), work (a nurse, a pilot, a truck driver, a lawyer, a shop
assistant, a call centre, a logistics hub, a bank, a start-up stand-up meeting), travel and sports (a camper van,
the Bundesliga, the Olympics, a marathon, a Champions League away trip, cycling, Formula One), games (Stadt Land
Fluss, Wer bin ich, Scrabble, Monopoly, Memory, Risiko, a pub quiz app, Geoguessr), learners (B1 course, Goethe
exam, au pair), ASR slips and hesitations. Plus follow-ups, yes/no checks (the place asked about expected),
self-corrections (the last place named), reverse questions (CITY:<capital>), official and everyday names, shared
names, plurals of every several-capital country and Palestine, subdivisions and territories, launch (by the card's
name "hauptstädte der welt"), help, stop, cancel and out of domain.
`python3 tests/Eval/de/round44/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 44's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Sovereign countries in id order, each frame in its own speaker's voice
dialect | alexa servus sog amoi wos is de hauptstadt vo {} | andorra=AD; de vereinigten arabischen emirate=AE; afghanistan=AF
dialect | alexa ha jo sag mir doch mol die hauptstadt von {} gell | antigua und barbuda=AG; albanien=AL; armenien=AM
dialect | alexa ajo wie heeßt die hauptstadt vun {} | angola=AO; argentinien=AR; österreich=AT
dialect | alexa na mien jung wat is denn die hauptstadt von {} | australien=AU; aserbaidschan=AZ; bosnien und herzegowina=BA
dialect | alexa sach ens wat is die hauptstadt vun {} ne | barbados=BB; bangladesch=BD; belgien=BE
dialect | alexa jau sach mal dat is doch die hauptstadt von {} welche | burkina faso=BF; bulgarien=BG; bahrain=BH
dialect | alexa öcher frage wie heißt die hauptstadt von {} | burundi=BI; benin=BJ; brunei=BN
dialect | alexa weeste wie die hauptstadt von {} heißt | bolivien=BO; brasilien=BR; den bahamas=BS
dialect | alexa jo na wie heißt noch die hauptstadt von {} | bhutan=BT; botsuana=BW; belarus=BY
migrant | alexa slukhay was ist hauptstadt von {} | belize=BZ; kanada=CA; der demokratischen republik kongo=CD
migrant | alexa hai spune mir hauptstadt von {} bitte | der zentralafrikanischen republik=CF; der republik kongo=CG; der schweiz=CH
migrant | alexa szia welche stadt ist hauptstadt von {} | der elfenbeinküste=CI; chile=CL; kamerun=CM
migrant | alexa chào ähm hauptstadt von {} bitte cam on | china=CN; kolumbien=CO; costa rica=CR
migrant | alexa bale bale ich will wissen hauptstadt von {} | kuba=CU; kap verde=CV; zypern=CY
migrant | alexa baba sag mal schnell die hauptstadt von {} | tschechien=CZ; deutschland=DE; dschibuti=DJ
migrant | alexa chale sag mir mal die hauptstadt von {} | dänemark=DK; dominica=DM; der dominikanischen republik=DO
migrant | alexa abeg tell me die hauptstadt von {} | algerien=DZ; ecuador=EC; estland=EE
migrant | alexa ne ne ähm was ist die hauptstadt von {} | ägypten=EG; eritrea=ER; spanien=ES
migrant | alexa nage äh wie heißt hauptstadt von {} | äthiopien=ET; finnland=FI; fidschi=FJ
migrant | alexa khop khun kha was ist hauptstadt von {} | mikronesien=FM; frankreich=FR; gabun=GA
migrant | alexa spas sag mir bitte hauptstadt von {} | großbritannien=GB; grenada=GD; georgien=GE
migrant | alexa olá pá qual é die hauptstadt von {} | ghana=GH; gambia=GM; guinea=GN
migrant | alexa madloba schon mal jetzt sag hauptstadt von {} | äquatorialguinea=GQ; griechenland=GR; guatemala=GT
migrant | alexa chamo cuál es die hauptstadt von {} | guinea-bissau=GW; guyana=GY; honduras=HN
migrant | alexa hoi zeg eens was ist die hauptstadt von {} | kroatien=HR; haiti=HT; ungarn=HU
kid | alexa für mein sachunterricht projekt was ist die hauptstadt von {} | indonesien=ID; irland=IE; israel=IL
kid | alexa auf meinem globus steht {} wie heißt da die hauptstadt | indien=IN; irak=IQ; iran=IR
kid | alexa im wimmelbuch ist ein bild von {} was ist die hauptstadt | island=IS; italien=IT; jamaika=JM
kid | alexa in meinem stempelheft fehlt noch {} welche hauptstadt hat das | jordanien=JO; japan=JP; kenia=KE
teen | alexa alter sag mal die hauptstadt von {} für mein referat | kirgisistan=KG; kambodscha=KH; kiribati=KI
teen | alexa wallah ich weiß es nicht was ist die hauptstadt von {} | den komoren=KM; st kitts und nevis=KN; nordkorea=KP
teen | alexa auf unserem minecraft server bauen wir {} nach was ist die hauptstadt | südkorea=KR; kuwait=KW; kasachstan=KZ
teen | alexa safe weißt du die hauptstadt von {} | laos=LA; dem libanon=LB; st lucia=LC
senior | alexa auf der kreuzfahrt legen wir in {} an wie heißt dort die hauptstadt | liechtenstein=LI; sri lanka=LK; liberia=LR
senior | alexa beim skatabend wollte keiner wissen die hauptstadt von {} sag du es | lesotho=LS; litauen=LT; luxemburg=LU
senior | alexa ich habe eine briefmarke aus {} wie heißt die hauptstadt dort | lettland=LV; libyen=LY; marokko=MA
senior | alexa mein hörgerät piept noch mal bitte die hauptstadt von {} | monaco=MC; moldau=MD; montenegro=ME
work | alexa ich fliege morgen nach {} welche stadt ist da die hauptstadt | madagaskar=MG; den marshallinseln=MH; nordmazedonien=MK
work | alexa im lager kommt eine lieferung aus {} wie heißt dort die hauptstadt | mali=ML; myanmar=MM; der mongolei=MN
work | alexa der mandant hat eine firma in {} was ist die hauptstadt | mauretanien=MR; malta=MT; mauritius=MU
work | alexa kurze frage fürs stand-up was ist die hauptstadt von {} | den malediven=MV; malawi=MW; mexiko=MX
work | alexa für die überweisung brauche ich die hauptstadt von {} | malaysia=MY; mosambik=MZ; namibia=NA
work | alexa mein lkw fährt bis {} welche stadt ist dort hauptstadt | niger=NE; nigeria=NG; nicaragua=NI
travel | alexa mit dem wohnmobil durch {} wie heißt die hauptstadt | den niederlanden=NL; norwegen=NO; nepal=NP
travel | alexa wir fliegen im urlaub über {} was ist da die hauptstadt | nauru=NR; neuseeland=NZ; oman=OM
sport | alexa bei olympia hat {} gold geholt was ist deren hauptstadt | panama=PA; peru=PE; papua-neuguinea=PG
sport | alexa der neue stürmer kommt aus {} wie heißt die hauptstadt dort | den philippinen=PH; pakistan=PK; polen=PL
sport | alexa beim marathon läuft einer aus {} mit was ist die hauptstadt | portugal=PT; palau=PW; paraguay=PY
sport | alexa in der formel eins fahren sie in {} wie heißt die hauptstadt | katar=QA; rumänien=RO; serbien=RS
game | alexa stadt land fluss mit r was ist die hauptstadt von {} | russland=RU; ruanda=RW; saudi-arabien=SA
game | alexa bei wer bin ich muss ich die hauptstadt von {} wissen | den salomonen=SB; den seychellen=SC; dem sudan=SD
game | alexa beim risiko spielen was ist die hauptstadt von {} | schweden=SE; singapur=SG; slowenien=SI
game | alexa geoguessr zeigt {} was ist da die hauptstadt | der slowakei=SK; sierra leone=SL; san marino=SM
game | alexa im memory ist eine karte mit {} wie heißt die hauptstadt | senegal=SN; somalia=SO; suriname=SR
learner | alexa ich lerne für b eins was ist die hauptstadt von {} | südsudan=SS; são tomé und príncipe=ST; el salvador=SV
learner | alexa bitte sie sagen mir die hauptstadt von land {} | syrien=SY; eswatini=SZ; tschad=TD
learner | alexa für die goethe prüfung wie heißt hauptstadt von {} | togo=TG; thailand=TH; tadschikistan=TJ
learner | alexa ich bin au pair und die kinder fragen hauptstadt von {} | osttimor=TL; turkmenistan=TM; tunesien=TN
hesitation | alexa ähm äh was ist nochmal die ähm hauptstadt von {} | tonga=TO; der türkei=TR; trinidad und tobago=TT
hesitation | alexa warte mal wie hieß die hauptstadt von äh {} | tuvalu=TV; tansania=TZ; der ukraine=UA
hesitation | alexa also die hauptstadt von hm {} welche ist das | uganda=UG; den usa=US; uruguay=UY
hesitation | alexa moment ähm {} da ist die hauptstadt welche | usbekistan=UZ; st vincent und die grenadinen=VC; venezuela=VE
expat | alexa quick one what's the hauptstadt von {} | vietnam=VN; vanuatu=VU; samoa=WS
expat | alexa so like was ist die hauptstadt von {} you know | dem jemen=YE; südafrika=ZA; sambia=ZM
expat | alexa sorry my german is bad hauptstadt von {} please | simbabwe=ZW; kosovo=XK; taiwan=TW
# Subdivisions
subdivision | alexa servus wos is de landeshauptstadt vo {} | bayern=DE-BY; baden-württemberg=DE-BW; brandenburg=DE-BB
subdivision | alexa ha jo welche stadt ist landeshauptstadt von {} gell | berlin=DE-BE; bremen=DE-HB; hessen=DE-HE
subdivision | alexa ajo was is die landeshauptstadt vun {} | hamburg=DE-HH; mecklenburg-vorpommern=DE-MV; niedersachsen=DE-NI
subdivision | alexa sach ens wat is die landeshauptstadt vun {} | nrw=DE-NW; rheinland-pfalz=DE-RP; schleswig-holstein=DE-SH
subdivision | alexa jau welche stadt regiert {} | dem saarland=DE-SL; sachsen=DE-SN; sachsen-anhalt=DE-ST
subdivision | alexa für die sachkundeprüfung was ist die landeshauptstadt von {} | thüringen=DE-TH; nordrhein-westfalen=DE-NW; niedersachsen=DE-NI
subdivision | alexa wir fahren mit dem wohnmobil durch {} was ist die hauptstadt vom staat | alaska=US-AK; alabama=US-AL; arkansas=US-AR
subdivision | alexa der quarterback spielt für einen verein in {} was ist die hauptstadt dort | arizona=US-AZ; kalifornien=US-CA; colorado=US-CO
subdivision | alexa meine gastfamilie wohnt in {} welche stadt ist die hauptstadt | connecticut=US-CT; delaware=US-DE; florida=US-FL
subdivision | alexa im surfurlaub auf {} wie heißt die hauptstadt | hawaii=US-HI; iowa=US-IA; idaho=US-ID
subdivision | alexa abeg which stadt is die hauptstadt von {} | illinois=US-IL; indiana=US-IN; kansas=US-KS
subdivision | alexa so like the capital of {} was ist die | kentucky=US-KY; louisiana=US-LA; massachusetts=US-MA
subdivision | alexa im nba spiel war ein team aus {} was ist die hauptstadt | maryland=US-MD; maine=US-ME; michigan=US-MI
subdivision | alexa beim country konzert sang einer über {} wie heißt die hauptstadt | minnesota=US-MN; missouri=US-MO; mississippi=US-MS
subdivision | alexa mein truck kollege war in {} was ist die hauptstadt des staates | montana=US-MT; north carolina=US-NC; north dakota=US-ND
subdivision | alexa fürs referat über die usa was ist die hauptstadt von {} | nebraska=US-NE; new hampshire=US-NH; new jersey=US-NJ
subdivision | alexa ähm der bundesstaat {} hat welche hauptstadt | new mexico=US-NM; nevada=US-NV; ohio=US-OH
subdivision | alexa bei geoguessr lande ich in {} welche hauptstadt hat der staat | oklahoma=US-OK; oregon=US-OR; pennsylvania=US-PA
subdivision | alexa mein cousin studiert in {} was ist dort die hauptstadt | rhode island=US-RI; south carolina=US-SC; south dakota=US-SD
subdivision | alexa in der serie spielt alles in {} welche stadt ist hauptstadt | tennessee=US-TN; texas=US-TX; utah=US-UT
subdivision | alexa oya tell me hauptstadt von bundesstaat {} | virginia=US-VA; vermont=US-VT; wisconsin=US-WI
subdivision | alexa im kohlebergbau film ging es um {} was ist die hauptstadt | west virginia=US-WV; wyoming=US-WY; kentucky in amerika=US-KY
subdivision | alexa die nhl mannschaft kommt aus {} was ist die provinzhauptstadt | alberta=CA-AB; british columbia=CA-BC; manitoba=CA-MB
subdivision | alexa unser austauschlehrer kommt aus {} wie heißt die hauptstadt | new brunswick=CA-NB; neufundland=CA-NL; nova scotia=CA-NS
subdivision | alexa für die polarlichter reise nach {} was ist die hauptstadt | den nordwest-territorien=CA-NT; nunavut=CA-NU; yukon=CA-YT
subdivision | alexa dank je nog was ist die hauptstadt der provinz {} | ontario=CA-ON; prince edward island=CA-PE; québec=CA-QC
subdivision | alexa auf der farm in {} gearbeitet welche stadt ist die hauptstadt | saskatchewan=CA-SK; queensland=AU-QLD; western australia=AU-WA
subdivision | alexa work and travel in {} wo ist dort die hauptstadt | new south wales=AU-NSW; victoria in australien=AU-VIC; south australia=AU-SA
subdivision | alexa beim cricket in {} was ist die hauptstadt | tasmanien=AU-TAS; dem northern territory=AU-NT; dem australian capital territory=AU-ACT
subdivision | alexa obrigado pá und die hauptstadt vom bundesstaat {} | acre=BR-AC; alagoas=BR-AL; amazonas=BR-AM
subdivision | alexa beim karneval in {} welche stadt ist die hauptstadt | amapá=BR-AP; bahia=BR-BA; ceará=BR-CE
subdivision | alexa mein kaffee kommt aus {} was ist die hauptstadt | espírito santo=BR-ES; goiás=BR-GO; minas gerais=BR-MG
subdivision | alexa auf der brasilien reise durch {} wie heißt die hauptstadt | maranhão=BR-MA; mato grosso do sul=BR-MS; mato grosso=BR-MT
subdivision | alexa die regenwald doku zeigt {} was ist die hauptstadt | pará=BR-PA; paraíba=BR-PB; pernambuco=BR-PE
subdivision | alexa der fußballer kommt aus {} welche hauptstadt hat der staat | piauí=BR-PI; paraná=BR-PR; rio de janeiro dem bundesstaat=BR-RJ
subdivision | alexa im portugiesisch kurs lernen wir {} was ist die hauptstadt | rio grande do norte=BR-RN; rondônia=BR-RO; roraima=BR-RR
subdivision | alexa meine nachbarin war in {} wie heißt dort die hauptstadt | rio grande do sul=BR-RS; santa catarina=BR-SC; sergipe=BR-SE
subdivision | alexa die firma hat ein werk in {} was ist die hauptstadt des bundesstaats | são paulo dem bundesstaat=BR-SP; tocantins=BR-TO; andhra pradesh=IN-AP
subdivision | alexa unsere entwickler sitzen in {} was ist die hauptstadt vom bundesstaat | karnataka=IN-KA; telangana=IN-TS; tamil nadu=IN-TN
subdivision | alexa beim yoga retreat in {} welche stadt ist die hauptstadt | kerala=IN-KL; goa=IN-GA; himachal pradesh=IN-HP
subdivision | alexa der tee kommt aus {} was ist die hauptstadt dort | assam=IN-AS; westbengalen=IN-WB; sikkim=IN-SK
subdivision | alexa in der indien doku kam {} vor welche hauptstadt hat das | arunachal pradesh=IN-AR; bihar=IN-BR; chhattisgarh=IN-CG
subdivision | alexa für die backpacking tour durch {} wie heißt die hauptstadt | gujarat=IN-GJ; haryana=IN-HR; jharkhand=IN-JH
subdivision | alexa meine kollegin aus {} fragt mich was ist die hauptstadt | maharashtra=IN-MH; meghalaya=IN-ML; manipur=IN-MN
subdivision | alexa auf der landkarte von indien sehe ich {} was ist die hauptstadt | madhya pradesh=IN-MP; mizoram=IN-MZ; nagaland=IN-NL
subdivision | alexa mein nachbar ist sikh aus {} wie heißt die hauptstadt | punjab=IN-PB; rajasthan=IN-RJ; tripura=IN-TR
subdivision | alexa im indischen restaurant hängt ein bild von {} was ist die hauptstadt | uttar pradesh=IN-UP; odisha=IN-OD; puducherry=IN-PY
subdivision | alexa die inselgruppe {} hat welche hauptstadt | andamanen und nikobaren=IN-AN; lakshadweep=IN-LD; ladakh=IN-LA
subdivision | alexa im spanischkurs geht es um den staat {} was ist die hauptstadt | aguascalientes=MX-AGU; baja california=MX-BCN; baja california sur=MX-BCS
subdivision | alexa chamo y la capital von {} in mexiko | campeche=MX-CAM; coahuila=MX-COA; colima=MX-COL
subdivision | alexa in der narcos serie spielt {} eine rolle was ist die hauptstadt | durango=MX-DUR; guerrero=MX-GRO; sinaloa=MX-SIN
subdivision | alexa die silberstadt liegt in {} wie heißt die hauptstadt vom staat | guanajuato=MX-GUA; hidalgo=MX-HID; zacatecas=MX-ZAC
subdivision | alexa tequila kommt aus {} was ist da die hauptstadt | jalisco=MX-JAL; michoacán=MX-MIC; morelos=MX-MOR
subdivision | alexa auf der mexiko rundreise durch {} welche stadt ist hauptstadt | nuevo león=MX-NLE; oaxaca=MX-OAX; puebla=MX-PUE
subdivision | alexa der mexikanische staat {} hat welche hauptstadt | querétaro=MX-QUE; quintana roo=MX-ROO; san luis potosí=MX-SLP
subdivision | alexa beim tauchurlaub nahe {} was ist die hauptstadt des staates | sonora=MX-SON; tabasco=MX-TAB; tamaulipas=MX-TAM
subdivision | alexa die maya ruinen in {} wie heißt dort die hauptstadt | tlaxcala=MX-TLA; veracruz=MX-VER; yucatán=MX-YUC
subdivision | alexa cheers mate was ist die hauptstadt von {} im vereinigten königreich | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
# Territories
territory | alexa auf der kreuzfahrt durch die karibik halten wir in {} was ist der hauptort | anguilla=AI; aruba=AW; curaçao=CW
territory | alexa mein briefmarkenalbum hat eine seite für {} wie heißt die hauptstadt | den ålandinseln=AX; bermuda=BM; bonaire=BQ
territory | alexa beim segeltörn kommen wir nach {} welche stadt ist hauptstadt | st barth=BL; den kaimaninseln=KY; st martin=MF
territory | alexa in der doku über die südsee ging es um {} was ist die hauptstadt | den cookinseln=CK; niue=NU; tokelau=TK
territory | alexa die vogelforscher fahren auf {} wie heißt der hauptort | die weihnachtsinsel=CX; die kokosinseln=CC; die bouvetinsel=BV
territory | alexa unsere fähre geht nach {} welche stadt ist die hauptstadt | den färöern=FO; grönland=GL; gibraltar=GI
territory | alexa im steuerparadies {} was ist die hauptstadt | jersey=JE; guernsey=GG; der isle of man=IM
territory | alexa nach französisch-guayana und {} welche hauptstadt hat das | guadeloupe=GP; martinique=MQ; réunion=RE
territory | alexa im pazifik liegt {} wie heißt dort der hauptort | guam=GU; amerikanisch-samoa=AS; wallis und futuna=WF
territory | alexa beim tauchen in {} was ist die hauptstadt | neukaledonien=NC; französisch-polynesien=PF; mayotte=YT
territory | alexa der postbote bringt ein paket aus {} was ist die hauptstadt | den britischen jungferninseln=VG; den amerikanischen jungferninseln=VI; montserrat=MS
territory | alexa im lexikon steht {} welche stadt ist der hauptort | st helena=SH; st pierre und miquelon=PM; den pitcairninseln=PN
territory | alexa was ist die hauptstadt von {} | französisch-guayana=GF; der westsahara=EH; den falklandinseln=FK
territory | alexa gibt es eine hauptstadt auf {} | den heard und mcdonaldinseln=HM; den amerikanischen überseeinseln=UM; der antarktis=AQ
territory | alexa in der hurtigruten broschüre steht {} was ist dort der hauptort | spitzbergen=SJ; den nördlichen marianen=MP; sint maarten=SX
territory | alexa in den nachrichten kam {} was ist da die hauptstadt | puerto rico=PR; den turks und caicosinseln=TC; der norfolkinsel=NF
territory | alexa für die forscher auf {} wie heißt die hauptstadt | den französischen süd und antarktisgebieten=TF; südgeorgien=GS; dem britischen territorium im indischen ozean=IO
territory | alexa hat {} eine eigene hauptstadt | hongkong=HK; macau=MO; palästina=PS
territory | alexa der vatikan ist ein land was ist seine hauptstadt | VA
territory | alexa welche hauptstadt hat die vatikanstadt eigentlich | VA
subdivision | alexa hat washington d c eine hauptstadt oder ist es selbst eine | US-DC
subdivision | alexa mexiko-stadt als bundesland hat das eine hauptstadt | MX-CMX
subdivision | alexa wie heißt die hauptstadt vom bundesdistrikt in brasilien | BR-DF
subdivision | alexa was ist die hauptstadt von delhi dem unionsterritorium | IN-DL
subdivision | alexa chandigarh das unionsterritorium was ist da die hauptstadt | IN-CH
subdivision | alexa daman und diu und dadra und nagar haveli welche hauptstadt | IN-DH
subdivision | alexa im himalaya trekking in uttarakhand was ist die hauptstadt | IN-UK
subdivision | alexa was sind die hauptstädte von jammu und kaschmir | IN-JK
subdivision | alexa was ist die hauptstadt von england | GB-ENG
subdivision | alexa im bundesstaat méxico nicht die stadt was ist die hauptstadt | MX-MEX
subdivision | alexa die hauptstadt vom staat new york ist welche stadt | US-NY
subdivision | alexa welche stadt ist die hauptstadt vom bundesstaat washington | US-WA
subdivision | alexa und die hauptstadt von georgia dem bundesstaat | US-GA
# Plural capitals
plural-capitals | alexa welche hauptstädte hat bolivien | BO
plural-capitals | alexa sog amoi bolivien hat doch zwei hauptstädte welche | BO
plural-capitals | alexa ich hab gelesen benin hat zwei hauptstädte wie heißen die | BJ
plural-capitals | alexa was sind die beiden hauptstädte von benin | BJ
plural-capitals | alexa die elfenbeinküste hat mehrere hauptstädte nenn sie mir | CI
plural-capitals | alexa welche städte sind hauptstädte der côte d'ivoire | CI
plural-capitals | alexa sri lanka hat zwei hauptstädte stimmt das welche sind es | LK
plural-capitals | alexa nenn mir alle hauptstädte von sri lanka | LK
plural-capitals | alexa welche zwei hauptstädte hat malaysia | MY
plural-capitals | alexa malaysia hauptstädte plural bitte | MY
plural-capitals | alexa die niederlande haben zwei hauptstädte oder | NL
plural-capitals | alexa ajo welche hauptstädte hawwe die niederlande | NL
plural-capitals | alexa hoi hoe zit dat holland hat doch zwei hauptstädte welche | NL
plural-capitals | alexa eswatini hat zwei hauptstädte wie heißen die | SZ
plural-capitals | alexa welche hauptstädte gibt es in swasiland | SZ
plural-capitals | alexa südafrika hat drei hauptstädte sag mir alle drei | ZA
plural-capitals | alexa welches sind die drei hauptstädte südafrikas | ZA
plural-capitals | alexa alter südafrika hat echt drei hauptstädte welche denn | ZA
plural-capitals | alexa welche hauptstädte hat palästina | PS
plural-capitals | alexa palästina hat zwei hauptstädte oder wie ist das | PS
plural-capitals | alexa welche hauptstädte hat montserrat | MS
plural-capitals | alexa die hauptstädte von uttarakhand bitte alle | IN-UK
plural-capitals | alexa jammu und kashmir hat zwei hauptstädte welche | IN-JK
plural-capitals | alexa gamsahamnida welche hauptstädte hat bolivien alle | BO
plural-capitals | alexa für die goethe prüfung welche sind die hauptstädte von südafrika | ZA
plural-capitals | alexa nenn mir die hauptstädte von nord und südkorea | KP+KR
plural-capitals | alexa was sind die hauptstädte der beiden kongos | CD+CG
plural-capitals | alexa welche hauptstädte haben dominica und die dominikanische republik | DM+DO
plural-capitals | alexa was sind die hauptstädte der jungferninseln | VG+VI
plural-capitals | alexa hauptstädte von belgien und den niederlanden | BE+NL
plural-capitals | alexa sag mir die hauptstädte von spanien und portugal | ES+PT
plural-capitals | alexa was sind die hauptstädte von österreich und der schweiz | AT+CH
plural-capitals | alexa die hauptstädte der drei baltischen staaten estland lettland und litauen | EE+LT+LV
plural-capitals | alexa hauptstädte von schweden norwegen und finnland bitte | FI+NO+SE
# Follow-ups
follow-up | und was ist mit der slowakei | SK
follow-up | und von ungarn | HU
follow-up | alexa und wie ist es bei kroatien | HR
follow-up | und dann noch rumänien bitte | RO
follow-up | und bulgarien | BG
follow-up | alexa und die von moldau | MD
follow-up | und was ist mit georgien | GE
follow-up | und armenien dazu | AM
follow-up | und jetzt noch aserbaidschan | AZ
follow-up | und für die ukraine | UA
follow-up | und wie heißt sie bei belarus | BY
follow-up | ok und litauen | LT
follow-up | gut und lettland | LV
follow-up | und in finnland | FI
follow-up | und bei den nachbarn in dänemark | DK
follow-up | alexa und die landeshauptstadt von bayern | DE-BY
follow-up | und vom saarland | DE-SL
follow-up | und sachsen-anhalt | DE-ST
follow-up | und welche ist es für brandenburg | DE-BB
follow-up | und bei schleswig-holstein | DE-SH
follow-up | und was ist mit texas | US-TX
follow-up | und von florida | US-FL
follow-up | und kalifornien | US-CA
follow-up | alexa und nevada | US-NV
follow-up | und wie ist es mit ontario | CA-ON
follow-up | und von quebec | CA-QC
follow-up | und queensland | AU-QLD
follow-up | und tasmanien | AU-TAS
follow-up | und von vietnam | VN
follow-up | und laos | LA
follow-up | und was ist mit kambodscha | KH
follow-up | und thailand noch | TH
follow-up | und die von afghanistan | AF
follow-up | jau und von holland | NL
follow-up | ajo und vun de pfalz also rheinland-pfalz | DE-RP
follow-up | und eritrea | ER
follow-up | und äthiopien | ET
follow-up | und ghana | GH
follow-up | oya and nigeria | NG
follow-up | und noch albanien | AL
follow-up | und was ist mit portugal dann | PT
follow-up | und schweden | SE
follow-up | und bei kerala | IN-KL
follow-up | und jalisco | MX-JAL
follow-up | und bahia | BR-BA
# Yes/no checks
yes-no-check | alexa ist kiew die hauptstadt der ukraine | UA
yes-no-check | alexa stimmt es dass bukarest die hauptstadt von rumänien ist | RO
yes-no-check | alexa szia ist budapest die hauptstadt von ungarn | HU
yes-no-check | alexa ist hanoi oder saigon die hauptstadt von vietnam | VN
yes-no-check | alexa ist kabul wirklich die hauptstadt von afghanistan | AF
yes-no-check | alexa baba ist teheran die hauptstadt vom iran | IR
yes-no-check | alexa ist asmara die hauptstadt von eritrea oder nicht | ER
yes-no-check | alexa chale ist accra die hauptstadt von ghana | GH
yes-no-check | alexa abeg ist lagos die hauptstadt von nigeria | NG
yes-no-check | alexa ist seoul die hauptstadt von südkorea ja oder nein | KR
yes-no-check | alexa ist shanghai die hauptstadt von china | CN
yes-no-check | alexa ist bangkok die hauptstadt von thailand | TH
yes-no-check | alexa ist tirana die hauptstadt von albanien | AL
yes-no-check | alexa ist porto die hauptstadt von portugal | PT
yes-no-check | alexa ist tiflis die hauptstadt von georgien | GE
yes-no-check | alexa ist eriwan die hauptstadt von armenien | AM
yes-no-check | alexa ist addis abeba die hauptstadt von äthiopien | ET
yes-no-check | alexa ist turku die hauptstadt von finnland | FI
yes-no-check | alexa ist göteborg die hauptstadt von schweden | SE
yes-no-check | alexa ist rotterdam die hauptstadt der niederlande | NL
yes-no-check | alexa ist vilnius die hauptstadt von litauen | LT
yes-no-check | alexa ist caracas die hauptstadt von venezuela | VE
yes-no-check | alexa ist cusco die hauptstadt von peru | PE
yes-no-check | alexa ist sydney die hauptstadt von australien | AU
yes-no-check | alexa ist toronto die hauptstadt von kanada | CA
yes-no-check | alexa ist new york die hauptstadt der usa | US
yes-no-check | alexa ist istanbul die hauptstadt der türkei | TR
yes-no-check | alexa ist rio die hauptstadt von brasilien | BR
yes-no-check | alexa ist münchen die hauptstadt von bayern gell | DE-BY
yes-no-check | alexa ha jo isch karlsruhe die hauptstadt vun baden-württemberg | DE-BW
yes-no-check | alexa is kaiserslautern die hauptstadt vun rheinland-pfalz | DE-RP
yes-no-check | alexa is köln die landeshauptstadt von nrw ne | DE-NW
yes-no-check | alexa ist lübeck die hauptstadt von schleswig-holstein | DE-SH
yes-no-check | alexa ist halle die hauptstadt von sachsen-anhalt | DE-ST
yes-no-check | alexa ist hannover die hauptstadt von niedersachsen | DE-NI
yes-no-check | alexa ist görlitz die hauptstadt von sachsen | DE-SN
yes-no-check | alexa ist los angeles die hauptstadt von kalifornien | US-CA
yes-no-check | alexa ist miami die hauptstadt von florida | US-FL
yes-no-check | alexa ist vancouver die hauptstadt von british columbia | CA-BC
yes-no-check | alexa ist melbourne die hauptstadt von victoria | AU-VIC
yes-no-check | alexa ist bangalore die hauptstadt von karnataka | IN-KA
yes-no-check | alexa ist cancún die hauptstadt von quintana roo | MX-ROO
yes-no-check | alexa ist edinburgh die hauptstadt von schottland | GB-SCT
yes-no-check | alexa ist nuuk die hauptstadt von grönland | GL
yes-no-check | alexa ist tórshavn die hauptstadt der färöer | FO
yes-no-check | alexa ist ramallah die hauptstadt von palästina | PS
yes-no-check | alexa ist pristina die hauptstadt vom kosovo | XK
yes-no-check | alexa ist taipeh die hauptstadt von taiwan | TW
# Self-corrections
self-correction | alexa die hauptstadt von ungarn nein von rumänien | RO
self-correction | alexa was ist die hauptstadt von slowenien äh slowakei meine ich | SK
self-correction | alexa hauptstadt von österreich quatsch australien | AU
self-correction | alexa die hauptstadt von schweden ach nee von der schweiz | CH
self-correction | alexa was ist die hauptstadt von island oh sorry irland | IE
self-correction | alexa die hauptstadt von niger nein nigeria | NG
self-correction | alexa guinea ähm nein guinea-bissau welche hauptstadt | GW
self-correction | alexa was ist die hauptstadt von iran ich meine irak | IQ
self-correction | alexa die hauptstadt von gambia oder nee sambia | ZM
self-correction | alexa was ist die hauptstadt von lettland halt stopp litauen | LT
self-correction | alexa die hauptstadt von nordkorea ne südkorea | KR
self-correction | alexa mauritius nein mauretanien was ist die hauptstadt | MR
self-correction | alexa die hauptstadt von dominica sorry der dominikanischen republik | DO
self-correction | alexa hauptstadt von kolumbien äh korrigiere kambodscha | KH
self-correction | alexa die hauptstadt von slowakei nee slowenien | SI
self-correction | alexa was ist die hauptstadt von armenien nee albanien | AL
self-correction | alexa hauptstadt von montenegro warte serbien | RS
self-correction | alexa die hauptstadt von bayern nein von baden-württemberg | DE-BW
self-correction | alexa was ist die hauptstadt von sachsen ich mein sachsen-anhalt | DE-ST
self-correction | alexa die landeshauptstadt von hamburg quatsch von niedersachsen | DE-NI
self-correction | alexa die hauptstadt von north dakota nee south dakota | US-SD
self-correction | alexa was ist die hauptstadt von virginia äh west virginia | US-WV
self-correction | alexa hauptstadt von nova scotia nein new brunswick | CA-NB
self-correction | alexa die hauptstadt von austria sorry ich meine österreich | AT
self-correction | alexa was ist die hauptstadt von tschad äh tschechien | CZ
self-correction | alexa die hauptstadt von paraguay oder uruguay uruguay meine ich | UY
self-correction | alexa die hauptstadt von südsudan nein vom sudan | SD
self-correction | alexa was ist die hauptstadt von taiwan nee thailand | TH
self-correction | alexa die hauptstadt von ecuador äh el salvador | SV
self-correction | alexa hauptstadt von mali nein malawi | MW
self-correction | alexa die hauptstadt von oman nein jemen | YE
self-correction | alexa was ist die hauptstadt von punjab ne von haryana | IN-HR
self-correction | alexa hauptstadt von sonora nein sinaloa | MX-SIN
self-correction | alexa die hauptstadt von minas gerais äh goiás | BR-GO
self-correction | alexa was ist die hauptstadt von nordmazedonien ähm montenegro | ME
# Reverse questions
reverse-question | alexa von welchem land ist kiew die hauptstadt | CITY:Kiew
reverse-question | alexa wovon ist bischkek die hauptstadt | CITY:Bischkek
reverse-question | alexa zu welchem land gehört die hauptstadt ouagadougou | CITY:Ouagadougou
reverse-question | alexa welches land hat tegucigalpa als hauptstadt | CITY:Tegucigalpa
reverse-question | alexa sog amoi vo wos is ljubljana de hauptstadt | CITY:Ljubljana
reverse-question | alexa wovon ist windhoek die hauptstadt | CITY:Windhoek
reverse-question | alexa von welchem staat ist montpelier die hauptstadt | CITY:Montpelier
reverse-question | alexa welcher us bundesstaat hat boise als hauptstadt | CITY:Boise
reverse-question | alexa frankfort ist die hauptstadt von was | CITY:Frankfort
reverse-question | alexa wovon ist columbus die hauptstadt | CITY:Columbus
reverse-question | alexa welches bundesland hat schwerin als hauptstadt | CITY:Schwerin
reverse-question | alexa wovon ist magdeburg landeshauptstadt | CITY:Magdeburg
reverse-question | alexa mainz ist die hauptstadt von welchem bundesland | CITY:Mainz
reverse-question | alexa in welchem land ist astana die hauptstadt | CITY:Astana
reverse-question | alexa wovon ist kingston die hauptstadt | CITY:Kingston
reverse-question | alexa welches land hat die hauptstadt paramaribo | CITY:Paramaribo
reverse-question | alexa welcher staat hat honolulu als hauptstadt | CITY:Honolulu
reverse-question | alexa von welcher provinz ist winnipeg die hauptstadt | CITY:Winnipeg
reverse-question | alexa hobart ist die hauptstadt wovon | CITY:Hobart
reverse-question | alexa welcher bundesstaat hat manaus als hauptstadt | CITY:Manaus
reverse-question | alexa wovon ist bhopal die hauptstadt | CITY:Bhopal
reverse-question | alexa welches land hat vientiane als hauptstadt | CITY:Vientiane
reverse-question | alexa die hauptstadt gaborone gehört zu welchem land | CITY:Gaborone
reverse-question | alexa wovon ist nukualofa die hauptstadt | CITY:Nuku'alofa
reverse-question | alexa welches land hat funafuti als hauptstadt | CITY:Funafuti
reverse-question | alexa für stadt land fluss welches land hat die hauptstadt quito | CITY:Quito
reverse-question | alexa wovon ist hamilton die hauptstadt | CITY:Hamilton
reverse-question | alexa von welchem land ist jamestown die hauptstadt | CITY:Jamestown
reverse-question | alexa wo ist oranjestad die hauptstadt | CITY:Oranjestad
reverse-question | alexa welcher staat hat die hauptstadt juneau | CITY:Juneau
reverse-question | alexa wovon ist saint paul die hauptstadt | CITY:Saint Paul
reverse-question | alexa toluca ist die hauptstadt von welchem mexikanischen staat | CITY:Toluca
reverse-question | alexa wovon ist hyderabad die hauptstadt | CITY:Hyderabad
reverse-question | alexa welches land hat dili als hauptstadt | CITY:Dili
reverse-question | alexa welches land regiert von naypyidaw aus also wovon ist das hauptstadt | CITY:Naypyidaw
reverse-question | alexa welchem land gehört die hauptstadt tiflis | CITY:Tiflis
reverse-question | alexa wovon ist charlotte amalie die hauptstadt | CITY:Charlotte Amalie
reverse-question | alexa wovon ist belfast die hauptstadt | CITY:Belfast
reverse-question | alexa cardiff ist die hauptstadt von wem | CITY:Cardiff
reverse-question | alexa wovon ist chennai die hauptstadt | CITY:Chennai
# Official names
official-name | alexa was ist die hauptstadt der republik österreich | AT
official-name | alexa hauptstadt der bundesrepublik deutschland | DE
official-name | alexa was ist die hauptstadt der französischen republik | FR
official-name | alexa die hauptstadt des königreichs der niederlande | NL
official-name | alexa was ist die hauptstadt des königreichs belgien | BE
official-name | alexa hauptstadt der hellenischen republik | GR
official-name | alexa was ist die hauptstadt der republik polen | PL
official-name | alexa welche stadt ist hauptstadt der russischen föderation | RU
official-name | alexa was ist die hauptstadt der volksrepublik china | CN
official-name | alexa die hauptstadt der islamischen republik iran | IR
official-name | alexa was ist die hauptstadt der islamischen republik afghanistan | AF
official-name | alexa hauptstadt des haschemitischen königreichs jordanien | JO
official-name | alexa was ist die hauptstadt der demokratischen bundesrepublik äthiopien | ET
official-name | alexa die hauptstadt der bundesrepublik nigeria | NG
official-name | alexa was ist die hauptstadt der republik ghana | GH
official-name | alexa hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa was ist die hauptstadt der demokratischen volksrepublik laos | LA
official-name | alexa die hauptstadt der republik korea | KR
official-name | alexa welche stadt ist die hauptstadt der demokratischen volksrepublik korea | KP
official-name | alexa was ist die hauptstadt des königreichs thailand | TH
official-name | alexa hauptstadt der portugiesischen republik | PT
official-name | alexa was ist die hauptstadt der republik finnland | FI
official-name | alexa die hauptstadt des königreichs schweden | SE
official-name | alexa was ist die hauptstadt der bolivarischen republik venezuela | VE
official-name | alexa hauptstadt des plurinationalen staates bolivien | BO
official-name | alexa was ist die hauptstadt der republik der union myanmar | MM
official-name | alexa hauptstadt des großherzogtums luxemburg | LU
official-name | alexa was ist die hauptstadt des fürstentums liechtenstein | LI
official-name | alexa die hauptstadt der vereinigten republik tansania | TZ
official-name | alexa was ist die hauptstadt der republik der fidschi-inseln | FJ
official-name | alexa hauptstadt des vereinigten königreichs großbritannien und nordirland | GB
official-name | alexa was ist die hauptstadt der vereinigten staaten von amerika | US
official-name | alexa die hauptstadt der arabischen republik ägypten | EG
official-name | alexa hauptstadt der kirgisischen republik | KG
official-name | alexa was ist die hauptstadt des freistaats bayern | DE-BY
official-name | alexa die hauptstadt des freistaats thüringen | DE-TH
official-name | alexa was ist die hauptstadt der freien hansestadt bremen | DE-HB
official-name | alexa die hauptstadt des commonwealth of massachusetts | US-MA
# Everyday names
everyday-name | alexa was ist die hauptstadt von holland | NL
everyday-name | alexa hauptstadt von amerika | US
everyday-name | alexa was ist die hauptstadt von england also großbritannien | GB
everyday-name | alexa was ist die hauptstadt von weißrussland | BY
everyday-name | alexa welche hauptstadt hat burma | MM
everyday-name | alexa was ist die hauptstadt von persien heute iran | IR
everyday-name | alexa die hauptstadt von swasiland | SZ
everyday-name | alexa was ist die hauptstadt von ceylon also sri lanka | LK
everyday-name | alexa die hauptstadt von mazedonien | MK
everyday-name | alexa was ist die hauptstadt von moldawien | MD
everyday-name | alexa die hauptstadt von kirgistan | KG
everyday-name | alexa was ist die hauptstadt von osttimor | TL
everyday-name | alexa hauptstadt von den emiraten | AE
everyday-name | alexa was ist die hauptstadt von saudi | SA
everyday-name | alexa was ist die hauptstadt von bosnien | BA
everyday-name | alexa hauptstadt von tschechei | CZ
everyday-name | alexa was ist die hauptstadt vom kongo brazzaville | CG
everyday-name | alexa die hauptstadt von zaire heute kongo kinshasa | CD
everyday-name | alexa was ist die hauptstadt von den staaten | US
everyday-name | alexa hauptstadt vom ländle also baden-württemberg | DE-BW
everyday-name | alexa was ist die hauptstadt vom pott bundesland also nordrhein-westfalen | DE-NW
everyday-name | alexa hauptstadt von meck-pomm | DE-MV
everyday-name | alexa was ist die landeshauptstadt von nrw | DE-NW
everyday-name | alexa die hauptstadt von kali in den usa | US-CA
everyday-name | alexa was ist die hauptstadt von neufundland | CA-NL
everyday-name | alexa die hauptstadt von bombay seinem staat maharashtra | IN-MH
everyday-name | alexa was ist die hauptstadt von tassie also tasmanien | AU-TAS
everyday-name | alexa die hauptstadt vom vatikan staat | VA
everyday-name | alexa was ist die hauptstadt von bonaire | BQ
everyday-name | alexa hauptstadt von den falklands | FK
everyday-name | alexa was ist die hauptstadt von tahiti also französisch-polynesien | PF
everyday-name | alexa die hauptstadt von türkiye | TR
everyday-name | alexa hauptstadt von kap verde | CV
# Shared names
shared-name | alexa was ist die hauptstadt von georgien | GE+US-GA
shared-name | alexa was ist die hauptstadt von georgia | GE+US-GA
shared-name | alexa hauptstadt vom kongo | CD+CG
shared-name | alexa was ist die hauptstadt von korea | KP+KR
shared-name | alexa die hauptstadt der jungferninseln | VG+VI
shared-name | alexa was ist die hauptstadt von georgia dem land im kaukasus | GE
shared-name | alexa die hauptstadt von georgia in den usa | US-GA
shared-name | alexa was ist die hauptstadt vom kongo am kongo fluss die große demokratische republik | CD
shared-name | alexa hauptstadt von korea dem süden | KR
shared-name | alexa die hauptstadt von den britischen jungferninseln nicht den amerikanischen | VG
shared-name | alexa was ist die hauptstadt von new york dem staat | US-NY
shared-name | alexa washington state nicht die stadt welche hauptstadt | US-WA
shared-name | alexa die hauptstadt von mexiko dem ganzen land | MX
shared-name | alexa die hauptstadt von luxemburg dem land nicht der provinz | LU
shared-name | alexa was ist die hauptstadt von victoria in australien nicht der stadt in kanada | AU-VIC
shared-name | alexa die hauptstadt von punjab in indien | IN-PB
shared-name | alexa was ist die hauptstadt von guinea dem land ohne zusatz | GN
shared-name | alexa die hauptstadt von sudan nicht südsudan | SD
shared-name | alexa was ist die hauptstadt von niger nicht nigeria | NE
shared-name | alexa rio de janeiro der bundesstaat was ist dessen hauptstadt | BR-RJ
shared-name | alexa was ist die hauptstadt von são paulo dem staat | BR-SP
shared-name | alexa die hauptstadt von berlin als bundesland | DE-BE
# Launch (the card's name)
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | alexa servus starte amoi hauptstädte der welt | LAUNCH
launch | alexa ha jo mach mol hauptstädte der welt auf | LAUNCH
launch | alexa ajo starte mol hauptstädte der welt | LAUNCH
launch | alexa mach ens hauptstädte der welt an | LAUNCH
launch | alexa jau öffne mal hauptstädte der welt | LAUNCH
launch | alexa bitte öffne den skill hauptstädte der welt | LAUNCH
launch | alexa starte den skill hauptstädte der welt | LAUNCH
launch | alexa spiel hauptstädte der welt mit mir | LAUNCH
launch | alexa ich möchte hauptstädte der welt spielen | LAUNCH
launch | alexa lass uns hauptstädte der welt spielen | LAUNCH
launch | alexa kannst du bitte hauptstädte der welt öffnen | LAUNCH
launch | alexa würden sie bitte hauptstädte der welt starten | LAUNCH
launch | alexa öffne hauptstädte der welt für meine tochter | LAUNCH
launch | alexa starte hauptstädte der welt wir üben für erdkunde | LAUNCH
launch | alexa öffne hauptstädte der welt ich hab morgen referat | LAUNCH
launch | alexa slukhay öffne hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt öffnen bitte | LAUNCH
launch | alexa hauptstädte der welt starten | LAUNCH
launch | alexa öffne mal ähm hauptstädte der welt | LAUNCH
launch | alexa open hauptstädte der welt please | LAUNCH
launch | alexa start hauptstädte der welt | LAUNCH
launch | alexa aktivier hauptstädte der welt | LAUNCH
launch | alexa mach hauptstädte der welt auf wir haben quizabend | LAUNCH
launch | alexa alter starte mal hauptstädte der welt | LAUNCH
launch | alexa spiele hauptstädte der welt | LAUNCH
launch | alexa öffne bitte noch mal hauptstädte der welt | LAUNCH
launch | alexa starte wieder hauptstädte der welt | LAUNCH
launch | alexa geh auf hauptstädte der welt | LAUNCH
launch | alexa ruf hauptstädte der welt auf | LAUNCH
launch | alexa oya open hauptstädte der welt | LAUNCH
launch | alexa guten morgen öffne hauptstädte der welt | LAUNCH
launch | alexa na mien jung mach ma hauptstädte der welt an | LAUNCH
launch | alexa ich will hauptstädte der welt | LAUNCH
# Help
help | alexa hilfe | HELP
help | alexa wie funktioniert das hier | HELP
help | alexa was kann ich dich fragen | HELP
help | alexa servus wos konn i do frogn | HELP
help | alexa ha jo wie geht des gell | HELP
help | alexa ajo was kann isch do mache | HELP
help | alexa wat soll ich denn hier sagen | HELP
help | alexa ich versteh nicht wie das spiel geht | HELP
help | alexa erklär mir mal wie das geht | HELP
help | alexa was muss ich sagen | HELP
help | alexa welche fragen verstehst du | HELP
help | alexa hilf mir bitte ich komme nicht weiter | HELP
help | alexa wie benutze ich diesen skill | HELP
help | alexa ich brauche hilfe | HELP
help | alexa was geht hier alles | HELP
help | alexa was sind die regeln | HELP
help | alexa help me please | HELP
help | alexa alter was soll ich hier machen | HELP
help | alexa zeig mir was ich fragen kann | HELP
help | alexa ich weiß nicht was ich sagen soll hilfe | HELP
help | alexa kannst du mir das bitte erklären | HELP
help | alexa wie frage ich nach einer hauptstadt | HELP
help | alexa gib mir ein paar beispiele | HELP
help | alexa was sind deine funktionen | HELP
help | alexa wie geht das mit den hauptstädten | HELP
help | alexa ich bin neu hier was kann ich machen | HELP
help | alexa hilfe bitte meine oma versteht das nicht | HELP
help | alexa entschuldigung wie soll das gehen | HELP
# Stop
stop | alexa stopp | STOP
stop | alexa stop | STOP
stop | alexa aufhören | STOP
stop | alexa hör auf | STOP
stop | alexa sei still | STOP
stop | alexa ruhe | STOP
stop | alexa beenden | STOP
stop | alexa beende das spiel | STOP
stop | alexa servus des langt | STOP
stop | alexa ha jo jetzt isch gut hör uff | STOP
stop | alexa ajo hör mol uff | STOP
stop | alexa tschüssing | STOP
stop | alexa jau dat reicht für heute | STOP
stop | alexa halt die klappe | STOP
stop | alexa schluss jetzt | STOP
stop | alexa ende | STOP
stop | alexa ich will aufhören | STOP
stop | alexa das reicht für heute | STOP
stop | alexa mach aus | STOP
stop | alexa beende hauptstädte der welt | STOP
stop | alexa quit | STOP
stop | alexa alter stop jetzt | STOP
stop | alexa sei bitte ruhig | STOP
stop | alexa hör sofort auf | STOP
stop | alexa genug gelernt für heute ende | STOP
stop | alexa wir sind fertig tschüss | STOP
stop | alexa spiel beenden | STOP
stop | alexa schluss aus ende | STOP
# Cancel
cancel | alexa abbrechen | CANCEL
cancel | alexa vergiss es | CANCEL
cancel | alexa egal vergiss es | CANCEL
cancel | alexa nicht so wichtig | CANCEL
cancel | alexa servus vergiss des | CANCEL
cancel | alexa ha jo isch egal | CANCEL
cancel | alexa ajo losse mer des | CANCEL
cancel | alexa lass ma gut sein | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa nee doch nicht | CANCEL
cancel | alexa ach lass mal | CANCEL
cancel | alexa schon gut vergiss die frage | CANCEL
cancel | alexa never mind | CANCEL
cancel | alexa cancel | CANCEL
cancel | alexa forget it | CANCEL
cancel | alexa abbrechen bitte | CANCEL
cancel | alexa vergiss was ich gefragt habe | CANCEL
cancel | alexa das war falsch abbrechen | CANCEL
cancel | alexa hat sich erledigt | CANCEL
cancel | alexa nein abbrechen | CANCEL
cancel | alexa ich hab mich vertan vergiss es | CANCEL
cancel | alexa lass es bleiben | CANCEL
cancel | alexa brich ab | CANCEL
cancel | alexa storniere das | CANCEL
cancel | alexa abbrechen ich hab es schon gefunden | CANCEL
cancel | alexa vergiss es wallah | CANCEL
cancel | alexa ach vergiss es ich schau im atlas | CANCEL
# Out of domain
out-of-domain | alexa wie wird das wetter morgen in münchen | FB
out-of-domain | alexa servus wia spät is | FB
out-of-domain | alexa spiel bayern drei | FB
out-of-domain | alexa ha jo wie isch des wetter in freiburg | FB
out-of-domain | alexa ajo mach mol die radio an | FB
out-of-domain | alexa sach ens wann spielt fortuna düsseldorf | FB
out-of-domain | alexa jau wie hat preußen münster gespielt | FB
out-of-domain | alexa wie hat der hsv gespielt | FB
out-of-domain | alexa stell einen timer auf zehn minuten | FB
out-of-domain | alexa weck mich um sechs uhr | FB
out-of-domain | alexa mach das licht im wohnzimmer an | FB
out-of-domain | alexa schalte die heizung auf zweiundzwanzig grad | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa ruf mama an | FB
out-of-domain | alexa erzähl mir einen witz | FB
out-of-domain | alexa wie viele einwohner hat berlin | FB
out-of-domain | alexa wie hoch ist die zugspitze | FB
out-of-domain | alexa wie lang ist der rhein | FB
out-of-domain | alexa übersetze danke auf ukrainisch | FB
out-of-domain | alexa was heißt hauptstadt auf englisch | FB
out-of-domain | alexa was ist eine hauptstadt | FB
out-of-domain | alexa was bedeutet das wort kapital | FB
out-of-domain | alexa was ist das kapital von karl marx | FB
out-of-domain | alexa wie hoch ist mein eigenkapital | FB
out-of-domain | alexa was ist risikokapital | FB
out-of-domain | alexa wie schreibt man hauptstadt groß oder klein | FB
out-of-domain | alexa was ist ein kapitälchen | FB
out-of-domain | alexa welches ist die größte stadt der welt | FB
out-of-domain | alexa welche hauptstadt hat die meisten einwohner | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa wie spät ist es gerade in tokio | FB
out-of-domain | alexa wie weit ist es von hamburg nach kiel | FB
out-of-domain | alexa welche währung hat ungarn | FB
out-of-domain | alexa welche sprache spricht man in eritrea | FB
out-of-domain | alexa wer ist der präsident der ukraine | FB
out-of-domain | alexa wer regiert in rumänien | FB
out-of-domain | alexa wie ist die vorwahl von vietnam | FB
out-of-domain | alexa wie viel kostet ein flug nach accra | FB
out-of-domain | alexa welche zeitzone hat kabul | FB
out-of-domain | alexa wie ist das wetter in der hauptstadt von spanien | FB
out-of-domain | alexa wie viele einwohner hat die hauptstadt von polen | FB
out-of-domain | alexa zeig mir fotos von der hauptstadt von italien | FB
out-of-domain | alexa welcher fluss fließt durch die hauptstadt von ungarn | FB
out-of-domain | alexa buch mir ein hotel in der hauptstadt von portugal | FB
out-of-domain | alexa was ist die hauptstadt von bayern im mittelalter gewesen | FB
out-of-domain | alexa was ist die hauptstadt von düsseldorf | FB
out-of-domain | alexa was ist die hauptstadt von mannheim | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt der welt | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt von der pfalz | FB
out-of-domain | alexa was ist die hauptstadt vom münsterland | FB
out-of-domain | alexa was ist die hauptstadt vom niederrhein | FB
out-of-domain | alexa was ist die hauptstadt von niederbayern | FB
out-of-domain | alexa was ist die hauptstadt vom schwarzwald | FB
out-of-domain | alexa was ist die hauptstadt der oberlausitz | FB
out-of-domain | alexa was ist die hauptstadt von der kurpfalz | FB
out-of-domain | alexa was ist die hauptstadt von ostwestfalen | FB
out-of-domain | alexa was ist die hauptstadt vom emsland | FB
out-of-domain | alexa was ist die hauptstadt der altmark | FB
out-of-domain | alexa was ist die hauptstadt von nordfriesland | FB
out-of-domain | alexa was ist die hauptstadt vom harz | FB
out-of-domain | alexa was ist die hauptstadt vom chiemgau | FB
out-of-domain | alexa was ist die hauptstadt von siebenbürgen | FB
out-of-domain | alexa was ist die hauptstadt vom donbass | FB
out-of-domain | alexa was ist die hauptstadt der krim | FB
out-of-domain | alexa was ist die hauptstadt von kurdistan | FB
out-of-domain | alexa was ist die hauptstadt von katalonien | FB
out-of-domain | alexa was ist die hauptstadt vom baskenland | FB
out-of-domain | alexa was ist die hauptstadt von südtirol | FB
out-of-domain | alexa was ist die hauptstadt von der lombardei | FB
out-of-domain | alexa was ist die hauptstadt von bayern in brasilien | FB
out-of-domain | alexa was ist die hauptstadt von kalimantan | FB
out-of-domain | alexa was ist die hauptstadt von patagonien | FB
out-of-domain | alexa was ist die hauptstadt von sibirien | FB
out-of-domain | alexa was ist die hauptstadt von kaschubien | FB
out-of-domain | alexa was ist die hauptstadt von der wojwodina | FB
out-of-domain | alexa was ist die hauptstadt von bergkarabach | FB
out-of-domain | alexa was ist die hauptstadt von ostpreußen | FB
out-of-domain | alexa was ist die hauptstadt vom römischen reich | FB
out-of-domain | alexa was war die hauptstadt der sowjetunion | FB
out-of-domain | alexa was war die hauptstadt von jugoslawien | FB
out-of-domain | alexa was war die hauptstadt vom habsburgerreich | FB
out-of-domain | alexa was war die hauptstadt von byzanz | FB
out-of-domain | alexa was war die hauptstadt des heiligen römischen reichs | FB
out-of-domain | alexa was war die hauptstadt der azteken | FB
out-of-domain | alexa was war die hauptstadt von babylon | FB
out-of-domain | alexa was war die hauptstadt von persien vor zweitausend jahren | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | alexa was ist die hauptstadt von hogwarts | FB
out-of-domain | alexa was ist die hauptstadt von westeros | FB
out-of-domain | alexa was ist die hauptstadt von wakanda | FB
out-of-domain | alexa was ist die hauptstadt von lummerland | FB
out-of-domain | alexa was ist die hauptstadt von minecraft | FB
out-of-domain | alexa was ist die hauptstadt von tamriel | FB
out-of-domain | alexa was ist die hauptstadt von fortnite | FB
out-of-domain | alexa was ist die hauptstadt von schlumpfhausen | FB
out-of-domain | alexa was ist die hauptstadt von pandora | FB
out-of-domain | alexa was ist die hauptstadt von alderaan | FB
out-of-domain | alexa was ist die hauptstadt von oz | FB
out-of-domain | alexa öffne stadt land fluss | FB
out-of-domain | alexa starte flaggen quiz | FB
out-of-domain | alexa öffne den länder trainer | FB
out-of-domain | alexa spiel musik von helene fischer | FB
out-of-domain | alexa spiel das nächste lied | FB
out-of-domain | alexa lauter bitte | FB
out-of-domain | alexa wie viel ist siebzehn mal drei | FB
out-of-domain | alexa wann ist ostern | FB
out-of-domain | alexa was läuft heute im fernsehen | FB
out-of-domain | alexa bestell mir katzenfutter | FB
out-of-domain | alexa wo ist mein paket | FB
out-of-domain | alexa sag mir die nachrichten | FB
out-of-domain | alexa wie heißt der bürgermeister von mainz | FB
out-of-domain | alexa wie alt ist die stadt trier | FB
out-of-domain | alexa welche hauptstadt ist am höchsten gelegen | FB
out-of-domain | alexa in welcher hauptstadt ist es am kältesten | FB
out-of-domain | alexa welche hauptstadt liegt am meer | FB
out-of-domain | alexa wie viele hauptstädte gibt es in europa | FB
out-of-domain | alexa welche hauptstadt fängt mit q an | FB
out-of-domain | alexa ich glaube kapitalismus ist doof | FB
out-of-domain | alexa was ist eine hauptstadt der mode | FB
out-of-domain | alexa welche stadt ist die kulturhauptstadt europas dieses jahr | FB
out-of-domain | alexa welche stadt ist die fahrradhauptstadt deutschlands | FB
out-of-domain | alexa welche stadt ist die hauptstadt des karnevals | FB
out-of-domain | alexa was ist die heimliche hauptstadt von bayern | FB
out-of-domain | alexa was ist die hauptstadt vom fußball | FB
out-of-domain | alexa wer hat die hauptstadt von deutschland nach berlin verlegt | FB
out-of-domain | alexa warum ist bonn keine hauptstadt mehr | FB
out-of-domain | alexa seit wann ist berlin hauptstadt | FB
out-of-domain | alexa wie sagt man hauptstadt auf vietnamesisch | FB
out-of-domain | alexa servus wos gibts heid zum essen | FB
out-of-domain | alexa ha jo wo isch mei handy | FB
out-of-domain | alexa ajo wann spielt de fck | FB
out-of-domain | alexa oya play afrobeats | FB
out-of-domain | alexa xie xie spiel chinesische musik | FB
out-of-domain | alexa wie backt man einen käsekuchen | FB
out-of-domain | alexa wie lange muss ein ei kochen | FB
out-of-domain | alexa wer hat die letzte bundestagswahl gewonnen | FB
out-of-domain | alexa wie viele bundesländer hat deutschland | FB
out-of-domain | alexa wie viele bundesstaaten hat amerika | FB
out-of-domain | alexa welches land ist das größte der welt | FB
out-of-domain | alexa welche farbe hat die flagge von litauen | FB
out-of-domain | alexa was ist die nationalhymne von ghana | FB
out-of-domain | alexa welche hauptstadt liegt am nächsten an hamburg | FB
# Speaker families, single sentences
dialect | alexa servus i moan de hauptstadt vo kroatien wia hoaßt de | HR
dialect | alexa geh weida sog ma wos de hauptstadt vo tschechien is | CZ
dialect | alexa oiso wos is na de hauptstadt vo italien | IT
dialect | alexa ha jo was isch denn die hauptstadt vom elsass nachbarn frankreich | FR
dialect | alexa gell du weisch doch die hauptstadt vo de schweiz | CH
dialect | alexa ajo was is die hauptstadt vun luxemburg | LU
dialect | alexa ach gott wie heeßt die hauptstadt vun frankreich noch mol | FR
dialect | alexa na mien jung wat is die hauptstadt von dänemark | DK
dialect | alexa sach ens wat is denn die hauptstadt vun holland ne | NL
dialect | alexa jau wat is eigentlich die hauptstadt von belgien | BE
dialect | alexa öcher platt frage die hauptstadt vun belgien | BE
dialect | alexa weeste die landeshauptstadt von sachsen-anhalt | DE-ST
dialect | alexa jo na wat is de hauptstadt vun schleswig-holstein | DE-SH
dialect | alexa servus wos is de landeshauptstadt vo bayern eigentli | DE-BY
dialect | alexa ha jo welche stadt isch hauptstadt vom ländle | DE-BW
dialect | alexa ajo wie heeßt die landeshauptstadt vum saarland | DE-SL
dialect | alexa sach ens welche stadt is landeshauptstadt von nrw ne | DE-NW
dialect | alexa na wat is de hauptstadt von niedersachsen | DE-NI
dialect | alexa jo wat is denn de hauptstadt vun hamburg dat bundesland | DE-HH
migrant | alexa dyakuyu und was ist die hauptstadt von polen | PL
migrant | alexa slukhay welche stadt ist hauptstadt von moldau | MD
migrant | alexa hai hai schnell hauptstadt von bulgarien | BG
migrant | alexa mersi und die hauptstadt von serbien | RS
migrant | alexa szia köszi was ist die hauptstadt von österreich | AT
migrant | alexa cam on bitte hauptstadt von kambodscha | KH
migrant | alexa tashakor was ist hauptstadt von tadschikistan | TJ
migrant | alexa bale welche stadt ist hauptstadt von pakistan | PK
migrant | alexa merci baba und die hauptstadt von aserbaidschan | AZ
migrant | alexa yekenyeley was ist die hauptstadt von dschibuti | DJ
migrant | alexa medaase was ist die hauptstadt von togo | TG
migrant | alexa abeg hauptstadt von kamerun | CM
migrant | alexa gamsahamnida die hauptstadt von japan bitte | JP
migrant | alexa xie xie hauptstadt von taiwan ist welche | TW
migrant | alexa khop khun kha und hauptstadt von myanmar | MM
migrant | alexa spas was ist die hauptstadt vom irak | IQ
migrant | alexa faleminderit und die hauptstadt vom kosovo | XK
migrant | alexa obrigado und die hauptstadt von angola pá | AO
migrant | alexa madloba und die hauptstadt von armenien | AM
migrant | alexa shnorhakalutyun welche ist die hauptstadt von georgien das land | GE
migrant | alexa amesegnalehu hauptstadt von südsudan | SS
migrant | alexa kiitos und was ist die hauptstadt von estland | EE
migrant | alexa tack och was ist die hauptstadt von norwegen | NO
migrant | alexa dank je wel en de hauptstadt von suriname | SR
migrant | alexa aciu was ist die hauptstadt von lettland | LV
migrant | alexa chamo qué es la hauptstadt von kolumbien | CO
migrant | alexa causa pe cuál es die hauptstadt von ecuador | EC
kid | alexa meine freundin hat geburtstag und kommt aus ghana was ist die hauptstadt | GH
kid | alexa die zahnfee kommt aus irland was ist die hauptstadt | IE
kid | alexa im kindergarten haben wir von kenia gehört wo ist die hauptstadt | KE
kid | alexa ich will nach australien zu den kängurus wie heißt da die hauptstadt | AU
kid | alexa was ist die hauptstadt von madagaskar wie im film | MG
kid | alexa mama sagt du weißt die hauptstadt von peru | PE
kid | alexa wie heißt die hauptstadt von grönland wo die eisbären wohnen | GL
kid | alexa meine lehrerin kommt aus spanien was ist die hauptstadt | ES
kid | alexa was ist die hauptstadt von japan wo die ninjas sind | JP
kid | alexa hauptstadt von ägypten mit den pyramiden | EG
kid | alexa ich hab ein puzzle von europa was ist die hauptstadt von norwegen | NO
kid | alexa mein opa war in brasilien was ist da die hauptstadt | BR
teen | alexa digga ich mein alter was ist die hauptstadt von kanada | CA
teen | alexa cringe aber ich weiß die hauptstadt von australien nicht | AU
teen | alexa auf tiktok sagen alle sydney ist hauptstadt was ist die echte hauptstadt von australien | AU
teen | alexa fortnite pause welche hauptstadt hat brasilien | BR
teen | alexa auf klassenfahrt nach polen was ist da die hauptstadt | PL
teen | alexa wallah sag die hauptstadt von marokko | MA
teen | alexa safe weißt du nicht die hauptstadt von nigeria | NG
teen | alexa bro welche hauptstadt hat die türkei | TR
teen | alexa für den referat brauch ich die hauptstadt von kenia | KE
teen | alexa alter welche stadt ist die hauptstadt von new york dem staat | US-NY
senior | alexa mein enkel fragt nach der hauptstadt von neuseeland | NZ
senior | alexa in der seniorenuni hatten wir über äthiopien gesprochen wie war die hauptstadt | ET
senior | alexa im heimatverein fragen die mich immer die hauptstadt von island | IS
senior | alexa früher hieß das doch anders die hauptstadt von kasachstan heute | KZ
senior | alexa sprechen sie bitte lauter die hauptstadt von finnland | FI
senior | alexa meine schwester lebt in kanada in alberta was ist dort die hauptstadt | CA-AB
senior | alexa wir machen eine flusskreuzfahrt nach ungarn wie heißt die hauptstadt | HU
senior | alexa beim kreuzworträtsel hauptstadt von peru mit vier buchstaben | PE
senior | alexa ich hab einen brieffreund in chile was ist die hauptstadt | CL
senior | alexa früher war ich in der türkei im urlaub was ist die hauptstadt | TR
work | alexa ich bin krankenschwester und meine patientin kommt aus eritrea wie heißt die hauptstadt | ER
work | alexa als pilotin flieg ich nach katar was ist die hauptstadt | QA
work | alexa die spedition schickt mich nach litauen was ist die hauptstadt | LT
work | alexa unser kunde sitzt in saudi-arabien welche stadt ist die hauptstadt | SA
work | alexa im callcenter ruft jemand aus jamaika an was ist die hauptstadt | JM
work | alexa für die bank brauche ich die hauptstadt von singapur | SG
work | alexa unser start-up expandiert nach estland was ist die hauptstadt | EE
work | alexa kurze frage fürs meeting was ist die hauptstadt von vietnam | VN
work | alexa der anwalt fragt nach der hauptstadt von zypern | CY
work | alexa im laden fragt ein kunde nach der hauptstadt von bangladesch | BD
travel | alexa wir fahren mit dem camper nach kroatien welche stadt ist da hauptstadt | HR
travel | alexa mit dem fahrrad an der donau bis serbien was ist die hauptstadt | RS
travel | alexa unser champions league auswärtsspiel ist in portugal was ist die hauptstadt | PT
travel | alexa backpacking in laos was ist die hauptstadt | LA
travel | alexa beim roadtrip durch arizona was ist die hauptstadt | US-AZ
travel | alexa mit dem zug nach schottland welche stadt ist dort hauptstadt | GB-SCT
sport | alexa die bundesliga holt einen spieler aus georgien was ist die hauptstadt | GE
sport | alexa bei der wm spielt deutschland gegen japan wie heißt die hauptstadt von japan | JP
sport | alexa die tour de france startet in dänemark was ist die hauptstadt | DK
sport | alexa der biathlet kommt aus norwegen welche stadt ist hauptstadt | NO
sport | alexa formel eins in aserbaidschan was ist die hauptstadt | AZ
game | alexa beim scrabble brauche ich die hauptstadt von peru | PE
game | alexa beim familienquiz frage sechs die hauptstadt von island | IS
game | alexa geoguessr runde fünf was ist die hauptstadt von bolivien | BO
game | alexa bei wer bin ich bin ich die hauptstadt von österreich welche ist das | AT
game | alexa im pub quiz app was ist die hauptstadt von bhutan | BT
learner | alexa ich möchte wissen wie ist hauptstadt von norwegen | NO
learner | alexa was ist die hauptstadt von der deutschland | DE
learner | alexa welche ist hauptstadt in land kenia | KE
learner | alexa sagen sie bitte mir wo ist die hauptstadt von polen | PL
learner | alexa die hauptstadt von der iran bitte | IR
learner | alexa ich nicht weiß hauptstadt von ukraine | UA
learner | alexa wie heißt der hauptstadt von ungarn | HU
asr-slip | alexa was ist die hauptstadt von nieder lande | NL
asr-slip | alexa was ist die hauptstadt von uganda da | UG
asr-slip | alexa was ist die hauptstadt von litt auen | LT
asr-slip | alexa was ist die hauptstadt von mosam bick | MZ
asr-slip | alexa was ist die hauptstadt von ruanda rwanda | RW
asr-slip | alexa was ist die hauptstadt von gehen ja | KE
asr-slip | alexa was ist die hauptstadt von sam bier | ZM
hesitation | alexa hm ja also was ist die hauptstadt von jordanien | JO
hesitation | alexa warte ähm die hauptstadt von kuba also | CU
hesitation | alexa öhm wie hieß die hauptstadt von chile noch mal | CL
hesitation | alexa sag mal äh hm die hauptstadt von indien | IN
hesitation | alexa ja also ähm was ist denn die hauptstadt von ägypten | EG
expat | alexa what is the hauptstadt of uganda | UG
expat | alexa okay so die hauptstadt von neuseeland please | NZ
expat | alexa hey ähm capital of schottland bitte | GB-SCT
expat | alexa sorry was ist the hauptstadt von wales | GB-WLS
expat | alexa hauptstadt of nordirland please | GB-NIR
# Second batch: stop, cancel, out of domain, more voices
stop | alexa servus i mog nimmer hör auf | STOP
stop | alexa geh hör auf mit dem quiz | STOP
stop | alexa ha jo des isch jetzt gnug | STOP
stop | alexa ajo mir höre jetzt uff | STOP
stop | alexa na mien jung nu is aber feierabend | STOP
stop | alexa jau wir machen schluss für heute | STOP
stop | alexa sach ens hör ma auf damit | STOP
stop | alexa slukhay stopp bitte | STOP
stop | alexa hai gata stopp | STOP
stop | alexa oya stop am tired | STOP
stop | alexa bro hör auf ich hab keinen bock mehr | STOP
stop | alexa alter sei leise jetzt | STOP
stop | alexa das essen ist fertig hör auf mit den hauptstädten | STOP
stop | alexa die kinder müssen ins bett beende das quiz | STOP
stop | alexa ich muss zur arbeit stopp das spiel | STOP
stop | alexa mein hörgerät pfeift hören sie bitte auf | STOP
stop | alexa hauptstädte der welt beenden bitte | STOP
stop | alexa stopp stopp stopp | STOP
stop | alexa halt stopp aus jetzt | STOP
stop | alexa schalte das quiz aus | STOP
stop | alexa beende den skill | STOP
stop | alexa mach den skill zu | STOP
stop | alexa schluss mit dem erdkunde kram | STOP
stop | alexa please stop it now | STOP
stop | alexa verlass den skill bitte | STOP
stop | alexa du kannst aufhören danke | STOP
stop | alexa ruhe jetzt mama telefoniert | STOP
stop | alexa wir sind durch mit lernen stopp | STOP
stop | alexa jetzt ist feierabend aus | STOP
stop | alexa schluss für heute gute nacht | STOP
cancel | alexa servus vergiss des wieder | CANCEL
cancel | alexa geh lass des | CANCEL
cancel | alexa ha jo vergiss es gell | CANCEL
cancel | alexa ajo vergess des mol | CANCEL
cancel | alexa na mien jung lass man stecken | CANCEL
cancel | alexa jau vergiss dat | CANCEL
cancel | alexa sach ens vergiss et einfach | CANCEL
cancel | alexa slukhay nein abbrechen | CANCEL
cancel | alexa hai lass vergiss es | CANCEL
cancel | alexa abeg forget am | CANCEL
cancel | alexa alter vergiss die frage war cringe | CANCEL
cancel | alexa abbrechen ich hab die falsche frage gestellt | CANCEL
cancel | alexa nee warte abbrechen | CANCEL
cancel | alexa doch nicht ich hab es im buch gefunden | CANCEL
cancel | alexa ach abbrechen mein sohn weiß es schon | CANCEL
cancel | alexa vergiss die letzte frage | CANCEL
cancel | alexa brich die frage ab | CANCEL
cancel | alexa lass gut sein danke | CANCEL
cancel | alexa ach nee doch nicht so wichtig | CANCEL
cancel | alexa schon erledigt abbrechen | CANCEL
cancel | alexa nimm das zurück | CANCEL
cancel | alexa abbrechen abbrechen | CANCEL
cancel | alexa never mind das hat sich geklärt | CANCEL
cancel | alexa forget it ich schau bei google | CANCEL
cancel | alexa vergessen sie die frage bitte | CANCEL
cancel | alexa brechen sie bitte ab | CANCEL
cancel | alexa die frage ist hinfällig | CANCEL
cancel | alexa streich das | CANCEL
cancel | alexa ach vergiss es einfach egal | CANCEL
cancel | alexa abbrechen das war nur der fernseher | CANCEL
out-of-domain | alexa servus wann fahrt de nächste s-bahn | FB
out-of-domain | alexa geh sog ma wia kalt es draußen is | FB
out-of-domain | alexa ha jo spielt de sc freiburg heut | FB
out-of-domain | alexa ajo wie werd's wetter in ludwigshafen | FB
out-of-domain | alexa na mien jung wann ist hochwasser in hamburg | FB
out-of-domain | alexa jau wie spät is dat | FB
out-of-domain | alexa sach ens wat läuft heut im radio | FB
out-of-domain | alexa slukhay wie ist das wetter in lwiw | FB
out-of-domain | alexa hai spiel manele | FB
out-of-domain | alexa cam on erinnere mich an den termin morgen | FB
out-of-domain | alexa oya wetin dey happen for news | FB
out-of-domain | alexa bale wie viel ist ein euro in afghani | FB
out-of-domain | alexa xie xie was kostet ein ticket nach peking | FB
out-of-domain | alexa obrigado wann spielt benfica | FB
out-of-domain | alexa alter spiel den neuen song von apache | FB
out-of-domain | alexa digga wie viel grad hat es | FB
out-of-domain | alexa wallah wer hat das spiel gestern gewonnen | FB
out-of-domain | alexa mach mir eine playlist für minecraft | FB
out-of-domain | alexa wann ist der nächste skatabend im kalender | FB
out-of-domain | alexa lies mir das horoskop vor | FB
out-of-domain | alexa erinnere mich an meine tabletten um acht | FB
out-of-domain | alexa wie viel porto braucht ein brief nach kanada | FB
out-of-domain | alexa was kostet eine briefmarke nach ungarn | FB
out-of-domain | alexa wie lange fliegt man nach nairobi | FB
out-of-domain | alexa wie ist die lage auf der a drei | FB
out-of-domain | alexa wo ist die nächste tankstelle | FB
out-of-domain | alexa wie viel kostet diesel heute | FB
out-of-domain | alexa sag mir den dax stand | FB
out-of-domain | alexa wie steht der euro zum dollar | FB
out-of-domain | alexa schreib eine nachricht an meinen chef | FB
out-of-domain | alexa plane ein meeting für morgen um neun | FB
out-of-domain | alexa was ist die hauptstadt meines herzens | FB
out-of-domain | alexa was ist das hauptstadtfest in berlin | FB
out-of-domain | alexa was ist ein hauptstadtzuschlag | FB
out-of-domain | alexa wer ist der hauptstadtkorrespondent der ard | FB
out-of-domain | alexa wie viel stammkapital braucht eine gmbh | FB
out-of-domain | alexa was ist humankapital | FB
out-of-domain | alexa was war die hauptstadt von preußen früher | FB
out-of-domain | alexa was war die hauptstadt der ddr | FB
out-of-domain | alexa was war die hauptstadt von westdeutschland | FB
out-of-domain | alexa was war die hauptstadt des mongolischen reiches | FB
out-of-domain | alexa was war die hauptstadt von rhodesien | FB
out-of-domain | alexa was ist die hauptstadt von der ostsee | FB
out-of-domain | alexa was ist die hauptstadt der nordsee | FB
out-of-domain | alexa was ist die hauptstadt von skandinavien | FB
out-of-domain | alexa was ist die hauptstadt von lateinamerika | FB
out-of-domain | alexa was ist die hauptstadt der karibik | FB
out-of-domain | alexa was ist die hauptstadt vom balkan | FB
out-of-domain | alexa was ist die hauptstadt von mallorca | FB
out-of-domain | alexa was ist die hauptstadt von kreta | FB
out-of-domain | alexa was ist die hauptstadt von sardinien | FB
out-of-domain | alexa was ist die hauptstadt von helgoland | FB
out-of-domain | alexa was ist die hauptstadt von föhr | FB
out-of-domain | alexa was ist die hauptstadt von usedom | FB
out-of-domain | alexa was ist die hauptstadt von transsilvanien | FB
out-of-domain | alexa was ist die hauptstadt von galizien in der ukraine | FB
out-of-domain | alexa was ist die hauptstadt von südossetien | FB
out-of-domain | alexa was ist die hauptstadt von ostturkestan | FB
out-of-domain | alexa was ist die hauptstadt von westpapua | FB
out-of-domain | alexa was ist die hauptstadt von der bretagne in frankreich | FB
out-of-domain | alexa was ist die hauptstadt von frankfurt am main | FB
out-of-domain | alexa was ist die hauptstadt von aachen | FB
out-of-domain | alexa was ist die hauptstadt von münster | FB
out-of-domain | alexa was ist die hauptstadt von los angeles | FB
out-of-domain | alexa was ist die hauptstadt von nimmerland | FB
out-of-domain | alexa was ist die hauptstadt von mordor | FB
out-of-domain | alexa was ist die hauptstadt von springfield bei den simpsons | FB
out-of-domain | alexa was ist die hauptstadt von asgard | FB
out-of-domain | alexa was ist die hauptstadt von zamonien | FB
out-of-domain | alexa was ist die hauptstadt von der schatzinsel | FB
out-of-domain | alexa was ist die hauptstadt von kamelot | FB
out-of-domain | alexa was ist die hauptstadt von jurassic park | FB
out-of-domain | alexa gib mir eine hauptstadt zum raten | FB
out-of-domain | alexa frag mich eine hauptstadt ab | FB
out-of-domain | alexa welche hauptstadt ist die älteste | FB
out-of-domain | alexa welche hauptstadt hat die schönste altstadt | FB
out-of-domain | alexa welche hauptstädte liegen an der donau | FB
out-of-domain | alexa wie viele hauptstädte hast du gespeichert | FB
out-of-domain | alexa welche hauptstadt würdest du besuchen | FB
out-of-domain | alexa welches land hat keine hauptstadt | FB
out-of-domain | alexa warum hat die schweiz keine offizielle hauptstadt | FB
yes-no-check | alexa servus is münchen de hauptstadt vo deitschland | DE
yes-no-check | alexa ha jo isch stuttgart die hauptstadt vom ländle oder karlsruhe | DE-BW
yes-no-check | alexa ajo is ludwigshafen die hauptstadt vun de pfalz also rheinland-pfalz | DE-RP
yes-no-check | alexa sach ens is düsseldorf wirklich landeshauptstadt vun nrw | DE-NW
yes-no-check | alexa jau münster war doch mal die hauptstadt von westfalen heute nordrhein-westfalen oder | DE-NW
yes-no-check | alexa na is kiel nu die hauptstadt von schleswig-holstein oder flensburg | DE-SH
yes-no-check | alexa weeste ob dessau die hauptstadt von sachsen-anhalt is | DE-ST
yes-no-check | alexa slukhay ist odessa hauptstadt von ukraine | UA
yes-no-check | alexa hai ist cluj die hauptstadt von rumänien | RO
yes-no-check | alexa szia ist debrecen die hauptstadt von ungarn | HU
yes-no-check | alexa cam on ist ho chi minh stadt die hauptstadt von vietnam | VN
yes-no-check | alexa bale ist herat die hauptstadt von afghanistan | AF
yes-no-check | alexa baba ist isfahan die hauptstadt von iran | IR
yes-no-check | alexa ist massawa die hauptstadt von eritrea | ER
yes-no-check | alexa chale kumasi ist die hauptstadt von ghana oder | GH
yes-no-check | alexa abeg is abuja di hauptstadt von nigeria | NG
yes-no-check | alexa ne ist busan die hauptstadt von südkorea | KR
yes-no-check | alexa ist hongkong die hauptstadt von china | CN
yes-no-check | alexa khop khun kha ist chiang mai die hauptstadt von thailand | TH
yes-no-check | alexa spas ist erbil die hauptstadt vom irak | IQ
yes-no-check | alexa faleminderit ist durrës die hauptstadt von albanien | AL
yes-no-check | alexa obrigado pá é lissabon die hauptstadt von portugal | PT
yes-no-check | alexa madloba batumi ist die hauptstadt von georgien oder | GE
yes-no-check | alexa ist gjumri die hauptstadt von armenien | AM
yes-no-check | alexa kiitos ist helsinki die hauptstadt von finnland | FI
yes-no-check | alexa ist malmö die hauptstadt von schweden | SE
yes-no-check | alexa hoi is amsterdam echt die hauptstadt der niederlande | NL
yes-no-check | alexa ist kaunas die hauptstadt von litauen | LT
yes-no-check | alexa chamo ist maracaibo die hauptstadt von venezuela | VE
yes-no-check | alexa causa ist lima die hauptstadt von peru | PE
yes-no-check | alexa my friend says bern is die hauptstadt von der schweiz stimmt das | CH
yes-no-check | alexa ist chicago die hauptstadt von illinois | US-IL
yes-no-check | alexa ist seattle die hauptstadt vom bundesstaat washington | US-WA
yes-no-check | alexa ist montreal die hauptstadt von québec | CA-QC
yes-no-check | alexa ist darwin die hauptstadt vom northern territory | AU-NT
yes-no-check | alexa ist guadalajara die hauptstadt von jalisco | MX-JAL
yes-no-check | alexa ist salvador die hauptstadt von bahia | BR-BA
yes-no-check | alexa ist kochi die hauptstadt von kerala | IN-KL
yes-no-check | alexa ist glasgow die hauptstadt von schottland | GB-SCT
official-name | alexa servus wos is de hauptstadt vo da republik kroatien | HR
official-name | alexa was ist die hauptstadt der republik moldau | MD
official-name | alexa die hauptstadt der ukraine offiziell | UA
official-name | alexa was ist die hauptstadt von rumänien der republik | RO
official-name | alexa die hauptstadt der islamischen republik pakistan | PK
official-name | alexa was ist die hauptstadt des staates eritrea | ER
official-name | alexa was ist die hauptstadt der föderalen republik somalia | SO
official-name | alexa die hauptstadt der republik albanien | AL
official-name | alexa was ist die hauptstadt der republik armenien | AM
official-name | alexa die hauptstadt des königreichs kambodscha | KH
official-name | alexa was ist die hauptstadt der republik litauen | LT
official-name | alexa die hauptstadt der tschechischen republik | CZ
official-name | alexa was ist die hauptstadt der slowakischen republik | SK
official-name | alexa die hauptstadt der argentinischen republik | AR
official-name | alexa was ist die hauptstadt des staates israel | IL
official-name | alexa die hauptstadt des sultanats oman | OM
official-name | alexa was ist die hauptstadt des königreichs marokko | MA
official-name | alexa die hauptstadt der republik südafrika alle drei | ZA
official-name | alexa was ist die hauptstadt des freistaats sachsen | DE-SN
official-name | alexa die hauptstadt der freien und hansestadt hamburg | DE-HH
everyday-name | alexa was ist die hauptstadt von nordmazedonien früher mazedonien | MK
everyday-name | alexa hauptstadt von den usa | US
everyday-name | alexa was ist die hauptstadt von britannien | GB
everyday-name | alexa hauptstadt von ami land | US
everyday-name | alexa was ist die hauptstadt von russland früher sowjetunion | RU
everyday-name | alexa die hauptstadt von kongo kinshasa | CD
everyday-name | alexa was ist die hauptstadt von abessinien heute äthiopien | ET
everyday-name | alexa die hauptstadt von siam also thailand | TH
everyday-name | alexa was ist die hauptstadt von dahomey heute benin | BJ
everyday-name | alexa die hauptstadt von obervolta heute burkina faso | BF
everyday-name | alexa was ist die hauptstadt von kampuchea | KH
everyday-name | alexa hauptstadt von der dom rep | DO
everyday-name | alexa was ist die hauptstadt von trinidad | TT
everyday-name | alexa was ist die hauptstadt von st kitts | KN
everyday-name | alexa die hauptstadt von st vincent | VC
everyday-name | alexa was ist die hauptstadt von papua | PG
everyday-name | alexa die hauptstadt von bosnien herzegowina | BA
everyday-name | alexa was ist die hauptstadt von kirgisien | KG
everyday-name | alexa was ist die hauptstadt von holland dem land | NL
everyday-name | alexa die hauptstadt von mv also mecklenburg | DE-MV
everyday-name | alexa was ist die hauptstadt von bawü | DE-BW
everyday-name | alexa die hauptstadt von rlp | DE-RP
everyday-name | alexa was ist die hauptstadt von b c in kanada | CA-BC
everyday-name | alexa die hauptstadt von p e i in kanada | CA-PE
everyday-name | alexa was ist die hauptstadt von new south wales also sydney sein staat | AU-NSW
reverse-question | alexa servus vo wos is ulaanbaatar de hauptstadt | CITY:Ulaanbaatar
reverse-question | alexa ha jo von wo isch bern die hauptstadt | CITY:Bern
reverse-question | alexa ajo vun wem is wiesbaden die hauptstadt | CITY:Wiesbaden
reverse-question | alexa slukhay welches land hat chisinau als hauptstadt | CITY:Chișinău
reverse-question | alexa welche länder haben saint john's als hauptstadt | CITY:Saint John's
reverse-question | alexa wovon ist victoria die hauptstadt gleich mehrere oder | CITY:Victoria
reverse-question | alexa von was ist la paz die hauptstadt | CITY:La Paz
reverse-question | alexa wovon ist kingstown die hauptstadt | CITY:Kingstown
reverse-question | alexa welches land hat als hauptstadt malabo | CITY:Malabo
reverse-question | alexa wovon ist iqaluit die hauptstadt | CITY:Iqaluit
reverse-question | alexa zu welchem staat gehört die hauptstadt lansing | CITY:Lansing
reverse-question | alexa wovon ist pierre die hauptstadt | CITY:Pierre
reverse-question | alexa die hauptstadt kohima gehört zu welchem bundesstaat | CITY:Kohima
reverse-question | alexa wovon ist florianópolis die hauptstadt | CITY:Florianópolis
reverse-question | alexa wovon ist hermosillo die hauptstadt | CITY:Hermosillo
reverse-question | alexa von welchem land ist nouakchott die hauptstadt | CITY:Nouakchott
reverse-question | alexa wovon ist mamoudzou der hauptort | CITY:Mamoudzou
reverse-question | alexa wovon ist chandigarh eigentlich die hauptstadt | CITY:Chandigarh
follow-up | und was ist mit der mongolei | MN
follow-up | und wie sieht es bei kirgisistan aus | KG
follow-up | und das gleiche für eritrea | ER
follow-up | ha jo und vom elsass nachbarn also frankreich | FR
follow-up | servus und vo österreich | AT
follow-up | und von wales dann | GB-WLS
follow-up | und nordirland | GB-NIR
follow-up | und noch saskatchewan | CA-SK
follow-up | und alagoas | BR-AL
follow-up | und was ist mit puebla | MX-PUE
follow-up | und bei sikkim | IN-SK
follow-up | und bei den färöern | FO
follow-up | und grönland noch | GL
self-correction | alexa servus de hauptstadt vo oberbayern na vo bayern moan i | DE-BY
self-correction | alexa ha jo von baden äh baden-württemberg mein ich | DE-BW
self-correction | alexa hauptstadt von der pfalz nee rheinland-pfalz | DE-RP
self-correction | alexa die hauptstadt von westfalen quatsch nordrhein-westfalen | DE-NW
self-correction | alexa slukhay hauptstadt von russland nein ukraine | UA
self-correction | alexa die hauptstadt von bulgarien nee rumänien | RO
self-correction | alexa hauptstadt von kasachstan äh kirgisistan | KG
self-correction | alexa die hauptstadt von ghana nein togo | TG
self-correction | alexa was ist die hauptstadt von laos oder vietnam nein laos | LA
self-correction | alexa hauptstadt von estland nein finnland | FI
self-correction | alexa die hauptstadt von queensland nein victoria in australien | AU-VIC
shared-name | alexa welche hauptstadt hat georgien das land nicht der us staat | GE
shared-name | alexa georgia der us staat welche hauptstadt | US-GA
shared-name | alexa die hauptstadt der jungferninseln von amerika | VI
shared-name | alexa welche hauptstadt hat nordkorea und welche südkorea | KP+KR
shared-name | alexa die hauptstädte der beiden koreas | KP+KR
shared-name | alexa hauptstadt von dominica nicht der dominikanischen republik | DM
plural-capitals | alexa servus de zwoa hauptstädte vo bolivien | BO
plural-capitals | alexa welche städte sind hauptstadt in malaysia kuala lumpur und | MY
plural-capitals | alexa hai welche hauptstädte hat südafrika | ZA
plural-capitals | alexa benin hat zwei hauptstädte ist es porto novo und | BJ
plural-capitals | alexa sri lanka hauptstädte alle beide | LK
plural-capitals | alexa elfenbeinküste hauptstädte | CI
plural-capitals | alexa eswatini mehrere hauptstädte welche | SZ
plural-capitals | alexa welche zwei städte nennt man die hauptstädte palästinas | PS
subdivision | alexa bei der em in england was ist die hauptstadt nur von england nicht ganz großbritannien | GB-ENG
territory | alexa die ariane rakete startet in französisch-guayana welche stadt ist dort die hauptstadt | GF
subdivision | alexa mein kollege wohnt im unionsterritorium delhi welche stadt ist dessen hauptstadt | IN-DL
subdivision | alexa in der spanisch ag lernen wir den staat {} welche stadt ist da die hauptstadt | chihuahua=MX-CHH; chiapas=MX-CHP; nayarit=MX-NAY
"""

if __name__ == "__main__":
    build_round(44, "de", LINES, sys.argv, "tests/Eval/de/round44/source/build_corpus.py")
