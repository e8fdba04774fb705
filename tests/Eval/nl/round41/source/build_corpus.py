"""Round 41, Dutch (nl-NL): a new author's own mix, written blind at the start of the fifty-second session (brief
WRITER58.md). Speakers chosen apart from the groups of the Dutch round 40 (Groningers, Hagenaars, Nijmegenaren,
Volendammers, Urkers, Syrian, Eritrean, Cape Verdean and Ghanaian newcomers, Indian expats, Moluccan families,
Venezuelan and Colombian newcomers, inburgering learners, kleuters, tieners, grandparents on oppasdag, night-shift nurses,
dairy farmers, train conductors, soldiers, diplomats, parcel couriers, canal-boat guides, a newsroom, the Songfestival,
the Olympics, the kringverjaardag, Sinterklaas, Koningsdag, tv quizzes, genealogy, university lectures) and from the
groups it says rounds 39 and 38 used (Tukkers, Zeeuwen, Limburgers, Brabanders, Friezen, Flemish people, Rotterdammers,
Amsterdammers, Surinamese, Antillean and Aruban Dutch, Moroccan Dutch, Turkish Dutch, Polish greenhouse workers,
Ukrainian newcomers, Indo families, English-speaking expats, the care home, school topografie and aardrijkskunde, the
student house, the pub quiz, truck drivers, bargemen, cabin crew, game night, cooking, holidays, working from home,
cycling fans, Achterhoekers, Drenten, Utrechters, Afghan newcomers, Chinese Dutch restaurant families, Brazilian Dutch,
Germans, flower auction staff, taxi drivers, library staff, the football canteen, Discord gamers, choirs, bedtime, the
chess club): Veluwnaren of Barneveld, Elspeet and Harderwijk ("heur", "wiej", "ie", "bie ons", "eigenluk"),
Betuwnaren of the fruit farms ("nie", the boomgaard, the fruitcorso in Tiel), Leidenaren ("hoe hiet", "heul", "ken
je", "effetjes", "nou moe", 3 oktober), West-Friezen of Hoorn and Enkhuizen ("seg", "ik hew", "gien", the skuur),
Texelaars (the boat to Den Helder, jutten, sheep), Gooiers of Laren and Blaricum ("ja joh", "schat", skiing, golf),
Almeerders and Flevolanders (Lelystad Airport, the Floriade), Iranian Dutch families (Persian "khob", "merci",
"azizam", "maman jan", Nowruz), Somali Dutch families ("waryaa", "haye", "wallaahi", "hooyo", "aabo", "mahadsanid"),
Filipino Dutch (Taglish "ano", "sige", "po", "naman", "salamat", "kuya", "ay naku"), Italian Dutch ijssalon families
("allora", "dai", "mamma mia", "nonno", "basta"), South Africans in the Netherlands (Afrikaans "ag man", "asseblief",
"baie dankie", "die hoofstad"), Romanian and Bulgarian seasonal workers (learner Dutch, "haide", "bine", "mersi"),
Japanese expats in Amstelveen (learner Dutch, "sumimasen", "eto", "hai", "arigato"), and at work or in a hobby:
dredging crews (baggeraars), radio amateurs (zendamateurs), stamp collectors (stamps in their own languages), crossword
solvers, travel agents, hotel reception staff, hairdressers, coffee roasters, customs officers at Schiphol; and in
situations: Formula 1 on tv, speed skating on tv, pensioners wintering in Spain, the breakfast table at home, watching
Wie is de Mol, young parents at the night feed. Plus follow-ups, plural capitals, subdivisions and territories, yes/no
checks, self-corrections, reverse questions, official, everyday and old names, shared names, launch by the invocation
name "hoofdsteden van de wereld", help, stop and cancel in those speakers' words, and out-of-domain requests and near
misses.
`python3 tests/Eval/nl/round41/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 41's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Veluwnaren (Apeldoorn, Barneveld, Elspeet, Harderwijk, Nunspeet): "heur", "wiej", "ie", "bie ons", "eigenluk"
veluwnaren | alexa wat is eigenluk de hoofdstad van {} heur | hongarije=HU; tsjechië=CZ; slowakije=SK
veluwnaren | bie ons in barneveld komen de kippenboeren uit {} kijken wat is daar de hoofdstad | oekraïne=UA; roemenië=RO; moldavië=MD
veluwnaren | ik weet 't niet heur alexa hoe heet de hoofdstad van {} | oostenrijk=AT; zwitserland=CH; liechtenstein=LI
veluwnaren | de dominee gaat met de zendingsreis naar {} wat is daar de hoofdstad | malawi=MW; zambia=ZM; mozambique=MZ
veluwnaren | wiej hebben een pleeggezin uit {} in nunspeet alexa wat is de hoofdstad daar | burundi=BI; rwanda=RW; oeganda=UG
veluwnaren | alexa op de markt in harderwijk stond een man uit {} wat is de hoofdstad van zijn land | albanië=AL; noord-macedonië=MK; montenegro=ME
veluwnaren | zeg alexa weet ie de hoofdstad van {} | ierland=IE; ijsland=IS; estland=EE
veluwnaren | alexa bie het paleis het loo waren toeristen uit {} wat is de hoofdstad daarvan | japan=JP; zuid-korea=KR; taiwan=TW
veluwnaren | alexa hoe heet de hoofdstad van dat land waar de boer zijn koeien naar verkocht had in {} | kazachstan=KZ; oezbekistan=UZ; azerbeidzjan=AZ
veluwnaren | alexa m'n buurvrouw in elspeet bidt voor de christenen in {} wat is daar de hoofdstad | nigeria=NG; pakistan=PK; eritrea=ER
veluwnaren | alexa wat is de hoofdstad van de staat iowa daar zijn ook veel boeren heur | US-IA
veluwnaren | alexa welke stad is de hoofdstad van pennsylvania daar wonen toch die amish | US-PA
veluwnaren | alexa wat is nou de hoofdstad van de provincie saskatchewan | CA-SK
# Betuwnaren (Tiel, Geldermalsen, Culemborg, the fruit farms): "nie", "kersenpluk", "de boomgaard", Flipje
betuwnaren | alexa de plukkers in de boomgaard komen uit {} wat is daar de hoofdstad | bulgarije=BG; letland=LV; litouwen=LT
betuwnaren | alexa ik weet 't nie wat is de hoofdstad van {} | chili=CL; peru=PE; argentinië=AR
betuwnaren | alexa onze peren gaan op de boot naar {} hoe heet de hoofdstad daar | saoedi-arabië=SA; verenigde arabische emiraten=AE; egypte=EG
betuwnaren | alexa de appels uit {} zijn goedkoper dan de onze wat is daar eigenlijk de hoofdstad | nieuw-zeeland=NZ; zuid-afrika=ZA; polen=PL
betuwnaren | alexa bij de fruitcorso in tiel was een praalwagen over {} wat is de hoofdstad van dat land | brazilië=BR; mexico=MX; cuba=CU
betuwnaren | alexa wat is de hoofdstad van washington daar komen die dure appels vandaan | US-WA
betuwnaren | alexa mijn zwager teelt kersen en ging kijken in de staat michigan wat is daar de hoofdstad | US-MI
betuwnaren | alexa wat is de hoofdstad van brits-columbia daar hebben ze ook boomgaarden | CA-BC
betuwnaren | alexa de nieuwe stagiair op de fruitteelt komt uit tasmanië wat is de hoofdstad daar | AU-TAS
betuwnaren | alexa wat is nou de hoofdstad van {} daar heb je die jam vandaan | georgië=GE; armenië=AM; servië=RS
betuwnaren | alexa de veiling in geldermalsen verkoopt ook naar {} wat is daar de hoofdstad | zweden=SE; finland=FI; noorwegen=NO
betuwnaren | alexa wat is de hoofdstad van {} we hebben daar een container heen gestuurd | singapore=SG; maleisië=MY; vietnam=VN
# Leidenaren (Leids: "hoe hiet", "heul", "ken je", "effetjes", "nou moe", 3 oktober): stad of the university and the Breestraat
leidenaren | alexa hoe hiet de hoofdstad van {} | portugal=PT; spanje=ES; italië=IT
leidenaren | nou moe alexa ken je effetjes zeggen wat de hoofdstad van {} is | griekenland=GR; cyprus=CY; malta=MT
leidenaren | alexa op drie oktober stond er een kraam uit {} op de lange mare wat is de hoofdstad daarvan | turkije=TR; libanon=LB; jordanië=JO
leidenaren | alexa ik ben heul benieuwd wat is de hoofdstad van {} | indonesië=ID; filipijnen=PH; thailand=TH
leidenaren | alexa in de breestraat liep een groep uit {} hoe hiet hun hoofdstad | china=CN; mongolië=MN; nepal=NP
leidenaren | alexa de promovendus van mijn dochter komt uit {} wat is daar de hoofdstad | iran=IR; irak=IQ; syrië=SY
leidenaren | alexa hoe hiet de hoofdstad van de staat zuid-australië | AU-SA
leidenaren | alexa ken je me zeggen wat de hoofdstad van west-bengalen is | IN-WB
leidenaren | alexa effetjes wat is de hoofdstad van {} voor de kruiswoordpuzzel in het leidsch dagblad | laos=LA; cambodja=KH; myanmar=MM
leidenaren | alexa de hortus heeft een plant uit {} wat is daar de hoofdstad | madagaskar=MG; mauritius=MU; seychellen=SC
# West-Friezen (Hoorn, Enkhuizen, Medemblik, Andijk): "seg", "hoe hiet dat", "gien", "ik hew", "skuur"
westfriezen | seg alexa hoe hiet de hoofdstad van {} | denemarken=DK; belarus=BY; slovenië=SI
westfriezen | alexa ik hew gien idee wat is de hoofdstad van {} | kroatië=HR; bosnië en herzegovina=BA; kosovo=XK
westfriezen | seg alexa die zaadveredelaars in enkhuizen verkopen aan {} wat is de hoofdstad daar | kenia=KE; ethiopië=ET; tanzania=TZ
westfriezen | alexa in de haven van hoorn lag een jacht uit {} hoe hiet de hoofdstad van dat land | monaco=MC; andorra=AD; san marino=SM
westfriezen | alexa de vrachtwagen met uien gaat naar {} wat is daar de hoofdstad | senegal=SN; ivoorkust=CI; ghana=GH
westfriezen | alexa jan pieterszoon coen kwam uit hoorn en ging naar {} wat is daar nou de hoofdstad | indonesië=ID; sri lanka=LK; japan=JP
westfriezen | seg alexa wat is de hoofdstad van de staat new hampshire | US-NH
westfriezen | alexa ik hew een neef in vermont hoe hiet daar de hoofdstad | US-VT
westfriezen | alexa wat is de hoofdstad van {} seg ik zat er net naast met de quiz in de skuur | guatemala=GT; honduras=HN; nicaragua=NI
# Texelaars (the island, the ferry to Den Helder, sheep, beachcombing): "op 't eiland", "de boot", "jutten"
texelaars | alexa op het strand van texel is een fles aangespoeld uit {} wat is daar de hoofdstad | noorwegen=NO; schotland=GB-SCT; ierland=IE
texelaars | alexa de kaasboer op het eiland verkoopt lamsvlees aan {} hoe heet de hoofdstad | belgië=BE; luxemburg=LU; frankrijk=FR
texelaars | alexa de vogelaars bij de slufter zagen een vogel uit {} wat is de hoofdstad van dat land | siberië=FB; groenland=GL; ijsland=IS
texelaars | alexa wij wachten op de boot naar den helder wat is de hoofdstad van {} | de faeröer=FO; spitsbergen=SJ; åland=AX
texelaars | alexa de jutter vond een stuk wrakhout met een stempel uit {} wat is daar de hoofdstad | brazilië=BR; suriname=SR; guyana=GY
texelaars | alexa op de camping hier staan mensen uit {} hoe heet de hoofdstad daar | tsjechië=CZ; slowakije=SK; oostenrijk=AT
texelaars | alexa de zeehonden in ecomare komen soms uit wales wat is de hoofdstad van wales | GB-WLS
texelaars | alexa wat is de hoofdstad van het eiland man een schapenboer van texel is daar geweest | IM
texelaars | alexa hoe heet de hoofdstad van jersey die ligt ook op een eiland toch | JE
texelaars | alexa wat is de hoofdstad van guernsey | GG
# Gooiers (Laren, Blaricum, Bussum, Naarden; 't Gooi): "ja joh", "schat", "superleuk", skiing, golf, the tennis club
gooiers | ja joh alexa wat is nou de hoofdstad van {} | zwitserland=CH; oostenrijk=AT; monaco=MC
gooiers | alexa schat we gaan in de krokus skiën in {} wat is daar de hoofdstad | andorra=AD; slovenië=SI; bulgarije=BG
gooiers | alexa op de golfbaan in hilversum vertelde iemand over {} wat is de hoofdstad daarvan | mauritius=MU; barbados=BB; de bahama's=BS
gooiers | alexa superleuk maar wat is de hoofdstad van {} daar zit onze zoon op een gap year | costa rica=CR; panama=PA; ecuador=EC
gooiers | alexa mijn schoonmoeder in laren gaat op cruise naar {} wat is de hoofdstad daar | de maldiven=MV; de seychellen=SC; fiji=FJ
gooiers | alexa bij de tennisclub speelt een meisje uit {} wat is de hoofdstad van dat land | argentinië=AR; uruguay=UY; paraguay=PY
gooiers | alexa ja joh de au pair komt uit {} hoe heet daar de hoofdstad | de filipijnen=PH; colombia=CO; zuid-afrika=ZA
gooiers | alexa wat is de hoofdstad van de staat colorado we gaan skiën in aspen | US-CO
gooiers | alexa welke stad is de hoofdstad van utah daar ligt toch park city | US-UT
gooiers | alexa wat is de hoofdstad van de bermuda's schat | BM
gooiers | alexa wat is de hoofdstad van de kaaimaneilanden vraagt de accountant | KY
gooiers | alexa wat is de hoofdstad van saint barth | BL
# Almeerders and other Flevolanders (Almere, Lelystad, Dronten, the polder): new towns, the Floriade, Lelystad Airport
almeerders | alexa vanaf lelystad airport vliegen ze naar {} wat is daar de hoofdstad | bulgarije=BG; noord-macedonië=MK; albanië=AL
almeerders | alexa in almere buiten woont een gezin uit {} wat is de hoofdstad daar | ghana=GH; nigeria=NG; kameroen=CM
almeerders | alexa op de floriade had {} een paviljoen wat is de hoofdstad van dat land | qatar=QA; bahrein=BH; oman=OM
almeerders | alexa de polder is dieper dan heel {} wat is daar eigenlijk de hoofdstad | de maldiven=MV; tuvalu=TV; kiribati=KI
almeerders | alexa bij batavia stad zag ik een replica van een schip uit {} hoe heet de hoofdstad daar | zweden=SE; denemarken=DK; portugal=PT
almeerders | alexa mijn collega in dronten komt uit {} wat is de hoofdstad van zijn land | eritrea=ER; somalië=SO; jemen=YE
almeerders | alexa wat is de hoofdstad van flevoland | FB
almeerders | alexa ik pendel naar amsterdam maar wat is nou de hoofdstad van nederland | NL
almeerders | alexa de nieuwe wijk hier heeft straatnamen van {} wat is de hoofdstad van dat land | sierra leone=SL; liberia=LR; guinee=GN
almeerders | alexa in de almeerse zoo zit een panda uit {} wat is daar de hoofdstad | china=CN; bhutan=BT; nepal=NP
# Iranian Dutch families: Persian "khob", "merci", "azizam", "baba", "maman jan", Nowruz
iraanse-nederlanders | khob alexa wat is de hoofdstad van {} | iran=IR; afghanistan=AF; tadzjikistan=TJ
iraanse-nederlanders | alexa azizam mijn dochter vraagt wat is de hoofdstad van {} | turkmenistan=TM; armenië=AM; azerbeidzjan=AZ
iraanse-nederlanders | alexa voor nowruz komt oom uit {} wat is daar de hoofdstad merci | canada=CA; zweden=SE; duitsland=DE
iraanse-nederlanders | maman jan wil weten alexa wat is de hoofdstad van {} | koeweit=KW; qatar=QA; irak=IQ
iraanse-nederlanders | alexa baba zegt perzië wat is de hoofdstad van perzië | IR
iraanse-nederlanders | khob alexa welke stad is hoofdstad van {} voor haar huiswerk | pakistan=PK; india=IN; bangladesh=BD
iraanse-nederlanders | alexa mijn vader werkte vroeger in {} wat is de hoofdstad daar merci | de verenigde arabische emiraten=AE; bahrein=BH; oman=OM
iraanse-nederlanders | alexa wat is de hoofdstad van californië daar wonen veel iraniërs | US-CA
iraanse-nederlanders | alexa wat is hoofdstad van kirgizië azizam | KG
# Somali Dutch families: "waryaa", "haye", "wallaahi", "hooyo", "aabo", "abaayo", "mahadsanid"; learner Dutch
somalische-nederlanders | waryaa alexa wat is de hoofdstad van {} | somalië=SO; djibouti=DJ; ethiopië=ET
somalische-nederlanders | alexa hooyo vraagt wat is hoofdstad van {} | kenia=KE; oeganda=UG; soedan=SD
somalische-nederlanders | haye alexa mijn neef woont in {} wat is hoofdstad daar | noorwegen=NO; finland=FI; engeland=GB-ENG
somalische-nederlanders | alexa wallaahi ik weet niet meer wat is de hoofdstad van {} mahadsanid | jemen=YE; saoedi-arabië=SA; egypte=EG
somalische-nederlanders | alexa aabo wil weten welke stad is de hoofdstad van {} | eritrea=ER; zuid-soedan=SS; tanzania=TZ
somalische-nederlanders | alexa abaayo zegt de hoofdstad van somalië is hargeisa is dat waar | SO
somalische-nederlanders | alexa wat is de hoofdstad van minnesota daar wonen veel somaliërs | US-MN
somalische-nederlanders | alexa die land {} wat is de hoofdstad | mozambique=MZ; madagaskar=MG; de comoren=KM
somalische-nederlanders | alexa hoofdstad van ohio wat is het mijn oom woont in columbus | US-OH
# Filipino Dutch (nurses, seafarers, au pairs): Taglish "ano", "sige", "po", "naman", "salamat", "ate", "kuya", "ay naku"
filipijnse-nederlanders | ay naku alexa wat is de hoofdstad van {} po | de filipijnen=PH; brunei=BN; oost-timor=TL
filipijnse-nederlanders | alexa sige wat is de hoofdstad van {} salamat | palau=PW; micronesia=FM; de marshalleilanden=MH
filipijnse-nederlanders | alexa kuya werkt op een schip naar {} ano ang hoofdstad daar | panama=PA; singapore=SG; hongkong=HK
filipijnse-nederlanders | alexa ate is verpleegster in {} wat is daar de hoofdstad naman | saoedi-arabië=SA; koeweit=KW; israël=IL
filipijnse-nederlanders | alexa wat is de hoofdstad van guam po | GU
filipijnse-nederlanders | alexa wat is de hoofdstad van de noordelijke marianen kuya werkt daar | MP
filipijnse-nederlanders | alexa my tita lives in {} wat is de hoofdstad daar | hawaï=US-HI; nevada=US-NV; californië=US-CA
filipijnse-nederlanders | alexa ano nga de hoofdstad van {} sige | papoea-nieuw-guinea=PG; de salomonseilanden=SB; vanuatu=VU
# Italian Dutch ijssalon families (from the Dolomites, the Cadore and the Val di Zoldo): "allora", "dai", "mamma mia", "nonno"
italiaanse-ijsmakers | allora alexa wat is de hoofdstad van {} | italië=IT; san marino=SM; vaticaanstad=VA
italiaanse-ijsmakers | dai alexa nonno vraagt wat de hoofdstad van {} is | oostenrijk=AT; slovenië=SI; kroatië=HR
italiaanse-ijsmakers | alexa mamma mia ik ben het vergeten wat is de hoofdstad van {} | albanië=AL; montenegro=ME; malta=MT
italiaanse-ijsmakers | alexa de pistache voor het ijs komt uit {} wat is daar de hoofdstad | iran=IR; turkije=TR; syrië=SY
italiaanse-ijsmakers | alexa de vanille komt uit {} hoe heet de hoofdstad daar | madagaskar=MG; de comoren=KM; réunion=RE
italiaanse-ijsmakers | alexa in de winter gaan wij terug naar het cadore en mijn neef naar {} wat is daar de hoofdstad | argentinië=AR; venezuela=VE; brazilië=BR
italiaanse-ijsmakers | alexa de cacao voor de stracciatella komt uit {} wat is de hoofdstad daarvan | ghana=GH; ivoorkust=CI; ecuador=EC
italiaanse-ijsmakers | allora alexa wat is de hoofdstad van sicilië | FB
italiaanse-ijsmakers | alexa een klant in de ijssalon vraagt wat is de hoofdstad van vaticaanstad | VA
italiaanse-ijsmakers | alexa dai wat is de hoofdstad van de staat são paulo | BR-SP
# South Africans in the Netherlands (Afrikaans interference): "ag man", "lekker", "baie dankie", "asseblief", "die hoofstad"
zuid-afrikanen | ag man alexa wat is die hoofstad van {} | namibië=NA; botswana=BW; zimbabwe=ZW
zuid-afrikanen | alexa asseblief wat is die hoofstad van {} | lesotho=LS; malawi=MW; zambia=ZM
zuid-afrikanen | alexa my ouma in pretoria vra wat is die hoofstad van {} | mozambique=MZ; angola=AO; madagaskar=MG
zuid-afrikanen | alexa lekker man wat is de hoofdstad van {} baie dankie | australië=AU; nieuw-zeeland=NZ; engeland=GB-ENG
zuid-afrikanen | alexa wat is die hoofstad van die vrystaat | FB
zuid-afrikanen | alexa ons kuier in {} volgende week wat is daar die hoofstad | mauritius=MU; de seychellen=SC; kenia=KE
zuid-afrikanen | alexa wat is die hoofstad van swaziland nou weer | SZ
zuid-afrikanen | alexa die rugby span van {} wat is hulle hoofstad | fiji=FJ; samoa=WS; tonga=TO
zuid-afrikanen | alexa wat is die hoofstad van queensland ek het daar gewerk | AU-QLD
zuid-afrikanen | alexa wat is die hoofstad van wes-australië | AU-WA
# Romanian and Bulgarian seasonal and warehouse workers (learner Dutch): "da", "bine", "haide", "mersi", "bravo"
roemeense-en-bulgaarse-werkers | alexa haide wat is de hoofdstad van {} | roemenië=RO; bulgarije=BG; moldavië=MD
roemeense-en-bulgaarse-werkers | alexa bine ik wil weten hoofdstad van {} mersi | servië=RS; hongarije=HU; griekenland=GR
roemeense-en-bulgaarse-werkers | alexa mijn collega in het magazijn van venlo komt van {} wat is hoofdstad | polen=PL; litouwen=LT; letland=LV
roemeense-en-bulgaarse-werkers | da alexa hoofdstad van {} welke stad is | oekraïne=UA; belarus=BY; rusland=RU
roemeense-en-bulgaarse-werkers | alexa ik rijd met de bus naar huis door {} wat is daar de hoofdstad | oostenrijk=AT; slowakije=SK; noord-macedonië=MK
roemeense-en-bulgaarse-werkers | alexa bravo en wat is de hoofdstad van transsylvanië | FB
roemeense-en-bulgaarse-werkers | alexa wat is de hoofdstad van moldova haide | MD
roemeense-en-bulgaarse-werkers | alexa de baas zegt ik moet leren nederlands wat is de hoofdstad van nederland | NL
# Japanese expats in Amstelveen (learner Dutch, polite): "sumimasen", "eto", "hai", "arigato", "sou desu ne"
japanse-expats | sumimasen alexa wat is de hoofdstad van {} | japan=JP; noord-korea=KP; mongolië=MN
japanse-expats | alexa eto mag ik vragen wat is de hoofdstad van {} | zuid-korea=KR; taiwan=TW; vietnam=VN
japanse-expats | alexa hai dank u wel wat is de hoofdstad van {} arigato | myanmar=MM; bangladesh=BD; sri lanka=LK
japanse-expats | alexa mijn man gaat op zakenreis naar {} wat is daar de hoofdstad alstublieft | kazachstan=KZ; oezbekistan=UZ; kirgizië=KG
japanse-expats | alexa sou desu ne en wat is de hoofdstad van {} | belgië=BE; luxemburg=LU; duitsland=DE
japanse-expats | alexa voor de japanse school in amstelveen wat is de hoofdstad van beieren | DE-BY
japanse-expats | alexa hoofdstad van noordrijn-westfalen alstublieft eto dusseldorf misschien | DE-NW
japanse-expats | alexa wat is de hoofdstad van hessen sumimasen | DE-HE
# Dredging crews (baggeraars of Boskalis and Van Oord, Papendrecht and Sliedrecht): the hopper, the cutterzuiger, rotations
baggeraars | alexa volgende rotatie gaat de hopper naar {} wat is daar de hoofdstad | qatar=QA; bahrein=BH; de verenigde arabische emiraten=AE
baggeraars | alexa de cutterzuiger ligt voor de kust van {} hoe heet de hoofdstad | nigeria=NG; togo=TG; benin=BJ
baggeraars | alexa we gaan een haven uitdiepen in {} wat is de hoofdstad van dat land | mozambique=MZ; angola=AO; gabon=GA
baggeraars | alexa de crew change is in {} wat is daar de hoofdstad | singapore=SG; maleisië=MY; indonesië=ID
baggeraars | alexa wij spuiten zand op voor een eiland bij {} wat is de hoofdstad daarvan | de maldiven=MV; bahrein=BH; saoedi-arabië=SA
baggeraars | alexa mijn vader uit sliedrecht heeft nog gebaggerd in {} wat is daar de hoofdstad | suriname=SR; guyana=GY; frans-guyana=GF
baggeraars | alexa het project in {} loopt uit wat is de hoofdstad daar | panama=PA; colombia=CO; mexico=MX
baggeraars | alexa de kustverdediging van {} doen wij ook wat is daar de hoofdstad | vietnam=VN; bangladesh=BD; sri lanka=LK
baggeraars | alexa de stuurman komt uit {} wat is de hoofdstad van dat land | kroatië=HR; montenegro=ME; oekraïne=UA
baggeraars | alexa wat is de hoofdstad van queensland we werken bij het rif | AU-QLD
baggeraars | alexa wat is de hoofdstad van de staat louisiana we zitten in de golf van mexico | US-LA
baggeraars | alexa we liggen bij mumbai wat is de hoofdstad van maharashtra | IN-MH
baggeraars | alexa hoe heet de hoofdstad van de staat gujarat | IN-GJ
# Radio amateurs (zendamateurs): "cq cq", dx, qsl-kaarten, the twenty-metre band
zendamateurs | alexa ik heb net een verbinding op twintig meter met {} wat is daar de hoofdstad | de kaapverdische eilanden=CV; de azoren=FB; madeira=FB
zendamateurs | alexa cq cq dx ik hoor een station uit {} wat is de hoofdstad | tonga=TO; samoa=WS; nauru=NR
zendamateurs | alexa de qsl-kaart komt uit {} hoe heet de hoofdstad van dat land | tuvalu=TV; kiribati=KI; vanuatu=VU
zendamateurs | alexa er is een dx-expeditie naar {} wat is daar de hoofdstad | pitcairn=PN; sint-helena=SH; tokelau=TK
zendamateurs | alexa de pile-up is voor {} wat is de hoofdstad daar | bouveteiland=BV; de cocoseilanden=CC; christmaseiland=CX
zendamateurs | alexa wat is de hoofdstad van de falklandeilanden ik heb ze net gewerkt | FK
zendamateurs | alexa een station op de turks en caicoseilanden wat is daar de hoofdstad | TC
zendamateurs | alexa ik had een qso met {} wat is de hoofdstad van dat land | eswatini=SZ; lesotho=LS; botswana=BW
zendamateurs | alexa wat is de hoofdstad van saint-pierre en miquelon | PM
zendamateurs | alexa op veertig meter hoor ik wallis en futuna wat is de hoofdstad daar | WF
zendamateurs | alexa de hoofdstad van norfolk eiland wat is dat | NF
zendamateurs | alexa wat is de hoofdstad van montserrat | MS
# Stamp collectors (postzegelverzamelaars, the Filatelie club, stamps in their own languages)
postzegelverzamelaars | alexa op de postzegel staat {} welk land is dat en wat is de hoofdstad | helvetia=CH; magyar posta=HU; hrvatska=HR
postzegelverzamelaars | alexa ik heb een zegel met {} erop wat is de hoofdstad van dat land | suomi=FI; sverige=SE; norge=NO
postzegelverzamelaars | alexa er staat {} op het zegeltje wat is daar de hoofdstad | polska=PL; eesti=EE; danmark=DK
postzegelverzamelaars | alexa mijn album van {} is bijna vol wat is de hoofdstad daar | shqipëria=AL; österreich=AT; españa=ES
postzegelverzamelaars | alexa wat is de hoofdstad van nippon voor mijn stockboek | JP
postzegelverzamelaars | alexa een oude zegel uit {} wat is daar nu de hoofdstad | zaïre=CD; birma=MM; dahomey=BJ
postzegelverzamelaars | alexa de zegels van {} zijn heel kleurrijk wat is de hoofdstad van dat land | bhutan=BT; sierra leone=SL; de gambia=GM
postzegelverzamelaars | alexa in de ruilbeurs zat een envelop uit {} wat is de hoofdstad daar | equatoriaal-guinea=GQ; sao tomé en principe=ST; guinee-bissau=GW
postzegelverzamelaars | alexa wat is de hoofdstad van de britse maagdeneilanden voor de catalogus | VG
postzegelverzamelaars | alexa wat is de hoofdstad van de amerikaanse maagdeneilanden | VI
postzegelverzamelaars | alexa wat is de hoofdstad van gibraltar ik heb een zegel met de rots | GI
postzegelverzamelaars | alexa wat is de hoofdstad van de cookeilanden die zegels zijn zo mooi | CK
postzegelverzamelaars | alexa een zegel van niue wat is de hoofdstad | NU
# Crossword and puzzle solvers (kruiswoordpuzzels, Denksport, Zweedse puzzels)
puzzelaars | alexa hoofdstad van {} vier letters | peru=PE; cuba=CU; italië=IT
puzzelaars | alexa ik zit met de denksport wat is de hoofdstad van {} | togo=TG; mali=ML; niger=NE
puzzelaars | alexa zweedse puzzel hoofdstad van {} | oman=OM; jemen=YE; chili=CL
puzzelaars | alexa voor de kruiswoordpuzzel wat is de hoofdstad van {} vijf letters | bangladesh=BD; ghana=GH; egypte=EG
puzzelaars | alexa horizontaal twaalf hoofdstad van {} | letland=LV; kenia=KE; mali=ML
puzzelaars | alexa het cryptogram zegt hoofdstad van {} weet jij die | burkina faso=BF; mauritanië=MR; tsjaad=TD
puzzelaars | alexa in de puzzel van de zaterdagkrant hoofdstad van {} | de centraal-afrikaanse republiek=CF; gabon=GA; kameroen=CM
puzzelaars | alexa de laatste letter moet een a zijn hoofdstad van {} | zambia=ZM; guinee=GN; sri lanka=LK
puzzelaars | alexa verticaal drie hoofdstad van de staat {} | idaho=US-ID; oregon=US-OR; nevada=US-NV
puzzelaars | alexa wat is de hoofdstad van {} ik kom er niet uit met de puzzel | nepal=NP; qatar=QA; fiji=FJ
puzzelaars | alexa hoofdstad van tonga met een apostrof geloof ik | TO
# Travel agents (reisbureau, the counter and the phone): customers' trips
reisbureau | alexa een klant wil een rondreis door {} wat is daar de hoofdstad | jordanië=JO; oman=OM; oezbekistan=UZ
reisbureau | alexa ik boek een verre reis naar {} voor een stel hoe heet de hoofdstad daar | cambodja=KH; laos=LA; vietnam=VN
reisbureau | alexa de klant aan de balie vraagt of je in {} moet overstappen in de hoofdstad welke stad is dat | ethiopië=ET; kenia=KE; tanzania=TZ
reisbureau | alexa voor de brochure wat is de hoofdstad van {} | sint-maarten=SX; aruba=AW; curaçao=CW
reisbureau | alexa een huwelijksreis naar {} wat is daar de hoofdstad | de seychellen=SC; mauritius=MU; de maldiven=MV
reisbureau | alexa de groepsreis gaat naar {} wat is de hoofdstad van dat land | bolivia=BO; peru=PE; ecuador=EC
reisbureau | alexa welke stad is de hoofdstad van bonaire en de rest van caribisch nederland | BQ
reisbureau | alexa een klant wil naar frans-polynesië wat is daar de hoofdstad | PF
reisbureau | alexa wat is de hoofdstad van nieuw-caledonië | NC
reisbureau | alexa de klant vliegt naar la réunion hoe heet de hoofdstad | RE
reisbureau | alexa wat is de hoofdstad van martinique voor de reisgids | MQ
reisbureau | alexa guadeloupe wat is daar de hoofdstad | GP
# Hotel reception staff (Amsterdam, Maastricht, The Hague hotels): guests from everywhere
hotelreceptie | alexa er checkt een gast in uit {} wat is de hoofdstad van zijn land | kirgizië=KG; tadzjikistan=TJ; turkmenistan=TM
hotelreceptie | alexa de gasten op kamer twaalf komen uit {} wat is daar de hoofdstad | brunei=BN; oost-timor=TL; papoea-nieuw-guinea=PG
hotelreceptie | alexa een gast met een paspoort uit {} hoe heet de hoofdstad daarvan | dominica=DM; grenada=GD; saint lucia=LC
hotelreceptie | alexa nachtdienst op de receptie wat is de hoofdstad van {} | saint kitts en nevis=KN; antigua en barbuda=AG; saint vincent en de grenadines=VC
hotelreceptie | alexa de gast uit {} wil een taxi naar de ambassade wat is hun hoofdstad | trinidad en tobago=TT; jamaica=JM; haïti=HT
hotelreceptie | alexa een congres met mensen uit {} wat is de hoofdstad daar | de dominicaanse republiek=DO; el salvador=SV; belize=BZ
hotelreceptie | alexa de gast komt uit de staat nebraska wat is daar de hoofdstad | US-NE
hotelreceptie | alexa welke hoofdstad heeft de staat kansas vraagt een gast | US-KS
hotelreceptie | alexa wat is de hoofdstad van oklahoma | US-OK
hotelreceptie | alexa een gast uit de provincie new brunswick wat is daar de hoofdstad | CA-NB
# Hairdressers (kapsalon): chat in the chair, under the dryer, while colouring
kapsalon | alexa een klant in de stoel gaat volgende week naar {} wat is daar de hoofdstad | gambia=GM; senegal=SN; kaapverdië=CV
kapsalon | alexa tijdens het föhnen vroeg een klant wat de hoofdstad van {} is | slowakije=SK; slovenië=SI; kroatië=HR
kapsalon | alexa de nieuwe stagiaire komt uit {} wat is daar de hoofdstad | eritrea=ER; ethiopië=ET; soedan=SD
kapsalon | alexa terwijl de kleuring inwerkt wat is de hoofdstad van {} | australië=AU; canada=CA; zuid-afrika=ZA
kapsalon | alexa de klant onder de droogkap wil weten wat de hoofdstad van {} is | cyprus=CY; libanon=LB; israël=IL
kapsalon | alexa de barbier naast ons komt uit {} wat is de hoofdstad van dat land | irak=IQ; syrië=SY; koerdistan=FB
kapsalon | alexa wat is de hoofdstad van de staat georgia mevrouw gaat naar atlanta | US-GA
kapsalon | alexa een klant zegt dat de hoofdstad van australië sydney is klopt dat | AU
# Coffee roasters and baristas (koffiebranderij): where the beans come from
koffiebranders | alexa deze bonen komen uit {} wat is daar de hoofdstad | ethiopië=ET; rwanda=RW; burundi=BI
koffiebranders | alexa de single origin van vandaag is uit {} hoe heet de hoofdstad daarvan | guatemala=GT; honduras=HN; el salvador=SV
koffiebranders | alexa de importeur heeft een nieuwe partij uit {} wat is de hoofdstad van dat land | oeganda=UG; tanzania=TZ; kenia=KE
koffiebranders | alexa mokka komt oorspronkelijk uit {} wat is daar de hoofdstad | jemen=YE; ethiopië=ET; saoedi-arabië=SA
koffiebranders | alexa de geisha bonen komen uit {} wat is de hoofdstad | panama=PA; costa rica=CR; nicaragua=NI
koffiebranders | alexa de boer die ons koffie levert woont in minas gerais wat is de hoofdstad daar | BR-MG
koffiebranders | alexa wat is de hoofdstad van de staat espírito santo daar komt deze conilon vandaan | BR-ES
koffiebranders | alexa onze kona bonen komen van hawaï wat is de hoofdstad van hawaï | US-HI
koffiebranders | alexa de koffie uit {} is heel fruitig wat is daar de hoofdstad | papoea-nieuw-guinea=PG; laos=LA; myanmar=MM
koffiebranders | alexa wat is de hoofdstad van karnataka daar komt de monsooned malabar vandaan | IN-KA
# Customs officers at Schiphol (douane): flights and passports
douane-schiphol | alexa de vlucht uit {} is net geland wat is daar de hoofdstad | suriname=SR; curaçao=CW; aruba=AW
douane-schiphol | alexa een passagier met een paspoort van {} wat is de hoofdstad van dat land | nauru=NR; palau=PW; de marshalleilanden=MH
douane-schiphol | alexa de koffer kwam via {} wat is de hoofdstad daar | marokko=MA; algerije=DZ; tunesië=TN
douane-schiphol | alexa een transitpassagier uit {} hoe heet de hoofdstad van dat land | libië=LY; tsjaad=TD; niger=NE
douane-schiphol | alexa we hebben een zending uit {} tegengehouden wat is daar de hoofdstad | colombia=CO; ecuador=EC; bolivia=BO
douane-schiphol | alexa de kapitein van de kotter kwam uit de faeröer wat is de hoofdstad daarvan | FO
douane-schiphol | alexa een paspoort uit hongkong heeft hongkong een hoofdstad | HK
douane-schiphol | alexa en macau wat is daar de hoofdstad | MO
# Formula 1 fans (Max on tv on Sunday afternoon): the race calendar
formule-een | alexa de volgende grand prix is in {} wat is daar de hoofdstad | bahrein=BH; azerbeidzjan=AZ; hongarije=HU
formule-een | alexa max rijdt dit weekend in {} hoe heet de hoofdstad van dat land | saoedi-arabië=SA; qatar=QA; singapore=SG
formule-een | alexa de race in austin ligt in texas wat is de hoofdstad van texas | US-TX
formule-een | alexa las vegas ligt in nevada toch wat is daar de hoofdstad | US-NV
formule-een | alexa de race in miami wat is de hoofdstad van florida | US-FL
formule-een | alexa montreal ligt in quebec wat is de hoofdstad van quebec | CA-QC
formule-een | alexa interlagos is in são paulo wat is de hoofdstad van de staat são paulo | BR-SP
formule-een | alexa de teamgenoot van max komt uit {} wat is daar de hoofdstad | mexico=MX; thailand=TH; monaco=MC
formule-een | alexa silverstone ligt in engeland wat is de hoofdstad van engeland | GB-ENG
formule-een | alexa de race in melbourne ligt in victoria wat is de hoofdstad van victoria | AU-VIC
formule-een | alexa suzuka ligt in {} wat is de hoofdstad | japan=JP; china=CN; zuid-korea=KR
formule-een | alexa na spa komt de race in {} wat is daar de hoofdstad | italië=IT; oostenrijk=AT; belgië=BE
# Speed-skating fans (schaatsen, Thialf, the World Cup and the Olympics on ice)
schaatsfans | alexa de wereldbeker is deze week in inzell dat ligt in beieren wat is de hoofdstad van beieren | DE-BY
schaatsfans | alexa calgary ligt in alberta wat is de hoofdstad van alberta | CA-AB
schaatsfans | alexa salt lake city is dat ook de hoofdstad van utah | US-UT
schaatsfans | alexa de schaatsers van {} zijn sterk dit jaar wat is daar de hoofdstad | noorwegen=NO; canada=CA; kazachstan=KZ
schaatsfans | alexa de ijsbaan in erfurt ligt in thüringen wat is de hoofdstad van thüringen | DE-TH
schaatsfans | alexa in milwaukee is de wedstrijd wat is de hoofdstad van wisconsin | US-WI
schaatsfans | alexa lake placid ligt in de staat new york wat is de hoofdstad van new york | US-NY
schaatsfans | alexa de winnaar van de vijf kilometer komt uit {} wat is de hoofdstad | polen=PL; tsjechië=CZ; italië=IT
schaatsfans | alexa de elfstedentocht voor buitenlanders in {} wat is daar de hoofdstad | oostenrijk=AT; finland=FI; zweden=SE
schaatsfans | alexa de schaatsbond van {} wat is de hoofdstad van dat land | china=CN; japan=JP; zuid-korea=KR
# Dutch pensioners wintering in Spain and Portugal (overwinteraars on the Costa Blanca and the Algarve)
pensionados | alexa hier op de costa blanca wat is de hoofdstad van {} | spanje=ES; portugal=PT; andorra=AD
pensionados | alexa de buren op het park komen uit {} wat is daar de hoofdstad | engeland=GB-ENG; noorwegen=NO; belgië=BE
pensionados | alexa bij de bridgeclub in benidorm zit een man uit {} wat is de hoofdstad van dat land | schotland=GB-SCT; noord-ierland=GB-NIR; wales=GB-WLS
pensionados | alexa we rijden terug naar huis via {} wat is de hoofdstad daar | frankrijk=FR; luxemburg=LU; zwitserland=CH
pensionados | alexa de overzet naar {} gaat vanuit tarifa wat is daar de hoofdstad | marokko=MA; algerije=DZ; tunesië=TN
pensionados | alexa wat is de hoofdstad van gibraltar wij gaan daar sigaretten halen | GI
pensionados | alexa wat is de hoofdstad van catalonië | FB
pensionados | alexa op het terras zeggen ze dat de hoofdstad van portugal porto is klopt dat | PT
# The breakfast table at home (hagelslag, the kids before school, dad reading the paper)
ontbijttafel | alexa papa leest in de krant over {} wat is de hoofdstad daarvan | soedan=SD; libië=LY; somalië=SO
ontbijttafel | alexa voordat we naar school gaan wat is de hoofdstad van {} | frankrijk=FR; spanje=ES; duitsland=DE
ontbijttafel | alexa de hagelslag komt uit nederland maar de cacao uit {} wat is daar de hoofdstad | ivoorkust=CI; ghana=GH; kameroen=CM
ontbijttafel | alexa mama vraagt met een boterham in haar mond wat de hoofdstad van {} is | ierland=IE; schotland=GB-SCT; wales=GB-WLS
ontbijttafel | alexa de thee komt uit {} wat is de hoofdstad daar | sri lanka=LK; india=IN; kenia=KE
ontbijttafel | alexa de sinaasappelsap is uit {} wat is daar de hoofdstad | marokko=MA; brazilië=BR; zuid-afrika=ZA
ontbijttafel | alexa wat is de hoofdstad van noord-ierland vroeg mijn zus bij het ontbijt | GB-NIR
ontbijttafel | alexa op het pak melk staat een plaatje van zwitserland wat is de hoofdstad | CH
# Watching Wie is de Mol (the reality game filmed abroad) on the couch
wie-is-de-mol | alexa dit seizoen van wie is de mol speelt in {} wat is daar de hoofdstad | georgië=GE; armenië=AM; colombia=CO
wie-is-de-mol | alexa de kandidaten zijn nu in {} hoe heet de hoofdstad | zuid-afrika=ZA; argentinië=AR; mexico=MX
wie-is-de-mol | alexa de opdracht was in de hoofdstad van {} welke stad was dat | vietnam=VN; cambodja=KH; thailand=TH
wie-is-de-mol | alexa in de aflevering van gisteren waren ze in {} wat is de hoofdstad daar | kirgizië=KG; mongolië=MN; kazachstan=KZ
wie-is-de-mol | alexa de executie was in {} wat is de hoofdstad van dat land | uruguay=UY; chili=CL; peru=PE
wie-is-de-mol | alexa de mol zei dat ze in de hoofdstad van namibië waren welke stad is dat | NA
# Young parents at night (the three o'clock feed, whispering so the baby sleeps)
jonge-ouders-nacht | alexa zachtjes wat is de hoofdstad van {} | moldavië=MD; montenegro=ME; kosovo=XK
jonge-ouders-nacht | alexa om drie uur 's nachts met de fles wat is de hoofdstad van {} | liberia=LR; sierra leone=SL; guinee=GN
jonge-ouders-nacht | alexa ik kan niet slapen na de voeding wat is de hoofdstad van {} | burkina faso=BF; mali=ML; niger=NE
jonge-ouders-nacht | alexa fluister even wat is de hoofdstad van {} | bhutan=BT; nepal=NP; laos=LA
jonge-ouders-nacht | alexa de baby ligt eindelijk maar wat is de hoofdstad van {} | rwanda=RW; burundi=BI; malawi=MW
jonge-ouders-nacht | alexa de kraamverzorgster kwam uit {} wat is daar de hoofdstad | suriname=SR; aruba=AW; curaçao=CW
jonge-ouders-nacht | alexa heel zacht wat is de hoofdstad van djibouti | DJ
jonge-ouders-nacht | alexa wat is de hoofdstad van de comoren nu ik toch wakker ben | KM
# Plural capitals (the several-capital countries), in the speakers' words
plural-capitals | alexa wat zijn de hoofdsteden van {} | benin=BJ; bolivia=BO; ivoorkust=CI
plural-capitals | alexa welke hoofdsteden heeft {} | sri lanka=LK; maleisië=MY; eswatini=SZ
plural-capitals | alexa noem de hoofdsteden van {} | zuid-afrika=ZA; nederland=NL; palestina=PS
plural-capitals | seg alexa hoe hieten de hoofdsteden van {} | benin=BJ; bolivia=BO; zuid-afrika=ZA
plural-capitals | alexa de puzzel zegt dat {} twee hoofdsteden heeft welke zijn dat | ivoorkust=CI; sri lanka=LK; maleisië=MY
plural-capitals | alexa ag man wat is die drie hoofstede van {} | suid-afrika=ZA
plural-capitals | alexa klopt het dat {} meer dan een hoofdstad heeft welke zijn het | eswatini=SZ; nederland=NL; bolivia=BO
plural-capitals | alexa mijn kleinzoon zegt dat {} twee hoofdsteden heeft hoe heten ze | benin=BJ; ivoorkust=CI; palestina=PS
plural-capitals | alexa wat zijn de twee hoofdsteden van {} voor de kruiswoordpuzzel | sri lanka=LK; maleisië=MY; swaziland=SZ
plural-capitals | alexa de baggeraars vroegen welke hoofdsteden {} heeft | zuid-afrika=ZA; maleisië=MY; benin=BJ
plural-capitals | alexa waarom heeft {} twee hoofdsteden en welke zijn dat | nederland=NL; bolivia=BO; ivoorkust=CI
plural-capitals | khob alexa noem alle hoofdsteden van {} | palestina=PS; eswatini=SZ; sri lanka=LK
plural-capitals | alexa zeg de regeringszetel en de hoofdstad van {} allebei | nederland=NL; bolivia=BO; benin=BJ
plural-capitals | alexa allora welke zijn de hoofdsteden van {} | zuid-afrika=ZA; ivoorkust=CI; maleisië=MY
plural-capitals | alexa ik hoor dat {} meerdere hoofdsteden heeft noem ze eens | eswatini=SZ; sri lanka=LK; palestina=PS
plural-capitals | alexa hoeveel hoofdsteden heeft zuid-afrika en hoe heten ze | ZA
plural-capitals | alexa welke steden zijn allemaal hoofdstad van nederland amsterdam en den haag toch | NL
plural-capitals | alexa sumimasen wat zijn de hoofdsteden van bolivia la paz en | BO
plural-capitals | alexa de hoofdsteden van maleisië kuala lumpur en nog een | MY
plural-capitals | alexa wat zijn de hoofdsteden van benin de bestuurlijke en de officiële | BJ
plural-capitals | alexa de hoofdsteden van de ivoorkust welke zijn dat | CI
plural-capitals | alexa wat zijn de hoofdsteden van swaziland tegenwoordig eswatini | SZ
plural-capitals | alexa hoofdsteden van sri lanka colombo en die lange naam | LK
plural-capitals | alexa welke hoofdsteden noemt men voor palestina | PS
plural-capitals | ag man alexa eswatini het mos twee hoofstede watter is hulle | SZ
plural-capitals | waryaa alexa eswatini heeft twee hoofdsteden welke | SZ
plural-capitals | alexa de klant gaat naar eswatini wat zijn daar de hoofdsteden | SZ
plural-capitals | alexa mbabane en lobamba zijn dat allebei hoofdsteden van eswatini | SZ
# Follow-ups (a second question after an answer, short)
follow-up | alexa en {} | honduras=HN; mozambique=MZ; tadzjikistan=TJ
follow-up | en van {} dan | gabon=GA; kameroen=CM; nicaragua=NI
follow-up | alexa en wat is het van {} | armenië=AM; georgië=GE; azerbeidzjan=AZ
follow-up | oké en van {} | paraguay=PY; uruguay=UY; chili=CL
follow-up | seg en {} | estland=EE; letland=LV; litouwen=LT
follow-up | en die van {} heur | zwitserland=CH; oostenrijk=AT; duitsland=DE
follow-up | khob en van {} | afghanistan=AF; pakistan=PK; oezbekistan=UZ
follow-up | alexa en van het buurland {} | belarus=BY; moldavië=MD; slowakije=SK
follow-up | haye en {} hoofdstad | kenia=KE; ethiopië=ET; djibouti=DJ
follow-up | ja joh en {} dan | monaco=MC; liechtenstein=LI; san marino=SM
follow-up | alexa dezelfde vraag voor {} | kroatië=HR; servië=RS; bosnië=BA
follow-up | en hoe zit het met {} | kiribati=KI; tuvalu=TV; nauru=NR
follow-up | alexa en de hoofdstad van het andere congo | CG
follow-up | en van de staat ernaast {} | alabama=US-AL; mississippi=US-MS; tennessee=US-TN
follow-up | en de provincie {} | ontario=CA-ON; nova scotia=CA-NS; manitoba=CA-MB
follow-up | alexa nog een en {} | jamaica=JM; haïti=HT; cuba=CU
follow-up | sige en {} po | vietnam=VN; cambodja=KH; laos=LA
follow-up | dai e {} | grecia=GR; spagna=ES; francia=FR
follow-up | allright en {} | ghana=GH; togo=TG; benin=BJ
follow-up | en nu {} | oman=OM; jemen=YE; saoedi-arabië=SA
# Subdivisions and territories (states, provinces, Länder, Indian, Brazilian and Mexican states, territories)
subdivision | alexa wat is de hoofdstad van de amerikaanse staat {} | alaska=US-AK; arizona=US-AZ; arkansas=US-AR
subdivision | alexa hoe heet de hoofdstad van de deelstaat {} | nedersaksen=DE-NI; saksen=DE-SN; saksen-anhalt=DE-ST
subdivision | alexa welke stad is de hoofdstad van de bondsstaat {} | brandenburg=DE-BB; mecklenburg-voor-pommeren=DE-MV; rijnland-palts=DE-RP
subdivision | alexa wat is de hoofdstad van het saarland | DE-SL
subdivision | alexa wat is de hoofdstad van baden-württemberg | DE-BW
subdivision | alexa de hoofdstad van sleeswijk-holstein graag | DE-SH
subdivision | alexa wat is de hoofdstad van de indiase staat {} | kerala=IN-KL; tamil nadu=IN-TN; rajasthan=IN-RJ
subdivision | alexa welke stad is de hoofdstad van {} in india | bihar=IN-BR; odisha=IN-OD; assam=IN-AS
subdivision | alexa de hoofdstad van de deelstaat {} in india | uttar pradesh=IN-UP; madhya pradesh=IN-MP; telangana=IN-TS
subdivision | alexa wat is de hoofdstad van {} in het noordoosten van india | sikkim=IN-SK; meghalaya=IN-ML; nagaland=IN-NL
subdivision | alexa hoe heet de hoofdstad van {} in india | manipur=IN-MN; mizoram=IN-MZ; tripura=IN-TR
subdivision | alexa wat is de hoofdstad van himachal pradesh | IN-HP
subdivision | alexa en de hoofdstad van uttarakhand | IN-UK
subdivision | alexa wat is de hoofdstad van jharkhand | IN-JH
subdivision | alexa wat is de hoofdstad van chhattisgarh | IN-CG
subdivision | alexa wat is de hoofdstad van haryana en punjab samen | IN-HR+IN-PB
subdivision | alexa de hoofdstad van het unieterritorium ladakh | IN-LA
subdivision | alexa wat is de hoofdstad van jammu en kasjmir | IN-JK
subdivision | alexa wat is de hoofdstad van de andamanen en nicobaren | IN-AN
subdivision | alexa de hoofdstad van lakshadweep | IN-LD
subdivision | alexa wat is de hoofdstad van de braziliaanse staat {} | bahia=BR-BA; pernambuco=BR-PE; ceará=BR-CE
subdivision | alexa hoe heet de hoofdstad van {} in brazilië | paraná=BR-PR; santa catarina=BR-SC; rio grande do sul=BR-RS
subdivision | alexa welke stad is de hoofdstad van {} in het noorden van brazilië | amazonas=BR-AM; pará=BR-PA; roraima=BR-RR
subdivision | alexa wat is de hoofdstad van goiás | BR-GO
subdivision | alexa de hoofdstad van mato grosso do sul | BR-MS
subdivision | alexa wat is de hoofdstad van de mexicaanse staat {} | jalisco=MX-JAL; yucatán=MX-YUC; quintana roo=MX-ROO
subdivision | alexa hoe heet de hoofdstad van {} in mexico | chihuahua=MX-CHH; sonora=MX-SON; nuevo león=MX-NLE
subdivision | alexa welke stad is de hoofdstad van {} in mexico | chiapas=MX-CHP; guerrero=MX-GRO; veracruz=MX-VER
subdivision | alexa wat is de hoofdstad van baja california sur | MX-BCS
subdivision | alexa wat is de hoofdstad van de staat mexico | MX-MEX
subdivision | alexa de hoofdstad van tamaulipas | MX-TAM
subdivision | alexa wat is de hoofdstad van de australische staat {} | nieuw-zuid-wales=AU-NSW; victoria=AU-VIC; west-australië=AU-WA
subdivision | alexa wat is de hoofdstad van het noordelijk territorium in australië | AU-NT
subdivision | alexa wat is de hoofdstad van het australian capital territory | AU-ACT
subdivision | alexa welke stad is de hoofdstad van de canadese provincie {} | prins edwardeiland=CA-PE; newfoundland=CA-NL; nova scotia=CA-NS
subdivision | alexa wat is de hoofdstad van het territorium {} in canada | yukon=CA-YT; nunavut=CA-NU; northwest territories=CA-NT
subdivision | alexa wat is de hoofdstad van ontario | CA-ON
subdivision | alexa wat is de hoofdstad van de staat {} in amerika | connecticut=US-CT; delaware=US-DE; maryland=US-MD
subdivision | alexa hoe heet de hoofdstad van {} in de verenigde staten | kentucky=US-KY; missouri=US-MO; illinois=US-IL
subdivision | alexa welke stad is de hoofdstad van {} in amerika | south carolina=US-SC; north carolina=US-NC; virginia=US-VA
subdivision | alexa wat is de hoofdstad van west virginia | US-WV
subdivision | alexa de hoofdstad van {} in het westen van amerika | montana=US-MT; wyoming=US-WY; new mexico=US-NM
subdivision | alexa wat is de hoofdstad van {} in het midden van amerika | north dakota=US-ND; south dakota=US-SD; indiana=US-IN
subdivision | alexa hoe heet de hoofdstad van de staat {} | maine=US-ME; massachusetts=US-MA; rhode island=US-RI
subdivision | alexa wat is de hoofdstad van new jersey | US-NJ
subdivision | alexa wat is de hoofdstad van de staat mississippi | US-MS
subdivision | alexa wat is de hoofdstad van het district van columbia | US-DC
subdivision | alexa wat is de hoofdstad van puerto rico | PR
subdivision | alexa wat is de hoofdstad van amerikaans-samoa | AS
subdivision | alexa wat is de hoofdstad van groenland | GL
subdivision | alexa wat is de hoofdstad van mayotte | YT
subdivision | alexa wat is de hoofdstad van de westelijke sahara | EH
subdivision | alexa wat is de hoofdstad van sint-maarten aan de nederlandse kant | SX
subdivision | alexa wat is de hoofdstad van saint-martin aan de franse kant | MF
subdivision | alexa hoofdstad van het federaal district in brazilië | BR-DF
subdivision | alexa wat is de hoofdstad van de staat rio de janeiro | BR-RJ
subdivision | alexa de hoofdstad van de staat tocantins | BR-TO
subdivision | alexa wat is de hoofdstad van acre in brazilië | BR-AC
subdivision | alexa de hoofdstad van de staat oaxaca | MX-OAX
subdivision | alexa wat is de hoofdstad van michoacán | MX-MIC
subdivision | alexa wat is de hoofdstad van goa in india | IN-GA
subdivision | alexa wat is de hoofdstad van andhra pradesh | IN-AP
subdivision | alexa wat is de hoofdstad van arunachal pradesh | IN-AR
subdivision | alexa wat is de hoofdstad van de franse zuidelijke gebieden | TF
subdivision | alexa wat is de hoofdstad van het brits indische oceaanterritorium | IO
subdivision | alexa de hoofdstad van zuid-georgia en de zuidelijke sandwicheilanden | GS
subdivision | alexa wat is de hoofdstad van antarctica | AQ
# Yes/no checks (is X the capital of Y)
yes-no-check | alexa is {} | sydney de hoofdstad van australië=AU; zürich de hoofdstad van zwitserland=CH; istanbul de hoofdstad van turkije=TR
yes-no-check | alexa klopt het dat {} | rio de hoofdstad van brazilië is=BR; lagos de hoofdstad van nigeria is=NG; karachi de hoofdstad van pakistan is=PK
yes-no-check | seg alexa is {} eigenlijk wel | toronto de hoofdstad van canada=CA; new york de hoofdstad van amerika=US; casablanca de hoofdstad van marokko=MA
yes-no-check | alexa heb ik gelijk dat {} | almaty de hoofdstad van kazachstan is=KZ; dar es salaam de hoofdstad van tanzania is=TZ; yangon de hoofdstad van myanmar is=MM
yes-no-check | alexa ag man is {} nog steeds | durban die hoofstad van natal=FB; abidjan de hoofdstad van ivoorkust=CI; bonn de hoofdstad van duitsland=DE
yes-no-check | alexa mijn man zegt dat {} wie heeft er gelijk | auckland de hoofdstad van nieuw-zeeland is=NZ; genève de hoofdstad van zwitserland is=CH; alexandrië de hoofdstad van egypte is=EG
yes-no-check | alexa is rotterdam de hoofdstad van nederland | NL
yes-no-check | alexa is antwerpen de hoofdstad van belgië | BE
yes-no-check | alexa is barcelona de hoofdstad van spanje of is het madrid | ES
yes-no-check | alexa is milaan de hoofdstad van italië | IT
yes-no-check | alexa is st petersburg nog de hoofdstad van rusland | RU
yes-no-check | alexa is kraków de hoofdstad van polen | PL
yes-no-check | alexa is cotonou de hoofdstad van benin | BJ
yes-no-check | alexa is la paz echt de hoofdstad van bolivia | BO
yes-no-check | alexa is chicago de hoofdstad van illinois | US-IL
yes-no-check | alexa is los angeles de hoofdstad van californië | US-CA
yes-no-check | alexa is miami de hoofdstad van florida | US-FL
yes-no-check | alexa is vancouver de hoofdstad van brits-columbia | CA-BC
yes-no-check | alexa is montreal de hoofdstad van quebec | CA-QC
yes-no-check | alexa is frankfurt de hoofdstad van hessen | DE-HE
yes-no-check | alexa is keulen de hoofdstad van noordrijn-westfalen | DE-NW
yes-no-check | alexa is bombay de hoofdstad van india | IN
yes-no-check | alexa is ho chi minhstad de hoofdstad van vietnam | VN
yes-no-check | alexa is jeddah de hoofdstad van saoedi-arabië | SA
yes-no-check | alexa is dubai de hoofdstad van de emiraten | AE
yes-no-check | alexa is tel aviv de hoofdstad van israël | IL
yes-no-check | alexa is belize city de hoofdstad van belize | BZ
yes-no-check | alexa is douala de hoofdstad van kameroen | CM
yes-no-check | alexa is bujumbura nog de hoofdstad van burundi | BI
yes-no-check | alexa is abuja of lagos de hoofdstad van nigeria | NG
yes-no-check | alexa is de hoofdstad van turkije ankara of istanbul | TR
yes-no-check | alexa is quebec city ook de hoofdstad van quebec | CA-QC
yes-no-check | alexa is darwin de hoofdstad van het noordelijk territorium | AU-NT
yes-no-check | alexa klopt het dat schotland edinburgh als hoofdstad heeft en niet glasgow | GB-SCT
yes-no-check | alexa is lissabon de hoofdstad van portugal | PT
# Self-corrections (the speaker changes the place mid-sentence)
self-correction | alexa wat is de hoofdstad van {} voor de puzzel | oostenrijk nee australië=AU; zweden nee zwitserland=CH; slowakije ik bedoel slovenië=SI
self-correction | alexa hoofdstad van {} graag | niger nee nigeria=NG; gambia ik bedoel zambia=ZM; iran nee irak=IQ
self-correction | seg alexa wat is de hoofdstad van {} | guinee nee guinee-bissau=GW; mali nee malawi=MW; dominica nee de dominicaanse republiek=DO
self-correction | alexa wat is de hoofdstad van {} sorry | congo nee angola=AO; noorwegen nee noord-macedonië=MK; letland ik bedoel litouwen=LT
self-correction | alexa wat is nou de hoofdstad van {} heur ik vergis me steeds | oostenrijk of nee hongarije=HU; armenië nee albanië=AL; soedan ik bedoel zuid-soedan=SS
self-correction | alexa waar is de hoofdstad van {} | mauritanië nee mauritius=MU; maleisië nee de maldiven=MV; kameroen ik bedoel kaapverdië=CV
self-correction | khob alexa wat is hoofdstad van {} | iran nee tadzjikistan=TJ; turkije nee turkmenistan=TM; kazachstan nee kirgizië=KG
self-correction | alexa allora wat is de hoofdstad van {} | slovenië scusa slowakije=SK; malta nee monaco=MC; san marino nee andorra=AD
self-correction | alexa de hoofdstad van {} alstublieft | japan eto nee taiwan=TW; china nee mongolië=MN; korea nee noord-korea=KP
self-correction | alexa ano ang hoofdstad van {} po | palau nee samoa=WS; fiji ay naku tonga=TO; vanuatu nee de salomonseilanden=SB
self-correction | alexa wat is de hoofdstad van de staat {} | new york nee new jersey=US-NJ; kansas ik bedoel arkansas=US-AR; virginia nee west virginia=US-WV
self-correction | alexa wat is de hoofdstad van {} haide | roemenië nee moldavië=MD; bulgarije nee servië=RS; hongarije nee tsjechië=CZ
self-correction | alexa wat is de hoofdstad van de provincie {} | alberta nee saskatchewan=CA-SK; ontario nee manitoba=CA-MB; quebec ik bedoel new brunswick=CA-NB
self-correction | alexa wat is de hoofdstad van bahrein wacht nee van qatar | QA
self-correction | alexa wat is de hoofdstad van ecuador ehm ik bedoel equatoriaal-guinea | GQ
self-correction | alexa wat is de hoofdstad van oman of nee jemen | YE
self-correction | alexa wat is de hoofdstad van saksen nee saksen-anhalt | DE-ST
self-correction | alexa hoofdstad van kerala nee karnataka | IN-KA
# Reverse questions (of which place is this city the capital)
reverse-question | alexa van welk land is {} de hoofdstad | ouagadougou=CITY:Ouagadougou; ulaanbaatar=CITY:Ulaanbaatar; tegucigalpa=CITY:Tegucigalpa
reverse-question | alexa {} is de hoofdstad van welk land | bisjkek=CITY:Bisjkek; doesjanbe=CITY:Doesjanbe; asjchabad=CITY:Asjchabad
reverse-question | seg alexa waar is {} de hoofdstad van | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | alexa voor de puzzel welk land heeft {} als hoofdstad | vaduz=CITY:Vaduz; valletta=CITY:Valletta; ljubljana=CITY:Ljubljana
reverse-question | alexa in welk land ligt de hoofdstad {} | paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown; cayenne=CITY:Cayenne
reverse-question | alexa {} is de hoofdstad van wat | bismarck=CITY:Bismarck; pierre=CITY:Pierre; cheyenne=CITY:Cheyenne
reverse-question | alexa welke staat heeft {} als hoofdstad | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany
reverse-question | khob alexa {} is hoofdstad van welk land | teheran=CITY:Teheran; kabul=CITY:Kabul; bagdad=CITY:Bagdad
reverse-question | alexa waarvan is {} de hoofdstad | nuuk=CITY:Nuuk; tórshavn=CITY:Tórshavn; reykjavik=CITY:Reykjavik
reverse-question | alexa de postzegel komt uit {} van welk land is dat de hoofdstad | port moresby=CITY:Port Moresby; honiara=CITY:Honiara; funafuti=CITY:Funafuti
reverse-question | alexa welk land hoort bij de hoofdstad {} | nouakchott=CITY:Nouakchott; ndjamena=CITY:N'Djamena; niamey=CITY:Niamey
reverse-question | alexa welke deelstaat heeft {} als hoofdstad | hannover=CITY:Hannover; wiesbaden=CITY:Wiesbaden; kiel=CITY:Kiel
reverse-question | alexa bhopal is de hoofdstad van welke staat | CITY:Bhopal
reverse-question | alexa van welke provincie is regina de hoofdstad | CITY:Regina
reverse-question | alexa van welk land is canberra de hoofdstad | CITY:Canberra
reverse-question | alexa welk land heeft paramaribo eh nee moroni als hoofdstad | CITY:Moroni
reverse-question | alexa welk land heeft castries als hoofdstad | CITY:Castries
reverse-question | alexa van welk land is basseterre de hoofdstad | CITY:Basseterre
reverse-question | alexa van welk land is malabo de hoofdstad | CITY:Malabo
reverse-question | alexa bandar seri begawan is de hoofdstad van | CITY:Bandar Seri Begawan
reverse-question | alexa welk land heeft naypyidaw als hoofdstad | CITY:Naypyidaw
reverse-question | alexa yamoussoukro is hoofdstad van wat land | CITY:Yamoussoukro
# Official names
official-name | alexa wat is de hoofdstad van {} voor het formulier van de douane | de helleense republiek=GR; de bondsrepubliek duitsland=DE; de russische federatie=RU
official-name | alexa hoe heet de hoofdstad van {} voluit gezegd | de volksrepubliek china=CN; de democratische volksrepubliek korea=KP; de islamitische republiek iran=IR
official-name | alexa welke stad is de hoofdstad van {} op de visumaanvraag | het verenigd koninkrijk van groot-brittannië en noord-ierland=GB; de verenigde staten van amerika=US; het groothertogdom luxemburg=LU
official-name | alexa de hoofdstad van {} voor het gastenregister | het koninkrijk belgië=BE; het koninkrijk der nederlanden=NL; het koninkrijk noorwegen=NO
official-name | alexa de hoofdstad van {} voor mijn scriptie | de federale democratische republiek ethiopië=ET; de arabische republiek egypte=EG; de republiek van de unie van myanmar=MM
official-name | alexa zoals het in de krant staat wat is de hoofdstad van {} | de plurinationale staat bolivia=BO; de bolivariaanse republiek venezuela=VE; de verenigde mexicaanse staten=MX
official-name | alexa wat is de hoofdstad van {} po sabi ng paspoort | de republiek der filipijnen=PH; de republiek indonesië=ID; de socialistische republiek vietnam=VN
official-name | alexa hoe heet de hoofdstad van het koninkrijk {} | bahrein=BH; marokko=MA; lesotho=LS
official-name | alexa wat is de hoofdstad van de republiek {} | tsjechië=CZ; moldavië=MD; kosovo=XK
official-name | alexa wat is de hoofdstad van de democratische republiek congo | CD
official-name | alexa wat is de hoofdstad van de republiek congo | CG
official-name | alexa wat is de hoofdstad van het koninkrijk eswatini | SZ
official-name | alexa wat is de hoofdstad van de staat palestina | PS
official-name | alexa wat is de hoofdstad van de republiek china | TW
official-name | alexa wat is de hoofdstad van het prinsdom liechtenstein | LI
official-name | alexa wat is de hoofdstad van de islamitische republiek mauritanië | MR
official-name | alexa wat is de hoofdstad van de federale republiek somalië | SO
official-name | alexa wat is de hoofdstad van de oostelijke republiek uruguay | UY
official-name | alexa wat is de hoofdstad van de republiek cabo verde | CV
official-name | alexa wat is de hoofdstad van de republiek türkiye | TR
official-name | alexa wat is de hoofdstad van het hasjemitisch koninkrijk jordanië | JO
official-name | alexa wat is de hoofdstad van de republiek côte d'ivoire | CI
official-name | alexa wat is de hoofdstad van timor-leste | TL
official-name | alexa wat is de hoofdstad van de federatie saint kitts en nevis | KN
# Everyday, short and old names
everyday-name | alexa wat is de hoofdstad van {} zeg maar | amerika=US; engeland=GB-ENG; holland=NL
everyday-name | alexa hoe heet de hoofdstad van {} gewoon gezegd | rusland=RU; tsjechië=CZ; wit-rusland=BY
everyday-name | alexa wat is nou de hoofdstad van {} | zuid-amerika=FB; de emiraten=AE; bosnië=BA
everyday-name | alexa de hoofdstad van {} heur | ceylon=LK; siam=TH; perzië=IR
everyday-name | seg alexa de hoofdstad van {} | birma=MM; zaïre=CD; rhodesië=ZW
everyday-name | alexa weet je de hoofdstad van {} | macedonië=MK; swaziland=SZ; tsjechoslowakije=FB
everyday-name | alexa wat is de hoofdstad van {} van vroeger | abessinië=ET; formosa=TW; dahomey=BJ
everyday-name | alexa hoe heet de hoofdstad van {} ook alweer | de states=US; groot-brittannië=GB; het vk=GB
everyday-name | alexa wat is de hoofdstad van {} eigenlijk | saoedi=SA; papoea=PG; de centraal-afrikaanse=CF
everyday-name | alexa wat is de hoofdstad van {} nou | kaapverdië=CV; oost-timor=TL; de antillen=FB
everyday-name | alexa wat is de hoofdstad van {} tegenwoordig | turkije=TR; oekraïne=UA; kazachstan=KZ
everyday-name | alexa wat is de hoofdstad van de vs | US
everyday-name | alexa de hoofdstad van het vaticaan | VA
everyday-name | alexa wat is de hoofdstad van de ussr | FB
everyday-name | alexa wat is de hoofdstad van joegoslavië | FB
everyday-name | alexa hoofdstad van zuid-korea of gewoon korea | KR
everyday-name | alexa wat is de hoofdstad van trinidad | TT
everyday-name | alexa wat is de hoofdstad van saint vincent | VC
everyday-name | alexa wat is de hoofdstad van antigua | AG
everyday-name | alexa wat is de hoofdstad van sao tomé | ST
everyday-name | alexa wat is de hoofdstad van bosnië-herzegovina | BA
everyday-name | alexa hoofdstad van de dr congo | CD
# Shared names (one name, several places)
shared-name | alexa wat is de hoofdstad van {} welke bedoel ik eigenlijk | georgia=GE+US-GA; congo=CD+CG; korea=KP+KR
shared-name | seg alexa hoe hiet de hoofdstad van {} dan | de maagdeneilanden=VG+VI; sint maarten=MF+SX; samoa=AS+WS
shared-name | alexa welke stad is de hoofdstad van {} de staat bedoel ik | washington=US-WA; new york=US-NY; quebec=CA-QC
shared-name | alexa wat is de hoofdstad van {} bie de buren | mexico=MX+MX-MEX; luxemburg=LU; djibouti=DJ
shared-name | alexa hoofdstad van {} de deelstaat natuurlijk | punjab=IN-PB; victoria=AU-VIC; amazonas=BR-AM
shared-name | alexa de hoofdstad van {} in de puzzel | guinea=GN; hamburg=DE-HH; bremen=DE-HB
shared-name | alexa wat is de hoofdstad van berlijn | DE-BE
shared-name | alexa wat is de hoofdstad van singapore | SG
shared-name | alexa wat is de hoofdstad van panama | PA
shared-name | alexa wat is de hoofdstad van guatemala | GT
shared-name | alexa wat is de hoofdstad van rio de janeiro | BR-RJ
shared-name | alexa wat is de hoofdstad van são paulo | BR-SP
shared-name | alexa wat is de hoofdstad van delhi | IN-DL
shared-name | alexa wat is de hoofdstad van chandigarh | IN-CH
shared-name | alexa wat is de hoofdstad van puducherry | IN-PY
shared-name | alexa wat is de hoofdstad van de staat durango | MX-DUR
shared-name | alexa wat is de hoofdstad van de staat puebla | MX-PUE
shared-name | alexa wat is de hoofdstad van aguascalientes | MX-AGU
shared-name | alexa wat is de hoofdstad van de dominicaanse republiek en dominica | DM+DO
shared-name | alexa wat is de hoofdstad van noord-korea en zuid-korea | KP+KR
shared-name | alexa wat is de hoofdstad van beide congo's | CD+CG
shared-name | alexa wat is de hoofdstad van guinee guinee-bissau en equatoriaal-guinea | GN+GQ+GW
shared-name | alexa hoofdstad van soedan en zuid-soedan | SD+SS
shared-name | alexa wat is de hoofdstad van niger en nigeria | NE+NG
shared-name | alexa wat is de hoofdstad van limburg | FB
shared-name | alexa wat is de hoofdstad van macedonië in griekenland | FB
# Launch by the invocation name "hoofdsteden van de wereld"
launch | alexa open hoofdsteden van de wereld heur | LAUNCH
launch | seg alexa start hoofdsteden van de wereld | LAUNCH
launch | alexa ken je hoofdsteden van de wereld effetjes openen | LAUNCH
launch | ja joh alexa open hoofdsteden van de wereld voor de kinderen | LAUNCH
launch | khob alexa start hoofdsteden van de wereld | LAUNCH
launch | waryaa alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa sige open mo hoofdsteden van de wereld | LAUNCH
launch | allora alexa apri hoofdsteden van de wereld | LAUNCH
launch | alexa maak asseblief hoofdsteden van de wereld oop | LAUNCH
launch | alexa haide open hoofdsteden van de wereld | LAUNCH
launch | sumimasen alexa open hoofdsteden van de wereld alstublieft | LAUNCH
launch | alexa voor de puzzel open hoofdsteden van de wereld | LAUNCH
launch | alexa zachtjes start hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de klant | LAUNCH
launch | alexa speel hoofdsteden van de wereld met ons aan het ontbijt | LAUNCH
launch | alexa laten we hoofdsteden van de wereld spelen | LAUNCH
launch | alexa open de skill hoofdsteden van de wereld | LAUNCH
launch | alexa begin met hoofdsteden van de wereld | LAUNCH
launch | alexa activeer hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld openen graag | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld | LAUNCH
launch | alexa open die hoofdsteden van de wereld nou eens | LAUNCH
launch | alexa mag ik hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdstad van de wereld | LAUNCH
launch | alexa start de hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden wereld | LAUNCH
launch | alexa zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa open hoofdsteden van de wereld op de receptie | LAUNCH
launch | alexa start hoofdsteden van de wereld in de kapsalon | LAUNCH
launch | alexa open hoofdsteden van de wereld we gaan oefenen | LAUNCH
launch | alexa hé hoofdsteden van de wereld openen | LAUNCH
launch | alexa open hoofdsteden van de wereld na de race | LAUNCH
launch | alexa start hoofdsteden van de wereld voor de schaatspauze | LAUNCH
launch | alexa open hoofdsteden van de wereld op texel | LAUNCH
# Help, in the speakers' words
help | alexa wat ken ik hier allemaal vragen | HELP
help | seg alexa hoe werkt dit nou | HELP
help | alexa ik snap er niks van heur help | HELP
help | ja joh alexa wat kan ik hier mee | HELP
help | khob alexa hoe moet ik dit gebruiken | HELP
help | waryaa alexa hoe werkt het | HELP
help | alexa ano po paano ik weet niet hoe het werkt | HELP
help | allora alexa come funziona hoe werkt dit | HELP
help | alexa ag man help my asseblief | HELP
help | alexa haide help mij ik begrijp niet | HELP
help | sumimasen alexa hoe gebruik ik dit alstublieft | HELP
help | alexa wat moet ik zeggen voor de hoofdsteden | HELP
help | alexa geef eens een voorbeeld van een vraag | HELP
help | alexa welke vragen snap jij | HELP
help | alexa uitleg graag | HELP
help | alexa hoe vraag ik naar een hoofdstad | HELP
help | alexa ik weet niet wat ik moet zeggen | HELP
help | alexa help me even op weg | HELP
help | alexa kan je uitleggen hoe dit spel gaat | HELP
help | alexa wat zijn de spelregels | HELP
help | alexa hoe werkt hoofdsteden van de wereld | HELP
help | alexa zachtjes wat kan ik vragen | HELP
help | alexa ik ben de draad kwijt wat kan ik doen | HELP
help | alexa hulp nodig | HELP
help | alexa wat zijn de opties | HELP
help | alexa kan ik ook naar provincies vragen hoe doe ik dat | HELP
help | alexa de klant vraagt hoe dit werkt | HELP
help | alexa wat kun je allemaal | HELP
help | alexa help ik ben nieuw hier | HELP
help | alexa ik hew gien idee hoe dit werkt | HELP
help | alexa vertel eens wat ik moet doen | HELP
help | alexa wat voor vragen kan ik stellen | HELP
help | alexa leg het nog een keer uit | HELP
help | alexa ik begrijp het niet help | HELP
help | alexa hoe begin ik | HELP
help | alexa instructies | HELP
help | alexa wat moet ik doen om een hoofdstad te vragen | HELP
help | alexa merci maar hoe werkt dit precies | HELP
help | alexa hoe werkt het met staten en provincies | HELP
help | alexa help po | HELP
help | alexa nou moe wat moet ik nou zeggen | HELP
help | alexa hoe hiet dat commando ook alweer | HELP
help | alexa wat kan ik vragen over landen | HELP
help | alexa help ons even aan de ontbijttafel | HELP
help | alexa wat doet deze skill | HELP
# Stop
stop | alexa stop maar heur | STOP
stop | seg alexa hou op | STOP
stop | alexa nou moe stop effetjes | STOP
stop | ja joh alexa stop maar schat | STOP
stop | khob alexa genoeg | STOP
stop | waryaa alexa stop | STOP
stop | alexa tama na stop na | STOP
stop | allora alexa basta | STOP
stop | alexa ag man los dit nou | STOP
stop | alexa haide stop | STOP
stop | alexa sumimasen stoppen alstublieft | STOP
stop | alexa stop de hoofdsteden | STOP
stop | alexa ik ben klaar | STOP
stop | alexa het is genoeg geweest | STOP
stop | alexa afsluiten | STOP
stop | alexa sluit af | STOP
stop | alexa stop ermee | STOP
stop | alexa kappen | STOP
stop | alexa uit | STOP
stop | alexa ophouden nu | STOP
stop | alexa stop de baby slaapt | STOP
stop | alexa stop de race begint | STOP
stop | alexa stop er komt een klant | STOP
stop | alexa wij gaan naar de boot stop maar | STOP
stop | alexa stop we moeten naar school | STOP
stop | alexa het is mooi geweest | STOP
stop | alexa klaar ermee | STOP
stop | alexa stoppen nu | STOP
stop | alexa stop het spel | STOP
stop | alexa ik hoef niet meer | STOP
stop | alexa stop hoofdsteden van de wereld | STOP
stop | alexa sluit de skill | STOP
stop | alexa hou er maar mee op | STOP
stop | alexa tot ziens | STOP
stop | alexa doei | STOP
stop | alexa welterusten stop nu | STOP
stop | alexa stop po salamat | STOP
stop | alexa ciao basta così | STOP
stop | alexa mahadsanid stop | STOP
stop | alexa stop merci | STOP
stop | alexa baie dankie dis genoeg | STOP
stop | alexa stop we gaan puzzelen | STOP
stop | alexa einde | STOP
stop | alexa stop de quiz | STOP
stop | alexa zo nu is het klaar | STOP
# Cancel
cancel | alexa laat maar heur | CANCEL
cancel | seg alexa laat maar zitten | CANCEL
cancel | alexa nou moe laat ook maar | CANCEL
cancel | ja joh alexa laat maar schat | CANCEL
cancel | khob alexa annuleren | CANCEL
cancel | waryaa alexa laat maar | CANCEL
cancel | alexa sige na wag na laat maar | CANCEL
cancel | allora alexa lascia stare | CANCEL
cancel | alexa ag los maar | CANCEL
cancel | alexa haide nee laat maar | CANCEL
cancel | alexa sumimasen annuleren alstublieft | CANCEL
cancel | alexa annuleer | CANCEL
cancel | alexa annuleer dat | CANCEL
cancel | alexa vergeet het | CANCEL
cancel | alexa vergeet die vraag | CANCEL
cancel | alexa nee toch niet | CANCEL
cancel | alexa laat die vraag maar zitten | CANCEL
cancel | alexa ik hoef het niet meer te weten | CANCEL
cancel | alexa niet nodig meer | CANCEL
cancel | alexa ik heb het al gevonden laat maar | CANCEL
cancel | alexa de puzzel is al af laat maar | CANCEL
cancel | alexa de klant weet het al annuleer maar | CANCEL
cancel | alexa niks laat maar | CANCEL
cancel | alexa laat maar de baby wordt wakker | CANCEL
cancel | alexa nee laat maar zitten heur | CANCEL
cancel | alexa streep dat maar door | CANCEL
cancel | alexa terug | CANCEL
cancel | alexa laat maar ik zoek het op | CANCEL
cancel | alexa dat was niet voor jou | CANCEL
cancel | alexa nee niks | CANCEL
cancel | alexa laat maar mama weet het | CANCEL
cancel | alexa hoeft niet meer | CANCEL
cancel | alexa nee ik bedoelde niks | CANCEL
cancel | alexa annuleren graag | CANCEL
cancel | alexa laat maar po | CANCEL
cancel | alexa laat maar mahadsanid | CANCEL
cancel | alexa nee merci laat maar | CANCEL
cancel | alexa vergeet het maar schat | CANCEL
cancel | alexa lat maar ik hew het al | CANCEL
cancel | alexa ag nee man los dit | CANCEL
cancel | alexa doe maar niet | CANCEL
cancel | alexa toch maar niet | CANCEL
cancel | alexa laat maar de race begint | CANCEL
cancel | alexa cancel dat | CANCEL
cancel | alexa nee wacht laat maar | CANCEL
# Out of domain: other requests to the Echo and near misses, in the speakers' words
out-of-domain | alexa wat voor weer wordt het morgen op de veluwe | FB
out-of-domain | alexa gaat het regenen in tiel | FB
out-of-domain | alexa hoe laat is het hoogwater in den helder | FB
out-of-domain | alexa hoe laat gaat de boot naar texel | FB
out-of-domain | alexa waait het hard op het eiland | FB
out-of-domain | alexa wat is de temperatuur in leiden | FB
out-of-domain | alexa wordt het vannacht vriezen in de betuwe | FB
out-of-domain | alexa kan ik morgen schaatsen op natuurijs | FB
out-of-domain | alexa speel radio noord-holland | FB
out-of-domain | alexa speel de zondagse dienst van de kerk in elspeet | FB
out-of-domain | alexa speel psalm drieëntwintig | FB
out-of-domain | alexa speel iets van andré hazes | FB
out-of-domain | alexa speel italiaanse muziek voor in de ijssalon | FB
out-of-domain | alexa speel perzische muziek | FB
out-of-domain | alexa speel opm | FB
out-of-domain | alexa speel somalische muziek | FB
out-of-domain | alexa speel j-pop | FB
out-of-domain | alexa speel afrikaanse liedjes van die heuwels fantasties | FB
out-of-domain | alexa speel slaapliedjes voor de baby | FB
out-of-domain | alexa speel witte ruis | FB
out-of-domain | alexa zet de radio op qmusic | FB
out-of-domain | alexa zet een timer voor het föhnen op twintig minuten | FB
out-of-domain | alexa zet een timer voor de koffie op vier minuten | FB
out-of-domain | alexa zet een wekker om zes uur | FB
out-of-domain | alexa herinner me aan de voeding over drie uur | FB
out-of-domain | alexa zet melk op de boodschappenlijst | FB
out-of-domain | alexa zet hagelslag op de lijst | FB
out-of-domain | alexa wat is de uitslag van de grand prix | FB
out-of-domain | alexa hoe laat begint de race vandaag | FB
out-of-domain | alexa hoeveel punten heeft max verstappen | FB
out-of-domain | alexa wie won de vijfhonderd meter gisteren | FB
out-of-domain | alexa wanneer is de volgende wereldbeker schaatsen | FB
out-of-domain | alexa wie is de mol dit jaar | FB
out-of-domain | alexa wanneer is wie is de mol op tv | FB
out-of-domain | alexa wat is de koers van de euro tegen de rand | FB
out-of-domain | alexa wat is de koers van de dollar | FB
out-of-domain | alexa hoeveel rial is een euro | FB
out-of-domain | alexa hoeveel peso is tien euro | FB
out-of-domain | alexa wat is de hoofdstad van de ijssalon | FB
out-of-domain | alexa hoeveel inwoners heeft iran | FB
out-of-domain | alexa hoeveel inwoners heeft somalië | FB
out-of-domain | alexa wat is de grootste stad van de filipijnen | FB
out-of-domain | alexa welke taal spreken ze in zuid-afrika | FB
out-of-domain | alexa welke taal spreken ze in suriname | FB
out-of-domain | alexa wat is de munteenheid van japan | FB
out-of-domain | alexa hoe groot is australië | FB
out-of-domain | alexa wat is het grootste land van afrika | FB
out-of-domain | alexa wat is het kleinste land van de wereld | FB
out-of-domain | alexa hoeveel landen zijn er op de wereld | FB
out-of-domain | alexa welke landen grenzen aan duitsland | FB
out-of-domain | alexa wat is de hoogste berg van italië | FB
out-of-domain | alexa hoe lang is de nijl | FB
out-of-domain | alexa wie is de president van de filipijnen | FB
out-of-domain | alexa wie is de koning van marokko | FB
out-of-domain | alexa wie is de premier van japan | FB
out-of-domain | alexa wat is het volkslied van somalië | FB
out-of-domain | alexa hoe ziet de vlag van iran eruit | FB
out-of-domain | alexa welke kleuren heeft de vlag van roemenië | FB
out-of-domain | alexa hoe laat is het in manilla | FB
out-of-domain | alexa hoe laat is het in teheran | FB
out-of-domain | alexa hoe laat is het in tokio | FB
out-of-domain | alexa hoe laat is het nu in kaapstad | FB
out-of-domain | alexa hoe ver is het van amsterdam naar mogadishu | FB
out-of-domain | alexa hoe lang vliegen we naar johannesburg | FB
out-of-domain | alexa heb ik een visum nodig voor iran | FB
out-of-domain | alexa wat is het startkapitaal voor een bv | FB
out-of-domain | alexa wat is eigen vermogen en kapitaal | FB
out-of-domain | alexa wat betekent kapitaal | FB
out-of-domain | alexa hoe schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | alexa wanneer schrijf je een hoofdletter | FB
out-of-domain | alexa wat is het kapitaal van mijn pensioen | FB
out-of-domain | alexa wie schreef das kapital | FB
out-of-domain | alexa lees het hoofdstuk verder voor | FB
out-of-domain | alexa wat is een hoofdstad eigenlijk | FB
out-of-domain | alexa waarom is amsterdam de hoofdstad en zit de regering in den haag | FB
out-of-domain | alexa hoeveel hoofdsteden zijn er in europa | FB
out-of-domain | alexa welke hoofdstad is het grootst | FB
out-of-domain | alexa welke hoofdstad ligt het hoogst | FB
out-of-domain | alexa hoe koud is het in de hoofdstad van mongolië | FB
out-of-domain | alexa wat is de hoofdstad van de kaas | FB
out-of-domain | alexa wat is de hoofdstad van de bloemen | FB
out-of-domain | alexa wat is de hoofdstad van de liefde | FB
out-of-domain | alexa welke stad is de koffiehoofdstad van de wereld | FB
out-of-domain | alexa welke stad noemen ze de modehoofdstad | FB
out-of-domain | alexa wat is de hoofdstad van gelderland | FB
out-of-domain | alexa wat is de hoofdstad van noord-holland | FB
out-of-domain | alexa wat is de hoofdstad van zuid-holland | FB
out-of-domain | alexa wat is de hoofdstad van vlaanderen | FB
out-of-domain | alexa wat is de hoofdstad van wallonië | FB
out-of-domain | alexa wat is de hoofdstad van beieren eh nee laat maar wat is het weer | FB
out-of-domain | alexa wat is de hoofdstad van europa | FB
out-of-domain | alexa wat is de hoofdstad van azië | FB
out-of-domain | alexa wat is de hoofdstad van de maan | FB
out-of-domain | alexa wat is de hoofdstad van de veluwe | FB
out-of-domain | alexa wat is de hoofdstad van de betuwe | FB
out-of-domain | alexa wat is de hoofdstad van west-friesland | FB
out-of-domain | alexa wat is de hoofdstad van het gooi | FB
out-of-domain | alexa wat is de hoofdstad van de algarve | FB
out-of-domain | alexa wat is de hoofdstad van andalusië | FB
out-of-domain | alexa wat is de hoofdstad van toscane | FB
out-of-domain | alexa wat is de hoofdstad van lapland | FB
out-of-domain | alexa wat is de hoofdstad van patagonië | FB
out-of-domain | alexa wat is de hoofdstad van somaliland | FB
out-of-domain | alexa wat is de hoofdstad van kwazulu-natal | FB
out-of-domain | alexa wat is de hoofdstad van bali | FB
out-of-domain | alexa wat is de hoofdstad van mindanao | FB
out-of-domain | alexa wat is de hoofdstad van hokkaido | FB
out-of-domain | alexa wat is de hoofdstad van siberië | FB
out-of-domain | alexa wat is de hoofdstad van tibet | FB
out-of-domain | alexa wat is de hoofdstad van de krim | FB
out-of-domain | alexa wat is de hoofdstad van vojvodina | FB
out-of-domain | alexa wat is de hoofdstad van tirol | FB
out-of-domain | alexa wat is de hoofdstad van zuid-tirol | FB
out-of-domain | alexa wat is de hoofdstad van de dolomieten | FB
out-of-domain | alexa wat is de hoofdstad van de sahara | FB
out-of-domain | alexa vertel een mop | FB
out-of-domain | alexa vertel een grap over hagenaars en leidenaren | FB
out-of-domain | alexa wat eten we vanavond | FB
out-of-domain | alexa geef me een recept voor hutspot | FB
out-of-domain | alexa geef me een recept voor ghormeh sabzi | FB
out-of-domain | alexa hoe maak je pistache-ijs | FB
out-of-domain | alexa hoe maak je adobo | FB
out-of-domain | alexa hoe maak je bobotie | FB
out-of-domain | alexa hoe lang moet een ei koken | FB
out-of-domain | alexa hoeveel gram koffie voor een filter | FB
out-of-domain | alexa wat is de beste maalgraad voor espresso | FB
out-of-domain | alexa doe het licht uit in de woonkamer | FB
out-of-domain | alexa doe het licht in de babykamer zachter | FB
out-of-domain | alexa zet de verwarming op twintig graden | FB
out-of-domain | alexa bel mama | FB
out-of-domain | alexa bel hooyo | FB
out-of-domain | alexa stuur een bericht naar kuya | FB
out-of-domain | alexa bel de kapsalon | FB
out-of-domain | alexa wanneer is de afspraak bij de kapper | FB
out-of-domain | alexa wat staat er in mijn agenda | FB
out-of-domain | alexa wanneer vertrekt mijn vlucht naar malaga | FB
out-of-domain | alexa hoe laat vertrekt de trein naar leiden centraal | FB
out-of-domain | alexa is er file op de a zes | FB
out-of-domain | alexa is er file op de a een bij apeldoorn | FB
out-of-domain | alexa hoe druk is het op schiphol | FB
out-of-domain | alexa wat is het nieuws | FB
out-of-domain | alexa wat is het nieuws uit iran | FB
out-of-domain | alexa wat is het nieuws in zuid-afrika | FB
out-of-domain | alexa vertaal dank je wel in het japans | FB
out-of-domain | alexa wat is goedemorgen in het somalisch | FB
out-of-domain | alexa hoe zeg je hoofdstad in het engels | FB
out-of-domain | alexa wat is capital in het nederlands | FB
out-of-domain | alexa spel het woord hoofdstad | FB
out-of-domain | alexa hoe spel je ouagadougou | FB
out-of-domain | alexa hoe spreek je reykjavik uit | FB
out-of-domain | alexa zeg iets in het tagalog | FB
out-of-domain | alexa wat betekent azizam | FB
out-of-domain | alexa wat betekent waryaa | FB
out-of-domain | alexa wat betekent heur | FB
out-of-domain | alexa wat is cq in de radiowereld | FB
out-of-domain | alexa wat is een qsl-kaart | FB
out-of-domain | alexa hoeveel is een zegel uit mauritius waard | FB
out-of-domain | alexa wat is de uitvoer van kenia | FB
out-of-domain | alexa hoeveel hectare appels in de betuwe | FB
out-of-domain | alexa wat is de prijs van een kilo kersen | FB
out-of-domain | alexa hoe diep is de zee bij de maldiven | FB
out-of-domain | alexa wat is een hopperzuiger | FB
out-of-domain | alexa wat kost een vlucht naar manilla | FB
out-of-domain | alexa hoeveel graden is het in benidorm | FB
out-of-domain | alexa wanneer is het nowruz | FB
out-of-domain | alexa wanneer is het suikerfeest | FB
out-of-domain | alexa wanneer is het drie oktober | FB
out-of-domain | alexa wat is een mooi woord met vijf letters | FB
out-of-domain | alexa wat is een rivier in frankrijk met vier letters | FB
out-of-domain | alexa welke vogel zit er op de slufter | FB
out-of-domain | alexa hoeveel schapen zijn er op texel | FB
out-of-domain | alexa hoe oud is de aarde | FB
out-of-domain | alexa wat is tien keer twaalf | FB
out-of-domain | alexa wie heeft de elfstedentocht gewonnen | FB
out-of-domain | alexa hoe laat is het | FB
out-of-domain | alexa welke dag is het vandaag | FB
out-of-domain | alexa goedenacht | FB
out-of-domain | alexa dank je wel | FB
out-of-domain | alexa hoe gaat het met je | FB
out-of-domain | alexa ben jij slim | FB
out-of-domain | alexa wie heeft jou gemaakt | FB
out-of-domain | alexa hoofdsteden | FB
out-of-domain | alexa de hoofdstad van | FB
out-of-domain | alexa welk land | FB
out-of-domain | alexa van welk land is | FB
"""

if __name__ == "__main__":
    build_round(41, "nl", LINES, sys.argv, "tests/Eval/nl/round41/source/build_corpus.py")
