"""Round 15, Dutch (nl-NL): people in the Netherlands (and a few Flemings) talking to an Echo, as nl-NL speech
recognition writes it: crossword solvers and quiz players, pupils with topografie and a schriftelijke overhoring,
children and grandparents, holiday makers and people who just saw something on the journaal, Brabant, Limburg,
Amsterdam, Rotterdam and Groningen colouring, English words mixed in, hesitations inside the question, two countries
in one question, and what recognition does to names (no diaeresis, no hyphen, a word split in two).
`python3 tests/Eval/nl/round15/source/build_corpus.py [--check]`; the mechanics are in source/round15_hinl_corpus.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round15_hinl_corpus import build  # noqa: E402

LINES = """
direct-question | welke stad is de hoofdstad van {} | kirgizië=KG; gabon=GA; palau=PW
direct-question | hoe heet de hoofdstad van {} | burkina faso=BF; moldavië=MD; vanuatu=VU
direct-question | wat is de naam van de hoofdstad van {} | tadzjikistan=TJ; eritrea=ER; nauru=NR
direct-question | wat is de hoofdstad van het land {} | guinee-bissau=GW; mauritanië=MR; bhutan=BT
direct-question | wat is tegenwoordig de hoofdstad van {} | myanmar=MM; kazachstan=KZ; burundi=BI
direct-question | welke stad is in {} de hoofdstad | zambia=ZM; ecuador=EC; singapore=SG
direct-question | wat is de hoofdstad van {} vandaag de dag | algerije=DZ; bangladesh=BD; guinee=GN
direct-question | hoe noemen ze de hoofdstad van {} | de centraal-afrikaanse republiek=CF; mauritius=MU; de maldiven=MV
direct-question | welke plaats is de hoofdstad van {} | saint kitts en nevis=KN; trinidad en tobago=TT; de salomonseilanden=SB

polite-request | zou je me kunnen vertellen wat de hoofdstad van {} is | litouwen=LT; zambia=ZM; uruguay=UY
polite-request | mag ik van je weten wat de hoofdstad van {} is | oman=OM; ghana=GH; slovenië=SI
polite-request | alexa wil je me de hoofdstad van {} noemen | mongolië=MN; jemen=YE; paraguay=PY
polite-request | kun je me helpen met de hoofdstad van {} | tsjaad=TD; estland=EE; samoa=WS
polite-request | wees eens lief en zeg me de hoofdstad van {} | hongarije=HU; malawi=MW; nicaragua=NI

imperative | noem de hoofdstad van {} | azerbeidzjan=AZ; libanon=LB; madagaskar=MG
imperative | geef me de hoofdstad van {} | kenia=KE; albanië=AL; fiji=FJ
imperative | zeg eens wat de hoofdstad van {} is | montenegro=ME; senegal=SN; bahrein=BH
imperative | vertel even de hoofdstad van {} | ecuador=EC; namibië=NA; tonga=TO
imperative | zoek de hoofdstad van {} voor me op | sao tomé en principe=ST; equatoriaal-guinea=GQ; kiribati=KI

do-you-know | weet jij toevallig de hoofdstad van {} | turkmenistan=TM; liberia=LR; kroatië=HR
do-you-know | heb je enig idee wat de hoofdstad van {} is | guyana=GY; mozambique=MZ; laos=LA
do-you-know | ken jij de hoofdstad van {} | ierland=IE; angola=AO; belize=BZ
do-you-know | weet je wat de hoofdstad van {} is alexa | sierra leone=SL; letland=LV; cambodja=KH
do-you-know | ik weet het echt niet meer wat is de hoofdstad van {} | china=CN; madagaskar=MG; san marino=SM

leading-filler | hé alexa even een vraagje wat is de hoofdstad van {} | noorwegen=NO; soedan=SD; haïti=HT
leading-filler | oké dus eh de hoofdstad van {} | servië=RS; niger=NE; dominica=DM
leading-filler | nou zeg wat is de hoofdstad van {} | rwanda=RW; finland=FI; qatar=QA
leading-filler | even iets anders wat is de hoofdstad van {} | cuba=CU; togo=TG; malta=MT
leading-filler | goh ik zat me net af te vragen wat is de hoofdstad van {} | papoea-nieuw-guinea=PG; libië=LY; antigua en barbuda=AG

trailing-words | wat is de hoofdstad van {} dan | peru=PE; gambia=GM; jordanië=JO
trailing-words | de hoofdstad van {} weet je die | griekenland=GR; burundi=BI; tuvalu=TV
trailing-words | hoofdstad van {} graag | syrië=SY; kaapverdië=CV; brunei=BN
trailing-words | wat is de hoofdstad van {} vraag ik me af | bulgarije=BG; djibouti=DJ; grenada=GD
trailing-words | wat is de hoofdstad van {} alvast bedankt | oost-timor=TL; marshalleilanden=MH; saint lucia=LC

mid-filler | wat is de eh hoofdstad van {} | belarus=BY; botswana=BW; costa rica=CR
mid-filler | wat is de hoofdstad van uhm {} | armenië=AM; comoren=KM; andorra=AD
mid-filler | welke stad is eh hoe zeg je dat de hoofdstad van {} | oezbekistan=UZ; lesotho=LS; suriname=SR
mid-filler | de hoofdstad van eh van {} | slowakije=SK; oeganda=UG; barbados=BB

bare-name | hoofdstad {} | kazachstan=KZ; guatemala=GT; mali=ML
bare-name | {} hoofdstad | tunesië=TN; nepal=NP; jamaica=JM
bare-name | {} hoofdstad alsjeblieft | vietnam=VN; zimbabwe=ZW; micronesia=FM

word-order | de hoofdstad van {} wat is dat | ethiopië=ET; liechtenstein=LI; honduras=HN
word-order | {} wat was daar de hoofdstad ook alweer | argentinië=AR; somalië=SO; seychellen=SC
word-order | in {} wat is daar de hoofdstad | pakistan=PK; kameroen=CM; el salvador=SV
word-order | welke stad is het in {} de hoofdstad | georgië=GE; panama=PA; bahama's=BS

crossword-puzzle | hoofdstad van {} vier letters | letland=LV; noorwegen=NO; qatar=QA
crossword-puzzle | ik zit met een puzzel hoofdstad van {} vijf letters | ghana=GH; wit-rusland=BY; tunesië=TN
crossword-puzzle | kruiswoordpuzzel hoofdstad van {} zes letters | ierland=IE; turkije=TR; mozambique=MZ
crossword-puzzle | zeven letters de hoofdstad van {} | kenia=KE; tsjaad=TD; mongolië=MN
crossword-puzzle | voor de puzzel wat is de hoofdstad van {} | malawi=MW; costa rica=CR; zweden=SE

quiz-show | we zitten bij de pubquiz wat is de hoofdstad van {} | australië=AU; nigeria=NG; kroatië=HR
quiz-show | quizvraag wat is de hoofdstad van {} | canada=CA; brazilië=BR; zwitserland=CH
quiz-show | voor de quiz van vanavond wat is de hoofdstad van {} | tanzania=TZ; myanmar=MM; bolivia=BO
quiz-show | ik speel twee voor twaalf wat is de hoofdstad van {} | liechtenstein=LI; ijsland=IS; malta=MT
quiz-show | mijn team wil weten wat de hoofdstad van {} is | turkmenistan=TM; eswatini=SZ; nepal=NP

school-topo | ik moet voor topo de hoofdstad van {} leren | slowakije=SK; albanië=AL; moldavië=MD
school-topo | we hebben morgen een so over afrika wat is de hoofdstad van {} | tanzania=TZ; zimbabwe=ZW; angola=AO
school-topo | in groep zes moeten we de hoofdstad van {} weten | italië=IT; polen=PL; oostenrijk=AT
school-topo | voor mijn werkstuk over {} wat is de hoofdstad | chili=CL; vietnam=VN; egypte=EG
school-topo | overhoor me even wat is de hoofdstad van {} | denemarken=DK; spanje=ES; griekenland=GR

child-speech | alexa alexa wat is de hoofdstad van {} | frankrijk=FR; china=CN; mexico=MX
child-speech | mama vraagt wat de hoofdstad van {} is | japan=JP; rusland=RU; india=IN
child-speech | welke stad is de hoofdstad van {} want mijn broer weet het niet | brazilië=BR; thailand=TH; marokko=MA
child-speech | alexa ik ben negen en ik wil weten wat de hoofdstad van {} is | canada=CA; peru=PE; portugal=PT

elder-speech | zoudt u mij de hoofdstad van {} willen noemen | luxemburg=LU; hongarije=HU; roemenië=RO
elder-speech | ik ben het vergeten hoor wat was de hoofdstad van {} ook weer | indonesië=ID; rhodesië=ZW; tsjechië=CZ
elder-speech | mevrouw alexa wat is de hoofdstad van {} | argentinië=AR; cyprus=CY; jamaica=JM
elder-speech | vroeger leerden we dat op school maar wat is de hoofdstad van {} | bulgarije=BG; ethiopië=ET; irak=IQ

traveller | we gaan deze zomer naar {} wat is daar de hoofdstad | kroatië=HR; albanië=AL; slovenië=SI
traveller | ik vlieg volgende week naar {} welke stad is de hoofdstad | colombia=CO; oman=OM; kenia=KE
traveller | mijn dochter gaat backpacken in {} wat is de hoofdstad daar | laos=LA; cambodja=KH; bolivia=BO
traveller | we hebben een cruise langs {} wat is de hoofdstad eigenlijk | montenegro=ME; malta=MT; cyprus=CY

news-context | op het journaal hadden ze het over {} wat is daar de hoofdstad | soedan=SD; niger=NE; haïti=HT
news-context | ik las net iets over {} wat is de hoofdstad daarvan | jemen=YE; libanon=LB; armenië=AM
news-context | {} doet mee aan het songfestival wat is hun hoofdstad | moldavië=MD; azerbeidzjan=AZ; estland=EE
news-context | er was een aardbeving in {} wat is de hoofdstad daar | afghanistan=AF; nepal=NP; ecuador=EC

regional-speech | wa is de hoofdstad van {} eigelijk | guatemala=GT; paraguay=PY; zweden=SE
regional-speech | hedde gij enig idee wat de hoofdstad van {} is | gambia=GM; bahrein=BH; cuba=CU
regional-speech | wat is nou de hoofdstad van {} dan joh | israël=IL; syrië=SY; iran=IR
regional-speech | wat is de hoofdstad van {} jong | noorwegen=NO; finland=FI; japan=JP
regional-speech | wat is de hoofdstad van {} zeg ne keer | mali=ML; benin=BJ; rwanda=RW

code-mixing | alexa random vraag wat is de hoofdstad van {} | nieuw-zeeland=NZ; zuid-korea=KR; koeweit=KW
code-mixing | wat is nou weer de capital city van {} | oekraïne=UA; ghana=GH; uruguay=UY
code-mixing | wat is de hoofdstad van {} ik heb literally geen idee | kazachstan=KZ; singapore=SG; jordanië=JO
code-mixing | quick question wat is de hoofdstad van {} | servië=RS; dominica=DM; venezuela=VE

spelling-variant | wat is de hoofdstad van {} ook alweer | italie=IT; indonesie=ID; tsjechie=CZ
spelling-variant | hoofdstad van {} | saoedi arabie=SA; nieuw zeeland=NZ; papoea nieuw guinea=PG
spelling-variant | wat is de hoofd stad van {} | de filippijnen=PH; oekraine=UA; noord macedonie=MK
spelling-variant | weet je de hoofdstad van {} | equatoriaal guinea=GQ; zuid korea=KR; bosnie=BA
spelling-variant | wat is de hoofdstaat van {} | israel=IL; haiti=HT; belgie=BE

follow-up | en die van {} | chili=CL; nieuw-zeeland=NZ; ijsland=IS
follow-up | oké en {} dan | japan=JP; polen=PL; marokko=MA
follow-up | en in {} | canada=CA; india=IN; roemenië=RO
follow-up | zelfde vraag voor {} | thailand=TH; colombia=CO; denemarken=DK
follow-up | en voor {} | spanje=ES; portugal=PT; venezuela=VE
follow-up | nu {} nog | frankrijk=FR; turkije=TR; egypte=EG
follow-up | en {} wat is daar de hoofdstad | de verenigde arabische emiraten=AE; monaco=MC; bangladesh=BD

everyday-name | wat is de hoofdstad van {} | amerika=US; de emiraten=AE; birma=MM
everyday-name | hoe heet de hoofdstad van {} ook weer | de vs=US; swaziland=SZ; groot-brittannië=GB
everyday-name | de hoofdstad van {} is welke stad | macedonië=MK; bosnië=BA; kirgizstan=KG
everyday-name | wat is de hoofdstad van {} nou | engeland=GB-ENG; het vk=GB; perzië=IR
everyday-name | welke hoofdstad heeft {} | ceylon=LK; dr congo=CD; congo-brazzaville=CG

official-name | wat is de hoofdstad van {} precies | de bondsrepubliek duitsland=DE; de volksrepubliek china=CN; de russische federatie=RU
official-name | noem mij de hoofdstad van {} | het koninkrijk saoedi-arabië=SA; de islamitische republiek iran=IR; de verenigde staten van amerika=US
official-name | welke stad is de hoofdstad van {} tegenwoordig | de zwitserse bondsstaat=CH; de republiek korea=KR; de democratische republiek oost-timor=TL
official-name | hoe heet de hoofdstad eigenlijk van {} | de verenigde mexicaanse staten=MX; de federatieve republiek brazilië=BR; de arabische republiek egypte=EG
official-name | wat is eigenlijk de hoofdstad van {} | de kirgizische republiek=KG; het koninkrijk marokko=MA; het koninkrijk zweden=SE

plural-capitals | welke twee hoofdsteden heeft {} | benin=BJ; eswatini=SZ; ivoorkust=CI
plural-capitals | {} heeft toch meerdere hoofdsteden welke zijn dat | zuid-afrika=ZA; bolivia=BO; nederland=NL
plural-capitals | hoeveel hoofdsteden heeft {} en welke | zuid-afrika=ZA; maleisië=MY; sri lanka=LK
plural-capitals | noem alle hoofdsteden van {} | palestina=PS; benin=BJ; eswatini=SZ
plural-capitals | klopt het dat {} twee hoofdsteden heeft | ivoorkust=CI; nederland=NL; bolivia=BO
plural-capitals | ik hoorde dat {} meer dan één hoofdstad heeft welke zijn dat | maleisië=MY; sri lanka=LK; palestina=PS
plural-capitals | de hoofdsteden van {} graag | swaziland=SZ; côte d'ivoire=CI; holland=NL
plural-capitals | wat zijn de drie hoofdsteden van zuid-afrika | ZA
plural-capitals | welke steden zijn allebei hoofdstad van {} | benin=BJ; bolivia=BO; maleisië=MY
plural-capitals | zuid-afrika heeft er drie toch welke hoofdsteden zijn dat | ZA
plural-capitals | de drie hoofdsteden van zuid-afrika hoe heten die | ZA
plural-capitals | welke hoofdsteden heeft zuid-afrika allemaal | ZA
plural-capitals | eswatini heeft twee hoofdsteden toch welke | SZ
plural-capitals | hoe heten de twee hoofdsteden van swaziland | SZ
plural-capitals | eswatini hoofdsteden | SZ
plural-capitals | wat zijn de twee hoofdsteden van palestina volgens jou | PS
plural-capitals | amsterdam en den haag zijn allebei hoofdstad van nederland toch | NL
plural-capitals | wat zijn nou de hoofdsteden van ivoorkust | CI

shared-name | wat zijn de hoofdsteden van de twee korea's | KP+KR
shared-name | korea welke hoofdstad heeft dat | KP+KR
shared-name | wat is de hoofdstad van korea eigenlijk | KP+KR
shared-name | zeg de hoofdsteden van noord en zuid korea | KP+KR
shared-name | de hoofdstad van congo welke van de twee weet ik niet | CD+CG
shared-name | wat zijn de hoofdsteden van beide congo's | CD+CG
shared-name | congo hoofdstad | CD+CG
shared-name | welke stad is de hoofdstad van georgia | GE+US-GA
shared-name | georgia wat is daar de hoofdstad | GE+US-GA
shared-name | wat is de hoofdstad van de maagdeneilanden | VG+VI
shared-name | wat zijn de hoofdsteden van dominica en de dominicaanse republiek | DM+DO
shared-name | hoofdstad maagdeneilanden | VG+VI
shared-name | de maagdeneilanden welke hoofdstad hebben die | VG+VI
shared-name | dominica en de dominicaanse republiek wat zijn daar de hoofdsteden | DM+DO
shared-name | korea noord en zuid wat zijn de hoofdsteden | KP+KR
shared-name | allebei de congo's wat zijn de hoofdsteden | CD+CG

subdivision | wat is de hoofdstad van de staat {} | alaska=US-AK; vermont=US-VT; nevada=US-NV
subdivision | welke stad is de hoofdstad van de deelstaat {} | beieren=DE-BY; saksen=DE-SN; hessen=DE-HE
subdivision | wat is de hoofdstad van de provincie {} | manitoba=CA-MB; alberta=CA-AB; nova scotia=CA-NS
subdivision | hoofdstad van de australische deelstaat {} | tasmanië=AU-TAS; queensland=AU-QLD; west-australië=AU-WA
subdivision | wat is de hoofdstad van de braziliaanse staat {} | bahia=BR-BA; amazonas=BR-AM; pará=BR-PA
subdivision | hoofdstad van de mexicaanse staat {} | yucatán=MX-YUC; jalisco=MX-JAL; chiapas=MX-CHP
subdivision | wat is de hoofdstad van de indiase deelstaat {} | kerala=IN-KL; rajasthan=IN-RJ; goa=IN-GA
subdivision | wat is de hoofdstad van {} in amerika | ohio=US-OH; kentucky=US-KY; oregon=US-OR
subdivision | wat is de hoofdstad van {} in canada | saskatchewan=CA-SK; yukon=CA-YT; nunavut=CA-NU
subdivision | wat is de hoofdstad van {} in duitsland | noordrijn-westfalen=DE-NW; nedersaksen=DE-NI; thüringen=DE-TH
subdivision | welke stad is de hoofdstad van {} in groot-brittannië | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
subdivision | hoe heet de hoofdstad van de amerikaanse staat {} | louisiana=US-LA; tennessee=US-TN; illinois=US-IL
subdivision | welke stad is de hoofdstad van de staat new york | US-NY
subdivision | is seattle de hoofdstad van de staat washington | US-WA

territory | wat is de hoofdplaats van {} | bonaire=BQ; aruba=AW; curaçao=CW
territory | wat is de hoofdstad van {} eigenlijk | groenland=GL; de faeröer=FO; nieuw-caledonië=NC
territory | hoofdstad van het eiland {} | réunion=RE; man=IM; jersey=JE
territory | wat is de hoofdstad van {} weet je dat | frans-polynesië=PF; puerto rico=PR; guam=GU
territory | hoe heet de hoofdplaats van {} | sint-maarten=SX; de kaaimaneilanden=KY; bermuda=BM
territory | wat is de hoofdstad van {} tegenwoordig | taiwan=TW; kosovo=XK; de westelijke sahara=EH
territory | wat is de hoofdstad van {} alexa | frans-guyana=GF; martinique=MQ; guadeloupe=GP

yes-no-check | is lagos de hoofdstad van nigeria | NG
yes-no-check | klopt het dat istanbul de hoofdstad van turkije is | TR
yes-no-check | is rio nog steeds de hoofdstad van brazilië | BR
yes-no-check | is almaty de hoofdstad van kazachstan | KZ
yes-no-check | is zürich de hoofdstad van zwitserland | CH
yes-no-check | is dar es salaam de hoofdstad van tanzania | TZ
yes-no-check | is karachi de hoofdstad van pakistan | PK
yes-no-check | is yangon de hoofdstad van myanmar | MM
yes-no-check | is toronto de hoofdstad van canada of niet | CA
yes-no-check | is auckland de hoofdstad van nieuw-zeeland | NZ
yes-no-check | is casablanca de hoofdstad van marokko | MA
yes-no-check | klopt het dat quito de hoofdstad van ecuador is | EC
yes-no-check | is belmopan echt de hoofdstad van belize | BZ
yes-no-check | is antwerpen de hoofdstad van belgië | BE
yes-no-check | is bonn nog de hoofdstad van duitsland | DE
yes-no-check | is sint-petersburg de hoofdstad van rusland | RU
yes-no-check | is sydney nou de hoofdstad van australië of canberra | AU
yes-no-check | is abuja echt de hoofdstad van nigeria | NG

self-correction | wat is de hoofdstad van oostenrijk nee wacht van zwitserland | CH
self-correction | hoofdstad van slovenië o nee ik bedoel slowakije | SK
self-correction | wat is de hoofdstad van nigeria sorry niger | NE
self-correction | wat is de hoofdstad van zweden eh nee noorwegen | NO
self-correction | de hoofdstad van guinee ik bedoel guinee-bissau | GW
self-correction | wat is de hoofdstad van oostenrijk of nee australië | AU
self-correction | wat is de hoofdstad van irak pardon iran | IR
self-correction | wat is de hoofdstad van letland nee litouwen bedoel ik | LT
self-correction | hoofdstad van gambia of was het zambia ja zambia | ZM
self-correction | wat is de hoofdstad van dominica nee de dominicaanse republiek | DO
self-correction | wat is de hoofdstad van soedan ik bedoel zuid-soedan | SS
self-correction | wat is de hoofdstad van mali sorry malawi | MW
self-correction | de hoofdstad van kroatië laat maar eigenlijk van servië | RS
self-correction | wat is de hoofdstad van paraguay nee uruguay | UY

reverse-question | van welk land is ouagadougou de hoofdstad | CITY:ouagadougou
reverse-question | windhoek is de hoofdstad van welk land | CITY:windhoek
reverse-question | tbilisi is de hoofdstad van wat | CITY:tbilisi
reverse-question | waar is ljubljana de hoofdstad van | CITY:ljubljana
reverse-question | welk land heeft ulaanbaatar als hoofdstad | CITY:ulaanbaatar
reverse-question | van welk land is paramaribo de hoofdstad | CITY:paramaribo
reverse-question | kingstown is de hoofdstad van welk land | CITY:kingstown
reverse-question | bij welk land hoort de hoofdstad vientiane | CITY:vientiane
reverse-question | bisjkek is de hoofdstad van welk land | CITY:bisjkek
reverse-question | van welk land is asmara de hoofdstad | CITY:asmara
reverse-question | welk land heeft kralendijk als hoofdplaats | CITY:kralendijk
reverse-question | van welke staat is sacramento de hoofdstad | CITY:sacramento
reverse-question | nuuk is de hoofdstad van wat | CITY:nuuk
reverse-question | wat is het land met als hoofdstad montevideo | CITY:montevideo
reverse-question | tegucigalpa hoort bij welk land | CITY:tegucigalpa
reverse-question | in welk land is dodoma de hoofdstad | CITY:dodoma

two-places | wat zijn de hoofdsteden van spanje en portugal | ES+PT
two-places | hoofdstad van zweden en finland | FI+SE
two-places | wat zijn de hoofdsteden van estland letland en litouwen | EE+LT+LV
two-places | wat is de hoofdstad van kenia en van tanzania | KE+TZ
two-places | wat zijn de hoofdsteden van noorwegen en denemarken | DK+NO
two-places | wat zijn de hoofdsteden van haïti en de dominicaanse republiek | DO+HT
two-places | noem de hoofdsteden van chili en argentinië | AR+CL
two-places | de hoofdsteden van tsjechië en slowakije graag | CZ+SK

out-of-domain | hoeveel inwoners heeft bolivia | FB
out-of-domain | welke taal spreken ze in mozambique | FB
out-of-domain | wat is de munteenheid van polen | FB
out-of-domain | hoe laat is het nu in tokio | FB
out-of-domain | wat voor weer is het in lissabon | FB
out-of-domain | hoe ver is het van amsterdam naar parijs | FB
out-of-domain | wie is de president van brazilië | FB
out-of-domain | hoe groot is canada in vierkante kilometers | FB
out-of-domain | wat is de hoogste berg van japan | FB
out-of-domain | welke kleuren heeft de vlag van ierland | FB
out-of-domain | wat is het landnummer van belgië | FB
out-of-domain | hoeveel provincies heeft nederland | FB
out-of-domain | speel het volkslied van frankrijk | FB
out-of-domain | zet een timer voor tien minuten | FB
out-of-domain | welke stad is de fietshoofdstad van de wereld | FB
out-of-domain | wat betekent hoofdstad in het engels | FB
out-of-domain | schrijf je de naam van een hoofdstad met een hoofdletter | FB
out-of-domain | hoeveel startkapitaal heb je nodig voor een bv | FB
out-of-domain | wat is de grootste stad van turkije | FB
out-of-domain | welke hoofdstad ligt het hoogst boven zeeniveau | FB
out-of-domain | hoeveel hoofdsteden zijn er op de wereld | FB
out-of-domain | wat is de hoofdstad van narnia | FB
out-of-domain | wat is de hoofdstad van mordor | FB
out-of-domain | vertel een mop over belgen | FB
out-of-domain | wie heeft het wk voetbal gewonnen | FB
out-of-domain | hoe oud is koning willem-alexander | FB
out-of-domain | wat is het verschil tussen holland en nederland | FB
out-of-domain | waarom is amsterdam de hoofdstad en niet den haag | FB
out-of-domain | hoe lang vlieg je naar bali | FB
out-of-domain | wat kost een treinkaartje naar brussel | FB
out-of-domain | zet de lampen in de woonkamer aan | FB
out-of-domain | welke landen grenzen aan duitsland | FB
out-of-domain | in welk werelddeel ligt mongolië | FB
out-of-domain | op welk continent ligt suriname | FB
out-of-domain | wat is het nationale gerecht van hongarije | FB
out-of-domain | welke rivier stroomt door boedapest | FB
out-of-domain | hoeveel mensen wonen er in de hoofdstad van peru | FB
out-of-domain | wie is de burgemeester van amsterdam | FB
out-of-domain | hoe zeg je dank je wel in het japans | FB
out-of-domain | wat is kapitalisme eigenlijk | FB
out-of-domain | wat is het verschil tussen een hoofdstad en een regeringszetel | FB
out-of-domain | waarom heeft zuid-afrika drie hoofdsteden | FB
out-of-domain | sinds wanneer is berlijn weer de hoofdstad | FB
out-of-domain | welke hoofdstad heeft de meeste inwoners | FB
out-of-domain | wie schreef het wilhelmus | FB
out-of-domain | hoe ver is de maan van de aarde | FB
out-of-domain | welke planeet staat het dichtst bij de zon | FB
out-of-domain | hoeveel manen heeft jupiter | FB
out-of-domain | alexa ben jij een robot | FB
out-of-domain | welke dag is het vandaag | FB
out-of-domain | hoe laat gaat de zon vanavond onder | FB
out-of-domain | wie zingt dit liedje | FB
out-of-domain | hoe spel je reykjavik | FB
out-of-domain | hoeveel landen zijn er in afrika | FB
out-of-domain | wat is de wereldhoofdstad van de kaas | FB
out-of-domain | welke landen hebben de euro | FB
out-of-domain | hoeveel uur is het verschil met new york | FB
out-of-domain | is het veilig om naar egypte te reizen | FB
out-of-domain | hoeveel graden is het in kaapstad | FB
out-of-domain | heb ik een visum nodig voor vietnam | FB
out-of-domain | wat is het bruto nationaal product van ierland | FB
out-of-domain | doe maar een liedje van andré hazes | FB
out-of-domain | hoeveel kost een biertje in praag | FB
out-of-domain | wat is de hoofdstad van atlantis | FB
out-of-domain | hoeveel eilanden hebben de filipijnen | FB
out-of-domain | wie is de premier van canada | FB
out-of-domain | welke sport is het populairst in nieuw-zeeland | FB
out-of-domain | wat is het telefoonnummer van de marokkaanse ambassade | FB
out-of-domain | wat is de beste reistijd voor thailand | FB
out-of-domain | hoe heet de munt in zwitserland | FB
out-of-domain | welk land heeft de meeste inwoners | FB
out-of-domain | wat is het grootste land van afrika | FB
out-of-domain | welke hoofdstad ligt het noordelijkst | FB
out-of-domain | hoeveel hoofdsteden ken jij | FB
out-of-domain | zet een atlas op mijn boodschappenlijst | FB
out-of-domain | speel radio tien | FB
out-of-domain | hoe warm wordt het morgen in rotterdam | FB
out-of-domain | welke stad was vroeger de hoofdstad van japan | FB
out-of-domain | wat was de hoofdstad van het romeinse rijk | FB
out-of-domain | spreken ze nederlands in suriname | FB
out-of-domain | waarom ligt canberra niet aan zee | FB
out-of-domain | ken je een mooi gedicht over amsterdam | FB

help | hoe werkt dit ding | HELP
help | ik snap het niet wat moet ik zeggen | HELP
help | wat kan ik jou allemaal vragen | HELP
help | leg eens uit hoe dit werkt | HELP
help | geef me een voorbeeld van een vraag | HELP
help | welke vragen kan ik stellen | HELP
help | ik weet niet wat ik moet vragen | HELP
help | kun je me op weg helpen | HELP
help | hoe gebruik ik deze skill | HELP
help | ik heb hulp nodig hierbij | HELP
help | wat zijn de mogelijkheden | HELP
help | ik kom er niet uit help me even | HELP
help | hoe moet ik een vraag stellen | HELP
help | wat doet deze skill eigenlijk | HELP
help | alexa wat moet ik nou tegen je zeggen | HELP
help | hoe stel ik een vraag aan deze skill | HELP
help | ik begrijp niet hoe dit werkt | HELP
help | wat kun jij allemaal met hoofdsteden | HELP
help | uitleg graag | HELP
help | kun je vertellen wat ik hier kan doen | HELP
help | ik ben de weg kwijt help | HELP
help | hoe werkt hoofdsteden van de wereld | HELP
help | wat voor vragen snap jij | HELP
help | help me eens op gang | HELP

stop | ik ben klaar | STOP
stop | stoppen maar | STOP
stop | sluit af | STOP
stop | zo is het wel genoeg | STOP
stop | ik wil ophouden | STOP
stop | hou er maar mee op | STOP
stop | afsluiten alsjeblieft | STOP
stop | we zijn klaar voor vandaag | STOP
stop | schei uit | STOP
stop | kap ermee | STOP
stop | sluit de skill maar | STOP
stop | genoeg hoofdsteden voor vandaag | STOP
stop | ik heb geen vragen meer | STOP
stop | alexa hou op | STOP
stop | ik ben er wel klaar mee | STOP
stop | nou dat was het wel | STOP
stop | dit was het voor nu | STOP
stop | hou maar op met die hoofdsteden | STOP
stop | sluit hoofdsteden van de wereld af | STOP
stop | ik wil eruit | STOP
stop | uitzetten | STOP
stop | we stoppen ermee | STOP
stop | ophouden nu | STOP

cancel | annuleer dat | CANCEL
cancel | laat die vraag maar zitten | CANCEL
cancel | vergeet wat ik zei | CANCEL
cancel | doe maar niet | CANCEL
cancel | nee toch niet | CANCEL
cancel | annuleren | CANCEL
cancel | laat maar zitten | CANCEL
cancel | ik trek mijn vraag in | CANCEL
cancel | hoeft niet meer | CANCEL
cancel | nee dat was een vergissing annuleer maar | CANCEL
cancel | laat maar ik zoek het zelf wel op | CANCEL
cancel | vergeet die vraag maar | CANCEL
cancel | afbreken | CANCEL
cancel | nee nee niet doen | CANCEL
cancel | annuleer die vraag | CANCEL
cancel | nee laat ook maar | CANCEL
cancel | ik bedacht me laat maar | CANCEL
cancel | laat maar ik weet het al | CANCEL
cancel | nee hoeft niet | CANCEL
cancel | ik wil die vraag annuleren | CANCEL
cancel | maak maar ongedaan | CANCEL
cancel | oh dat hoeft al niet meer | CANCEL
cancel | doe maar niks | CANCEL
cancel | nee wacht annuleer | CANCEL
cancel | vergeet het maar | CANCEL
cancel | laat die hoofdstad maar zitten | CANCEL

launch | open hoofdsteden van de wereld | LAUNCH
launch | start hoofdsteden van de wereld | LAUNCH
launch | alexa open de hoofdsteden van de wereld | LAUNCH
launch | begin met hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld openen | LAUNCH
launch | speel hoofdsteden van de wereld | LAUNCH
launch | ik wil hoofdsteden van de wereld gebruiken | LAUNCH
launch | open world capitals alsjeblieft | LAUNCH
launch | start de skill hoofdsteden van de wereld | LAUNCH
launch | alexa doe hoofdsteden van de wereld | LAUNCH
launch | start de app hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld starten alsjeblieft | LAUNCH
launch | open even hoofdsteden van de wereld | LAUNCH
launch | ga naar hoofdsteden van de wereld | LAUNCH
launch | kun je hoofdsteden van de wereld openen | LAUNCH
launch | activeer hoofdsteden van de wereld | LAUNCH
launch | laat hoofdsteden van de wereld maar beginnen | LAUNCH
"""

if __name__ == "__main__":
    build("nl", LINES, sys.argv, "tests/Eval/nl/round15/source/build_corpus.py")
