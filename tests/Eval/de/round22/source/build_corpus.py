"""Round 22, German (de-DE): a new author's own mix, written blind. Speakers chosen away from the regions and groups
earlier German authors used: Banat and Transylvanian Saxons who resettled ("no", "gelle", "na freilich", "hascht"),
Hunsrik-speaking Brazilians of German descent on a visit ("ich wees net", "was is dann", "gell", "tudo bem"),
Upper Silesian grandparents ("nu gut", "jessas", "kindla"), Greek-Germans of the second generation ("ela", "re",
"ja genau"), Croatian- and Bosnian-Germans ("ajde", "bre", "dobro"), Ukrainian newcomers in an
integration course ("dobre", "ich lerne noch", word order of a learner), Vietnamese-German families in Leipzig and
Berlin-Lichtenberg ("mama fragt", "ja ja", a child translating for a parent), Spanish and Italian expats ("vale", "oye", "dai"),
and, beside them, children at bedtime with an atlas, elders in the Sie register and a patient in hospital. Situations: the allotment garden, the Schützenfest tent, a choir trip, a bowling evening, a hairdresser's chair,
a driving-school theory lesson, a Bundeswehr barracks evening, a tram driver's break, a lifeguard at the lake, a
hospital bed with a tablet, a cruise planner, the Advent calendar riddle, a Christmas market stall, a Karneval costume
by country, the Oktoberfest table, a beekeeper, an escape room, "Klein gegen Groß" and "Das Quiz" on TV, a podcast
recording, a bedtime atlas, a board-game night with "Weltreise", fantasy football, the handball
Bundesliga abroad, Formula One practice, a marathon abroad, a sailing school on the Baltic. Plus fillers, tails, the
genitive and case, self-corrections, follow-ups, checks, reverse questions, official, old and everyday names, shared
names, subdivisions, and what de-DE recognition writes: split and joined words ("haupt stadt", "hauptstadtvon"),
lost or spelled-out umlauts ("osterreich", "tuerkei", "daenemark"), misheard names ("schweitz", "belgjen",
"grichenland").
`python3 tests/Eval/de/round22/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 22's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in ordinary words.
plain-question | sag mir bitte welche stadt die hauptstadt von {} ist | sambia=ZM; simbabwe=ZW; mosambik=MZ
plain-question | welche stadt ist denn eigentlich hauptstadt von {} | ruanda=RW; uganda=UG; kenia=KE
plain-question | ich hätte gern die hauptstadt von {} gewusst | paraguay=PY; uruguay=UY; ecuador=EC
plain-question | kannst du mir die hauptstadt von {} verraten | vanuatu=VU; samoa=WS; tonga=TO
plain-question | wo sitzt die regierung von {} | ägypten=EG; algerien=DZ; libyen=LY
plain-question | weißt du zufällig die hauptstadt von {} | bahrain=BH; katar=QA; oman=OM
plain-question | was ist eigentlich die hauptstadt von {} heutzutage | kasachstan=KZ; myanmar=MM; tansania=TZ

# Fillers and hesitations.
filler-hesitation | ähm also die hauptstadt von äh {} | tschad=TD; niger=NE; mali=ML
filler-hesitation | öh wie heißt noch mal die hauptstadt von {} | gabun=GA; kamerun=CM; togo=TG
filler-hesitation | warte mal ähm die hauptstadt von {} war doch | eswatini=SZ; lesotho=LS; malawi=MW
filler-hesitation | hm hm was ist äh die hauptstadt von {} | kirgisistan=KG; tadschikistan=TJ; turkmenistan=TM
filler-hesitation | also ich mein ja die hauptstadt von ähm {} | benin=BJ; liberia=LR; sierra leone=SL
filler-hesitation | na ja äh sag mal die hauptstadt von {} bitte | mauretanien=MR; senegal=SN; gambia=GM

# Banat and Transylvanian Saxons who resettled in Germany.
banat-siebenbuergen | no sag mir doch die hauptstadt von {} gelle | rumänien=RO; ungarn=HU; serbien=RS
banat-siebenbuergen | na freilich weiß ich's nicht mehr was ist die hauptstadt von {} | moldau=MD; bulgarien=BG; slowakei=SK
banat-siebenbuergen | hascht du die hauptstadt von {} parat | kroatien=HR; slowenien=SI; montenegro=ME
banat-siebenbuergen | no was is denn die hauptstadt von {} heut | albanien=AL; nordmazedonien=MK; kosovo=XK

# Hunsrik-speaking Brazilians on a visit.
hunsrik-brasil | ich wees net was is dann die hauptstadt von {} | brasilien=BR; argentinien=AR; chile=CL
hunsrik-brasil | tudo bem alexa was is die hauptstadt von {} gell | peru=PE; kolumbien=CO; venezuela=VE
hunsrik-brasil | sag emol die hauptstadt vom staat {} | rio grande do sul=BR-RS; santa catarina=BR-SC; paraná=BR-PR
hunsrik-brasil | was is die hauptstadt von {} do in brasilien | bahia=BR-BA; pernambuco=BR-PE; minas gerais=BR-MG

# Upper Silesian grandparents.
schlesien-oma | jessas kindla wie heißt die hauptstadt von {} | polen=PL; tschechien=CZ; litauen=LT
schlesien-oma | nu gut dann sag mir die hauptstadt von {} | lettland=LV; estland=EE; finnland=FI
schlesien-oma | ach gott die hauptstadt von {} hab ich vergessen | ukraine=UA; belarus=BY; georgien=GE

# Greek-Germans of the second generation.
griechisch-deutsch | ela alexa was ist die hauptstadt von {} | griechenland=GR; zypern=CY; malta=MT
griechisch-deutsch | re sag mal schnell die hauptstadt von {} | türkei=TR; syrien=SY; libanon=LB
griechisch-deutsch | ja genau und die hauptstadt von {} ist welche | jordanien=JO; israel=IL; irak=IQ

# Croatian- and Bosnian-Germans.
balkan-deutsch | ajde alexa die hauptstadt von {} | bosnien und herzegowina=BA; österreich=AT; schweiz=CH
balkan-deutsch | dobro dobro und was ist die hauptstadt von {} | italien=IT; san marino=SM; vatikanstadt=VA
balkan-deutsch | bre ich wett mit meinem bruder was ist die hauptstadt von {} | liechtenstein=LI; monaco=MC; andorra=AD

# Ukrainian newcomers in an integration course.
ukrainisch-lerner | entschuldigung ich lerne noch deutsch was ist hauptstadt {} | kanada=CA; mexiko=MX; kuba=CU
ukrainisch-lerner | dobre bitte sagen hauptstadt von land {} | japan=JP; china=CN; mongolei=MN
ukrainisch-lerner | ich möchte wissen welche ist hauptstadt in {} | irland=IE; island=IS; norwegen=NO
ukrainisch-lerner | wie heißt die hauptstadt für {} bitte | dänemark=DK; schweden=SE; portugal=PT

# Vietnamese-German families, a child translating for a parent.
vietnamesisch-deutsch | mama fragt was ist hauptstadt von {} | vietnam=VN; laos=LA; kambodscha=KH
vietnamesisch-deutsch | ja ja alexa die hauptstadt von {} bitte | thailand=TH; singapur=SG; philippinen=PH
vietnamesisch-deutsch | meine mutter will wissen wie die hauptstadt von {} heißt | indonesien=ID; brunei=BN; timor-leste=TL

# Spanish and Italian expats.
expat-sued | oye alexa cuál es äh welche ist die hauptstadt von {} | spanien=ES; kuba=CU; dominikanische republik=DO
expat-sued | dai sag mir die hauptstadt von {} per favore | guatemala=GT; honduras=HN; nicaragua=NI
expat-sued | vale vale und die hauptstadt von {} | el salvador=SV; costa rica=CR; panama=PA

# Genitive and case.
genitive-case | wie heißt die hauptstadt {} | ungarns=HU; rumäniens=RO; schwedens=SE
genitive-case | was ist die hauptstadt des {} | tschad=TD; sudan=SD; senegal=SN
genitive-case | kennst du die hauptstadt der {} | mongolei=MN; slowakei=SK; türkei=TR
genitive-case | welche ist die hauptstadt der {} | vereinigten staaten=US; niederlande=NL; malediven=MV
genitive-case | was ist hauptstadt vom {} | jemen=YE; kongo=CD+CG; libanon=LB
genitive-case | welches ist die hauptstadt {} | perus=PE; japans=JP; indiens=IN
genitive-case | wie heißt die hauptstadt im {} | iran=IR; irak=IQ; oman=OM

# Allotment garden and Schützenfest.
schrebergarten | der nachbar am zaun fragt was die hauptstadt von {} ist | neuseeland=NZ; australien=AU; fidschi=FJ
schrebergarten | ich steh hier mit der gießkanne sag mal die hauptstadt von {} | papua-neuguinea=PG; salomonen=SB; nauru=NR
schuetzenfest | im festzelt wird gewettet was ist die hauptstadt von {} | tuvalu=TV; kiribati=KI; palau=PW
schuetzenfest | der schützenkönig will wissen die hauptstadt von {} | marshallinseln=MH; mikronesien=FM; samoa=WS

# Choir trip, bowling, hairdresser.
vereinsleben | unser chor fährt nach {} was ist da die hauptstadt | estland=EE; lettland=LV; slowenien=SI
vereinsleben | beim kegeln kam die frage auf hauptstadt von {} | belgien=BE; luxemburg=LU; frankreich=FR
vereinsleben | meine friseurin fragt gerade nach der hauptstadt von {} | kolumbien=CO; bolivien=BO; guyana=GY

# Driving school, barracks, tram driver, lifeguard.
beruf-pause | in der pause an der endhaltestelle was ist die hauptstadt von {} | afghanistan=AF; pakistan=PK; bangladesch=BD
beruf-pause | kamerad fragt in der kaserne nach der hauptstadt von {} | nepal=NP; bhutan=BT; sri lanka=LK
beruf-pause | am see ist nix los alexa hauptstadt von {} | malediven=MV; mauritius=MU; seychellen=SC
beruf-pause | ich hab nachtdienst und frag mich was die hauptstadt von {} ist | madagaskar=MG; komoren=KM; dschibuti=DJ

# Hospital bed with a tablet, elders.
senioren | entschuldigen sie bitte wie heißt die hauptstadt von {} | äthiopien=ET; eritrea=ER; somalia=SO
senioren | mein enkel hat gefragt was die hauptstadt von {} ist ich weiß es nicht mehr | angola=AO; namibia=NA; botsuana=BW
senioren | früher wusste ich das noch die hauptstadt von {} | ghana=GH; nigeria=NG; elfenbeinküste=CI
senioren | liebe alexa ich liege im krankenhaus und mir ist langweilig hauptstadt von {} | burundi=BI; südsudan=SS; zentralafrikanische republik=CF

# Christmas market, Advent, Karneval, Oktoberfest.
feste | beim adventskalenderrätsel heute die hauptstadt von {} | finnland=FI; norwegen=NO; grönland=GL
feste | ich geh als {} zum fasching was ist da die hauptstadt | mexiko=MX; japan=JP; jamaika=JM
feste | am glühweinstand gewettet hauptstadt von {} | dänemark=DK; island=IS; färöer=FO
feste | auf der wiesn am tisch sitzen leute aus {} was ist deren hauptstadt | australien=AU; neuseeland=NZ; kanada=CA

# TV quiz.
tv-quiz | bei klein gegen groß kam gerade die hauptstadt von {} | bhutan=BT; laos=LA; usbekistan=UZ
tv-quiz | das quiz fragt hauptstadt von {} a b c oder d | aserbaidschan=AZ; armenien=AM; georgien=GE
tv-quiz | schnell bevor die zeit abläuft die hauptstadt von {} | burkina faso=BF; guinea-bissau=GW; cabo verde=CV

# Board games, escape room, podcast.
spieleabend | wir spielen weltreise und brauchen die hauptstadt von {} | antigua und barbuda=AG; barbados=BB; bahamas=BS
spieleabend | im escape room ist der code die hauptstadt von {} | grenada=GD; dominica=DM; sankt lucia=LC
spieleabend | für unseren podcast kurz die hauptstadt von {} | trinidad und tobago=TT; belize=BZ; haiti=HT

# Homework.
hausaufgaben | für erdkunde brauch ich die hauptstadt von {} | simbabwe=ZW; sambia=ZM; tunesien=TN
hausaufgaben | mein lehrer will morgen die hauptstadt von {} wissen | marokko=MA; mali=ML; niger=NE
hausaufgaben | auf dem arbeitsblatt steht hauptstadt von {} | guinea=GN; äquatorialguinea=GQ; são tomé und príncipe=ST

# Sport.
sport | der marathon ist in {} welche stadt ist die hauptstadt | kenia=KE; äthiopien=ET; japan=JP
sport | die formel eins fährt in {} was ist dort die hauptstadt | bahrain=BH; saudi-arabien=SA; aserbaidschan=AZ
sport | der handballverein spielt gegen einen club aus {} was ist die hauptstadt | dänemark=DK; nordmazedonien=MK; kroatien=HR
sport | beim segelkurs auf der ostsee die hauptstadt von {} | schweden=SE; litauen=LT; polen=PL

# Kitchen.
kueche | ich koch gerade was aus {} wie heißt die hauptstadt da | marokko=MA; indien=IN; peru=PE
kueche | die hände voller teig alexa hauptstadt von {} | georgien=GE; vietnam=VN; ägypten=EG

# Car.
im-auto | wir fahren gerade durch {} was ist die hauptstadt | österreich=AT; slowenien=SI; tschechien=CZ
im-auto | die kinder hinten fragen nach der hauptstadt von {} | italien=IT; frankreich=FR; spanien=ES

# News.
nachrichten | in den nachrichten kam {} was ist da die hauptstadt | sudan=SD; jemen=YE; haiti=HT
nachrichten | die tagesthemen reden von {} wo ist da die hauptstadt | venezuela=VE; nicaragua=NI; myanmar=MM

# Terse keyword forms.
terse | hauptstadt {} | kuwait=KW; katar=QA; tonga=TO
terse | {} hauptstadt | jamaika=JM; suriname=SR; paraguay=PY
terse | {} hauptstadt bitte | kiribati=KI; vanuatu=VU; tuvalu=TV

# English mixed in.
englisch-mix | what's the capital of äh ich mein die hauptstadt von {} | südafrika=ZA; uganda=UG; ruanda=RW
englisch-mix | quick question die capital von {} | turkmenistan=TM; usbekistan=UZ; kasachstan=KZ
englisch-mix | sorry wie heißt nochmal die capital city von {} | irland=IE; schottland=GB-SCT; wales=GB-WLS

# Recognition artefacts.
asr-artefakt | haupt stadt von {} | osterreich=AT; tuerkei=TR; ruamänien=RO
asr-artefakt | was ist die hauptstadtvon {} | daenemark=DK; ungarn=HU; grichenland=GR
asr-artefakt | was is die haupstadt von {} | schweitz=CH; belgjen=BE; lichtenstein=LI
asr-artefakt | was ist die hauptstatt von {} | kamerun=CM; kongo=CD+CG; tschad=TD
asr-artefakt | wie heist die hauptstadt von {} | äthiopien=ET; moçambique=MZ; malaysia=MY

# One-shot through the invocation name.
one-shot | frag hauptstädte der welt nach der hauptstadt von {} | guatemala=GT; ecuador=EC; uruguay=UY
one-shot | sag hauptstädte der welt ich will die hauptstadt von {} wissen | jordanien=JO; syrien=SY; algerien=DZ
one-shot | öffne hauptstädte der welt und sag mir die hauptstadt von {} | mauritius=MU; seychellen=SC; komoren=KM

# Follow-ups after an answer.
follow-up | und von {} | pakistan=PK; afghanistan=AF; iran=IR
follow-up | und was ist mit {} | bangladesch=BD; nepal=NP; sri lanka=LK
follow-up | okay und {} | brunei=BN; philippinen=PH; indonesien=ID
follow-up | jetzt noch {} | lesotho=LS; eswatini=SZ; botsuana=BW
follow-up | und wie ist das bei {} | bolivien=BO; chile=CL; argentinien=AR
follow-up | gut und die von {} | neuseeland=NZ; fidschi=FJ; salomonen=SB
follow-up | noch eins {} | gambia=GM; guinea=GN; ghana=GH
follow-up | und bei {} | dominica=DM; sankt kitts und nevis=KN; sankt vincent und die grenadinen=VC

# Plural: countries with several capitals.
plural-capitals | welche hauptstädte hat {} | südafrika=ZA; bolivien=BO; die niederlande=NL
plural-capitals | wie heißen die hauptstädte von {} | malaysia=MY; benin=BJ; sri lanka=LK
plural-capitals | {} hat doch mehrere hauptstädte oder welche sind das | eswatini=SZ; die elfenbeinküste=CI; palästina=PS
plural-capitals | nenn mir alle hauptstädte von {} | südafrika=ZA; bolivien=BO; malaysia=MY
plural-capitals | stimmt es dass {} zwei hauptstädte hat welche denn | holland=NL; benin=BJ; côte d'ivoire=CI
plural-capitals | was sind die beiden hauptstädte von {} | sri lanka=LK; eswatini=SZ; palästina=PS
plural-capitals | welche drei hauptstädte hat südafrika noch mal | ZA
plural-capitals | in welchen städten sitzt die regierung von bolivien | BO
plural-capitals | hauptstädte der niederlande amsterdam und | NL

# Subdivisions.
subdivision | was ist die landeshauptstadt von {} | thüringen=DE-TH; sachsen-anhalt=DE-ST; mecklenburg-vorpommern=DE-MV
subdivision | wie heißt die hauptstadt von {} in deutschland | niedersachsen=DE-NI; hessen=DE-HE; saarland=DE-SL
subdivision | welche stadt ist hauptstadt vom bundesland {} | rheinland-pfalz=DE-RP; schleswig-holstein=DE-SH; brandenburg=DE-BB
subdivision | was ist die hauptstadt vom us-bundesstaat {} | kentucky=US-KY; vermont=US-VT; south dakota=US-SD
subdivision | die hauptstadt von {} in amerika | kalifornien=US-CA; nevada=US-NV; illinois=US-IL
subdivision | welche stadt ist die hauptstadt von {} in den usa | florida=US-FL; texas=US-TX; new york=US-NY
subdivision | die hauptstadt der kanadischen provinz {} | british columbia=CA-BC; alberta=CA-AB; manitoba=CA-MB
subdivision | was ist die hauptstadt von {} in australien | queensland=AU-QLD; tasmanien=AU-TAS; western australia=AU-WA
subdivision | hauptstadt vom indischen bundesstaat {} | kerala=IN-KL; rajasthan=IN-RJ; tamil nadu=IN-TN
subdivision | was ist die hauptstadt des mexikanischen bundesstaats {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | was ist denn die hauptstadt von {} | nordirland=GB-NIR; nunavut=CA-NU; yukon=CA-YT
subdivision | wie heißt die hauptstadt von {} eigentlich | bayern=DE-BY; baden-württemberg=DE-BW; nordrhein-westfalen=DE-NW
subdivision | und die hauptstadt vom staat {} in brasilien | amazonas=BR-AM; ceará=BR-CE; goiás=BR-GO

# Territories.
territory | was ist die hauptstadt von {} die inseln | kaimaninseln=KY; cookinseln=CK; falklandinseln=FK
territory | welcher ort ist hauptstadt von {} | guam=GU; puerto rico=PR; bermuda=BM
territory | die hauptstadt von {} gibt's da eine | französisch-polynesien=PF; neukaledonien=NC; martinique=MQ
territory | wie heißt der hauptort von {} | gibraltar=GI; isle of man=IM; jersey=JE
territory | hauptstadt von {} bitte | ålandinseln=AX; aruba=AW; curaçao=CW

# Out-of-domain and near misses.
out-of-domain | wie viele einwohner hat {} | kanada=FB; nigeria=FB; die mongolei=FB
out-of-domain | was ist die amtssprache von {} | brasilien=FB; belgien=FB; der schweiz=FB
out-of-domain | welche währung hat {} | ungarn=FB; polen=FB; japan=FB
out-of-domain | wer regiert gerade in {} | frankreich=FB; argentinien=FB; südafrika=FB
out-of-domain | wie sieht die flagge von {} aus | nepal=FB; kenia=FB; bhutan=FB
out-of-domain | was ist die größte stadt in {} | australien=FB; der türkei=FB; kanada=FB
out-of-domain | wie spät ist es gerade in {} | tokio=FB; sydney=FB; new york=FB
out-of-domain | wie weit ist es von hier nach {} | wien=FB; prag=FB; paris=FB
out-of-domain | wie wird das wetter morgen in {} | madrid=FB; lissabon=FB; oslo=FB
out-of-domain | was ist das höchste gebirge in {} | nepal=FB; chile=FB; der schweiz=FB
out-of-domain | welcher fluss fließt durch {} | budapest=FB; kairo=FB; bagdad=FB
out-of-domain | wie viele bundesländer hat deutschland | FB
out-of-domain | was heißt das wort kapital eigentlich | FB
out-of-domain | wie schreibt man hauptstadt mit großbuchstaben am anfang | FB
out-of-domain | welche stadt nennt man die hauptstadt der mode | FB
out-of-domain | wie viel startkapital brauche ich für eine firma | FB
out-of-domain | wer hat das kapital von karl marx geschrieben | FB
out-of-domain | spiel was von den toten hosen | FB
out-of-domain | stell einen timer auf zehn minuten | FB
out-of-domain | schreib milch auf die einkaufsliste | FB
out-of-domain | mach das licht im wohnzimmer an | FB
out-of-domain | wie alt ist die erde | FB
out-of-domain | erzähl mir einen witz | FB
out-of-domain | wie hoch ist der eiffelturm | FB
out-of-domain | wann fährt die nächste s-bahn | FB
out-of-domain | was kostet ein flug nach bangkok | FB
out-of-domain | wie heißt der präsident von brasilien | FB
out-of-domain | in welchem land liegt timbuktu | FB
out-of-domain | welche hauptstadt hat die meisten einwohner | FB
out-of-domain | ist berlin größer als hamburg | FB
out-of-domain | wie viele länder gibt es auf der welt | FB
out-of-domain | wo wurde goethe geboren | FB
out-of-domain | welche stadt ist die bierhauptstadt von deutschland | FB
out-of-domain | wie lange brauche ich mit dem auto nach rom | FB
out-of-domain | welcher kontinent ist am größten | FB
out-of-domain | wie viel ist ein euro in dollar | FB
out-of-domain | was bedeutet kapitalertragsteuer | FB
out-of-domain | spiel die nationalhymne von italien | FB
out-of-domain | wer hat gestern in der bundesliga gewonnen | FB
out-of-domain | wie heißt der bürgermeister von berlin | FB
out-of-domain | welche sprache spricht man in österreich | FB
out-of-domain | wie viele einwohner hat die hauptstadt von frankreich | FB
out-of-domain | wann wurde berlin hauptstadt | FB
out-of-domain | warum ist bonn nicht mehr hauptstadt | FB
out-of-domain | was für ein klima hat island | FB
out-of-domain | wie heißen die nachbarländer von polen | FB
out-of-domain | welche vorwahl hat dänemark | FB
out-of-domain | brauch ich ein visum für indien | FB
out-of-domain | was ist das nationalgericht von ungarn | FB
out-of-domain | wie groß ist russland in quadratkilometern | FB
out-of-domain | welches land hat die meisten inseln | FB
out-of-domain | wo liegt eigentlich burkina faso auf der karte | FB
out-of-domain | was ist die steckdose in england für eine | FB
out-of-domain | wie lange fliegt man nach neuseeland | FB
out-of-domain | welche hauptstadt liegt am höchsten | FB
out-of-domain | was ist größer kanada oder china | FB
out-of-domain | wie viele zeitzonen hat russland | FB
out-of-domain | was ist die hauptstadt von atlantis | FB
out-of-domain | was ist die hauptstadt von mittelerde | FB
out-of-domain | erzähl mir was über die geschichte von rom | FB
out-of-domain | wie heißt der längste fluss europas | FB
out-of-domain | wie sagt man hauptstadt auf englisch | FB
out-of-domain | was ist ein kapitalverbrechen | FB
out-of-domain | wer hat die weltmeisterschaft zweitausendvierzehn gewonnen | FB
out-of-domain | welche farbe hat die flagge von irland | FB
out-of-domain | wo kann ich in der nähe tanken | FB
out-of-domain | ruf mama an | FB
out-of-domain | wie viele kalorien hat eine banane | FB
out-of-domain | was läuft heute abend im fernsehen | FB
out-of-domain | lies mir die nachrichten vor | FB
out-of-domain | wie ist der wasserstand der elbe | FB
out-of-domain | in welchem bundesland liegt nürnberg | FB
out-of-domain | wie viele einwohner hat münchen | FB
out-of-domain | wann ist der nächste feiertag | FB
out-of-domain | welche hauptstadt ist die älteste der welt | FB
out-of-domain | wie heißt die königin von dänemark | FB
out-of-domain | was ist die landesvorwahl von österreich | FB
out-of-domain | welches land hat die form eines stiefels | FB
out-of-domain | zeig mir eine weltkarte | FB
out-of-domain | was kann man in lissabon besichtigen | FB
out-of-domain | wie heißt der hauptbahnhof von zürich | FB
out-of-domain | was ist das kapital einer aktiengesellschaft | FB
out-of-domain | wie hoch ist die zugspitze | FB
out-of-domain | mach mal musik aus brasilien an | FB
out-of-domain | wer war der erste bundeskanzler | FB
out-of-domain | wie viele sterne hat die flagge der usa | FB
out-of-domain | welche länder grenzen an die schweiz | FB
out-of-domain | wie lautet die postleitzahl von bonn | FB
out-of-domain | welche stadt ist dieses jahr kulturhauptstadt europas | FB
out-of-domain | bestell mir eine pizza | FB
out-of-domain | wie viel uhr ist es | FB
out-of-domain | welche stadt war die hauptstadt der ddr | FB
out-of-domain | wie viele einwohner hat afrika | FB
out-of-domain | wo liegt die hauptstadt von kanada auf der karte | FB
out-of-domain | wie heißt die währung in der schweiz | FB
out-of-domain | wie viele menschen leben in peking | FB
out-of-domain | was isst man in georgien zum frühstück | FB
out-of-domain | ist tokio die größte stadt der welt | FB

# Help.
help | hilfe | HELP
help | ich brauch mal hilfe | HELP
help | was kann ich dich hier alles fragen | HELP
help | wie funktioniert das hier eigentlich | HELP
help | erklär mir bitte wie das geht | HELP
help | äh hilfe ich komm nicht weiter | HELP
help | was muss ich sagen | HELP
help | wie benutze ich das | HELP
help | hilf mir mal bitte | HELP
help | was geht hier alles | HELP
help | ich weiß nicht was ich fragen soll | HELP
help | kannst du mir helfen | HELP
help | welche fragen verstehst du | HELP
help | wie frag ich dich nach einer hauptstadt | HELP
help | sag mir was ich machen kann | HELP
help | hilfe bitte ich versteh das nicht | HELP
help | mama wie geht das alexa hilfe | HELP
help | was kann das spiel | HELP
help | gib mir mal ein paar tipps | HELP
help | ich bin neu hier was mach ich jetzt | HELP
help | bedienungsanleitung bitte | HELP
help | wie geht das mit den hauptstädten | HELP
help | erklärung bitte | HELP
help | hilfe was soll ich sagen | HELP

# Stop.
stop | stopp | STOP
stop | stopp jetzt | STOP
stop | hör auf | STOP
stop | hör jetzt bitte auf | STOP
stop | sei still | STOP
stop | ruhe jetzt | STOP
stop | aus | STOP
stop | alexa aus | STOP
stop | schluss jetzt | STOP
stop | schluss für heute | STOP
stop | das reicht jetzt stopp | STOP
stop | genug jetzt | STOP
stop | halt stopp | STOP
stop | stopp bitte | STOP
stop | hör mal auf zu reden | STOP
stop | ich will nicht mehr spielen hör auf | STOP
stop | stopp stopp stopp | STOP
stop | jetzt ist gut aufhören | STOP
stop | aufhören | STOP
stop | beende das jetzt | STOP
stop | klappe jetzt | STOP
stop | ende | STOP
stop | mach aus | STOP
stop | halt die klappe alexa | STOP

# Cancel.
cancel | abbrechen | CANCEL
cancel | abbrechen bitte | CANCEL
cancel | brich ab | CANCEL
cancel | brich das ab | CANCEL
cancel | vergiss es | CANCEL
cancel | ach vergiss es | CANCEL
cancel | nee vergiss es wieder | CANCEL
cancel | abbruch | CANCEL
cancel | vorgang abbrechen | CANCEL
cancel | abbrechen abbrechen | CANCEL
cancel | lass gut sein vergiss es | CANCEL
cancel | bitte abbrechen | CANCEL
cancel | das abbrechen | CANCEL
cancel | abbrechen ich hab mich vertan | CANCEL
cancel | vergiss die frage | CANCEL
cancel | ach nee abbrechen | CANCEL
cancel | egal vergiss es einfach | CANCEL
cancel | brich bitte ab | CANCEL
cancel | frage abbrechen | CANCEL
cancel | vergessen sie das bitte | CANCEL
cancel | alexa abbrechen | CANCEL
cancel | hab's mir anders überlegt abbrechen | CANCEL
cancel | vergiss es alexa | CANCEL

# Launch.
launch | öffne hauptstädte der welt | LAUNCH
launch | starte hauptstädte der welt | LAUNCH
launch | hauptstädte der welt starten | LAUNCH
launch | hauptstädte der welt öffnen bitte | LAUNCH
launch | spiel hauptstädte der welt | LAUNCH
launch | mach mal hauptstädte der welt auf | LAUNCH
launch | ich will hauptstädte der welt spielen | LAUNCH
launch | alexa starte bitte hauptstädte der welt | LAUNCH
launch | los geht's mit hauptstädte der welt | LAUNCH
launch | öffne mal die hauptstädte der welt | LAUNCH
launch | ähm starte hauptstädte der welt | LAUNCH
launch | hauptstädte der welt | LAUNCH

# Yes-no checks.
yes-no-check | ist {} die hauptstadt von kanada | ottawa=CA; toronto=CA; montreal=CA
yes-no-check | stimmt es dass {} die hauptstadt von australien ist | sydney=AU; canberra=AU; melbourne=AU
yes-no-check | ist istanbul die hauptstadt der {} | türkei=TR
yes-no-check | hat {} als hauptstadt zürich | die schweiz=CH
yes-no-check | ist lagos noch die hauptstadt von {} | nigeria=NG
yes-no-check | ich dachte die hauptstadt von {} ist rio stimmt das | brasilien=BR
yes-no-check | hauptstadt von {} ist doch casablanca oder | marokko=MA
yes-no-check | ist almaty die hauptstadt von {} | kasachstan=KZ
yes-no-check | ist die hauptstadt von {} immer noch dar es salaam | tansania=TZ
yes-no-check | liege ich richtig dass die hauptstadt von {} karachi ist | pakistan=PK
yes-no-check | ist yangon die hauptstadt von {} | myanmar=MM
yes-no-check | bonn war doch mal hauptstadt von {} ist das noch so | deutschland=DE
yes-no-check | ist auckland die hauptstadt von {} | neuseeland=NZ
yes-no-check | stimmt abidjan als hauptstadt von {} | côte d'ivoire=CI
yes-no-check | ist new york die hauptstadt von {} | amerika=US

# Self-corrections.
self-correction | die hauptstadt von {} | österreich nein ich mein ungarn=HU; schweden äh norwegen=NO; peru nee chile=CL
self-correction | äh was ist die hauptstadt von {} | slowakei quatsch slowenien=SI; niger ach nein nigeria=NG; iran sorry irak=IQ
self-correction | hauptstadt von {} | island moment irland=IE; austria ich mein australien=AU; gambia oder nein sambia=ZM
self-correction | wie heißt die hauptstadt von {} bitte | lettland halt litauen=LT; mali äh malawi=MW; kolumbien nein kambodscha=KH
self-correction | sag mir die hauptstadt von {} | guinea nein guinea-bissau=GW; dominica ich mein die dominikanische republik=DO; sudan also südsudan=SS
self-correction | die hauptstadt von tschechien äh moment von der slowakei | SK

# Reverse questions.
reverse-question | von welchem land ist {} die hauptstadt | bern=CITY:Bern; canberra=CITY:Canberra; ottawa=CITY:Ottawa
reverse-question | {} ist die hauptstadt von welchem land | ouagadougou=CITY:Ouagadougou; bischkek=CITY:Bischkek; asmara=CITY:Asmara
reverse-question | zu welchem land gehört die hauptstadt {} | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | welches land hat {} als hauptstadt | tiflis=CITY:Tiflis; eriwan=CITY:Eriwan; baku=CITY:Baku
reverse-question | wovon ist {} die hauptstadt | victoria=CITY:Victoria; kingston=CITY:Kingston; la paz=CITY:La Paz
reverse-question | {} ist hauptstadt von wo | montevideo=CITY:Montevideo; asunción=CITY:Asunción; quito=CITY:Quito
reverse-question | in welchem land ist {} hauptstadt | vientiane=CITY:Vientiane; ulaanbaatar=CITY:Ulaanbaatar; thimphu=CITY:Thimphu
reverse-question | welches land gehört zur hauptstadt {} | reykjavík=CITY:Reykjavík; valletta=CITY:Valletta; nikosia=CITY:Nikosia

# Official names.
official-name | was ist die hauptstadt der {} | bundesrepublik deutschland=DE; republik österreich=AT; schweizerischen eidgenossenschaft=CH
official-name | wie heißt die hauptstadt des {} | königreichs der niederlande=NL; vereinigten königreichs=GB; königreichs spanien=ES
official-name | die hauptstadt der {} bitte | volksrepublik china=CN; russischen föderation=RU; republik korea=KR
official-name | hauptstadt der {} | demokratischen volksrepublik korea=KP; islamischen republik iran=IR; republik der union myanmar=MM
official-name | welche stadt ist hauptstadt der {} | vereinigten mexikanischen staaten=MX; föderativen republik brasilien=BR; demokratischen republik kongo=CD
official-name | was ist die hauptstadt vom {} | großherzogtum luxemburg=LU; fürstentum liechtenstein=LI; königreich marokko=MA
official-name | und was ist die hauptstadt der {} | republik moldau=MD; hellenischen republik=GR; arabischen republik ägypten=EG

# Everyday, old and short names.
everyday-name | was ist die hauptstadt von {} | holland=NL; amerika=US; england=GB-ENG
everyday-name | wie heißt die hauptstadt von {} | weißrussland=BY; tschechei=CZ; moldawien=MD
everyday-name | die hauptstadt von {} bitte schön | den usa=US; den emiraten=AE; großbritannien=GB
everyday-name | welche stadt ist die hauptstadt von {} | burma=MM; swasiland=SZ; mazedonien=MK
everyday-name | was war die hauptstadt von {} | osttimor=TL; kapverden=CV; birma=MM
everyday-name | sag mir mal die hauptstadt von {} | ceylon=LK; persien=IR; siam=TH
everyday-name | wie heißt die hauptstadt vom alten {} | zaire=CD; dahomey=BJ; obervolta=BF
everyday-name | was ist nochmal die hauptstadt von {} | vae=AE; elfenbeinküste=CI; kongo-kinshasa=CD

# Shared names meaning several places.
shared-name | was ist die hauptstadt von {} bitte | korea=KP+KR; den beiden koreas=KP+KR
shared-name | welche hauptstadt hat {} | kongo=CD+CG; georgia=GE+US-GA; die jungferninseln=VG+VI
shared-name | wie heißt eigentlich die hauptstadt von {} | korea=KP+KR; georgia=GE+US-GA; den jungferninseln=VG+VI
shared-name | hauptstadt vom {} | kongo=CD+CG
# Second batch: more speakers and situations.
beekeeper | beim imkern frag ich mich was ist die hauptstadt von {} | slowenien=SI; ungarn=HU; georgien=GE
beekeeper | die bienen schwärmen und ich will wissen die hauptstadt von {} | neuseeland=NZ; kanada=CA; chile=CL
kreuzfahrt | unser schiff legt in {} an was ist die hauptstadt | barbados=BB; grenada=GD; bahamas=BS
kreuzfahrt | auf der kreuzfahrt geht's nach {} welche ist dort die hauptstadt | norwegen=NO; island=IS; estland=EE
kreuzfahrt | der nächste hafen ist in {} wie heißt die hauptstadt | montenegro=ME; albanien=AL; malta=MT
gute-nacht | papa ich kann nicht schlafen was ist die hauptstadt von {} | der antarktis=AQ; australien=AU; brasilien=BR
gute-nacht | im atlas ist ein bild von {} was ist da die hauptstadt | ägypten=EG; peru=PE; indien=IN
gute-nacht | ich bin sechs und will wissen die hauptstadt von {} | china=CN; russland=RU; amerika=US
fantasy-fussball | mein spieler kommt aus {} was ist die hauptstadt | senegal=SN; ghana=GH; kamerun=CM
fantasy-fussball | der neue stürmer ist aus {} wo ist die hauptstadt | elfenbeinküste=CI; nigeria=NG; mali=ML
fantasy-fussball | unser torwart kommt aus {} welche hauptstadt hat das | georgien=GE; slowakei=SK; bosnien=BA
bundeswehr | einsatz in {} was ist dort die hauptstadt | mali=ML; litauen=LT; niger=NE
bundeswehr | der spieß will die hauptstadt von {} wissen | jordanien=JO; irak=IQ; kosovo=XK
fahrschule | in der theoriestunde kam die frage nach der hauptstadt von {} | belgien=BE; niederlande=NL; luxemburg=LU
weihnachtsmarkt | am stand gibt's sachen aus {} was ist die hauptstadt | nepal=NP; peru=PE; bolivien=BO
weihnachtsmarkt | die nussknacker kommen aus {} wie heißt da die hauptstadt | tschechien=CZ; polen=PL; russland=RU
banat-siebenbuergen | gelle alexa die hauptstadt von {} weißt du die | ukraine=UA; belarus=BY; moldau=MD
hunsrik-brasil | mei oma fragt was die hauptstadt von {} is | paraguay=PY; uruguay=UY; bolivien=BO
schlesien-oma | ach kindla frag mal die alexa nach der hauptstadt von {} | rumänien=RO; bulgarien=BG; ungarn=HU
griechisch-deutsch | ela re die hauptstadt von {} wie war die | armenien=AM; aserbaidschan=AZ; iran=IR
balkan-deutsch | ajde sag schon die hauptstadt von {} | serbien=RS; kroatien=HR; montenegro=ME
ukrainisch-lerner | bitte langsam sprechen welche hauptstadt hat {} | finnland=FI; estland=EE; lettland=LV
vietnamesisch-deutsch | meine oma fragt welche stadt hauptstadt ist von {} | laos=LA; myanmar=MM; malaysia=MY
expat-sued | madre mía was ist die hauptstadt von {} noch mal | venezuela=VE; kolumbien=CO; ecuador=EC
genitive-case | was ist die hauptstadt {} | kenias=KE; chinas=CN; brasiliens=BR
genitive-case | nenn mir die hauptstadt des {} | kongo=CD+CG; senegal=SN; sudan=SD
genitive-case | sag mir die hauptstadt der {} | philippinen=PH; komoren=KM; seychellen=SC
terse | hauptstadt von {} schnell | katar=QA; bahrain=BH; kuwait=KW
terse | {} hauptstadt welche | tonga=TO; samoa=WS; fidschi=FJ
terse | {} die hauptstadt | ruanda=RW; burundi=BI; uganda=UG
englisch-mix | okay google äh alexa die hauptstadt von {} | singapur=SG; thailand=TH; indonesien=ID
englisch-mix | was ist die capital von {} you know | ghana=GH; kenia=KE; tansania=TZ
asr-artefakt | was ist die haupt stadt von {} | marocko=MA; tunesien=TN; aegypten=EG
asr-artefakt | hauptstadt von {} bitte schön | kirgistan=KG; tadschikistan=TJ; usbekistan=UZ
asr-artefakt | was ist die hauptstadt von der {} | tuerkei=TR; schweiz=CH; mongolei=MN
plain-question | verrätst du mir mal die hauptstadt von {} | jemen=YE; oman=OM; saudi-arabien=SA
plain-question | welche stadt ist in {} die hauptstadt | südkorea=KR; nordkorea=KP; japan=JP
plain-question | wie lautet die hauptstadt von {} | taiwan=TW; westsahara=EH; palästina=PS
filler-hesitation | tja ähm keine ahnung was ist die hauptstadt von {} | eritrea=ER; dschibuti=DJ; somalia=SO
filler-hesitation | moment äh die hauptstadt von {} wie hieß die | namibia=NA; angola=AO; sambia=ZM
senioren | wissen sie vielleicht die hauptstadt von {} | guatemala=GT; panama=PA; costa rica=CR
senioren | zu meiner zeit war das anders was ist heute die hauptstadt von {} | kasachstan=KZ; myanmar=MM; nigeria=NG
follow-up | und die hauptstadt von {} dann | tunesien=TN; algerien=DZ; libyen=LY
follow-up | und jetzt {} bitte | kuba=CU; jamaika=JM; haiti=HT
follow-up | ach so und {} | mexiko=MX; belize=BZ; honduras=HN
follow-up | was ist mit {} | bayern=DE-BY; hessen=DE-HE; sachsen=DE-SN
subdivision | was ist die hauptstadt von {} in indien | goa=IN-GA; punjab=IN-PB; westbengalen=IN-WB
subdivision | welche stadt ist hauptstadt vom staat {} in brasilien | bahia=BR-BA; pará=BR-PA; paraná=BR-PR
subdivision | hauptstadt des bundesstaats {} | oregon=US-OR; wisconsin=US-WI; missouri=US-MO
subdivision | welche ist die hauptstadt von {} in kanada | ontario=CA-ON; québec=CA-QC; nova scotia=CA-NS
subdivision | hauptstadt von {} in großbritannien | england=GB-ENG; schottland=GB-SCT; wales=GB-WLS
subdivision | was ist die landeshauptstadt von {} bitte | sachsen=DE-SN; bremen=DE-HB; hamburg=DE-HH
subdivision | welche stadt ist hauptstadt des australischen bundesstaats {} | victoria=AU-VIC; new south wales=AU-NSW; south australia=AU-SA
territory | was ist der hauptort auf {} | réunion=RE; guadeloupe=GP; mayotte=YT
territory | die hauptstadt von {} weißt du die | grönland=GL; färöer=FO; spitzbergen=SJ
territory | welche stadt ist hauptstadt auf {} | guernsey=GG; sankt helena=SH; anguilla=AI
plural-capitals | welche hauptstädte gibt es in {} | südafrika=ZA; den niederlanden=NL; bolivien=BO
plural-capitals | sind das zwei hauptstädte in {} welche | malaysia=MY; benin=BJ; sri lanka=LK
plural-capitals | zähl mir die hauptstädte von {} auf | eswatini=SZ; der elfenbeinküste=CI; palästina=PS
reverse-question | {} ist die hauptstadt wovon | dakar=CITY:Dakar; bamako=CITY:Bamako; niamey=CITY:Niamey
reverse-question | welches land hat die hauptstadt {} | lusaka=CITY:Lusaka; harare=CITY:Harare; lilongwe=CITY:Lilongwe
reverse-question | zu welchem staat gehört {} als hauptstadt | sucre=CITY:Sucre; putrajaya=CITY:Putrajaya; den haag=CITY:Den Haag
yes-no-check | ist {} die hauptstadt der usa | new york=US; washington=US; los angeles=US
yes-no-check | stimmt es dass {} die hauptstadt von indien ist | mumbai=IN; neu-delhi=IN; kalkutta=IN
yes-no-check | ist {} wirklich die hauptstadt von vietnam | hanoi=VN; saigon=VN
self-correction | sag mal hauptstadt von {} bitte | korea äh südkorea=KR; kongo nein ich meine die republik kongo=CG; nordkorea quatsch südkorea=KR
self-correction | was ist denn jetzt die hauptstadt von {} | bayern nein sachsen=DE-SN; texas äh kalifornien=US-CA; hessen ich mein thüringen=DE-TH
official-name | wie heißt die hauptstadt der {} | republik indien=IN; vereinigten staaten von amerika=US; republik südafrika=ZA
official-name | welche stadt ist die hauptstadt des {} | königreichs thailand=TH; königreichs norwegen=NO; haschemitischen königreichs jordanien=JO
everyday-name | die hauptstadt von {} bitte | nordmazedonien früher mazedonien=MK; kirgisien=KG; weissrussland=BY
everyday-name | wie heißt die hauptstadt von {} heute | rhodesien=ZW; ceylon=LK; formosa=TW
shared-name | die hauptstadt von {} bitte mal | korea=KP+KR; georgia=GE+US-GA; jungferninseln=VG+VI
shared-name | welche hauptstädte haben die beiden {} | koreas=KP+KR

help | hilfe ich kenn mich hier nicht aus | HELP
help | wie spielt man das | HELP
help | ähm was soll ich jetzt machen | HELP
help | erklär mir das spiel | HELP
help | was für fragen kann ich stellen | HELP
help | ich hab keine ahnung wie das geht hilfe | HELP
help | kannst du mir das mal erklären | HELP
help | hilfestellung bitte | HELP
help | wie geht das nochmal | HELP
help | ich brauche unterstützung | HELP
help | was bietest du an | HELP
help | zeig mir wie das funktioniert | HELP
help | was muss ich da sagen alexa | HELP
help | opa braucht hilfe mit dem ding | HELP
stop | stopp alexa | STOP
stop | hör sofort auf | STOP
stop | nicht mehr reden | STOP
stop | ist gut jetzt aus | STOP
stop | alexa hör auf | STOP
stop | feierabend aus | STOP
stop | ruhe bitte | STOP
stop | still jetzt | STOP
stop | beenden | STOP
stop | spiel beenden | STOP
stop | stopp ich hab keine lust mehr | STOP
stop | jetzt reicht's aber | STOP
stop | hör auf zu quatschen | STOP
stop | okay stopp danke | STOP
cancel | ach abbrechen | CANCEL
cancel | abbrechen danke | CANCEL
cancel | nee lass mal abbrechen | CANCEL
cancel | vergiss das wieder | CANCEL
cancel | vergiss das bitte | CANCEL
cancel | brich das mal ab | CANCEL
cancel | abbrechen alexa | CANCEL
cancel | egal abbrechen | CANCEL
cancel | vergiss es war nur ein test | CANCEL
cancel | stornieren | CANCEL
cancel | das kannst du abbrechen | CANCEL
cancel | abbrechen bitte sofort | CANCEL
cancel | vergiss meine frage | CANCEL
cancel | och nö vergiss es | CANCEL
launch | hauptstädte der welt bitte öffnen | LAUNCH
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | öffne das spiel hauptstädte der welt | LAUNCH
launch | wir wollen hauptstädte der welt spielen | LAUNCH
launch | starte den skill hauptstädte der welt | LAUNCH
launch | ähm öffne hauptstädte der welt | LAUNCH
out-of-domain | wie heißt die hauptstadt meines herzens | FB
out-of-domain | schreibt man hauptstadt groß oder klein | FB
out-of-domain | wann ist die nächste wahl in frankreich | FB
out-of-domain | wie viele inseln hat griechenland | FB
out-of-domain | welche religion hat indonesien | FB
out-of-domain | was ist das bruttoinlandsprodukt von japan | FB
out-of-domain | wer ist der könig von schweden | FB
out-of-domain | was ist die nationalblume von japan | FB
out-of-domain | wie viele einwohner hat berlin | FB
out-of-domain | wie kalt ist es in moskau | FB
out-of-domain | mach eine quizrunde über flaggen | FB
out-of-domain | welcher ist der kleinste staat der welt | FB
out-of-domain | wie heißt die hymne von frankreich | FB
out-of-domain | wann ist sonnenuntergang in madrid | FB
out-of-domain | hast du ein rezept für gulasch | FB
out-of-domain | welche sprache spricht man in brasilien | FB
out-of-domain | was ist die abkürzung für österreich beim auto | FB
out-of-domain | welche hauptstadt hat mehr einwohner rom oder paris | FB
out-of-domain | in welchem jahr wurde brasília gebaut | FB
out-of-domain | was bedeutet das wort hauptstadt | FB
"""

if __name__ == "__main__":
    build_round(22, "de", LINES, sys.argv, "tests/Eval/de/round22/source/build_corpus.py")
