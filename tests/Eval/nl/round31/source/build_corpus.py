"""Round 31, Dutch (nl-NL): a new author's own mix, written blind (brief WRITER45.md). Speakers chosen away from the
groups of the Dutch rounds 27 to 30: Zeeuwen from Walcheren, Zierikzee and Zeeuws-Vlaanderen ("ik wee het nie", "zò",
"nie", "ik zou het nie weten", the pilot on the Westerschelde, the pier in Vlissingen), Twentenaren from Enschede, Almelo
and Oldenzaal ("joa", "noaber", "nen", "hiet", "het erf", FC Twente), Groningers from the Stad, Delfzijl and Appingedam
("moi", "nou wat is dat nou", "mien", "hou kinnen"), Limburgers from Maastricht, Venlo and Heerlen ("hoe is het jong",
"allee", "ich", "neet", "mer", vastelaovend), Friezen from Leeuwarden, Sneek and Drachten (Frisian mixed in: "heit",
"mem", "haadstêd fan", "hoe hjit", "lit mar"), Surinamese Dutch from the Bijlmer and The Hague ("baya", "mi boi", "fa
waka", "no span", "ala"), Turkish Dutch ("abi", "abla", "yani", "wallah", "tamam", "hadi", "kardesj"), Polish Dutch in
the Westland glasshouses ("dobra", "tak", "no", "prosze", article-less learner grammar), Indisch elders in The Hague and
Bronbeek ("adoe", "kassian", "ajo", "sudah", "tjoek"), Antilleans in Rotterdam-Zuid ("dushi", "ban", "mi amor", "kon ta
bai"), children and elders. Situations: a klaverjas club in the community centre, the flower auction in Aalsmeer, a pub
quiz, a lorry driver on the A1, a hairdresser, a student house, a scout camp, a sauna, a cleaner at Schiphol, a knitting
club, the Christmas crossword.
Plus follow-ups, plural capitals, subdivisions and territories, yes/no checks (right and wrong guesses),
self-corrections ("nee", "eh nee", "nee wacht", "sorry", "of eigenlijk", "verkeerd ik bedoel", "laat maar"), reverse
questions, official, everyday and old names, shared names, launch, help, stop and cancel in those speakers' words, and
out-of-domain requests and near misses (Dutch, Belgian and other provinces and regions, islands, continents, fictional
and former countries, "culturele hoofdstad", "modehoofdstad", hoofdletter, kapitaal, startkapitaal).
`python3 tests/Eval/nl/round31/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 31's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Zeeuwen (Walcheren, Zierikzee, Zeeuws-Vlaanderen)
zeeuws | ik wee het nie hoor wat is de hoofdstad van {} | andorra=AD; de verenigde arabische emiraten=AE; afghanistan=AF
zeeuws | zò zeg mie is wat de hoofdstad van {} is | antigua en barbuda=AG; albanië=AL; armenië=AM
zeeuws | m'n schoonzoon vaart op {} wat is daar de hoofdstad | angola=AO; argentinië=AR; australië=AU
zeeuws | op de pier in vlissingen vroeg een toerist de hoofdstad van {} | oostenrijk=AT; azerbeidzjan=AZ; bosnië en herzegovina=BA
zeeuws | de loods op de westerschelde wil weten de hoofdstad van {} | barbados=BB; bangladesh=BD; belgië=BE
# Twentenaren (Enschede, Almelo, Oldenzaal)
twents | joa wat is het hoofdstad van {} dan | burkina faso=BF; bulgarije=BG; bahrein=BH
twents | de noaber vroeg gister wat de hoofdstad van {} was | burundi=BI; brunei=BN; brazilië=BR
twents | ik heb het effen kwiet hoe hiet de hoofdstad van {} | de bahama's=BS; bhutan=BT; botswana=BW
twents | bie ons op het erf gaat het over {} wat is de hoofdstad | belarus=BY; belize=BZ; canada=CA
# Groningers (Stad, Delfzijl, Appingedam)
gronings | moi alexa wat is de hoofdstad van {} | de centraal-afrikaanse republiek=CF; zwitserland=CH; chili=CL
gronings | nou wat is dat nou de hoofdstad van {} | kameroen=CM; china=CN; colombia=CO
gronings | mien olle moeke vraagt de hoofdstad van {} | costa rica=CR; cuba=CU; kaapverdië=CV
gronings | in de kroeg op de grote markt wedden ze over de hoofdstad van {} | cyprus=CY; tsjechië=CZ; duitsland=DE
# Limburgers (Maastricht, Venlo, Heerlen)
limburgs | hoe is het jong wat is de hoofdstad van {} | djibouti=DJ; denemarken=DK; dominica=DM
limburgs | allee zeg ins wat de hoofdstad van {} is | de dominicaanse republiek=DO; algerije=DZ; ecuador=EC
limburgs | ich wil wete wat de hoofdstad van {} is | estland=EE; egypte=EG; eritrea=ER
limburgs | mit vastelaovend kwam ene oet {} wat is daar de hoofdstad | spanje=ES; ethiopië=ET; finland=FI
# Friezen (Leeuwarden, Sneek, Drachten)
fries | heit wol witte wat de haadstêd fan {} is | fiji=FJ; micronesia=FM; frankrijk=FR
fries | nou ja mem freget wat is de hoofdstad van {} | gabon=GA; het verenigd koninkrijk=GB; grenada=GD
fries | ja dus hoe hjit de hoofdstad van {} | georgië=GE; ghana=GH; gambia=GM
fries | by de elfstedentocht stond een man uit {} wat is daar de hoofdstad | guinee=GN; equatoriaal-guinea=GQ; griekenland=GR
# Surinaamse Nederlanders (Bijlmer, Den Haag Transvaal)
surinaams | baya alexa wat is de hoofdstad van {} | guatemala=GT; guinee-bissau=GW; guyana=GY
surinaams | mi boi vraagt me de hoofdstad van {} no span | honduras=HN; kroatië=HR; haïti=HT
surinaams | fa waka alexa ik moet de hoofdstad van {} weten | hongarije=HU; indonesië=ID; ierland=IE
surinaams | mijn tante in paramaribo wil de hoofdstad van {} weten | israël=IL; india=IN; irak=IQ
# Turkse Nederlanders (Zaandam, Deventer, Schilderswijk)
turks | abi wat is de hoofdstad van {} yani | iran=IR; ijsland=IS; italië=IT
turks | wallah ik weet niet de hoofdstad van {} jij weet | jamaica=JM; jordanië=JO; japan=JP
turks | tamam alexa zeg de hoofdstad van {} | kenia=KE; kirgizië=KG; cambodja=KH
turks | mijn abla zegt de hoofdstad van {} weet jij | kiribati=KI; de comoren=KM; saint kitts en nevis=KN
# Poolse Nederlanders (Westland, Venlo, seizoenwerk)
pools | dobra alexa wat is hoofdstad van {} | noord-korea=KP; zuid-korea=KR; koeweit=KW
pools | tak tak ik wil weten hoofdstad {} | kazachstan=KZ; laos=LA; libanon=LB
pools | in de kas mijn collega vraagt wat hoofdstad is van {} | saint lucia=LC; liechtenstein=LI; liberia=LR
# Indische ouderen (Den Haag, Bronbeek)
indisch | adoe kassian ik ben vergeten de hoofdstad van {} | lesotho=LS; litouwen=LT; luxemburg=LU
indisch | ajo alexa vertel eens de hoofdstad van {} | letland=LV; libië=LY; marokko=MA
indisch | sudah sudah wat was nou de hoofdstad van {} | monaco=MC; moldavië=MD; montenegro=ME
# Antillianen (Rotterdam Zuid)
antilliaans | dushi wat is de hoofdstad van {} | madagaskar=MG; de marshalleilanden=MH; noord-macedonië=MK
antilliaans | ai mi amor ik weet niet meer de hoofdstad van {} | mali=ML; myanmar=MM; mongolië=MN
antilliaans | ban alexa de hoofdstad van {} graag | mauritanië=MR; malta=MT; mauritius=MU
# klaverjasclub in het buurthuis
klaverjassen | troef is harten en wat is de hoofdstad van {} | de maldiven=MV; malawi=MW; mexico=MX
klaverjassen | roem van vijftig en de hoofdstad van {} is | mozambique=MZ; namibië=NA; niger=NE
# tulpenveiling Aalsmeer
veiling | de klok draait en een koper uit {} wat is daar de hoofdstad | nigeria=NG; nicaragua=NI; noorwegen=NO
veiling | de rozen gaan naar {} wat is daar eigenlijk de hoofdstad | nepal=NP; nauru=NR; nieuw-zeeland=NZ
# pubquiz in het café
pubquiz | ronde drie vraag vier wat is de hoofdstad van {} | oman=OM; panama=PA; peru=PE
pubquiz | de quizmaster wil de hoofdstad van {} horen | papoea-nieuw-guinea=PG; de filipijnen=PH; pakistan=PK
pubquiz | snel voor de bel wat is de hoofdstad van {} | polen=PL; portugal=PT; palau=PW
# vrachtwagenchauffeur op de A1
chauffeur | ik rij morgen naar {} wat is de hoofdstad daar | paraguay=PY; qatar=QA; roemenië=RO
chauffeur | op de parkeerplaats staat een truck uit {} wat is de hoofdstad | servië=RS; rusland=RU; rwanda=RW
# kapsalon
kapper | terwijl ik knip wat is de hoofdstad van {} | saoedi-arabië=SA; de salomonseilanden=SB; de seychellen=SC
kapper | mijn klant gaat op vakantie naar {} wat is de hoofdstad | soedan=SD; zweden=SE; singapore=SG
# studentenhuis
studenten | yo alexa voor mijn tentamen wat is de hoofdstad van {} | slovenië=SI; slowakije=SK; sierra leone=SL
studenten | mijn huisgenoot komt uit {} wat is de hoofdstad ook alweer | san marino=SM; senegal=SN; somalië=SO
studenten | ff serieus wat is de hoofdstad van {} | suriname=SR; zuid-soedan=SS; sao tomé en principe=ST
# scoutingkamp
scouting | bij het kampvuur vroeg een welp de hoofdstad van {} | el salvador=SV; syrië=SY; eswatini=SZ
scouting | voor de speurtocht moeten we de hoofdstad van {} weten | tsjaad=TD; togo=TG; thailand=TH
# sauna
sauna | in de finse sauna vroeg iemand de hoofdstad van {} | tadzjikistan=TJ; oost-timor=TL; turkmenistan=TM
sauna | na het opgietritueel wat is de hoofdstad van {} | tunesië=TN; tonga=TO; turkije=TR
# schoonmaker op Schiphol
schiphol | de vlucht naar {} is vertraagd wat is daar de hoofdstad | trinidad en tobago=TT; tuvalu=TV; tanzania=TZ
schiphol | bij gate d zit een familie uit {} wat is de hoofdstad | oekraïne=UA; oeganda=UG; de verenigde staten=US
# breiclub
breiclub | tussen twee naalden door wat is de hoofdstad van {} | uruguay=UY; oezbekistan=UZ; saint vincent en de grenadines=VC
breiclub | de wol komt uit {} wat is daar de hoofdstad | venezuela=VE; vietnam=VN; vanuatu=VU
# kerstpuzzel
puzzel | voor de kerstpuzzel zoek ik de hoofdstad van {} | samoa=WS; jemen=YE; zuid-afrika=ZA
puzzel | zeven letters de hoofdstad van {} | zambia=ZM; zimbabwe=ZW; nederland=NL
# Zeeuwen: single sentences
zeeuws | ik zou het nie weten wat is de hoofdstad van noorwegen | NO
zeeuws | aol die toeristen uut duutsland en ik weet de hoofdstad nie eens van duitsland | DE
zeeuws | in zierikzee hadden we het over kroatië wat is daar de hoofdstad | HR
zeeuws | m'n vader voer vroeger op ijsland hoe heet de hoofdstad daar | IS
zeeuws | zeg is eerlijk wat is de hoofdstad van ierland | IE
zeeuws | de mosselen gaan naar belgië maar wat is nou de hoofdstad daar | BE
zeeuws | bij de watersnoodramp kwam hulp uit amerika wat is de hoofdstad van amerika | US
zeeuws | in terneuzen lag een schip uit liberia wat is de hoofdstad | LR
zeeuws | ik gao naor portugal mee de caravan wat is de hoofdstad | PT
zeeuws | wat is toch de hoofdstad van malta ik kom er nie op | MT
twents | joa wat is het hoofdstad van zweden | SE
twents | bie de fc twente speelt ene uut ghana wat is daar de hoofdstad | GH
twents | ik heb nen neef in canada hoe hiet de hoofdstad | CA
twents | wat zeg ie alexa de hoofdstad van luxemburg | LU
twents | mien noaber geet noar oostenrijk op wintersport wat is de hoofdstad | AT
twents | wat is het hoofdstad van denemarken joa ik wil het wetten | DK
twents | de grens is hier vlakbij maar wat is nou de hoofdstad van duitsland | DE
twents | op de paaskamp vroeg ene de hoofdstad van tsjechië | CZ
twents | kump de hoofdstad van polen nog ergens voor | PL
gronings | moi wat is de hoofdstad van finland | FI
gronings | de gasboringen zijn ook in noorwegen wat is daar de hoofdstad | NO
gronings | in delfzijl ligt een boot uit rusland wat is de hoofdstad van rusland | RU
gronings | wat is dat nou joh de hoofdstad van estland | EE
gronings | mien jong studeert in edinburgh maar wat is de hoofdstad van schotland | GB-SCT
gronings | hou kinnen ze de hoofdstad van australië nou vergeten | AU
gronings | nou nou wat is de hoofdstad van litouwen dan | LT
gronings | bij de martinitoren vroeg een japanner de hoofdstad van japan | JP
limburgs | hoe is het wat is de hoofdstad van belgië | BE
limburgs | jong ich weet het neet wat is de hoofdstad van frankrijk | FR
limburgs | allee mer wat is noe de hoofdstad van italië | IT
limburgs | in venlo op de markt sjtaon ze te kijken wat is de hoofdstad van turkije | TR
limburgs | ich gaon nao zwitserland wat is daar de hoofdstad | CH
limburgs | sjoen weer vandaag wat is de hoofdstad van griekenland | GR
limburgs | in heerle werkde vreuger mijnwerkers uit marokko wat is de hoofdstad | MA
limburgs | de carnavalsprins wil de hoofdstad van oostenrijk weten | AT
fries | heit freget hoe hjit de haadstêd fan noarwegen | NO
fries | ja dus wat is de hoofdstad van denemarken | DK
fries | mem wit net wat de hoofdstad van ierland is | IE
fries | op it iis by sneek stiet ien út kanada wat is de hoofdstad | CA
fries | nou ja wat is no de hoofdstad fan sweden | SE
fries | myn pake wol witte de haadstêd fan dútslân | DE
surinaams | baya wat is de hoofdstad van suriname ik test je | SR
surinaams | mi boi wat is de hoofdstad van guyana naast ons | GY
surinaams | ala mijn familie zit in nederland en frans guyana wat is de hoofdstad van frans guyana | GF
surinaams | bro zeg me de hoofdstad van brazilië | BR
surinaams | no span alexa wat is de hoofdstad van trinidad en tobago | TT
surinaams | mijn oma komt uit india wat is daar de hoofdstad | IN
surinaams | fa waka ik ga naar indonesië wat is de hoofdstad daar | ID
surinaams | mi gado wat is de hoofdstad van ghana | GH
turks | abi wat is de hoofdstad van turkije is dat istanbul | TR
turks | yani wat is de hoofdstad van azerbeidzjan kardesj | AZ
turks | wallah mijn neef zegt iets anders wat is de hoofdstad van griekenland | GR
turks | tamam tamam wat is de hoofdstad van bulgarije | BG
turks | mijn vader rijdt elke zomer door servië wat is de hoofdstad | RS
turks | abla vraagt de hoofdstad van syrië | SY
turks | hadi alexa de hoofdstad van irak | IQ
turks | de hoofdstad van kazachstan abi snel | KZ
turks | inshallah weet jij de hoofdstad van turkmenistan | TM
pools | dobra wat is hoofdstad van polen ik test jou | PL
pools | no alexa hoofdstad van oekraïne is wat | UA
pools | tak ik wil weten wat is hoofdstad van litouwen | LT
pools | mijn baas vraagt hoofdstad van roemenië ik weet niet | RO
pools | in de kas mijn vriend uit bulgarije hoe heet hoofdstad van hem land | BG
pools | alexa prosze hoofdstad van slowakije | SK
pools | wat is hoofdstad van duitsland ik rij morgen daar | DE
pools | kurde ik vergeet altijd hoofdstad van moldavië | MD
indisch | adoe wat is de hoofdstad van indonesië tegenwoordig | ID
indisch | kassian mijn geheugen wat is de hoofdstad van de filipijnen | PH
indisch | ajo vertel oma de hoofdstad van maleisië | MY
indisch | sudah ik wil weten de hoofdstad van thailand | TH
indisch | tjoek die kleinzoon van mij vraagt de hoofdstad van japan | JP
indisch | wat is de hoofdstad van singapore non | SG
indisch | in bronbeek hadden ze het over birma wat is de hoofdstad | MM
antilliaans | dushi wat is de hoofdstad van venezuela | VE
antilliaans | ban ban wat is de hoofdstad van colombia | CO
antilliaans | mijn tante woont in de dominicaanse republiek wat is daar de hoofdstad | DO
antilliaans | ai wat is de hoofdstad van curaçao mi amor | CW
antilliaans | kon ta bai alexa wat is de hoofdstad van aruba | AW
antilliaans | dushi de hoofdstad van sint maarten weet jij | SX
antilliaans | wat is de hoofdstad van bonaire ban | BQ
antilliaans | mi ta pidi bo de hoofdstad van jamaica | JM
# klaverjassen, veiling, pubquiz, chauffeur
klaverjassen | nog een potje en wie weet de hoofdstad van zweden | SE
klaverjassen | jij hebt verzaakt en wat is de hoofdstad van finland nou | FI
klaverjassen | stuk en roem alexa de hoofdstad van estland | EE
veiling | de koper uit kenia wacht wat is de hoofdstad van kenia | KE
veiling | de chrysanten komen uit ethiopië wat is daar de hoofdstad | ET
veiling | een handelaar uit colombia wat is de hoofdstad van colombia | CO
veiling | de lelies gaan naar japan wat is de hoofdstad | JP
pubquiz | joker ingezet wat is de hoofdstad van bhutan | BT
pubquiz | de aardrijkskunde ronde wat is de hoofdstad van nepal | NP
pubquiz | we staan derde wat is de hoofdstad van mongolië | MN
pubquiz | de tafel naast ons zegt sydney maar wat is de hoofdstad van australië | AU
pubquiz | tiebreak de hoofdstad van kiribati | KI
chauffeur | ik sta vast bij de grens wat is de hoofdstad van hongarije | HU
chauffeur | mijn lading gaat naar slovenië wat is de hoofdstad | SI
chauffeur | via de brennerpas naar italië wat is de hoofdstad | IT
chauffeur | wat is de hoofdstad van noord-macedonië ik moet erdoor | MK
# kapper, studenten, scouting, sauna
kapper | mevrouw gaat naar cuba wat is de hoofdstad | CU
kapper | even de föhn uit wat is de hoofdstad van peru | PE
studenten | bro mijn minor is in chili wat is de hoofdstad | CL
studenten | erasmus in spanje welke stad is de hoofdstad | ES
studenten | wie weet de hoofdstad van zuid-korea voor de kpop fans | KR
studenten | ik zit in de bieb wat is de hoofdstad van egypte | EG
scouting | de gids vroeg wat de hoofdstad van kenia is | KE
scouting | bij de jamboree waren kinderen uit nieuw-zeeland wat is de hoofdstad | NZ
sauna | in de hamam dacht ik aan marokko wat is de hoofdstad | MA
sauna | iemand uit letland in de sauna wat is de hoofdstad van letland | LV
# schiphol, breiclub, puzzel
schiphol | de vlucht naar qatar wat is de hoofdstad daar | QA
schiphol | transfer via ethiopië wat is de hoofdstad | ET
schiphol | de bemanning komt uit singapore wat is de hoofdstad | SG
breiclub | ik brei een sjaal voor mijn kleindochter in zweden wat is de hoofdstad | SE
breiclub | de alpacawol komt uit peru wat is daar de hoofdstad | PE
puzzel | vijf letters hoofdstad van kenia | KE
puzzel | de hoofdstad van peru vier letters | PE
puzzel | horizontaal twaalf de hoofdstad van italië | IT
puzzel | verticaal drie hoofdstad van noorwegen | NO
# kinderen en ouderen
kind | alexa alexa wat is de hoofdstad van frankrijk | FR
kind | mama zegt dat jij weet wat de hoofdstad van spanje is | ES
kind | ik ben zes en wat is de hoofdstad van engeland | GB-ENG
kind | waar woont de koning van noorwegen in welke hoofdstad | NO
kind | wat is de hoofdstad van het land met de kangoeroes | AU
kind | hoofdstad van china | CN
kind | ik wil weten de hoofdstad van brazilië waar neymar woont | BR
oudere | zeg alexa meisje wat is toch de hoofdstad van zwitserland | CH
oudere | ik ben vierentachtig en ik wil weten de hoofdstad van hongarije | HU
oudere | mijn man zaliger was in indonesië wat is daar de hoofdstad | ID
oudere | kunt u mij zeggen wat de hoofdstad van oostenrijk is | AT
oudere | wat is de hoofdstad van canada daar kwamen onze bevrijders vandaan | CA
# follow-ups (said after an answer)
follow-up | en van zweden dan | SE
follow-up | joa en die van noorwegen | NO
follow-up | en van denemarken ik wil ook die weten | DK
follow-up | moi en van finland | FI
follow-up | allee en van luxemburg | LU
follow-up | en die van ierland baya | IE
follow-up | abi en van iran | IR
follow-up | dobra en van tsjechië | CZ
follow-up | adoe en van vietnam dan | VN
follow-up | dushi en die van panama | PA
follow-up | en die van laos wat is die | LA
follow-up | oké en van cambodja | KH
follow-up | nou en van myanmar | MM
follow-up | top en die van uruguay | UY
follow-up | mooi zo en van paraguay | PY
follow-up | en de hoofdstad van ecuador erachteraan | EC
follow-up | nog eentje die van bolivia | BO
follow-up | en nu argentinië | AR
follow-up | ja en bij de buren in belgië | BE
follow-up | en hoe zit het met oman | OM
follow-up | nog een en van jemen | YE
follow-up | en van saoedi-arabië daarna | SA
follow-up | dan wil ik ook die van jordanië | JO
follow-up | en van libanon mi boi | LB
follow-up | ja ja en van syrië | SY
follow-up | en van koeweit zeg | KW
follow-up | en die van bahrein voor de formule een | BH
follow-up | en zuid-afrika | ZA
follow-up | en van mozambique dan | MZ
follow-up | hetzelfde voor tanzania | TZ
follow-up | en bij de volgende vraag die van oeganda | UG
follow-up | en die van rwanda alsjeblieft | RW
# plural-capitals
plural-capitals | ik hoorde dat zuid-afrika drie hoofdsteden heeft welke zijn dat | ZA
plural-capitals | joa welke hoofdsteden hebben ze in zuid-afrika | ZA
plural-capitals | wat zijn de hoofdsteden van bolivia dan | BO
plural-capitals | heeft bolivia nou twee hoofdsteden of niet | BO
plural-capitals | mi boi noem de hoofdsteden van benin | BJ
plural-capitals | allebei de hoofdsteden van benin graag | BJ
plural-capitals | welke twee hoofdsteden heeft ivoorkust | CI
plural-capitals | de hoofdsteden van ivoorkust wat zijn die | CI
plural-capitals | adoe maleisië heeft toch twee hoofdsteden welke | MY
plural-capitals | wat zijn de hoofdsteden van maleisië | MY
plural-capitals | sri lanka heeft twee hoofdsteden hoe heten ze | LK
plural-capitals | noem alle hoofdsteden van sri lanka | LK
plural-capitals | is het amsterdam of den haag wat zijn de hoofdsteden van nederland | NL
plural-capitals | nederland heeft toch twee hoofdsteden welke zijn het | NL
plural-capitals | de hoofdsteden van eswatini zijn welke | SZ
plural-capitals | eswatini heeft er twee geloof ik welke hoofdsteden zijn dat | SZ
plural-capitals | welke hoofdsteden heeft palestina | PS
plural-capitals | wat zijn de hoofdsteden van palestina | PS
plural-capitals | hoeveel hoofdsteden heeft zuid-afrika en welke | ZA
plural-capitals | de drie hoofdsteden van zuid-afrika opnoemen | ZA
# subdivisions and territories
subdivision | wat is de hoofdstad van beieren | DE-BY
subdivision | m'n dochter woont in nedersaksen wat is de hoofdstad | DE-NI
subdivision | joa de hoofdstad van noordrijn-westfalen is dat keulen | DE-NW
subdivision | wat is de hoofdstad van sleeswijk-holstein | DE-SH
subdivision | hoofdstad van saksen graag | DE-SN
subdivision | ich wil de hoofdstad van rijnland-palts weten | DE-RP
subdivision | wat is de hoofdstad van baden-württemberg | DE-BW
subdivision | de hoofdstad van hessen is dat frankfurt | DE-HE
subdivision | wat is de hoofdstad van thüringen | DE-TH
subdivision | en mecklenburg-voor-pommeren wat is daar de hoofdstad | DE-MV
subdivision | wat is de hoofdstad van schotland | GB-SCT
subdivision | hoe heet de hoofdstad van wales | GB-WLS
subdivision | wat is de hoofdstad van noord-ierland | GB-NIR
subdivision | de hoofdstad van californië is dat los angeles | US-CA
subdivision | wat is de hoofdstad van texas cowboy | US-TX
subdivision | mi boi de hoofdstad van florida | US-FL
subdivision | wat is de hoofdstad van new york de staat | US-NY
subdivision | wat is de hoofdstad van hawaï | US-HI
subdivision | de hoofdstad van alaska met de beren | US-AK
subdivision | wat is de hoofdstad van nevada waar las vegas ligt | US-NV
subdivision | hoofdstad van louisiana | US-LA
subdivision | wat is de hoofdstad van michigan | US-MI
subdivision | de hoofdstad van tennessee voor de countrymuziek | US-TN
subdivision | wat is de hoofdstad van massachusetts | US-MA
subdivision | wat is de hoofdstad van de staat washington | US-WA
subdivision | wat is de hoofdstad van illinois niet chicago toch | US-IL
subdivision | wat is de hoofdstad van ontario | CA-ON
subdivision | quebec de provincie wat is de hoofdstad | CA-QC
subdivision | wat is de hoofdstad van brits-columbia | CA-BC
subdivision | de hoofdstad van alberta | CA-AB
subdivision | wat is de hoofdstad van queensland | AU-QLD
subdivision | de hoofdstad van nieuw-zuid-wales | AU-NSW
subdivision | wat is de hoofdstad van tasmanië | AU-TAS
subdivision | wat is de hoofdstad van west-australië | AU-WA
subdivision | wat is de hoofdstad van bahia in brazilië | BR-BA
subdivision | de hoofdstad van minas gerais | BR-MG
subdivision | wat is de hoofdstad van amazonas | BR-AM
subdivision | wat is de hoofdstad van jalisco | MX-JAL
subdivision | wat is de hoofdstad van yucatán | MX-YUC
subdivision | de hoofdstad van oaxaca in mexico | MX-OAX
subdivision | wat is de hoofdstad van kerala | IN-KL
subdivision | de hoofdstad van rajasthan | IN-RJ
subdivision | wat is de hoofdstad van goa in india | IN-GA
subdivision | de hoofdstad van maharashtra | IN-MH
subdivision | wat is de hoofdstad van punjab | IN-PB
territory | wat is de hoofdstad van groenland | GL
territory | de hoofdstad van de faeröer | FO
territory | wat is de hoofdstad van puerto rico | PR
territory | de hoofdstad van gibraltar | GI
territory | wat is de hoofdstad van réunion | RE
territory | wat is de hoofdstad van nieuw-caledonië | NC
territory | wat is de hoofdstad van tahiti frans-polynesië | PF
territory | hoofdstad van guadeloupe | GP
territory | wat is de hoofdstad van martinique | MQ
territory | wat is de hoofdstad van de kaaimaneilanden | KY
territory | wat is de hoofdstad van bermuda | BM
territory | wat is de hoofdstad van jersey | JE
territory | wat is de hoofdstad van het eiland man | IM
territory | wat is de hoofdstad van de falklandeilanden | FK
territory | wat is de hoofdstad van hongkong | HK
territory | wat is de hoofdstad van macau | MO
territory | wat is de hoofdstad van spitsbergen | SJ
territory | wat is de hoofdstad van åland | AX
territory | wat is de hoofdstad van guam | GU
territory | wat is de hoofdstad van taiwan | TW
territory | wat is de hoofdstad van kosovo | XK
territory | wat is de hoofdstad van vaticaanstad | VA
territory | de hoofdstad van de westelijke sahara | EH
territory | wat is de hoofdstad van de cookeilanden | CK
territory | de hoofdstad van sint-helena | SH
territory | wat is de hoofdstad van mayotte | YT
territory | wat is de hoofdstad van antarctica | AQ
# yes/no checks (expected: the place asked about)
yes-no-check | ik zou het nie weten is brussel de hoofdstad van belgië | BE
yes-no-check | joa is berlijn de hoofdstad van duitsland | DE
yes-no-check | moi is oslo de hoofdstad van zweden | SE
yes-no-check | allee klopt het dat bern de hoofdstad van zwitserland is | CH
yes-no-check | is zürich niet de hoofdstad van zwitserland | CH
yes-no-check | heit seit dat kopenhagen de hoofdstad fan denemarken is klopt dat | DK
yes-no-check | baya is paramaribo de hoofdstad van suriname toch | SR
yes-no-check | abi is istanbul de hoofdstad van turkije ja of nee | TR
yes-no-check | is kraków de hoofdstad van polen | PL
yes-no-check | adoe is jakarta nog steeds de hoofdstad van indonesië | ID
yes-no-check | dushi is willemstad de hoofdstad van curaçao | CW
yes-no-check | is rio de janeiro de hoofdstad van brazilië | BR
yes-no-check | klopt het dat sydney de hoofdstad van australië is | AU
yes-no-check | is toronto de hoofdstad van canada | CA
yes-no-check | is new york de hoofdstad van amerika | US
yes-no-check | is genève de hoofdstad van zwitserland of niet | CH
yes-no-check | is casablanca de hoofdstad van marokko | MA
yes-no-check | is lagos de hoofdstad van nigeria of abuja | NG
yes-no-check | is dar es salaam de hoofdstad van tanzania | TZ
yes-no-check | klopt het dat almaty de hoofdstad van kazachstan is | KZ
yes-no-check | is karachi de hoofdstad van pakistan | PK
yes-no-check | is mumbai de hoofdstad van india | IN
yes-no-check | is ho chi minhstad de hoofdstad van vietnam | VN
yes-no-check | is auckland de hoofdstad van nieuw-zeeland | NZ
yes-no-check | is reykjavik echt de hoofdstad van ijsland | IS
yes-no-check | is wenen de hoofdstad van oostenrijk ja toch | AT
yes-no-check | is lissabon de hoofdstad van portugal of porto | PT
yes-no-check | is milaan de hoofdstad van italië | IT
yes-no-check | is barcelona de hoofdstad van spanje mijn huisgenoot zegt van wel | ES
yes-no-check | is sint petersburg de hoofdstad van rusland | RU
yes-no-check | is tel aviv de hoofdstad van israël | IL
yes-no-check | is quito de hoofdstad van ecuador of guayaquil | EC
yes-no-check | is edinburgh de hoofdstad van schotland | GB-SCT
yes-no-check | is glasgow de hoofdstad van schotland | GB-SCT
yes-no-check | is new york de hoofdstad van de staat new york | US-NY
yes-no-check | is miami de hoofdstad van florida | US-FL
yes-no-check | is münchen de hoofdstad van beieren | DE-BY
yes-no-check | is vancouver de hoofdstad van brits-columbia | CA-BC
yes-no-check | is nuuk de hoofdstad van groenland | GL
yes-no-check | klopt het dat oranjestad de hoofdstad van aruba is | AW
# self-corrections (expected: the last place named after the marker)
self-correction | wat is de hoofdstad van zweden nee noorwegen | NO
self-correction | de hoofdstad van oostenrijk eh nee zwitserland bedoel ik | CH
self-correction | joa de hoofdstad van letland of nee estland | EE
self-correction | moi de hoofdstad van slowakije nee wacht slovenië | SI
self-correction | allee de hoofdstad van ivoorkust nee ghana | GH
self-correction | heit freget de hoofdstad fan ierland nee ik bedoel ijsland | IS
self-correction | baya de hoofdstad van guyana sorry suriname | SR
self-correction | abi hoofdstad van irak nee nee iran | IR
self-correction | dobra hoofdstad van oekraïne nee belarus | BY
self-correction | adoe de hoofdstad van maleisië eh nee singapore | SG
self-correction | dushi wat is de hoofdstad van aruba nee curaçao | CW
self-correction | de hoofdstad van nigeria nee sorry niger | NE
self-correction | wat is de hoofdstad van gambia of eigenlijk guinee | GN
self-correction | de hoofdstad van mali nee malawi | MW
self-correction | wat is de hoofdstad van australië nee ik bedoel oostenrijk | AT
self-correction | de hoofdstad van oostenrijk nee australië | AU
self-correction | de hoofdstad van zweden uh zwitserland | CH
self-correction | wat is de hoofdstad van paraguay nee uruguay | UY
self-correction | de hoofdstad van colombia verkeerd ik bedoel costa rica | CR
self-correction | de hoofdstad van honduras ho stop nee nicaragua | NI
self-correction | wat is de hoofdstad van soedan nee zuid-soedan | SS
self-correction | hoofdstad van noord-korea nee zuid-korea | KR
self-correction | de hoofdstad van tsjaad nee tsjechië | CZ
self-correction | de hoofdstad van kirgizië sorry tadzjikistan | TJ
self-correction | de hoofdstad van armenië laat maar albanië | AL
self-correction | wat is de hoofdstad van mauritanië nee mauritius | MU
self-correction | de hoofdstad van libië nee libanon | LB
self-correction | de hoofdstad van bahrein eh qatar bedoel ik | QA
self-correction | wat is de hoofdstad van gabon nee ghana nee gambia | GM
self-correction | de hoofdstad van beieren nee saksen | DE-SN
self-correction | wat is de hoofdstad van montana nee wacht nebraska | US-NE
self-correction | hoofdstad van manitoba verkeerd ik bedoel saskatchewan | CA-SK
# reverse questions
reverse-question | ik wil weten van welk land wenen de hoofdstad is | CITY:Wenen
reverse-question | joa boedapest is de hoofdstad van welk land | CITY:Boedapest
reverse-question | van welk land is khartoem de hoofdstad | CITY:Khartoem
reverse-question | moi waar is doesjanbe de hoofdstad van | CITY:Doesjanbe
reverse-question | bisjkek is de hoofdstad van welk land | CITY:Bisjkek
reverse-question | van welk land is asjchabad de hoofdstad | CITY:Asjchabad
reverse-question | tasjkent welk land hoort daarbij als hoofdstad | CITY:Tasjkent
reverse-question | allee jerevan is de hoofdstad van wat | CITY:Jerevan
reverse-question | baya paramaribo is de hoofdstad van welk land | CITY:Paramaribo
reverse-question | abi bakoe is hoofdstad van welk land | CITY:Bakoe
reverse-question | dobra van welk land is warschau hoofdstad | CITY:Warschau
reverse-question | adoe jakarta is de hoofdstad van welk land | CITY:Jakarta
reverse-question | ulaanbaatar is de hoofdstad van welk land | CITY:Ulaanbaatar
reverse-question | van welk land is ouagadougou de hoofdstad | CITY:Ouagadougou
reverse-question | welk land heeft canberra als hoofdstad | CITY:Canberra
reverse-question | welk land heeft windhoek als hoofdstad | CITY:Windhoek
reverse-question | in welk land is lilongwe de hoofdstad | CITY:Lilongwe
reverse-question | van welk land is tegucigalpa de hoofdstad | CITY:Tegucigalpa
reverse-question | montevideo is de hoofdstad van welk land | CITY:Montevideo
reverse-question | van welk land is thimphu de hoofdstad | CITY:Thimphu
reverse-question | vientiane is de hoofdstad van welk land | CITY:Vientiane
reverse-question | van welk land is ljubljana de hoofdstad | CITY:Ljubljana
reverse-question | welk land heeft vaduz als hoofdstad | CITY:Vaduz
reverse-question | van welk land is podgorica de hoofdstad | CITY:Podgorica
reverse-question | skopje is de hoofdstad van welk land | CITY:Skopje
reverse-question | van welk land is nouakchott de hoofdstad | CITY:Nouakchott
reverse-question | bamako is de hoofdstad van welk land | CITY:Bamako
reverse-question | van welk land is asmara de hoofdstad | CITY:Asmara
reverse-question | van welke staat is sacramento de hoofdstad | CITY:Sacramento
reverse-question | welke deelstaat heeft potsdam als hoofdstad | CITY:Potsdam
reverse-question | van welk land is nuku'alofa de hoofdstad | CITY:Nuku'alofa
reverse-question | naypyidaw is de hoofdstad van welk land | CITY:Naypyidaw
# official names
official-name | wat is de hoofdstad van de bondsrepubliek duitsland | DE
official-name | wat is de hoofdstad van het koninkrijk der nederlanden | NL
official-name | de hoofdstad van de volksrepubliek china | CN
official-name | wat is de hoofdstad van de russische federatie | RU
official-name | wat is de hoofdstad van de republiek korea | KR
official-name | de hoofdstad van de democratische volksrepubliek korea | KP
official-name | wat is de hoofdstad van de islamitische republiek iran | IR
official-name | wat is de hoofdstad van het groothertogdom luxemburg | LU
official-name | de hoofdstad van het vorstendom liechtenstein | LI
official-name | wat is de hoofdstad van het vorstendom monaco | MC
official-name | de hoofdstad van de socialistische republiek vietnam | VN
official-name | wat is de hoofdstad van het koninkrijk thailand | TH
official-name | wat is de hoofdstad van de arabische republiek egypte | EG
official-name | wat is de hoofdstad van het hasjemitisch koninkrijk jordanië | JO
official-name | de hoofdstad van de bolivariaanse republiek venezuela | VE
official-name | wat is de hoofdstad van de oostelijke republiek uruguay | UY
official-name | wat is de hoofdstad van het sultanaat oman | OM
official-name | de hoofdstad van de federale democratische republiek ethiopië | ET
official-name | wat is de hoofdstad van de helleense republiek | GR
official-name | wat is de hoofdstad van de verenigde mexicaanse staten | MX
official-name | wat is de hoofdstad van het koninkrijk spanje | ES
official-name | wat is de hoofdstad van de republiek turkije | TR
official-name | de hoofdstad van het koninkrijk saoedi-arabië | SA
official-name | wat is de hoofdstad van de volksrepubliek bangladesh | BD
official-name | wat is de hoofdstad van de plurinationale staat bolivia | BO
official-name | wat is de hoofdstad van de staat israël | IL
official-name | wat is de hoofdstad van de republiek china taiwan | TW
official-name | wat is de hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB
# everyday and old names
everyday-name | wat is de hoofdstad van amerika | US
everyday-name | de hoofdstad van de states | US
everyday-name | wat is de hoofdstad van groot-brittannië | GB
everyday-name | wat is de hoofdstad van het vk | GB
everyday-name | wat is de hoofdstad van de vs | US
everyday-name | wat is de hoofdstad van tsjechië of tsjechia | CZ
everyday-name | wat is de hoofdstad van wit-rusland | BY
everyday-name | wat is de hoofdstad van macedonië | MK
everyday-name | wat is de hoofdstad van de emiraten | AE
everyday-name | wat is de hoofdstad van bosnië | BA
everyday-name | wat is de hoofdstad van trinidad | TT
everyday-name | wat is de hoofdstad van timor-leste | TL
everyday-name | wat is de hoofdstad van het vaticaan | VA
everyday-name | wat is de hoofdstad van congo-kinshasa | CD
everyday-name | wat is de hoofdstad van congo-brazzaville | CG
everyday-name | wat is de hoofdstad van côte d'ivoire | CI
everyday-name | wat is de hoofdstad van sao tomé | ST
everyday-name | wat is de hoofdstad van sint kitts | KN
everyday-name | wat is de hoofdstad van papoea-nieuw-guinea met de papoea's | PG
everyday-name | wat is de hoofdstad van zuid-afrika de regering zit waar | ZA
old-name | wat is de hoofdstad van birma | MM
old-name | wat was de hoofdstad van perzië | IR
old-name | wat is de hoofdstad van ceylon | LK
old-name | de hoofdstad van siam | TH
old-name | wat is de hoofdstad van zaïre | CD
old-name | wat is de hoofdstad van dahomey | BJ
old-name | wat is de hoofdstad van opper-volta | BF
old-name | wat is de hoofdstad van abessinië | ET
old-name | wat is de hoofdstad van swaziland | SZ
old-name | wat is de hoofdstad van formosa | TW
old-name | wat is de hoofdstad van kampuchea | KH
old-name | wat was de hoofdstad van nederlands-guiana | SR
# shared names
shared-name | wat is de hoofdstad van korea | KP+KR
shared-name | joa wat is de hoofdstad van congo | CD+CG
shared-name | wat is de hoofdstad van georgia | GE+US-GA
shared-name | de hoofdstad van de maagdeneilanden | VG+VI
shared-name | wat zijn de hoofdsteden van de twee korea's | KP+KR
shared-name | de hoofdsteden van beide congo's | CD+CG
shared-name | wat zijn de hoofdsteden van noord en zuid korea | KP+KR
shared-name | abi de hoofdstad van korea yani | KP+KR
shared-name | de hoofdstad van georgia in amerika | US-GA
shared-name | wat is de hoofdstad van de amerikaanse staat georgia | US-GA
shared-name | wat is de hoofdstad van georgië het land bij rusland | GE
shared-name | de hoofdstad van de democratische republiek congo | CD
shared-name | de hoofdstad van de republiek congo | CG
shared-name | wat is de hoofdstad van de amerikaanse maagdeneilanden | VI
shared-name | wat is de hoofdstad van de britse maagdeneilanden | VG
shared-name | moi de hoofdstad van congo dan | CD+CG
shared-name | baya de hoofdstad van georgia | GE+US-GA
shared-name | welke hoofdsteden hebben de maagdeneilanden | VG+VI
# launch
launch | alexa open wereldhoofdsteden | LAUNCH
launch | ik wil wereldhoofdsteden openen | LAUNCH
launch | joa start wereldhoofdsteden eens | LAUNCH
launch | moi open world capitals | LAUNCH
launch | allee start de hoofdstedenquiz wereldhoofdsteden | LAUNCH
launch | baya open dat wereldhoofdsteden ding | LAUNCH
launch | abi open wereld hoofdsteden | LAUNCH
launch | dobra start world capitals prosze | LAUNCH
launch | adoe hoe open ik wereldhoofdsteden | LAUNCH
launch | dushi start world capitals | LAUNCH
launch | open de skill wereldhoofdsteden | LAUNCH
launch | mag ik wereldhoofdsteden spelen | LAUNCH
launch | alexa vraag wereldhoofdsteden | LAUNCH
launch | begin met wereldhoofdsteden | LAUNCH
# help
help | ik snap er niks van wat kan ik vragen | HELP
help | zò hoe werkt dit nou | HELP
help | joa wat mot ik zeggen | HELP
help | ik heb gin idee wat ik moet vragen help | HELP
help | moi hulp graag | HELP
help | hou mout dat hier | HELP
help | allee help mich ins | HELP
help | ich begriep het neet wat kan ich vragen | HELP
help | heit wit net hoe't wurket help | HELP
help | hoe wurket dit | HELP
help | baya ik snap het niet help me | HELP
help | mi boi wat kan jij allemaal | HELP
help | abi hoe werkt dit yani | HELP
help | wallah ik weet niet wat ik moet zeggen help | HELP
help | dobra ik weet niet hoe help | HELP
help | pomoc alexa wat moet ik doen | HELP
help | adoe oma snapt het niet hoe moet dat | HELP
help | ajo leg eens uit wat ik kan vragen | HELP
help | dushi kan je me helpen | HELP
help | wat voor vragen kan ik stellen | HELP
help | welke landen ken jij allemaal | HELP
help | geef eens een voorbeeld van een vraag | HELP
help | hoe speel je dit | HELP
help | ik ben de weg kwijt wat moet ik doen | HELP
help | uitleg graag | HELP
help | help ik weet niet wat ik moet vragen over hoofdsteden | HELP
help | hoe moet ik een vraag stellen | HELP
help | wat zijn de mogelijkheden | HELP
# stop
stop | het is wel goed zo stop | STOP
stop | zò genoeg geweest hou maar op | STOP
stop | joa stop d'r mee | STOP
stop | nou hol moar op | STOP
stop | moi ik ben klaar | STOP
stop | allee sjei oet | STOP
stop | ich höb genog stop | STOP
stop | heit seit ophâlde | STOP
stop | ophâlde no | STOP
stop | baya kappen nu | STOP
stop | mi boi stop ermee | STOP
stop | abi yeter stop | STOP
stop | tamam genoeg stop | STOP
stop | dobra koniec stop | STOP
stop | sudah sudah stop maar | STOP
stop | adoe ik ben moe stop | STOP
stop | dushi basta stop | STOP
stop | hou je mond nu | STOP
stop | zet uit | STOP
stop | sluit af alexa | STOP
stop | ik hoef niks meer te weten stop | STOP
stop | klaar ermee | STOP
stop | we gaan eten stop maar | STOP
stop | het is bedtijd alexa stop | STOP
stop | genoeg hoofdsteden voor vandaag stop | STOP
stop | stop het spel | STOP
# cancel
cancel | laat maar zitten | CANCEL
cancel | ik wil nie meer laat maar | CANCEL
cancel | zò vergeet het maar | CANCEL
cancel | joa laat mar | CANCEL
cancel | moi laat moar | CANCEL
cancel | allee laot mer | CANCEL
cancel | ich wil het neet mier annuleer | CANCEL
cancel | heit seit lit mar | CANCEL
cancel | lit mar wêze | CANCEL
cancel | baya laat maar vergeet het | CANCEL
cancel | mi boi annuleer dat | CANCEL
cancel | abi bosver laat maar | CANCEL
cancel | vazgeç annuleer | CANCEL
cancel | dobra nie laat maar | CANCEL
cancel | adoe laat maar zitten kind | CANCEL
cancel | dushi no laat maar | CANCEL
cancel | annuleer die vraag | CANCEL
cancel | ik bedenk me annuleer | CANCEL
cancel | vergeet wat ik vroeg | CANCEL
cancel | nee toch maar niet | CANCEL
cancel | afbreken | CANCEL
cancel | trek die vraag maar in | CANCEL
cancel | doe maar niet | CANCEL
cancel | ik hoef het al niet meer annuleren | CANCEL
cancel | laat die hoofdstad maar zitten | CANCEL
cancel | streep die vraag maar door | CANCEL
# out-of-domain: places with no capital in the data
out-of-domain | wat is de hoofdstad van zeeland | FB
out-of-domain | ik wee het nie is middelburg de hoofdstad van zeeland | FB
out-of-domain | wat is de hoofdstad van walcheren | FB
out-of-domain | joa wat is de hoofdstad van overijssel | FB
out-of-domain | wat is de hoofdstad van twente | FB
out-of-domain | wat is de hoofdstad van de achterhoek | FB
out-of-domain | moi wat is de hoofdstad van groningen de provincie | FB
out-of-domain | wat is de hoofdstad van drenthe | FB
out-of-domain | hoofdstad van het hogeland | FB
out-of-domain | wat is de hoofdstad van limburg | FB
out-of-domain | allee wat is de hoofdstad van belgisch limburg | FB
out-of-domain | wat is de hoofdstad van friesland | FB
out-of-domain | heit freget de haadstêd fan fryslân | FB
out-of-domain | wat is de hoofdstad van gelderland | FB
out-of-domain | wat is de hoofdstad van noord-brabant | FB
out-of-domain | wat is de hoofdstad van zuid-holland | FB
out-of-domain | wat is de hoofdstad van flevoland | FB
out-of-domain | wat is de hoofdstad van vlaanderen | FB
out-of-domain | wat is de hoofdstad van wallonië | FB
out-of-domain | wat is de hoofdstad van catalonië | FB
out-of-domain | wat is de hoofdstad van baskenland | FB
out-of-domain | wat is de hoofdstad van andalusië | FB
out-of-domain | wat is de hoofdstad van bretagne | FB
out-of-domain | wat is de hoofdstad van de provence | FB
out-of-domain | wat is de hoofdstad van toscane | FB
out-of-domain | wat is de hoofdstad van sicilië | FB
out-of-domain | wat is de hoofdstad van sardinië | FB
out-of-domain | wat is de hoofdstad van corsica | FB
out-of-domain | wat is de hoofdstad van kreta | FB
out-of-domain | wat is de hoofdstad van tirol | FB
out-of-domain | wat is de hoofdstad van lapland | FB
out-of-domain | wat is de hoofdstad van siberië | FB
out-of-domain | wat is de hoofdstad van de krim | FB
out-of-domain | wat is de hoofdstad van koerdistan | FB
out-of-domain | abi wat is de hoofdstad van anatolië | FB
out-of-domain | wat is de hoofdstad van tibet | FB
out-of-domain | adoe wat is de hoofdstad van java | FB
out-of-domain | wat is de hoofdstad van bali | FB
out-of-domain | wat is de hoofdstad van sumatra | FB
out-of-domain | wat is de hoofdstad van borneo | FB
out-of-domain | wat is de hoofdstad van patagonië | FB
out-of-domain | wat is de hoofdstad van cornwall | FB
out-of-domain | wat is de hoofdstad van yorkshire | FB
out-of-domain | wat is de hoofdstad van texel | FB
out-of-domain | wat is de hoofdstad van ameland | FB
out-of-domain | wat is de hoofdstad van de veluwe | FB
out-of-domain | wat is de hoofdstad van europa | FB
out-of-domain | wat is de hoofdstad van afrika | FB
out-of-domain | wat is de hoofdstad van zuid-amerika | FB
out-of-domain | wat is de hoofdstad van azië | FB
out-of-domain | wat is de hoofdstad van scandinavië | FB
out-of-domain | wat is de hoofdstad van de benelux | FB
out-of-domain | wat is de hoofdstad van de sovjet-unie | FB
out-of-domain | wat was de hoofdstad van joegoslavië | FB
out-of-domain | wat was de hoofdstad van pruisen | FB
out-of-domain | wat was de hoofdstad van tsjecho-slowakije | FB
out-of-domain | wat was de hoofdstad van het romeinse rijk | FB
out-of-domain | wat is de hoofdstad van atlantis | FB
out-of-domain | wat is de hoofdstad van mordor | FB
out-of-domain | wat is de hoofdstad van wakanda | FB
out-of-domain | wat is de hoofdstad van narnia | FB
out-of-domain | wat is de hoofdstad van de maan | FB
out-of-domain | wat is de hoofdstad van mars | FB
out-of-domain | wat is de hoofdstad van efteling land | FB
# out-of-domain: "hoofdstad" or "kapitaal" in another sense
out-of-domain | wat is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | welke stad is de modehoofdstad van de wereld | FB
out-of-domain | wat is de gezelligste stad van nederland | FB
out-of-domain | wat is de grootste stad van zeeland | FB
out-of-domain | wat is de carnavalshoofdstad van limburg | FB
out-of-domain | wat is de skihoofdstad van oostenrijk | FB
out-of-domain | is enschede de hoofdstad van twente | FB
out-of-domain | moet hoofdstad met een hoofdletter | FB
out-of-domain | hoe schrijf je hoofdstad | FB
out-of-domain | wat betekent kapitaal | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een bakkerij | FB
out-of-domain | wat is het eigen kapitaal van een bv | FB
out-of-domain | wat is hoofdstuk drie van mijn boek | FB
out-of-domain | wie is de kapitein van ajax | FB
out-of-domain | waar ligt het hoofdkantoor van philips | FB
# out-of-domain: other requests, some naming countries
out-of-domain | ik wil het weerbericht voor vlissingen | FB
out-of-domain | zò hoe laat is het hoogwater in zierikzee | FB
out-of-domain | joa wat wordt het weer in enschede | FB
out-of-domain | speel de zender van twente | FB
out-of-domain | moi zet groningen één aan | FB
out-of-domain | wanneer speelt fc groningen | FB
out-of-domain | allee zet de muziek van rowwen hèze op | FB
out-of-domain | wanneer begint vastelaovend | FB
out-of-domain | heit wol witte hoe let it is | FB
out-of-domain | gaat de elfstedentocht door dit jaar | FB
out-of-domain | baya speel kaseko muziek | FB
out-of-domain | hoe laat is het in paramaribo | FB
out-of-domain | abi wat is de koers van de turkse lira | FB
out-of-domain | hoe laat is het gebed vandaag | FB
out-of-domain | dobra hoe zeg je dank je wel in het pools | FB
out-of-domain | hoeveel kost een vlucht naar warschau | FB
out-of-domain | adoe hoe maak ik nasi goreng | FB
out-of-domain | ajo speel krontjong | FB
out-of-domain | dushi hoe laat is het op curaçao | FB
out-of-domain | wat is het weer in willemstad | FB
out-of-domain | hoeveel inwoners heeft frankrijk | FB
out-of-domain | welke taal spreken ze in brazilië | FB
out-of-domain | wat is de munteenheid van japan | FB
out-of-domain | wie is de president van amerika | FB
out-of-domain | wat is de grootste stad van turkije | FB
out-of-domain | hoe groot is canada in vierkante kilometers | FB
out-of-domain | welke kleuren heeft de vlag van italië | FB
out-of-domain | wat is het volkslied van duitsland | FB
out-of-domain | hoe ver is het van amsterdam naar parijs | FB
out-of-domain | wat is de hoogste berg van zwitserland | FB
out-of-domain | wat is de langste rivier van afrika | FB
out-of-domain | zet een timer op tien minuten | FB
out-of-domain | zet de lampen in de woonkamer uit | FB
out-of-domain | zet melk op het boodschappenlijstje | FB
out-of-domain | vertel een mop | FB
out-of-domain | wat is het nieuws vandaag | FB
out-of-domain | hoe is ajax gespeeld | FB
out-of-domain | speel radio tien | FB
out-of-domain | bel mijn dochter | FB
out-of-domain | wat staat er in mijn agenda | FB
out-of-domain | hoeveel is zeven keer acht | FB
out-of-domain | wanneer gaat de bakker open | FB
out-of-domain | hoe lang moet een ei koken | FB
out-of-domain | wat is de file op de a één | FB
out-of-domain | welk land heeft de meeste inwoners | FB
out-of-domain | welk land won het songfestival | FB
out-of-domain | wat is de hoofdprijs van de staatsloterij | FB
out-of-domain | welk land is het grootste van de wereld | FB
out-of-domain | wat is het kleinste land van europa | FB
out-of-domain | wanneer is koningsdag | FB
out-of-domain | doe de gordijnen dicht | FB
out-of-domain | speel een liedje van de kinderen voor kinderen | FB
out-of-domain | wat eten olifanten | FB
out-of-domain | hoe oud is de koning | FB
# more out-of-domain in the speakers' words
out-of-domain | ik wee het nie wat is nou de hoofdstad van schouwen-duiveland | FB
out-of-domain | zò zeg mie is de hoofdstad van zeeuws-vlaanderen | FB
out-of-domain | de loods vraagt hoe laat de veerboot naar breskens gaat | FB
out-of-domain | ik wil weten of de mosselen al in het seizoen zijn | FB
out-of-domain | joa wat is het hoofdstad van de twentse dorpen is dat almelo of enschede | FB
out-of-domain | mien noaber vraagt wanneer het paasvuur in ootmarsum is | FB
out-of-domain | twents bier wat is het lekkerste | FB
out-of-domain | moi wat is de hoofdstad van het westerkwartier | FB
out-of-domain | hou loat is het in de stad | FB
out-of-domain | wanneer is de groninger kermis op de grote markt | FB
out-of-domain | nou wat is dat nou de hoofdstad van de ommelanden | FB
out-of-domain | allee wie is de prins carnaval dit jaar in maastricht | FB
out-of-domain | wat is de hoofdstad van zuid-limburg jong | FB
out-of-domain | ich wil de hoofdstad van het heuvelland weten | FB
out-of-domain | hoe maak ich zoervleis | FB
out-of-domain | heit freget wannear is de skûtsjesilen | FB
out-of-domain | wat is de haadstêd fan de waadeilannen | FB
out-of-domain | hoe let is it yn ljouwert | FB
out-of-domain | baya wat is de hoofdstad van saramacca | FB
out-of-domain | mi boi wat is de hoofdstad van het district wanica | FB
out-of-domain | hoe maak ik pom voor verjaardag | FB
out-of-domain | fa waka speel een liedje van max nijman | FB
out-of-domain | abi wat is de hoofdstad van de zwarte zee regio | FB
out-of-domain | wat is de hoofdstad van kappadocië yani | FB
out-of-domain | wallah hoe laat is iftar vandaag | FB
out-of-domain | tamam speel tarkan | FB
out-of-domain | dobra wat is hoofdstad van silezië | FB
out-of-domain | wat is hoofdstad van mazurië | FB
out-of-domain | hoe laat gaat bus naar naaldwijk | FB
out-of-domain | zet wekker om vijf uur voor de kas | FB
out-of-domain | adoe wat was de hoofdstad van nederlands-indië | FB
out-of-domain | ajo wat is de hoofdstad van de molukken | FB
out-of-domain | kassian wat is de hoofdstad van nieuw-guinea | FB
out-of-domain | hoe maak ik spekkoek | FB
out-of-domain | dushi wat was de hoofdstad van de nederlandse antillen | FB
out-of-domain | ban wat is de hoofdstad van de bovenwindse eilanden | FB
out-of-domain | hoe laat is de veerboot naar klein curaçao | FB
out-of-domain | roem van honderd hoeveel punten is dat | FB
out-of-domain | wie moet er delen bij het klaverjassen | FB
out-of-domain | wat kost een bos tulpen op de veiling | FB
out-of-domain | wat is de hoofdstad van de bloemen in nederland | FB
out-of-domain | wat is de hoofdstad van de tulpen | FB
out-of-domain | welke stad is de hoofdstad van de bollenstreek | FB
out-of-domain | pubquiz vraag wie schreef de ontdekking van de hemel | FB
out-of-domain | hoeveel spelers staan er in een handbalteam | FB
out-of-domain | hoe lang mag ik rijden volgens de rijtijdenwet | FB
out-of-domain | waar is de goedkoopste diesel in duitsland | FB
out-of-domain | is er file bij de grens bij oldenzaal | FB
out-of-domain | welke haarkleur past bij mij | FB
out-of-domain | hoe laat is mijn volgende klant | FB
out-of-domain | wanneer is mijn tentamen statistiek | FB
out-of-domain | bestel pizza voor het huis | FB
out-of-domain | hoe zet je een tent op | FB
out-of-domain | hoe maak je een knoop voor een sjorring | FB
out-of-domain | hoe warm is de finse sauna | FB
out-of-domain | welke opgietgeur is lekker | FB
out-of-domain | van welke gate vertrekt de vlucht naar rome | FB
out-of-domain | hoeveel steken moet ik opzetten voor een muts | FB
out-of-domain | een rivier in frankrijk vier letters | FB
out-of-domain | een stad in zeeland met zeven letters | FB
out-of-domain | wat is een ander woord voor hoofdstad | FB
out-of-domain | hoe zeg je hoofdstad in het engels | FB
out-of-domain | wat is het meervoud van hoofdstad | FB
out-of-domain | is hoofdstad een samengesteld woord | FB
out-of-domain | hoofdletter of kleine letter bij een landnaam | FB
out-of-domain | wat is het kapitaal van de rabobank | FB
out-of-domain | wie heeft het meeste kapitaal in nederland | FB
out-of-domain | waar zit de regering van de provincie utrecht | FB
out-of-domain | wat is de hoofdstad van de randstad | FB
out-of-domain | wat is de hoofdstad van de polder | FB
out-of-domain | wat is de hoofdstad van middle earth | FB
out-of-domain | wat is de hoofdstad van pokémon land | FB
out-of-domain | wat is de hoofdstad van minecraft | FB
out-of-domain | wat is de hoofdstad van het sinterklaasland | FB
out-of-domain | welk land maakt de beste kaas | FB
out-of-domain | welk land heeft de mooiste vlag | FB
out-of-domain | hoeveel landen zijn er in afrika | FB
out-of-domain | welke landen grenzen aan oostenrijk | FB
out-of-domain | wat is het grootste meer van finland | FB
out-of-domain | wat eten ze in ethiopië | FB
out-of-domain | hoe zeg je hallo in het japans | FB
out-of-domain | wat voor stroom hebben ze in engeland | FB
out-of-domain | moet ik een visum voor india | FB
out-of-domain | hoe warm is het nu in bangkok | FB
# more cancel, stop, help
cancel | ik hoef het nie meer te weten annuleer maar | CANCEL
cancel | joa laat het moar zitten noaber | CANCEL
cancel | nou nee laat dat maar annuleren | CANCEL
cancel | wallah laat maar abi | CANCEL
cancel | tak tak annuleren dobra | CANCEL
cancel | ai no ban laat maar zitten | CANCEL
cancel | de klant komt binnen annuleer maar even | CANCEL
cancel | de bel gaat laat die vraag maar | CANCEL
stop | ik ben d'r klaar mee hoor stop | STOP
stop | joa het is mooi west stop | STOP
stop | sjluuten alexa | STOP
stop | de trein vertrekt stop maar | STOP
stop | mijn pauze is voorbij stop | STOP
help | ik wee nie hoe het werkt help is | HELP
help | joa hoe mot dat met die hoofdsteden | HELP
help | tak ik begrijp niet wat ik moet zeggen | HELP
# shared names in the speakers' words
shared-name | zò wat is de hoofdstad van korea ik wee het nie | KP+KR
shared-name | allee wat is de hoofdstad van congo jong | CD+CG
shared-name | dobra hoofdstad van korea | KP+KR
shared-name | mijn collega komt uit congo wat is de hoofdstad | CD+CG
shared-name | voor de kerstpuzzel de hoofdstad van georgia | GE+US-GA
shared-name | de maagdeneilanden waar mijn nicht woont wat is de hoofdstad | VG+VI
shared-name | de hoofdstad van zuid-korea en die van noord-korea | KP+KR
# second batch: the same speakers in other situations
zeeuws | bij de zeeuwse bolussen vroeg m'n zus de hoofdstad van hongarije | HU
zeeuws | ik heb een visser uut urk gesproken die naar de faeröer gaat wat is daar de hoofdstad | FO
zeeuws | op de veerboot naar breskens wat is de hoofdstad van frankrijk ook alweer | FR
zeeuws | zò ik zit in de stoel bij de kapper in goes wat is de hoofdstad van roemenië | RO
zeeuws | de havenmeester in vlissingen wil de hoofdstad van panama weten | PA
zeeuws | een vrachtschip uut de marshalleilanden lag hier wat is de hoofdstad | MH
zeeuws | is het nou zò dat valletta de hoofdstad van malta is | MT
zeeuws | de hoofdstad van de seychellen ik zou het nie weten | SC
twents | joa de noaber zien dochter geet noar japan wat is de hoofdstad | JP
twents | bie het paasvuur vroeg ene de hoofdstad van ierland | IE
twents | op de grolsch veste vroeg nen supporter uut engeland de hoofdstad van engeland | GB-ENG
twents | wat is het hoofdstad van wales joa ik wil het wetten | GB-WLS
twents | is den haag nou de hoofdstad of amsterdam joa wat zijn de hoofdsteden van nederland | NL
twents | mien opa kwam uut oost-duutsland maar wat is de hoofdstad van saksen-anhalt | DE-ST
twents | wat is het hoofdstad van brandenburg bie berlien | DE-BB
gronings | moi de hoofdstad van nedersaksen want we goan noar emden | DE-NI
gronings | in de eemshaven lag een schip uut panama wat is de hoofdstad | PA
gronings | wat is dat nou de hoofdstad van de salomonseilanden | SB
gronings | mien dochter zit in nieuw-zeeland op werkvakantie wat is de hoofdstad | NZ
gronings | joa is wellington de hoofdstad van nieuw-zeeland | NZ
gronings | de hoofdstad van ijsland moi wat was dat ook weer | IS
limburgs | hoe is het ich gaon op vakantie nao kroatië wat is de hoofdstad | HR
limburgs | allee is luik de hoofdstad van belgië | BE
limburgs | jong ich kèn de hoofdstad van luxemburg neet | LU
limburgs | mien mam wil wete wat de hoofdstad van noordrijn-westfalen is | DE-NW
limburgs | de hoofdstad van het saarland jong | DE-SL
limburgs | in de mijn werkde vreuger polen wat is de hoofdstad van polen | PL
fries | heit freget is ljouwert de haadstêd fan nederlân nee wat binne de hoofdsteden fan nederland | NL
fries | mem wol witte wat de haadstêd fan skotlân is | GB-SCT
fries | myn beppe wie yn kanada wat is de hoofdstad fan kanada | CA
fries | ja dus de hoofdstad fan ingelân | GB-ENG
fries | nou ja wat is de haadstêd fan it feriene keninkryk | GB
surinaams | baya mijn neef vliegt naar curaçao wat is daar de hoofdstad | CW
surinaams | mi boi is cayenne de hoofdstad van frans-guyana | GF
surinaams | ala mijn schoonzus komt uit haïti wat is de hoofdstad van haïti | HT
surinaams | no span wat is de hoofdstad van barbados | BB
surinaams | fa waka bro ken jij de hoofdstad van de bahama's | BS
surinaams | mijn buurman in de bijlmer komt uit ghana is accra de hoofdstad | GH
surinaams | baya wat is de hoofdstad van guyana is dat georgetown | GY
turks | abi mijn oom woont in duitsland is berlijn de hoofdstad | DE
turks | yani is bakoe de hoofdstad van azerbeidzjan of niet | AZ
turks | abla zegt ankara ik zeg istanbul wat is de hoofdstad van turkije | TR
turks | wallah ik ga naar georgië op vakantie wat is de hoofdstad | GE
turks | kardesj wat is de hoofdstad van noord-cyprus of cyprus | CY
turks | hadi de hoofdstad van oezbekistan voor mijn neef | UZ
turks | tamam de hoofdstad van kirgizië | KG
pools | dobra mijn vrouw vraagt hoofdstad van litouwen is vilnius | LT
pools | hoofdstad van wit-rusland prosze alexa | BY
pools | tak mijn collega uit roemenië zegt boekarest is dat hoofdstad | RO
pools | no alexa is krakau hoofdstad van polen of warschau | PL
pools | in de kas werkt man uit letland wat is hoofdstad | LV
pools | ik wil weten hoofdstad van tsjechië ik rij daar door | CZ
indisch | adoe mijn vader diende in nieuw-guinea maar wat is de hoofdstad van papoea-nieuw-guinea | PG
indisch | kassian vroeger heette het batavia wat is nu de hoofdstad van indonesië | ID
indisch | ajo de hoofdstad van oost-timor | TL
indisch | sudah is manilla de hoofdstad van de filipijnen | PH
indisch | tjoek wat is de hoofdstad van brunei | BN
indisch | mijn kleinzoon gaat backpacken in vietnam wat is de hoofdstad | VN
antilliaans | dushi wat is de hoofdstad van saint lucia | LC
antilliaans | ban wat is de hoofdstad van grenada | GD
antilliaans | mi amor de hoofdstad van antigua en barbuda | AG
antilliaans | ai is philipsburg de hoofdstad van sint maarten | SX
antilliaans | wat is de hoofdstad van puerto rico dushi | PR
antilliaans | kon ta bai wat is de hoofdstad van de kaaimaneilanden | KY
klaverjassen | nou jij deelt en wat is de hoofdstad van de verenigde staten | US
klaverjassen | klaverjassen en een vraag is ottawa de hoofdstad van canada | CA
klaverjassen | alle troeven en de hoofdstad van kenia | KE
veiling | de koper uit de emiraten biedt mee wat is de hoofdstad | AE
veiling | een exporteur naar saoedi-arabië wat is de hoofdstad daar | SA
veiling | onze orchideeën gaan naar china is peking de hoofdstad | CN
pubquiz | bonusvraag van welk land is canberra de hoofdstad | CITY:Canberra
pubquiz | laatste ronde de hoofdstad van burkina faso | BF
pubquiz | ze zeggen abidjan maar wat is de hoofdstad van ivoorkust | CI
pubquiz | vraag tien wat is de hoofdstad van myanmar | MM
pubquiz | de hoofdstad van kazachstan is dat astana of almaty | KZ
chauffeur | ik rij naar italië via oostenrijk wat is de hoofdstad van oostenrijk | AT
chauffeur | ik moet lossen in spanje wat is de hoofdstad | ES
chauffeur | ik slaap in de cabine in frankrijk wat is de hoofdstad | FR
chauffeur | via de tunnel naar engeland wat is de hoofdstad | GB-ENG
kapper | mijn klant komt uit eritrea wat is de hoofdstad | ER
kapper | met de schaar in de hand wat is de hoofdstad van syrië | SY
kapper | de verf moet intrekken intussen de hoofdstad van afghanistan | AF
studenten | ik heb een date met iemand uit colombia wat is de hoofdstad | CO
studenten | de uitwisselingsstudent komt uit taiwan wat is de hoofdstad | TW
studenten | in de werkgroep zit iemand uit indonesië wat is de hoofdstad | ID
studenten | voor geschiedenis wat is de hoofdstad van zuid-afrika | ZA
scouting | de bevers willen de hoofdstad van nepal weten voor de kampvuuravond | NP
scouting | bij het kamp in de ardennen waar is de hoofdstad van belgië | BE
sauna | in het stoombad wat is de hoofdstad van finland | FI
sauna | mijn saunavriend komt uit estland wat is de hoofdstad | EE
schiphol | de passagier gaat naar suriname wat is de hoofdstad | SR
schiphol | de vlucht uit kenia is geland wat is de hoofdstad van kenia | KE
schiphol | een man uit pakistan vraagt mij dingen wat is de hoofdstad | PK
breiclub | de kantklossen komen uit belgië maar wat is de hoofdstad | BE
breiclub | mijn breivriendin gaat naar ijsland wat is de hoofdstad | IS
puzzel | het cryptogram de hoofdstad van cuba | CU
puzzel | kruiswoord de hoofdstad van togo | TG
kind | juf vroeg de hoofdstad van duitsland wat is die | DE
kind | papa wat is de hoofdstad van het land van de pizza | IT
kind | alexa ik wil de hoofdstad van japan voor mijn spreekbeurt | JP
kind | hoofdstad van egypte voor mijn werkstuk over de farao's | EG
oudere | zeg eens meisje is moskou nog steeds de hoofdstad van rusland | RU
oudere | ik heb daar in de oorlog gezeten in indië wat is nu de hoofdstad van indonesië | ID
oudere | wat is de hoofdstad van portugal mijn kleindochter woont daar | PT
# more yes/no checks, self-corrections, reverse questions and names
yes-no-check | ik zou het nie weten is antwerpen de hoofdstad van belgië | BE
yes-no-check | joa is frankfurt de hoofdstad van duitsland | DE
yes-no-check | moi is bergen de hoofdstad van noorwegen | NO
yes-no-check | allee klopt het dat maastricht de hoofdstad van limburg is en wat is de hoofdstad van luxemburg | LU
yes-no-check | baya is albina de hoofdstad van suriname | SR
yes-no-check | abi is izmir de hoofdstad van turkije | TR
yes-no-check | dobra is gdansk hoofdstad van polen | PL
yes-no-check | adoe is soerabaja de hoofdstad van indonesië | ID
yes-no-check | dushi is kralendijk de hoofdstad van bonaire | BQ
yes-no-check | is johannesburg een van de hoofdsteden van zuid-afrika | ZA
yes-no-check | is colombo de hoofdstad van sri lanka | LK
yes-no-check | is la paz de hoofdstad van bolivia of sucre | BO
yes-no-check | is den haag de hoofdstad van nederland | NL
yes-no-check | is kaapstad de hoofdstad van zuid-afrika | ZA
self-correction | ik wil de hoofdstad van zweden nee finland weten | FI
self-correction | joa de hoofdstad van denemarken nee wacht noorwegen | NO
self-correction | moi de hoofdstad van oostenrijk sorry ik bedoel hongarije | HU
self-correction | allee de hoofdstad van belgië nee luxemburg jong | LU
self-correction | baya de hoofdstad van suriname nee frans-guyana | GF
self-correction | abi de hoofdstad van turkije nee griekenland | GR
self-correction | dobra hoofdstad van polen nee nee tsjechië | CZ
self-correction | adoe de hoofdstad van indonesië eh nee de filipijnen | PH
self-correction | dushi de hoofdstad van curaçao nee bonaire | BQ
self-correction | de hoofdstad van california eh nee oregon | US-OR
reverse-question | ik hoorde van praag van welk land is dat de hoofdstad | CITY:Praag
reverse-question | joa kopenhagen hoort dat bie denemarken of zweden van welk land is het de hoofdstad | CITY:Kopenhagen
reverse-question | moi van welk land is tallinn de hoofdstad | CITY:Tallinn
reverse-question | allee van welk land is vaduz eigenlijk de hoofdstad jong | CITY:Vaduz
reverse-question | baya van welk land is georgetown de hoofdstad | CITY:Georgetown
reverse-question | abi tbilisi is hoofdstad van welk land | CITY:Tbilisi
reverse-question | dobra riga is hoofdstad van welk land | CITY:Riga
reverse-question | adoe van welk land is phnom penh de hoofdstad | CITY:Phnom Penh
reverse-question | dushi van welk land is castries de hoofdstad | CITY:Castries
reverse-question | van welk land is gaborone de hoofdstad voor de pubquiz | CITY:Gaborone
official-name | wat is de haadstêd fan it keninkryk fan de nederlannen | NL
official-name | joa wat is de hoofdstad van het koninkrijk noorwegen | NO
official-name | allee wat is de hoofdstad van het koninkrijk belgië | BE
official-name | baya wat is de hoofdstad van de republiek suriname | SR
official-name | abi de hoofdstad van de republiek azerbeidzjan | AZ
official-name | dobra hoofdstad van de republiek polen | PL
official-name | adoe de hoofdstad van de republiek indonesië | ID
official-name | de hoofdstad van de zwitserse confederatie | CH
everyday-name | ik wil de hoofdstad van holland weten | NL
everyday-name | joa wat is de hoofdstad van duutsland | DE
everyday-name | allee wat is de hoofdstad van belsj | BE
everyday-name | baya wat is de hoofdstad van sranan | SR
everyday-name | wat is de hoofdstad van de dominicaanse | DO
everyday-name | wat is de hoofdstad van saoedi | SA
everyday-name | de hoofdstad van bosnië-herzegovina | BA
old-name | adoe wat is de hoofdstad van nederlands-indië nu indonesië | ID
old-name | wat is de hoofdstad van rhodesië nu zimbabwe | ZW
old-name | wat was de hoofdstad van zuid-rhodesië | ZW
old-name | wat is de hoofdstad van bechuanaland | BW
old-name | wat is de hoofdstad van basutoland | LS
old-name | wat is de hoofdstad van goudkust | GH
territory | dushi wat is de hoofdstad van saint-martin het franse deel | MF
territory | zò wat is de hoofdstad van guernsey | GG
territory | moi wat is de hoofdstad van spitsbergen bij de ijsberen | SJ
territory | abi wat is de hoofdstad van noord-cyprus nee van kosovo | XK
territory | de hoofdstad van anguilla | AI
territory | wat is de hoofdstad van saint-barthélemy | BL
subdivision | joa wat is de hoofdstad van de staat colorado | US-CO
subdivision | moi de hoofdstad van de staat oregon | US-OR
subdivision | allee wat is de hoofdstad van de staat utah | US-UT
subdivision | baya de hoofdstad van de staat new jersey | US-NJ
subdivision | abi de hoofdstad van de staat arizona | US-AZ
subdivision | dobra hoofdstad van staat ohio | US-OH
subdivision | adoe de hoofdstad van de provincie nova scotia | CA-NS
subdivision | dushi wat is de hoofdstad van quintana roo waar cancún ligt | MX-ROO
subdivision | wat is de hoofdstad van rio grande do sul | BR-RS
subdivision | wat is de hoofdstad van west-bengalen | IN-WB
subdivision | wat is de hoofdstad van tamil nadu | IN-TN
subdivision | wat is de hoofdstad van victoria in australië | AU-VIC
subdivision | wat is de hoofdstad van zuid-australië | AU-SA
subdivision | wat is de hoofdstad van het noordelijk territorium | AU-NT
plural-capitals | ik hoorde dat zuid-afrika meer hoofdsteden heeft noem ze | ZA
plural-capitals | joa welke twee hoofdsteden heeft bolivia | BO
plural-capitals | allee wat zijn de twee hoofdsteden van maleisië jong | MY
plural-capitals | baya noem de hoofdsteden van ivoorkust | CI
plural-capitals | abi welke hoofdsteden heeft benin yani | BJ
plural-capitals | adoe de twee hoofdsteden van sri lanka | LK
plural-capitals | abi mijn buurman komt uit palestina welke hoofdsteden hebben ze daar | PS
plural-capitals | baya de hoofdsteden van palestina ramallah en welke nog meer | PS
plural-capitals | moi palestina heeft er twee toch welke hoofdsteden zijn dat | PS
follow-up | ik wil ook die van kroatië weten | HR
follow-up | joa en van slovenië | SI
follow-up | moi en van montenegro | ME
follow-up | allee en van albanië jong | AL
follow-up | abi en van georgië | GE
follow-up | dobra en van slowakije | SK
# third batch: a few more in the speakers' words
zeeuws | m'n kleinzoon vraagt het op de camping in domburg wat is de hoofdstad van zweden | SE
zeeuws | bie de bolusbakker in middelburg hadden ze het over de hoofdstad van tunesië | TN
twents | joa op de tukkerdag vroeg ene de hoofdstad van het verenigd koninkrijk | GB
twents | wat is het hoofdstad van oekraïne mien noaber helpt daar vluchtelingen | UA
gronings | moi mien kleindochter gaat noar argentinië wat is de hoofdstad daar | AR
gronings | de hoofdstad van roemenië wat is dat nou weer | RO
limburgs | hoe is het jong de hoofdstad van slowakije wie heet die | SK
limburgs | allee noe wat is de hoofdstad van hongarije ich kom d'r neet op | HU
fries | heit freget de haadstêd fan poalen | PL
fries | mem wol witte de haadstêd fan eastenryk | AT
surinaams | baya mijn zus trouwt in trinidad wat is de hoofdstad daar | TT
surinaams | mi boi de hoofdstad van nigeria is dat lagos of abuja | NG
turks | abi wat is de hoofdstad van iran mijn collega komt daar vandaan | IR
turks | yani wat is de hoofdstad van albanië kardesj | AL
pools | dobra wat is hoofdstad van servië mijn vriend vraagt | RS
pools | tak ik wil weten wat is hoofdstad van kroatië voor vakantie | HR
indisch | adoe wat is de hoofdstad van sri lanka waar de thee vandaan komt | LK
indisch | ajo oma wil weten de hoofdstad van cambodja | KH
antilliaans | dushi wat is de hoofdstad van cuba mi amor | CU
antilliaans | ban alexa de hoofdstad van costa rica | CR
klaverjassen | we spelen rotterdams wat is de hoofdstad van denemarken | DK
pubquiz | de muziekronde is klaar wat is de hoofdstad van jamaica | JM
chauffeur | ik laad in belgië en lever in luxemburg wat is de hoofdstad van luxemburg | LU
kapper | mijn klant heeft een vriend in bangladesh wat is de hoofdstad | BD
studenten | voor mijn scriptie over rwanda wat is de hoofdstad | RW
scouting | de verkenners willen de hoofdstad van canada weten voor de bosloop | CA
sauna | na het koude dompelbad wat is de hoofdstad van noorwegen | NO
schiphol | de passagiers naar de maldiven wat is daar de hoofdstad | MV
breiclub | ik brei sokken voor mijn neef in chili wat is de hoofdstad | CL
kind | waar woont de sultan van brunei in welke hoofdstad | BN
"""

if __name__ == "__main__":
    build_round(31, "nl", LINES, sys.argv, "tests/Eval/nl/round31/source/build_corpus.py")
