"""Round 54, French (fr-FR, fr-CA): a new author's own mix, written blind in the sixty-second session (brief WRITER70.md),
for this session's tuner. About two fifths of the lines fr-CA.
Speakers and situations chosen apart from round 53 (no Berrichons, Aveyronnais, Ardéchois, Poitevins, Manceaux,
Orléanais, Angevins, Tarnais, Franco-Ivorian, Franco-Tunisian or Franco-Serbian families, Norwegian, Hungarian, Irish or
Egyptian learners, Jamésiens, Crees of Eeyou Istchee, Campivallensiens, Johannais, people of Hochelaga-Maisonneuve,
Acadiens of the Péninsule acadienne, Algerian, Rwandan, Burundian, Vietnamese or Salvadoran Montrealers, Sorelois;
none of round 53's jobs, school years, games or home situations), from round 52 (Gascons of the Gers, Vendéens,
Bourguignons, Champenois, Catalans of Perpignan, Tourangeaux, Franco-Armenian, Franco-Cameroonian or Franco-Cambodian
families, Dutch, Romanian, Greek or Thai learners, Lavallois and people of the Rive-Sud, Lanaudois, Charlevoisiens,
Maskoutains and Granbyens, people of Drummondville and Victoriaville, Laurentiens, Atikamekw, Greek or Peruvian
Montrealers, Acadiens of Nova Scotia, Fransaskois and Franco-Colombiens), from the groups round 52 lists as avoided from
round 51 (Basques, Auvergnats, Bordelais, Niçois, Lorrains, Savoyards, Picards, teenagers of the 93 and the 94,
Franco-Malian, Franco-Polish or Franco-Tamil families, Polynesians and Caledonians in the métropole, Guyanais and
Mahorais, Japanese, American, Polish or Syrian learners, Trifluviens and Mauriciens, Abitibiens, Bas-Laurentiens and
Côte-Nordiens, Estriens, Outaouais, people of Québec City and Lévis, Innus, Moroccan or Colombian Montrealers,
Franco-Albertains, Brayons), from round 50 (Alsaciens, Bretons, Normands, Marseillais, Ch'tis, Lyonnais, Toulousains,
Corses, Réunionnais, Antillais, Franco-Algerian, Franco-Portuguese, Franco-Vietnamese, Franco-Turkish or
Franco-Congolese families, British, Italian, Ukrainian or Korean learners, Acadiens of New Brunswick's south-east,
Franco-Ontariens, Saguenéens and Jeannois, Gaspésiens and Madelinots, Haitian Montrealers, Lebanese Montrealers,
Beaucerons, Franco-Manitobains, Anglo-Montrealers), from round 49 (Dauphinois, Limousins, Héraultais, Béarnais,
Ardennais, Franco-Senegalese, Franco-Russian or Franco-Comorian families, Chinese, Filipino, Afghan or Czech learners,
Franco-Terre-Neuviens, Franco-Nunavois, Fort McMurray workers, Filipino Montrealers, Guatemalan and Mexican farm
workers, Sephardic or Ahuntsic-Cartierville Montrealers) and from round 48 (Francs-Comtois, Ligériens, Charentais,
Périgourdins, Stéphanois, Saint-Pierrais, Franco-Brazilian, Franco-Spanish and Franco-Malagasy families, German,
Indian, Nigerian and Swedish learners, South-West Montrealers, Appalachians, Franco-Yukoners, Franco-Ténois, Cajuns,
Franco-Americans of New England, Acadians of Prince Edward Island, Punjabi and Iranian Montrealers); none of those
rounds' jobs, school years, games or home situations.
fr-FR speakers: Landais of Mont-de-Marsan and Dax ("adishatz", "hilh", the course landaise, the écarteurs, the
férias, the pins), Ariégeois of Foix and Saint-Girons ("adiu", the ours, the transhumance, the Montségur castle),
Lozériens of Mende and Marvejols ("la Lozère c'est pas le bout du monde", the Aubrac, the loups du Gévaudan),
Gardois of Nîmes and Alès ("pitchoun", "fan de chichourle", the arènes, the Pont du Gard, the brandade), Lotois of
Cahors and Figeac (the Malbec, Rocamadour, the Champollion museum), Mayennais of Laval and Château-Gontier ("c'est
pas pire", the Stade lavallois, the fromage d'Entrammes), Franco-Moroccan families of Mantes-la-Jolie ("zarma",
"hchouma", "bsahtek", the tajine, "khalti"), Franco-Guinean families of Évry ("wallahi", "tonton", the fonio, the
Syli national), Franco-Lao families of Lognes ("sabaidee", "khop chai", the Pi Mai, the laap) and learners (a Finnish
Erasmus student, a Kenyan marathon runner, an Austrian ski instructor, an Argentinian tango teacher: "kiitos",
"no niin", "asante", "pole pole", "servus", "oida", "che", "boludo" said kindly, article and gender errors).
fr-FR situations: work (a boulangère at four in the morning, a city bus driver at the terminus of line ten, an
ostréicultrice of the bassin d'Arcachon, a night nurse, a mover, a rural vet, a security guard), school (CE1
homework, the brevet of troisième, a licence de géographie, the CRPE), games and TV (Qui veut gagner des millions, an
escape game, Geoguessr, a family Christmas quiz) and home (a pot de départ, mushroom picking, a camping-car road trip,
the Rugby World Cup, a Scrabble evening).
fr-CA speakers: Inuit of Nunavik (Kuujjuaq, Salluit, Inukjuak: "nakurmiik", "ullaakkut", "ataata", the qamutiik, Air
Inuit), Wendat of Wendake ("kwe", the pow-wow, the Hôtel-Musée), Vaudreuillois of Vaudreuil-Dorion and Hudson (the
Lac des Deux Montagnes, the train de banlieue), French expats of the Plateau-Mont-Royal ("du coup", "c'est
chanmé", "la métropole", their PVT), Bengali Montrealers of Parc-Extension ("bhai", "accha", "apa", the cricket),
Chilean Montrealers ("po", "cachai", "la once", the cueca, la Roja) and Portneuvois of Saint-Raymond and
Donnacona (the rivière Sainte-Anne, the pont de Québec seen from afar).
fr-CA situations: work (an STM bus driver, a préposée aux bénéficiaires in a CHSLD, an Air Transat flight attendant, a
guide at the Vieux-Port, a dépanneur clerk, a garagiste changing tires), school (secondaire trois univers social, a
francisation class, an oral at the UQAM), games and TV (La Poule aux oeufs d'or, Le Cercle, a trivia night at a
microbrasserie) and home (the Saint-Jean-Baptiste, the Carnaval de Québec, a camping trip, a baby shower, a road trip to
Florida, Old Orchard).
Families per speaker group and situation, and the shared families (follow-up, plural-capitals, subdivision,
out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-53 are dropped.
Built by round12_hinl_corpus.py (build_round with round 54's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- shared: plural-capitals
plural-capitals | alexa dis-moi toutes les capitales {} d'un coup | de l'afrique du sud=ZA; des pays-bas=NL; de la malaisie=MY
plural-capitals | alexa combien de capitales {} et c'est lesquelles | a la bolivie=BO; a le bénin=BJ; a l'eswatini=SZ
plural-capitals | alexa j'ai lu que {} avait deux capitales tu me les dis | la côte d'ivoire=CI; le sri lanka=LK; la bolivie=BO
plural-capitals | alexa c'est quoi les trois capitales {} déjà | de l'afrique du sud=ZA; sud-africaines=ZA
plural-capitals | alexa les capitales officielles {} s'il te plaît | de la malaisie=MY; des pays-bas=NL; du bénin=BJ | fr-CA
plural-capitals | alexa mon prof dit que {} a deux capitales c'est quoi | la bolivie=BO; le swaziland=SZ; la malaisie=MY | fr-CA
plural-capitals | alexa donne-moi les deux capitales {} pis vite | du sri lanka=LK; de la côte d'ivoire=CI; des pays-bas=NL | fr-CA
plural-capitals | alexa pretoria le cap bloemfontein c'est bien les capitales de l'afrique du sud | ZA
plural-capitals | alexa adishatz c'est quoi les capitales de l'afrique du sud | ZA
plural-capitals | alexa les capitales de la bolivie pour mon devoir de licence | BO
plural-capitals | alexa sucre et la paz c'est les deux capitales de la bolivie | BO
plural-capitals | alexa amsterdam et la haye les deux capitales des pays-bas c'est ça | NL
plural-capitals | alexa dis-moi les capitales de la hollande | NL
plural-capitals | alexa kuala lumpur et putrajaya c'est les deux capitales de la malaisie | MY
plural-capitals | alexa les capitales de la malaisie pour geoguessr | MY
plural-capitals | alexa quelles sont les deux villes capitales du bénin | BJ
plural-capitals | alexa porto-novo et cotonou les capitales du bénin explique-moi | BJ
plural-capitals | alexa la côte d'ivoire elle a combien de capitales | CI
plural-capitals | alexa les capitales du sri lanka j'arrive jamais à les prononcer | LK
plural-capitals | alexa les deux capitales de l'eswatini mbabane et l'autre | SZ
plural-capitals | alexa les capitales du swaziland ça a changé de nom non | SZ
plural-capitals | alexa les trois capitales sud-africaines pour le quiz de noël | ZA
plural-capitals | alexa khop chai et les capitales de la malaisie c'est quoi | MY
plural-capitals | alexa les capitales de l'afrique du sud toutes les trois tabarnouche | ZA | fr-CA
plural-capitals | alexa nakurmiik c'est quoi les capitales de la bolivie | BO | fr-CA
plural-capitals | alexa les deux capitales des pays-bas pour mon examen d'univers social | NL | fr-CA
plural-capitals | alexa les capitales de la malaisie kuala lumpur pis l'autre c'est quoi | MY | fr-CA
plural-capitals | alexa c'est-tu vrai que le bénin a deux capitales | BJ | fr-CA
plural-capitals | alexa les capitales de la côte d'ivoire abidjan pis yamoussoukro | CI | fr-CA
plural-capitals | alexa les capitales du sri lanka cachai | LK | fr-CA
plural-capitals | alexa l'eswatini a-tu deux capitales | SZ | fr-CA
plural-capitals | alexa les capitales de l'afrique du sud bhai | ZA | fr-CA
plural-capitals | alexa les capitales de la bolivie po | BO | fr-CA
plural-capitals | alexa les capitales de la hollande du coup | NL | fr-CA
plural-capitals | alexa les capitales de la malaisie en anglais pis en français | MY | fr-CA
# --- shared: subdivision
subdivision | alexa c'est quoi la capitale {} | de la californie=US-CA; du texas=US-TX; de l'ontario=CA-ON
subdivision | alexa chef-lieu {} c'est quoi | des landes=FB; de l'ariège=FB; de la lozère=FB
subdivision | alexa la capitale de l'état {} | de la bavière=DE-BY; du queensland=AU-QLD; du jalisco=MX-JAL
subdivision | alexa la capitale provinciale {} | de la colombie-britannique=CA-BC; du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS | fr-CA
subdivision | alexa c'est quoi la capitale {} déjà | du nunavut=CA-NU; du yukon=CA-YT; des territoires du nord-ouest=CA-NT | fr-CA
subdivision | alexa la capitale {} pour le road trip | de la floride=US-FL; de la géorgie l'état américain=US-GA; de la caroline du sud=US-SC | fr-CA
subdivision | alexa la capitale du maine on va à old orchard | US-ME | fr-CA
subdivision | alexa la capitale du vermont c'est-tu burlington | US-VT | fr-CA
subdivision | alexa la capitale du new hampshire | US-NH | fr-CA
subdivision | alexa la capitale du nunavik | FB | fr-CA
subdivision | alexa la capitale de la montérégie | FB | fr-CA
subdivision | alexa la capitale de la saskatchewan c'est-tu saskatoon | CA-SK | fr-CA
subdivision | alexa la capitale de l'île-du-prince-édouard | CA-PE | fr-CA
subdivision | alexa la capitale du manitoba | CA-MB | fr-CA
subdivision | alexa la capitale de l'écosse | GB-SCT
subdivision | alexa la capitale du pays de galles pour la coupe du monde de rugby | GB-WLS
subdivision | alexa capitale de l'irlande du nord | GB-NIR
subdivision | alexa la capitale de l'andalousie | FB
subdivision | alexa la capitale de la catalogne | FB
subdivision | alexa la capitale de l'occitanie | FB
subdivision | alexa la capitale du pays basque | FB
subdivision | alexa la capitale de la tasmanie | AU-TAS
subdivision | alexa la capitale de la nouvelle-galles du sud c'est sydney | AU-NSW
subdivision | alexa la capitale du kerala | IN-KL
subdivision | alexa la capitale du bengale-occidental | IN-WB
subdivision | alexa la capitale du rajasthan | IN-RJ
subdivision | alexa la capitale de la bahia au brésil | BR-BA
subdivision | alexa la capitale de l'état de são paulo | BR-SP
subdivision | alexa la capitale du yucatán | MX-YUC
subdivision | alexa la capitale de la basse-californie | MX-BCN
subdivision | alexa la capitale de la saxe | DE-SN
subdivision | alexa la capitale de la rhénanie-du-nord-westphalie | DE-NW
subdivision | alexa la capitale de l'alaska | US-AK
subdivision | alexa la capitale de hawaï | US-HI
subdivision | alexa la capitale du nevada c'est pas las vegas | US-NV
subdivision | alexa la capitale de la louisiane | US-LA
subdivision | alexa la capitale de l'état de new york c'est pas new york | US-NY
subdivision | alexa la capitale de la sibérie | FB
subdivision | alexa la capitale du tyrol | FB
subdivision | alexa la capitale du bengale | FB
# --- shared: out-of-domain
out-of-domain | alexa quelle heure il est à santiago du chili | FB
out-of-domain | alexa la météo à mont-de-marsan demain | FB
out-of-domain | alexa mets un minuteur de vingt minutes pour la baguette | FB
out-of-domain | alexa combien d'habitants à kuala lumpur | FB
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa la capitale de l'afrique | FB
out-of-domain | alexa la capitale de l'asie | FB
out-of-domain | alexa la capitale de l'amérique du sud | FB
out-of-domain | alexa joue du malbec non joue de la musique argentine | FB
out-of-domain | alexa c'est quoi la plus grande ville du canada | FB
out-of-domain | alexa la capitale mondiale de la gastronomie | FB
out-of-domain | alexa la capitale de la mode | FB
out-of-domain | alexa la capitale du camembert | FB
out-of-domain | alexa mets france info | FB
out-of-domain | alexa ajoute du fonio à la liste de courses | FB
out-of-domain | alexa la température à kuujjuaq | FB | fr-CA
out-of-domain | alexa quelle heure il est à dhaka | FB | fr-CA
out-of-domain | alexa mets de la cueca | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | alexa quand ouvre le dépanneur | FB | fr-CA
out-of-domain | alexa rappelle-moi de changer mes pneus d'hiver | FB | fr-CA
out-of-domain | alexa c'est quoi la population de montréal | FB | fr-CA
out-of-domain | alexa combien de kilomètres entre montréal et old orchard | FB | fr-CA
out-of-domain | alexa mets radio-canada | FB | fr-CA
# --- shared: help
help | alexa demande à capitales du monde de m'aider | HELP
help | alexa je sais pas quoi demander à capitales du monde | HELP
help | alexa capitales du monde comment ça fonctionne ton truc | HELP
help | alexa aide-moi pitchoun veut jouer aux capitales | HELP
help | alexa qu'est-ce que je peux te demander sur les capitales | HELP
help | alexa tu sers à quoi exactement | HELP
help | alexa comment on joue | HELP
help | alexa explique-moi les règles s'il te plaît | HELP
help | alexa je comprends rien aide | HELP
help | alexa oida comment ça marche | HELP
help | alexa c'est quoi les commandes | HELP
help | alexa donne-moi des exemples de questions | HELP
help | alexa aide | HELP
help | alexa à l'aide je suis perdue | HELP
help | alexa comment je fais pour demander une capitale | HELP | fr-CA
help | alexa j'comprends pas comment ça marche ton affaire | HELP | fr-CA
help | alexa demande à capitales du monde qu'est-ce que je peux dire | HELP | fr-CA
help | alexa peux-tu m'expliquer comment ça marche | HELP | fr-CA
help | alexa aide-moi accha | HELP | fr-CA
help | alexa c'est quoi que je dois dire | HELP | fr-CA
help | alexa de l'aide svp | HELP | fr-CA
help | alexa j'ai besoin d'aide avec les capitales | HELP | fr-CA
help | alexa comment on s'en sert | HELP | fr-CA
# --- shared: stop
stop | alexa stop | STOP
stop | alexa arrête-toi là | STOP
stop | alexa ça suffit pour ce soir | STOP
stop | alexa bon on arrête le jeu | STOP
stop | alexa tais-toi pitchoun dort | STOP
stop | alexa c'est bon merci stop | STOP
stop | alexa termine capitales du monde | STOP
stop | alexa adiu on arrête | STOP
stop | alexa quitte | STOP
stop | alexa ferme le jeu des capitales | STOP
stop | alexa arrête tout | STOP
stop | alexa j'en ai marre stop | STOP
stop | alexa fin de la partie | STOP
stop | alexa arrête ça là | STOP | fr-CA
stop | alexa farme-toi | STOP | fr-CA
stop | alexa c'est assez | STOP | fr-CA
stop | alexa arrête capitales du monde | STOP | fr-CA
stop | alexa ok bye là | STOP | fr-CA
stop | alexa on a fini merci | STOP | fr-CA
stop | alexa nakurmiik c'est fini | STOP | fr-CA
stop | alexa arrête de parler | STOP | fr-CA
stop | alexa ferme ça | STOP | fr-CA
# --- shared: cancel
cancel | alexa annule | CANCEL
cancel | alexa annule ça | CANCEL
cancel | alexa non annule la question | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa annule zarma | CANCEL
cancel | alexa laisse béton | CANCEL
cancel | alexa non non annule | CANCEL
cancel | alexa je me suis trompé annule | CANCEL
cancel | alexa annule ma demande | CANCEL
cancel | alexa oublie ça pitchoun | CANCEL
cancel | alexa annulation | CANCEL
cancel | alexa annule kiitos | CANCEL
cancel | alexa oublie ça | CANCEL | fr-CA
cancel | alexa annule ça là | CANCEL | fr-CA
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa non laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa annule la dernière affaire | CANCEL | fr-CA
cancel | alexa oublie ma question | CANCEL | fr-CA
cancel | alexa annule po | CANCEL | fr-CA
cancel | alexa annule bhai | CANCEL | fr-CA
cancel | alexa pas grave annule | CANCEL | fr-CA
cancel | alexa cancelle ça | CANCEL | fr-CA
# --- shared: launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa capitales du monde | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa mets capitales du monde pour les enfants | LAUNCH
launch | alexa ouvre le jeu capitales du monde | LAUNCH
launch | alexa lance la skill capitales du monde | LAUNCH
launch | alexa adishatz ouvre capitales du monde | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa lance capitales du monde pour le quiz de noël | LAUNCH
launch | alexa ouvre-moi capitales du monde stp | LAUNCH
launch | alexa active capitales du monde | LAUNCH
launch | alexa démarre-moi capitales du monde | LAUNCH
launch | alexa on peut lancer capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde pour réviser le brevet | LAUNCH
launch | alexa lance capitales du monde s'il te plaît | LAUNCH
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde là | LAUNCH | fr-CA
launch | alexa démarre capitales du monde pour le cours | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour ma fille | LAUNCH | fr-CA
launch | alexa peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre l'application capitales du monde | LAUNCH | fr-CA
launch | alexa kwe ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa parte capitales du monde | LAUNCH | fr-CA
launch | alexa j'veux capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde accha | LAUNCH | fr-CA
launch | alexa lance le quiz capitales du monde | LAUNCH | fr-CA
launch | alexa on part capitales du monde | LAUNCH | fr-CA
launch | alexa mets capitales du monde dans le salon | LAUNCH | fr-CA
# --- shared: follow-up
follow-up | et {} alors | l'argentine=AR; l'uruguay=UY; le paraguay=PY
follow-up | et pour {} | la finlande=FI; l'autriche=AT; le kenya=KE
follow-up | et {} c'est quoi | le laos=LA; la thaïlande=TH; le cambodge=KH
follow-up | pis {} | le chili=CL; le pérou=PE; le bangladesh=BD | fr-CA
follow-up | pis {} d'abord | l'inde=IN; le népal=NP; le bhoutan=BT | fr-CA
follow-up | et la corée du nord | KP
follow-up | et la corée du sud | KR
follow-up | et la palestine | PS
follow-up | et le congo kinshasa | CD
follow-up | et le congo brazza | CG
follow-up | et le maroc du coup | MA
follow-up | et la guinée conakry | GN
follow-up | et l'estonie | EE
follow-up | et la lettonie tant qu'on y est | LV
follow-up | et la lituanie | LT
follow-up | pis la corée du nord | KP | fr-CA
follow-up | pis la palestine | PS | fr-CA
follow-up | pis le groenland | GL | fr-CA
follow-up | ok pis l'islande | IS | fr-CA
follow-up | pis la bolivie | BO | fr-CA
# --- shared: yes-no-check
yes-no-check | alexa est-ce que {} | rabat c'est la capitale du maroc=MA; conakry c'est la capitale de la guinée=GN; vientiane c'est la capitale du laos=LA
yes-no-check | alexa c'est vrai que {} | nairobi est la capitale du kenya=KE; vienne est la capitale de l'autriche=AT; helsinki est la capitale de la finlande=FI
yes-no-check | alexa c'est-tu vrai que {} | dhaka c'est la capitale du bangladesh=BD; santiago c'est la capitale du chili=CL; iqaluit c'est la capitale du nunavut=CA-NU | fr-CA
yes-no-check | alexa buenos aires c'est bien la capitale de l'argentine | AR
yes-no-check | alexa la capitale de la corée du sud c'est séoul oui ou non | KR
yes-no-check | alexa pyongyang c'est la capitale de la corée du nord hein | KP
yes-no-check | alexa ramallah est la capitale de la palestine | PS
yes-no-check | alexa brazzaville capitale du congo c'est juste | CG
yes-no-check | alexa kinshasa c'est la capitale de la rdc non | CD
yes-no-check | alexa la capitale de la nouvelle-zélande c'est auckland | NZ
yes-no-check | alexa sydney c'est pas la capitale de l'australie hein | AU
yes-no-check | alexa istanbul c'est la capitale de la turquie | TR
yes-no-check | alexa ottawa c'est-tu vraiment la capitale du canada | CA | fr-CA
yes-no-check | alexa la capitale de la corée du sud c'est-tu séoul | KR | fr-CA
yes-no-check | alexa toronto c'est la capitale de l'ontario right | CA-ON | fr-CA
yes-no-check | alexa la capitale du congo c'est-tu kinshasa | CD | fr-CA
yes-no-check | alexa lagos c'est-tu la capitale du nigeria | NG | fr-CA
# --- shared: self-correction
self-correction | alexa dis-moi la capitale de {} | l'autriche non pardon de l'australie=AU; la suède euh non la suisse=CH; l'islande non l'irlande=IE
self-correction | alexa c'est quoi la capitale de {} | la slovénie non la slovaquie=SK; la gambie attends la zambie=ZM; l'iran non l'irak=IQ
self-correction | alexa c'est quoi la capitale de {} là | la guinée non la guinée-bissau=GW; la corée du sud non du nord=KP; la mauritanie non l'île maurice=MU | fr-CA
self-correction | alexa la capitale du niger non du nigeria | NG
self-correction | alexa la capitale de la colombie euh je veux dire la bolivie | BO
self-correction | alexa la capitale du congo kinshasa non l'autre congo | CG
self-correction | alexa la capitale de la corée du nord pardon du sud | KR
self-correction | alexa la capitale de la lettonie non mince la lituanie | LT
self-correction | alexa la capitale du paraguay non de l'uruguay | UY
self-correction | alexa la capitale de la dominique non de la république dominicaine | DO
self-correction | alexa la capitale de israël non pardon de la palestine | PS
self-correction | alexa la capitale du malawi non du mali | ML
self-correction | alexa la capitale de la roumanie euh non la bulgarie | BG | fr-CA
self-correction | alexa la capitale de l'autriche voyons non l'allemagne | DE | fr-CA
self-correction | alexa la capitale du chili non du pérou | PE | fr-CA
self-correction | alexa la capitale du congo brazzaville non la rdc | CD | fr-CA
self-correction | alexa la capitale de la mongolie attends de la chine | CN | fr-CA
# --- shared: reverse-question
reverse-question | alexa {} c'est la capitale de quel pays | vientiane=CITY:Vientiane; conakry=CITY:Conakry; nairobi=CITY:Nairobi
reverse-question | alexa de quel pays {} est la capitale | helsinki=CITY:Helsinki; montevideo=CITY:Montevideo; asuncion=CITY:Asunción
reverse-question | alexa {} c'est-tu une capitale de quel pays | dhaka=CITY:Dhaka; santiago=CITY:Santiago; thimphou=CITY:Thimphu | fr-CA
reverse-question | alexa quel pays a rabat comme capitale | CITY:Rabat
reverse-question | alexa oulan-bator c'est où | CITY:Oulan-Bator
reverse-question | alexa pyongyang c'est la capitale de quoi | CITY:Pyongyang
reverse-question | alexa séoul c'est la capitale de quel pays | CITY:Séoul
reverse-question | alexa kinshasa capitale de quel pays | CITY:Kinshasa
reverse-question | alexa brazzaville c'est la capitale de où | CITY:Brazzaville
reverse-question | alexa ramallah c'est la capitale de quel pays | CITY:Ramallah
reverse-question | alexa de quel pays vienne est la capitale | CITY:Vienne
reverse-question | alexa windhoek c'est dans quel pays | CITY:Windhoek
reverse-question | alexa katmandou c'est la capitale de quel pays | CITY:Katmandou | fr-CA
reverse-question | alexa iqaluit c'est la capitale de quoi | CITY:Iqaluit | fr-CA
reverse-question | alexa quel pays a bichkek comme capitale | CITY:Bichkek | fr-CA
reverse-question | alexa la paz c'est la capitale de quoi | CITY:La Paz | fr-CA
# --- shared: official-name
official-name | alexa la capitale de {} | la république orientale de l'uruguay=UY; la république démocratique populaire lao=LA; la république de finlande=FI
official-name | alexa quelle est la capitale de {} | la république d'autriche=AT; la république du kenya=KE; la république argentine=AR
official-name | alexa la capitale de la république populaire démocratique de corée | KP
official-name | alexa la capitale de la république de corée | KR
official-name | alexa la capitale de l'état de palestine | PS
official-name | alexa la capitale de la république démocratique du congo | CD
official-name | alexa la capitale de la république du congo | CG
official-name | alexa la capitale du royaume du maroc | MA
official-name | alexa la capitale de l'état plurinational de bolivie | BO
official-name | alexa la capitale de la république populaire du bangladesh | BD | fr-CA
official-name | alexa la capitale de la république du chili | CL | fr-CA
official-name | alexa la capitale de la fédération de russie | RU | fr-CA
official-name | alexa la capitale du royaume des pays-bas | NL | fr-CA
official-name | alexa la capitale de la république fédérale démocratique du népal | NP | fr-CA
# --- shared: everyday-name
everyday-name | alexa la capitale de {} comme disait papi | la birmanie=MM; la perse=IR; ceylan=LK
everyday-name | alexa la capitale {} | de l'angleterre=GB-ENG; des states=US; du swaziland=SZ
everyday-name | alexa la capitale de la hollande | NL
everyday-name | alexa la capitale du zaïre | CD
everyday-name | alexa la capitale de la rdc | CD
everyday-name | alexa la capitale de la corée du nord la dictature là | KP
everyday-name | alexa la capitale des émirats | AE
everyday-name | alexa la capitale de la tchécoslovaquie | FB
everyday-name | alexa la capitale de la yougoslavie | FB
everyday-name | alexa la capitale de la rhodésie | ZW
everyday-name | alexa la capitale de la macédoine | MK
everyday-name | alexa la capitale des états | US | fr-CA
everyday-name | alexa la capitale du congo-brazzaville | CG | fr-CA
everyday-name | alexa la capitale du dahomey | BJ | fr-CA
everyday-name | alexa la capitale de la haute-volta | BF | fr-CA
# --- shared: shared-name
shared-name | alexa la capitale de la géorgie | GE
shared-name | alexa la capitale de la géorgie aux états-unis | US-GA
shared-name | alexa la capitale du congo | CD+CG
shared-name | alexa la capitale de la corée | KP+KR
shared-name | alexa la capitale de la guinée | GN
shared-name | alexa la capitale du soudan | SD
shared-name | alexa la capitale de la dominique | DM
shared-name | alexa la capitale de l'état de mexico | MX-MEX
shared-name | alexa la capitale de washington l'état | US-WA
shared-name | alexa la capitale du luxembourg | LU
shared-name | alexa la capitale de la géorgie le pays | GE | fr-CA
shared-name | alexa la capitale du congo l'autre | CG | fr-CA
shared-name | alexa la capitale du québec | CA-QC | fr-CA
shared-name | alexa la capitale du new york | US-NY | fr-CA
shared-name | alexa la capitale des deux corées | KP+KR | fr-CA
# --- landais
landais | alexa adishatz c'est quoi la capitale {} | de l'espagne=ES; du portugal=PT; de l'andorre=AD
landais | alexa hilh la capitale {} tu sais | de l'uruguay=UY; du mexique=MX; de cuba=CU
landais | alexa pour la féria de dax c'est quoi la capitale {} | du pérou=PE; de l'équateur=EC; du venezuela=VE
landais | alexa l'écarteur il vient {} c'est quoi la capitale | du portugal=PT; de colombie=CO; du costa rica=CR
landais | alexa la capitale {} pour le quine de la course landaise | de la belgique=BE; de la suisse=CH; du luxembourg=LU
landais | alexa dans les pins on se demandait la capitale {} | de la finlande=FI; de la suède=SE; de la norvège=NO
landais | alexa ma mamie de mont-de-marsan veut la capitale de la corée du sud | KR
landais | alexa la capitale de la palestine adishatz | PS
landais | alexa les vaches de course landaise ça vient d'espagne et la capitale de l'espagne c'est | ES
landais | alexa c'est quoi la capitale du nicaragua hilh | NI
landais | alexa la capitale du honduras pour le surfeur d'hossegor | HN
landais | alexa le surf à hossegor c'est quand | FB
landais | alexa la capitale des landes c'est mont-de-marsan | FB
landais | alexa quelle est la capitale du panama | PA
landais | alexa la capitale de la jamaïque pour le bodega | JM
# --- ariegeois
ariegeois | alexa adiu la capitale {} | de l'andorre=AD; de monaco=MC; de saint-marin=SM
ariegeois | alexa l'ours il vient de slovénie c'est quoi la capitale {} | de la slovénie=SI; de la croatie=HR; de la bosnie=BA
ariegeois | alexa pendant la transhumance on parle de la capitale {} | du kirghizistan=KG; de la mongolie=MN; du kazakhstan=KZ
ariegeois | alexa à foix on se demande c'est quoi la capitale {} | du monténégro=ME; de l'albanie=AL; de la macédoine du nord=MK
ariegeois | alexa la capitale du tadjikistan adiu | TJ
ariegeois | alexa la capitale du turkménistan | TM
ariegeois | alexa la capitale de l'ouzbékistan pour saint-girons | UZ
ariegeois | alexa les cathares de montségur ils allaient où | FB
ariegeois | alexa la capitale de la corée du nord adiu | KP
ariegeois | alexa la capitale du liechtenstein au-dessus des montagnes | LI
ariegeois | alexa l'ours de la vallée il est où | FB
ariegeois | alexa la capitale du népal pour mon voisin berger | NP
# --- lozeriens
lozeriens | alexa la lozère c'est pas le bout du monde mais c'est quoi la capitale {} | de la nouvelle-zélande=NZ; des fidji=FJ; des samoa=WS
lozeriens | alexa la bête du gévaudan elle venait {} non mais la capitale c'est quoi | d'afrique du sud=ZA; de l'inde=IN; du zimbabwe=ZW
lozeriens | alexa sur l'aubrac on se demandait la capitale {} | des tonga=TO; du vanuatu=VU; des îles salomon=SB
lozeriens | alexa les loups de marvejols ils viennent de pologne c'est quoi la capitale de la pologne | PL
lozeriens | alexa à mende on veut savoir la capitale de la papouasie-nouvelle-guinée | PG
lozeriens | alexa la capitale de la micronésie | FM
lozeriens | alexa la capitale des îles marshall | MH
lozeriens | alexa la capitale du palaos c'est quoi ce nom | PW
lozeriens | alexa la capitale de nauru | NR
lozeriens | alexa la capitale du tuvalu | TV
lozeriens | alexa la capitale de kiribati | KI
lozeriens | alexa c'est quoi la capitale de la lozère | FB
lozeriens | alexa combien de loups en lozère | FB
lozeriens | alexa la capitale du timor oriental | TL
# --- gardois
gardois | alexa fan de chichourle c'est quoi la capitale {} | de l'égypte=EG; de la libye=LY; du soudan du sud=SS
gardois | alexa pitchoun demande la capitale {} | de l'italie=IT; de la grèce=GR; de malte=MT
gardois | alexa aux arènes de nîmes on parlait de la capitale {} | de la turquie=TR; de chypre=CY; du liban=LB
gardois | alexa le pont du gard c'est les romains et la capitale {} c'est quoi | de la tunisie=TN; de l'algérie=DZ; de la jordanie=JO
gardois | alexa la brandade de nîmes c'est norvégien la morue non mais la capitale de la norvège | NO
gardois | alexa la capitale de la syrie pitchoun | SY
gardois | alexa la capitale de l'irak | IQ
gardois | alexa à alès on veut la capitale de la palestine | PS
gardois | alexa fan de chichourle la capitale de la rdc | CD
gardois | alexa la capitale d'israël | IL
gardois | alexa la feria de pentecôte c'est quand | FB
gardois | alexa la capitale des cévennes | FB
gardois | alexa la capitale de l'arabie saoudite pitchoun | SA
# --- lotois
lotois | alexa le malbec de cahors vient d'argentine c'est quoi la capitale {} | de l'argentine=AR; du chili=CL; de la bolivie=BO
lotois | alexa champollion il a déchiffré les hiéroglyphes c'est quoi la capitale {} | de l'égypte aujourd'hui=EG; du soudan=SD; de l'éthiopie=ET
lotois | alexa à figeac on se demande la capitale {} | de l'érythrée=ER; de djibouti=DJ; de la somalie=SO
lotois | alexa à rocamadour un touriste demande la capitale {} | du brésil=BR; du guatemala=GT; du belize=BZ
lotois | alexa la capitale de l'afrique du sud pour le malbec sud-africain | ZA
lotois | alexa la capitale du congo brazzaville | CG
lotois | alexa la capitale du yémen | YE
lotois | alexa la capitale d'oman | OM
lotois | alexa le marché de cahors c'est le mercredi | FB
lotois | alexa la capitale du lot | FB
lotois | alexa la capitale du qatar pour les touristes de rocamadour | QA
# --- mayennais
mayennais | alexa c'est pas pire mais c'est quoi la capitale {} | de la lettonie=LV; de l'estonie=EE; de la lituanie=LT
mayennais | alexa à laval on se demande la capitale {} | de la biélorussie=BY; de la moldavie=MD; de l'ukraine=UA
mayennais | alexa le stade lavallois joue contre qui et la capitale {} | de la roumanie=RO; de la hongrie=HU; de la bulgarie=BG
mayennais | alexa à château-gontier ils veulent la capitale {} | du danemark=DK; de l'islande=IS; de l'irlande=IE
mayennais | alexa le fromage d'entrammes c'est des moines et la capitale du vatican c'est | VA
mayennais | alexa la capitale de la serbie c'est pas pire comme question | RS
mayennais | alexa la capitale du kosovo | XK
mayennais | alexa la capitale de la tchéquie | CZ
mayennais | alexa la capitale de la slovaquie | SK
mayennais | alexa la capitale de la corée du sud pour la mayenne | KR
mayennais | alexa le score du stade lavallois | FB
mayennais | alexa la capitale de la mayenne c'est laval | FB
# --- franco-marocains
franco-marocains | alexa zarma tu connais la capitale {} | du maroc=MA; de la mauritanie=MR; du sénégal=SN
franco-marocains | alexa khalti veut savoir la capitale {} | de l'arabie saoudite=SA; des émirats arabes unis=AE; du koweït=KW
franco-marocains | alexa pour le tajine de ce soir dis-moi la capitale {} | du bahreïn=BH; du qatar=QA; de la jordanie=JO
franco-marocains | alexa hchouma je sais pas la capitale {} | de la palestine=PS; de l'algérie=DZ; de la tunisie=TN
franco-marocains | alexa bsahtek mais c'est quoi la capitale du maroc rabat ou casa | MA
franco-marocains | alexa la capitale de la corée du nord zarma | KP
franco-marocains | alexa ma cousine à mantes-la-jolie demande la capitale de la libye | LY
franco-marocains | alexa la capitale du sahara occidental | EH
franco-marocains | alexa la capitale de l'égypte khalti | EG
franco-marocains | alexa mets du raï marocain | FB
franco-marocains | alexa c'est quand l'aïd | FB
franco-marocains | alexa la capitale du maghreb | FB
franco-marocains | alexa la capitale de la république du congo bsahtek | CG
# --- franco-guineens
franco-guineens | alexa wallahi c'est quoi la capitale {} | de la guinée=GN; de la sierra leone=SL; du libéria=LR
franco-guineens | alexa tonton demande la capitale {} | de la guinée-bissau=GW; de la gambie=GM; du mali=ML
franco-guineens | alexa à évry on veut savoir la capitale {} | de la côte d'ivoire=CI; du burkina faso=BF; du ghana=GH
franco-guineens | alexa le syli national joue contre {} c'est quoi la capitale | le togo=TG; le bénin=BJ; le niger=NE
franco-guineens | alexa la capitale de la guinée équatoriale c'est pas conakry wallahi | GQ
franco-guineens | alexa la capitale du cap-vert | CV
franco-guineens | alexa la capitale du nigeria tonton dit lagos | NG
franco-guineens | alexa la capitale du congo kinshasa wallahi | CD
franco-guineens | alexa la capitale du cameroun | CM
franco-guineens | alexa la recette du fonio | FB
franco-guineens | alexa le match du syli national | FB
franco-guineens | alexa la capitale du tchad | TD
franco-guineens | alexa la capitale de la centrafrique | CF
# --- franco-lao
franco-lao | alexa sabaidee c'est quoi la capitale {} | du laos=LA; du viêt nam=VN; de la birmanie=MM
franco-lao | alexa khop chai la capitale {} | de la thaïlande=TH; du cambodge=KH; de la malaisie=MY
franco-lao | alexa pour le pi mai ma grand-mère demande la capitale {} | de singapour=SG; de l'indonésie=ID; des philippines=PH
franco-lao | alexa à lognes on se demande la capitale {} | du brunei=BN; du timor-leste=TL; de taïwan=TW
franco-lao | alexa la capitale du laos c'est vientiane ou luang prabang | LA
franco-lao | alexa la capitale de la corée du sud sabaidee | KR
franco-lao | alexa la capitale de la corée du nord khop chai | KP
franco-lao | alexa la capitale de la chine | CN
franco-lao | alexa la capitale du japon pour mon neveu | JP
franco-lao | alexa la recette du laap | FB
franco-lao | alexa c'est quand le nouvel an lao | FB
franco-lao | alexa la capitale du myanmar | MM
# --- apprenants
apprenants | alexa kiitos et c'est quoi la capitale {} | de le finlande=FI; de la estonie=EE; de le suède=SE
apprenants | alexa no niin je veux le capitale {} | de la russie=RU; de le norvège=NO; de la lettonie=LV
apprenants | alexa asante c'est quoi capitale {} | de kenya=KE; de tanzanie=TZ; de ouganda=UG
apprenants | alexa pole pole s'il te plaît le capitale {} | de éthiopie=ET; de rwanda=RW; de burundi=BI
apprenants | alexa servus c'est quoi la capitale {} | de l'autriche=AT; de la allemagne=DE; de le liechtenstein=LI
apprenants | alexa oida le capitale {} | de la hongrie=HU; de le tchéquie=CZ; de la slovénie=SI
apprenants | alexa che c'est quoi la capitale {} | de la argentine=AR; de le paraguay=PY; de le uruguay=UY
apprenants | alexa boludo je cherche le capitale {} | de le chili=CL; de le brésil=BR; de la bolivie=BO
apprenants | alexa pardon je suis étudiante finlandaise la capitale de le corée du sud | KR
apprenants | alexa je cours le marathon de paris mais la capitale de kenya c'est nairobi oui | KE
apprenants | alexa je suis moniteur de ski autrichien la capitale de la suisse c'est zurich | CH
apprenants | alexa le tango c'est buenos aires mais le capitale de argentine aussi | AR
apprenants | alexa asante la capitale de le congo brazzaville | CG
apprenants | alexa servus le capitale de le corée du nord | KP
apprenants | alexa comment on dit kiitos en français | FB
apprenants | alexa traduis che boludo | FB
apprenants | alexa la capitale de le palestine s'il te plaît | PS
apprenants | alexa la capitale de le soudan du sud | SS
# --- travail-fr
travail-fr | alexa il est quatre heures je pétris et je veux la capitale {} | de l'autriche pour les viennoiseries=AT; de la turquie=TR; de la géorgie=GE
travail-fr | alexa entre deux fournées la capitale {} | du danemark=DK; de la pologne=PL; de la hongrie=HU
travail-fr | alexa au terminus de la ligne dix la capitale {} | du brésil=BR; de l'inde=IN; de la chine=CN
travail-fr | alexa je suis chauffeur de bus et un passager demande la capitale {} | de l'irlande=IE; du portugal=PT; de la grèce=GR
travail-fr | alexa sur les parcs à huîtres on se demande la capitale {} | du japon=JP; de la corée du sud=KR; de la nouvelle-zélande=NZ
travail-fr | alexa à marée basse dis-moi la capitale {} | du canada=CA; de l'australie=AU; des états-unis=US
travail-fr | alexa pendant la garde de nuit la capitale {} | de l'iran=IR; du pakistan=PK; de l'afghanistan=AF
travail-fr | alexa la patiente de la chambre douze demande la capitale {} | de l'arménie=AM; de l'azerbaïdjan=AZ; de la géorgie=GE
travail-fr | alexa on déménage un client qui part vivre {} c'est quoi la capitale | au mozambique=MZ; en angola=AO; en namibie=NA
travail-fr | alexa le camion part pour {} la capitale c'est quoi | la belgique=BE; les pays-bas=NL; le luxembourg=LU
travail-fr | alexa chez l'éleveur de vaches on parlait de la capitale {} | de l'uruguay=UY; du botswana=BW; du lesotho=LS
travail-fr | alexa entre deux vêlages la capitale {} | de l'eswatini=SZ; du malawi=MW; de la zambie=ZM
travail-fr | alexa pendant ma ronde de vigile la capitale {} | de la corée du nord=KP; du congo brazzaville=CG; de la rdc=CD
travail-fr | alexa je suis au poste de sécurité c'est quoi la capitale de madagascar | MG
travail-fr | alexa la capitale des comores pour la collègue | KM
travail-fr | alexa la capitale de maurice | MU
travail-fr | alexa la capitale des seychelles | SC
travail-fr | alexa la capitale des maldives | MV
travail-fr | alexa mets un réveil à trois heures et demie | FB
travail-fr | alexa les horaires des marées à arcachon | FB
travail-fr | alexa combien de temps pour une pâte feuilletée | FB
travail-fr | alexa le prix du gazole | FB
# --- ecole-fr
ecole-fr | alexa maman dit de demander la capitale {} pour les devoirs de ce un | de la france=FR; de l'italie=IT; de l'espagne=ES
ecole-fr | alexa pour le brevet de troisième la capitale {} | du royaume-uni=GB; de l'allemagne=DE; de la russie=RU
ecole-fr | alexa révision du brevet c'est quoi la capitale {} | de l'union européenne=FB; de l'ukraine=UA; de la biélorussie=BY
ecole-fr | alexa pour mon td de licence la capitale {} | du nigeria=NG; de l'éthiopie=ET; du kazakhstan=KZ
ecole-fr | alexa pour le partiel de géo la capitale {} | du myanmar=MM; de la côte d'ivoire=CI; de la tanzanie=TZ
ecole-fr | alexa pour le crpe il faut connaître la capitale {} | de la suède=SE; de la finlande=FI; de l'estonie=EE
ecole-fr | alexa je révise le concours de prof des écoles la capitale {} | du sénégal=SN; du mali=ML; du burkina=BF
ecole-fr | alexa la maîtresse a dit la capitale de la palestine | PS
ecole-fr | alexa pour le brevet les deux corées c'est séoul et quoi la capitale de la corée du nord | KP
ecole-fr | alexa la capitale de la corée du sud pour l'exposé | KR
ecole-fr | alexa ma fille en ce un veut la capitale du guyana | GY
ecole-fr | alexa la capitale du suriname pour le td | SR
ecole-fr | alexa la capitale de haïti pour l'exposé | HT
ecole-fr | alexa quand c'est les résultats du brevet | FB
ecole-fr | alexa combien font sept fois huit | FB
ecole-fr | alexa c'est quoi la capitale de la guadeloupe | GP
ecole-fr | alexa la capitale de la martinique pour la maîtresse | MQ
# --- jeux-fr
jeux-fr | alexa question à mille euros la capitale {} | de l'australie=AU; du canada=CA; de la turquie=TR
jeux-fr | alexa je demande l'avis du public la capitale {} | du nigeria=NG; du brésil=BR; de la suisse=CH
jeux-fr | alexa pour le cinquante-cinquante la capitale {} c'est quoi | du kazakhstan=KZ; du myanmar=MM; de la tanzanie=TZ
jeux-fr | alexa l'énigme de l'escape game c'est la capitale {} | de l'islande=IS; de la mongolie=MN; du bhoutan=BT
jeux-fr | alexa le cadenas a le code de la capitale {} | du pérou=PE; du népal=NP; de l'égypte=EG
jeux-fr | alexa sur geoguessr je suis dans un pays avec des panneaux cyrilliques la capitale {} | de la bulgarie=BG; de la serbie=RS; de la macédoine du nord=MK
jeux-fr | alexa geoguessr me met {} c'est quoi la capitale | au sri lanka=LK; au bangladesh=BD; au ghana=GH
jeux-fr | alexa pour le quiz de noël en famille la capitale {} | de la jamaïque=JM; de trinité-et-tobago=TT; de la barbade=BB
jeux-fr | alexa tonton au quiz de noël demande la capitale {} | des bahamas=BS; de la grenade=GD; de sainte-lucie=LC
jeux-fr | alexa joker la capitale de saint-vincent-et-les-grenadines | VC
jeux-fr | alexa la capitale de saint-christophe-et-niévès pour le quiz | KN
jeux-fr | alexa question à un million la capitale d'antigua-et-barbuda | AG
jeux-fr | alexa la capitale de la dominique pour geoguessr | DM
jeux-fr | alexa la capitale de la corée du nord pour l'escape game | KP
jeux-fr | alexa geoguessr c'est quoi ce pays avec des drapeaux rouges | FB
jeux-fr | alexa lance qui veut gagner des millions | FB
jeux-fr | alexa donne-moi un indice pour l'escape game | FB
# --- maison-fr
maison-fr | alexa pour le pot de départ de jacqueline qui part {} c'est quoi la capitale | au québec=CA-QC; en nouvelle-calédonie=NC; en polynésie=PF
maison-fr | alexa le collègue part en retraite {} la capitale c'est | au portugal=PT; au maroc=MA; en thaïlande=TH
maison-fr | alexa aux champignons on a croisé des touristes {} la capitale c'est quoi | de lituanie=LT; de slovaquie=SK; de roumanie=RO
maison-fr | alexa en camping-car on passe par {} c'est quoi la capitale | la croatie=HR; le monténégro=ME; l'albanie=AL
maison-fr | alexa le road trip continue {} quelle est la capitale | en bosnie=BA; en slovénie=SI; en hongrie=HU
maison-fr | alexa pour la coupe du monde de rugby la capitale {} | des fidji=FJ; des samoa=WS; des tonga=TO
maison-fr | alexa le xv de france joue contre {} c'est quoi la capitale | la namibie=NA; l'uruguay=UY; l'afrique du sud=ZA
maison-fr | alexa au scrabble j'ai posé un mot c'est quoi la capitale {} | du tchad=TD; du togo=TG; du niger=NE
maison-fr | alexa la capitale de la géorgie pour le match de rugby | GE
maison-fr | alexa la capitale de l'afrique du sud pour le rugby pretoria ou le cap | ZA
maison-fr | alexa au scrabble est-ce que oslo ça compte | FB
maison-fr | alexa le score du xv de france | FB
maison-fr | alexa les cèpes c'est comestible | FB
maison-fr | alexa la capitale de la moldavie pour les voisins | MD
maison-fr | alexa la capitale de la république centrafricaine | CF
maison-fr | alexa combien de kilomètres jusqu'à dubrovnik | FB
# --- inuit-nunavik
inuit-nunavik | alexa ullaakkut c'est quoi la capitale {} | du groenland=GL; de l'islande=IS; du danemark=DK | fr-CA
inuit-nunavik | alexa nakurmiik pis la capitale {} | de la norvège=NO; de la finlande=FI; de la russie=RU | fr-CA
inuit-nunavik | alexa à kuujjuaq on se demande la capitale {} | du nunavut=CA-NU; de l'alaska=US-AK; du yukon=CA-YT | fr-CA
inuit-nunavik | alexa ataata veut savoir la capitale {} | du canada=CA; des états-unis=US; du mexique=MX | fr-CA
inuit-nunavik | alexa dans l'avion d'air inuit la capitale {} | de la suède=SE; de l'estonie=EE; de la lettonie=LV | fr-CA
inuit-nunavik | alexa la capitale de la corée du sud ullaakkut | KR | fr-CA
inuit-nunavik | alexa à salluit mon fils demande la capitale de la corée du nord | KP | fr-CA
inuit-nunavik | alexa la capitale de la mongolie nakurmiik | MN | fr-CA
inuit-nunavik | alexa la capitale du kazakhstan | KZ | fr-CA
inuit-nunavik | alexa la météo à inukjuak | FB | fr-CA
inuit-nunavik | alexa le prochain vol d'air inuit | FB | fr-CA
inuit-nunavik | alexa la capitale du nunavik c'est-tu kuujjuaq | FB | fr-CA
inuit-nunavik | alexa la capitale de la palestine ataata | PS | fr-CA
# --- wendat
wendat | alexa kwe c'est quoi la capitale {} | de la france=FR; de l'angleterre=GB-ENG; de l'écosse=GB-SCT | fr-CA
wendat | alexa au pow-wow de wendake un danseur vient {} c'est quoi la capitale | du mexique=MX; du guatemala=GT; du pérou=PE | fr-CA
wendat | alexa à l'hôtel-musée un touriste demande la capitale {} | de la belgique=BE; de l'allemagne=DE; de la suisse=CH | fr-CA
wendat | alexa kwe la capitale {} | de l'équateur=EC; de la bolivie=BO; du paraguay=PY | fr-CA
wendat | alexa la capitale de la nouvelle-zélande pour les maoris | NZ | fr-CA
wendat | alexa la capitale de l'australie kwe | AU | fr-CA
wendat | alexa la capitale du congo brazzaville pour le visiteur | CG | fr-CA
wendat | alexa c'est quand le pow-wow de wendake | FB | fr-CA
wendat | alexa la capitale de la nation wendat | FB | fr-CA
wendat | alexa la capitale de la corée du sud kwe | KR | fr-CA
wendat | alexa la capitale de la rdc pour ma tante | CD | fr-CA
# --- vaudreuillois
vaudreuillois | alexa dans le train de banlieue c'est quoi la capitale {} | de l'italie=IT; de l'espagne=ES; du portugal=PT | fr-CA
vaudreuillois | alexa au bord du lac des deux montagnes la capitale {} | de la grèce=GR; de la turquie=TR; de chypre=CY | fr-CA
vaudreuillois | alexa à hudson on se demande la capitale {} | de l'irlande=IE; du royaume-uni=GB; du pays de galles=GB-WLS | fr-CA
vaudreuillois | alexa le train est en retard encore pis la capitale {} c'est quoi | de la pologne=PL; de la tchéquie=CZ; de l'autriche=AT | fr-CA
vaudreuillois | alexa la capitale de l'ontario on est quasiment dessus | CA-ON | fr-CA
vaudreuillois | alexa la capitale de la corée du nord coudonc | KP | fr-CA
vaudreuillois | alexa la capitale de la palestine pour mon chum | PS | fr-CA
vaudreuillois | alexa l'horaire du train de vaudreuil | FB | fr-CA
vaudreuillois | alexa la capitale de la croatie | HR | fr-CA
vaudreuillois | alexa c'est quoi la capitale de vaudreuil-soulanges | FB | fr-CA
vaudreuillois | alexa la capitale de l'ukraine | UA | fr-CA
# --- expats-plateau
expats-plateau | alexa du coup c'est quoi la capitale {} | de la colombie-britannique=CA-BC; de l'alberta=CA-AB; du manitoba=CA-MB | fr-CA
expats-plateau | alexa pour mon pvt je dois savoir la capitale {} | de la nouvelle-écosse=CA-NS; de terre-neuve=CA-NL; de la saskatchewan=CA-SK | fr-CA
expats-plateau | alexa c'est chanmé mais c'est quoi la capitale {} | du québec=CA-QC; du canada=CA; de l'ontario=CA-ON | fr-CA
expats-plateau | alexa en métropole on dit la capitale {} c'est quoi ici | de la belgique=BE; de la suisse=CH; du luxembourg=LU | fr-CA
expats-plateau | alexa du coup la capitale de la corée du sud | KR | fr-CA
expats-plateau | alexa ma coloc demande la capitale de la corée du nord | KP | fr-CA
expats-plateau | alexa la capitale du congo kinshasa du coup | CD | fr-CA
expats-plateau | alexa la capitale de monaco c'est chanmé comme question | MC | fr-CA
expats-plateau | alexa où acheter une baguette sur le plateau | FB | fr-CA
expats-plateau | alexa combien coûte un billet pour paris | FB | fr-CA
expats-plateau | alexa la capitale de la france en fait c'est paris ou versailles | FR | fr-CA
expats-plateau | alexa la capitale du plateau-mont-royal | FB | fr-CA
# --- bengalis-parcex
bengalis-parcex | alexa bhai c'est quoi la capitale {} | du bangladesh=BD; de l'inde=IN; du pakistan=PK | fr-CA
bengalis-parcex | alexa apa demande la capitale {} | du népal=NP; du bhoutan=BT; des maldives=MV | fr-CA
bengalis-parcex | alexa pour le cricket c'est quoi la capitale {} | de l'afghanistan=AF; du zimbabwe=ZW; de l'australie=AU | fr-CA
bengalis-parcex | alexa accha la capitale {} | du sri lanka=LK; de la birmanie=MM; de la thaïlande=TH | fr-CA
bengalis-parcex | alexa à parc-extension on veut la capitale {} | de l'état indien du bengale occidental=IN-WB; du bengale-occidental=IN-WB; de l'assam=IN-AS | fr-CA
bengalis-parcex | alexa la capitale du bangladesh c'est dacca ou dhaka | BD | fr-CA
bengalis-parcex | alexa la capitale de la corée du sud bhai | KR | fr-CA
bengalis-parcex | alexa la capitale de la palestine accha | PS | fr-CA
bengalis-parcex | alexa le score du match de cricket | FB | fr-CA
bengalis-parcex | alexa la capitale de l'arabie saoudite pour apa | SA | fr-CA
bengalis-parcex | alexa la capitale de la malaisie bhai mon cousin est là-bas | MY | fr-CA
bengalis-parcex | alexa mets de la musique bengali | FB | fr-CA
bengalis-parcex | alexa la capitale des émirats pour mon oncle à dubaï | AE | fr-CA
# --- chiliens-mtl
chiliens-mtl | alexa cachai c'est quoi la capitale {} | du chili=CL; de l'argentine=AR; du pérou=PE | fr-CA
chiliens-mtl | alexa pour la once ma mère demande la capitale {} | de la bolivie=BO; de l'uruguay=UY; du paraguay=PY | fr-CA
chiliens-mtl | alexa la capitale {} po | de la colombie=CO; du venezuela=VE; de l'équateur=EC | fr-CA
chiliens-mtl | alexa pour danser la cueca il faut savoir la capitale {} | de cuba=CU; de la république dominicaine=DO; du panama=PA | fr-CA
chiliens-mtl | alexa la capitale du salvador cachai | SV | fr-CA
chiliens-mtl | alexa la capitale du costa rica po | CR | fr-CA
chiliens-mtl | alexa la capitale du honduras | HN | fr-CA
chiliens-mtl | alexa la capitale du nicaragua po | NI | fr-CA
chiliens-mtl | alexa la capitale de l'île de pâques | FB | fr-CA
chiliens-mtl | alexa le match de la roja | FB | fr-CA
chiliens-mtl | alexa la capitale de la corée du nord cachai | KP | fr-CA
chiliens-mtl | alexa la capitale du guatemala c'est guatemala pour vrai | GT | fr-CA
# --- portneuvois
portneuvois | alexa le long de la rivière sainte-anne on se demande la capitale {} | de la belgique=BE; de la france=FR; de l'italie=IT | fr-CA
portneuvois | alexa à saint-raymond on veut la capitale {} | du japon=JP; de la chine=CN; de la corée du sud=KR | fr-CA
portneuvois | alexa mon beau-frère de donnacona demande la capitale {} | de l'alberta=CA-AB; de terre-neuve-et-labrador=CA-NL; du nouveau-brunswick=CA-NB | fr-CA
portneuvois | alexa la capitale de la corée du nord pour le beau-frère | KP | fr-CA
portneuvois | alexa la capitale de l'afrique du sud pour mon voyage | ZA | fr-CA
portneuvois | alexa la capitale du québec c'est québec hein pas montréal | CA-QC | fr-CA
portneuvois | alexa la capitale de portneuf | FB | fr-CA
portneuvois | alexa le pont de québec est-tu ouvert | FB | fr-CA
portneuvois | alexa la capitale de la palestine | PS | fr-CA
portneuvois | alexa la capitale du congo brazzaville | CG | fr-CA
# --- travail-qc
travail-qc | alexa au terminus du cinquante-cinq un passager me demande la capitale {} | de la jamaïque=JM; d'haïti=HT; de la barbade=BB | fr-CA
travail-qc | alexa je chauffe l'autobus de la stm pis je veux la capitale {} | du liban=LB; de la syrie=SY; de l'irak=IQ | fr-CA
travail-qc | alexa au chsld madame tremblay demande la capitale {} | de l'italie=IT; de la grèce=GR; du portugal=PT | fr-CA
travail-qc | alexa la préposée veut savoir la capitale {} pour le bingo des résidents | de la france=FR; de l'irlande=IE; de l'écosse=GB-SCT | fr-CA
travail-qc | alexa on atterrit {} c'est quoi la capitale déjà | en république dominicaine=DO; à cuba=CU; au mexique=MX | fr-CA
travail-qc | alexa pour l'annonce de bord la capitale {} | du costa rica=CR; de la jamaïque=JM; du panama=PA | fr-CA
travail-qc | alexa je guide au vieux-port des touristes {} c'est quoi leur capitale | de corée du sud=KR; d'allemagne=DE; du japon=JP | fr-CA
travail-qc | alexa au dépanneur un client demande la capitale {} | de l'algérie=DZ; de la tunisie=TN; du maroc=MA | fr-CA
travail-qc | alexa au garage entre deux changements de pneus la capitale {} | de la suède=SE; de la finlande=FI; de la norvège=NO | fr-CA
travail-qc | alexa le client du garage vient {} c'est quoi la capitale | d'ukraine=UA; de moldavie=MD; de roumanie=RO | fr-CA
travail-qc | alexa la capitale de la corée du nord pour le touriste | KP | fr-CA
travail-qc | alexa la capitale de la rdc pour madame au chsld | CD | fr-CA
travail-qc | alexa la capitale de la palestine pour le client du dépanneur | PS | fr-CA
travail-qc | alexa la capitale du congo brazzaville pour l'agente de bord | CG | fr-CA
travail-qc | alexa la capitale de sainte-lucie pour l'escale | LC | fr-CA
travail-qc | alexa la capitale de la grenade pour le vol de demain | GD | fr-CA
travail-qc | alexa le prix de la loto six quarante-neuf | FB | fr-CA
travail-qc | alexa c'est quoi le code pour les pneus d'hiver | FB | fr-CA
travail-qc | alexa le trafic sur le pont champlain | FB | fr-CA
travail-qc | alexa l'heure à punta cana | FB | fr-CA
# --- ecole-qc
ecole-qc | alexa pour mon cours d'univers social en secondaire trois la capitale {} | de la grande-bretagne=GB; de l'espagne=ES; des pays-bas=NL | fr-CA
ecole-qc | alexa pour l'examen d'univers social c'est quoi la capitale {} | de la nouvelle-france=FB; du bas-canada=FB; du canada=CA | fr-CA
ecole-qc | alexa au cours de francisation la prof demande la capitale {} | de la syrie=SY; de l'érythrée=ER; de l'afghanistan=AF | fr-CA
ecole-qc | alexa en francisation je viens {} c'est quoi la capitale | du soudan=SD; de la somalie=SO; du yémen=YE | fr-CA
ecole-qc | alexa pour mon oral à l'uqam la capitale {} | du kenya=KE; de l'ouganda=UG; de la tanzanie=TZ | fr-CA
ecole-qc | alexa mon travail de session à l'uqam porte sur {} c'est quoi la capitale | le rwanda=RW; le burundi=BI; le soudan du sud=SS | fr-CA
ecole-qc | alexa la capitale de la corée du sud pour l'oral | KR | fr-CA
ecole-qc | alexa la capitale de la corée du nord pour le travail de session | KP | fr-CA
ecole-qc | alexa la capitale de la palestine pour le cours de francisation | PS | fr-CA
ecole-qc | alexa la capitale de la malaisie en secondaire trois on dit kuala lumpur | MY | fr-CA
ecole-qc | alexa c'est quand la semaine de relâche | FB | fr-CA
ecole-qc | alexa la capitale de l'empire ottoman | FB | fr-CA
ecole-qc | alexa la capitale de l'éthiopie pour la prof | ET | fr-CA
ecole-qc | alexa la capitale de l'iran pour ma voisine de classe | IR | fr-CA
ecole-qc | alexa la capitale de l'eswatini pour l'oral | SZ | fr-CA
# --- jeux-qc
jeux-qc | alexa à la poule aux oeufs d'or la question c'est la capitale {} | de l'autriche=AT; de la hongrie=HU; de la belgique=BE | fr-CA
jeux-qc | alexa pour le cercle c'est quoi la capitale {} | de l'argentine=AR; de la colombie=CO; du vietnam=VN | fr-CA
jeux-qc | alexa au trivia de la microbrasserie la capitale {} | de l'australie=AU; de la nouvelle-zélande=NZ; des philippines=PH | fr-CA
jeux-qc | alexa l'équipe du trivia se chicane sur la capitale {} | de la turquie=TR; de la suisse=CH; du brésil=BR | fr-CA
jeux-qc | alexa pour gagner la poule aux oeufs d'or la capitale {} | du cameroun=CM; du gabon=GA; de la guinée=GN | fr-CA
jeux-qc | alexa au trivia la dernière question c'est la capitale {} | du liberia=LR; de la sierra leone=SL; de la gambie=GM | fr-CA
jeux-qc | alexa la capitale de la corée du sud pour le trivia | KR | fr-CA
jeux-qc | alexa la capitale de la rdc pour gagner la bière | CD | fr-CA
jeux-qc | alexa la capitale du congo-brazza au trivia | CG | fr-CA
jeux-qc | alexa la capitale de la corée du nord pour le cercle | KP | fr-CA
jeux-qc | alexa la capitale de la palestine au trivia | PS | fr-CA
jeux-qc | alexa c'est quand la poule aux oeufs d'or | FB | fr-CA
jeux-qc | alexa qui a gagné le trivia la semaine passée | FB | fr-CA
jeux-qc | alexa la capitale de la bière au québec | FB | fr-CA
jeux-qc | alexa la capitale de la guinée équatoriale au trivia | GQ | fr-CA
jeux-qc | alexa la capitale de djibouti pour le cercle | DJ | fr-CA
# --- maison-qc
maison-qc | alexa pour la saint-jean-baptiste c'est quoi la capitale {} | du québec=CA-QC; de la france=FR; de l'acadie=FB | fr-CA
maison-qc | alexa au carnaval de québec un touriste vient {} c'est quoi la capitale | de la chine=CN; de l'inde=IN; du brésil=BR | fr-CA
maison-qc | alexa au camping on se demande la capitale {} | de l'ohio=US-OH; de la pennsylvanie=US-PA; du michigan=US-MI | fr-CA
maison-qc | alexa en route pour la floride c'est quoi la capitale {} | de la caroline du nord=US-NC; de la virginie=US-VA; du maryland=US-MD | fr-CA
maison-qc | alexa au shower de bébé on joue aux capitales la capitale {} | de la norvège=NO; de la lituanie=LT; de l'islande=IS | fr-CA
maison-qc | alexa le bébé va s'appeler {} comme la capitale c'est quoi le pays | sofia=CITY:Sofia; victoria=CITY:Victoria; lima=CITY:Lima | fr-CA
maison-qc | alexa à old orchard on parle de la capitale {} | du massachusetts=US-MA; du connecticut=US-CT; du rhode island=US-RI | fr-CA
maison-qc | alexa la capitale de la corée du sud pour le shower | KR | fr-CA
maison-qc | alexa la capitale de la corée du nord au camping | KP | fr-CA
maison-qc | alexa la capitale de la palestine au carnaval | PS | fr-CA
maison-qc | alexa la capitale de la floride c'est-tu miami | US-FL | fr-CA
maison-qc | alexa la météo à old orchard beach | FB | fr-CA
maison-qc | alexa combien d'heures de route jusqu'à fort lauderdale | FB | fr-CA
maison-qc | alexa mets gens du pays | FB | fr-CA
maison-qc | alexa la capitale de bonhomme carnaval | FB | fr-CA
maison-qc | alexa la capitale de la géorgie on passe par atlanta | US-GA | fr-CA
# --- more shared: cancel
cancel | alexa annule la question sur le gabon | CANCEL
cancel | alexa adishatz annule tout ça | CANCEL
cancel | alexa adiu non annule je me suis trompée de pays | CANCEL
cancel | alexa fan de chichourle annule | CANCEL
cancel | alexa c'est pas pire mais annule | CANCEL
cancel | alexa hchouma annule ma question | CANCEL
cancel | alexa wallahi annule | CANCEL
cancel | alexa sabaidee annule s'il te plaît | CANCEL
cancel | alexa servus annule bitte non annule | CANCEL
cancel | alexa non la boulangère a dit n'importe quoi annule | CANCEL
cancel | alexa annule la question du quiz de noël | CANCEL
cancel | alexa annule c'était pour l'escape game | CANCEL
cancel | alexa annule pitchoun a parlé par-dessus | CANCEL
cancel | alexa laisse tomber la question sur la moldavie | CANCEL
cancel | alexa annule ullaakkut | CANCEL | fr-CA
cancel | alexa kwe annule ça | CANCEL | fr-CA
cancel | alexa annule cachai | CANCEL | fr-CA
cancel | alexa annule accha c'était pas ça | CANCEL | fr-CA
cancel | alexa du coup annule | CANCEL | fr-CA
cancel | alexa laisse faire la question madame tremblay a changé d'idée | CANCEL | fr-CA
cancel | alexa annule la question du trivia | CANCEL | fr-CA
cancel | alexa non non laisse faire la capitale | CANCEL | fr-CA
cancel | alexa annule pour le cercle | CANCEL | fr-CA
cancel | alexa oublie la question du shower | CANCEL | fr-CA
# --- more shared: stop
stop | alexa adishatz on arrête là | STOP
stop | alexa fan de chichourle arrête | STOP
stop | alexa c'est pas pire on arrête les capitales | STOP
stop | alexa zarma arrête | STOP
stop | alexa wallahi stop | STOP
stop | alexa khop chai on arrête | STOP
stop | alexa kiitos stop maintenant | STOP
stop | alexa stop la pâte va lever | STOP
stop | alexa arrête les capitales on passe à table | STOP
stop | alexa arrête le quiz de noël | STOP
stop | alexa stop les huîtres attendent | STOP
stop | alexa stop je reprends mon bus | STOP
stop | alexa arrête capitales du monde le brevet c'est fini | STOP
stop | alexa ullaakkut arrête | STOP | fr-CA
stop | alexa kwe c'est assez | STOP | fr-CA
stop | alexa stop po | STOP | fr-CA
stop | alexa bhai arrête | STOP | fr-CA
stop | alexa du coup on arrête | STOP | fr-CA
stop | alexa arrête les capitales le train arrive | STOP | fr-CA
stop | alexa stop le trivia est fini | STOP | fr-CA
stop | alexa arrête ça madame tremblay dort | STOP | fr-CA
stop | alexa ferme capitales du monde on part pour la floride | STOP | fr-CA
# --- more shared: help
help | alexa adishatz aide-moi avec capitales du monde | HELP
help | alexa adiu comment ça marche les capitales | HELP
help | alexa fan de chichourle j'y comprends rien aide-moi | HELP
help | alexa zarma c'est comment qu'on demande une capitale | HELP
help | alexa wallahi je sais pas quoi dire aide | HELP
help | alexa sabaidee comment on utilise capitales du monde | HELP
help | alexa kiitos mais je ne comprends pas aide s'il vous plaît | HELP
help | alexa aide-moi pour le quiz de noël comment ça marche | HELP
help | alexa ullaakkut aide-moi | HELP | fr-CA
help | alexa kwe comment ça marche capitales du monde | HELP | fr-CA
help | alexa cachai pas comment ça marche aide | HELP | fr-CA
help | alexa bhai aide-moi avec le jeu | HELP | fr-CA
help | alexa du coup c'est quoi les règles | HELP | fr-CA
# --- more shared: launch
launch | alexa adishatz lance capitales du monde | LAUNCH
launch | alexa adiu ouvre capitales du monde | LAUNCH
launch | alexa fan de chichourle lance capitales du monde | LAUNCH
launch | alexa zarma ouvre capitales du monde | LAUNCH
launch | alexa wallahi lance capitales du monde pour tonton | LAUNCH
launch | alexa sabaidee ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde pour la garde de nuit | LAUNCH
launch | alexa ouvre capitales du monde pour le crpe | LAUNCH
launch | alexa lance capitales du monde on révise le brevet | LAUNCH
launch | alexa kiitos ouvre capitales du monde s'il vous plaît | LAUNCH
launch | alexa ullaakkut ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa cachai ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa bhai lance capitales du monde | LAUNCH | fr-CA
launch | alexa du coup lance capitales du monde | LAUNCH | fr-CA
launch | alexa part capitales du monde pour le trivia | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour madame tremblay | LAUNCH | fr-CA
# --- more shared: out-of-domain
out-of-domain | alexa c'est quand la prochaine course landaise à dax | FB
out-of-domain | alexa adishatz mets de la musique gasconne | FB
out-of-domain | alexa la distance entre mont-de-marsan et hossegor | FB
out-of-domain | alexa il fait combien à foix | FB
out-of-domain | alexa adiu raconte-moi une blague sur les ours | FB
out-of-domain | alexa la route pour mende par l'autoroute | FB
out-of-domain | alexa combien de vaches d'aubrac en france | FB
out-of-domain | alexa l'histoire de la bête du gévaudan | FB
out-of-domain | alexa fan de chichourle il pleut à nîmes | FB
out-of-domain | alexa la recette de la brandade de morue | FB
out-of-domain | alexa les horaires du musée champollion | FB
out-of-domain | alexa quel vin avec le cahors | FB
out-of-domain | alexa mets un minuteur de trois heures pour le tajine | FB
out-of-domain | alexa zarma c'est quoi la plus grande ville du maroc | FB
out-of-domain | alexa combien d'habitants à conakry | FB
out-of-domain | alexa wallahi c'est qui le président de la guinée | FB
out-of-domain | alexa sabaidee traduis merci en lao | FB
out-of-domain | alexa quelle heure il est à vientiane | FB
out-of-domain | alexa la monnaie du laos | FB
out-of-domain | alexa kiitos quel temps fait-il à helsinki | FB
out-of-domain | alexa le record du monde du marathon | FB
out-of-domain | alexa servus la neige à innsbruck | FB
out-of-domain | alexa mets un tango de piazzolla | FB
out-of-domain | alexa rappelle-moi de sortir les croissants à six heures | FB
out-of-domain | alexa la marée haute au cap ferret | FB
out-of-domain | alexa c'est quoi la langue officielle du bénin | FB
out-of-domain | alexa quelle est la plus grande capitale d'afrique | FB
out-of-domain | alexa quelle capitale est la plus haute du monde | FB
out-of-domain | alexa quel pays a le plus de capitales | FB
out-of-domain | alexa le drapeau de la bolivie il est de quelle couleur | FB
out-of-domain | alexa la monnaie de la malaisie | FB
out-of-domain | alexa c'est quoi la langue des pays-bas | FB
out-of-domain | alexa qui a gagné la coupe du monde de rugby | FB
out-of-domain | alexa l'indicatif téléphonique de la corée du sud | FB
out-of-domain | alexa le fuseau horaire de séoul | FB
out-of-domain | alexa les résultats du loto | FB
out-of-domain | alexa le prochain train pour bordeaux | FB
out-of-domain | alexa lis-moi mes notifications | FB
out-of-domain | alexa baisse le volume pitchoun dort | FB
out-of-domain | alexa c'est quoi la capitale du monde du fromage | FB
out-of-domain | alexa la capitale européenne de la culture cette année | FB
out-of-domain | alexa quelle est la capitale de la bretagne | FB
out-of-domain | alexa la capitale de la lune | FB
out-of-domain | alexa la capitale de mars la planète | FB
out-of-domain | alexa ullaakkut la météo à salluit | FB | fr-CA
out-of-domain | alexa combien coûte un billet d'air inuit pour montréal | FB | fr-CA
out-of-domain | alexa kwe mets de la musique autochtone | FB | fr-CA
out-of-domain | alexa l'horaire de l'autobus à wendake | FB | fr-CA
out-of-domain | alexa le niveau du lac des deux montagnes | FB | fr-CA
out-of-domain | alexa du coup il fait combien dehors | FB | fr-CA
out-of-domain | alexa comment renouveler mon pvt | FB | fr-CA
out-of-domain | alexa bhai le score du bangladesh au cricket | FB | fr-CA
out-of-domain | alexa quelle heure il est à santiago | FB | fr-CA
out-of-domain | alexa cachai mets de la musique de violeta parra | FB | fr-CA
out-of-domain | alexa la recette des empanadas | FB | fr-CA
out-of-domain | alexa le trafic sur la quarante | FB | fr-CA
out-of-domain | alexa l'heure du bingo au chsld | FB | fr-CA
out-of-domain | alexa l'état du vol air transat pour cancún | FB | fr-CA
out-of-domain | alexa ajoute du lait à la liste du dépanneur | FB | fr-CA
out-of-domain | alexa combien coûte un changement de pneus | FB | fr-CA
out-of-domain | alexa c'est quand le carnaval de québec | FB | fr-CA
out-of-domain | alexa mets la radio de la saint-jean | FB | fr-CA
out-of-domain | alexa quelle est la plus grande ville du bangladesh | FB | fr-CA
out-of-domain | alexa c'est quoi la monnaie du chili | FB | fr-CA
out-of-domain | alexa combien d'habitants au nunavik | FB | fr-CA
out-of-domain | alexa la capitale mondiale de la poutine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'amérique du nord | FB | fr-CA
out-of-domain | alexa la capitale de l'océanie | FB | fr-CA
out-of-domain | alexa joue le cercle | FB | fr-CA
out-of-domain | alexa réveille-moi à cinq heures pour l'autobus | FB | fr-CA
# --- missing countries
mayennais | alexa la capitale de sao tomé-et-principe c'est pas pire comme nom | ST
franco-guineens | alexa tonton a un ami de sao tomé c'est quoi la capitale | ST
apprenants | alexa le capitale de são tomé s'il vous plaît | ST | fr-CA
lozeriens | alexa à marvejols on se demande la capitale de la micronésie | FM
lozeriens | alexa la capitale des îles marshall vue de l'aubrac | MH
travail-qc | alexa un passager de l'autobus vient de micronésie c'est quoi la capitale | FM | fr-CA
travail-qc | alexa la capitale des îles marshall pour l'agente de bord | MH | fr-CA
franco-marocains | alexa khalti part à mascate c'est bien la capitale d'oman | OM
bengalis-parcex | alexa la capitale du sultanat d'oman bhai | OM | fr-CA
franco-guineens | alexa la capitale de la république centrafricaine tonton | CF
ecole-qc | alexa la capitale de la centrafrique pour le travail de session | CF | fr-CA
franco-guineens | alexa la capitale du cap-vert wallahi | CV
maison-qc | alexa au camping un couple du cap-vert demande leur capitale | CV | fr-CA
# --- more shared families
official-name | alexa la capitale de la république fédérale d'allemagne pour le brevet | DE
official-name | alexa la capitale du royaume de suède adishatz | SE
official-name | alexa la capitale de la république islamique d'iran | IR
official-name | alexa la capitale de la république arabe d'égypte | EG
official-name | alexa la capitale du royaume hachémite de jordanie | JO
official-name | alexa la capitale de la république socialiste du viêt nam sabaidee | VN
official-name | alexa la capitale de la république de guinée wallahi | GN
official-name | alexa la capitale de la confédération suisse servus | CH
official-name | alexa la capitale de la république de l'union du myanmar | MM | fr-CA
official-name | alexa la capitale des états-unis mexicains | MX | fr-CA
official-name | alexa la capitale de la république islamique du pakistan bhai | PK | fr-CA
official-name | alexa la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB | fr-CA
official-name | alexa la capitale de la république coopérative du guyana | GY | fr-CA
everyday-name | alexa la capitale de la birmanie khop chai | MM
everyday-name | alexa la capitale du siam | TH
everyday-name | alexa la capitale de l'urss | FB
everyday-name | alexa la capitale de la grande-bretagne pour la coupe de rugby | GB
everyday-name | alexa la capitale de la tchéquie ou de la république tchèque je sais plus | CZ
everyday-name | alexa la capitale de la biélorussie ou bélarus | BY
everyday-name | alexa la capitale des amériques non des états-unis | US
everyday-name | alexa la capitale de la hollande cachai | NL | fr-CA
everyday-name | alexa la capitale du timor-est | TL | fr-CA
everyday-name | alexa la capitale de la perse pour apa | IR | fr-CA
everyday-name | alexa la capitale de l'oural | FB | fr-CA
everyday-name | alexa la capitale du kampuchéa | KH | fr-CA
shared-name | alexa la capitale de la guinée tout court | GN
shared-name | alexa la capitale de la géorgie pays du caucase | GE
shared-name | alexa la capitale du congo wallahi celui de brazzaville | CG
shared-name | alexa la capitale du soudan pas celui du sud | SD
shared-name | alexa la capitale des samoa | WS
shared-name | alexa la capitale de la corée tout court | KP+KR
shared-name | alexa la capitale de la guinée celle de conakry | GN | fr-CA
shared-name | alexa la capitale de la géorgie l'état de atlanta | US-GA | fr-CA
shared-name | alexa la capitale du congo bhai | CD+CG | fr-CA
shared-name | alexa la capitale de la dominique l'île | DM | fr-CA
reverse-question | alexa tachkent c'est la capitale de quel pays pour geoguessr | CITY:Tachkent
reverse-question | alexa dans quel pays se trouve la capitale tbilissi | CITY:Tbilissi
reverse-question | alexa mascate c'est la capitale d'où | CITY:Mascate
reverse-question | alexa achgabat c'est quel pays | CITY:Achgabat
reverse-question | alexa quelle nation a pour capitale lomé | CITY:Lomé
reverse-question | alexa honiara c'est la capitale de quel pays au scrabble | CITY:Honiara
reverse-question | alexa quel pays a douchanbé pour capitale | CITY:Douchanbé
reverse-question | alexa nuuk c'est la capitale de quoi ullaakkut | CITY:Nuuk | fr-CA
reverse-question | alexa managua c'est la capitale de quel pays po | CITY:Managua | fr-CA
reverse-question | alexa whitehorse c'est la capitale de quoi | CITY:Whitehorse | fr-CA
reverse-question | alexa de quel pays accra est la capitale | CITY:Accra | fr-CA
reverse-question | alexa quel pays a gitega comme capitale | CITY:Gitega | fr-CA
follow-up | et l'ouzbékistan adiu | UZ
follow-up | et le soudan du sud alors | SS
follow-up | et la corée du nord tant qu'on y est | KP
follow-up | et la palestine zarma | PS
follow-up | et le congo de brazzaville | CG
follow-up | et la rdc aussi | CD
follow-up | pis le congo kinshasa | CD | fr-CA
follow-up | pis la corée du sud ullaakkut | KR | fr-CA
follow-up | pis l'équateur po | EC | fr-CA
follow-up | pis le congo brazzaville | CG | fr-CA
# --- more own families
lotois | alexa le vin de cahors se vend en chine c'est quoi la capitale de la chine | CN
lotois | alexa le musée champollion accueille des coréens c'est quoi la capitale de la corée du sud | KR
lotois | alexa à figeac un pèlerin vient de lituanie c'est quoi la capitale | LT
lotois | alexa sur le chemin de saint-jacques un pèlerin coréen du nord ça existe la capitale | KP
lotois | alexa la capitale de la palestine pour le vigneron | PS
portneuvois | alexa la capitale du nouveau-brunswick pour mon chum de saint-raymond | CA-NB | fr-CA
portneuvois | alexa à donnacona on veut la capitale de la nouvelle-écosse | CA-NS | fr-CA
portneuvois | alexa la capitale de l'île-du-prince-édouard pour les vacances | CA-PE | fr-CA
portneuvois | alexa sur la rivière sainte-anne on jase de la capitale du manitoba | CA-MB | fr-CA
portneuvois | alexa la capitale de la corée du sud pour ma fille de saint-raymond | KR | fr-CA
portneuvois | alexa la capitale de la rdc pour le souper | CD | fr-CA
out-of-domain | alexa le taux de change du dirham | FB
out-of-domain | alexa combien de pays en afrique | FB
jeux-fr | alexa quelle est la capitale de l'antarctique pour le quiz | AQ
out-of-domain | alexa combien de capitales en europe | FB
out-of-domain | alexa c'est quoi le pays le plus petit du monde | FB
out-of-domain | alexa quel fleuve passe à vienne | FB
out-of-domain | alexa quel est l'hymne de la lozère | FB
out-of-domain | alexa mets les infos régionales | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa combien de kilomètres de paris à laval | FB
out-of-domain | alexa quel âge a la tour eiffel | FB
out-of-domain | alexa les pharmacies de garde à évry | FB
out-of-domain | alexa les horaires de la piscine de lognes | FB
out-of-domain | alexa c'est quand le ramadan | FB
out-of-domain | alexa le programme télé de ce soir | FB
out-of-domain | alexa qui a écrit le petit prince | FB
out-of-domain | alexa c'est quoi la capitale du rock | FB
out-of-domain | alexa quelle heure il est à kuujjuaq | FB | fr-CA
out-of-domain | alexa combien coûte le traversier de québec | FB | fr-CA
out-of-domain | alexa mets des chansons de noël québécoises | FB | fr-CA
out-of-domain | alexa la liste des dépanneurs ouverts | FB | fr-CA
out-of-domain | alexa c'est quoi le plus long fleuve du canada | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa la population du chili | FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre du québec | FB | fr-CA
out-of-domain | alexa les feux de la saint-jean c'est où | FB | fr-CA
out-of-domain | alexa la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa le taux de change du dollar américain | FB | fr-CA
out-of-domain | alexa combien de temps cuire une dinde | FB | fr-CA
# --- more out-of-domain
out-of-domain | alexa adishatz c'est quand les fêtes de la madeleine | FB
out-of-domain | alexa le prix des huîtres d'arcachon au kilo | FB
out-of-domain | alexa la route la plus courte pour l'andorre | FB
out-of-domain | alexa combien d'ours dans les pyrénées | FB
out-of-domain | alexa khalti demande la météo à casablanca | FB
out-of-domain | alexa traduis bsahtek en français | FB
out-of-domain | alexa tonton veut écouter la radio guinéenne | FB
out-of-domain | alexa quelle est la montagne la plus haute d'autriche | FB
out-of-domain | alexa joue l'hymne de la finlande | FB
out-of-domain | alexa le temps de cuisson des haricots tarbais | FB
out-of-domain | alexa combien de mots au scrabble avec un z | FB
out-of-domain | alexa le prochain bus ligne dix | FB
out-of-domain | alexa quand est-ce que la nuit tombe | FB
out-of-domain | alexa quelle est la capitale du vin | FB
out-of-domain | alexa ullaakkut c'est quand la pêche à l'omble | FB | fr-CA
out-of-domain | alexa kwe raconte-moi l'histoire des wendats | FB | fr-CA
out-of-domain | alexa bhai commande du biryani | FB | fr-CA
out-of-domain | alexa la once c'est à quelle heure au chili | FB | fr-CA
out-of-domain | alexa du coup il neige demain | FB | fr-CA
out-of-domain | alexa l'horaire du train exo pour hudson | FB | fr-CA
out-of-domain | alexa combien de résidents dans un chsld | FB | fr-CA
out-of-domain | alexa quelle est la meilleure plage à old orchard | FB | fr-CA
out-of-domain | alexa rappelle-moi l'oral de jeudi | FB | fr-CA
out-of-domain | alexa c'est quoi la devise du québec | FB | fr-CA
out-of-domain | alexa mets la poule aux oeufs d'or | FB | fr-CA
"""

if __name__ == "__main__":
    build_round(54, "fr", LINES, sys.argv, "tests/Eval/fr/round54/source/build_corpus.py")
