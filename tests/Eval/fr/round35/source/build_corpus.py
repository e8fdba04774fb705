"""Round 35, French (fr-FR, fr-CA): a new author's own mix, written blind in the thirty-sixth session (brief
WRITER42.md), about a third of the lines fr-CA. Speakers and situations chosen apart from rounds 31-34.
fr-FR devices: Bretons of Brest, Quimper and the Finistère ("ma doue", "kenavo", the fest-noz and its sonneur, the
crêperie, Océanopolis, the Stade Brestois, the kig ha farz, a grandfather of the Royale), Lyonnais (the gones, the
mâchon, the Fête des Lumières, a bouchon of the rue Mercière, the OL, the Croix-Rousse, the silk exhibition), Basques of
Bayonne and Biarritz ("agur", "milesker", the Fêtes de Bayonne, pelota, surfers, the Aviron Bayonnais), Corsicans
("o ma", "aiò", "u babbu", the Bastia ferry, a card game), Normans ("p'têt ben", the Mont-Saint-Michel, the D-Day
beaches, the Camembert maker, the cider), Ch'tis of Lille ("biloute", "min quinquin", "ch'est", the Braderie, the LOSC),
Auvergnats (the ASM pillars, Michelin, the puy de Dôme, the truffade), Toulousains ("boudu con", "pitchoun", the Cité
de l'espace, the Stade Toulousain, the chocolatine), Guyanais ("ki jan ou yé", the touloulou, Kourou, the Maroni),
Tahitians ("ia ora na", "fiu", "mauruuru", the Heiva), Caldoches and Kanaks ("tata", "c'est choc", the broussard), a
Turkish-French family of Vénissieux ("anne", "abla", "tamam", "inchallah"), a Chinese-French family of Belleville (nainai,
the uncle's restaurant, the Chinese New Year), a Senegalese family of Paris ("nanga def", "waaw", yaay), a Ukrainian
refugee learning French ("quelle est capitale de le russie"), an English retiree in the Dordogne ("what is le
capital", "de les bahamas"), a CP pupil and a ten-year-old (the giraffes, the lions, the maîtresse), elders in an EHPAD
(Yugoslavia, Dahomey, Haute-Volta, a hard-of-hearing resident); at work: a Roissy taxi driver, a baker's boy at four in
the morning, an SNCF ticket inspector, a vet, a hairdresser; games and sport: Trivial Pursuit, Pyramide, Time's Up,
Koh-Lanta, Roland-Garros, the Six Nations, the Dakar rally, the Champions League. fr-CA devices: Quebec City (the
Carnaval and the Bonhomme, the terrasse Dufferin, the Château Frontenac, "c'est malade", "tiguidou"), Beaucerons ("m'as",
"à matin", the cabane à sucre and the tire, the door factory), Abitibiens (the mine foreman, "au boutte du rang", the
film festival), young Montrealers in franglais ("genre", "full random", "so anyway", "c'est chill", the cégep, the Mile
End), Franco-Ontarians of Sudbury and Ottawa ("icitte", the festival, Parliament), Madelinots ("chu", the Souris ferry,
lobster, the storm), Trifluviens (the Grand Prix, the paper mill, a Shawinigan matante), Estriens (Memphrémagog, the
Université de Sherbrooke, shopping in the States), snowbirds (Florida, the all-inclusive, a cruise), a
Vietnamese-Quebecer family (ba ngoai, the Têt), Latino-Quebecers of Saint-Michel ("oye", "mi abuela", "por favor"),
Maghrebi-Quebecers of the Petit-Maghreb ("wallah", the yemma, the ftour); at work: an STM bus driver, the SOPFEU, a
CHSLD, a bartender, a Zamboni driver, a cégep teacher; hockey (the Canadiens' draft, the playoffs, the world juniors)
and games (La Poule aux oeufs d'or, a tavern quiz, Le Cercle). Families per speaker group or situation, and the shared
families (follow-up, plural-capitals, subdivision, out-of-domain, help, stop, cancel, launch, yes-no-check,
self-correction, reverse-question, official-name, everyday-name, shared-name). Lines of rounds 1-34 are dropped
(build_round with round 35's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Bretons of Brest, Quimper and the Finistère
bretagne | alexa ma doue on est au fest-noz et le sonneur demande la capitale {} | de l'irlande=IE; du pays de galles=GB-WLS; de l'écosse=GB-SCT
bretagne | alexa à la crêperie y a des touristes {} ils veulent qu'on leur dise leur capitale | norvégiens=NO; suédois=SE; finlandais=FI
bretagne | alexa kenavo les gars mais avant c'est quoi la capitale {} | de l'islande=IS; du danemark=DK; des îles féroé=FO
bretagne | alexa à océanopolis y a un aquarium sur les poissons {} c'est quoi la capitale de là-bas | des maldives=MV; des seychelles=SC; de fidji=FJ
bretagne | alexa le stade brestois joue en coupe d'europe contre un club {} quelle est leur capitale | ukrainien=UA; croate=HR; serbe=RS
bretagne | alexa mon tonton il part en mer pêcher vers {} la capitale c'est laquelle | le groenland=GL; terre-neuve=CA-NL; les açores=FB
bretagne | alexa il pleut encore à quimper bon ben dis-moi la capitale {} | du portugal=PT; de l'espagne=ES; de l'andorre=AD
bretagne | alexa mon grand-père était sur les bateaux de la royale il est passé par {} c'est quoi la capitale | djibouti=DJ; le sénégal=SN; la côte d'ivoire=CI
bretagne | alexa on fait un kig ha farz pour la famille de ma belle-soeur qui vient {} c'est quoi leur capitale | du québec=CA-QC; de la martinique=MQ; de nouvelle-calédonie=NC
# --- fr-FR: Lyonnais
lyon | alexa les gones ils demandent la capitale {} pendant le mâchon | de la hongrie=HU; de la roumanie=RO; de la bulgarie=BG
lyon | alexa à la fête des lumières y a un projecteur sur le pays {} elle est où sa capitale | de la corée du sud=KR; du japon=JP; de la mongolie=MN
lyon | alexa dans le bouchon de la rue mercière le serveur il vient {} sa capitale c'est quoi | du cameroun=CM; du gabon=GA; du togo=TG
lyon | alexa l'ol a recruté un attaquant {} quelle est sa capitale déjà | brésilien=BR; argentin=AR; colombien=CO
lyon | alexa on descend à la croix-rousse et mon fils me sort la capitale {} tu la connais | du kazakhstan=KZ; de l'ouzbékistan=UZ; du turkménistan=TM
lyon | alexa à la part-dieu y a une expo sur les soieries {} dis la capitale | d'ouzbékistan=UZ; de chine=CN; d'inde=IN
# --- fr-FR: Basques of Bayonne and Biarritz
pays-basque | alexa agur tu sais la capitale {} parce que mon cousin y bosse | du chili=CL; du pérou=PE; de l'uruguay=UY
pays-basque | alexa pendant les fêtes de bayonne un gars en rouge et blanc me demande la capitale {} | du paraguay=PY; du venezuela=VE; de l'équateur=EC
pays-basque | alexa à la pelote y a une équipe qui vient {} elle est où la capitale | du mexique=MX; de cuba=CU; du guatemala=GT
pays-basque | alexa milesker mais dis-moi vite la capitale {} pour les surfeurs | du costa rica=CR; du nicaragua=NI; du honduras=HN
pays-basque | alexa l'aviron bayonnais joue contre des joueurs {} leur capitale c'est quoi | fidjiens=FJ; tongiens=TO; samoans=WS
# --- fr-FR: Corsicans of Ajaccio and Bastia
corse | alexa o ma la petite demande la capitale {} | de la sardaigne=FB; de l'italie=IT; de malte=MT
corse | alexa aiò dis-nous la capitale {} qu'on finisse la partie de cartes | de la grèce=GR; de chypre=CY; de l'albanie=AL
corse | alexa u babbu il dit que la capitale {} c'est pas celle qu'on croit | de la turquie=TR; de l'australie=AU; du canada=CA
corse | alexa sur le ferry de bastia y a des gens {} c'est quoi leur capitale | du monténégro=ME; de la bosnie=BA; de la macédoine du nord=MK
# --- fr-FR: Normans of Caen and the Cotentin
normandie | alexa p'têt ben que tu sais la capitale {} | de la grande-bretagne=GB; de jersey=JE; de guernesey=GG
normandie | alexa au mont-saint-michel les touristes viennent {} c'est quoi la capitale chez eux | de corée=KP+KR; de taïwan=TW; du viêt nam=VN
normandie | alexa pour les plages du débarquement y a des vétérans {} quelle est leur capitale | américains=US; canadiens=CA; polonais=PL
normandie | alexa le fromager de camembert il exporte {} tu me donnes la capitale | en israël=IL; au liban=LB; au qatar=QA
normandie | alexa dis donc la capitale {} on en parle au cidre | de l'île de man=IM; de la belgique=BE; des pays-bas=NL
# --- fr-FR: Ch'tis of Lille and the bassin minier
nord | alexa eh biloute c'est quoi la capitale {} | du luxembourg=LU; de la lituanie=LT; de la lettonie=LV
nord | alexa à la braderie de lille un marchand {} il vend des tapis c'est quoi sa capitale | afghan=AF; iranien=IR; pakistanais=PK
nord | alexa min quinquin il veut savoir la capitale {} avant d'dormir | de l'estonie=EE; de la finlande=FI; de la russie=RU
nord | alexa le losc il joue contre une équipe {} c'est quoi la capitale | slovaque=SK; tchèque=CZ; autrichienne=AT
nord | alexa ch'est quoi la capitale {} mon pote il y est parti en vacances | de la slovénie=SI; de la moldavie=MD; de la biélorussie=BY
# --- fr-FR: Auvergnats of Clermont-Ferrand
auvergne | alexa à l'asm y a des piliers {} c'est quoi la capitale | géorgiens=GE; roumains=RO; argentins=AR
auvergne | alexa chez michelin y a un ingénieur qui part pour {} tu sais la capitale | la thaïlande=TH; l'indonésie=ID; la malaisie=MY
auvergne | alexa au puy de dôme le guide dit que les volcans {} ont une capitale pas loin c'est laquelle | d'islande=IS; du japon=JP; d'équateur=EC
auvergne | alexa en mangeant la truffade ma belle-mère demande la capitale {} | de la papouasie-nouvelle-guinée=PG; des îles salomon=SB; du vanuatu=VU
# --- fr-FR: Toulousains
toulouse | alexa boudu con c'est quoi la capitale {} | du maroc=MA; de l'algérie=DZ; de la tunisie=TN
toulouse | alexa pitchoun il veut savoir la capitale {} pour la récré | du burkina faso=BF; du niger=NE; du tchad=TD
toulouse | alexa à la cité de l'espace ils parlent d'une base {} c'est quoi la capitale | en guyane=GF; au kazakhstan=KZ; en inde=IN
toulouse | alexa le stade toulousain a un ailier {} donne la capitale de son pays | sud-africain=ZA; néo-zélandais=NZ; australien=AU
toulouse | alexa on prend une chocolatine et tu me dis la capitale {} | du rwanda=RW; du burundi=BI; de l'ouganda=UG
# --- fr-FR: Guyanais of Cayenne and Kourou
guyane | alexa ki jan ou yé dis-moi la capitale {} | du suriname=SR; du guyana=GY; du brésil=BR
guyane | alexa pendant le carnaval la touloulou elle me demande la capitale {} | de haïti=HT; de sainte-lucie=LC; de la dominique=DM
guyane | alexa à kourou la fusée emporte un satellite {} c'est quoi leur capitale | émirien=AE; saoudien=SA; égyptien=EG
guyane | alexa sur le fleuve maroni y a des gens qui viennent {} la capitale s'il te plaît | du suriname justement=SR; de la guyane française=GF
# --- fr-FR: Tahitians and Polynesians
polynesie | alexa ia ora na c'est quoi la capitale {} | de la polynésie française=PF; des îles cook=CK; de wallis-et-futuna=WF
polynesie | alexa pendant le heiva le danseur vient {} tu connais sa capitale | des samoa=WS; des tonga=TO; de tuvalu=TV
polynesie | alexa fiu de chercher dis-moi la capitale {} | des îles marshall=MH; de kiribati=KI; de nauru=NR
polynesie | alexa mauruuru mais la capitale {} c'est quoi | de la micronésie=FM; des palaos=PW; de niue=NU
# --- fr-FR: Caldoches and Kanaks of New Caledonia
caledonie | alexa tata c'est choc mais c'est quoi la capitale {} | du vanuatu=VU; des fidji=FJ; de la nouvelle-zélande=NZ
caledonie | alexa le broussard de la brousse il demande la capitale {} | de l'australie=AU; de la papouasie=PG; de l'île norfolk=NF
caledonie | alexa à nouméa au marché un vieux me dit que la capitale {} c'est pas sydney | de l'australie hein=AU; de la nouvelle-galles du sud=AU-NSW
# --- fr-FR: a Turkish-French family of Vénissieux
turc | alexa anne elle veut savoir la capitale {} tamam | de la turquie=TR; de l'azerbaïdjan=AZ; de la géorgie=GE
turc | alexa abla dit que la capitale {} c'est bakou mais moi je crois pas c'est quoi | du kirghizstan=KG; du tadjikistan=TJ; de l'azerbaïdjan en vrai=AZ
turc | alexa inchallah tu sais la capitale {} mon oncle il y va | de l'irak=IQ; de la syrie=SY; de l'iran=IR
# --- fr-FR: a Chinese-French family of Belleville
belleville | alexa nainai elle demande c'est quoi la capitale {} | de la chine=CN; de taïwan=TW; de hong kong=HK
belleville | alexa au restaurant de mon oncle y a des clients {} ils savent pas leur capitale | cambodgiens=KH; laotiens=LA; vietnamiens=VN
belleville | alexa pour le nouvel an chinois on parle {} c'est quoi la capitale | du myanmar=MM; de singapour=SG; de la birmanie=MM
# --- fr-FR: a Senegalese family of Paris
senegal | alexa nanga def c'est quoi la capitale {} | de la gambie=GM; de la guinée-bissau=GW; de la guinée=GN
senegal | alexa waaw yaay elle veut la capitale {} | de la mauritanie=MR; du mali=ML; du cap-vert=CV
senegal | alexa mon tonton travaille au port il charge des bateaux pour {} c'est quoi la capitale | la sierra leone=SL; le liberia=LR; le ghana=GH
# --- fr-FR: a Ukrainian refugee learning French in Lyon
ukrainienne | alexa bonjour je suis ukrainienne excusez moi quelle est capitale {} | de la pologne=PL; de la moldova=MD; de le kazakhstan=KZ
ukrainienne | alexa s'il vous plaît pour ma fille école elle demande capitale {} | de la ukraine=UA; de le russie=RU; de la roumanie=RO
ukrainienne | alexa je apprends le français quelle est la capitale {} merci | de lituanie=LT; de biélorussie=BY; de géorgie=GE
# --- fr-FR: an English retiree in the Dordogne
anglais | alexa hello euh bonjour what is le capital {} | de la france=FR; de l'angleterre=GB-ENG; de l'irlande du nord=GB-NIR
anglais | alexa je voudrais savoir le capital {} please | du royaume-uni=GB; de le jamaïque=JM; de la barbade=BB
anglais | alexa sorry mon français est terrible quelle est la capitale {} | de les bahamas=BS; de la trinidad=TT; de belize=BZ
# --- fr-FR: a CP pupil and a ten-year-old
enfants | alexa moi j'ai six ans et je veux savoir la capitale {} | des girafes=FB; du kenya=KE; de la tanzanie=TZ
enfants | alexa la maîtresse elle a dit qu'on devait trouver la capitale {} | de l'éthiopie=ET; de l'érythrée=ER; de la somalie=SO
enfants | alexa c'est mon exposé sur les lions c'est quoi la capitale {} | du botswana=BW; de la namibie=NA; de la zambie=ZM
enfants | alexa alexa alexa c'est quoi la capitale {} | du zimbabwe=ZW; du malawi=MW; du mozambique=MZ
# --- fr-FR: elders in an EHPAD in the Limagne
ehpad | alexa ma petite je voudrais que vous me disiez la capitale {} | de la yougoslavie=FB; de la serbie=RS; du kosovo=XK
ehpad | alexa mon mari était en poste {} de mon temps c'était quoi la capitale | au dahomey=BJ; en haute-volta=BF; au congo belge=CD
ehpad | alexa répétez-moi la capitale {} j'entends plus très bien | du soudan=SD; du soudan du sud=SS; de la libye=LY
# --- fr-FR: at work
travail | alexa je suis taxi à roissy un client va {} c'est quoi la capitale | au bahreïn=BH; au koweït=KW; en oman=OM
travail | alexa il est quatre heures du matin au fournil et le mitron demande la capitale {} | de la jordanie=JO; du yémen=YE; de l'arabie saoudite=SA
travail | alexa contrôleur sncf ici un voyageur vient {} il veut que je lui dise sa capitale | du bangladesh=BD; du népal=NP; du bhoutan=BT
travail | alexa chez le véto y a un chien qui vient {} c'est quoi la capitale là-bas | d'afrique du sud=ZA; du lesotho=LS; de l'eswatini=SZ
travail | alexa au salon de coiffure ma cliente part en lune de miel {} c'est quoi la capitale | à maurice=MU; aux comores=KM; à madagascar=MG
# --- fr-FR: games and sport
jeux | alexa au trivial pursuit la question c'est la capitale {} | du brunei=BN; du timor oriental=TL; des philippines=PH
jeux | alexa pour pyramide le mot c'est la capitale {} | de l'angola=AO; de la guinée équatoriale=GQ; de sao tomé-et-principe=ST
jeux | alexa on joue à time's up et je dois faire deviner la capitale {} | du sri lanka=LK; de l'inde=IN; du pakistan=PK
jeux | alexa à koh-lanta ils sont sur une île {} c'est quoi la capitale | des philippines=PH; de la polynésie=PF; du panama=PA
sport | alexa à roland-garros y a une joueuse {} c'est quoi la capitale de chez elle | kazakhe=KZ; tunisienne=TN; biélorusse=BY
sport | alexa pendant le six nations je me demande la capitale {} | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'italie=IT
sport | alexa le rallye dakar passe par {} c'est quoi la capitale | l'arabie saoudite=SA; la mauritanie=MR; l'argentine=AR
sport | alexa en ligue des champions le psg joue contre un club {} la capitale s'il te plaît | danois=DK; néerlandais=NL; écossais=GB-SCT
# --- fr-CA: Quebec City (the Carnaval, the Bonhomme, the old town)
quebec | alexa c'est malade au carnaval y a des gens {} c'est quoi leur capitale | du mexique=MX; de la colombie=CO; du chili=CL | fr-CA
quebec | alexa tiguidou mais là dis-moi la capitale {} | de l'ontario=CA-ON; de l'alberta=CA-AB; de la saskatchewan=CA-SK | fr-CA
quebec | alexa sur la terrasse dufferin un touriste me demande la capitale {} | de l'île-du-prince-édouard=CA-PE; de la nouvelle-écosse=CA-NS; du nouveau-brunswick=CA-NB | fr-CA
quebec | alexa le bonhomme carnaval y dit qu'il connaît la capitale {} c'est-tu vrai c'est laquelle | de la colombie-britannique=CA-BC; du manitoba=CA-MB; du yukon=CA-YT | fr-CA
quebec | alexa au château frontenac y a un congrès de gens {} c'est quoi leur capitale | du nunavut=CA-NU; des territoires du nord-ouest=CA-NT; de terre-neuve=CA-NL | fr-CA
# --- fr-CA: Beaucerons (the sugar shack, the Chaudière)
beauce | alexa m'as te demander la capitale {} à matin | de la belgique=BE; de la suisse=CH; du luxembourg=LU | fr-CA
beauce | alexa à la cabane à sucre mon beau-frère y gage que la capitale {} c'est pas ce qu'on pense c'est quoi | du brésil=BR; de la turquie=TR; du nigeria=NG | fr-CA
beauce | alexa toute la gang veut savoir la capitale {} avant la tire | de la norvège=NO; de la suède=SE; du danemark=DK | fr-CA
beauce | alexa le gars de la shop y exporte des portes {} c'est quoi la capitale | en irlande=IE; en écosse=GB-SCT; en islande=IS | fr-CA
# --- fr-CA: Abitibiens of Rouyn-Noranda and Val-d'Or
abitibi | alexa à mine y a un foreman qui vient {} c'est quoi la capitale de chez eux | du ghana=GH; du burkina=BF; du mali=ML | fr-CA
abitibi | alexa au boutte du rang on se demande la capitale {} | de la mongolie=MN; du kazakhstan=KZ; de la russie=RU | fr-CA
abitibi | alexa pendant le festival du cinéma y a un film {} c'est quoi leur capitale | iranien=IR; finlandais=FI; chilien=CL | fr-CA
abitibi | alexa la compagnie minière a un projet {} dis-moi la capitale | en guinée=GN; au pérou=PE; en tanzanie=TZ | fr-CA
# --- fr-CA: young Montrealers (franglais)
montreal | alexa genre c'est quoi la capitale {} full random | du japon=JP; de la corée du nord=KP; des philippines=PH | fr-CA
montreal | alexa so anyway la capitale {} c'est quoi | de la jamaïque=JM; de la grenade=GD; de saint-vincent-et-les-grenadines=VC | fr-CA
montreal | alexa c'est chill mais là j'ai besoin de la capitale {} pour mon travail de cégep | de la hongrie=HU; de la croatie=HR; de la grèce=GR | fr-CA
montreal | alexa mon chum part en backpack {} c'est quoi la capitale | en thaïlande=TH; au cambodge=KH; au laos=LA | fr-CA
montreal | alexa dans le mile end y a un café {} le boss dit que sa capitale c'est quoi déjà | éthiopien=ET; érythréen=ER; soudanais=SD | fr-CA
# --- fr-CA: Franco-Ontarians of Sudbury and Ottawa
franco-ontarien | alexa icitte à sudbury on veut savoir la capitale {} | de l'ontario=CA-ON; du canada=CA; des états-unis=US | fr-CA
franco-ontarien | alexa au festival franco-ontarien y a un band {} c'est quoi la capitale | acadien=FB; cajun=FB; louisianais=US-LA | fr-CA
franco-ontarien | alexa ma job au parlement à ottawa on a une délégation {} c'est quoi leur capitale | du sénégal=SN; de la côte d'ivoire=CI; du bénin=BJ | fr-CA
# --- fr-CA: Madelinots of the Îles-de-la-Madeleine
madelinot | alexa chu sur le traversier du cté de souris c'est quoi la capitale {} | de l'île-du-prince-édouard=CA-PE; de saint-pierre-et-miquelon=PM; de terre-neuve-et-labrador=CA-NL | fr-CA
madelinot | alexa les pêcheurs de homard vendent au monde {} c'est quoi leur capitale | chinois=CN; coréen=KR; japonais=JP | fr-CA
madelinot | alexa après la tempête on se demande la capitale {} | des bermudes=BM; des bahamas=BS; des îles caïmans=KY | fr-CA
# --- fr-CA: Trifluviens and the Mauricie
mauricie | alexa au grand prix de trois-rivières y a un pilote {} c'est quoi sa capitale | mexicain=MX; belge=BE; suisse=CH | fr-CA
mauricie | alexa à la papetière on envoie du papier {} la capitale s'te plaît | au vietnam=VN; en égypte=EG; en inde=IN | fr-CA
mauricie | alexa ma matante de shawinigan demande c'est quoi la capitale {} | de l'autriche=AT; de l'allemagne=DE; de la pologne=PL | fr-CA
# --- fr-CA: Estriens (Sherbrooke, Magog, Memphrémagog)
estrie | alexa au lac memphrémagog y a des américains {} c'est quoi la capitale de leur état | du vermont=US-VT; du new hampshire=US-NH; du maine=US-ME | fr-CA
estrie | alexa à l'université de sherbrooke mon coloc vient {} c'est quoi sa capitale | du maroc=MA; d'haïti=HT; du cameroun=CM | fr-CA
estrie | alexa on s'en va magasiner aux states {} c'est quoi la capitale | au new york=US-NY; au massachusetts=US-MA; au connecticut=US-CT | fr-CA
# --- fr-CA: snowbirds and trips south
snowbirds | alexa on descend en floride pour l'hiver c'est quoi la capitale {} | de la floride=US-FL; de la géorgie l'état=US-GA; de la caroline du sud=US-SC | fr-CA
snowbirds | alexa mon beau-père passe l'hiver {} y m'a demandé la capitale | au texas=US-TX; en arizona=US-AZ; en californie=US-CA | fr-CA
snowbirds | alexa dans le tout-inclus y a des gens {} c'est quoi leur capitale | de la république dominicaine=DO; de cuba=CU; d'antigua=AG | fr-CA
snowbirds | alexa sur la croisière on arrête {} c'est quoi la capitale | à saint-kitts-et-nevis=KN; à la barbade=BB; à la dominique=DM | fr-CA
# --- fr-CA: a Vietnamese-Quebecer family of Côte-des-Neiges
vietnamien | alexa ba ngoai elle demande la capitale {} | du viêt nam=VN; du laos=LA; de la thaïlande=TH | fr-CA
vietnamien | alexa pour le têt mon oncle dit que la capitale {} c'est saïgon c'est-tu vrai | du vietnam=VN | fr-CA
# --- fr-CA: Latino-Quebecers of Saint-Michel
latino | alexa oye c'est quoi la capitale {} ma mère elle sait pas | du salvador=SV; du honduras=HN; du panama=PA | fr-CA
latino | alexa mi abuela veut savoir la capitale {} por favor | de la bolivie=BO; du paraguay=PY; du venezuela=VE | fr-CA
# --- fr-CA: Maghrebi-Quebecers of the Petit-Maghreb
petit-maghreb | alexa wallah c'est quoi la capitale {} | de l'algérie=DZ; du maroc=MA; de la libye=LY | fr-CA
petit-maghreb | alexa ma yemma elle veut savoir la capitale {} avant le ftour | de la palestine=PS; de la jordanie=JO; de l'égypte=EG | fr-CA
# --- fr-CA: at work
job-qc | alexa chu chauffeur de la stm pis un passager vient {} y veut savoir sa capitale | du congo-brazzaville=CG; de la rdc=CD; de la centrafrique=CF | fr-CA
job-qc | alexa à la sopfeu on envoie des pompiers {} c'est quoi la capitale | en australie=AU; au portugal=PT; en grèce=GR | fr-CA
job-qc | alexa au chsld une préposée vient {} la résidente veut savoir sa capitale | des philippines=PH; de madagascar=MG; du rwanda=RW | fr-CA
job-qc | alexa au bar le client dit que la capitale {} c'est sa ville natale c'est quoi | de l'irlande=IE; de la lituanie=LT; de l'uruguay=UY | fr-CA
job-qc | alexa le zamboni est brisé faque en attendant dis-moi la capitale {} | de la finlande=FI; de la lettonie=LV; de la slovaquie=SK | fr-CA
job-qc | alexa chu prof au cégep pis mes étudiants demandent la capitale {} | du tchad=TD; du niger=NE; de la guinée équatoriale=GQ | fr-CA
# --- fr-CA: hockey and games
hockey | alexa le canadien a repêché un joueur {} c'est quoi la capitale | suédois=SE; tchèque=CZ; slovaque=SK | fr-CA
hockey | alexa pendant les séries on se demande la capitale {} | du kazakhstan=KZ; de la lettonie=LV; de la norvège=NO | fr-CA
hockey | alexa au championnat mondial junior y a une équipe {} c'est quoi sa capitale | suisse=CH; allemande=DE; autrichienne=AT | fr-CA
jeux-qc | alexa à la poule aux oeufs d'or la question c'est la capitale {} | du liechtenstein=LI; de saint-marin=SM; de monaco=MC | fr-CA
jeux-qc | alexa au quiz de taverne y nous demandent la capitale {} | du vatican=VA; de malte=MT; d'andorre=AD | fr-CA
jeux-qc | alexa on joue au cercle pis la question c'est la capitale {} | de la tanzanie=TZ; de la côte d'ivoire=CI; du nigeria=NG | fr-CA
# --- shared families
plural-capitals | alexa le bénin il a deux capitales c'est lesquelles | BJ
plural-capitals | alexa c'est quoi les capitales de la bolivie j'ai entendu qu'y en avait deux | BO
plural-capitals | alexa pourquoi la côte d'ivoire elle a deux capitales dis-moi les | CI
plural-capitals | alexa les capitales du sri lanka c'est lesquelles déjà | LK
plural-capitals | alexa la malaisie elle a combien de capitales | MY
plural-capitals | alexa les pays-bas ont deux capitales c'est quoi | NL
plural-capitals | alexa c'est quoi les deux capitales de l'eswatini | SZ
plural-capitals | alexa l'afrique du sud a trois capitales tu peux me les nommer | ZA
plural-capitals | alexa la palestine elle a quelles capitales | PS
plural-capitals | alexa ma prof dit que la bolivie a deux capitales sucre et quoi | BO
plural-capitals | alexa y a combien de capitales en afrique du sud pis c'est lesquelles | ZA | fr-CA
plural-capitals | alexa les capitales de la hollande c'est amsterdam et la haye ou pas | NL
plural-capitals | alexa donne-moi toutes les capitales du bénin | BJ
plural-capitals | alexa le swaziland a deux capitales c'est-tu vrai c'est lesquelles | SZ | fr-CA
plural-capitals | alexa quelles sont les capitales de la malaisie kuala lumpur et l'autre | MY
plural-capitals | alexa c'est quoi les capitales des territoires palestiniens | PS
plural-capitals | alexa les deux capitales du sri lanka colombo et l'autre c'est quoi | LK | fr-CA
plural-capitals | alexa la côte d'ivoire c'est abidjan ou yamoussoukro les deux capitales | CI | fr-CA
plural-capitals | alexa combien de capitales pour les pays-bas | NL | fr-CA
plural-capitals | alexa nomme-moi les capitales de l'afrique du sud pour mon examen | ZA
subdivision | alexa c'est quoi la capitale de la bavière | DE-BY
subdivision | alexa la capitale de la basse-saxe c'est quoi | DE-NI
subdivision | alexa dis-moi la capitale du schleswig-holstein | DE-SH
subdivision | alexa c'est quoi la capitale de l'état de new york | US-NY
subdivision | alexa la capitale de la californie c'est-tu los angeles | US-CA | fr-CA
subdivision | alexa c'est quoi la capitale du texas | US-TX | fr-CA
subdivision | alexa c'est quoi la capitale de l'alaska | US-AK
subdivision | alexa la capitale de la louisiane s'il te plaît | US-LA | fr-CA
subdivision | alexa quelle est la capitale de l'état de washington | US-WA | fr-CA
subdivision | alexa la capitale de l'illinois c'est pas chicago c'est quoi | US-IL
subdivision | alexa c'est quoi la capitale du michigan | US-MI | fr-CA
subdivision | alexa c'est quoi la capitale du québec | CA-QC | fr-CA
subdivision | alexa la capitale de l'écosse c'est quoi | GB-SCT
subdivision | alexa c'est quoi la capitale du queensland | AU-QLD
subdivision | alexa la capitale de la tasmanie | AU-TAS
subdivision | alexa la capitale de l'australie-occidentale c'est perth ou pas | AU-WA
subdivision | alexa c'est quoi la capitale du kerala | IN-KL
subdivision | alexa la capitale du rajasthan c'est quoi | IN-RJ
subdivision | alexa la capitale de goa | IN-GA
subdivision | alexa c'est quoi la capitale du bengale-occidental | IN-WB
subdivision | alexa la capitale du jalisco au mexique | MX-JAL
subdivision | alexa c'est quoi la capitale du yucatán | MX-YUC
subdivision | alexa la capitale de l'état de bahia au brésil | BR-BA
subdivision | alexa la capitale du minas gerais | BR-MG
subdivision | alexa c'est quoi la capitale de la guadeloupe | GP
subdivision | alexa la capitale de la réunion c'est saint-denis ou saint-pierre | RE
subdivision | alexa c'est quoi la capitale de mayotte | YT
subdivision | alexa la capitale du groenland | GL | fr-CA
subdivision | alexa c'est quoi la capitale de porto rico | PR | fr-CA
subdivision | alexa la capitale de la saxe | DE-SN
subdivision | alexa c'est quoi la capitale de la thuringe | DE-TH
subdivision | alexa la capitale de la virginie-occidentale | US-WV | fr-CA
subdivision | alexa la capitale d'hawaï c'est quoi | US-HI
subdivision | alexa la capitale du tamil nadu | IN-TN
subdivision | alexa c'est quoi la capitale de la nouvelle-galles du sud | AU-NSW
follow-up | alexa et celle de l'espagne | ES
follow-up | alexa pis celle du portugal | PT | fr-CA
follow-up | alexa et pour l'italie | IT
follow-up | alexa ok et la suède | SE
follow-up | alexa et le danemark alors | DK
follow-up | alexa pis la norvège elle | NO | fr-CA
follow-up | alexa d'accord et la capitale du pérou maintenant | PE
follow-up | alexa merci et pour la colombie | CO
follow-up | alexa ah bon et la bolivie | BO
follow-up | alexa et l'autre là le paraguay | PY
follow-up | alexa pis l'ontario | CA-ON | fr-CA
follow-up | alexa et le manitoba tant qu'à faire | CA-MB | fr-CA
follow-up | alexa ok pis le kenya | KE | fr-CA
follow-up | alexa et son voisin l'ouganda | UG
follow-up | alexa et celle de l'inde du coup | IN
follow-up | alexa encore une et le népal | NP
follow-up | alexa après ça l'arménie | AM
follow-up | alexa et maintenant la croatie | HR
follow-up | alexa d'accord mais la slovénie | SI
follow-up | alexa ah ouais et le monténégro | ME
follow-up | alexa bon et l'albanie | AL | fr-CA
follow-up | alexa et la même chose pour la roumanie | RO
follow-up | alexa et pour le vietnam aussi | VN
follow-up | alexa pis celle du mexique | MX | fr-CA
yes-no-check | alexa est-ce que la capitale de l'australie c'est sydney | AU
yes-no-check | alexa la capitale du canada c'est bien ottawa | CA | fr-CA
yes-no-check | alexa c'est vrai que la capitale de la turquie c'est ankara pas istanbul | TR
yes-no-check | alexa la capitale du brésil c'est rio non | BR
yes-no-check | alexa mon frère dit que la capitale du maroc c'est casablanca il a raison | MA
yes-no-check | alexa est-ce que berne c'est la capitale de la suisse | CH
yes-no-check | alexa la capitale du nigeria c'est lagos hein | NG
yes-no-check | alexa la capitale de la nouvelle-zélande c'est-tu auckland | NZ | fr-CA
yes-no-check | alexa c'est-tu vrai que toronto c'est pas la capitale du canada | CA | fr-CA
yes-no-check | alexa est-ce que tirana c'est la capitale de l'albanie | AL
yes-no-check | alexa la capitale du kazakhstan c'est almaty je crois c'est ça | KZ
yes-no-check | alexa dis-moi si la capitale du vietnam c'est hanoï | VN
yes-no-check | alexa la capitale de l'inde c'est mumbai oui ou non | IN
yes-no-check | alexa la capitale de la tanzanie c'est dar es salaam ou bien | TZ
yes-no-check | alexa est-ce que la capitale du myanmar c'est rangoun | MM
yes-no-check | alexa c'est-tu montréal la capitale du québec | CA-QC | fr-CA
yes-no-check | alexa la capitale de la floride c'est miami right | US-FL | fr-CA
yes-no-check | alexa est-ce que c'est bien berlin la capitale de l'allemagne | DE
yes-no-check | alexa la capitale de la belgique c'est bruxelles on est d'accord | BE
yes-no-check | alexa vrai ou faux la capitale du pakistan c'est karachi | PK
yes-no-check | alexa je gage que la capitale de la bolivie c'est la paz j'ai-tu raison | BO | fr-CA
yes-no-check | alexa la capitale de l'écosse c'est glasgow non | GB-SCT
yes-no-check | alexa je parie que la capitale du burundi c'est bujumbura | BI
yes-no-check | alexa est-ce que la capitale de la côte d'ivoire c'est abidjan | CI
yes-no-check | alexa la capitale de la chine c'est shanghai ou pékin | CN
yes-no-check | alexa c'est bien wellington la capitale de la nouvelle-zélande | NZ
self-correction | alexa la capitale de l'autriche euh non de l'australie | AU
self-correction | alexa c'est quoi la capitale de la suède pardon de la suisse | CH
self-correction | alexa la capitale de la slovaquie non attends la slovénie | SI
self-correction | alexa capitale de l'iran euh de l'irak | IQ
self-correction | alexa la capitale de la guinée non du guyana | GY
self-correction | alexa la capitale du niger je veux dire du nigeria | NG
self-correction | alexa c'est quoi la capitale de la gambie oups de la zambie | ZM
self-correction | alexa la capitale de la colombie non excuse de la bolivie | BO | fr-CA
self-correction | alexa c'est quoi la capitale de l'autriche ah non de l'allemagne | DE
self-correction | alexa la capitale de l'islande pardon l'irlande | IE
self-correction | alexa la capitale de la mauritanie non de la mauritius je veux dire maurice | MU
self-correction | alexa c'est quoi la capitale de la lettonie non la lituanie | LT
self-correction | alexa capitale du pérou euh nan du paraguay | PY | fr-CA
self-correction | alexa la capitale du liban oh non je voulais dire la libye | LY
self-correction | alexa c'est quoi la capitale de la corée du sud non du nord | KP
self-correction | alexa la capitale du soudan non du soudan du sud | SS
self-correction | alexa la capitale de la dominique non de la république dominicaine | DO | fr-CA
self-correction | alexa la capitale de l'ontario non de l'alberta | CA-AB | fr-CA
self-correction | alexa c'est quoi la capitale de la serbie ah non de la croatie | HR
self-correction | alexa capitale du congo belge euh non du rwanda | RW
self-correction | alexa la capitale du tadjikistan non attends du kirghizstan | KG
self-correction | alexa la capitale de la macédoine du nord non du monténégro | ME | fr-CA
self-correction | alexa la capitale de l'équateur pardon de l'érythrée | ER
reverse-question | alexa ouagadougou c'est la capitale de quel pays | CITY:Ouagadougou
reverse-question | alexa de quel pays tbilissi est la capitale | CITY:Tbilissi
reverse-question | alexa bichkek c'est la capitale de quoi | CITY:Bichkek
reverse-question | alexa oulan-bator c'est dans quel pays | CITY:Oulan-Bator
reverse-question | alexa canberra c'est la capitale de où | CITY:Canberra | fr-CA
reverse-question | alexa reykjavik c'est la capitale de quel pays | CITY:Reykjavik | fr-CA
reverse-question | alexa nairobi est la capitale de quel pays déjà | CITY:Nairobi
reverse-question | alexa c'est quel pays qui a windhoek comme capitale | CITY:Windhoek
reverse-question | alexa asmara c'est la capitale de quel pays | CITY:Asmara
reverse-question | alexa vaduz c'est la capitale de quoi | CITY:Vaduz | fr-CA
reverse-question | alexa lima c'est la capitale de quel pays | CITY:Lima
reverse-question | alexa quel pays a pour capitale montevideo | CITY:Montevideo
reverse-question | alexa paramaribo c'est où | CITY:Paramaribo
reverse-question | alexa de quel pays kigali est la capitale | CITY:Kigali | fr-CA
reverse-question | alexa naypyidaw c'est la capitale de quel pays | CITY:Naypyidaw
reverse-question | alexa mascate c'est la capitale de quel pays arabe | CITY:Mascate
reverse-question | alexa honiara c'est la capitale de quoi ça | CITY:Honiara
reverse-question | alexa tegucigalpa c'est la capitale de quel pays | CITY:Tegucigalpa | fr-CA
reverse-question | alexa edmonton c'est la capitale de quelle province | CITY:Edmonton | fr-CA
reverse-question | alexa sacramento c'est la capitale de quel état | CITY:Sacramento
reverse-question | alexa erevan c'est la capitale de quel pays | CITY:Erevan
reverse-question | alexa dodoma c'est dans quel pays | CITY:Dodoma
reverse-question | alexa victoria c'est la capitale de quoi | CITY:Victoria | fr-CA
reverse-question | alexa kingston c'est la capitale de quel pays | CITY:Kingston
reverse-question | alexa achgabat c'est la capitale de quel pays | CITY:Achgabat
reverse-question | alexa podgorica c'est où ça | CITY:Podgorica
reverse-question | alexa funafuti c'est la capitale de quel pays | CITY:Funafuti | fr-CA
reverse-question | alexa douchanbé c'est la capitale de quel pays | CITY:Douchanbé
official-name | alexa la capitale de la république fédérale d'allemagne | DE
official-name | alexa c'est quoi la capitale du royaume de belgique | BE
official-name | alexa la capitale de la confédération helvétique c'est quoi | CH
official-name | alexa quelle est la capitale de la république populaire de chine | CN
official-name | alexa c'est quoi la capitale de la république populaire démocratique de corée | KP
official-name | alexa la capitale de la fédération de russie | RU
official-name | alexa dis-moi la capitale de la république islamique d'iran | IR
official-name | alexa c'est quoi la capitale des états-unis d'amérique | US | fr-CA
official-name | alexa la capitale du royaume hachémite de jordanie | JO
official-name | alexa la capitale de la république arabe d'égypte c'est quoi | EG
official-name | alexa quelle est la capitale du grand-duché de luxembourg | LU
official-name | alexa la capitale de la principauté de monaco | MC
official-name | alexa c'est quoi la capitale de la république du cameroun | CM
official-name | alexa la capitale du royaume d'arabie saoudite | SA
official-name | alexa quelle est la capitale de la république bolivarienne du venezuela | VE
official-name | alexa c'est quoi la capitale de l'état plurinational de bolivie | BO | fr-CA
official-name | alexa la capitale de la république unie de tanzanie | TZ
official-name | alexa la capitale des états-unis mexicains | MX | fr-CA
official-name | alexa c'est quoi la capitale de la république socialiste du viêt nam | VN
official-name | alexa la capitale du royaume du maroc | MA
official-name | alexa la capitale de la république orientale de l'uruguay c'est quoi | UY
official-name | alexa c'est quoi la capitale de la république hellénique | GR
official-name | alexa la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
official-name | alexa la capitale de la république fédérative du brésil | BR | fr-CA
official-name | alexa la capitale de la république démocratique populaire lao | LA
everyday-name | alexa c'est quoi la capitale de la hollande | NL
everyday-name | alexa la capitale de l'amérique | US | fr-CA
everyday-name | alexa c'est quoi la capitale des states | US | fr-CA
everyday-name | alexa la capitale de la birmanie | MM
everyday-name | alexa la capitale de la perse à l'époque | IR
everyday-name | alexa c'est quoi la capitale de la rdc | CD
everyday-name | alexa la capitale du zaïre comme on disait | CD
everyday-name | alexa la capitale de la centrafrique | CF
everyday-name | alexa la capitale de l'abyssinie | ET
everyday-name | alexa c'est quoi la capitale de ceylan | LK
everyday-name | alexa la capitale du siam | TH
everyday-name | alexa la capitale de la rhodésie | ZW
everyday-name | alexa c'est quoi la capitale du swaziland | SZ
everyday-name | alexa la capitale de la tchéquie | CZ
everyday-name | alexa la capitale de la bosnie | BA
everyday-name | alexa c'est quoi la capitale des émirats | AE
everyday-name | alexa la capitale de la biélo russie | BY
everyday-name | alexa c'est quoi la capitale du timor | TL
everyday-name | alexa c'est quoi la capitale de formose | TW
everyday-name | alexa la capitale du kampuchéa | KH
everyday-name | alexa c'est quoi la capitale du congo-kinshasa | CD | fr-CA
everyday-name | alexa la capitale du congo-brazzaville | CG | fr-CA
everyday-name | alexa la capitale de la guinée-conakry | GN
everyday-name | alexa c'est quoi la capitale de la côte de l'or | GH
everyday-name | alexa la capitale des nouvelles-hébrides | VU
everyday-name | alexa c'est quoi la capitale de türkiye | TR
everyday-name | alexa la capitale de cabo verde | CV
shared-name | alexa c'est quoi la capitale du congo | CD+CG
shared-name | alexa la capitale de la corée | KP+KR
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa les capitales des deux congo | CD+CG | fr-CA
shared-name | alexa les capitales des deux corées | KP+KR
shared-name | alexa la capitale des îles vierges | VG+VI
shared-name | alexa c'est quoi la capitale de la géorgie le pays dans le caucase | GE
shared-name | alexa la capitale de la géorgie aux états-unis | US-GA | fr-CA
shared-name | alexa la capitale de la corée du sud | KR
shared-name | alexa la capitale du congo brazzaville | CG
shared-name | alexa la capitale de la république du congo | CG
shared-name | alexa c'est quoi la capitale des îles vierges britanniques | VG
shared-name | alexa la capitale des îles vierges américaines | VI | fr-CA
shared-name | alexa c'est quoi la capitale des corées | KP+KR | fr-CA
shared-name | alexa la capitale du congo celui de kinshasa | CD
shared-name | alexa les capitales des congo | CD+CG
help | alexa je sais pas quoi te demander aide-moi | HELP
help | alexa comment ça marche ton jeu de capitales | HELP
help | alexa qu'est-ce que je peux te dire pour les capitales | HELP
help | alexa j'ai besoin d'aide | HELP
help | alexa aide-moi s'il te plaît je comprends rien | HELP
help | alexa tu fais quoi exactement | HELP
help | alexa explique-moi comment on joue | HELP
help | alexa c'est quoi les questions que je peux poser | HELP
help | alexa au secours je suis perdue | HELP
help | alexa comment on fait pour demander une capitale | HELP
help | alexa je comprends pas comment ça fonctionne | HELP | fr-CA
help | alexa aide-moi donc un peu | HELP | fr-CA
help | alexa c'est quoi qu'on peut faire avec ça | HELP | fr-CA
help | alexa j'ai besoin d'un coup de main | HELP | fr-CA
help | alexa comment ça marche ton affaire | HELP | fr-CA
help | alexa ma grand-mère veut savoir comment t'utiliser | HELP
help | alexa je suis nouveau donne-moi des instructions | HELP
help | alexa tu peux m'expliquer ce que tu sais faire | HELP
help | alexa qu'est-ce qu'il faut dire | HELP
help | alexa mode d'emploi s'il te plaît | HELP
help | alexa je veux de l'aide pour le jeu des capitales | HELP | fr-CA
help | alexa je sais pas comment te parler | HELP | fr-CA
help | alexa c'est quoi les règles | HELP
help | alexa montre-moi comment on s'en sert | HELP
stop | alexa stop | STOP
stop | alexa arrête-toi là | STOP
stop | alexa c'est bon arrête | STOP
stop | alexa on arrête de jouer | STOP
stop | alexa ferme-la maintenant | STOP
stop | alexa tais-toi on mange | STOP
stop | alexa ça suffit pour ce soir | STOP
stop | alexa on a fini merci | STOP
stop | alexa stop stop stop | STOP
stop | alexa arrête les capitales le bébé dort | STOP
stop | alexa on arrête ça là | STOP | fr-CA
stop | alexa c'est assez pour à soir | STOP | fr-CA
stop | alexa ferme ça | STOP | fr-CA
stop | alexa arrête asteure | STOP | fr-CA
stop | alexa bon ben on va se coucher arrête | STOP | fr-CA
stop | alexa j'en ai plein mon casque arrête | STOP | fr-CA
stop | alexa silence | STOP
stop | alexa quitte le jeu | STOP
stop | alexa fin de la partie | STOP
stop | alexa au revoir alexa | STOP
stop | alexa bye bye | STOP | fr-CA
stop | alexa arrête de parler s'il te plaît | STOP
stop | alexa on termine là | STOP
stop | alexa sors des capitales | STOP | fr-CA
cancel | alexa annule | CANCEL
cancel | alexa annule ça | CANCEL
cancel | alexa non annule la question | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa oublie ça | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa non non annule | CANCEL
cancel | alexa annule tout | CANCEL
cancel | alexa finalement non laisse tomber | CANCEL
cancel | alexa je me suis trompé annule | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa annule ça ma fille s'est trompée | CANCEL | fr-CA
cancel | alexa oublie ça c'est correct | CANCEL | fr-CA
cancel | alexa non c'est beau laisse faire | CANCEL | fr-CA
cancel | alexa annule la demande | CANCEL | fr-CA
cancel | alexa pas grave annule | CANCEL
cancel | alexa non pas ça annule | CANCEL
cancel | alexa je retire ma question | CANCEL
cancel | alexa abandonne | CANCEL
cancel | alexa on oublie | CANCEL
cancel | alexa laisse tomber la capitale | CANCEL | fr-CA
cancel | alexa annule c'était le petit qui parlait | CANCEL
cancel | alexa oublie ma question d'avant | CANCEL | fr-CA
cancel | alexa annulation | CANCEL
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa ouvre le jeu capitales du monde | LAUNCH
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa lance-moi capitales du monde s'il te plaît | LAUNCH
launch | alexa commence capitales du monde | LAUNCH | fr-CA
launch | alexa démarre l'application capitales du monde | LAUNCH | fr-CA
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
out-of-domain | alexa quelle est la capitale de la bretagne | FB
out-of-domain | alexa c'est quoi la capitale du finistère | FB
out-of-domain | alexa la capitale de la normandie c'est rouen ou caen | FB
out-of-domain | alexa c'est quoi la capitale des gaules | FB
out-of-domain | alexa la capitale de l'auvergne | FB
out-of-domain | alexa la capitale du pays basque | FB
out-of-domain | alexa c'est quoi la capitale de la corse | FB
out-of-domain | alexa la capitale de l'occitanie | FB
out-of-domain | alexa la capitale du nord pas de calais | FB
out-of-domain | alexa c'est quoi la capitale de la sicile | FB
out-of-domain | alexa la capitale de la catalogne | FB
out-of-domain | alexa c'est quoi la capitale de l'andalousie | FB
out-of-domain | alexa la capitale de la toscane | FB
out-of-domain | alexa la capitale de la flandre | FB
out-of-domain | alexa la capitale de la wallonie | FB
out-of-domain | alexa c'est quoi la capitale du kurdistan | FB
out-of-domain | alexa la capitale de la tchétchénie | FB
out-of-domain | alexa c'est quoi la capitale de l'atlantide | FB
out-of-domain | alexa la capitale du père noël | FB
out-of-domain | alexa la capitale de mars la planète | FB
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa la capitale de l'afrique | FB
out-of-domain | alexa c'est quoi la capitale du monde | FB
out-of-domain | alexa la capitale de la gastronomie | FB
out-of-domain | alexa c'est quoi la capitale du champagne | FB
out-of-domain | alexa la capitale de la mode c'est paris ou milan | FB
out-of-domain | alexa quelle ville est la capitale européenne de la culture cette année | FB
out-of-domain | alexa c'est quoi la capitale de la crêpe | FB
out-of-domain | alexa la capitale mondiale du cinéma | FB
out-of-domain | alexa j'ai un capital de dix mille euros je le place où | FB
out-of-domain | alexa c'est quoi un capital social | FB
out-of-domain | alexa écris capitale en lettres capitales | FB
out-of-domain | alexa la peine capitale ça existe encore | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa c'est qui le capitaine de l'équipe de france | FB
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa quel temps il fait à brest | FB
out-of-domain | alexa mets un fest-noz | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa ajoute du lait à la liste de courses | FB
out-of-domain | alexa mets un minuteur de dix minutes pour les crêpes | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa quelle heure il est | FB
out-of-domain | alexa c'est quand le prochain match de l'ol | FB
out-of-domain | alexa combien d'habitants à lyon | FB
out-of-domain | alexa c'est quoi la recette du kouign-amann | FB
out-of-domain | alexa joue du jul | FB
out-of-domain | alexa réveille-moi à six heures | FB
out-of-domain | alexa traduis bonjour en breton | FB
out-of-domain | alexa qui a gagné le tour de france l'an dernier | FB
out-of-domain | alexa quelle est la plus grande ville du monde | FB
out-of-domain | alexa c'est quoi le plus long fleuve d'afrique | FB
out-of-domain | alexa combien de pays dans le monde | FB
out-of-domain | alexa quelle est la monnaie du japon | FB
out-of-domain | alexa quelle langue on parle au brésil | FB
out-of-domain | alexa c'est quoi le drapeau de l'italie | FB
out-of-domain | alexa qui est le président du sénégal | FB
out-of-domain | alexa c'est quoi l'hymne national du canada | FB | fr-CA
out-of-domain | alexa quelle est la plus haute montagne du monde | FB
out-of-domain | alexa combien de kilomètres entre paris et marseille | FB
out-of-domain | alexa c'est où le mont-saint-michel | FB
out-of-domain | alexa j'ai faim | FB
out-of-domain | alexa tu m'aimes | FB
out-of-domain | alexa chante-moi une chanson | FB
out-of-domain | alexa euh | FB
out-of-domain | alexa ben rien | FB
out-of-domain | alexa c'est quoi la capitale | FB
out-of-domain | alexa la capitale de | FB
out-of-domain | alexa capitale | FB
out-of-domain | alexa la capitale du pays où j'étais l'été dernier | FB
out-of-domain | alexa c'est quoi la capitale de ma ville | FB
out-of-domain | alexa la capitale du poulet frit | FB
out-of-domain | alexa mets de la musique de noël | FB
out-of-domain | alexa quelle est la capitale du lac-saint-jean | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'abitibi | FB | fr-CA
out-of-domain | alexa la capitale de la beauce c'est-tu saint-georges | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa la capitale de l'estrie | FB | fr-CA
out-of-domain | alexa la capitale de la mauricie c'est trois-rivières right | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa la capitale des îles-de-la-madeleine | FB | fr-CA
out-of-domain | alexa la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la poutine | FB | fr-CA
out-of-domain | alexa quelle température fait-il à rouyn-noranda | FB | fr-CA
out-of-domain | alexa mets la game du canadien | FB | fr-CA
out-of-domain | alexa c'est quand la prochaine game des alouettes | FB | fr-CA
out-of-domain | alexa part la musique de céline dion | FB | fr-CA
out-of-domain | alexa ça va-tu neiger demain | FB | fr-CA
out-of-domain | alexa ajoute du beurre de pinottes sur ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa combien ça coûte un billet pour cuba | FB | fr-CA
out-of-domain | alexa c'est quoi le score du match | FB | fr-CA
out-of-domain | alexa quelle heure il est à vancouver | FB | fr-CA
out-of-domain | alexa éteins la télé | FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre du québec | FB | fr-CA
out-of-domain | alexa comment on dit capitale en anglais | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du nord | FB | fr-CA
out-of-domain | alexa la capitale de la baie-james | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la côte-nord | FB | fr-CA
out-of-domain | alexa j'ai mon capital-actions à vendre | FB | fr-CA
out-of-domain | alexa la capitale nationale c'est-tu gatineau | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du hockey | FB | fr-CA
out-of-domain | alexa trouve-moi une recette de tourtière du lac | FB | fr-CA
out-of-domain | alexa appelle ma mère | FB | fr-CA
out-of-domain | alexa c'est quoi le meilleur restaurant à sherbrooke | FB | fr-CA
out-of-domain | alexa la capitale des premières nations | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la provence | FB
out-of-domain | alexa la capitale du beaujolais | FB
out-of-domain | alexa quelle est la capitale de la savoie | FB
out-of-domain | alexa c'est quoi la capitale de la sardaigne | FB
out-of-domain | alexa c'est quoi la capitale de la yougoslavie | FB
out-of-domain | alexa la capitale de l'urss | FB
out-of-domain | alexa c'est quoi la capitale de la prusse | FB
out-of-domain | alexa la capitale de l'empire romain | FB
out-of-domain | alexa c'est quoi la capitale de la tchécoslovaquie | FB
out-of-domain | alexa la capitale du royaume de narnia | FB
out-of-domain | alexa c'est quoi la capitale du wakanda | FB
out-of-domain | alexa la capitale de poudlard | FB
out-of-domain | alexa c'est quoi la capitale de minecraft | FB
out-of-domain | alexa la capitale de la lune bleue | FB
out-of-domain | alexa c'est quoi la capitale de l'océan pacifique | FB
out-of-domain | alexa la capitale du sahara | FB
out-of-domain | alexa la capitale des alpes | FB
out-of-domain | alexa la capitale de la patate | FB
out-of-domain | alexa c'est quoi la capitale de la galice | FB
out-of-domain | alexa la capitale du tyrol | FB
out-of-domain | alexa c'est quoi la capitale de la laponie | FB
out-of-domain | alexa la capitale de la sibérie | FB
help | alexa ma doue je sais pas comment on pose une question aux capitales du monde | HELP
help | alexa dis biloute comment ça marche ton truc des capitales | HELP
help | alexa la petite elle veut jouer mais on sait pas quoi dire aide-nous | HELP
help | alexa je suis perdu dans ton jeu qu'est-ce que je dois dire | HELP | fr-CA
help | alexa genre comment ça marche full honnêtement | HELP | fr-CA
help | alexa aide-moi j'ai jamais utilisé les capitales du monde | HELP
help | alexa c'est quoi que je dois te dire pour avoir une capitale | HELP | fr-CA
help | alexa explique à mamie comment elle doit te parler | HELP
help | alexa tu peux me donner un exemple de question | HELP
help | alexa qu'est-ce que tu comprends comme questions | HELP | fr-CA
stop | alexa kenavo arrête-toi | STOP
stop | alexa arrête on passe à table | STOP
stop | alexa c'est fini pour aujourd'hui la maîtresse arrive | STOP
stop | alexa boudu arrête ça | STOP
stop | alexa arrête le jeu le hockey commence | STOP | fr-CA
stop | alexa c'est assez les capitales pour aujourd'hui | STOP | fr-CA
stop | alexa stop on est arrivés | STOP
stop | alexa tais-toi le petit fait sa sieste | STOP
stop | alexa arrête le jeu des capitales | STOP
stop | alexa ferme les capitales du monde | STOP | fr-CA
stop | alexa c'est correct tu peux arrêter | STOP | fr-CA
stop | alexa on arrête là-dessus bonne nuit | STOP
cancel | alexa non attends annule ça c'était pas pour toi | CANCEL
cancel | alexa laisse tomber la capitale je l'ai trouvée | CANCEL
cancel | alexa oublie la question c'était mamie | CANCEL
cancel | alexa annule ma question la télé parlait | CANCEL
cancel | alexa laisse faire j'ai trouvé dans le livre | CANCEL | fr-CA
cancel | alexa non non laisse faire c'était mon chum | CANCEL | fr-CA
cancel | alexa annule le prof a donné la réponse | CANCEL | fr-CA
cancel | alexa oublie ça finalement j'ai plus besoin | CANCEL
cancel | alexa annule je voulais pas te réveiller | CANCEL
cancel | alexa tant pis annule | CANCEL
cancel | alexa annule ça s'il te plaît c'est une erreur | CANCEL | fr-CA
cancel | alexa laisse tomber frère | CANCEL
cancel | alexa oublie la capitale de tantôt | CANCEL | fr-CA
cancel | alexa non annule j'ai dit une bêtise | CANCEL
cancel | alexa je change d'avis annule | CANCEL
cancel | alexa laisse tomber la question de la petite | CANCEL
cancel | alexa annule ça c'est le chien qui a jappé | CANCEL | fr-CA
cancel | alexa oublie ce que ma soeur t'a demandé | CANCEL
launch | alexa ouvre capitales du monde pour les enfants | LAUNCH
launch | alexa lance le jeu des capitales du monde pour mamie | LAUNCH
launch | alexa ouvre-moi donc capitales du monde | LAUNCH | fr-CA
launch | alexa démarre capitales du monde on est prêts | LAUNCH
launch | alexa part le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa c'est parti ouvre capitales du monde | LAUNCH
launch | alexa capitales du monde commence la partie | LAUNCH
launch | alexa on veut capitales du monde s'il te plaît | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour la soirée quiz | LAUNCH
launch | alexa ouvre l'appli capitales du monde | LAUNCH
out-of-domain | alexa c'est quoi la capitale du kig ha farz | FB
out-of-domain | alexa la capitale de la bretagne nord | FB
out-of-domain | alexa c'est quoi la capitale du morbihan | FB
out-of-domain | alexa la capitale de la cornouaille | FB
out-of-domain | alexa la capitale des gones | FB
out-of-domain | alexa c'est quoi la capitale du pays de caux | FB
out-of-domain | alexa la capitale du cotentin | FB
out-of-domain | alexa c'est quoi la capitale du bassin minier | FB
out-of-domain | alexa la capitale des ch'tis | FB
out-of-domain | alexa c'est quoi la capitale du cantal | FB
out-of-domain | alexa la capitale du rugby c'est toulouse | FB
out-of-domain | alexa c'est quoi la capitale des îles marquises | FB
out-of-domain | alexa la capitale de bora bora | FB
out-of-domain | alexa c'est quoi la capitale des îles loyauté | FB
out-of-domain | alexa la capitale de la kabylie | FB
out-of-domain | alexa c'est quoi la capitale de la casamance | FB
out-of-domain | alexa la capitale de la crimée | FB
out-of-domain | alexa c'est quoi la capitale du donbass | FB
out-of-domain | alexa la capitale de la cappadoce | FB
out-of-domain | alexa c'est quoi la capitale du tibet | FB
out-of-domain | alexa la capitale du pays de cocagne | FB
out-of-domain | alexa combien de temps pour cuire un kouign-amann | FB
out-of-domain | alexa mets la radio bleu breizh izel | FB
out-of-domain | alexa c'est quoi le programme de la fête des lumières | FB
out-of-domain | alexa c'est quand les fêtes de bayonne | FB
out-of-domain | alexa ajoute des chocolatines à ma liste | FB
out-of-domain | alexa raconte l'histoire du bonhomme carnaval | FB | fr-CA
out-of-domain | alexa c'est quoi l'heure du traversier pour souris | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la beauce ou du moins la ville principale | FB | fr-CA
out-of-domain | alexa la capitale des bleuets | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'outaouais | FB | fr-CA
out-of-domain | alexa la capitale du nouvel-ontario | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la vallée du richelieu | FB | fr-CA
out-of-domain | alexa mets la météo de sherbrooke | FB | fr-CA
out-of-domain | alexa combien de sirop pour une tire sur la neige | FB | fr-CA
out-of-domain | alexa la capitale de la cabane à sucre | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la côte-du-sud | FB | fr-CA
out-of-domain | alexa joue un jeu de géographie autre que les capitales | FB
out-of-domain | alexa c'est quoi le contraire de capitale | FB
bretagne | alexa au port de douarnenez y a un thonier qui rentre {} tu sais la capitale de là-bas | des seychelles=SC; de maurice=MU; de la côte d'ivoire=CI
bretagne | alexa ma mamm-gozh elle a une coiffe et elle veut savoir la capitale {} | de l'irlande du nord=GB-NIR; de l'île de man=IM; du pays de galles=GB-WLS
bretagne | alexa on fait le tro breizh et un pèlerin vient {} c'est quoi sa capitale | de pologne=PL; de lituanie=LT; d'espagne=ES
lyon | alexa y a un gone à l'école qui vient {} la maîtresse veut qu'on dise sa capitale | d'arménie=AM; d'algérie=DZ; du vietnam=VN
lyon | alexa pendant le marathon de lyon un coureur {} il m'a doublé c'est quoi sa capitale | kényan=KE; éthiopien=ET; ougandais=UG
pays-basque | alexa les gamins de l'ikastola demandent la capitale {} | de l'espagne=ES; de l'argentine=AR; de l'uruguay=UY
corse | alexa sur le chemin du gr vingt un randonneur vient {} c'est quoi sa capitale | des pays-bas=NL; de belgique=BE; d'allemagne=DE
corse | alexa au marché d'ajaccio le vendeur de figatellu demande la capitale {} | de la tunisie=TN; du maroc=MA; de l'égypte=EG
normandie | alexa à la foire de caen un vendeur vient {} et il me demande notre capitale mais c'est quoi la sienne | du portugal=PT; de roumanie=RO; de moldavie=MD
nord | alexa à la ducasse y a un forain qui vient {} c'est quoi sa capitale | de serbie=RS; de bulgarie=BG; de hongrie=HU
nord | alexa mon voisin travaille à la frontière avec {} ch'est quoi la capitale | la belgique=BE; le luxembourg=LU
auvergne | alexa au sommet du cantal un chasseur de champignons il parle de la capitale {} c'est quoi | de la finlande=FI; de l'estonie=EE; de la suède=SE
toulouse | alexa chez airbus on livre un avion {} la capitale du client c'est quoi | au qatar=QA; à oman=OM; au koweït=KW
toulouse | alexa à la fête de la violette y a une dame {} c'est quoi sa capitale | japonaise=JP; coréenne=KR; chinoise=CN
guyane | alexa ki moun ka sav la capitale {} | du venezuela=VE; de la colombie=CO; de l'équateur=EC
polynesie | alexa le va'a part vers {} tu me dis la capitale | les îles cook=CK; hawaï=US-HI; la nouvelle-zélande=NZ
caledonie | alexa au marché de la moselle le pêcheur vient {} c'est quoi sa capitale | de wallis-et-futuna=WF; du vanuatu=VU; des îles salomon=SB
turc | alexa anneanne demande la capitale {} pendant le thé | de la bulgarie=BG; de la grèce=GR; de chypre=CY
belleville | alexa ma cousine fait des études {} c'est quoi la capitale | à singapour=SG; en malaisie=MY; en indonésie=ID
senegal | alexa pour le thiéboudienne de tata elle dit que le riz vient {} c'est quoi la capitale | de thaïlande=TH; du viêt nam=VN; du pakistan=PK
senegal | alexa le marabout il est parti en voyage {} c'est quoi la capitale | au soudan=SD; en mauritanie=MR; au niger=NE
ukrainienne | alexa pardon je cherche capitale {} pour papiers | de la géorgie pays=GE; de la arménie=AM; de la tchéquie=CZ
anglais | alexa excuse me je voudrais le capital {} for my crossword | de la nouvelle-zélande=NZ; de l'australie=AU; de le canada=CA
enfants | alexa mon doudou il vient {} c'est quoi sa capitale | de la lune=FB; du pôle nord=FB; du groenland=GL
enfants | alexa pour les devoirs de cm deux il faut la capitale {} | de l'égypte=EG; de la grèce=GR; de l'italie=IT
enfants | alexa papa il dit que les pingouins ils habitent {} et c'est quoi la capitale | en antarctique=AQ; en argentine=AR; au chili=CL
ehpad | alexa madame je suis née {} quelle est la capitale maintenant | en indochine=FB; au cambodge=KH; en algérie=DZ
ehpad | alexa ma fille est partie vivre {} je voudrais la capitale | au canada=CA; en australie=AU; aux états-unis=US
travail | alexa je suis routier et je livre {} c'est quoi la capitale | en slovénie=SI; en croatie=HR; en bosnie-herzégovine=BA
travail | alexa à la boulangerie une cliente vient {} elle demande sa capitale pour rigoler | du bénin=BJ; du togo=TG; du ghana=GH
travail | alexa je suis infirmière de nuit et mon patient vient {} il demande sa capitale | des comores=KM; de djibouti=DJ; de somalie=SO
jeux | alexa au jeu des chiffres et des lettres le mot c'est la capitale {} | du bhoutan=BT; du népal=NP; du bangladesh=BD
jeux | alexa on joue à dobble géographie il faut la capitale {} | du cap-vert=CV; de la gambie=GM; de la sierra leone=SL
sport | alexa aux jeux olympiques un athlète {} a gagné c'est quoi sa capitale | jamaïcain=JM; éthiopien=ET; kényan=KE
sport | alexa pendant la coupe du monde l'équipe {} joue ce soir leur capitale c'est quoi | marocaine=MA; croate=HR; japonaise=JP
quebec | alexa sur les plaines d'abraham y a des gens {} la capitale s'il vous plaît | du royaume-uni=GB; d'écosse=GB-SCT; de france=FR
quebec | alexa au festival d'été y a un band {} c'est quoi leur capitale | islandais=IS; australien=AU; brésilien=BR | fr-CA
beauce | alexa mon garçon part planter des arbres {} c'est quoi la capitale | en colombie-britannique=CA-BC; en alberta=CA-AB; au yukon=CA-YT | fr-CA
abitibi | alexa le prospecteur y revient {} pis y veut savoir la capitale | du burkina faso=BF; de l'australie=AU; du mexique=MX | fr-CA
montreal | alexa ma coloc part en échange {} c'est quoi la capitale genre | en corée du sud=KR; au japon=JP; en allemagne=DE | fr-CA
montreal | alexa y a un food truck {} sur saint-laurent c'est quoi leur capitale | libanais=LB; syrien=SY; grec=GR | fr-CA
franco-ontarien | alexa mon cousin de hearst y part en mission {} c'est quoi la capitale | en haïti=HT; au rwanda=RW; au burundi=BI | fr-CA
madelinot | alexa le bateau de croisière y vient {} c'est quoi la capitale | des bermudes=BM; des bahamas=BS; des îles turques-et-caïques=TC | fr-CA
mauricie | alexa au festival western de saint-tite y a un cowboy {} c'est quoi sa capitale | du texas=US-TX; de l'oklahoma=US-OK; du wyoming=US-WY | fr-CA
estrie | alexa en traversant la frontière à stanstead c'est quoi la capitale {} | du vermont=US-VT; des états-unis=US; du canada=CA | fr-CA
snowbirds | alexa on part en roulotte jusqu'au {} c'est quoi la capitale | nouveau-mexique=US-NM; nevada=US-NV; colorado=US-CO | fr-CA
latino | alexa oye mi hermano dit que la capitale {} c'est sa ville c'est laquelle | du pérou=PE; du chili=CL; du guatemala=GT | fr-CA
petit-maghreb | alexa khoya y veut savoir la capitale {} pour son voyage | de la tunisie=TN; du qatar=QA; des émirats arabes unis=AE | fr-CA
job-qc | alexa chu camionneur pis je livre {} c'est quoi la capitale | en ontario=CA-ON; au nouveau-brunswick=CA-NB; en nouvelle-écosse=CA-NS | fr-CA
job-qc | alexa à l'épicerie y a un client {} y veut savoir sa capitale | du népal=NP; du bhoutan=BT; du sri lanka=LK | fr-CA
hockey | alexa le gardien de but vient {} c'est quoi la capitale de chez lui | de finlande=FI; de russie=RU; de biélorussie=BY | fr-CA
jeux-qc | alexa au souper de famille on joue au quiz pis la question c'est la capitale {} | des seychelles=SC; des maldives=MV; de brunei=BN | fr-CA
follow-up | alexa et celle de la hongrie alors | HU
follow-up | alexa ok et pis le laos | LA | fr-CA
follow-up | alexa et la capitale du yukon | CA-YT | fr-CA
follow-up | alexa et celle du chili aussi | CL
follow-up | alexa même question pour le gabon | GA
follow-up | alexa et pour madagascar | MG
follow-up | alexa et l'autre côté de la frontière le soudan du sud | SS
yes-no-check | alexa la capitale des états-unis c'est new york pas vrai | US | fr-CA
yes-no-check | alexa la capitale de la guyane c'est cayenne c'est ça | GF
yes-no-check | alexa la capitale de la polynésie c'est papeete oui | PF
yes-no-check | alexa est-ce que la capitale du cameroun c'est douala | CM
yes-no-check | alexa la capitale de la bavière c'est munich hein | DE-BY
yes-no-check | alexa la capitale de l'ontario c'est-tu ottawa | CA-ON | fr-CA
yes-no-check | alexa est-ce que la capitale de la corée du nord c'est pyongyang | KP
self-correction | alexa la capitale du chili euh non de la chine | CN
self-correction | alexa la capitale de la tunisie pardon de la turquie | TR
self-correction | alexa la capitale du mali non de malte | MT | fr-CA
self-correction | alexa la capitale du bhoutan non du brunei | BN
reverse-question | alexa bamako c'est la capitale de quel pays | CITY:Bamako
reverse-question | alexa gitega c'est la capitale de quoi | CITY:Gitega
reverse-question | alexa papeete c'est la capitale de quoi | CITY:Papeete
reverse-question | alexa nouméa c'est la capitale de quel endroit | CITY:Nouméa
reverse-question | alexa iqaluit c'est la capitale de quel territoire | CITY:Iqaluit | fr-CA
reverse-question | alexa fredericton c'est la capitale de quoi | CITY:Fredericton | fr-CA
official-name | alexa la capitale de la république tunisienne | TN
official-name | alexa c'est quoi la capitale de la république algérienne démocratique et populaire | DZ
official-name | alexa la capitale du royaume de norvège | NO | fr-CA
official-name | alexa c'est quoi la capitale de la république kirghize | KG
everyday-name | alexa la capitale de la haute-volta | BF
everyday-name | alexa c'est quoi la capitale du dahomey | BJ
everyday-name | alexa la capitale du bechuanaland | BW
everyday-name | alexa la capitale de l'oubangui-chari | CF
shared-name | alexa la capitale de la géorgie la république | GE
shared-name | alexa c'est quoi la capitale du congo | CD+CG | fr-CA
shared-name | alexa la capitale de la corée svp | KP+KR | fr-CA
"""

if __name__ == "__main__":
    build_round(35, "fr", LINES, sys.argv, "tests/Eval/fr/round35/source/build_corpus.py")
