"""Round 45, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the forty-eighth session
(brief WRITER54.md), about a third of the lines fr-CA. Speakers and situations chosen apart from round 44 (no
Marseillais, Toulousains, Ch'tis, Basques, Bordelais, Normands, Auvergnats, Franco-Maghrebi families, Afro-Parisian
families, Portuguese-French, Polynesians, Hochelaga or Villeray Montrealers, Québec City, Mauricie, Estrie, Côte-Nord,
Bas-Saint-Laurent, Haitian or Italian Montrealers, Franco-Manitobans) and from the round-43 groups it lists as avoided.
fr-FR devices: Niçois ("adieu" as hello, "boudiou", "pitchoun", socca, the Promenade, the OGC Nice), Nantais and
Vendéens ("ben dame", the Saint-Nazaire shipyards, the Puy du Fou, the FC Nantes), Bourguignons (the wine trade, the
Hospices de Beaune, mustard), Parisian and banlieue teenagers ("wesh", "askip", "frérot", "mon reuf", "un keum", the
RER B, TikTok), Belgians and Swiss living in France ("une fois", "septante", "le natel", "ça joue", a friterie),
Armenian, Turkish and Romanian families ("tatik", "jan", "abi", "anne", "bunica", "multumesc"), Tamil families of La
Chapelle ("vanakkam", "amma", "appa", cricket), British people in the Dordogne learning French (learner errors, English
mixed in); jobs (a Sète trawler, a fire station, a pharmacy, a postwoman, a Nice taxi, a Comté dairy, an Air France
crew, a radio studio, a library, a bus terminus, a Pyrenees ski school, a furniture store, a border gendarme, a
kitchen, a travel agency, a translator); games (Trivial Pursuit, the petit bac, Scrabble, Koh-Lanta, an escape game,
Des chiffres et des lettres, a bar-tabac quiz, flags, Uno, a blind test); school (CM1, cinquième, the brevet, the bac,
prépa, Sciences Po oral, a BTS, an IUT); home (a baby-sitter, a father's weekend, a camping-car, a grandmother's
puzzle, Sunday lunch, an exchange, a documentary).
fr-CA devices: Laurentides (Tremblant, the P'tit Train du Nord, "à matin", "astheure"), Lanaudière (Joliette, Rawdon,
"ben voyons"), Montérégie (Granby, Saint-Hyacinthe, "mautadit", "fait que"), Centre-du-Québec (Drummondville,
Victoriaville, poutine), Charlevoix and Tadoussac, Madelinots, Cree and Inuit of Eeyou Istchee and Nunavik
("wachiya", "meegwetch", "qujannamiik"), Lebanese Montrealers ("yalla", "habibi", "teta"), Greek Montrealers ("ela",
"yiayia"), English-speaking Montrealers speaking French (learner errors), Fransaskois of Gravelbourg; jobs (a sugar
shack, a Hydro-Québec lineman, an STM bus, a dairy farm, a forestry camp, the SAQ, a cruise terminal, the port, a
driving school, a nurse sent north); school (secondaire deux, cégep, an expo-sciences, a UdeM seminar); games (La
Poule aux oeufs d'or, a brasserie quiz, a car game on the 40, Génial, Scrabble at the campground); families (Old
Orchard, a grandfather in a résidence, kids in the basement, the Bye Bye, a blended family, a family supper).
Families per speaker group, and the shared families (follow-up, plural-capitals, subdivision, out-of-domain, help,
stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name, everyday-name, shared-name).
Lines of rounds 1-44 are dropped (build_round with round 45's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Niçois (the Promenade, the Allianz Riviera, socca, "adieu" as hello, "boudiou", "pitchoun")
nicois | alexa adieu dis-moi la capitale {} | de la slovénie=SI; du monténégro=ME; de la moldavie=MD
nicois | alexa sur la promenade des anglais un car de touristes {} s'est arrêté c'est quoi leur capitale | norvégiens=NO; danois=DK; lettons=LV
nicois | alexa boudiou le pitchoun me demande la capitale {} et je sèche | de la mongolie=MN; du bhoutan=BT; du népal=NP
nicois | alexa on mange la socca sur le cours saleya et mon beau-frère demande la capitale {} | de monaco=MC; de saint-marin=SM; du liechtenstein=LI
nicois | alexa à l'aéroport de nice le vol part pour la capitale {} c'est laquelle | de la jordanie=JO; du qatar=QA; des émirats=AE
nicois | alexa l'ogc nice joue en coupe d'europe contre un club {} c'est quoi la capitale | chypriote=CY; islandais=IS; luxembourgeois=LU
# --- fr-FR: Nantais and Vendéens (the Puy du Fou, the shipyards, "ben dame", the Machines de l'île)
nantais | alexa ben dame c'est quoi la capitale {} | de l'ouganda=UG; du rwanda=RW; du burundi=BI
nantais | alexa au chantier de saint-nazaire on construit un paquebot pour un armateur {} c'est quoi sa capitale | maltais=MT; bahaméen=BS; panaméen=PA
nantais | alexa au puy du fou y avait des touristes {} c'est quoi leur capitale déjà | tchèques=CZ; slovaques=SK; hongrois=HU
nantais | alexa le fc nantes a recruté un attaquant {} la capitale de son pays c'est quoi | ghanéen=GH; camerounais=CM; malien=ML
nantais | alexa ma grand-mère de la roche-sur-yon veut savoir la capitale {} | de la suède=SE; de la finlande=FI; de l'estonie=EE
nantais | alexa devant l'éléphant des machines de l'île un gamin me demande la capitale {} | du sri lanka=LK; de madagascar=MG; de maurice=MU
# --- fr-FR: Bourguignons (the wine trade, Dijon mustard, the Hospices de Beaune)
bourguignons | alexa on exporte notre pinot vers la capitale {} c'est laquelle | du japon=JP; de la corée du sud=KR; de singapour=SG
bourguignons | alexa à la vente des hospices de beaune un acheteur {} m'a parlé de sa capitale c'est quoi | hongkongais enfin chinois=CN; taïwanais=TW; brésilien=BR
bourguignons | alexa mon vigneron de voisin il veut vendre sa moutarde dans la capitale {} c'est quoi | du canada=CA; du mexique=MX; de l'argentine=AR
bourguignons | alexa entre deux rangs de vigne à nuits-saint-georges c'est quoi la capitale {} | de l'uruguay=UY; du paraguay=PY; du chili=CL
bourguignons | alexa les vendangeurs {} de cette année ils viennent de quelle capitale | polonais=PL; bulgares=BG; roumains=RO
# --- fr-FR: Parisian and banlieue teenagers ("wesh", "askip", "frérot", "c'est chaud", verlan)
ados-paris | alexa wesh c'est quoi la capitale {} | du nigeria=NG; du niger=NE; du tchad=TD
ados-paris | alexa askip la capitale {} c'est une ville de ouf c'est laquelle | de la corée du sud=KR; du japon=JP; de la thaïlande=TH
ados-paris | alexa frérot dis-moi vite la capitale {} j'ai contrôle demain | de l'afghanistan=AF; du pakistan=PK; de l'ouzbékistan=UZ
ados-paris | alexa c'est chaud je connais même pas la capitale {} | du turkménistan=TM; du tadjikistan=TJ; du kirghizstan=KG
ados-paris | alexa mon reuf dit que la capitale {} c'est trop loin c'est laquelle | de la nouvelle-zélande=NZ; des fidji=FJ; des samoa=WS
ados-paris | alexa dans le rer b un keum parlait de la capitale {} c'est quoi | de l'érythrée=ER; de la somalie=SO; de djibouti=DJ
ados-paris | alexa j'ai vu un tiktok sur la capitale {} elle s'appelle comment | du myanmar=MM; du brunei=BN; du kazakhstan=KZ
ados-paris | alexa genre la capitale {} c'est pas la plus grande ville c'est laquelle alors | du nigeria officiellement=NG; de la turquie=TR; de la tanzanie=TZ
# --- fr-FR: Swiss frontaliers and Belgians living in France ("septante", "nonante", "une fois", "le natel", "ça joue")
belges-suisses | alexa dis une fois c'est quoi la capitale {} | de la belgique=BE; des pays-bas=NL; du luxembourg=LU
belges-suisses | alexa ça joue tu peux me donner la capitale {} | de la suisse=CH; de l'autriche=AT; de l'allemagne=DE
belges-suisses | alexa mon natel a plus de batterie dis-moi toi la capitale {} | du liechtenstein=LI; de la slovaquie=SK; de la croatie=HR
belges-suisses | alexa j'ai septante ans et j'ai jamais su la capitale {} | de l'albanie=AL; de la macédoine du nord=MK; de la bosnie=BA
belges-suisses | alexa mon fils travaille à genève et il a un collègue {} c'est quoi leur capitale | érythréen=ER; kosovar=XK; sri lankais=LK
belges-suisses | alexa à la friterie on se demande la capitale {} sais-tu | du congo belge enfin de la république démocratique du congo=CD; du rwanda=RW; du burundi=BI
# --- fr-FR: Armenian, Turkish and Romanian families (Alfortville, Valence, Montreuil; "jan", "tatik", "abi", "anne", "bunica")
armeniens | alexa tatik demande la capitale {} jan | de l'arménie=AM; de la géorgie le pays=GE; de l'azerbaïdjan=AZ
armeniens | alexa à l'église arménienne de valence un monsieur {} cherchait sa capitale c'est quoi | libanais=LB; syrien=SY; iranien=IR
turcs-fr | alexa abi veut savoir la capitale {} il dit que c'est pas istanbul | de la turquie=TR; du turkménistan=TM; de l'azerbaïdjan le pays=AZ
turcs-fr | alexa anne me demande la capitale {} pour son feuilleton | de l'ouzbékistan=UZ; du kazakhstan=KZ; de la bulgarie=BG
roumains-fr | alexa bunica veut savoir la capitale {} c'est quoi | de la roumanie=RO; de la moldavie=MD; de la serbie=RS
roumains-fr | alexa multumesc d'avance c'est quoi la capitale {} | de l'ukraine=UA; de la biélorussie=BY; de la hongrie=HU
# --- fr-FR: Tamil families of La Chapelle ("vanakkam", "amma", "appa")
tamouls | alexa vanakkam c'est quoi la capitale {} | du sri lanka=LK; de l'inde=IN; des maldives=MV
tamouls | alexa amma demande la capitale de l'état {} | du tamil nadu=IN-TN; du kerala=IN-KL; du karnataka=IN-KA
tamouls | alexa appa il regarde le cricket contre une équipe {} c'est quoi leur capitale | afghane=AF; bangladaise=BD; pakistanaise=PK
tamouls | alexa à la chapelle le commerçant il vient {} c'est quoi la capitale là-bas | de pondichéry=IN-PY; de l'île maurice=MU; de la réunion=RE
# --- fr-FR: British in the Dordogne learning French (learner errors, "euh", English words)
anglais-dordogne | alexa euh quel est le capital {} please | de la royaume-uni=GB; de le pays de galles=GB-WLS; de l'écosse=GB-SCT
anglais-dordogne | alexa mon voisin français il demande le capitale {} je sais pas en français | de l'irlande du nord=GB-NIR; de l'irlande=IE; de le canada=CA
anglais-dordogne | alexa sorry c'est quoi la capitale {} my wife wants to know | de jersey=JE; de guernsey=GG; de l'île de man=IM
anglais-dordogne | alexa pour le quiz au village de sarlat quelle est la capitale {} | de l'australie=AU; de la nouvelle zélande=NZ; de le kenya=KE
anglais-dordogne | alexa j'ai oublié comment on dit la capitale {} en français | de les bermudes=BM; des îles caïmans=KY; de gibraltar=GI
# --- fr-FR: at work (Sète fishermen, firefighters, a pharmacy, a postwoman, a Nice taxi, a Comté dairy, an Air France crew, a radio studio, a library, an RATP bus, a Pyrenees ski school)
metiers-fr | alexa sur le chalutier à sète le patron demande la capitale {} | de la mauritanie=MR; du maroc=MA; du cap-vert=CV
metiers-fr | alexa à la caserne des pompiers on fait un quiz c'est quoi la capitale {} | du honduras=HN; du nicaragua=NI; du guatemala=GT
metiers-fr | alexa à la pharmacie une cliente {} me demande la capitale de chez elle je sais plus | cubaine=CU; dominicaine=DO; haïtienne=HT
metiers-fr | alexa pendant ma tournée de factrice j'ai un colis pour la capitale {} c'est laquelle | du laos=LA; du cambodge=KH; des philippines=PH
metiers-fr | alexa dans mon taxi un client {} m'a demandé si je connaissais sa capitale c'est laquelle | koweïtien=KW; omanais=OM; yéménite=YE
metiers-fr | alexa à la fruitière on expédie du comté dans la capitale {} c'est quelle ville | de la belgique=BE; de la suède=SE; de l'irlande=IE
metiers-fr | alexa je suis hôtesse chez air france demain je dors dans la capitale {} c'est laquelle | de l'éthiopie=ET; du kenya=KE; de l'angola=AO
metiers-fr | alexa on est à l'antenne dans deux minutes c'est quoi la capitale {} | de la zambie=ZM; du zimbabwe=ZW; du malawi=MW
metiers-fr | alexa à la médiathèque un lecteur cherche un livre sur la capitale {} c'est laquelle | du botswana=BW; de la namibie=NA; du lesotho=LS
metiers-fr | alexa au terminus du bus soixante-neuf le chauffeur me demande la capitale {} | de l'équateur=EC; du pérou=PE; de la colombie=CO
metiers-fr | alexa je suis moniteur de ski à saint-lary j'ai des élèves {} c'est quoi leur capitale | andorrans=AD; lituaniens=LT; slovènes=SI
metiers-fr | alexa au garde-meuble on a un container pour la capitale {} c'est laquelle | du gabon=GA; de la guinée équatoriale=GQ; du cameroun=CM
metiers-fr | alexa je suis gendarme à la frontière et le camion vient {} la capitale c'est quoi | de la lituanie=LT; de la lettonie=LV; de la pologne=PL
metiers-fr | alexa en cuisine le commis {} me demande la capitale de son pays je sais pas | sri lankais=LK; bangladais=BD; népalais=NP
metiers-fr | alexa à l'agence de voyage une cliente veut partir dans la capitale {} c'est laquelle | du vietnam=VN; de l'indonésie=ID; de la malaisie=MY
metiers-fr | alexa je suis traductrice et le contrat vient {} c'est quoi la capitale | de la sierra leone=SL; du liberia=LR; de la guinée=GN
# --- fr-FR: games (Trivial Pursuit, the petit bac, Scrabble, Koh-Lanta night, an escape game, Des chiffres et des lettres)
jeux-fr | alexa au trivial pursuit la question c'est la capitale {} | du guyana=GY; du suriname=SR; du belize=BZ
jeux-fr | alexa on joue au petit bac et j'ai besoin de la capitale {} | du togo=TG; du bénin officiellement=BJ; de la gambie=GM
jeux-fr | alexa au scrabble mon mari a posé le nom de la capitale {} c'est bien ça laquelle | de l'irak=IQ; de l'iran=IR; d'oman=OM
jeux-fr | alexa pendant koh-lanta ils parlent des îles {} c'est quoi leur capitale | salomon=SB; marshall=MH; cook=CK
jeux-fr | alexa dans l'escape game l'indice c'est la capitale {} tu la connais | du vanuatu=VU; des palaos=PW; de nauru=NR
jeux-fr | alexa le candidat de des chiffres et des lettres a pas trouvé la capitale {} c'est laquelle | de kiribati=KI; de tuvalu=TV; de la micronésie=FM
jeux-fr | alexa au quiz du bar tabac la dernière question c'est la capitale {} | de la barbade=BB; de la grenade=GD; de sainte-lucie=LC
jeux-fr | alexa au jeu des drapeaux on a un drapeau {} c'est quoi sa capitale | jamaïcain=JM; trinidadien=TT; bahaméen=BS
jeux-fr | alexa au uno le perdant doit dire la capitale {} aide-moi | de la dominique=DM; d'antigua-et-barbuda=AG; de saint-vincent-et-les-grenadines=VC
jeux-fr | alexa pour le blind test géo de ce soir c'est quoi la capitale {} | de saint-kitts-et-nevis=KN; du salvador=SV; du costa rica=CR
# --- fr-FR: school (CM1, cinquième, the brevet, the bac, prépa, Sciences Po oral, an IUT, a BTS commerce international)
ecole-fr | alexa pour mon exposé de cm un c'est quoi la capitale {} | de la guinée-bissau=GW; de sao tomé-et-principe=ST; des comores=KM
ecole-fr | alexa en cinquième la prof demande la capitale {} tu peux m'aider | du soudan du sud=SS; de la centrafrique=CF; de la république du congo=CG
ecole-fr | alexa je révise le brevet c'est quoi la capitale {} | du burkina faso=BF; du mali=ML; du sénégal=SN
ecole-fr | alexa pour le bac de géo c'est quoi la capitale {} | de l'arabie saoudite=SA; d'israël=IL; de bahreïn=BH
ecole-fr | alexa en prépa on a une colle demain sur la capitale {} c'est laquelle | du timor oriental=TL; de la papouasie-nouvelle-guinée=PG; du brunei darussalam=BN
ecole-fr | alexa pour mon oral de sciences po je dois connaître la capitale {} | de l'algérie=DZ; de la libye=LY; de la tunisie=TN
ecole-fr | alexa en bts commerce international on a un client {} c'est quoi la capitale | mozambicain=MZ; angolais=AO; zambien=ZM
ecole-fr | alexa à l'iut le prof d'anglais demande la capitale {} en français | de l'eswatini=SZ; du malawi encore=MW; de l'égypte=EG
# --- fr-FR: home (a baby-sitter, a divorced dad's weekend, a couple in a camping-car, grandparents doing a puzzle, Sunday lunch)
maison-fr | alexa la baby-sitter demande la capitale {} pour l'histoire du soir | de l'islande=IS; du groenland=GL; de la norvège=NO
maison-fr | alexa c'est mon week-end avec les enfants ils veulent savoir la capitale {} | du pérou=PE; de la bolivie la vraie=BO; du venezuela=VE
maison-fr | alexa dans le camping-car on passe la frontière {} c'est quoi la capitale déjà | espagnole=ES; italienne=IT; portugaise=PT
maison-fr | alexa mamie fait un puzzle du monde il manque la capitale {} c'est laquelle | de la grèce=GR; de la bulgarie=BG; de la serbie=RS
maison-fr | alexa au repas du dimanche tonton dit que la capitale {} c'est une autre ville c'est laquelle | de l'australie c'est pas sydney=AU; du canada c'est pas toronto=CA; des états-unis c'est pas new york=US
maison-fr | alexa ma fille part en échange dans la capitale {} c'est laquelle | de l'irlande=IE; de l'écosse=GB-SCT; du danemark=DK
maison-fr | alexa on regarde un documentaire sur la capitale {} c'est laquelle | de la corée du nord=KP; de la chine=CN; de la mongolie=MN
# --- fr-CA: Laurentides (Saint-Jérôme, Mont-Tremblant, the P'tit Train du Nord, "à matin", "astheure")
laurentides | alexa à matin au chalet à tremblant mon beau-frère demande la capitale {} | de l'autriche=AT; de la suisse=CH; de la slovénie=SI | fr-CA
laurentides | alexa sur la piste du p'tit train du nord on a croisé des cyclistes {} c'est quoi leur capitale | néerlandais=NL; belges=BE; danois=DK | fr-CA
laurentides | alexa astheure c'est quoi la capitale {} | de la norvège=NO; de la suède=SE; de la finlande=FI | fr-CA
laurentides | alexa les touristes {} au sommet du mont tremblant y viennent de quelle capitale | mexicains=MX; brésiliens=BR; argentins=AR | fr-CA
# --- fr-CA: Lanaudière (Joliette, Rawdon, the Festival de Lanaudière, "ben voyons", "c'est l'fun")
lanaudiere | alexa ben voyons c'est quoi la capitale {} | du pakistan=PK; de l'afghanistan=AF; de l'iran=IR | fr-CA
lanaudiere | alexa au festival de lanaudière y a un orchestre {} c'est quoi la capitale de leur pays | tchèque=CZ; autrichien=AT; hongrois=HU | fr-CA
lanaudiere | alexa à rawdon y a plein d'immigrants {} ça serait quoi leur capitale | russes=RU; ukrainiens=UA; polonais=PL | fr-CA
# --- fr-CA: Montérégie (Longueuil, Saint-Hyacinthe, Granby zoo, "fait que", "mautadit")
monteregie | alexa mautadit j'me souviens pus de la capitale {} | de l'ontario=CA-ON; du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
monteregie | alexa au zoo de granby y a un animal qui vient {} c'est quoi la capitale | de madagascar=MG; du kenya=KE; de la tanzanie=TZ | fr-CA
monteregie | alexa fait que la capitale {} c'est quoi | de l'alberta=CA-AB; de la colombie-britannique=CA-BC; du nouveau-brunswick=CA-NB | fr-CA
monteregie | alexa à l'expo agricole de saint-hyacinthe un éleveur {} m'a demandé sa capitale c'est laquelle | uruguayen=UY; néo-zélandais=NZ; irlandais=IE | fr-CA
# --- fr-CA: Centre-du-Québec (Drummondville, Victoriaville, the Mondial des cultures, poutine)
centre-du-quebec | alexa au mondial des cultures de drummond y a une troupe {} c'est quoi leur capitale | bulgare=BG; mongole=MN; péruvienne=PE | fr-CA
centre-du-quebec | alexa en mangeant ma poutine à victo je me demande la capitale {} | du yukon=CA-YT; des territoires du nord-ouest=CA-NT; du nunavut=CA-NU | fr-CA
centre-du-quebec | alexa mon gars joue au hockey contre une équipe {} c'est quoi la capitale | lettone=LV; slovaque=SK; biélorusse=BY | fr-CA
# --- fr-CA: Charlevoix (Baie-Saint-Paul, La Malbaie, whales, "la belle affaire")
charlevoix | alexa à la baie-saint-paul un peintre {} expose c'est quoi la capitale de son pays | cubain=CU; haïtien=HT; sénégalais=SN | fr-CA
charlevoix | alexa sur le bateau aux baleines à tadoussac y avait des touristes {} c'est quoi leur capitale | islandais=IS; japonais=JP; australiens=AU | fr-CA
charlevoix | alexa la belle affaire dis-moi la capitale {} | de l'île-du-prince-édouard=CA-PE; de la nouvelle-écosse=CA-NS; de terre-neuve=CA-NL | fr-CA
# --- fr-CA: Madelinots (Îles-de-la-Madeleine, the ferry from Souris, fishermen)
madelinots | alexa sur le traversier de souris mon père demande la capitale {} | de l'île-du-prince-édouard de l'autre bord=CA-PE; des îles féroé=FO; de saint-pierre-et-miquelon=PM | fr-CA
madelinots | alexa aux îles on pêche le homard pour la capitale {} c'est laquelle | de la chine=CN; de la corée du sud=KR; du japon=JP | fr-CA
madelinots | alexa ma tante de havre-aubert veut savoir la capitale {} | des bermudes=BM; du groenland=GL; de l'islande=IS | fr-CA
# --- fr-CA: Cree of Eeyou Istchee and Inuit of Nunavik (Chisasibi, Kuujjuaq; "wachiya", "meegwetch", "qujannamiik")
cris-inuit | alexa wachiya c'est quoi la capitale {} | du nunavut=CA-NU; du groenland=GL; de l'alaska=US-AK | fr-CA
cris-inuit | alexa qujannamiik mais c'est quoi la capitale {} | du groenland danois=GL; du danemark=DK; des îles féroé=FO | fr-CA
cris-inuit | alexa meegwetch alexa et la capitale {} c'est quoi | du manitoba=CA-MB; des territoires du nord-ouest=CA-NT; du yukon=CA-YT | fr-CA
cris-inuit | alexa à kuujjuaq l'avion vient de la capitale {} c'est laquelle | du québec=CA-QC; du nunavut=CA-NU; de terre-neuve-et-labrador=CA-NL | fr-CA
# --- fr-CA: Lebanese Montrealers (Saint-Laurent, "yalla", "habibi", "teta")
libanais-mtl | alexa yalla dis-moi la capitale {} | du liban=LB; de la syrie=SY; de la jordanie=JO | fr-CA
libanais-mtl | alexa teta veut savoir la capitale {} habibi | de chypre=CY; de l'égypte=EG; de l'irak=IQ | fr-CA
libanais-mtl | alexa mon oncle qui a un resto à saint-laurent part dans la capitale {} c'est quoi | des émirats arabes unis=AE; de l'arabie saoudite=SA; du koweït=KW | fr-CA
# --- fr-CA: Greek Montrealers (Park-Extension, "yiayia", "pappou", "ela")
grecs-mtl | alexa ela c'est quoi la capitale {} | de la grèce=GR; de la macédoine du nord=MK; de l'albanie=AL | fr-CA
grecs-mtl | alexa yiayia demande la capitale {} pour son téléroman | de la turquie=TR; de la bulgarie=BG; de la géorgie en europe=GE | fr-CA
# --- fr-CA: English-speaking Montrealers of the West Island speaking French (learner errors, English mixed in)
anglos-mtl | alexa quelle est le capitale {} please | de l'nouveau-brunswick=CA-NB; du la nouvelle-écosse=CA-NS; de la ontario=CA-ON | fr-CA
anglos-mtl | alexa my daughter needs pour l'école la capitale {} | de la colombie britannique=CA-BC; de la saskatchewan=CA-SK; de l'alberta=CA-AB | fr-CA
anglos-mtl | alexa je suis pas sûr comment dire mais c'est quoi la capitale {} | du vermont=US-VT; du new hampshire=US-NH; du maine=US-ME | fr-CA
# --- fr-CA: Fransaskois of Gravelbourg and Regina
fransaskois | alexa icitte à gravelbourg on se demande la capitale {} | du montana=US-MT; du dakota du nord=US-ND; du dakota du sud=US-SD | fr-CA
fransaskois | alexa le gars de la coop veut vendre son canola dans la capitale {} c'est quoi | de l'inde=IN; du bangladesh=BD; de l'indonésie=ID | fr-CA
# --- fr-CA: at work (a sugar shack, an Hydro-Québec lineman, an STM bus, a dairy farm, a forestry camp, a SAQ branch, a cruise terminal, a port of Montréal crane, an école de conduite)
metiers-qc | alexa à la cabane à sucre des touristes {} veulent savoir la capitale de chez eux | japonais=JP; coréens=KR; allemands=DE | fr-CA
metiers-qc | alexa je suis monteur de ligne chez hydro on part aider dans la capitale {} c'est laquelle | du vermont=US-VT; de new york l'état=US-NY; du massachusetts=US-MA | fr-CA
metiers-qc | alexa au volant de mon autobus de la stm un passager {} me demande sa capitale | érythréen=ER; éthiopien=ET; somalien=SO | fr-CA
metiers-qc | alexa à la ferme laitière l'inséminateur vient {} c'est quoi la capitale | de l'ontario=CA-ON; du wisconsin=US-WI; de l'iowa=US-IA | fr-CA
metiers-qc | alexa au camp forestier on a des travailleurs {} c'est quoi leur capitale | guatémaltèques=GT; honduriens=HN; mexicains=MX | fr-CA
metiers-qc | alexa à la saq on a un vin {} c'est quoi la capitale du pays | géorgien=GE; moldave=MD; libanais=LB | fr-CA
metiers-qc | alexa au terminal de croisière le bateau part pour la capitale {} c'est laquelle | des bahamas=BS; de la jamaïque=JM; de porto rico=PR | fr-CA
metiers-qc | alexa au port de montréal le conteneur vient {} c'est quoi la capitale | du brésil=BR; du vietnam=VN; de la malaisie=MY | fr-CA
metiers-qc | alexa mon élève à l'école de conduite vient {} c'est quoi la capitale | du burkina=BF; de la côte d'ivoire=CI; de la guinée conakry=GN | fr-CA
metiers-qc | alexa je suis infirmière en région on m'envoie dans la capitale {} c'est laquelle | du nunavut pour six semaines=CA-NU; du yukon pour l'été=CA-YT | fr-CA
# --- fr-CA: school (secondaire deux, a cégep in Saint-Jérôme, a UdeM seminar, a francisation-free English school, an "expo-sciences")
ecole-qc | alexa en secondaire deux on a un test sur la capitale {} | de la louisiane=US-LA; du texas=US-TX; de la floride=US-FL | fr-CA
ecole-qc | alexa pour mon cours d'histoire au cégep c'est quoi la capitale {} | du mexique=MX; du guatemala=GT; du panama=PA | fr-CA
ecole-qc | alexa à l'expo-sciences mon projet parle de la capitale {} c'est laquelle | du chili=CL; de l'argentine=AR; de l'équateur=EC | fr-CA
ecole-qc | alexa pour mon séminaire à l'udem j'ai besoin de la capitale {} | du kosovo=XK; de la serbie=RS; du monténégro=ME | fr-CA
# --- fr-CA: games (La Poule aux oeufs d'or night, a brasserie quiz, Scrabble at the camp, a Génial episode, a road trip game)
jeux-qc | alexa on regarde la poule aux oeufs d'or et la question c'est la capitale {} | de la californie=US-CA; de l'oregon=US-OR; de l'état de washington=US-WA | fr-CA
jeux-qc | alexa au quiz de la brasserie on bloque sur la capitale {} | de l'idaho=US-ID; du wyoming=US-WY; de l'utah=US-UT | fr-CA
jeux-qc | alexa dans l'char sur la quarante on joue aux capitales c'est quoi celle {} | du kentucky=US-KY; du tennessee=US-TN; de l'ohio=US-OH | fr-CA
jeux-qc | alexa à génial ils ont demandé la capitale {} pis j'avais pas la réponse | du nevada=US-NV; de l'arizona=US-AZ; du nouveau-mexique=US-NM | fr-CA
jeux-qc | alexa au scrabble au camping on veut vérifier la capitale {} | de l'illinois=US-IL; de l'indiana=US-IN; du michigan=US-MI | fr-CA
# --- fr-CA: home (a blended family, a grandfather in a résidence, a couple planning Old Orchard, kids in the basement, the Bye Bye on New Year's Eve)
familles-qc | alexa ma blonde pis moi on va à old orchard c'est quoi la capitale {} | du maine=US-ME; du new hampshire en passant=US-NH; du massachusetts en revenant=US-MA | fr-CA
familles-qc | alexa grand-papa à la résidence demande la capitale {} | de la pennsylvanie=US-PA; de la virginie=US-VA; de la caroline du nord=US-NC | fr-CA
familles-qc | alexa les enfants dans le sous-sol se chicanent sur la capitale {} | de la caroline du sud=US-SC; de la géorgie l'état=US-GA; de l'alabama=US-AL | fr-CA
familles-qc | alexa pendant le bye bye ma belle-mère gage sur la capitale {} | du mississippi=US-MS; de l'arkansas=US-AR; du missouri=US-MO | fr-CA
familles-qc | alexa mon chum pis son ex ont des enfants qui veulent la capitale {} | du kansas=US-KS; du nebraska=US-NE; de l'oklahoma=US-OK | fr-CA
familles-qc | alexa au souper de famille mon neveu demande la capitale {} | du colorado=US-CO; du minnesota=US-MN; du dakota du sud en voyage=US-SD | fr-CA
# --- subdivision: states, provinces, Länder and territories, in the speakers' own words
subdivision | alexa c'est quoi la capitale de l'état {} | du connecticut=US-CT; du delaware=US-DE; du maryland=US-MD
subdivision | alexa quelle ville est la capitale {} aux états-unis | du new jersey=US-NJ; du rhode island=US-RI; de la virginie-occidentale=US-WV
subdivision | alexa mon cousin vit à honolulu c'est la capitale {} ou pas c'est quoi | de hawaï=US-HI
subdivision | alexa je pars en road trip c'est quoi la capitale {} | du montana=US-MT; du dakota du nord=US-ND; de l'alaska=US-AK
subdivision | alexa en australie c'est quoi la capitale {} | du queensland=AU-QLD; de la nouvelle-galles du sud=AU-NSW; de la tasmanie=AU-TAS
subdivision | alexa mon copain fait un pvt en australie c'est quoi la capitale {} | de l'australie-occidentale=AU-WA; de l'australie-méridionale=AU-SA; du territoire du nord=AU-NT
subdivision | alexa la capitale de l'état {} en australie c'est laquelle | de victoria=AU-VIC; du territoire de la capitale australienne=AU-ACT
subdivision | alexa c'est quoi la capitale du land {} | de bavière=DE-BY; de bade-wurtemberg=DE-BW; de hesse=DE-HE
subdivision | alexa en allemagne la capitale {} c'est quoi | de la saxe=DE-SN; de la thuringe=DE-TH; de la saxe-anhalt=DE-ST
subdivision | alexa pour mon erasmus en allemagne c'est quoi la capitale {} | de la basse-saxe=DE-NI; de la rhénanie-du-nord-westphalie=DE-NW; de la rhénanie-palatinat=DE-RP
subdivision | alexa la sarre c'est à côté de chez moi mais c'est quoi la capitale {} | de la sarre=DE-SL; du schleswig-holstein=DE-SH; du mecklembourg=DE-MV
subdivision | alexa hambourg et brême c'est des villes-états mais la capitale {} c'est quoi | de hambourg=DE-HH; de brême=DE-HB; du brandebourg=DE-BB
subdivision | alexa berlin c'est aussi un land alors c'est quoi la capitale {} | du land de berlin=DE-BE
subdivision | alexa en inde c'est quoi la capitale {} | du rajasthan=IN-RJ; du gujarat=IN-GJ; du maharashtra=IN-MH
subdivision | alexa mon collègue de bangalore demande la capitale {} | de l'andhra pradesh=IN-AP; du telangana=IN-TS; de l'odisha=IN-OD
subdivision | alexa pour mon voyage en inde du nord c'est quoi la capitale {} | de l'uttar pradesh=IN-UP; du bihar=IN-BR; du madhya pradesh=IN-MP
subdivision | alexa la capitale de l'état indien {} c'est laquelle | du bengale-occidental=IN-WB; de l'assam=IN-AS; du sikkim=IN-SK
subdivision | alexa dans le nord-est de l'inde c'est quoi la capitale {} | du meghalaya=IN-ML; du manipur=IN-MN; du nagaland=IN-NL
subdivision | alexa j'ai un ami au {} c'est quoi sa capitale | mizoram=IN-MZ; tripura=IN-TR; arunachal pradesh=IN-AR
subdivision | alexa pour le cours de yoga on parle de l'inde c'est quoi la capitale de l'état {} | de goa=IN-GA; du jharkhand=IN-JH; du chhattisgarh=IN-CG
subdivision | alexa en inde la capitale {} c'est chandigarh c'est bien ça | du pendjab=IN-PB; de l'haryana=IN-HR
subdivision | alexa pour mon trek c'est quoi la capitale {} | de l'himachal pradesh=IN-HP; du ladakh=IN-LA
subdivision | alexa c'est quoi la capitale du territoire {} | des îles andaman-et-nicobar=IN-AN; de lakshadweep=IN-LD; de dadra-et-nagar-haveli-et-daman-et-diu=IN-DH
subdivision | alexa au brésil c'est quoi la capitale {} | de l'état de bahia=BR-BA; du pernambouc=BR-PE; du ceará=BR-CE
subdivision | alexa mon amie brésilienne vient {} c'est quoi la capitale | du minas gerais=BR-MG; du paraná=BR-PR; de santa catarina=BR-SC
subdivision | alexa en amazonie c'est quoi la capitale {} | de l'amazonas=BR-AM; du pará=BR-PA; de l'amapá=BR-AP
subdivision | alexa la capitale de l'état brésilien {} c'est quoi | du rio grande do sul=BR-RS; du rio grande do norte=BR-RN; de la paraíba=BR-PB
subdivision | alexa j'ai un colis pour le brésil la capitale {} c'est laquelle | de l'acre=BR-AC; de rondônia=BR-RO; de roraima=BR-RR
subdivision | alexa c'est quoi la capitale {} au brésil | du goiás=BR-GO; du tocantins=BR-TO; du mato grosso=BR-MT
subdivision | alexa le capoeiriste du club vient {} c'est quoi la capitale | du maranhão=BR-MA; du piauí=BR-PI; de l'alagoas=BR-AL
subdivision | alexa quelle est la capitale {} au brésil | du sergipe=BR-SE; de l'espírito santo=BR-ES; du mato grosso do sul=BR-MS
subdivision | alexa et pour l'état {} c'est quoi la capitale | de são paulo=BR-SP; de rio de janeiro=BR-RJ; du district fédéral=BR-DF
subdivision | alexa au mexique c'est quoi la capitale {} | de l'état de jalisco=MX-JAL; du nuevo león=MX-NLE; du yucatán=MX-YUC
subdivision | alexa en vacances à cancún on se demande la capitale {} | du quintana roo=MX-ROO; de campeche=MX-CAM; du tabasco=MX-TAB
subdivision | alexa la capitale de l'état mexicain {} c'est laquelle | de chihuahua=MX-CHH; de sonora=MX-SON; de sinaloa=MX-SIN
subdivision | alexa pour mon voyage au mexique la capitale {} c'est quoi | de oaxaca=MX-OAX; du chiapas=MX-CHP; du guerrero=MX-GRO
subdivision | alexa c'est quoi la capitale {} au mexique | de la basse-californie=MX-BCN; de la basse-californie du sud=MX-BCS; de coahuila=MX-COA
subdivision | alexa ma correspondante mexicaine habite {} c'est quoi la capitale de son état | à puebla=MX-PUE; au michoacán=MX-MIC; dans l'état de mexico=MX-MEX
subdivision | alexa ma belle-soeur part en mission humanitaire c'est quoi la capitale {} | du veracruz=MX-VER; du tamaulipas=MX-TAM; du nayarit=MX-NAY
subdivision | alexa dans le centre du mexique c'est quoi la capitale {} | du guanajuato=MX-GUA; du querétaro=MX-QUE; de l'hidalgo=MX-HID
subdivision | alexa et la capitale de l'état {} | de morelos=MX-MOR; de tlaxcala=MX-TLA; de zacatecas=MX-ZAC
subdivision | alexa pour finir le mexique c'est quoi la capitale {} | de durango=MX-DUR; d'aguascalientes=MX-AGU; de san luis potosí=MX-SLP; 
subdivision | alexa et la capitale {} sur la côte pacifique | de colima=MX-COL
subdivision | alexa c'est quoi la capitale {} au royaume-uni | du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR; de l'angleterre=GB-ENG
subdivision | alexa c'est quoi le chef-lieu {} | de la guadeloupe=GP; de la martinique=MQ; de la guyane=GF
subdivision | alexa c'est quoi la capitale {} dans l'océan indien | de mayotte=YT; de la réunion=RE; du territoire britannique de l'océan indien=IO
subdivision | alexa c'est quoi la capitale de la collectivité {} | de saint-martin=MF; de saint-barthélemy=BL; de wallis-et-futuna=WF
subdivision | alexa c'est quoi la capitale {} dans le pacifique | de la nouvelle-calédonie=NC; de la polynésie française=PF; de l'île norfolk=NF
subdivision | alexa mon frère est météorologue aux kerguelen c'est quoi la capitale {} | des terres australes et antarctiques françaises=TF
subdivision | alexa c'est quoi la capitale {} dans les caraïbes | d'anguilla=AI; d'aruba=AW; de curaçao=CW
subdivision | alexa quelle est la capitale {} côté néerlandais | de sint-maarten=SX; de bonaire=BQ
subdivision | alexa c'est quoi la capitale des îles {} | turques-et-caïques=TC; vierges britanniques=VG; vierges américaines=VI
subdivision | alexa c'est quoi la capitale {} dans le pacifique américain | de guam=GU; des samoa américaines=AS; des îles mariannes du nord=MP
subdivision | alexa c'est quoi la capitale {} en nouvelle-zélande enfin associée | des îles cook=CK; de niue=NU; des tokelau=TK
subdivision | alexa la capitale {} c'est quoi | des îles pitcairn=PN; de sainte-hélène=SH; des îles malouines=FK
subdivision | alexa la capitale {} en australie enfin le territoire | de l'île christmas=CX; des îles cocos=CC
subdivision | alexa c'est quoi la capitale {} dans le nord | du svalbard=SJ; des îles åland=AX
subdivision | alexa c'est quoi la capitale du sahara {} | occidental=EH
subdivision | alexa c'est quoi la capitale de l'île {} aux états-unis enfin associée | de porto rico=PR
# --- follow-up: a second question after an answer
follow-up | alexa et {} | pour la hongrie=HU; celle de la roumanie=RO; pour la slovaquie alors=SK
follow-up | alexa d'accord et la capitale {} | du voisin la bulgarie=BG; de la croatie maintenant=HR; du pays d'à côté le monténégro=ME
follow-up | alexa merci et pour {} | le ghana=GH; le togo aussi=TG; la côte d'ivoire aussi=CI
follow-up | alexa ok et maintenant {} | le kenya=KE; l'ouganda=UG; la somalie=SO
follow-up | alexa super et celle {} | de la suède=SE; du danemark=DK; de la lettonie=LV
follow-up | alexa ah bon et {} c'est quoi | l'équateur=EC; la bolivie=BO; le venezuela=VE
follow-up | alexa et {} tant qu'on y est | l'arizona=US-AZ; le texas=US-TX; le tennessee=US-TN
follow-up | alexa pis {} | le manitoba=CA-MB; l'ontario=CA-ON; le québec=CA-QC | fr-CA
follow-up | alexa ok pis celle {} | de l'alberta=CA-AB; de la saskatchewan=CA-SK; du nouveau-brunswick=CA-NB | fr-CA
follow-up | alexa ah ouin pis {} d'abord | la nouvelle-écosse=CA-NS; la colombie-britannique=CA-BC; terre-neuve=CA-NL | fr-CA
follow-up | alexa encore une {} | l'islande=IS; le portugal=PT; l'estonie=EE
follow-up | alexa bon et {} la dernière | le japon=JP; la corée du nord=KP; le vietnam=VN
follow-up | alexa et pour le pays voisin {} | le laos=LA; la thaïlande=TH; le cambodge=KH
follow-up | alexa et la même chose pour {} | la bavière=DE-BY; la saxe=DE-SN; le brandebourg=DE-BB
follow-up | alexa c'est noté et {} | le queensland=AU-QLD; la tasmanie=AU-TAS; l'australie-occidentale=AU-WA
follow-up | alexa et après {} | le kerala=IN-KL; le tamil nadu=IN-TN; le karnataka=IN-KA
# --- plural-capitals: the several-capital countries in the plural
plural-capitals | alexa quelles sont les capitales {} | de la bolivie=BO; du bénin=BJ; de l'afrique du sud=ZA
plural-capitals | alexa pourquoi il y a deux capitales {} c'est lesquelles | au sri lanka=LK; en malaisie=MY; aux pays-bas=NL
plural-capitals | alexa donne-moi toutes les capitales {} | de la côte d'ivoire=CI; de l'eswatini=SZ; de la palestine=PS
plural-capitals | alexa l'afrique du sud a trois capitales c'est lesquelles | ZA
plural-capitals | alexa c'est quoi les deux capitales {} | de la bolivie la paz et l'autre=BO; des pays-bas amsterdam et l'autre=NL | fr-CA
plural-capitals | alexa ma fille dit que {} a plusieurs capitales c'est lesquelles | le bénin=BJ; la malaisie=MY; le sri lanka=LK | fr-CA
plural-capitals | alexa dans mon atlas c'est écrit deux capitales pour {} c'est lesquelles | du jammu-et-cachemire=IN-JK; de l'uttarakhand=IN-UK; de montserrat=MS
plural-capitals | alexa la côte d'ivoire elle a combien de capitales et lesquelles | CI
plural-capitals | alexa c'est vrai que le swaziland a deux capitales lesquelles | SZ
plural-capitals | alexa les palestiniens ont quelles capitales | PS | fr-CA
plural-capitals | alexa mon prof dit que l'afrique du sud a trois capitales tu peux me les nommer | ZA | fr-CA
# --- yes-no-check: the speaker offers a city
yes-no-check | alexa c'est bien {} | ottawa la capitale du canada=CA; canberra la capitale de l'australie=AU; brasília la capitale du brésil=BR
yes-no-check | alexa est-ce que la capitale {} | de la turquie c'est istanbul=TR; du maroc c'est rabat=MA; de la suisse c'est genève=CH
yes-no-check | alexa j'ai raison si je dis que la capitale {} | de la nouvelle-zélande c'est auckland=NZ; du nigeria c'est lagos=NG; du vietnam c'est hanoï=VN
yes-no-check | alexa c'est-tu vrai que la capitale {} | de la floride c'est miami=US-FL; de la californie c'est los angeles=US-CA; de new york c'est albany=US-NY | fr-CA
yes-no-check | alexa confirme-moi que la capitale {} | de l'écosse c'est édimbourg=GB-SCT; du kazakhstan c'est astana=KZ; de la birmanie c'est rangoun=MM
yes-no-check | alexa la capitale {} c'est pas plutôt | du pakistan karachi=PK; de la tanzanie dar es salaam=TZ; du cameroun douala=CM
yes-no-check | alexa est-ce que {} c'est une capitale | sucre en bolivie=BO; la haye aux pays-bas=NL; kotte au sri lanka=LK
yes-no-check | alexa la capitale de l'illinois c'est chicago hein | US-IL | fr-CA
yes-no-check | alexa c'est-tu québec la capitale du québec | CA-QC | fr-CA
yes-no-check | alexa vrai ou faux la capitale de la bavière c'est munich | DE-BY
# --- self-correction: the speaker changes the place mid-sentence
self-correction | alexa à la machine à café du bureau on cherche la capitale {} | de l'autriche non de l'australie=AU; de la suède euh de la suisse=CH; du niger pardon du nigeria=NG
self-correction | alexa je suis fatiguée c'est quoi la capitale {} | de la slovénie non attends de la slovaquie=SK; de l'iran euh de l'irak=IQ; de la gambie non de la zambie=ZM
self-correction | alexa dis-moi vite la capitale {} | de la guinée enfin de la guinée-bissau=GW; de la dominique non de la république dominicaine=DO; du congo kinshasa non brazzaville je veux dire la république du congo=CG
self-correction | alexa en pelletant l'entrée je me demande la capitale {} c'est quoi | de l'ontario non du manitoba=CA-MB; du vermont non du maine=US-ME; de la saskatchewan euh de l'alberta=CA-AB | fr-CA
self-correction | alexa pour la grille de mots croisés quelle est la capitale {} | de la mauritanie non de l'île maurice=MU; de la lettonie euh de la lituanie=LT; du mali non du malawi=MW
self-correction | alexa heu la capitale {} | de l'inde euh du pakistan=PK; de la colombie non de la colombie-britannique=CA-BC; de l'arménie non de l'albanie=AL | fr-CA
self-correction | alexa c'est quoi la capitale de la serbie attends non de la bosnie | BA
self-correction | alexa la capitale de l'autriche non non de l'allemagne | DE
# --- reverse-question: a capital given, the place asked
reverse-question | alexa {} c'est la capitale de quel pays | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; bichkek=CITY:Bichkek
reverse-question | alexa de quel pays {} est la capitale | nouakchott=CITY:Nouakchott; paramaribo=CITY:Paramaribo; vientiane=CITY:Vientiane
reverse-question | alexa {} c'est la capitale de quoi | ljubljana=CITY:Ljubljana; windhoek=CITY:Windhoek; thimphu=CITY:Thimphu
reverse-question | alexa {} c'est la capitale de quelle province | fredericton=CITY:Fredericton; edmonton=CITY:Edmonton; charlottetown=CITY:Charlottetown | fr-CA
reverse-question | alexa {} c'est la capitale de quel état | tallahassee=CITY:Tallahassee; sacramento=CITY:Sacramento; montpelier=CITY:Montpelier | fr-CA
reverse-question | alexa à quel pays appartient la capitale {} | antananarivo=CITY:Antananarivo; oulan-bator=CITY:Oulan-Bator; achgabat=CITY:Achgabat
reverse-question | alexa {} c'est la capitale de quel land | wiesbaden=CITY:Wiesbaden; mayence=CITY:Mayence; magdebourg=CITY:Magdebourg
reverse-question | alexa {} c'est la capitale de quel état indien | bhopal=CITY:Bhopal; gangtok=CITY:Gangtok; dispur=CITY:Dispur
reverse-question | alexa {} c'est la capitale de quel état du brésil | manaos=CITY:Manaos; recife=CITY:Recife; porto alegre=CITY:Porto Alegre
reverse-question | alexa c'est où {} c'est une capitale de quoi | yellowknife=CITY:Yellowknife; iqaluit=CITY:Iqaluit; whitehorse=CITY:Whitehorse | fr-CA
reverse-question | alexa la ville {} elle est capitale de quel pays | mascate=CITY:Mascate; asmara=CITY:Asmara; bangui=CITY:Bangui
reverse-question | alexa {} est la capitale de quel état mexicain | hermosillo=CITY:Hermosillo; chilpancingo=CITY:Chilpancingo; morelia=CITY:Morelia
reverse-question | alexa victoria c'est la capitale de quoi exactement | CITY:Victoria | fr-CA
reverse-question | alexa saint john's c'est la capitale de quel endroit | CITY:Saint John's | fr-CA
# --- official-name: long and official forms
official-name | alexa quelle est la capitale de la {} | république fédérale d'allemagne=DE; république populaire de chine=CN; confédération suisse=CH
official-name | alexa c'est quoi la capitale du {} | royaume de norvège=NO; royaume hachémite de jordanie=JO; sultanat d'oman=OM
official-name | alexa donne-moi la capitale de la {} | république islamique d'iran=IR; république arabe syrienne=SY; république de corée=KR
official-name | alexa la capitale de la {} c'est laquelle | fédération de russie=RU; république tchèque=CZ; république hellénique=GR
official-name | alexa pour le formulaire de la préfecture c'est quoi la capitale de la {} | république démocratique populaire lao=LA; république socialiste du viêt nam=VN; république de l'union du myanmar=MM
official-name | alexa pour la revue de presse quelle est la capitale de la {} | principauté de monaco=MC; principauté d'andorre=AD; principauté de liechtenstein=LI
official-name | alexa c'est quoi la capitale des {} | états fédérés de micronésie=FM; émirats arabes unis=AE; états-unis d'amérique=US
official-name | alexa sur mon visa c'est écrit {} c'est quoi la capitale | république fédérale démocratique d'éthiopie=ET; république unie de tanzanie=TZ; république démocratique du congo=CD
official-name | alexa la capitale du {} c'est quoi | royaume du maroc=MA; royaume de thaïlande=TH; royaume du cambodge=KH
official-name | alexa sur le site de l'onu on parle de la {} c'est quoi sa capitale | république de chine taïwan=TW; république du kosovo=XK; république du soudan du sud=SS
official-name | alexa la capitale de l'{} | état de palestine=PS; état plurinational de bolivie=BO; état d'israël=IL
official-name | alexa sur le timbre c'est marqué {} c'est quoi la capitale | royaume des pays-bas=NL; royaume de belgique=BE; grand-duché de luxembourg=LU
official-name | alexa c'est quoi la capitale de la {} | république bolivarienne du venezuela=VE; république orientale de l'uruguay=UY; république argentine=AR | fr-CA
official-name | alexa à l'ambassade on parle du {} c'est quoi la capitale | royaume d'arabie saoudite=SA; royaume de bahreïn=BH; royaume du lesotho=LS
official-name | alexa dans mon guide du routard quelle est la capitale de la {} | république du cap-vert=CV; république de maurice=MU; république des seychelles=SC
official-name | alexa dans le journal ils parlent de la {} c'est quoi la capitale | république des philippines=PH; république de singapour=SG; république d'indonésie=ID
official-name | alexa dans le journal télévisé ils disent {} c'est laquelle la capitale | république islamique de mauritanie=MR; république du yémen=YE; république islamique du pakistan=PK
official-name | alexa c'est quoi la capitale de l'{} | état de la cité du vatican=VA; état du koweït=KW; état du qatar=QA
official-name | alexa le consulat m'a écrit de la {} c'est quoi la capitale | république kirghize=KG; république d'azerbaïdjan=AZ; république de moldavie=MD
official-name | alexa sur mon billet d'avion c'est marqué {} c'est quoi la capitale | commonwealth de la dominique=DM; commonwealth des bahamas=BS; royaume des tonga=TO
official-name | alexa et la capitale de la {} | république de sierra leone=SL; république gabonaise=GA; république du burundi=BI
# --- everyday-name: old, short and colloquial names
everyday-name | alexa c'est quoi la capitale {} | de la birmanie=MM; de la hollande=NL; du swaziland=SZ
everyday-name | alexa la capitale {} c'est quoi déjà | de l'angleterre=GB-ENG; de la perse enfin l'iran=IR; de ceylan=LK
everyday-name | alexa dans le vieux dictionnaire de papi ils écrivent la capitale {} comment | de la tchéquie=CZ; de la biélorussie=BY; de la macédoine=MK
everyday-name | alexa ma grand-mère dit encore {} c'est quoi la capitale | le dahomey=BJ; la haute-volta=BF; le zaïre=CD
everyday-name | alexa mon oncle de joliette dit toujours {} c'est quoi leur capitale | les states=US; les émirats=AE; la centrafrique=CF | fr-CA
everyday-name | alexa sur le vieux passeport de mon père c'est marqué {} c'est quoi la capitale | tchécoslovaquie enfin la tchéquie maintenant=CZ; timor-leste=TL; ivory coast=CI
everyday-name | alexa tu connais la capitale {} | de la rdc=CD; de l'arabie=SA; des usa=US
everyday-name | alexa le vieux monsieur du club de pétanque de menton dit {} c'est quoi la capitale | le cap vert=CV; le kirghistan=KG; la rhodésie=ZW
everyday-name | alexa mon voisin de palier parle de {} c'est quoi sa capitale | taïwan=TW; le vatican=VA; la moldova=MD | fr-CA
everyday-name | alexa la capitale {} c'est laquelle | de terre-neuve=CA-NL; de l'île-du-prince-édouard=CA-PE; du territoire du yukon=CA-YT | fr-CA
everyday-name | alexa au marché de château rouge un vendeur vient {} c'est quoi la capitale | de la nouvelle-guinée=PG; de la guinée-conakry=GN; du congo-brazza=CG
# --- shared-name: a name that fits more than one place
shared-name | alexa ma cousine prépare un voyage c'est quoi la capitale {} | de la géorgie=GE+US-GA; du congo=CD+CG; de la corée=KP+KR
shared-name | alexa les capitales {} c'est quoi | des deux corées=KP+KR; des deux congo=CD+CG; des îles vierges=VG+VI
shared-name | alexa mon p'tit cousin demande la capitale {} | des corées=KP+KR; des congos=CD+CG | fr-CA
shared-name | alexa mon voisin est {} c'est quoi sa capitale | congolais=CD+CG; coréen=KP+KR
shared-name | alexa quelle est la capitale de la géorgie au juste | GE+US-GA | fr-CA
shared-name | alexa c'est quoi la capitale des îles vierges déjà | VG+VI
# --- help
help | alexa aide-moi je comprends pas comment ça marche | HELP
help | alexa qu'est-ce que je peux te demander sur les capitales | HELP
help | alexa comment on joue à ton truc | HELP
help | alexa j'ai besoin d'aide | HELP
help | alexa tu sais faire quoi exactement | HELP
help | alexa explique-moi ce que je dois dire | HELP
help | alexa c'est quoi les règles | HELP
help | alexa je sais pas quoi demander | HELP
help | alexa wesh comment ça marche ton bail | HELP
help | alexa boudiou je suis perdue aide-moi | HELP
help | alexa dis une fois comment on s'en sert | HELP
help | alexa sorry how does it work en français | HELP
help | alexa je suis nouvelle ici qu'est-ce que je fais | HELP
help | alexa donne-moi des exemples de questions | HELP
help | alexa mamie comprend pas explique-lui | HELP
help | alexa c'est quoi les commandes | HELP
help | alexa aide | HELP
help | alexa au secours je sais pas utiliser ça | HELP
help | alexa qu'est-ce qu'on peut dire | HELP
help | alexa ça marche comment au juste | HELP
help | alexa aide-moi donc | HELP | fr-CA
help | alexa comment ça fonctionne ton affaire | HELP | fr-CA
help | alexa j'comprends pas pantoute quoi dire | HELP | fr-CA
help | alexa qu'est-ce que j'peux te demander astheure | HELP | fr-CA
help | alexa je suis mêlé explique-moi | HELP | fr-CA
help | alexa mautadit comment ça marche | HELP | fr-CA
help | alexa c'est quoi les instructions | HELP | fr-CA
help | alexa yalla explique-moi comment jouer | HELP | fr-CA
help | alexa sorry i need help je parle pas bien français | HELP | fr-CA
help | alexa montre-moi quoi faire | HELP | fr-CA
help | alexa grand-papa a besoin d'aide avec les capitales | HELP | fr-CA
help | alexa tu peux m'expliquer le fonctionnement | HELP | fr-CA
help | alexa quoi dire pour avoir une capitale | HELP | fr-CA
help | alexa aide-nous on sait pas comment faire | HELP
help | alexa je fais comment pour demander une capitale | HELP
# --- stop
stop | alexa stop | STOP
stop | alexa arrête | STOP
stop | alexa arrête-toi | STOP
stop | alexa tais-toi | STOP
stop | alexa chut | STOP
stop | alexa ferme-la | STOP
stop | alexa ça suffit | STOP
stop | alexa arrête tout | STOP
stop | alexa quitter | STOP
stop | alexa quitte | STOP
stop | alexa silence | STOP
stop | alexa wesh arrête | STOP
stop | alexa c'est bon arrête maintenant | STOP
stop | alexa stop stop stop | STOP
stop | alexa boudiou tais-toi | STOP
stop | alexa arrête de parler | STOP
stop | alexa stop s'il te plaît | STOP
stop | alexa coupe | STOP
stop | alexa quitte capitales du monde | STOP
stop | alexa on arrête là | STOP
stop | alexa arrête ça | STOP | fr-CA
stop | alexa farme-toi | STOP | fr-CA
stop | alexa arrête astheure | STOP | fr-CA
stop | alexa stop là | STOP | fr-CA
stop | alexa tais-toi donc | STOP | fr-CA
stop | alexa ok c'est assez | STOP | fr-CA
stop | alexa quitte l'application | STOP | fr-CA
stop | alexa arrête de jouer | STOP | fr-CA
stop | alexa stop please | STOP | fr-CA
stop | alexa mautadit arrête | STOP | fr-CA
stop | alexa chut les enfants dorment | STOP | fr-CA
stop | alexa on a fini arrête | STOP | fr-CA
stop | alexa stop ça | STOP
stop | alexa la ferme | STOP
stop | alexa arrête-toi là | STOP | fr-CA
# --- cancel
cancel | alexa annule | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa oublie ça | CANCEL
cancel | alexa annuler | CANCEL
cancel | alexa non rien | CANCEL
cancel | alexa oublie | CANCEL
cancel | alexa laisse tomber c'est pas grave | CANCEL
cancel | alexa annule ma question | CANCEL
cancel | alexa bon ben oublie | CANCEL
cancel | alexa non finalement laisse | CANCEL
cancel | alexa wesh laisse tomber | CANCEL
cancel | alexa annule s'il te plaît | CANCEL
cancel | alexa nan oublie ce que j'ai dit | CANCEL
cancel | alexa c'est rien oublie | CANCEL
cancel | alexa annule tout | CANCEL
cancel | alexa laisse béton | CANCEL
cancel | alexa pardon j'ai rien dit | CANCEL
cancel | alexa finalement non annule | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa oublie ça là | CANCEL | fr-CA
cancel | alexa annule ça | CANCEL | fr-CA
cancel | alexa never mind | CANCEL | fr-CA
cancel | alexa forget it | CANCEL | fr-CA
cancel | alexa ah pis laisse faire | CANCEL | fr-CA
cancel | alexa non non annule | CANCEL | fr-CA
cancel | alexa c'est beau laisse faire | CANCEL | fr-CA
cancel | alexa oublie ma question | CANCEL | fr-CA
cancel | alexa ben voyons annule | CANCEL | fr-CA
cancel | alexa laisse donc faire | CANCEL | fr-CA
cancel | alexa finalement j'en ai pas besoin annule | CANCEL | fr-CA
cancel | alexa oublie ça yalla | CANCEL | fr-CA
cancel | alexa annule la demande | CANCEL
cancel | alexa laisse tomber frérot | CANCEL
cancel | alexa on oublie | CANCEL
# --- launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde s'il te plaît | LAUNCH
launch | alexa lance le jeu capitales du monde | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa joue à capitales du monde | LAUNCH
launch | alexa wesh lance capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa ouvre la skill capitales du monde | LAUNCH
launch | alexa peux-tu ouvrir capitales du monde | LAUNCH
launch | alexa tu peux lancer capitales du monde pour les enfants | LAUNCH
launch | alexa dis une fois ouvre capitales du monde | LAUNCH
launch | alexa commence capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde là | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde s'il vous plaît | LAUNCH | fr-CA
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa démarre l'application capitales du monde | LAUNCH | fr-CA
launch | alexa peux-tu partir capitales du monde | LAUNCH | fr-CA
launch | alexa on veut jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre-moi capitales du monde | LAUNCH | fr-CA
launch | alexa yalla ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour grand-papa | LAUNCH | fr-CA
# --- out-of-domain: other questions, other devices, "capital" in other senses, places not in the data
out-of-domain | alexa quel temps il fait à nice demain | FB
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa c'est quoi le score de l'ogc nice | FB
out-of-domain | alexa mets un minuteur de dix minutes pour les pâtes | FB
out-of-domain | alexa ajoute de la moutarde de dijon à la liste de courses | FB
out-of-domain | alexa quelle heure il est à tokyo | FB
out-of-domain | alexa combien d'habitants à paris | FB
out-of-domain | alexa c'est quoi la capitale de la bretagne | FB
out-of-domain | alexa quelle est la capitale de la bourgogne | FB
out-of-domain | alexa c'est quoi la capitale de la vendée | FB
out-of-domain | alexa quelle est la capitale de la côte d'azur | FB
out-of-domain | alexa c'est quoi la capitale du comté de nice | FB
out-of-domain | alexa c'est quoi la capitale de la wallonie | FB
out-of-domain | alexa quelle est la capitale de la flandre | FB
out-of-domain | alexa c'est quoi la capitale du canton de vaud | FB
out-of-domain | alexa c'est quoi la capitale de la catalogne | FB
out-of-domain | alexa quelle est la capitale de la sibérie | FB
out-of-domain | alexa c'est quoi la capitale du kurdistan | FB
out-of-domain | alexa c'est quoi la capitale de la tchétchénie | FB
out-of-domain | alexa quelle est la capitale de la transylvanie | FB
out-of-domain | alexa c'est quoi la capitale du haut-karabakh | FB
out-of-domain | alexa quelle était la capitale de l'empire ottoman | FB
out-of-domain | alexa quelle était la capitale de l'union soviétique | FB
out-of-domain | alexa c'est quoi la capitale de la yougoslavie | FB
out-of-domain | alexa c'était quoi la capitale de la prusse | FB
out-of-domain | alexa quelle était la capitale de l'empire byzantin | FB
out-of-domain | alexa c'était quoi la capitale de la tchécoslovaquie | FB
out-of-domain | alexa c'est quoi la capitale du wakanda | FB
out-of-domain | alexa quelle est la capitale du gondor | FB
out-of-domain | alexa c'est quoi la capitale de westeros | FB
out-of-domain | alexa c'est quoi la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale de la terre du milieu | FB
out-of-domain | alexa quelle est la capitale de narnia | FB
out-of-domain | alexa c'est quoi un capital social | FB
out-of-domain | alexa comment on calcule les intérêts d'un capital | FB
out-of-domain | alexa c'est quoi une lettre capitale | FB
out-of-domain | alexa c'est quoi la peine capitale | FB
out-of-domain | alexa qui a écrit le capital | FB
out-of-domain | alexa c'est quoi un péché capital | FB
out-of-domain | alexa comment on écrit capitale en anglais | FB
out-of-domain | alexa quelle est la capitale mondiale de la gastronomie | FB
out-of-domain | alexa c'est quoi la capitale européenne de la culture cette année | FB
out-of-domain | alexa quelle ville est la capitale du parfum | FB
out-of-domain | alexa quelle est la capitale de la moutarde | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa joue du jul | FB
out-of-domain | alexa mets la chanson de stromae | FB
out-of-domain | alexa appelle maman | FB
out-of-domain | alexa c'est quand la fête des mères | FB
out-of-domain | alexa traduis bonjour en arménien | FB
out-of-domain | alexa combien font sept fois huit | FB
out-of-domain | alexa c'est quoi le plus long fleuve du monde | FB
out-of-domain | alexa quelle est la plus haute montagne d'afrique | FB
out-of-domain | alexa combien de pays il y a dans le monde | FB
out-of-domain | alexa quelle langue on parle au brésil | FB
out-of-domain | alexa c'est quoi la monnaie de la suisse | FB
out-of-domain | alexa qui est le président du sénégal | FB
out-of-domain | alexa c'est quoi le drapeau du japon | FB
out-of-domain | alexa quel est l'hymne de la belgique | FB
out-of-domain | alexa quelle est la plus grande ville de turquie | FB
out-of-domain | alexa réveille-moi à six heures | FB
out-of-domain | alexa baisse le volume | FB
out-of-domain | alexa c'est quoi le programme ce soir sur tf un | FB
out-of-domain | alexa commande des croquettes pour le chat | FB
out-of-domain | alexa où est mon téléphone | FB
out-of-domain | alexa quel est le prochain bus pour la gare | FB
out-of-domain | alexa lis-moi les infos | FB
out-of-domain | alexa fais un bruit de pet | FB
out-of-domain | alexa combien de temps pour aller à beaune en voiture | FB
out-of-domain | alexa c'est quoi la recette de la socca | FB
out-of-domain | alexa ferme les volets | FB
out-of-domain | alexa c'est quoi l'horoscope du lion | FB
out-of-domain | alexa qui a gagné koh-lanta | FB
out-of-domain | alexa c'est quoi la capitale de la provence | FB
out-of-domain | alexa quelle est la capitale de l'occitanie | FB
out-of-domain | alexa c'est quoi la capitale du pays basque | FB
out-of-domain | alexa c'est quoi la capitale de la savoie | FB
out-of-domain | alexa quelle est la capitale de la lune | FB
out-of-domain | alexa c'est quoi la capitale de mars | FB
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa quelle est la capitale de l'afrique | FB
out-of-domain | alexa c'est quoi la capitale de la scandinavie | FB
out-of-domain | alexa quelle est la capitale des balkans | FB
out-of-domain | alexa c'est quoi la capitale du tibet | FB
out-of-domain | alexa quelle est la capitale de la sardaigne | FB
out-of-domain | alexa c'est quoi la capitale de la patagonie | FB
out-of-domain | alexa c'est quoi la capitale de l'empire inca | FB
out-of-domain | alexa quelle était la capitale des aztèques | FB
out-of-domain | alexa mets de la musique grecque | FB
out-of-domain | alexa quelle est la météo à joliette | FB | fr-CA
out-of-domain | alexa mets ckoi | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa part le lave-vaisselle | FB | fr-CA
out-of-domain | alexa ajoute du lait au dépanneur sur ma liste | FB | fr-CA
out-of-domain | alexa quelle heure il est à vancouver | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la beauce | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la montérégie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des laurentides | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de lanaudière | FB | fr-CA
out-of-domain | alexa quelle est la capitale de charlevoix | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des îles-de-la-madeleine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'eeyou istchee | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la nouvelle-france | FB | fr-CA
out-of-domain | alexa c'était quoi la capitale du bas-canada | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la poutine | FB | fr-CA
out-of-domain | alexa quelle est la capitale du sirop d'érable au québec | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du hockey | FB | fr-CA
out-of-domain | alexa c'est quoi mon capital sur mon hypothèque | FB | fr-CA
out-of-domain | alexa c'est quoi un gain en capital | FB | fr-CA
out-of-domain | alexa comment on fait une poutine | FB | fr-CA
out-of-domain | alexa mets la chaufferette dans le garage | FB | fr-CA
out-of-domain | alexa quand est-ce que la saq ouvre | FB | fr-CA
out-of-domain | alexa combien de neige demain à saint-jérôme | FB | fr-CA
out-of-domain | alexa c'est quoi la distance entre drummondville et québec | FB | fr-CA
out-of-domain | alexa joue les cowboys fringants | FB | fr-CA
out-of-domain | alexa qui a gagné la coupe stanley en quatre-vingt-treize | FB | fr-CA
out-of-domain | alexa c'est quoi la population du canada | FB | fr-CA
out-of-domain | alexa quelle langue on parle au nunavut | FB | fr-CA
out-of-domain | alexa c'est quoi le premier ministre du québec | FB | fr-CA
out-of-domain | alexa appelle ma blonde | FB | fr-CA
out-of-domain | alexa chauffe le char | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la gaspésie pour vrai | FB | fr-CA
out-of-domain | alexa quelle est la capitale des cantons-de-l'est | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du nord-du-québec | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la westeros de game of thrones | FB | fr-CA
out-of-domain | alexa quelle est la capitale de poudlard | FB | fr-CA
out-of-domain | alexa c'est quoi une capitale de province en général | FB | fr-CA
out-of-domain | alexa quelle est la capitale la plus peuplée du monde | FB | fr-CA
out-of-domain | alexa nomme-moi toutes les capitales d'europe | FB | fr-CA
out-of-domain | alexa c'est quoi le fuseau horaire de régina | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la dordogne | FB
out-of-domain | alexa c'est quoi la capitale du périgord | FB
out-of-domain | alexa quelle est la capitale du royaume de navarre | FB
out-of-domain | alexa c'est quoi la capitale de la mésopotamie | FB
out-of-domain | alexa quelle est la capitale de la carthage antique | FB
# --- second batch: speaker lines for the countries not yet kept, more fr-CA
nicois | alexa le pitchoun veut savoir la capitale {} pour sa maîtresse | de la france=FR; des maldives=MV; du soudan=SD
tamouls | alexa ma tante part en lune de miel dans la capitale {} c'est laquelle amma | des maldives=MV; des seychelles=SC
metiers-fr | alexa je suis pilote de ligne demain je me pose dans la capitale {} c'est laquelle | du soudan=SD; du soudan du sud=SS; de l'égypte=EG
anglais-dordogne | alexa my grandson asks what is the capital {} en français | de la france=FR; de l'espagne=ES
libanais-mtl | alexa mon cousin de beyrouth étudie dans la capitale {} c'est laquelle | de la france=FR; de l'arménie=AM; de la tunisie=TN | fr-CA
grecs-mtl | alexa pappou veut envoyer un colis dans la capitale {} c'est laquelle | de chypre=CY; de malte=MT; de la grèce il dit athènes mais vérifie=GR | fr-CA
madelinots | alexa au quai de cap-aux-meules un marin {} me demande sa capitale | portugais=PT; espagnol=ES; norvégien=NO | fr-CA
centre-du-quebec | alexa au festival de la poutine à drummond y avait des gens {} c'est quoi leur capitale | français=FR; belges=BE; suisses=CH | fr-CA
fransaskois | alexa à la radio communautaire on fait un quiz c'est quoi la capitale {} | de la saskatchewan=CA-SK; du manitoba voisin=CA-MB; de l'alberta voisine=CA-AB | fr-CA
lanaudiere | alexa c'est l'fun mais je sais pas la capitale {} | du soudan=SD; du tchad=TD; de l'érythrée=ER | fr-CA
charlevoix | alexa au casino de la malbaie un croupier {} m'a parlé de sa capitale c'est laquelle | monégasque=MC; luxembourgeois=LU; maltais=MT | fr-CA
cris-inuit | alexa à chisasibi les enfants demandent la capitale {} | de la norvège=NO; de la russie=RU; de la finlande=FI | fr-CA
anglos-mtl | alexa how do you say en français la capitale {} | de l'ontario=CA-ON; du québec=CA-QC | fr-CA
# --- more out-of-domain
out-of-domain | alexa c'est quoi la capitale de la principauté de seborga | FB
out-of-domain | alexa quelle est la capitale du royaume de sardaigne au temps de garibaldi | FB
out-of-domain | alexa c'est quoi la capitale de l'arrière-pays niçois | FB
out-of-domain | alexa quelle est la capitale du muscadet | FB
out-of-domain | alexa c'est quoi la capitale des chouans en vendée | FB
out-of-domain | alexa quelle était la capitale des ducs de bourgogne | FB
out-of-domain | alexa c'est quoi la capitale de la côte-d'or | FB
out-of-domain | alexa quelle est la capitale du beaujolais | FB
out-of-domain | alexa c'est quoi la capitale de la seine-saint-denis | FB
out-of-domain | alexa wesh c'est quoi la capitale du quatre-vingt-treize | FB
out-of-domain | alexa askip la capitale du rap c'est quelle ville | FB
out-of-domain | alexa c'est quoi la capitale du canton de genève | FB
out-of-domain | alexa quelle est la capitale du brabant wallon | FB
out-of-domain | alexa c'est quoi la capitale de l'arménie occidentale | FB
out-of-domain | alexa quelle est la capitale de la cappadoce | FB
out-of-domain | alexa c'est quoi la capitale de la bessarabie | FB
out-of-domain | alexa quelle était la capitale du royaume de jaffna | FB
out-of-domain | alexa c'est quoi la capitale de la cornouailles anglaise | FB
out-of-domain | alexa quelle est la capitale de l'aquitaine du temps d'aliénor | FB
out-of-domain | alexa quelle est la capitale de la tartiflette | FB
out-of-domain | alexa c'est quoi la capitale de la socca | FB
out-of-domain | alexa quelle ville est la capitale du nougat | FB
out-of-domain | alexa quelle est la capitale de la pétanque | FB
out-of-domain | alexa dis-moi pourquoi paris c'est la capitale de la france | FB
out-of-domain | alexa depuis quand berlin est la capitale de l'allemagne | FB
out-of-domain | alexa combien de capitales commencent par la lettre b | FB
out-of-domain | alexa quelle capitale est la plus proche de nantes | FB
out-of-domain | alexa quelle est la capitale la plus haute du monde | FB
out-of-domain | alexa mets la radio nostalgie | FB
out-of-domain | alexa lance la playlist de gims | FB
out-of-domain | alexa c'est quoi le prochain train pour la roche-sur-yon | FB
out-of-domain | alexa mets un rappel pour la pharmacie de garde | FB
out-of-domain | alexa éteins la télé du salon | FB
out-of-domain | alexa c'est quoi le cours du bitcoin | FB
out-of-domain | alexa combien coûte un billet pour colombo | FB
out-of-domain | alexa traduis merci en tamoul | FB
out-of-domain | alexa mets une musique pour endormir le bébé | FB
out-of-domain | alexa c'est quand les vendanges cette année | FB
out-of-domain | alexa quelle heure est le coucher du soleil à sète | FB
out-of-domain | alexa allume le chauffage de la chambre des enfants | FB
out-of-domain | alexa c'est quoi la capitale de la république de montmartre | FB
out-of-domain | alexa c'est quoi la capitale de la planète tatooine | FB
out-of-domain | alexa quelle est la capitale du pays des schtroumpfs | FB
out-of-domain | alexa quelle est la capitale du royaume d'arendelle | FB
out-of-domain | alexa quelle est la capitale de la mauricie touristique | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du centre-du-québec | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la rive-sud | FB | fr-CA
out-of-domain | alexa quelle est la capitale mondiale de la motoneige | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du homard aux îles | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du nunavik | FB | fr-CA
out-of-domain | alexa quelle était la capitale de l'assiniboia | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la terre de rupert | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du mont-tremblant | FB | fr-CA
out-of-domain | alexa quelle est la capitale du liban du temps des phéniciens | FB | fr-CA
out-of-domain | alexa part la sécheuse dans vingt minutes | FB | fr-CA
out-of-domain | alexa mets la game du canadien à la radio | FB | fr-CA
out-of-domain | alexa combien de temps pour se rendre à kuujjuaq en avion | FB | fr-CA
out-of-domain | alexa c'est quoi la recette de la tire sur la neige | FB | fr-CA
out-of-domain | alexa ajoute des souvlakis à ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa joue du kaïn | FB | fr-CA
out-of-domain | alexa est-ce que le pont jacques-cartier est fermé | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la gaspésie-îles-de-la-madeleine | FB | fr-CA
out-of-domain | alexa c'est-tu vrai que kingston a été la capitale du canada | FB | fr-CA
out-of-domain | alexa quelle est la capitale du hockey junior | FB | fr-CA
out-of-domain | alexa c'est quoi une ville capitale nationale | FB | fr-CA
# --- more help, stop, cancel, launch in the speakers' own words
help | alexa ben dame j'y comprends rien explique | HELP
help | alexa askip tu connais les capitales comment je te demande | HELP
help | alexa vanakkam comment on utilise capitales du monde | HELP
help | alexa qu'est-ce qu'il faut dire pour le jeu des capitales | HELP
help | alexa ela alexa comment ça marche | HELP | fr-CA
help | alexa fait que je dis quoi astheure | HELP | fr-CA
help | alexa comment on demande une capitale de province | HELP | fr-CA
help | alexa c'est quoi qu'on peut te demander au juste | HELP | fr-CA
stop | alexa boudiou arrête-toi tout de suite | STOP
stop | alexa wesh ferme-la maintenant | STOP
stop | alexa ça joue tu peux t'arrêter | STOP
stop | alexa ben dame tais-toi | STOP
stop | alexa arrête capitales du monde | STOP
stop | alexa mets fin au jeu | STOP
stop | alexa quitte le jeu des capitales | STOP
stop | alexa ferme capitales du monde | STOP
stop | alexa arrête là c'est l'heure du bain | STOP
stop | alexa ferme ta boîte alexa | STOP | fr-CA
stop | alexa mautadit farme-la | STOP | fr-CA
stop | alexa arrête ça ela | STOP | fr-CA
stop | alexa c'est assez pour à soir | STOP | fr-CA
stop | alexa quitte capitales du monde astheure | STOP | fr-CA
stop | alexa yalla stop | STOP | fr-CA
stop | alexa sors du jeu | STOP | fr-CA
cancel | alexa ben dame laisse tomber | CANCEL
cancel | alexa askip c'est pas grave oublie | CANCEL
cancel | alexa dis une fois laisse tomber | CANCEL
cancel | alexa non pardon annule ce que j'ai demandé | CANCEL
cancel | alexa oublie la question de la petite | CANCEL
cancel | alexa boudiou non annule | CANCEL
cancel | alexa tant pis oublie | CANCEL
cancel | alexa laisse tomber on verra plus tard | CANCEL
cancel | alexa mautadit laisse faire | CANCEL | fr-CA
cancel | alexa fait que laisse faire | CANCEL | fr-CA
cancel | alexa oublie ça ela | CANCEL | fr-CA
cancel | alexa ah laisse faire je vais regarder dans l'atlas | CANCEL | fr-CA
cancel | alexa annule ça ma belle | CANCEL | fr-CA
cancel | alexa non laisse faire habibi | CANCEL | fr-CA
launch | alexa ben dame ouvre capitales du monde | LAUNCH
launch | alexa askip t'as un jeu capitales du monde lance-le | LAUNCH
launch | alexa lance capitales du monde pour mon contrôle | LAUNCH
launch | alexa ouvre capitales du monde pour la baby-sitter | LAUNCH
launch | alexa boudiou lance capitales du monde | LAUNCH
launch | alexa vas-y ouvre capitales du monde | LAUNCH
launch | alexa mautadit ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa fait que part capitales du monde | LAUNCH | fr-CA
launch | alexa ela ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa astheure lance capitales du monde | LAUNCH | fr-CA
# --- third batch: subdivisions and territories whose earlier lines were dropped, in the speakers' own words
metiers-fr | alexa je suis infirmière et on me propose un poste {} c'est quoi le chef-lieu | à la guadeloupe=GP; en guyane=GF; en martinique=MQ
metiers-fr | alexa le marin pêcheur de sète part travailler {} c'est quoi la capitale | aux îles åland=AX; au svalbard=SJ; en nouvelle-calédonie=NC
jeux-fr | alexa au petit bac à la lettre c il me faut la capitale {} | de curaçao=CW; d'aruba la petite île=AW; du sahara occidental=EH
bourguignons | alexa on vend notre crémant dans les états du brésil c'est quoi la capitale {} | de bahia=BR-BA; du ceará=BR-CE; du pará=BR-PA
tamouls | alexa mon cousin ingénieur travaille {} c'est quoi la capitale de cet état | dans l'andhra pradesh=IN-AP; au telangana=IN-TS; dans le territoire de delhi=IN-DL
ados-paris | alexa frérot la capitale {} c'est quoi j'ai un exposé | du mato grosso=BR-MT; de la thuringe=DE-TH; du yucatán au mexique=MX-YUC
anglais-dordogne | alexa my friend lives in chandigarh c'est la capitale {} | du territoire de chandigarh=IN-CH
"""

if __name__ == "__main__":
    build_round(45, "fr", LINES, sys.argv, "tests/Eval/fr/round45/source/build_corpus.py")
