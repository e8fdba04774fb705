"""Round 50, German (de-DE): a new author's own mix, written blind at the start of the fifty-fourth session (brief
WRITER60.md). Speakers and situations chosen apart from round 49 (Cologne, Frankfurt and South Hesse, the Saarland,
Swabia, Franconia, Upper Bavaria, Berlin, Hamburg and East Frisia, Saxony, Baden, Upper Austria and Salzburg, Zurich,
East Belgium; Hebrew, Armenian, Congolese, Somali, Bengali, Egyptian, Cuban and Venezuelan, Irish and Australian
speakers, au pairs; primary-school homework, hospital night shift, lorry and taxi drivers, cabin crew, stamp collectors,
radio amateurs, crosswords, football and Eurovision, a flat share, cooking and baking) and from the groups it says
rounds 46 to 48 used (among them Rhenish Hesse, the Kurpfalz, the Moselle, the Bergisches Land, Hanover, Alsace, South
Tyrol, Styria, the Upper Palatinate, the Allgäu, East Westphalia, the Eifel, Bremen, the Harz, Vienna, Tyrol, Basel,
Bern, the Ruhr, Mecklenburg, Schleswig-Holstein at large, Thuringia, Lusatia, North Hesse; Turkish, Polish, Arabic,
South American, African, Asian and Balkan speakers it names; kindergartens, gamers, care homes, building sites,
farmers, teachers, apprentices, game nights, camper vans, blind users, integration courses).
Regions: Aachen (Öcher Platt "sag ens", "wat es", "vaan", "heescht", "printe"), the Münsterland ("sach mal", "pättkestour",
"send", "anne grenze"), Düsseldorf ("auf der kö", "alt", "medienhafen"), Oldenburg and the Ammerland ("grünkohl und
pinkel", Low German "ik wull mol weten"), North Frisia and Sylt ("moin", "de fähr na amrum", "hallig", "watt"),
Magdeburg and the Börde ("sare mal", "meene oma"), the Uckermark and the Prignitz ("wat is denn nu"), the Rhön and Fulda
("sach emol", "vu", "wasserkupp"), the Odenwald ("haaptstadt", "gefroocht", "handkäs mit musik"), the West Palatinate
("saa mol", "hääst", "betze", Ramstein), Hohenlohe ("sag amol", "isch", "hoißt", "wisset"), Vorarlberg ("gschwind",
"im ländle", "koaner", "schaff z'dornbirn"), Burgenland ("sog ma schnö", "heuriger", "frogt"), the Waldviertel
("woidviertl", "ned vü los", "mohnzelten"), Graubünden and the Valais ("chasch", "z'chur", "allegra", "grüessech").
Migrants and learners: Bulgarians ("zdravei", "ajde", "bratle", "blagodarja"), Finns ("moi", "kiitos", "no niin",
sauna), Mongolians ("sain baina uu", "za", "bayarlalaa"), Nepalis ("namaste dai", "hajur", "ke ho", "dhanyabad"),
Ethiopians ("selam", "ishi", "betam konjo", "amesegnalehu"), Peruvians ("oye causa", "pucha", "ya pues", whole Spanish
lines), Kazakhs ("salem", "rakhmet", "jaksy", a babushka from Karaganda). Jobs and situations: Abitur revision, a
volunteer fire brigade, an allotment garden, a hairdresser's salon, a car repair workshop, quiz shows on TV, Stadt
Land Fluss, parents at bedtime, a hotel reception.
Built by round12_hinl_corpus.py (build_round with round 50's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
aachen-oecher | alexa sag ens wat es de hauptstadt vaan {} | afghanistan=AF; ägypte=EG; albanie=AL
aachen-oecher | alexa wie heescht de hauptstadt vaan {} | algerie=DZ; andorra=AD; angola=AO
aachen-oecher | alexa mer sönd en öche un wolle wisse wat de hauptstadt vaan {} es | belgie=BE; holland=NL; luxemburg=LU
aachen-oecher | alexa beim printe esse hant mer övver de hauptstadt vaan {} jesproche | antigua und barbuda=AG; äquatorialguinea=GQ; argentinie=AR
aachen-oecher | alexa op de aachener weiher fragt dat kenk nach de hauptstadt vaan armenie | AM
aachen-oecher | alexa wat es noch ens de hauptstadt vaan nordrhein westfale | DE-NW
aachen-oecher | alexa ech weeß et nit wat es de hauptstadt vaan aserbaidschan | AZ
muensterland | alexa sag mal eben wat is die hauptstadt von {} | äthiopien=ET; australien=AU; die bahamas=BS
muensterland | alexa mit der pättkestour sind wir fertig was is die hauptstadt von {} | bahrain=BH; bangladesch=BD; barbados=BB
muensterland | alexa ich sach mal so was is eigentlich die hauptstadt von {} | belarus=BY; weißrussland=BY; belize=BZ
muensterland | alexa auf dem send hat einer gefragt wie die hauptstadt von {} heißt | benin=BJ; bhutan=BT; bolivien=BO
muensterland | alexa dat weiß ich nich was is die hauptstadt von bosnien und herzegowina | BA
muensterland | alexa bei uns in münster regnet et schon wieder welche hauptstadt hat botswana | BW
muensterland | alexa was is die hauptstadt von niedersachsen wir wohnen ja direkt anne grenze | DE-NI
duesseldorf | alexa auf der kö hat mich einer gefragt was die hauptstadt von {} ist | brasilien=BR; brunei=BN; bulgarien=BG
duesseldorf | alexa wir sitzen in der altstadt beim alt was ist die hauptstadt von {} | burkina faso=BF; burundi=BI; chile=CL
duesseldorf | alexa mal ehrlich ist düsseldorf die hauptstadt von nordrhein-westfalen oder köln | DE-NW
duesseldorf | alexa sach ma was is die hauptstadt von {} | china=CN; costa rica=CR; dänemark=DK
duesseldorf | alexa für die japanische community am immermannstraße was ist die hauptstadt von japan | JP
duesseldorf | alexa im büro am medienhafen wollen alle die hauptstadt von {} wissen | deutschland=DE; dominica=DM; der dominikanischen republik=DO
oldenburg-ammerland | alexa nu sag mal wat is die hauptstadt von {} | dschibuti=DJ; ecuador=EC; el salvador=SV
oldenburg-ammerland | alexa bei grünkohl und pinkel fragt opa nach der hauptstadt von {} | der elfenbeinküste=CI; eritrea=ER; estland=EE
oldenburg-ammerland | alexa wir sind hier im ammerland was is die hauptstadt von {} | eswatini=SZ; swasiland=SZ; fidschi=FJ
oldenburg-ammerland | alexa ik wull mol weten wat de hauptstadt vun {} is | finnland=FI; frankriek=FR; gabun=GA
oldenburg-ammerland | alexa is oldenburg nich mal hauptstadt gewesen was is heute die hauptstadt von niedersachsen | DE-NI
nordfriesland-sylt | alexa moin wat is de hauptstadt vun {} | gambia=GM; georgien=GE; ghana=GH
nordfriesland-sylt | alexa de fähr na amrum geiht gliek wat is die hauptstadt von {} | grenada=GD; griechenland=GR; guatemala=GT
nordfriesland-sylt | alexa auf sylt stürmt es was ist die hauptstadt von {} | guinea=GN; guinea-bissau=GW; guyana=GY
nordfriesland-sylt | alexa wir sind auf der hallig land unter was ist die hauptstadt von schleswig-holstein | DE-SH
nordfriesland-sylt | alexa bei ebbe im watt fragt mein sohn nach der hauptstadt von dänemark | DK
nordfriesland-sylt | alexa in husum am hafen was ist die hauptstadt von {} | haiti=HT; honduras=HN; indien=IN
magdeburg-boerde | alexa sare mal was is die hauptstadt von {} | indonesien=ID; dem irak=IQ; dem iran=IR
magdeburg-boerde | alexa nu mal ehrlich was is die hauptstadt von sachsen-anhalt magdeburg oder halle | DE-ST
magdeburg-boerde | alexa hier in der börde wächst nur zuckerrübe was is die hauptstadt von {} | irland=IE; island=IS; israel=IL
magdeburg-boerde | alexa meene oma will wissen wat die hauptstadt von {} is | italien=IT; jamaika=JM; dem jemen=YE
magdeburg-boerde | alexa im dom hat einer gefragt was die hauptstadt von thüringen is | DE-TH
uckermark-prignitz | alexa hier in der uckermark gibt es kein netz aber sag ma die hauptstadt von {} | jordanien=JO; kambodscha=KH; kamerun=CM
uckermark-prignitz | alexa wat is denn nu die hauptstadt von {} | kanada=CA; kap verde=CV; kasachstan=KZ
uckermark-prignitz | alexa in prenzlau fragen die leute was die hauptstadt von brandenburg is | DE-BB
uckermark-prignitz | alexa auf dem storchennest hof in der prignitz wollen die kinder die hauptstadt von {} wissen | katar=QA; kenia=KE; kirgisistan=KG
uckermark-prignitz | alexa is potsdam oder cottbus die hauptstadt von brandenburg | DE-BB
rhoen-fulda | alexa sach emol was is die hauptstadt vu {} | kiribati=KI; kolumbien=CO; den komoren=KM
rhoen-fulda | alexa uff de wasserkupp weht de wind wie heißt die hauptstadt vu {} | der republik kongo=CG; kongo brazzaville=CG; kroatien=HR
rhoen-fulda | alexa im fuldaer dom hat der pfarrer nach der hauptstadt vu {} gefragt | kuba=CU; kuwait=KW; laos=LA
rhoen-fulda | alexa mir sin do in de rhön was is die hauptstadt vu hesse | DE-HE
rhoen-fulda | alexa des waaß isch net was is die hauptstadt vu lesotho | LS
odenwald | alexa ei sach mol was is die haaptstadt vun {} | lettland=LV; dem libanon=LB; liberia=LR
odenwald | alexa mir sin im odewald was is die hauptstadt vun {} | libyen=LY; liechtenstein=LI; litauen=LT
odenwald | alexa beim handkäs mit musik hot de nochber gefroocht noch de hauptstadt vun {} | madagaskar=MG; malawi=MW; malaysia=MY
odenwald | alexa is erbach die hauptstadt vum odenwald oder was is die hauptstadt vun hesse | DE-HE
westpfalz | alexa saa mol was is die hauptstadt vun {} | den malediven=MV; mali=ML; malta=MT
westpfalz | alexa in pirmasens uff de schuhfabrik froocht der chef noch de hauptstadt vun {} | marokko=MA; den marshallinseln=MH; mauretanien=MR
westpfalz | alexa beim betze spiel in kaiserslautern wolle die jungs die hauptstadt vun {} wisse | mauritius=MU; mexiko=MX; mikronesien=FM
westpfalz | alexa wie hääst die hauptstadt vun rheinland-pfalz isch weeß es net | DE-RP
westpfalz | alexa ich bin aus ramstein neben der air base was is die hauptstadt vun de usa | US
hohenlohe | alexa sag amol was isch d'hauptstadt vo {} | moldau=MD; der republik moldau=MD; monaco=MC
hohenlohe | alexa mir san in schwäbisch hall wie hoißt d'hauptstadt vo {} | der mongolei=MN; montenegro=ME; mosambik=MZ
hohenlohe | alexa bei de würth leut fragt einer noch de hauptstadt vo {} | myanmar=MM; birma=MM; namibia=NA
hohenlohe | alexa isch stuttgart d'hauptstadt vo baden-württemberg oder karlsruhe | DE-BW
hohenlohe | alexa en künzelsau wisset se net was d'hauptstadt vo nauru isch | NR
vorarlberg | alexa sag mir gschwind was isch d'hauptstadt vo {} | nepal=NP; neuseeland=NZ; nicaragua=NI
vorarlberg | alexa mir sind in bregenz am see was isch d'hauptstadt vo {} | den niederlanden=NL; niger=NE; nigeria=NG
vorarlberg | alexa im ländle weiß das koaner was isch d'hauptstadt vo {} | nordkorea=KP; nordmazedonien=MK; norwegen=NO
vorarlberg | alexa hoi was isch d'hauptstadt vo österreich nöd vo vorarlberg | AT
vorarlberg | alexa i schaff z'dornbirn was isch d'hauptstadt vo da schwiiz | CH
burgenland | alexa sog ma schnö wos is de hauptstadt vo {} | oman=OM; österreich=AT; pakistan=PK
burgenland | alexa mia san do am neusiedler see wos is de hauptstadt vo {} | palau=PW; panama=PA; papua-neuguinea=PG
burgenland | alexa beim heurigen in rust frogt da nachbar noch da hauptstadt vo {} | paraguay=PY; peru=PE; de philippinen=PH
burgenland | alexa de ungarn san glei drüben wos is de hauptstadt vo ungarn | HU
burgenland | alexa wos is de hauptstadt vo kroatien do san a poar kroaten bei uns im dorf | HR
waldviertel | alexa hörst du wos is de hauptstadt vo {} | polen=PL; portugal=PT; ruanda=RW
waldviertel | alexa im woidviertl is ned vü los wos is de hauptstadt vo {} | rumänien=RO; russland=RU; den salomonen=SB
waldviertel | alexa beim mohnzelten essn frogt de oma wia de hauptstadt vo {} hoaßt | sambia=ZM; samoa=WS; san marino=SM
waldviertel | alexa wos is de hauptstadt vo tschechien mia san jo glei an da grenz | CZ
waldviertel | alexa i woaß es ned is sankt pölten de hauptstadt vo niederösterreich | FB
graubuenden-wallis | alexa chasch mir säge was d'hauptstadt vo {} isch | são tomé und príncipe=ST; saudi-arabien=SA; schweden=SE
graubuenden-wallis | alexa mir sind z'chur im bündnerland was isch d'hauptstadt vo {} | der schweiz=CH; senegal=SN; serbien=RS
graubuenden-wallis | alexa im wallis z'brig wend mer wüsse was d'hauptstadt vo {} isch | den seychellen=SC; sierra leone=SL; simbabwe=ZW
graubuenden-wallis | alexa allegra was isch d'hauptstadt vo italien | IT
graubuenden-wallis | alexa z'zermatt fraged d'touriste was d'hauptstadt vo {} isch | singapur=SG; der slowakei=SK; slowenien=SI
graubuenden-wallis | alexa grüessech isch bärn d'hauptstadt vo de schwiiz oder züri | CH
bulgarian | alexa zdravei kazhi mi was ist die hauptstadt von {} | somalia=SO; spanien=ES; sri lanka=LK
bulgarian | alexa bratle ich wollte fragen was ist hauptstadt von {} | bulgarien=BG; nordmazedonien=MK; rumänien=RO
bulgarian | alexa ajde kazhi was ist die hauptstadt von {} | der türkei=TR; griechenland=GR; serbien=RS
bulgarian | alexa moja majka fragt welche stadt ist hauptstadt von st kitts und nevis | KN
bulgarian | alexa blagodarja und was ist hauptstadt von st lucia | LC
finnish | alexa moi moi was ist die hauptstadt von {} | finnland=FI; estland=EE; schweden=SE
finnish | alexa hei ich bin aus tampere welche ist die hauptstadt von {} | st vincent und die grenadinen=VC; südafrika=ZA; dem sudan=SD
finnish | alexa kiitos und nun die hauptstadt von {} | südsudan=SS; suriname=SR; syrien=SY
finnish | alexa nach der sauna will ich wissen was die hauptstadt von norwegen ist | NO
finnish | alexa no niin was ist hauptstadt von lappland oh nein ich meine von finnland | FI
mongolian | alexa sain baina uu was ist die hauptstadt von {} | der mongolei=MN; kasachstan=KZ; tadschikistan=TJ
mongolian | alexa mein bruder in ulan bator fragt was ist hauptstadt von {} | tansania=TZ; thailand=TH; osttimor=TL
mongolian | alexa za za was ist die hauptstadt von china bitte | CN
mongolian | alexa bayarlalaa und was ist hauptstadt von russland | RU
nepali | alexa namaste dai was ist die hauptstadt von {} | nepal=NP; bhutan=BT; indien=IN
nepali | alexa hajur ich arbeite im restaurant was ist die hauptstadt von {} | togo=TG; tonga=TO; trinidad und tobago=TT
nepali | alexa ke ho tell me hauptstadt von {} | dem tschad=TD; tunesien=TN; turkmenistan=TM
nepali | alexa didi fragt welche hauptstadt hat sikkim | IN-SK
nepali | alexa dhanyabad und was ist hauptstadt von tibet oh nein ich meine china | CN
ethiopian | alexa selam was ist die hauptstadt von {} | äthiopien=ET; eritrea=ER; kenia=KE
ethiopian | alexa ishi ishi und die hauptstadt von {} | tuvalu=TV; uganda=UG; der ukraine=UA
ethiopian | alexa betam konjo und was ist hauptstadt von {} | uruguay=UY; usbekistan=UZ; vanuatu=VU
ethiopian | alexa meine tochter lernt geografie was ist hauptstadt von somalia | SO
ethiopian | alexa amesegnalehu und die hauptstadt von dschibuti bitte | DJ
peruvian | alexa oye causa was ist die hauptstadt von {} | peru=PE; venezuela=VE; den vereinigten arabischen emiraten=AE
peruvian | alexa pucha no sé cuál es la capital de {} | bolivia=BO; ecuador=EC; chile=CL
peruvian | alexa mi abuelita fragt was ist hauptstadt von {} | großbritannien=GB; dem vereinigten königreich=GB; vietnam=VN
peruvian | alexa ya pues dime la capital de {} | der zentralafrikanischen republik=CF; zypern=CY; kolumbien=CO
peruvian | alexa chévere und wie heißt die hauptstadt von cusco region nein von peru | PE
kazakh | alexa salem was ist die hauptstadt von {} | kosovo=XK; palästina=PS; taiwan=TW
kazakh | alexa meine babushka aus karaganda fragt was ist die hauptstadt von {} | südkorea=KR; der demokratischen republik kongo=CD; kongo kinshasa=CD
kazakh | alexa rakhmet und ist astana die hauptstadt von kasachstan oder almaty | KZ
kazakh | alexa jaksy was ist hauptstadt von kirgistan | KG
kazakh | alexa ich komme aus dem kasachstan was ist die hauptstadt von usbekistan | UZ
abitur-revision | alexa ich lerne für das geo abitur was ist die hauptstadt von {} | nigeria=NG; brasilien=BR; australien=AU
abitur-revision | alexa für die klausur morgen wie heißt die hauptstadt von {} | kanada=CA; pakistan=PK; myanmar=MM
abitur-revision | alexa lernkarte zwölf was ist die hauptstadt von {} | der türkei=TR; kasachstan=KZ; tansania=TZ
abitur-revision | alexa in meinem referat über die vereinigten staaten brauche ich die hauptstadt von {} | kalifornien=US-CA; texas=US-TX; new york=US-NY
abitur-revision | alexa frag mich nicht ab sag mir einfach die hauptstadt von {} | côte d'ivoire=CI; der elfenbeinküste=CI; sri lanka=LK
abitur-revision | alexa ich hab gleich mündliche prüfung was ist die hauptstadt von bolivien | BO
abitur-revision | alexa letzte frage vor der prüfung was ist die hauptstadt von der schweiz | CH
fire-brigade | alexa wir sind im gerätehaus nach der übung was ist die hauptstadt von {} | island=IS; dem vatikan=VA; dem kosovo=XK
fire-brigade | alexa der wehrführer will die hauptstadt von {} wissen | thailand=TH; marokko=MA; tunesien=TN
fire-brigade | alexa beim feuerwehrfest am grill wer weiß die hauptstadt von {} | kuba=CU; jamaika=JM; haiti=HT
fire-brigade | alexa für das quiz der jugendfeuerwehr was ist die hauptstadt von florida | US-FL
fire-brigade | alexa nach dem einsatz kurz die hauptstadt von rheinland-pfalz bitte | DE-RP
allotment | alexa ich steh im schrebergarten bei den tomaten was ist die hauptstadt von {} | italien=IT; spanien=ES; portugal=PT
allotment | alexa der vereinsvorsitzende fragt nach der hauptstadt von {} | der ukraine=UA; polen=PL; litauen=LT
allotment | alexa beim rasenmähen fällt mir ein was ist die hauptstadt von {} | kroatien=HR; slowenien=SI; montenegro=ME
allotment | alexa in der laube hören wir radio was ist die hauptstadt von sachsen | DE-SN
allotment | alexa die nachbarparzelle kommt aus kasan was ist die hauptstadt von tatarstan | FB
hairdresser | alexa ich hab die färbung drin was ist die hauptstadt von {} | frankreich=FR; belgien=BE; luxemburg=LU
hairdresser | alexa die kundin unter der haube will wissen was die hauptstadt von {} ist | griechenland=GR; zypern=CY; malta=MT
hairdresser | alexa beim föhnen hab ich nicht gehört was ist die hauptstadt von {} | ägypten=EG; jordanien=JO; dem libanon=LB
hairdresser | alexa unser lehrling fragt wie die hauptstadt von hawaii heißt | US-HI
hairdresser | alexa im salon läuft urlaubsgerede wie heißt die hauptstadt von mallorca | FB
car-workshop | alexa ich lieg unterm auto was ist die hauptstadt von {} | japan=JP; südkorea=KR; schweden=SE
car-workshop | alexa der meister will wissen die hauptstadt von {} | rumänien=RO; tschechien=CZ; der slowakei=SK
car-workshop | alexa während der ölwechsel läuft was ist die hauptstadt von {} | mexiko=MX; argentinien=AR; uruguay=UY
car-workshop | alexa der kunde holt seinen wagen ab und fragt nach der hauptstadt von bayern | DE-BY
car-workshop | alexa hände voll öl sag mir die hauptstadt von michigan | US-MI
quiz-show | alexa bei wer wird millionär kam gerade die frage nach der hauptstadt von {} | australien=AU; kanada=CA; brasilien=BR
quiz-show | alexa der kandidat hat den publikumsjoker genommen was ist die hauptstadt von {} | kirgisistan=KG; turkmenistan=TM; aserbaidschan=AZ
quiz-show | alexa beim quizduell gegen meine schwester was ist die hauptstadt von {} | burundi=BI; ruanda=RW; malawi=MW
quiz-show | alexa fünfzig fünfzig joker weg welche hauptstadt hat nigeria | NG
quiz-show | alexa für die million was ist die hauptstadt von palau | PW
stadt-land-fluss | alexa wir spielen stadt land fluss buchstabe k welche hauptstadt hat {} | kenia=KE; afghanistan=AF; dänemark=DK
stadt-land-fluss | alexa stadt land fluss ist die hauptstadt von {} mit b | belgien=BE; ungarn=HU; rumänien=RO
stadt-land-fluss | alexa zählt das wenn ich die hauptstadt von {} schreibe | kolumbien=CO; guinea-bissau=GW; laos=LA
stadt-land-fluss | alexa schnell bevor die zeit um ist die hauptstadt von lettland | LV
stadt-land-fluss | alexa meine kinder streiten bei stadt land fluss ist bern die hauptstadt der schweiz | CH
bedtime-parents | alexa leise die kleine schläft gleich was ist die hauptstadt von {} | norwegen=NO; grönland=GL; island=IS
bedtime-parents | alexa mein sohn will noch schnell die hauptstadt von {} wissen dann ist schluss | neuseeland=NZ; fidschi=FJ; samoa=WS
bedtime-parents | alexa nach der gute nacht geschichte was ist die hauptstadt von {} | madagaskar=MG; mauritius=MU; den komoren=KM
bedtime-parents | alexa der globus leuchtet noch was ist die hauptstadt von der antarktis | AQ
bedtime-parents | alexa die große fragt wo der weihnachtsmann wohnt und was die hauptstadt von finnland ist | FI
hotel-reception | alexa an der rezeption fragt ein gast was die hauptstadt von {} ist | katar=QA; oman=OM; bahrain=BH
hotel-reception | alexa der nachtportier will die hauptstadt von {} wissen | saudi-arabien=SA; kuwait=KW; dem jemen=YE
hotel-reception | alexa gast aus zimmer vierzehn fragt nach der hauptstadt von {} | singapur=SG; indonesien=ID; den philippinen=PH
hotel-reception | alexa für die reisegruppe aus übersee was ist die hauptstadt von kanada | CA
hotel-reception | alexa beim frühstücksbuffet fragt ein gast nach der hauptstadt von schottland | GB-SCT
subdivision | alexa was ist die landeshauptstadt von {} | mecklenburg-vorpommern=DE-MV; sachsen-anhalt=DE-ST; brandenburg=DE-BB
subdivision | alexa welche stadt ist landeshauptstadt in {} | thüringen=DE-TH; dem saarland=DE-SL; schleswig-holstein=DE-SH
subdivision | alexa wie heißt die landeshauptstadt von {} eigentlich | hessen=DE-HE; bayern=DE-BY; bremen=DE-HB
subdivision | alexa hat {} eine eigene hauptstadt | hamburg=DE-HH; berlin=DE-BE; niedersachsen=DE-NI
subdivision | alexa was ist die hauptstadt vom bundesstaat {} | alaska=US-AK; alabama=US-AL; arkansas=US-AR
subdivision | alexa welche stadt ist die hauptstadt des us staates {} | arizona=US-AZ; colorado=US-CO; connecticut=US-CT
subdivision | alexa in amerika was ist die hauptstadt von {} | delaware=US-DE; georgia in den usa=US-GA; idaho=US-ID
subdivision | alexa sag mir die hauptstadt von {} in den usa | illinois=US-IL; indiana=US-IN; iowa=US-IA
subdivision | alexa ich fahre durch {} welche stadt ist dort die hauptstadt | kansas=US-KS; kentucky=US-KY; louisiana=US-LA
subdivision | alexa was ist die hauptstadt von {} amerika | maine=US-ME; maryland=US-MD; massachusetts=US-MA
subdivision | alexa welche hauptstadt hat der staat {} | minnesota=US-MN; mississippi=US-MS; missouri=US-MO
subdivision | alexa meine gastfamilie wohnt in {} was ist die hauptstadt dort | montana=US-MT; nebraska=US-NE; nevada=US-NV
subdivision | alexa was ist die hauptstadt von {} usa | new hampshire=US-NH; new jersey=US-NJ; new mexico=US-NM
subdivision | alexa was ist die hauptstadt von {} in amerika | north carolina=US-NC; north dakota=US-ND; ohio=US-OH
subdivision | alexa welche stadt regiert {} | oklahoma=US-OK; oregon=US-OR; pennsylvania=US-PA
subdivision | alexa die hauptstadt des bundesstaates {} bitte | rhode island=US-RI; south carolina=US-SC; south dakota=US-SD
subdivision | alexa was ist die hauptstadt von {} dem us bundesstaat | tennessee=US-TN; utah=US-UT; vermont=US-VT
subdivision | alexa welche stadt ist hauptstadt vom us staat {} | virginia=US-VA; west virginia=US-WV; wisconsin=US-WI
subdivision | alexa ist seattle die hauptstadt vom bundesstaat washington | US-WA
subdivision | alexa wie heißt die hauptstadt von wyoming | US-WY
subdivision | alexa was ist die hauptstadt der kanadischen provinz {} | alberta=CA-AB; british columbia=CA-BC; manitoba=CA-MB
subdivision | alexa welche stadt ist die hauptstadt von {} in kanada | new brunswick=CA-NB; neufundland=CA-NL; nova scotia=CA-NS
subdivision | alexa hauptstadt von {} kanada | ontario=CA-ON; quebec=CA-QC; saskatchewan=CA-SK
subdivision | alexa was ist die hauptstadt im kanadischen norden von {} | nunavut=CA-NU; yukon=CA-YT; den nordwest-territorien=CA-NT
subdivision | alexa wie heißt die hauptstadt von prince edward island | CA-PE
subdivision | alexa was ist die hauptstadt des australischen bundesstaates {} | queensland=AU-QLD; new south wales=AU-NSW; victoria in australien=AU-VIC
subdivision | alexa welche stadt ist die hauptstadt von {} in australien | tasmanien=AU-TAS; western australia=AU-WA; south australia=AU-SA
subdivision | alexa was ist die hauptstadt vom northern territory | AU-NT
subdivision | alexa was ist die hauptstadt des indischen bundesstaates {} | kerala=IN-KL; tamil nadu=IN-TN; karnataka=IN-KA
subdivision | alexa welche stadt ist hauptstadt von {} in indien | maharashtra=IN-MH; gujarat=IN-GJ; rajasthan=IN-RJ
subdivision | alexa in indien was ist die hauptstadt von {} | westbengalen=IN-WB; bihar=IN-BR; uttar pradesh=IN-UP
subdivision | alexa was ist die hauptstadt von {} indien | assam=IN-AS; goa=IN-GA; punjab=IN-PB
subdivision | alexa welche stadt ist die hauptstadt von {} im nordosten indiens | manipur=IN-MN; nagaland=IN-NL; meghalaya=IN-ML
subdivision | alexa was ist die hauptstadt von telangana | IN-TS
subdivision | alexa hauptstadt von odisha bitte | IN-OD
subdivision | alexa was ist die hauptstadt des brasilianischen bundesstaates {} | bahia=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | alexa welche stadt ist hauptstadt von {} in brasilien | paraná=BR-PR; pernambuco=BR-PE; santa catarina=BR-SC
subdivision | alexa was ist die hauptstadt von rio grande do sul | BR-RS
subdivision | alexa was ist die hauptstadt des mexikanischen bundesstaates {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa welche stadt ist hauptstadt von {} in mexiko | chiapas=MX-CHP; nuevo león=MX-NLE; sonora=MX-SON
subdivision | alexa was ist die hauptstadt von quintana roo wo cancún liegt | MX-ROO
subdivision | alexa was ist die hauptstadt von baja california | MX-BCN
subdivision | alexa welche stadt ist die hauptstadt von {} | wales=GB-WLS; nordirland=GB-NIR; england=GB-ENG
subdivision | alexa was ist die hauptstadt von {} dem überseegebiet | grönland=GL; den färöern=FO; gibraltar=GI
subdivision | alexa wie heißt die hauptstadt von {} in der karibik | puerto rico=PR; aruba=AW; curaçao=CW
subdivision | alexa was ist die hauptstadt von {} im pazifik | guam=GU; französisch-polynesien=PF; neukaledonien=NC
subdivision | alexa welche stadt ist die hauptstadt der insel {} | jersey=JE; guernsey=GG; der isle of man=IM
subdivision | alexa was ist die hauptstadt von {} im südatlantik | den falklandinseln=FK; st helena=SH; südgeorgien=GS
subdivision | alexa was ist die hauptstadt von {} in frankreich übersee | réunion=RE; martinique=MQ; guadeloupe=GP
subdivision | alexa was ist die hauptstadt von den bermudas | BM
subdivision | alexa was ist die hauptstadt von französisch-guayana | GF
subdivision | alexa was ist die hauptstadt der ålandinseln | AX
subdivision | alexa welche stadt ist die hauptstadt von spitzbergen | SJ
subdivision | alexa was ist die hauptstadt der westsahara | EH
subdivision | alexa was ist die hauptstadt der kaimaninseln | KY
subdivision | alexa was ist die hauptstadt von mayotte | YT
follow-up | alexa und von {} | frankreich=FR; polen=PL; ungarn=HU
follow-up | alexa und was ist mit {} | kenia=KE; tansania=TZ; uganda=UG
follow-up | alexa okay und die hauptstadt von {} | japan=JP; vietnam=VN; laos=LA
follow-up | alexa gut und jetzt {} | chile=CL; peru=PE; argentinien=AR
follow-up | alexa danke und wie ist es bei {} | bayern=DE-BY; sachsen=DE-SN; hessen=DE-HE
follow-up | alexa und das nachbarland {} | österreich=AT; slowenien=SI; der schweiz=CH
follow-up | alexa noch eine frage was ist mit {} | texas=US-TX; ohio=US-OH; florida=US-FL
follow-up | alexa super und {} auch noch | island=IS; irland=IE; estland=EE
follow-up | alexa und jetzt bitte noch {} | ghana=GH; togo=TG; benin=BJ
follow-up | alexa und die von {} | syrien=SY; jordanien=JO; dem irak=IQ
follow-up | alexa und was ist die hauptstadt davon nein ich meine von {} | kuba=CU; haiti=HT; jamaika=JM
follow-up | alexa prima und bei {} | ontario=CA-ON; quebec=CA-QC; alberta=CA-AB
follow-up | alexa und wie wäre es mit {} | nepal=NP; bangladesch=BD; pakistan=PK
follow-up | alexa weiter geht's mit {} | senegal=SN; mali=ML; niger=NE
plural-capitals | alexa was sind die hauptstädte von {} | benin=BJ; bolivien=BO; der elfenbeinküste=CI
plural-capitals | alexa welche hauptstädte hat {} | sri lanka=LK; malaysia=MY; die niederlande=NL
plural-capitals | alexa nenn mir alle hauptstädte von {} | eswatini=SZ; südafrika=ZA; palästina=PS
plural-capitals | alexa wie viele hauptstädte hat {} und welche sind das | südafrika=ZA; bolivien=BO; benin=BJ
plural-capitals | alexa ich hab gehört {} hat zwei hauptstädte welche sind das | sri lanka=LK; côte d'ivoire=CI; malaysia=MY
plural-capitals | alexa sag mir beide hauptstädte von {} | den niederlanden=NL; eswatini=SZ; swasiland=SZ
plural-capitals | alexa warum hat {} mehrere hauptstädte und wie heißen sie | südafrika=ZA; den niederlanden=NL; bolivien=BO
plural-capitals | alexa in erdkunde haben wir gelernt dass {} zwei hauptstädte hat wie heißen die | benin=BJ; der elfenbeinküste=CI; sri lanka=LK
plural-capitals | alexa welche städte sind die hauptstädte von {} | malaysia=MY; eswatini=SZ; palästina=PS
plural-capitals | alexa was sind die drei hauptstädte von südafrika | ZA
plural-capitals | alexa welche sind die hauptstädte der elfenbeinküste abidjan oder yamoussoukro | CI
plural-capitals | alexa amsterdam oder den haag was sind die hauptstädte von holland | NL
yes-no-check | alexa ist {} | canberra die hauptstadt von australien=AU; ottawa die hauptstadt von kanada=CA; brasília die hauptstadt von brasilien=BR
yes-no-check | alexa stimmt es dass {} | istanbul die hauptstadt der türkei ist=TR; sydney die hauptstadt von australien ist=AU; rio die hauptstadt von brasilien ist=BR
yes-no-check | alexa ist es richtig dass {} | zürich die hauptstadt der schweiz ist=CH; bonn die hauptstadt von deutschland ist=DE; new york die hauptstadt der usa ist=US
yes-no-check | alexa hab ich recht dass {} | lagos die hauptstadt von nigeria ist=NG; karachi die hauptstadt von pakistan ist=PK; almaty die hauptstadt von kasachstan ist=KZ
yes-no-check | alexa ist {} wirklich | dakar die hauptstadt vom senegal=SN; nairobi die hauptstadt von kenia=KE; kairo die hauptstadt von ägypten=EG
yes-no-check | alexa kann es sein dass {} | daressalam die hauptstadt von tansania ist=TZ; casablanca die hauptstadt von marokko ist=MA; auckland die hauptstadt von neuseeland ist=NZ
yes-no-check | alexa ja oder nein ist {} | toronto die hauptstadt von kanada=CA; münchen die hauptstadt von bayern=DE-BY; dresden die hauptstadt von sachsen=DE-SN
yes-no-check | alexa mein kollege sagt {} stimmt das | los angeles ist die hauptstadt von kalifornien=US-CA; miami ist die hauptstadt von florida=US-FL; chicago ist die hauptstadt von illinois=US-IL
yes-no-check | alexa ist {} oder nicht | mumbai die hauptstadt von indien=IN; hamburg die hauptstadt von schleswig-holstein=DE-SH; frankfurt die hauptstadt von hessen=DE-HE
yes-no-check | alexa wette gewonnen oder ist {} | st petersburg die hauptstadt von russland=RU; krakau die hauptstadt von polen=PL; barcelona die hauptstadt von spanien=ES
self-correction | alexa sag mal was ist die hauptstadt von {} | österreich äh nein ungarn=HU; schweden nee norwegen=NO; slowakei ich meine slowenien=SI
self-correction | alexa wie heißt denn die hauptstadt von {} | gambia quatsch sambia=ZM; mali nein malawi=MW; niger äh nigeria=NG
self-correction | alexa hauptstadt von {} | iran nein irak=IQ; irak nein iran=IR; lettland äh litauen=LT
self-correction | alexa was ist die hauptstadt von {} sorry | guinea nein äquatorialguinea=GQ; dominica ich meinte die dominikanische republik=DO; nordkorea nee südkorea=KR
self-correction | alexa sag mir mal die hauptstadt von {} | australien oh nein österreich=AT; kolumbien äh kambodscha=KH; kanada pardon kenia=KE
self-correction | alexa welche hauptstadt hat eigentlich {} | bayern moment baden-württemberg=DE-BW; sachsen ich meine sachsen-anhalt=DE-ST; hessen warte thüringen=DE-TH
self-correction | alexa die hauptstadt von {} bitte | taiwan nein thailand=TH; tunesien quatsch tansania=TZ; mongolei ich mein montenegro=ME
self-correction | alexa was ist denn die hauptstadt von {} | west virginia nein virginia=US-VA; north dakota äh south dakota=US-SD; new york nein new jersey=US-NJ
self-correction | alexa wie heißt noch mal die hauptstadt von {} | schweiz ach nee schweden=SE; slowenien korrektur slowakei=SK; paraguay falsch uruguay=UY
self-correction | alexa hauptstadt von armenien äh nein albanien | AL
reverse-question | alexa {} ist die hauptstadt von welchem land | ouagadougou=BF; bischkek=KG; windhuk=NA
reverse-question | alexa von welchem land ist {} die hauptstadt | tiflis=GE; eriwan=AM; baku=AZ
reverse-question | alexa zu welchem land gehört die hauptstadt {} | nuuk=GL; reykjavík=IS; tallinn=EE
reverse-question | alexa wessen hauptstadt ist {} | canberra=AU; wellington=NZ; ottawa=CA
reverse-question | alexa {} ist hauptstadt von was | montevideo=UY; asunción=PY; quito=EC
reverse-question | alexa welches land hat {} als hauptstadt | kigali=RW; lusaka=ZM; harare=ZW
reverse-question | alexa in welchem bundesland ist {} die hauptstadt | schwerin=DE-MV; magdeburg=DE-ST; wiesbaden=DE-HE
reverse-question | alexa von welchem bundesstaat ist {} die hauptstadt | sacramento=US-CA; albany=US-NY; tallahassee=US-FL
reverse-question | alexa welches land regiert man von {} aus | naypyidaw=MM; ulaanbaatar=MN; duschanbe=TJ
reverse-question | alexa {} ist doch eine hauptstadt aber von welchem land | vientiane=LA; phnom penh=KH; thimphu=BT
official-name | alexa was ist die hauptstadt der {} | bundesrepublik deutschland=DE; republik österreich=AT; französischen republik=FR
official-name | alexa was ist die hauptstadt des {} | vereinigten königreichs großbritannien und nordirland=GB; königreichs der niederlande=NL; königreichs norwegen=NO
official-name | alexa wie heißt die hauptstadt der {} | volksrepublik china=CN; russischen föderation=RU; vereinigten staaten von amerika=US
official-name | alexa was ist die hauptstadt der republik {} | korea=KR; côte d'ivoire=CI; kosovo=XK
official-name | alexa hauptstadt der {} | islamischen republik iran=IR; arabischen republik ägypten=EG; demokratischen volksrepublik korea=KP
official-name | alexa was ist die hauptstadt des königreichs {} | saudi-arabien=SA; marokko=MA; thailand=TH
official-name | alexa was ist die hauptstadt der schweizerischen eidgenossenschaft | CH
official-name | alexa was ist die hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt des staates palästina | PS
official-name | alexa was ist die hauptstadt der föderativen republik brasilien | BR
everyday-name | alexa was ist die hauptstadt von {} | holland=NL; england=GB-ENG; amerika=US
everyday-name | alexa wie heißt die hauptstadt von {} | den usa=US; tschechei=CZ; persien=IR
everyday-name | alexa was ist die hauptstadt von {} eigentlich | weißrussland=BY; burma=MM; ceylon=LK
everyday-name | alexa sag mir die hauptstadt von {} | den emiraten=AE; der elfenbeinküste=CI; mazedonien=MK
everyday-name | alexa was ist die hauptstadt von {} heute | swasiland=SZ; osttimor=TL; kapverden=CV
everyday-name | alexa was ist die hauptstadt von {} nochmal | großbritannien=GB; den staaten=US; ami land=US
everyday-name | alexa was ist die hauptstadt vom {} | vatikan=VA; ländle=LI; kosovo=XK
shared-name | alexa weißt du die hauptstadt von {} | kongo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | alexa wie heißt die hauptstadt vom {} | kongo=CD+CG; sudan und südsudan=SD+SS; den jungferninseln=VG+VI
shared-name | alexa welche hauptstadt hat {} | korea=KP+KR; den jungferninseln=VG+VI; dominica und die dominikanische republik=DM+DO
shared-name | alexa was sind eigentlich die hauptstädte von {} | nord und südkorea=KP+KR; den beiden kongos=CD+CG; sudan und südsudan=SD+SS
shared-name | alexa hauptstadt von georgien in europa | GE
shared-name | alexa hauptstadt von georgia dem us bundesstaat | US-GA
shared-name | alexa was ist die hauptstadt der britischen jungferninseln | VG
shared-name | alexa was ist die hauptstadt der amerikanischen jungferninseln | VI
out-of-domain | alexa wie wird das wetter morgen in {} | aachen=FB; münster=FB; oldenburg=FB
out-of-domain | alexa regnet es heute noch auf {} | sylt=FB; der wasserkuppe=FB; dem neusiedler see=FB
out-of-domain | alexa wie viele einwohner hat {} | die mongolei=FB; nepal=FB; finnland=FB
out-of-domain | alexa welche sprache spricht man in {} | äthiopien=FB; kasachstan=FB; peru=FB
out-of-domain | alexa was ist die währung von {} | bulgarien=FB; ungarn=FB; der schweiz=FB
out-of-domain | alexa spiel {} | schlager aus dem burgenland=FB; bulgarische volksmusik=FB; peruanische panflöte=FB
out-of-domain | alexa wie spät ist es gerade in {} | kathmandu=FB; addis abeba=FB; lima=FB
out-of-domain | alexa wie weit ist es von {} | aachen nach maastricht=FB; husum nach sylt=FB; fulda nach kassel=FB
out-of-domain | alexa wie hoch ist {} | die zugspitze=FB; der mount everest=FB; das matterhorn=FB
out-of-domain | alexa wie lang ist {} | der rhein=FB; die donau=FB; der nil=FB
out-of-domain | alexa was ist das größte land in {} | afrika=FB; südamerika=FB; europa=FB
out-of-domain | alexa wer ist der präsident von {} | frankreich=FB; kasachstan=FB; peru=FB
out-of-domain | alexa setz {} auf die einkaufsliste | printen=FB; grünkohl=FB; handkäs=FB
out-of-domain | alexa stell einen timer auf {} | zehn minuten=FB; fünfundzwanzig minuten für die haarfarbe=FB; eine stunde=FB
out-of-domain | alexa wie viel ist {} | sieben mal acht=FB; zwölf geteilt durch drei=FB; hundert minus siebzehn=FB
out-of-domain | alexa was bedeutet das wort {} | hauptstadt auf englisch=FB; kapital=FB; großbuchstabe=FB
out-of-domain | alexa erklär mir was {} ist | eigenkapital=FB; das kapital von karl marx=FB; startkapital=FB
out-of-domain | alexa wie viel kapital braucht man für eine gmbh | FB
out-of-domain | alexa was ist ein kapitalverbrechen | FB
out-of-domain | alexa schreib das wort hauptstadt mit großbuchstaben | FB
out-of-domain | alexa wie schreibt man kapitälchen | FB
out-of-domain | alexa wie ist der dax heute gelaufen | FB
out-of-domain | alexa was kostet eine zugfahrt nach berlin | FB
out-of-domain | alexa wann fährt die nächste fähre nach amrum | FB
out-of-domain | alexa wann ist heute hochwasser in husum | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa wie viele bundesländer hat deutschland | FB
out-of-domain | alexa wie viele kantone hat die schweiz | FB
out-of-domain | alexa welche flagge ist rot weiß rot | FB
out-of-domain | alexa welches land hat die meisten einwohner | FB
out-of-domain | alexa was ist das kleinste land der welt | FB
out-of-domain | alexa wo liegt eigentlich bhutan | FB
out-of-domain | alexa in welchem kontinent liegt suriname | FB
out-of-domain | alexa welche länder grenzen an österreich | FB
out-of-domain | alexa was ist die größte stadt in australien | FB
out-of-domain | alexa was ist die älteste stadt deutschlands | FB
out-of-domain | alexa ist aachen die westlichste stadt deutschlands | FB
out-of-domain | alexa erzähl mir einen witz über ostfriesen | FB
out-of-domain | alexa erzähl mir einen witz | FB
out-of-domain | alexa mach das licht im wohnzimmer aus | FB
out-of-domain | alexa dimm das licht im kinderzimmer | FB
out-of-domain | alexa spiel ein schlaflied | FB
out-of-domain | alexa lies eine gute nacht geschichte vor | FB
out-of-domain | alexa weck mich morgen um halb sechs | FB
out-of-domain | alexa erinnere mich an die prüfung am donnerstag | FB
out-of-domain | alexa wer hat die französische revolution angefangen | FB
out-of-domain | alexa was ist die fotosynthese | FB
out-of-domain | alexa übersetze guten morgen ins finnische | FB
out-of-domain | alexa was heißt danke auf mongolisch | FB
out-of-domain | alexa wie sagt man hallo auf nepalesisch | FB
out-of-domain | alexa spiel radio bremen eins | FB
out-of-domain | alexa spiel den deutschlandfunk | FB
out-of-domain | alexa spiel ö drei | FB
out-of-domain | alexa spiel srf drei | FB
out-of-domain | alexa mach lauter | FB
out-of-domain | alexa leiser bitte die kunden telefonieren | FB
out-of-domain | alexa wie ist der verkehr auf der a sieben | FB
out-of-domain | alexa gibt es stau auf der a drei bei würzburg | FB
out-of-domain | alexa wann öffnet der baumarkt | FB
out-of-domain | alexa wann hat der friseur am samstag auf | FB
out-of-domain | alexa wie wechsle ich einen reifen | FB
out-of-domain | alexa was kostet ein liter diesel | FB
out-of-domain | alexa welche tomaten kann man im mai pflanzen | FB
out-of-domain | alexa wann muss man rosen schneiden | FB
out-of-domain | alexa wie oft muss ich den rasen mähen | FB
out-of-domain | alexa was ist ein feuerlöscher der klasse b | FB
out-of-domain | alexa welche nummer hat die feuerwehr | FB
out-of-domain | alexa wer hat gestern in kaiserslautern gespielt | FB
out-of-domain | alexa wie hat preußen münster gespielt | FB
out-of-domain | alexa wie steht es bei alemannia aachen | FB
out-of-domain | alexa wann ist der nächste fortuna düsseldorf heimspiel | FB
out-of-domain | alexa wer moderiert wer wird millionär | FB
out-of-domain | alexa wie viel geld gibt es bei der letzten frage bei wer wird millionär | FB
out-of-domain | alexa welches tier fängt mit q an | FB
out-of-domain | alexa nenne mir einen fluss mit k | FB
out-of-domain | alexa nenn mir einen beruf mit x | FB
out-of-domain | alexa welche stadt fängt mit y an | FB
out-of-domain | alexa würfel für uns | FB
out-of-domain | alexa wirf eine münze | FB
out-of-domain | alexa such mir ein rezept für grünkohl | FB
out-of-domain | alexa wie macht man printen | FB
out-of-domain | alexa wie backt man zwetschgenkuchen | FB
out-of-domain | alexa was ist ein handkäs mit musik | FB
out-of-domain | alexa was koche ich heute | FB
out-of-domain | alexa wie lange kocht ein ei | FB
out-of-domain | alexa welche farbe passt zu blonden haaren | FB
out-of-domain | alexa wie lange muss die haarfarbe einwirken | FB
out-of-domain | alexa was sind die öffnungszeiten vom rathaus | FB
out-of-domain | alexa ruf mama an | FB
out-of-domain | alexa schick meiner frau eine nachricht dass ich später komme | FB
out-of-domain | alexa wie geht es dir | FB
out-of-domain | alexa bist du verliebt | FB
out-of-domain | alexa kannst du singen | FB
out-of-domain | alexa sing mir ein lied auf plattdeutsch | FB
out-of-domain | alexa sprichst du schweizerdeutsch | FB
out-of-domain | alexa kannst du bulgarisch | FB
out-of-domain | alexa sprichst du amharisch | FB
out-of-domain | alexa wie alt ist der kölner dom | FB
out-of-domain | alexa wann wurde der aachener dom gebaut | FB
out-of-domain | alexa wer war karl der große | FB
out-of-domain | alexa wann war der westfälische frieden | FB
out-of-domain | alexa wie hoch ist die wasserkuppe | FB
out-of-domain | alexa wie tief ist der bodensee | FB
out-of-domain | alexa wie groß ist der neusiedler see | FB
out-of-domain | alexa wann ist die weinlese im burgenland | FB
out-of-domain | alexa wann ist der schneesturm in graubünden vorbei | FB
out-of-domain | alexa ist der gotthardtunnel offen | FB
out-of-domain | alexa wie komme ich nach zermatt | FB
out-of-domain | alexa wann geht die sonne unter | FB
out-of-domain | alexa wann ist vollmond | FB
out-of-domain | alexa welcher tag ist heute | FB
out-of-domain | alexa was ist heute für ein feiertag | FB
out-of-domain | alexa wann sind sommerferien in niedersachsen | FB
out-of-domain | alexa wann sind herbstferien in hessen | FB
out-of-domain | alexa wer ist ministerpräsident von brandenburg | FB
out-of-domain | alexa wer ist der bürgermeister von fulda | FB
out-of-domain | alexa wer regiert in sachsen-anhalt | FB
out-of-domain | alexa wie heißt der bundeskanzler | FB
out-of-domain | alexa wie heißt der bundespräsident von österreich | FB
out-of-domain | alexa welche partei hat in thüringen gewonnen | FB
out-of-domain | alexa wie heißt die nationalhymne von kasachstan | FB
out-of-domain | alexa spiel die nationalhymne von finnland | FB
out-of-domain | alexa was ist das nationalgericht von äthiopien | FB
out-of-domain | alexa was isst man in der mongolei | FB
out-of-domain | alexa wie hoch ist der höchste berg in peru | FB
out-of-domain | alexa wie kalt ist es in ulan bator im winter | FB
out-of-domain | alexa brauche ich ein visum für nepal | FB
out-of-domain | alexa was kostet ein flug nach sofia | FB
out-of-domain | alexa wie viel ist ein euro in lew | FB
out-of-domain | alexa wie viel sind hundert euro in tenge | FB
out-of-domain | alexa wie viele zeitzonen hat russland | FB
out-of-domain | alexa was ist die hauptstadt der mode | FB
out-of-domain | alexa welche stadt ist die fahrradhauptstadt deutschlands | FB
out-of-domain | alexa ist münster die fahrradhauptstadt | FB
out-of-domain | alexa welche stadt ist die kulturhauptstadt europas dieses jahr | FB
out-of-domain | alexa was ist die hauptstadt des weins in der pfalz | FB
out-of-domain | alexa welche stadt nennt man die heimliche hauptstadt von bayern | FB
out-of-domain | alexa ist düsseldorf die hauptstadt der mode | FB
out-of-domain | alexa was ist die kreisstadt vom odenwaldkreis | FB
out-of-domain | alexa welche stadt ist kreisstadt von nordfriesland | FB
out-of-domain | alexa was ist der hauptort vom kanton graubünden | FB
out-of-domain | alexa was ist die hauptstadt von vorarlberg | FB
out-of-domain | alexa was ist die hauptstadt vom burgenland | FB
out-of-domain | alexa was ist die hauptstadt von tirol | FB
out-of-domain | alexa was ist die hauptstadt vom wallis | FB
out-of-domain | alexa was ist die hauptstadt vom münsterland | FB
out-of-domain | alexa was ist die hauptstadt von ostfriesland | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa was ist die hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt von sibirien | FB
out-of-domain | alexa was ist die hauptstadt von kalabrien | FB
out-of-domain | alexa was ist die hauptstadt von der provence | FB
out-of-domain | alexa welcher buchstabe ist ein großbuchstabe | FB
out-of-domain | alexa was ist ein kapitell an einer säule | FB
out-of-domain | alexa wie viel zinsen bekomme ich auf mein kapital | FB
out-of-domain | alexa was ist kapitalismus | FB
out-of-domain | alexa was heißt capital auf deutsch | FB
out-of-domain | alexa wer hat das buch das kapital geschrieben | FB
out-of-domain | alexa spiel hauptstadt von den toten hosen | FB
out-of-domain | alexa spiel das lied berlin berlin | FB
out-of-domain | alexa spiel musik von dj ötzi | FB
out-of-domain | alexa spiel volksmusik aus graubünden | FB
out-of-domain | alexa spiel etwas von den höhnern | FB
out-of-domain | alexa spiel tigray musik | FB
out-of-domain | alexa spiel mongolischen kehlkopfgesang | FB
out-of-domain | alexa mach ein hörbuch an | FB
out-of-domain | alexa was läuft heute im fernsehen | FB
out-of-domain | alexa wann kommt die tagesschau | FB
out-of-domain | alexa was gibt es neues | FB
out-of-domain | alexa wie sind die nachrichten | FB
out-of-domain | alexa wie geht das spiel stadt land fluss | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa welche hauptstadt ist die kälteste | FB
out-of-domain | alexa welche hauptstadt hat die meisten einwohner | FB
out-of-domain | alexa welche ist die älteste hauptstadt der welt | FB
out-of-domain | alexa wie viele hauptstädte gibt es in europa | FB
out-of-domain | alexa bestell mir eine pizza | FB
out-of-domain | alexa wo ist mein handy | FB
out-of-domain | alexa finde mein telefon | FB
out-of-domain | alexa wie viel wiegt ein feuerwehrauto | FB
out-of-domain | alexa wie heißt die raumstation | FB
out-of-domain | alexa was ist der unterschied zwischen holland und den niederlanden | FB
out-of-domain | alexa ist england ein land | FB
out-of-domain | alexa gehört grönland zu dänemark | FB
out-of-domain | alexa warum hat bolivien kein meer | FB
out-of-domain | alexa warum ist bonn nicht mehr hauptstadt | FB
help | alexa äh {} | hilf mir mal bei dem spiel=HELP; wie funktioniert das hier=HELP; was kann ich dich hier fragen=HELP
help | alexa sag ens wie dat hier jeht | HELP
help | alexa ich weiß nich wie dat geht hilf mir | HELP
help | alexa wat kann ich hier fragen | HELP
help | alexa ik bruk hülp | HELP
help | alexa moin wie geht das mit den hauptstädten | HELP
help | alexa sare mal wie funktioniert das ding | HELP
help | alexa ich versteh dit nich erklär mal | HELP
help | alexa sach emol wie des geht | HELP
help | alexa wie geht des do | HELP
help | alexa hilf mer mol isch kapier des net | HELP
help | alexa wie goht des | HELP
help | alexa wie funktioniert des spü | HELP
help | alexa i kenn mi ned aus hüf ma | HELP
help | alexa chasch mer hälfe | HELP
help | alexa was chan ich do alles frage | HELP
help | alexa pomosht ich brauche hilfe | HELP
help | alexa apua wie funktioniert das | HELP
help | alexa tuslaach hilfe bitte | HELP
help | alexa dai ich verstehe nicht wie das geht | HELP
help | alexa erdata hilfe bitte | HELP
help | alexa ayúdame por favor cómo funciona | HELP
help | alexa komek kerek hilfe | HELP
help | alexa was muss ich sagen um eine hauptstadt zu erfahren | HELP
help | alexa wie frage ich nach einer hauptstadt | HELP
help | alexa welche fragen versteht dieses spiel | HELP
help | alexa erklär mir die regeln | HELP
help | alexa ich brauche eine anleitung | HELP
help | alexa was kann dieser skill | HELP
help | alexa kannst du mir helfen ich bin zum ersten mal hier | HELP
help | alexa für den lehrling bitte einmal die hilfe | HELP
help | alexa hilfe ich hab die hände voll öl | HELP
help | alexa der kunde braucht hilfe mit dem spiel | HELP
help | alexa wie benutze ich das mit den kindern | HELP
help | alexa was sagt man da am besten | HELP
help | alexa hilfe für die jugendfeuerwehr bitte | HELP
help | alexa unser gast weiß nicht wie das geht hilf ihm | HELP
help | alexa ich bin alt und kenne mich nicht aus hilf mir | HELP
help | alexa was sind die befehle | HELP
help | alexa wie funktioniert das mit mehreren hauptstädten | HELP
help | alexa hilfe was soll ich jetzt sagen | HELP
help | alexa keine ahnung was ich machen soll hilf | HELP
help | alexa gib mir ein beispiel wie ich fragen kann | HELP
stop | alexa okay {} | hör jetzt auf=STOP; dat reicht jetzt=STOP; schluss für heute=STOP
stop | alexa hür op | STOP
stop | alexa is jut jetzt | STOP
stop | alexa hör mol op | STOP
stop | alexa nu is aber schluss | STOP
stop | alexa ik heb genoog | STOP
stop | alexa dat langt | STOP
stop | alexa hör uff | STOP
stop | alexa langt jetzt | STOP
stop | alexa isch hör uff jetzt | STOP
stop | alexa des langt jetzt | STOP
stop | alexa hör uf | STOP
stop | alexa is scho guat hör auf | STOP
stop | alexa gnua jetzt | STOP
stop | alexa es isch gnueg | STOP
stop | alexa hör uf bitte | STOP
stop | alexa stiga stopp | STOP
stop | alexa riittää stopp | STOP
stop | alexa bolson stopp | STOP
stop | alexa pugyo bhayo stopp | STOP
stop | alexa beka beka stopp | STOP
stop | alexa ya basta para | STOP
stop | alexa boldy stopp | STOP
stop | alexa die kleine schläft jetzt stopp | STOP
stop | alexa die kundin will ruhe stopp | STOP
stop | alexa beenden die prüfung fängt an | STOP
stop | alexa aufhören der meister kommt | STOP
stop | alexa der einsatz geht los stopp | STOP
stop | alexa wir haben genug gespielt aus | STOP
stop | alexa spiel beenden | STOP
stop | alexa beende die hauptstädte | STOP
stop | alexa mach aus wir gehen grillen | STOP
stop | alexa halt die klappe jetzt | STOP
stop | alexa ruhe jetzt die sendung fängt an | STOP
stop | alexa stopp wir müssen zur fähre | STOP
stop | alexa genug gelernt stopp | STOP
stop | alexa ende gelände | STOP
stop | alexa feierabend stopp | STOP
stop | alexa aus jetzt der gast ist weg | STOP
stop | alexa schluss mit den hauptstädten | STOP
stop | alexa stopp die zeit ist um | STOP
stop | alexa nicht mehr spielen | STOP
stop | alexa ich will aufhören | STOP
cancel | alexa ach {} | vergiss es=CANCEL; lass mal gut sein=CANCEL; brich das ab=CANCEL
cancel | alexa loss et | CANCEL
cancel | alexa lass ma jut sein | CANCEL
cancel | alexa brich dat ab | CANCEL
cancel | alexa dat vergess mal | CANCEL
cancel | alexa lot man | CANCEL
cancel | alexa vergiss dit | CANCEL
cancel | alexa loss es sei | CANCEL
cancel | alexa lass gut sei | CANCEL
cancel | alexa vergess es | CANCEL
cancel | alexa loss bleibe | CANCEL
cancel | alexa lass es bleibe | CANCEL
cancel | alexa vergiss es wieder | CANCEL
cancel | alexa lass guat sei | CANCEL
cancel | alexa vergiss es afoch | CANCEL
cancel | alexa lass es sii | CANCEL
cancel | alexa vergiss es grad wieder | CANCEL
cancel | alexa otkaz abbrechen | CANCEL
cancel | alexa peruuta abbrechen | CANCEL
cancel | alexa boli abbrechen | CANCEL
cancel | alexa bhayo abbrechen | CANCEL
cancel | alexa tewew abbrechen | CANCEL
cancel | alexa olvídalo cancela | CANCEL
cancel | alexa kerek emes abbrechen | CANCEL
cancel | alexa abbrechen ich hab mich verlesen | CANCEL
cancel | alexa nein doch nicht abbrechen | CANCEL
cancel | alexa brich die frage ab | CANCEL
cancel | alexa abbrechen der kunde ist schon weg | CANCEL
cancel | alexa abbrechen falscher alarm | CANCEL
cancel | alexa vergiss die frage | CANCEL
cancel | alexa das war nix abbrechen | CANCEL
cancel | alexa ach lass mal ich schau im atlas | CANCEL
cancel | alexa abbrechen die kleine ist eingeschlafen | CANCEL
cancel | alexa stornieren | CANCEL
cancel | alexa nimm das zurück | CANCEL
cancel | alexa doch nicht | CANCEL
cancel | alexa abbrechen bitte sofort | CANCEL
cancel | alexa das hat sich erledigt | CANCEL
cancel | alexa ich brauche das nicht mehr abbrechen | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa lass stecken | CANCEL
cancel | alexa ach nee lass mal abbrechen | CANCEL
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | alexa mach ens hauptstädte der welt op | LAUNCH
launch | alexa mach mal hauptstädte der welt an | LAUNCH
launch | alexa moin start hauptstädte der welt | LAUNCH
launch | alexa nu mach mal hauptstädte der welt auf | LAUNCH
launch | alexa sach emol starte hauptstädte der welt | LAUNCH
launch | alexa mach hauptstädte der welt uff | LAUNCH
launch | alexa starte mol hauptstädte der welt | LAUNCH
launch | alexa tua hauptstädte der welt aufmachen | LAUNCH
launch | alexa mach amoi hauptstädte der welt auf | LAUNCH
launch | alexa tue hauptstädte der welt starte | LAUNCH
launch | alexa starte bitte das spiel hauptstädte der welt | LAUNCH
launch | alexa zdravei öffne hauptstädte der welt | LAUNCH
launch | alexa moi starte hauptstädte der welt | LAUNCH
launch | alexa namaste open hauptstädte der welt | LAUNCH
launch | alexa selam öffne hauptstädte der welt bitte | LAUNCH
launch | alexa salem starte hauptstädte der welt | LAUNCH
launch | alexa zum abi lernen hauptstädte der welt starten | LAUNCH
launch | alexa im gerätehaus hauptstädte der welt öffnen | LAUNCH
launch | alexa im schrebergarten hauptstädte der welt starten | LAUNCH
launch | alexa im salon hauptstädte der welt öffnen | LAUNCH
launch | alexa in der werkstatt hauptstädte der welt starten | LAUNCH
launch | alexa zum einschlafen hauptstädte der welt öffnen | LAUNCH
launch | alexa für unsere gäste hauptstädte der welt öffnen | LAUNCH
launch | alexa ich möchte hauptstädte der welt spielen | LAUNCH
launch | alexa lass uns hauptstädte der welt spielen | LAUNCH
launch | alexa skill hauptstädte der welt aktivieren | LAUNCH
launch | alexa frag hauptstädte der welt nach der hauptstadt von ruanda | RW
launch | alexa öffne hauptstädte der welt und sag mir die hauptstadt von simbabwe | ZW
launch | alexa starte hauptstädte der welt was ist die hauptstadt von finnland | FI
launch | alexa bitte hauptstädte der welt die hauptstadt von nepal | NP
official-name | alexa sach ens wat es de hauptstadt vaan de bundesrepublik deutschland | DE
official-name | alexa im amtsblatt steht republik {} was ist da die hauptstadt | kasachstan=KZ; bulgarien=BG; finnland=FI
official-name | alexa für meine einbürgerung brauche ich die hauptstadt der {} | demokratischen bundesrepublik äthiopien=ET; republik peru=PE; föderalen demokratischen republik nepal=NP
official-name | alexa welche stadt ist die hauptstadt vom {} | fürstentum liechtenstein=LI; großherzogtum luxemburg=LU; fürstentum monaco=MC
official-name | alexa was ist die hauptstadt der {} laut lehrbuch | vereinigten mexikanischen staaten=MX; argentinischen republik=AR; hellenischen republik=GR
official-name | alexa wie heißt die hauptstadt des plurinationalen staates bolivien | BO
official-name | alexa was ist die hauptstadt vom königreich {} | dänemark=DK; schweden=SE; belgien=BE
official-name | alexa was ist die hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa was ist die hauptstadt der bolivarischen republik venezuela | VE
official-name | alexa was ist die hauptstadt der demokratischen sozialistischen republik sri lanka | LK
official-name | alexa in der urkunde steht republik der philippinen wie heißt da die hauptstadt | PH
official-name | alexa was ist die hauptstadt vom staat israel | IL
official-name | alexa was ist die hauptstadt der vereinigten republik tansania | TZ
plural-capitals | alexa welche hauptstädte hat bolivien sucre und la paz oder wie | BO
plural-capitals | alexa mein abiturthema sind länder mit {} welche hauptstädte haben die | zwei hauptstädten wie benin=BJ; mehreren hauptstädten wie südafrika=ZA; zwei hauptstädten wie malaysia=MY
plural-capitals | alexa was sind die beiden hauptstädte von {} | sri lanka=LK; der elfenbeinküste=CI; eswatini=SZ
plural-capitals | alexa welche sind die zwei hauptstädte der niederlande | NL
plural-capitals | alexa sag ens wat sin de hauptstädte vaan holland | NL
plural-capitals | alexa moi was sind hauptstädte von südafrika | ZA
plural-capitals | alexa selam welche hauptstädte hat benin | BJ
plural-capitals | alexa für stadt land fluss welche hauptstädte hat bolivien | BO
plural-capitals | alexa der meister fragt welche hauptstädte hat malaysia kuala lumpur und | MY
plural-capitals | alexa beim quiz kam welche zwei hauptstädte hat sri lanka | LK
plural-capitals | alexa chasch mer säge weli hauptstädt d'elfebeiküste het | CI
plural-capitals | alexa wos san de hauptstädte vo eswatini | SZ
plural-capitals | alexa nu sach mal wat sind die hauptstädte von palästina | PS
plural-capitals | alexa welche hauptstädte hat palästina ramallah oder jerusalem | PS
plural-capitals | alexa welche hauptstädte gibt es in südafrika pretoria kapstadt und | ZA
plural-capitals | alexa zählt mir die hauptstädte von benin auf | BJ
plural-capitals | alexa oye causa cuáles son las capitales de bolivia | BO
plural-capitals | alexa was sind die regierungssitze und hauptstädte von malaysia | MY
plural-capitals | alexa alle hauptstädte der niederlande bitte | NL
plural-capitals | alexa hauptstädte der elfenbeinküste nennen | CI
plural-capitals | alexa hauptstädte von sri lanka aufzählen | LK
plural-capitals | alexa welche hauptstädte hat swasiland heute eswatini | SZ
yes-no-check | alexa sag ens stimmt dat {} | lüttich die hauptstadt vaan belgie es=BE; maastricht die hauptstadt vaan holland es=NL; eupen die hauptstadt vaan belgie es=BE
yes-no-check | alexa moi ist {} | turku die hauptstadt von finnland=FI; tampere die hauptstadt von finnland=FI; helsinki die hauptstadt von finnland=FI
yes-no-check | alexa is {} nich die hauptstadt | almaty von kasachstan=KZ; darkhan von der mongolei=MN; pokhara von nepal=NP
yes-no-check | alexa oye ist {} wirklich | cusco die hauptstadt von peru=PE; santa cruz die hauptstadt von bolivien=BO; guayaquil die hauptstadt von ecuador=EC
yes-no-check | alexa in der werkstatt wetten sie ob {} | detroit die hauptstadt von michigan ist=US-MI; vancouver die hauptstadt von british columbia ist=CA-BC; montreal die hauptstadt von quebec ist=CA-QC
yes-no-check | alexa der gast meint {} stimmt das | dubai wäre die hauptstadt der emirate=AE; dschidda wäre die hauptstadt von saudi-arabien=SA; jerusalem wäre die hauptstadt von israel=IL
yes-no-check | alexa ist plovdiv die hauptstadt von bulgarien | BG
yes-no-check | alexa ist addis abeba die hauptstadt von äthiopien ja | ET
everyday-name | alexa sach emol die hauptstadt vu {} | tschechei=CZ; russland=RU; den emiraten=AE
everyday-name | alexa was ist die hauptstadt vo {} eigentlich | da schwiiz=CH; holland=NL; amerika=US
everyday-name | alexa hauptstadt von {} bitte | england=GB-ENG; amiland=US; kongo kinshasa=CD
everyday-name | alexa welche hauptstadt haben die {} | holländer=NL; ösis=AT; schweizer=CH
shared-name | alexa sag ens wat es de hauptstadt vaan kongo | CD+CG
shared-name | alexa der gast sagt er kommt aus korea was ist die hauptstadt | KP+KR
shared-name | alexa wie heißt die hauptstadt von georgia | GE+US-GA
shared-name | alexa moi was ist hauptstadt von kongo | CD+CG
reverse-question | alexa von wat för e land es {} de hauptstadt | lüttich=FB; brüssel=BE; luxemburg=LU
reverse-question | alexa wo ist {} die hauptstadt | sofia=BG; helsinki=FI; astana=KZ
reverse-question | alexa welches land hat die hauptstadt {} | addis abeba=ET; kathmandu=NP; lima=PE
reverse-question | alexa in welchem staat ist {} die hauptstadt | boise=US-ID; juneau=US-AK; honolulu=US-HI
reverse-question | alexa welche provinz hat {} als hauptstadt | halifax=CA-NS; regina=CA-SK; winnipeg=CA-MB
subdivision | alexa ich fahr mit dem lkw durch {} was ist dort die hauptstadt | kentucky=US-KY; tennessee=US-TN; missouri=US-MO
subdivision | alexa was ist die hauptstadt von {} in brasilien bitte | ceará=BR-CE; pará=BR-PA; goiás=BR-GO
subdivision | alexa was ist die hauptstadt von {} in mexiko bitte | veracruz=MX-VER; puebla=MX-PUE; guanajuato=MX-GUA
subdivision | alexa welche stadt ist die hauptstadt von {} in indien bitte | himachal pradesh=IN-HP; jharkhand=IN-JH; madhya pradesh=IN-MP
subdivision | alexa was ist die hauptstadt von {} im indischen ozean | den andamanen=IN-AN; den malediven=MV; der weihnachtsinsel=CX
follow-up | alexa sach ens un vaan {} | luxemburg=LU; belgie=BE; frankriesch=FR
follow-up | alexa un wat is mit {} | bremen=DE-HB; hamburch=DE-HH; niedersachsen=DE-NI
follow-up | alexa und wos is mit {} | slowakei=SK; tschechien=CZ; ungarn=HU
follow-up | alexa und de hauptstadt vo {} | liechtenstein=LI; österreich=AT; italie=IT
follow-up | alexa a sega {} | rumänien=RO; griechenland=GR; nordmazedonien=MK
mongolian | alexa za und was ist hauptstadt von {} | japan=JP; südkorea=KR; nordkorea=KP
mongolian | alexa minii duu fragt welche hauptstadt hat {} | kirgisistan=KG; usbekistan=UZ; turkmenistan=TM
kazakh | alexa jaksy bolsyn was ist die hauptstadt von {} | aserbaidschan=AZ; georgien=GE; armenien=AM
ethiopian | alexa ishi und was ist die hauptstadt von {} | sudan=SD; südsudan=SS; jemen=YE
odenwald | alexa in michelstadt uffm markt froocht mer noch de hauptstadt vun {} | baden-württemberg=DE-BW; bayern=DE-BY; hesse=DE-HE
"""

if __name__ == "__main__":
    build_round(50, "de", LINES, sys.argv, "tests/Eval/de/round50/source/build_corpus.py")
