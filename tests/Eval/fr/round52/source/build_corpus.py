"""Round 52, French (fr-FR, fr-CA): a new author's own mix, written blind in the sixtieth session (brief WRITER67.md),
for this session's tuner. About two fifths of the lines fr-CA.
Speakers and situations chosen apart from round 51 (no Basques, Auvergnats, Bordelais, Niçois, Lorrains, Savoyards,
Picards, teenagers of the 93 and the 94, Franco-Malian, Franco-Polish or Franco-Tamil families, Polynesians and
Caledonians in the métropole, Guyanais and Mahorais, Japanese, American, Polish or Syrian learners, Trifluviens and
Mauriciens, Abitibiens, Bas-Laurentiens and Côte-Nordiens, Estriens, Outaouais, people of Québec City and Lévis, Innus,
Moroccan or Colombian Montrealers, Franco-Albertains, Brayons; none of round 51's jobs, school years, games or home
situations), from the groups round 51 lists as avoided from round 50 (Alsaciens, Bretons, Normands, Marseillais,
Ch'tis, Lyonnais, Toulousains, Corses, Réunionnais, Antillais, Franco-Algerian, Franco-Portuguese, Franco-Vietnamese,
Franco-Turkish or Franco-Congolese families, British, Italian, Ukrainian or Korean learners, Acadiens of New
Brunswick's south-east, Franco-Ontariens, Saguenéens and Jeannois, Gaspésiens and Madelinots, Haitian Montrealers,
Lebanese Montrealers, Beaucerons, Franco-Manitobains, Anglo-Montrealers; none of round 50's jobs, school years, games
or home situations), from round 49 (Dauphinois, Limousins, Héraultais, Béarnais, Ardennais, Franco-Senegalese,
Franco-Russian or Franco-Comorian families, Chinese, Filipino, Afghan or Czech learners, Franco-Terre-Neuviens,
Franco-Nunavois, Fort McMurray workers, Filipino Montrealers, Guatemalan and Mexican farm workers, Sephardic or
Ahuntsic-Cartierville Montrealers; none of round 49's jobs, school years, games or home situations) and from round 48
(Francs-Comtois, Ligériens, Charentais, Périgourdins, Stéphanois, Saint-Pierrais, Franco-Brazilian, Franco-Spanish and
Franco-Malagasy families, German, Indian, Nigerian and Swedish learners, South-West Montrealers, Appalachians,
Franco-Yukoners, Franco-Ténois, Cajuns, Franco-Americans of New England, Acadians of Prince Edward Island, Punjabi and
Iranian Montrealers).
fr-FR speakers: Gascons of the Gers (Auch, Condom, Marciac, Samatan: "adishatz", "macarel", "hilh", the garbure, the
bandas, jazz in Marciac, the marché au gras), Vendéens (La Roche-sur-Yon, Les Sables-d'Olonne, Noirmoutier: "o l'est",
"ferme ta goule", the mogettes, the Puy du Fou, the Vendée Globe), Bourguignons of Dijon, Beaune and Mâcon ("ça pique",
the moutarde, the gougères, the Hospices de Beaune wine sale), Champenois of Reims, Épernay and Troyes ("une coupe de
champ'", the caves, the Stade de Reims, the cathedral), Catalans of Perpignan and Collioure ("escolta", "adéu",
"bonica", the sardane, the USAP), Tourangeaux of Tours, Amboise and Chinon (the châteaux, the rillettes, "the best
French", the Loire à vélo), Franco-Armenian families of Alfortville and Valence ("barev", "jan", "aman",
"shnorhakalutyun", the lahmajoun), Franco-Cameroonian families ("on dit quoi", "mola", "mon frère", "ndem", the ndolé,
the Lions indomptables, the tantine's pagne), Franco-Cambodian families of the 13e ("bong", "oun", "ot panyaha", the
Khmer new year) and learners (a Dutch retiree in the Lot, a Romanian carer, a Greek Erasmus student, a Thai student:
"hoor", "nee", "da", "bine", "ne", "kha", "nai khrap", article and gender errors).
fr-FR situations: work (a boulanger on the four o'clock batch, an SNCF contrôleur in the TGV, a night-shift nurse, a
vet, a taxi driver at Orly, a museum guide at Orsay, a gendarme, a caviste, a hairdresser back from holiday, a maraude
volunteer, a night-flight steward), school (CE2, the carte muette of cinquième, seconde, the bac oral, the exposé,
first-year géographie at the fac), games and TV (Questions pour un champion, Qui veut gagner des millions, Des chiffres
et des lettres, the petit bac, Risk, an escape game, Trivial Pursuit on Sunday) and home (the Christmas dinner, a
camping-car trip, grandparents with the grandchildren, Eurovision night, the World Cup, honeymoon planning, mots
fléchés, the calendrier de l'avent, a service civique abroad).
fr-CA speakers: Lavallois and people of the Rive-Sud (Longueuil, Brossard: "genre", "full", "c'est chill", "pogné
dans le trafic", the pont Champlain, the REM, the Centropolis), Lanaudois of Joliette and Rawdon ("en tabarnouche",
"mautadit", the Festival de Lanaudière, the lakes), Charlevoisiens of Baie-Saint-Paul, La Malbaie and the
Isle-aux-Coudres ("ben du fun", the casino, the Cirque, the traversier), Maskoutains and Granbyens ("pas pire", the
farm, the zoo de Granby, the agricultural fair), people of Drummondville and Victoriaville ("ça a pas d'allure", the
Mondial des cultures, the Festival de la poutine), Laurentiens of Saint-Jérôme and Mont-Tremblant ("c'est tiguidou",
the chalet, the P'tit Train du Nord, the ski instructors), Atikamekw of Manawan, Wemotaci and Opitciwan ("kwei",
"mikwetc", "nokom", the pow-wow, the Nitaskinan), Greek Montrealers of Parc-Extension ("yia sou", "ela", "re",
"yiayia", the Greek parade), Peruvian Montrealers of Saint-Michel ("pe", "causa", "chamba", the ceviche), Acadiens of
Nova Scotia's Baie Sainte-Marie and Chéticamp ("j'avons", "je sais point", "icitte", the rappie pie, the Festival
acadien de Clare) and Fransaskois and Franco-Colombiens (Gravelbourg, Maillardville: the prairie, the wheat, "de
l'autre bord des Rocheuses").
fr-CA situations: work (a customs officer at Lacolle, a préposée in a CHSLD, a school-bus driver, a Tim Hortons
barista, a plumber, an air traffic controller at Dorval), school (troisième année, secondaire deux, UQAM geography, a
récupération period, the dictée PGL, a team project), games and TV (La Poule aux oeufs d'or, Le Banquier,
Scattergories, a pub quiz) and home (the Saint-Jean, the réveillon, a road trip to Ogunquit, the VR trip south, kids at
the chalet, the Coupe Grey, a cruise in the Caribbean).
Families per speaker group and situation, and the shared families (follow-up, plural-capitals, subdivision,
out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-51 are dropped.
Built by round12_hinl_corpus.py (build_round with round 52's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- shared: plural-capitals
plural-capitals | alexa c'est quoi les capitales {} | de l'afrique du sud=ZA; de la bolivie=BO; des pays-bas=NL
plural-capitals | alexa quelles sont les deux capitales {} | de la malaisie=MY; du bénin=BJ; de la côte d'ivoire=CI
plural-capitals | alexa donne-moi les capitales {} | du sri lanka=LK; de l'eswatini=SZ; de l'afrique du sud=ZA
plural-capitals | alexa il paraît que {} a deux capitales c'est lesquelles | la bolivie=BO; la malaisie=MY; les pays-bas=NL
plural-capitals | alexa les trois capitales de l'afrique du sud c'est quoi déjà | ZA
plural-capitals | alexa pourquoi l'afrique du sud a trois capitales elles s'appellent comment | ZA
plural-capitals | alexa dis-moi les deux capitales de la bolivie | BO
plural-capitals | alexa c'est quoi les deux capitales des pays-bas amsterdam et quoi | NL
plural-capitals | alexa la malaisie elle a combien de capitales et c'est lesquelles | MY
plural-capitals | alexa c'est quoi les deux capitales du swaziland | SZ
plural-capitals | alexa capitales du sri lanka au pluriel | LK
plural-capitals | alexa le bénin a deux capitales lesquelles | BJ
plural-capitals | alexa la côte d'ivoire a deux capitales non | CI
plural-capitals | alexa toutes les capitales de l'afrique du sud | ZA
plural-capitals | alexa la capitale administrative et la capitale constitutionnelle de la bolivie | BO
plural-capitals | alexa les capitales de la hollande | NL
plural-capitals | alexa les deux capitales de la malaisie s'il te plaît | MY
plural-capitals | alexa y a combien de capitales {} pis c'est quoi | en afrique du sud=ZA; en bolivie=BO; au pays-bas=NL | fr-CA
plural-capitals | alexa c'est quoi les deux capitales {} | de la malaisie=MY; du bénin=BJ; du sri lanka=LK | fr-CA
plural-capitals | alexa dis-moi toutes les capitales {} | de l'eswatini=SZ; de la côte d'ivoire=CI; de l'afrique du sud=ZA | fr-CA
plural-capitals | alexa la bolivie a-tu deux capitales c'est quoi | BO | fr-CA
plural-capitals | alexa les pays-bas ont-tu deux capitales | NL | fr-CA
plural-capitals | alexa nomme-moi les capitales de la malaisie | MY | fr-CA
plural-capitals | alexa les deux capitales de la côte d'ivoire c'est quoi | CI | fr-CA
plural-capitals | alexa ça a combien de capitales l'afrique du sud | ZA | fr-CA
plural-capitals | alexa c'est quoi les capitales du bénin | BJ | fr-CA
plural-capitals | alexa les capitales du sri lanka | LK | fr-CA
plural-capitals | alexa les deux capitales du swaziland pis l'eswatini c'est pareil | SZ | fr-CA
plural-capitals | alexa quelles sont les capitales de la bolivie | BO | fr-CA
plural-capitals | alexa les capitales de la malaisie kuala lumpur pis | MY | fr-CA
plural-capitals | alexa quelles sont les capitales de l'eswatini | SZ
plural-capitals | alexa les capitales du bénin et de la côte d'ivoire | BJ+CI
# --- shared: subdivision
subdivision | alexa c'est quoi encore la capitale {} | du texas=US-TX; de la bavière=DE-BY; de la tasmanie=AU-TAS
subdivision | alexa quelle est donc la capitale {} | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR
subdivision | alexa capitale {} merci | du kerala=IN-KL; du jalisco=MX-JAL; de bahia=BR-BA
subdivision | alexa c'est quoi la capitale de la catalogne | FB
subdivision | alexa la capitale de la bretagne c'est rennes | FB
subdivision | alexa quelle est la capitale de la sicile | FB
subdivision | alexa capitale de la flandre | FB
subdivision | alexa c'est quoi la capitale de la wallonie | FB
subdivision | alexa la capitale de la saxe | DE-SN
subdivision | alexa la capitale du queensland | AU-QLD
subdivision | alexa la capitale de l'oregon | US-OR
subdivision | alexa la capitale de l'angleterre | GB-ENG
subdivision | alexa bon c'est quoi la capitale {} | de l'alberta=CA-AB; du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
subdivision | alexa quelle est exactement la capitale {} | de la colombie-britannique=CA-BC; de l'île-du-prince-édouard=CA-PE; de terre-neuve=CA-NL | fr-CA
subdivision | alexa vite capitale {} | du nunavut=CA-NU; du yukon=CA-YT; des territoires du nord-ouest=CA-NT | fr-CA
subdivision | alexa c'est quoi la capitale du vermont | US-VT | fr-CA
subdivision | alexa la capitale du maine c'est tu portland | US-ME | fr-CA
subdivision | alexa c'est quoi la capitale de la floride | US-FL | fr-CA
subdivision | alexa c'est quoi la capitale de l'ontario | CA-ON | fr-CA
subdivision | alexa capitale de la nouvelle-écosse | CA-NS | fr-CA
subdivision | alexa c'est quoi la capitale du nunavik | FB | fr-CA
subdivision | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
subdivision | alexa la capitale du new hampshire | US-NH | fr-CA
# --- shared: out-of-domain
out-of-domain | alexa quelle température il fait demain à dijon | FB
out-of-domain | alexa mets un minuteur de dix minutes pour les pâtes | FB
out-of-domain | alexa mets de la musique de johnny | FB
out-of-domain | alexa combien d'habitants à paris | FB
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa c'est quoi la capitale de l'afrique | FB
out-of-domain | alexa quelle est la capitale de l'asie | FB
out-of-domain | alexa quelle heure il est à tokyo | FB
out-of-domain | alexa quelle langue on parle au brésil | FB
out-of-domain | alexa c'est quoi la monnaie de la suisse | FB
out-of-domain | alexa combien de pays il y a dans le monde | FB
out-of-domain | alexa quel est le plus grand pays du monde | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa ajoute du beurre à la liste de courses | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa réveille-moi à six heures et demie | FB
out-of-domain | alexa quelle est la plus haute montagne d'europe | FB
out-of-domain | alexa qui est le président du portugal | FB
out-of-domain | alexa c'est quoi le drapeau du japon | FB
out-of-domain | alexa combien de kilomètres entre lyon et madrid | FB
out-of-domain | alexa quel temps fait-il à berlin | FB
out-of-domain | alexa joue france inter | FB
out-of-domain | alexa quelle est la capitale de la gastronomie | FB
out-of-domain | alexa c'est quoi la capitale mondiale du parfum | FB
out-of-domain | alexa monte le volume | FB
out-of-domain | alexa baisse le son | FB
out-of-domain | alexa c'est quoi la recette des crêpes | FB
out-of-domain | alexa quel fuseau horaire à new york | FB
out-of-domain | alexa combien d'habitants a le canada | FB
out-of-domain | alexa quelle est la population de londres | FB
out-of-domain | alexa c'est quoi la plus grande ville d'australie | FB
out-of-domain | alexa combien de pays en afrique | FB
out-of-domain | alexa où se trouve le mont blanc | FB
out-of-domain | alexa quand est-ce que le tour de france passe à dijon | FB
out-of-domain | alexa y a-t-il des bouchons sur l'a six | FB
out-of-domain | alexa commande des croquettes pour le chat | FB
out-of-domain | alexa appelle maman | FB
out-of-domain | alexa c'est quoi la météo pour le week-end | FB
out-of-domain | alexa quel est l'hymne de l'italie | FB
out-of-domain | alexa traduis bonjour en grec | FB
out-of-domain | alexa y va-tu neiger demain à laval | FB | fr-CA
out-of-domain | alexa mets une minuterie de vingt minutes | FB | fr-CA
out-of-domain | alexa fais jouer les cowboys fringants | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa combien de monde vit à montréal | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'amérique du sud | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'océanie | FB | fr-CA
out-of-domain | alexa quelle heure qu'il est à vancouver | FB | fr-CA
out-of-domain | alexa ajoute du lait sur ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa ferme les lumières du sous-sol | FB | fr-CA
out-of-domain | alexa c'est quoi la population du québec | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | alexa c'est quoi la monnaie du mexique | FB | fr-CA
out-of-domain | alexa y fait combien dehors | FB | fr-CA
out-of-domain | alexa conte-moi une joke | FB | fr-CA
out-of-domain | alexa réveille-moi à cinq heures demain | FB | fr-CA
out-of-domain | alexa c'est quoi le plus long fleuve du monde | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa qui est le premier ministre du québec | FB | fr-CA
out-of-domain | alexa c'est tu ouvert le costco demain | FB | fr-CA
out-of-domain | alexa quelle langue qu'ils parlent en belgique | FB | fr-CA
out-of-domain | alexa c'est quoi l'heure à paris | FB | fr-CA
out-of-domain | alexa mets de la musique de noël | FB | fr-CA
out-of-domain | alexa combien ça prend de temps en auto de laval à québec | FB | fr-CA
out-of-domain | alexa la capitale du hockey c'est quoi | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'antarctique | FB | fr-CA
out-of-domain | alexa quelle est la plus vieille ville d'amérique du nord | FB | fr-CA
# --- shared: help
help | alexa aide-moi | HELP
help | alexa comment ça marche | HELP
help | alexa qu'est-ce que je peux te demander | HELP
help | alexa j'ai besoin d'aide | HELP
help | alexa à l'aide | HELP
help | alexa explique-moi comment jouer | HELP
help | alexa qu'est-ce que tu sais faire avec les capitales | HELP
help | alexa je comprends pas comment on fait | HELP
help | alexa comment je pose une question | HELP
help | alexa c'est quoi les règles | HELP
help | alexa aide | HELP
help | alexa au secours je sais pas quoi dire | HELP
help | alexa tu peux m'expliquer | HELP
help | alexa comment on utilise capitales du monde | HELP
help | alexa aide-moi donc | HELP | fr-CA
help | alexa comment ça fonctionne ton affaire | HELP | fr-CA
help | alexa qu'est-ce que je dis là | HELP | fr-CA
help | alexa je sais pas comment ça marche aide-moi | HELP | fr-CA
help | alexa c'est quoi que je peux demander | HELP | fr-CA
help | alexa j'ai besoin d'un coup de main | HELP | fr-CA
help | alexa explique-moi ça | HELP | fr-CA
help | alexa aide s'il vous plaît | HELP | fr-CA
help | alexa je suis perdu là aide | HELP | fr-CA
help | alexa comment on fait pour demander une capitale | HELP | fr-CA
help | alexa des instructions s'il te plaît | HELP
help | alexa donne-moi des exemples de questions | HELP
# --- shared: stop
stop | alexa stop | STOP
stop | alexa arrête | STOP
stop | alexa arrête-toi | STOP
stop | alexa ça suffit | STOP
stop | alexa tais-toi | STOP
stop | alexa on arrête là | STOP
stop | alexa c'est bon j'ai fini | STOP
stop | alexa quitte | STOP
stop | alexa ferme capitales du monde | STOP
stop | alexa fin | STOP
stop | alexa au revoir | STOP
stop | alexa merci c'est tout | STOP
stop | alexa laisse tomber on arrête | STOP
stop | alexa arrête ça | STOP | fr-CA
stop | alexa c'est assez | STOP | fr-CA
stop | alexa ferme-la | STOP | fr-CA
stop | alexa bonne nuit là | STOP | fr-CA
stop | alexa ok c'est beau merci | STOP | fr-CA
stop | alexa sors | STOP | fr-CA
stop | alexa ferme ça | STOP | fr-CA
stop | alexa bye | STOP | fr-CA
stop | alexa salut merci | STOP | fr-CA
stop | alexa on a fini | STOP | fr-CA
stop | alexa arrête de parler | STOP
stop | alexa éteins-toi | STOP
# --- shared: cancel
cancel | alexa annule | CANCEL
cancel | alexa annuler | CANCEL
cancel | alexa annule ça | CANCEL
cancel | alexa non annule | CANCEL
cancel | alexa oublie ça | CANCEL
cancel | alexa oublie | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa non c'est pas ça annule | CANCEL
cancel | alexa annule la question | CANCEL
cancel | alexa annule tout | CANCEL
cancel | alexa je me suis trompé annule | CANCEL
cancel | alexa non rien oublie | CANCEL
cancel | alexa annule ma demande | CANCEL
cancel | alexa annule donc | CANCEL | fr-CA
cancel | alexa oublie ça toute | CANCEL | fr-CA
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa annule ça là | CANCEL | fr-CA
cancel | alexa non non annule | CANCEL | fr-CA
cancel | alexa cancelle | CANCEL | fr-CA
cancel | alexa cancelle ça | CANCEL | fr-CA
cancel | alexa laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa oublie ma question | CANCEL | fr-CA
cancel | alexa annule la dernière affaire | CANCEL | fr-CA
cancel | alexa non annule ma question | CANCEL
# --- shared: launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa capitales du monde | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa ouvre le jeu capitales du monde | LAUNCH
launch | alexa lance la skill capitales du monde | LAUNCH
launch | alexa ouvre l'application capitales du monde | LAUNCH
launch | alexa va sur capitales du monde | LAUNCH
launch | alexa parle à capitales du monde | LAUNCH
launch | alexa active capitales du monde | LAUNCH
launch | alexa tu peux lancer capitales du monde | LAUNCH
launch | alexa commence capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde s'il te plaît | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa embarque capitales du monde | LAUNCH | fr-CA
launch | alexa j'veux capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa on part capitales du monde | LAUNCH | fr-CA
launch | alexa démarre le jeu des capitales du monde | LAUNCH | fr-CA
launch | alexa joue à capitales du monde | LAUNCH | fr-CA
launch | alexa lance-moi capitales du monde | LAUNCH | fr-CA
launch | alexa peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour les enfants | LAUNCH
launch | alexa démarre capitales du monde pour ma fille | LAUNCH
launch | alexa c'est parti capitales du monde | LAUNCH
# --- shared: follow-up
follow-up | et {} | le maroc=MA; la tunisie=TN; le portugal=PT
follow-up | et pour {} | la grèce=GR; la roumanie=RO; l'arménie=AM
follow-up | et {} alors | le cambodge=KH; le laos=LA; la birmanie=MM
follow-up | pis {} | le chili=CL; le pérou=PE; l'équateur=EC | fr-CA
follow-up | pis pour {} | l'islande=IS; la finlande=FI; l'estonie=EE | fr-CA
follow-up | et {} d'abord | le cameroun=CM; le gabon=GA; le tchad=TD | fr-CA
follow-up | et la corée du nord | KP
follow-up | et la corée du sud | KR
follow-up | pis la corée du nord | KP | fr-CA
follow-up | et le congo brazzaville | CG
follow-up | pis le congo kinshasa | CD | fr-CA
follow-up | et la palestine | PS
follow-up | pis la palestine | PS | fr-CA
follow-up | et celle de la malaisie | MY
# --- shared: yes-no-check
yes-no-check | alexa est-ce que {} | madrid c'est la capitale de l'espagne=ES; sydney c'est la capitale de l'australie=AU; genève c'est la capitale de la suisse=CH
yes-no-check | alexa c'est vrai que {} | rabat c'est la capitale du maroc=MA; istanbul c'est la capitale de la turquie=TR; lagos c'est la capitale du nigeria=NG
yes-no-check | alexa {} | la capitale du brésil c'est rio non=BR; la capitale du canada c'est toronto hein=CA; la capitale des états-unis c'est new york=US
yes-no-check | alexa c'est tu {} | ottawa la capitale du canada=CA; québec la capitale du québec=CA-QC; séoul la capitale de la corée du sud=KR | fr-CA
yes-no-check | alexa c'est-tu vrai que {} | pyongyang c'est la capitale de la corée du nord=KP; kinshasa c'est la capitale du congo=CD; ramallah c'est la capitale de la palestine=PS | fr-CA
yes-no-check | alexa est-ce que brazzaville est la capitale du congo | CG
yes-no-check | alexa amsterdam c'est bien la capitale des pays-bas | NL
yes-no-check | alexa pretoria c'est la capitale de l'afrique du sud | ZA
yes-no-check | alexa la paz c'est la capitale de la bolivie | BO | fr-CA
yes-no-check | alexa kuala lumpur est-ce la capitale de la malaisie | MY | fr-CA
# --- shared: self-correction
self-correction | alexa et la capitale {} | de l'autriche non je veux dire l'australie=AU; de la suède euh non la suisse=CH; de l'islande pardon l'irlande=IE
self-correction | alexa alors c'est quoi la capitale {} | du niger non du nigeria=NG; de la guinée non la guinée-bissau=GW; du mali attends non de la mauritanie=MR
self-correction | alexa capitale {} vite | de la slovénie non slovaquie=SK; de la gambie pardon zambie=ZM; de l'iran non de l'irak=IQ
self-correction | alexa c'est quoi au juste la capitale {} | de la corée du sud non du nord=KP; du congo kinshasa non brazzaville=CG; de l'israël non de la palestine=PS | fr-CA
self-correction | alexa la capitale {} s'il te plaît | de la colombie euh la bolivie=BO; du paraguay non de l'uruguay=UY; de la lettonie non de la lituanie=LT | fr-CA
self-correction | alexa capitale de la corée du nord euh non du sud | KR
self-correction | alexa la capitale du congo brazzaville non kinshasa | CD
# --- shared: reverse-question
reverse-question | alexa {} c'est la capitale de quel pays | nairobi=CITY:Nairobi; oulan-bator=CITY:Oulan-Bator; tbilissi=CITY:Tbilissi
reverse-question | alexa quel pays a pour capitale {} | lima=CITY:Lima; bichkek=CITY:Bichkek; windhoek=CITY:Windhoek
reverse-question | alexa {} c'est où | ouagadougou=CITY:Ouagadougou; antananarivo=CITY:Antananarivo; vientiane=CITY:Vientiane
reverse-question | alexa {} c'est la capitale de quoi | pyongyang=CITY:Pyongyang; séoul=CITY:Séoul; kinshasa=CITY:Kinshasa | fr-CA
reverse-question | alexa quel pays a {} comme capitale | brazzaville=CITY:Brazzaville; ramallah=CITY:Ramallah; canberra=CITY:Canberra | fr-CA
reverse-question | alexa c'est quel pays qui a {} comme capitale | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; paramaribo=CITY:Paramaribo | fr-CA
# --- shared: official-name
official-name | alexa dis-moi quelle est la capitale {} | de la république démocratique du congo=CD; de la république du congo=CG; de la république populaire démocratique de corée=KP
official-name | alexa euh capitale {} | de la république de corée=KR; de l'état de palestine=PS; du royaume des pays-bas=NL
official-name | alexa c'est quoi déjà la capitale {} | de la république fédérale d'allemagne=DE; de la confédération suisse=CH; des états-unis d'amérique=US
official-name | alexa la capitale {} je veux savoir | de la république islamique d'iran=IR; du royaume hachémite de jordanie=JO; de la république arabe syrienne=SY | fr-CA
official-name | alexa c'est quoi ça la capitale {} | de la république de l'union du myanmar=MM; de la république socialiste du viêt nam=VN; de la fédération de russie=RU | fr-CA
official-name | alexa peux-tu me dire quelle est la capitale {} | de la république d'afrique du sud=ZA; de l'état plurinational de bolivie=BO; de la malaisie fédérale=MY | fr-CA
# --- shared: everyday-name
everyday-name | alexa dis-moi c'est quoi la capitale {} | de la hollande=NL; de l'angleterre=GB-ENG; de la birmanie=MM
everyday-name | alexa la capitale {} c'est quoi | du zaïre=CD; de la perse=IR; de ceylan=LK
everyday-name | alexa capitale {} s'il te plaît | des states=US; de l'amérique=US; de la tchéquie=CZ
everyday-name | alexa c'est quoi donc la capitale {} | du swaziland=SZ; de la corée du nord=KP; du congo-brazza=CG | fr-CA
everyday-name | alexa euh la capitale {} | des vieux pays=FB; des états=US; de la rdc=CD | fr-CA
everyday-name | alexa capitale de la biélorussie | BY
# --- shared: shared-name
shared-name | alexa c'est quoi la capitale de la géorgie | GE
shared-name | alexa la capitale de la corée | KP+KR
shared-name | alexa la capitale du congo | CD+CG
shared-name | alexa capitale de la guinée | GN
shared-name | alexa la capitale de la géorgie l'état américain | US-GA | fr-CA
shared-name | alexa c'est quoi la capitale de la géorgie aux états-unis | US-GA | fr-CA
shared-name | alexa capitale de washington | US-WA | fr-CA
shared-name | alexa la capitale du mexique | MX
shared-name | alexa c'est quoi la capitale du luxembourg | LU
shared-name | alexa la capitale de new york | US-NY | fr-CA
shared-name | alexa c'est quoi la capitale du congo | CD+CG | fr-CA
shared-name | alexa la capitale de la corée | KP+KR | fr-CA
# --- fr-FR: Gascons of the Gers (Auch, Condom, Marciac: "adishatz", "macarel", "hilh", the garbure, the bandas, jazz in Marciac)
gascons | alexa adishatz c'est quoi la capitale {} | de la slovaquie=SK; de la hongrie=HU; de la slovénie=SI
gascons | alexa macarel je me rappelle plus la capitale {} | de la croatie=HR; de la serbie=RS; du monténégro=ME
gascons | alexa à marciac y avait un trompettiste {} c'est quoi sa capitale | américain=US; cubain=CU; sud-africain=ZA
gascons | alexa dis hilh c'est quoi la capitale {} | de la bosnie=BA; de la macédoine du nord=MK; de l'albanie=AL
gascons | alexa en mangeant la garbure on parlait de la capitale {} | de la bulgarie=BG; de la moldavie=MD; de la roumanie=RO
gascons | alexa la banda elle part en tournée {} c'est quoi la capitale | en espagne=ES; au portugal=PT; en andorre=AD
gascons | alexa macarel la capitale de la gascogne c'est auch ou quoi | FB
gascons | alexa adishatz la capitale du kosovo | XK
gascons | alexa adishatz alexa la capitale du béarn c'est pau | FB
gascons | alexa le voisin qui fait du foie gras exporte {} c'est quoi la capitale | au japon=JP; à hong kong=FB; à singapour=SG
gascons | alexa peuchère la capitale du liechtenstein | LI
gascons | alexa dis-moi adishatz la capitale de saint-marin | SM
gascons | alexa le fils est parti faire les vendanges {} quelle est la capitale | en nouvelle-zélande=NZ; en afrique du sud=ZA; au chili=CL
# --- fr-FR: Vendéens (La Roche-sur-Yon, Les Sables, Noirmoutier: "la goule", "o l'est", "ouche", the mogettes, the Puy du Fou, the Vendée Globe)
vendeens | alexa o l'est quoi la capitale {} | de l'irlande=IE; de l'islande=IS; de la norvège=NO
vendeens | alexa pour le vendée globe le bateau passe au large {} c'est quoi la capitale | du brésil=BR; de l'argentine=AR; de l'australie=AU
vendeens | alexa ferme ta goule et dis-moi la capitale {} | de la finlande=FI; de la suède=SE; du danemark=DK
vendeens | alexa au puy du fou ils ont parlé {} c'est quoi la capitale déjà | des vikings du danemark=DK; des romains d'italie=IT; des anglais=GB
vendeens | alexa un skipper vient {} quelle est la capitale | de la barbade=BB; d'antigua-et-barbuda=AG; de sainte-lucie=LC
vendeens | alexa o l'est ben la capitale des îles malouines | FK
vendeens | alexa aux sables un marin venait {} c'est quoi la capitale | du cap-vert=CV; de la grenade=GD; de saint-vincent-et-les-grenadines=VC
vendeens | alexa en ramassant les mogettes on s'est demandé la capitale {} | du portugal=PT; du maroc=MA; de la mauritanie=MR
vendeens | alexa c'est quoi la capitale de la vendée | FB
vendeens | alexa la capitale de noirmoutier | FB
vendeens | alexa o l'est quoi la capitale de sainte-hélène | SH
# --- fr-FR: Bourguignons (Dijon, Beaune, Mâcon, Auxerre: "la moutarde", the gougères, the Hospices de Beaune, "ça pique")
bourguignons | alexa la moutarde vient peut-être {} c'est quoi la capitale | du canada=CA; de l'inde=IN; du népal=NP
bourguignons | alexa à la vente des hospices y avait un acheteur {} quelle est la capitale | chinois=CN; russe=RU; taïwanais=TW
bourguignons | alexa on exporte du bourgogne {} c'est quoi la capitale | en corée du sud=KR; à singapour=SG; aux émirats=AE
bourguignons | alexa en faisant les gougères ma fille demande la capitale {} | de l'autriche=AT; de la suisse=CH; de la belgique=BE
bourguignons | alexa ça pique cette moutarde bon c'est quoi la capitale du pakistan | PK
bourguignons | alexa un caviste de beaune m'a parlé {} c'est quoi la capitale | de la géorgie le pays du vin=GE; de l'arménie=AM; de la moldavie=MD
bourguignons | alexa c'est quoi la capitale de la bourgogne | FB
bourguignons | alexa c'est dijon la capitale de la bourgogne-franche-comté | FB
bourguignons | alexa un touriste {} au clos vougeot c'est quoi la capitale de son pays | brésilien=BR; mexicain=MX; israélien=IL
bourguignons | alexa capitale de l'éthiopie pendant que les escargots cuisent | ET
# --- fr-FR: Champenois (Reims, Épernay, Troyes: "la champ'", the caves, the Stade de Reims, the cathedral)
champenois | alexa en visitant les caves un groupe {} nous a demandé la capitale de chez eux | australien=AU; japonais=JP; nigérian=NG
champenois | alexa on livre du champagne {} c'est quoi la capitale | au qatar=QA; à bahreïn=BH; au koweït=KW
champenois | alexa le stade de reims joue contre une équipe {} c'est quoi la capitale | ghanéenne=GH; sénégalaise=SN; ivoirienne=CI
champenois | alexa une coupe de champ et la capitale {} | d'oman=OM; du yémen=YE; de l'arabie saoudite=SA
champenois | alexa à troyes un vendeur de l'usine de marques vient {} quelle est sa capitale | du bangladesh=BD; du sri lanka=LK; des maldives=MV
champenois | alexa la capitale de la champagne-ardenne c'était quoi | FB
champenois | alexa c'est quoi la capitale du monde du champagne | FB
champenois | alexa un sommelier {} c'est quoi la capitale de son pays | letton=LV; lituanien=LT; estonien=EE
# --- fr-FR: Catalans of Perpignan (Roussillon, Collioure: "adéu", "escolta", "bonica", the sardane, the USAP)
catalans | alexa escolta c'est quoi la capitale {} | de l'andorre=AD; de malte=MT; de chypre=CY
catalans | alexa adéu non attends la capitale {} | de la grèce=GR; de la turquie=TR; du liban=LB
catalans | alexa l'usap joue contre {} c'est quoi leur capitale | les fidji=FJ; les tonga=TO; les samoa=WS
catalans | alexa escolta bonica la capitale de la catalogne nord c'est perpignan | FB
catalans | alexa à collioure un peintre venait {} c'est quoi la capitale | du monténégro=ME; de l'albanie=AL; de la syrie=SY
catalans | alexa pour la sardane y avait un groupe {} capitale | argentin=AR; uruguayen=UY; paraguayen=PY
catalans | alexa escolta c'est quoi la capitale de l'espagne madrid ou barcelone | ES
catalans | alexa adéu la capitale de monaco | MC
catalans | alexa la capitale de la tunisie bonica | TN
# --- fr-FR: Tourangeaux (Tours, Amboise, Chinon: the châteaux, "les rillettes", "on parle le meilleur français")
tourangeaux | alexa au château d'amboise un guide {} m'a demandé la capitale | chinois=CN; coréen=KR; indien=IN
tourangeaux | alexa ici on parle le meilleur français alors dis-moi la capitale {} | du québec=CA-QC; de la belgique=BE; du luxembourg=LU
tourangeaux | alexa avec les rillettes on a une question c'est quoi la capitale {} | du kenya=KE; de la tanzanie=TZ; de l'ouganda=UG
tourangeaux | alexa à chinon des touristes {} quelle est la capitale | néerlandais=NL; belges=BE; danois=DK
tourangeaux | alexa la capitale de la touraine c'est tours | FB
tourangeaux | alexa léonard de vinci venait {} c'est quoi la capitale aujourd'hui | d'italie=IT; de toscane=FB; de florence=FB
tourangeaux | alexa la capitale du val de loire | FB
tourangeaux | alexa en vélo sur la loire à vélo j'ai croisé des {} c'est quoi leur capitale | allemands=DE; polonais=PL; tchèques=CZ
# --- fr-FR: Franco-Armenian families (Alfortville, Valence, Marseille's Beaumont: "jan", "aman", "barev", "shnorhakalutyun", the lahmajoun)
franco-armeniens | alexa barev c'est quoi la capitale {} | de l'arménie=AM; de la géorgie=GE; de l'azerbaïdjan=AZ
franco-armeniens | alexa aman c'est quoi la capitale {} jan | de l'iran=IR; du liban=LB; de la syrie=SY
franco-armeniens | alexa mamie dit que la famille est passée par {} c'est quoi la capitale | la turquie=TR; la grèce=GR; chypre=CY
franco-armeniens | alexa shnorhakalutyun et la capitale {} | de l'égypte=EG; de l'éthiopie=ET; de la jordanie=JO
franco-armeniens | alexa c'est quoi la capitale du haut-karabagh | FB
franco-armeniens | alexa la capitale de l'artsakh | FB
franco-armeniens | alexa jan la capitale de l'arménie c'est bien erevan | AM
franco-armeniens | alexa en faisant les lahmajoun mon fils demande la capitale {} | de la russie=RU; de l'ukraine=UA; de la biélorussie=BY
franco-armeniens | alexa barev alexa erevan c'est la capitale de quel pays | CITY:Erevan
franco-armeniens | alexa aman la capitale de l'argentine où il y a des cousins | AR
# --- fr-FR: Franco-Cameroonian families (Paris, Lyon, Marseille: "on dit quoi", "mola", "mon frère", "ndem", the ndolé, the Lions indomptables)
franco-camerounais | alexa on dit quoi c'est quoi la capitale {} | du cameroun=CM; du gabon=GA; de la guinée équatoriale=GQ
franco-camerounais | alexa mola dis-moi la capitale {} | du tchad=TD; de la centrafrique=CF; du congo brazzaville=CG
franco-camerounais | alexa les lions indomptables jouent contre {} c'est quoi la capitale | le nigeria=NG; l'égypte=EG; l'algérie=DZ
franco-camerounais | alexa mon frère c'est quoi la capitale {} | de la république démocratique du congo=CD; du rwanda=RW; du burundi=BI
franco-camerounais | alexa ndem j'ai oublié la capitale du cameroun c'est douala | CM
franco-camerounais | alexa en mangeant le ndolé tonton demande la capitale {} | de sao tomé-et-principe=ST; du bénin=BJ; du togo=TG
franco-camerounais | alexa on dit quoi la capitale de l'ambazonie | FB
franco-camerounais | alexa la tantine part {} c'est quoi la capitale | au burkina=BF; au niger=NE; au mali=ML
franco-camerounais | alexa yaoundé c'est la capitale de quel pays mola | CITY:Yaoundé
franco-camerounais | alexa mon frère la capitale du congo kinshasa | CD
franco-camerounais | alexa on dit quoi la capitale du congo brazza | CG
# --- fr-FR: Franco-Cambodian families (Paris 13e, Lyon: "bong", "oun", "ot panyaha", the Khmer new year, the phnom penh soup)
franco-cambodgiens | alexa ot panyaha c'est quoi la capitale {} | du cambodge=KH; du laos=LA; de la thaïlande=TH
franco-cambodgiens | alexa bong c'est quoi la capitale {} | du vietnam=VN; de la malaisie=MY; de l'indonésie=ID
franco-cambodgiens | alexa pour le nouvel an khmer grand-mère demande la capitale {} | de la birmanie=MM; des philippines=PH; de brunei=BN
franco-cambodgiens | alexa oun tu sais la capitale {} | du timor oriental=TL; de papouasie-nouvelle-guinée=PG; de singapour=SG
franco-cambodgiens | alexa phnom penh c'est la capitale de quoi | CITY:Phnom Penh
franco-cambodgiens | alexa bong la capitale de la malaisie c'est kuala lumpur ou putrajaya | MY
franco-cambodgiens | alexa c'est quoi la capitale d'angkor | FB
franco-cambodgiens | alexa la capitale de la cochinchine | FB
# --- fr-FR: learners (a Dutch retiree in the Lot, a Romanian carer, a Greek Erasmus student, a Thai student: "hoor", "nee", "da", "bine", "ne", "kha")
apprenants | alexa euh hoor c'est quoi la capitale {} | de la nouvelle-zélande=NZ; du suriname=SR; de l'indonésie=ID
apprenants | alexa nee nee je veux la capitale {} pas amsterdam | de la belgique=BE; du danemark=DK; des pays-bas=NL
apprenants | alexa da bine tu dis moi capitale {} | de la roumanie=RO; de la moldavie=MD; de la hongrie=HU
apprenants | alexa s'il vous plaît le capitale {} | du grèce=GR; du chypre=CY; de l'albanie=AL
apprenants | alexa kha quelle est le capitale {} | de thaïlande=TH; de la laos=LA; du myanmar=MM
apprenants | alexa ne ne je demande capitale de corée du nord | KP
apprenants | alexa moi je veux savoir la capitale de le congo kinshasa | CD
apprenants | alexa pardon alexa le capitale de la afrique du sud elles sont trois | ZA
apprenants | alexa je cherche la capitale pour le pays bolivie | BO
apprenants | alexa bine alexa quelle est le capitale de la palestine | PS
apprenants | alexa kha la capitale de la corée du sud s'il te plaît | KR
apprenants | alexa hoor la capitale de la malaisie est quoi | MY
apprenants | alexa le capitale de la congo brazzaville quel est | CG
# --- fr-FR: work (a boulanger at four in the morning, an SNCF contrôleur, a night nurse, a vet, a taxi driver at Orly, a museum guide, a gendarme, a sommelier)
travail-fr | alexa je fais la fournée de quatre heures dis-moi la capitale {} | de la mongolie=MN; du kazakhstan=KZ; du kirghizistan=KG
travail-fr | alexa dans le tgv un passager {} m'a demandé la capitale de son pays | suisse=CH; italien=IT; espagnol=ES
travail-fr | alexa pendant la garde de nuit une patiente vient {} c'est quoi la capitale | des comores=KM; de madagascar=MG; de maurice=MU
travail-fr | alexa au cabinet vétérinaire un chien vient {} c'est quoi la capitale | d'islande=IS; de norvège=NO; de sibérie=FB
travail-fr | alexa à orly un client descend d'un vol {} c'est quoi la capitale | de tunisie=TN; du caire en égypte=EG; d'algérie=DZ
travail-fr | alexa au musée un groupe {} demande la capitale de leur pays | ouzbek=UZ; turkmène=TM; tadjik=TJ
travail-fr | alexa à la gendarmerie on a contrôlé un camion {} c'est quoi la capitale | bulgare=BG; lituanien=LT; polonais=PL
travail-fr | alexa un client de la cave aime le vin {} c'est quoi la capitale | libanais=LB; géorgien=GE; sud-africain=ZA
travail-fr | alexa je suis boulanger je veux savoir la capitale de l'afghanistan | AF
travail-fr | alexa la capitale du soudan du sud pour un patient | SS
travail-fr | alexa le chauffeur de taxi demande la capitale de l'érythrée | ER
travail-fr | alexa contrôle des billets pendant ce temps c'est quoi la capitale de djibouti | DJ
travail-fr | alexa pour la visite du musée la capitale de la somalie | SO
# --- fr-FR: school (CE2, cinquième, seconde, the oral of the bac de français, first year of géographie at the fac)
ecole-fr | alexa j'ai un contrôle en ce deux sur la capitale {} | de l'italie=IT; de l'allemagne=DE; du royaume-uni=GB
ecole-fr | alexa pour le cours d'histoire-géo de cinquième c'est quoi la capitale {} | de l'irak=IQ; du koweït=KW; de l'arabie saoudite=SA
ecole-fr | alexa en seconde on étudie la capitale {} | de l'inde=IN; de la chine=CN; du japon=JP
ecole-fr | alexa la prof de géo en licence veut la capitale {} | du brésil=BR; du venezuela=VE; de la guyana=GY
ecole-fr | alexa pour l'exposé c'est quoi la capitale {} | du soudan=SD; de la libye=LY; de l'algérie=DZ
ecole-fr | alexa la maîtresse demande la capitale de la corée du nord | KP
ecole-fr | alexa pour le devoir la capitale de la palestine | PS
ecole-fr | alexa en géo on a le congo kinshasa c'est quoi sa capitale | CD
ecole-fr | alexa exercice c'est quoi la capitale de la république du congo | CG
ecole-fr | alexa j'ai oublié la capitale des pays-bas pour le contrôle | NL
ecole-fr | alexa pour le brevet la capitale de la bolivie | BO
ecole-fr | alexa c'est quoi la capitale du zimbabwe pour mes devoirs | ZW
ecole-fr | alexa capitale de la zambie pour la fiche | ZM
ecole-fr | alexa capitale du botswana pour demain | BW
# --- fr-FR: TV and games (Questions pour un champion, Qui veut gagner des millions, Des chiffres et des lettres, the petit bac, Risk, an escape game)
jeux-fr | alexa questions pour un champion ils demandent la capitale {} | du nigeria=NG; du niger=NE; du libéria=LR
jeux-fr | alexa à qui veut gagner des millions la question c'était la capitale {} | de l'australie=AU; du canada=CA; de la turquie=TR
jeux-fr | alexa au petit bac j'ai la lettre {} | m une capitale de l'afrique mali=ML; t la capitale de la sierra leone=SL; b la capitale du burkina faso=BF
jeux-fr | alexa au risk on a pris {} c'est quoi la capitale | l'égypte=EG; le groenland=GL; l'islande=IS
jeux-fr | alexa dans l'escape game l'énigme c'est la capitale {} | de l'estonie=EE; de la lettonie=LV; de la lituanie=LT
jeux-fr | alexa des chiffres et des lettres non c'est pas ça la capitale de la guinée-bissau | GW
jeux-fr | alexa on joue au quiz du réveillon la capitale de la corée du sud | KR
jeux-fr | alexa pour le jeu la capitale de l'afrique du sud c'est les trois | ZA
jeux-fr | alexa au quiz de la soirée la capitale de la malaisie | MY
jeux-fr | alexa question du jeu la capitale de la gambie | GM
jeux-fr | alexa jeu de société capitale du sénégal | SN
# --- fr-FR: home (Christmas dinner, a camping-car trip, grandparents with the grandchildren, Eurovision night, the World Cup, honeymoon planning, mots fléchés)
maison-fr | alexa au repas de noël tonton dit que la capitale {} c'est une autre ville | de l'australie=AU; du brésil=BR; de la suisse=CH
maison-fr | alexa en camping-car on passe par {} c'est quoi la capitale | la slovénie=SI; la croatie=HR; l'autriche=AT
maison-fr | alexa mamie veut savoir la capitale {} pour les petits | du pérou=PE; du chili=CL; de l'équateur=EC
maison-fr | alexa pendant l'eurovision {} a chanté c'est quoi la capitale | la moldavie=MD; l'azerbaïdjan=AZ; saint-marin=SM
maison-fr | alexa pour la coupe du monde on joue contre {} c'est quoi la capitale | le maroc=MA; la croatie=HR; l'argentine=AR
maison-fr | alexa pour le voyage de noces on hésite entre {} c'est quoi la capitale | les maldives=MV; l'île maurice=MU; les seychelles=SC
maison-fr | alexa dans mes mots fléchés capitale {} en cinq lettres | du ghana=GH; du japon=JP; de la jordanie=JO
maison-fr | alexa mots fléchés la capitale de la lettonie en trois lettres | LV
maison-fr | alexa papy demande c'est quoi la capitale de la birmanie maintenant | MM
maison-fr | alexa pour la liste du mariage la capitale de la jamaïque | JM
maison-fr | alexa c'est quoi la capitale des bahamas pour les vacances | BS
maison-fr | alexa ma belle-mère part aux {} c'est quoi la capitale | états-unis=US; philippines=PH; émirats arabes unis=AE
# --- fr-CA: Lavallois and Rive-Sud (Laval, Longueuil, Brossard: "genre", "full", "c'est chill", the pont Champlain, the REM, the Centropolis)
rive-sud | alexa genre c'est quoi la capitale {} | de la suède=SE; de la norvège=NO; de la finlande=FI | fr-CA
rive-sud | alexa pogné dans le trafic sur le pont champlain dis-moi la capitale {} | de l'italie=IT; de l'espagne=ES; du portugal=PT | fr-CA
rive-sud | alexa c'est full random mais c'est quoi la capitale {} | du kazakhstan=KZ; de la mongolie=MN; du népal=NP | fr-CA
rive-sud | alexa dans le rem y a un gars qui parlait {} c'est quoi la capitale | du pakistan=PK; du bangladesh=BD; de l'afghanistan=AF | fr-CA
rive-sud | alexa au centropolis un resto {} c'est quoi la capitale | libanais=LB; grec=GR; thaï=TH | fr-CA
rive-sud | alexa c'est quoi la capitale de laval | FB | fr-CA
rive-sud | alexa genre la capitale de la corée du sud | KR | fr-CA
rive-sud | alexa c'est chill dis-moi la capitale de la palestine | PS | fr-CA
rive-sud | alexa full curieux c'est quoi la capitale du congo kinshasa | CD | fr-CA
rive-sud | alexa genre les pays-bas c'est quoi leurs capitales | NL | fr-CA
# --- fr-CA: Lanaudois (Joliette, Rawdon, Saint-Donat: "en tabarnouche", "mautadit", the Festival de Lanaudière, the lakes)
lanaudois | alexa en tabarnouche c'est quoi la capitale {} | de l'égypte=EG; du soudan=SD; de l'éthiopie=ET | fr-CA
lanaudois | alexa mautadit je m'en rappelle pas la capitale {} | de l'autriche=AT; de la hongrie=HU; de la tchéquie=CZ | fr-CA
lanaudois | alexa au festival de lanaudière un violoniste venait {} c'est quoi la capitale | de russie=RU; d'ukraine=UA; de pologne=PL | fr-CA
lanaudois | alexa à rawdon y a des gens {} c'est quoi la capitale de leur pays | de russie=RU; de roumanie=RO; d'ukraine=UA | fr-CA
lanaudois | alexa sur le bord du lac on se demandait la capitale {} | de la corée du nord=KP; du japon=JP; de taïwan=TW | fr-CA
lanaudois | alexa tabarnouche c'est quoi la capitale de lanaudière | FB | fr-CA
lanaudois | alexa mautadit la capitale du burkina faso | BF | fr-CA
lanaudois | alexa en tabarnouche la capitale de la bolivie c'est-tu la paz | BO | fr-CA
# --- fr-CA: Charlevoisiens (Baie-Saint-Paul, La Malbaie, Isle-aux-Coudres: "le fleuve", "ben du fun", the Cirque du Soleil, the casino, the traversier to the island)
charlevoisiens | alexa au casino de charlevoix un joueur venait {} c'est quoi la capitale | de macao=FB; de monaco=MC; de las vegas=FB | fr-CA
charlevoisiens | alexa le cirque part en tournée {} c'est quoi la capitale | en australie=AU; au japon=JP; en argentine=AR | fr-CA
charlevoisiens | alexa on a ben du fun ici dis-moi la capitale {} | de l'islande=IS; du groenland=GL; des îles féroé=FO | fr-CA
charlevoisiens | alexa sur le traversier de l'isle-aux-coudres une madame {} m'a demandé la capitale | suisse=CH; belge=BE; française=FR | fr-CA
charlevoisiens | alexa c'est quoi la capitale de charlevoix | FB | fr-CA
charlevoisiens | alexa le peintre de baie-saint-paul revient {} c'est quoi la capitale | du maroc=MA; du sénégal=SN; du mali=ML | fr-CA
charlevoisiens | alexa ben du fun c'est quoi la capitale de la malaisie | MY | fr-CA
# --- fr-CA: Maskoutains and Granbyens (Saint-Hyacinthe, Granby: "la ferme", "les vaches", the zoo de Granby, the agricultural fair, "pas pire")
maskoutains | alexa au zoo de granby l'éléphant vient {} c'est quoi la capitale | d'afrique du sud=ZA; du kenya=KE; de l'inde=IN | fr-CA
maskoutains | alexa au zoo le tigre vient {} c'est quoi la capitale | de sumatra en indonésie=ID; du bangladesh=BD; de la russie=RU | fr-CA
maskoutains | alexa à la ferme on a un stagiaire {} c'est quoi la capitale | guatémaltèque=GT; hondurien=HN; salvadorien=SV | fr-CA
maskoutains | alexa pas pire pis la capitale {} | du nicaragua=NI; du costa rica=CR; du panama=PA | fr-CA
maskoutains | alexa à l'expo agricole un éleveur {} c'est quoi la capitale | néo-zélandais=NZ; irlandais=IE; danois=DK | fr-CA
maskoutains | alexa c'est quoi la capitale de la montérégie | FB | fr-CA
maskoutains | alexa la vache est tombée malade dis-moi la capitale du lesotho | LS | fr-CA
maskoutains | alexa la girafe au zoo vient de la tanzanie c'est quoi la capitale | TZ | fr-CA
# --- fr-CA: Drummondvillois and Victoriavillois (Centre-du-Québec: the Festival de la poutine, the Mondial des cultures, "ça a pas d'allure")
centre-du-quebec | alexa au mondial des cultures y avait une troupe {} c'est quoi la capitale | bolivienne=BO; malaisienne=MY; sud-africaine=ZA | fr-CA
centre-du-quebec | alexa au mondial des cultures des danseurs {} c'est quoi la capitale | sri-lankais=LK; ivoiriens=CI; béninois=BJ | fr-CA
centre-du-quebec | alexa ça a pas d'allure j'sais pas la capitale {} | de l'ouzbékistan=UZ; du turkménistan=TM; du tadjikistan=TJ | fr-CA
centre-du-quebec | alexa au festival de la poutine un gars {} a gagné c'est quoi sa capitale | ontarien=CA-ON; albertain=CA-AB; manitobain=CA-MB | fr-CA
centre-du-quebec | alexa c'est quoi la capitale du centre-du-québec | FB | fr-CA
centre-du-quebec | alexa ça a pas d'allure la capitale de l'eswatini | SZ | fr-CA
centre-du-quebec | alexa la capitale de la corée du nord ça a pas d'allure | KP | fr-CA
# --- fr-CA: Laurentides (Saint-Jérôme, Sainte-Agathe, Mont-Tremblant: "le chalet", "le p'tit train du nord", "les skieurs", "c'est tiguidou")
laurentides | alexa au chalet on a des voisins {} c'est quoi la capitale | mexicains=MX; brésiliens=BR; argentins=AR | fr-CA
laurentides | alexa à tremblant un moniteur de ski vient {} c'est quoi la capitale | de l'autriche=AT; de la slovénie=SI; de l'andorre=AD | fr-CA
laurentides | alexa c'est tiguidou dis-moi la capitale {} | de la colombie=CO; du venezuela=VE; du guyana=GY | fr-CA
laurentides | alexa sur le p'tit train du nord en vélo y avait des {} c'est quoi la capitale | hollandais=NL; allemands=DE; suisses=CH | fr-CA
laurentides | alexa c'est quoi la capitale des laurentides | FB | fr-CA
laurentides | alexa tiguidou c'est quoi la capitale du congo brazzaville | CG | fr-CA
laurentides | alexa au chalet la capitale du liechtenstein | LI | fr-CA
# --- fr-CA: Atikamekw of Manawan, Wemotaci and Opitciwan ("kwei", "mikwetc", "nokom", the pow-wow, the territory)
atikamekw | alexa kwei c'est quoi la capitale {} | du canada=CA; du groenland=GL; du danemark=DK | fr-CA
atikamekw | alexa mikwetc pis la capitale {} | de la nouvelle-zélande=NZ; de l'australie=AU; du chili=CL | fr-CA
atikamekw | alexa au pow-wow de manawan des danseurs venaient {} c'est quoi la capitale | du mexique=MX; du pérou=PE; de la bolivie=BO | fr-CA
atikamekw | alexa nokom demande la capitale {} | de la norvège=NO; de la finlande=FI; de la russie=RU | fr-CA
atikamekw | alexa kwei c'est quoi la capitale du nitaskinan | FB | fr-CA
atikamekw | alexa kwei la capitale de la mauricie | FB | fr-CA
atikamekw | alexa mikwetc c'est quoi la capitale de la palestine | PS | fr-CA
# --- fr-CA: Greek Montrealers of Parc-Extension ("yia sou", "re", "ela", "yiayia", the souvlaki, the Greek parade)
grecs-mtl | alexa yia sou c'est quoi la capitale {} | de la grèce=GR; de chypre=CY; de la macédoine du nord=MK | fr-CA
grecs-mtl | alexa ela re dis-moi la capitale {} | de l'albanie=AL; de la bulgarie=BG; de la turquie=TR | fr-CA
grecs-mtl | alexa yiayia veut savoir la capitale {} | de l'égypte=EG; de l'australie=AU; de l'afrique du sud=ZA | fr-CA
grecs-mtl | alexa au défilé grec un cousin venait {} c'est quoi la capitale | d'allemagne=DE; de suède=SE; de belgique=BE | fr-CA
grecs-mtl | alexa re c'est quoi la capitale de la crète | FB | fr-CA
grecs-mtl | alexa ela c'est quoi la capitale de la macédoine | MK | fr-CA
grecs-mtl | alexa yia sou la capitale de la corée du sud | KR | fr-CA
# --- fr-CA: Peruvian Montrealers of Saint-Michel ("pe", "causa", "chamba", "jato", the ceviche, the Inti Raymi)
peruviens-mtl | alexa pe c'est quoi la capitale {} | du pérou=PE; de l'équateur=EC; de la bolivie=BO | fr-CA
peruviens-mtl | alexa causa dis-moi la capitale {} | du chili=CL; du paraguay=PY; de l'uruguay=UY | fr-CA
peruviens-mtl | alexa à la chamba un collègue vient {} c'est quoi la capitale | du venezuela=VE; de la colombie=CO; de cuba=CU | fr-CA
peruviens-mtl | alexa pe la capitale de la bolivie c'est sucre ou la paz | BO | fr-CA
peruviens-mtl | alexa en faisant le ceviche ma mère demande la capitale {} | du suriname=SR; du belize=BZ; d'haïti=HT | fr-CA
peruviens-mtl | alexa pe c'est quoi la capitale de l'amazonie | FB | fr-CA
# --- fr-CA: Acadiens of Nova Scotia (Baie Sainte-Marie, Chéticamp, Pubnico: "j'avons", "point", "icitte", the rappie pie, the Festival acadien de Clare)
acadiens-ne | alexa j'avons une question c'est quoi la capitale {} | de la nouvelle-écosse=CA-NS; du nouveau-brunswick=CA-NB; de l'île-du-prince-édouard=CA-PE | fr-CA
acadiens-ne | alexa je sais point la capitale {} | de la louisiane=US-LA; du massachusetts=US-MA; du maine=US-ME | fr-CA
acadiens-ne | alexa au festival acadien de clare un violoneux venait {} c'est quoi la capitale | d'irlande=IE; d'écosse=GB-SCT; de france=FR | fr-CA
acadiens-ne | alexa en faisant le rappie pie grand-mère demande la capitale {} | de terre-neuve-et-labrador=CA-NL; de saint-pierre-et-miquelon=PM; des bermudes=BM | fr-CA
acadiens-ne | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
acadiens-ne | alexa je sais point la capitale du cap-breton | FB | fr-CA
acadiens-ne | alexa icitte on se demande la capitale de l'écosse | GB-SCT | fr-CA
# --- fr-CA: Fransaskois and Franco-Colombiens (Gravelbourg, Zenon Park, Maillardville, Victoria: "la prairie", "le blé", "les Rocheuses")
fransaskois | alexa dans la prairie on se demande la capitale {} | de la saskatchewan=CA-SK; de l'alberta=CA-AB; du dakota du nord=US-ND | fr-CA
fransaskois | alexa on vend du blé {} c'est quoi la capitale | en chine=CN; en indonésie=ID; au nigeria=NG | fr-CA
fransaskois | alexa de l'autre bord des rocheuses c'est quoi la capitale {} | de la colombie-britannique=CA-BC; de l'état de washington=US-WA; de l'oregon=US-OR | fr-CA
fransaskois | alexa à maillardville un voisin vient {} c'est quoi la capitale | des philippines=PH; de la corée du sud=KR; du vietnam=VN | fr-CA
fransaskois | alexa c'est quoi la capitale du montana | US-MT | fr-CA
fransaskois | alexa la capitale de la prairie fransaskoise | FB | fr-CA
# --- fr-CA: work (a customs officer at Lacolle, a préposée aux bénéficiaires, a school-bus driver, a Tim Hortons barista, a plumber, an air traffic controller at Dorval)
travail-ca | alexa aux douanes de lacolle un camionneur {} c'est quoi sa capitale | du new york=US-NY; du vermont=US-VT; du texas=US-TX | fr-CA
travail-ca | alexa au chsld un résident demande la capitale {} | de l'italie=IT; de l'irlande=IE; de la pologne=PL | fr-CA
travail-ca | alexa dans l'autobus scolaire les jeunes veulent la capitale {} | du japon=JP; de la chine=CN; de la corée du nord=KP | fr-CA
travail-ca | alexa au tim un client {} me demande la capitale | sénégalais=SN; algérien=DZ; tunisien=TN | fr-CA
travail-ca | alexa en réparant un chauffe-eau je me demande la capitale {} | de la jamaïque=JM; de trinité-et-tobago=TT; de la barbade=BB | fr-CA
travail-ca | alexa à la tour de contrôle un avion arrive {} c'est quoi la capitale | du qatar=QA; de l'islande=IS; de la turquie=TR | fr-CA
travail-ca | alexa aux douanes un voyageur vient de la palestine c'est quoi la capitale | PS | fr-CA
travail-ca | alexa au chsld une madame veut la capitale de la république dominicaine | DO | fr-CA
travail-ca | alexa entre deux clients c'est quoi la capitale du guatemala | GT | fr-CA
travail-ca | alexa capitale du rwanda pour un patient | RW | fr-CA
travail-ca | alexa le contrôleur demande la capitale du koweït | KW | fr-CA
# --- fr-CA: school (troisième année, secondaire deux, UQAM geography, a tutoring session, the dictée PGL)
ecole-ca | alexa en troisième année on apprend la capitale {} | des états-unis=US; du mexique=MX; de la france=FR | fr-CA
ecole-ca | alexa pour mon cours de géo de secondaire deux c'est quoi la capitale {} | de l'iran=IR; de l'irak=IQ; de la syrie=SY | fr-CA
ecole-ca | alexa à l'uqam on a un quiz sur la capitale {} | de la namibie=NA; de l'angola=AO; du mozambique=MZ | fr-CA
ecole-ca | alexa en récupération le prof demande la capitale {} | de la mauritanie=MR; du niger=NE; du tchad=TD | fr-CA
ecole-ca | alexa pour la dictée pgl comment ça s'écrit la capitale {} | du burundi=BI; du malawi=MW; de la guinée=GN | fr-CA
ecole-ca | alexa mon devoir c'est la capitale du congo brazzaville | CG | fr-CA
ecole-ca | alexa pour l'examen c'est quoi la capitale de l'afrique du sud | ZA | fr-CA
ecole-ca | alexa pour le travail d'équipe la capitale des pays-bas | NL | fr-CA
ecole-ca | alexa capitale du congo kinshasa pour mon devoir | CD | fr-CA
ecole-ca | alexa la prof veut la capitale du sri lanka | LK | fr-CA
ecole-ca | alexa c'est quoi la capitale de la sierra leone | SL | fr-CA
ecole-ca | alexa capitale de la libye pour le quiz | LY | fr-CA
# --- fr-CA: TV and games (La Poule aux oeufs d'or, Le Banquier, Scattergories, a pub quiz night, Pictionary at the cottage)
jeux-ca | alexa à la poule aux oeufs d'or la question c'est la capitale {} | du vietnam=VN; du cambodge=KH; du laos=LA | fr-CA
jeux-ca | alexa au quiz du pub on a la capitale {} | du kenya=KE; de l'ouganda=UG; de l'éthiopie=ET | fr-CA
jeux-ca | alexa au scattergories faut une capitale en {} | k comme la capitale de l'afghanistan=AF; d comme la capitale du sénégal=SN; a comme la capitale du ghana=GH | fr-CA
jeux-ca | alexa au banquier le gars demande la capitale {} | de l'ukraine=UA; de la biélorussie=BY; de la lituanie=LT | fr-CA
jeux-ca | alexa au quiz du pub la capitale de la bolivie | BO | fr-CA
jeux-ca | alexa pour gagner le quiz c'est quoi la capitale de la malaisie | MY | fr-CA
jeux-ca | alexa la question du quiz c'est la capitale de vanuatu | VU | fr-CA
jeux-ca | alexa quiz capitale des îles salomon | SB | fr-CA
# --- fr-CA: home (the Saint-Jean, the réveillon, a road trip to Ogunquit, a trip in the VR, kids at the cottage, the Coupe Grey)
maison-ca | alexa à la saint-jean mon oncle gage que la capitale {} c'est pas ça | du brésil=BR; de la turquie=TR; du nigeria=NG | fr-CA
maison-ca | alexa au réveillon ma tante demande la capitale {} | de la nouvelle-calédonie=NC; de la polynésie française=PF; de la martinique=MQ | fr-CA
maison-ca | alexa en route pour ogunquit on passe {} c'est quoi la capitale | le new hampshire=US-NH; le massachusetts=US-MA; le connecticut=US-CT | fr-CA
maison-ca | alexa en vr on descend {} c'est quoi la capitale | en caroline du nord=US-NC; en géorgie=US-GA; en caroline du sud=US-SC | fr-CA
maison-ca | alexa les enfants au chalet veulent la capitale {} | de l'inde=IN; du pakistan=PK; du népal=NP | fr-CA
maison-ca | alexa pour la coupe grey c'est quoi la capitale {} | de l'ontario=CA-ON; du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
maison-ca | alexa au réveillon la capitale du bhoutan | BT | fr-CA
maison-ca | alexa ma fille veut aller au japon c'est quoi la capitale | JP | fr-CA
maison-ca | alexa la capitale de cuba pour le voyage | CU | fr-CA
maison-ca | alexa c'est quoi la capitale de la guadeloupe | GP | fr-CA
# --- cancel, help, stop, launch said with the speakers' own words
cancel | alexa adishatz non annule j'ai dit n'importe quoi | CANCEL
cancel | alexa macarel annule ma question sur l'espagne | CANCEL
cancel | alexa ferme ta goule annule ça | CANCEL
cancel | alexa non non annule j'ai les mains dans la pâte | CANCEL
cancel | alexa escolta annule la dernière question | CANCEL
cancel | alexa aman annule annule c'était pas pour toi | CANCEL
cancel | alexa on dit quoi annule ça mola | CANCEL
cancel | alexa bong annule la question de grand-mère | CANCEL
cancel | alexa nee annule s'il vous plaît | CANCEL
cancel | alexa annule je parlais au patient | CANCEL
cancel | alexa annule le client a changé d'avis | CANCEL
cancel | alexa annule c'était le petit qui parlait | CANCEL
cancel | alexa annule la question de mamie | CANCEL
cancel | alexa genre annule ça | CANCEL | fr-CA
cancel | alexa mautadit annule ça | CANCEL | fr-CA
cancel | alexa en tabarnouche laisse faire annule | CANCEL | fr-CA
cancel | alexa kwei annule la question | CANCEL | fr-CA
cancel | alexa ela re annule | CANCEL | fr-CA
cancel | alexa pe annule ça | CANCEL | fr-CA
cancel | alexa je sais point annule donc | CANCEL | fr-CA
cancel | alexa annule le gars aux douanes est parti | CANCEL | fr-CA
cancel | alexa annule c'est les jeunes dans l'autobus qui niaisent | CANCEL | fr-CA
cancel | alexa cancelle la question du quiz | CANCEL | fr-CA
cancel | alexa laisse faire la capitale annule | CANCEL | fr-CA
cancel | alexa annule ma tante a trouvé la réponse | CANCEL | fr-CA
help | alexa adishatz comment ça marche ton jeu des capitales | HELP
help | alexa o l'est comment qu'on s'en sert | HELP
help | alexa escolta j'ai besoin d'aide pour les capitales | HELP
help | alexa barev je comprends pas aide-moi | HELP
help | alexa mola comment on demande une capitale ici | HELP
help | alexa hoor help me non aide-moi en français | HELP
help | alexa bine je ne comprends pas comment marche le jeu | HELP
help | alexa mamie veut savoir comment ça marche aide | HELP
help | alexa genre c'est quoi les commandes | HELP | fr-CA
help | alexa mautadit j'comprends rien aide-moi | HELP | fr-CA
help | alexa kwei comment on joue | HELP | fr-CA
help | alexa je sais point quoi dire aide-moi | HELP | fr-CA
help | alexa ça marche comment ton affaire de capitales | HELP | fr-CA
help | alexa les jeunes savent pas quoi dire aide-nous | HELP | fr-CA
help | alexa yiayia comprend pas explique-lui | HELP | fr-CA
stop | alexa adishatz on arrête | STOP
stop | alexa macarel ça suffit les capitales | STOP
stop | alexa ferme ta goule c'est fini | STOP
stop | alexa escolta arrête tout | STOP
stop | alexa aman arrête s'il te plaît | STOP
stop | alexa on dit quoi stop stop | STOP
stop | alexa nee stop maintenant | STOP
stop | alexa arrête le jeu les petits vont au lit | STOP
stop | alexa arrête la fournée est prête | STOP
stop | alexa genre arrête | STOP | fr-CA
stop | alexa tabarnouche arrête ça | STOP | fr-CA
stop | alexa mikwetc c'est fini | STOP | fr-CA
stop | alexa ela arrête là | STOP | fr-CA
stop | alexa c'est beau les capitales on arrête | STOP | fr-CA
stop | alexa arrête le quiz on s'en va | STOP | fr-CA
stop | alexa ok arrête les enfants dorment | STOP | fr-CA
launch | alexa adishatz ouvre capitales du monde | LAUNCH
launch | alexa macarel lance capitales du monde | LAUNCH
launch | alexa escolta démarre capitales du monde | LAUNCH
launch | alexa barev ouvre capitales du monde | LAUNCH
launch | alexa on dit quoi lance capitales du monde | LAUNCH
launch | alexa bong ouvre capitales du monde pour grand-mère | LAUNCH
launch | alexa hoor start capitales du monde | LAUNCH
launch | alexa pour les petits-enfants ouvre capitales du monde | LAUNCH
launch | alexa pour le contrôle de géo lance capitales du monde | LAUNCH
launch | alexa on fait une partie de capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde on révise | LAUNCH
launch | alexa mets-nous capitales du monde pendant le repas | LAUNCH
launch | alexa genre ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa tabarnouche part capitales du monde | LAUNCH | fr-CA
launch | alexa kwei ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa ela ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa pe lance capitales du monde | LAUNCH | fr-CA
launch | alexa au chalet ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa pour le quiz du pub ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa pour mon devoir ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa part-moi donc capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour les jeunes | LAUNCH | fr-CA
launch | alexa je veux pratiquer avec capitales du monde | LAUNCH | fr-CA
# --- out-of-domain said by the speakers
out-of-domain | alexa adishatz il fait beau à auch demain | FB
out-of-domain | alexa macarel c'est quand le festival de jazz de marciac | FB
out-of-domain | alexa combien de temps pour cuire un magret | FB
out-of-domain | alexa joue de la musique de banda | FB
out-of-domain | alexa o l'est quelle heure la marée aux sables | FB
out-of-domain | alexa qui a gagné le vendée globe | FB
out-of-domain | alexa combien de temps cuire les mogettes | FB
out-of-domain | alexa c'est quoi les horaires du puy du fou | FB
out-of-domain | alexa c'est quoi la capitale de la moutarde | FB
out-of-domain | alexa combien coûte une bouteille de romanée-conti | FB
out-of-domain | alexa mets un minuteur pour les gougères | FB
out-of-domain | alexa combien de bulles dans une coupe de champagne | FB
out-of-domain | alexa quel est le score du stade de reims | FB
out-of-domain | alexa escolta mets de la sardane | FB
out-of-domain | alexa quel temps il fait à collioure | FB
out-of-domain | alexa c'est quoi le résultat de l'usap | FB
out-of-domain | alexa combien de châteaux il y a sur la loire | FB
out-of-domain | alexa comment on fait les rillettes | FB
out-of-domain | alexa barev comment on dit merci en arménien | FB
out-of-domain | alexa quelle est la population de l'arménie | FB
out-of-domain | alexa on dit quoi mets de la musique camerounaise | FB
out-of-domain | alexa comment on prépare le ndolé | FB
out-of-domain | alexa quand est le nouvel an khmer | FB
out-of-domain | alexa traduis bonjour en khmer | FB
out-of-domain | alexa hoor quel temps fait-il à cahors | FB
out-of-domain | alexa bine comment on conjugue le verbe aller | FB
out-of-domain | alexa kha c'est quoi le mot pour ça en français | FB
out-of-domain | alexa à quelle heure part le tgv pour lyon | FB
out-of-domain | alexa rappelle-moi de donner les médicaments à minuit | FB
out-of-domain | alexa combien pèse un labrador adulte | FB
out-of-domain | alexa c'est quoi les horaires du louvre | FB
out-of-domain | alexa combien d'habitants à marseille | FB
out-of-domain | alexa quelle est la plus grande ville du cameroun | FB
out-of-domain | alexa c'est quoi la langue officielle du cambodge | FB
out-of-domain | alexa quelle est la superficie de la france | FB
out-of-domain | alexa combien de départements en france | FB
out-of-domain | alexa c'est quoi la capitale romaine de la gaule | FB
out-of-domain | alexa quelle est la capitale de la mode | FB
out-of-domain | alexa quelle est la capitale européenne de la culture cette année | FB
out-of-domain | alexa qui a gagné l'eurovision l'an dernier | FB
out-of-domain | alexa quand est le prochain match des bleus | FB
out-of-domain | alexa donne-moi un mot en cinq lettres pour fleuve | FB
out-of-domain | alexa combien d'habitants en islande | FB
out-of-domain | alexa quelle est la devise du japon | FB
out-of-domain | alexa quel est le plus petit pays du monde | FB
out-of-domain | alexa quel pays a le plus d'habitants | FB
out-of-domain | alexa où se trouve la tour eiffel | FB
out-of-domain | alexa quel est le plus long fleuve de france | FB
out-of-domain | alexa quelle mer borde la grèce | FB
out-of-domain | alexa c'est quoi la capitale de la lavande | FB
out-of-domain | alexa genre quel temps y fait à brossard | FB | fr-CA
out-of-domain | alexa c'est-tu fermé le pont champlain | FB | fr-CA
out-of-domain | alexa le rem passe-tu à la fin de semaine | FB | fr-CA
out-of-domain | alexa en tabarnouche quand commence le festival de lanaudière | FB | fr-CA
out-of-domain | alexa quelle température dans le lac à rawdon | FB | fr-CA
out-of-domain | alexa c'est quoi l'horaire du traversier de l'isle-aux-coudres | FB | fr-CA
out-of-domain | alexa le casino de charlevoix ferme à quelle heure | FB | fr-CA
out-of-domain | alexa c'est quand le zoo de granby ouvre | FB | fr-CA
out-of-domain | alexa combien de vaches dans une ferme laitière | FB | fr-CA
out-of-domain | alexa c'est quand le festival de la poutine | FB | fr-CA
out-of-domain | alexa y a-tu de la neige à tremblant | FB | fr-CA
out-of-domain | alexa c'est quoi les conditions de ski au mont-tremblant | FB | fr-CA
out-of-domain | alexa kwei c'est quand le pow-wow de manawan | FB | fr-CA
out-of-domain | alexa comment on dit merci en atikamekw | FB | fr-CA
out-of-domain | alexa yia sou mets de la musique grecque | FB | fr-CA
out-of-domain | alexa c'est quand le défilé grec | FB | fr-CA
out-of-domain | alexa pe comment on fait un ceviche | FB | fr-CA
out-of-domain | alexa combien de monde au pérou | FB | fr-CA
out-of-domain | alexa c'est quoi la recette du rappie pie | FB | fr-CA
out-of-domain | alexa quand est le festival acadien de clare | FB | fr-CA
out-of-domain | alexa le prix du blé aujourd'hui | FB | fr-CA
out-of-domain | alexa quelle heure il est à regina | FB | fr-CA
out-of-domain | alexa combien de temps d'attente à la douane de lacolle | FB | fr-CA
out-of-domain | alexa fais jouer de la musique des années soixante pour les résidents | FB | fr-CA
out-of-domain | alexa y a-tu de l'école demain | FB | fr-CA
out-of-domain | alexa c'est combien un double-double | FB | fr-CA
out-of-domain | alexa comment on débouche un drain | FB | fr-CA
out-of-domain | alexa y vente combien à dorval | FB | fr-CA
out-of-domain | alexa comment ça s'écrit parallèle | FB | fr-CA
out-of-domain | alexa qui a gagné la poule aux oeufs d'or hier | FB | fr-CA
out-of-domain | alexa qui a gagné la coupe grey | FB | fr-CA
out-of-domain | alexa c'est quand la saint-jean | FB | fr-CA
out-of-domain | alexa y fait-tu beau à ogunquit | FB | fr-CA
out-of-domain | alexa combien de kilomètres jusqu'en floride | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale de la poutine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'humour | FB | fr-CA
out-of-domain | alexa combien de pays en amérique du sud | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grande ville du canada | FB | fr-CA
out-of-domain | alexa combien de monde vit à ottawa | FB | fr-CA
out-of-domain | alexa quel est le plus grand lac du québec | FB | fr-CA
# --- countries not yet asked
gascons | alexa macarel c'est quoi la capitale de la dominique | DM
vendeens | alexa un navigateur a fait escale {} quelle est la capitale | à saint-christophe-et-niévès=KN; aux îles marshall=MH; aux palaos=PW
franco-cambodgiens | alexa bong la capitale {} | des états fédérés de micronésie=FM; de kiribati=KI; de nauru=NR
jeux-ca | alexa la question difficile du quiz c'est la capitale {} | des tuvalu=TV; de la micronésie=FM; des kiribati=KI | fr-CA
maison-ca | alexa en croisière on arrête {} c'est quoi la capitale | à la dominique=DM; à saint-kitts=KN; à sainte-lucie=LC | fr-CA
travail-fr | alexa dans l'avion de nuit un steward {} m'a demandé la capitale | des îles marshall=MH; des palaos=PW; de nauru=NR
ecole-fr | alexa pour l'exposé sur le pacifique la capitale des tuvalu | TV
# --- more fr-FR
gascons | alexa au marché au gras de samatan un acheteur {} c'est quoi sa capitale | belge=BE; anglais=GB; luxembourgeois=LU
gascons | alexa adishatz ma petite-fille part en erasmus {} quelle est la capitale | en irlande=IE; en finlande=FI; en lettonie=LV
gascons | alexa macarel à la feria de vic un torero {} c'est quoi la capitale | mexicain=MX; colombien=CO; vénézuélien=VE
vendeens | alexa o l'est la capitale {} j'ai oublié | de la corée du sud=KR; de la corée du nord=KP; de la palestine=PS
vendeens | alexa à la roche-sur-yon l'équipe de hand joue contre {} c'est quoi la capitale | la norvège=NO; le danemark=DK; la hongrie=HU
vendeens | alexa mon gars pêche au large {} c'est quoi la capitale | de la mauritanie=MR; du sénégal=SN; de la guinée-bissau=GW
bourguignons | alexa le chanoine kir a jumelé dijon avec {} c'est quoi la capitale | une ville de pologne=PL; une ville d'ukraine=UA; une ville de slovaquie=SK
bourguignons | alexa la moutarde de dijon se vend {} quelle est la capitale | aux états-unis=US; au mexique=MX; en australie=AU
bourguignons | alexa au marché de beaune un couple {} demande la capitale | néerlandais=NL; malaisien=MY; bolivien=BO
champenois | alexa à épernay une touriste {} m'a demandé la capitale de son pays | sud-africaine=ZA; sri-lankaise=LK; béninoise=BJ
champenois | alexa la cathédrale de reims attire des {} c'est quoi leur capitale | japonais=JP; coréens=KR; brésiliens=BR
champenois | alexa un vendangeur vient {} quelle est sa capitale | de roumanie=RO; de bulgarie=BG; de pologne=PL
catalans | alexa escolta mon cousin est parti {} c'est quoi la capitale | au venezuela=VE; en équateur=EC; au guatemala=GT
catalans | alexa à perpignan au marché un vendeur {} quelle est la capitale | marocain=MA; algérien=DZ; tunisien=TN
catalans | alexa bonica c'est quoi la capitale {} | de la corée du nord=KP; de la république démocratique du congo=CD; de la palestine=PS
tourangeaux | alexa à la fac de tours un étudiant {} m'a demandé la capitale | congolais de brazzaville=CG; gabonais=GA; camerounais=CM
tourangeaux | alexa pour le marché de noël de tours un stand {} c'est quoi la capitale | autrichien=AT; tchèque=CZ; allemand=DE
tourangeaux | alexa mon voisin de chinon a vécu {} c'est quoi la capitale | en malaisie=MY; en afrique du sud=ZA; en bolivie=BO
franco-armeniens | alexa jan la famille de papi est arrivée par {} c'est quoi la capitale | le liban=LB; l'égypte=EG; l'irak=IQ
franco-armeniens | alexa pour le match de foot on regarde {} c'est quoi la capitale | la géorgie=GE; la lettonie=LV; l'estonie=EE
franco-armeniens | alexa aman ma nièce se marie avec un garçon {} c'est quoi la capitale | ukrainien=UA; iranien=IR; russe=RU
franco-camerounais | alexa mola le cousin joue au foot {} c'est quoi la capitale | en turquie=TR; en arabie saoudite=SA; en chine=CN
franco-camerounais | alexa on dit quoi la tantine vend du pagne {} c'est quoi la capitale | du ghana=GH; de la côte d'ivoire=CI; du togo=TG
franco-camerounais | alexa mon frère la capitale {} c'est laquelle | de la guinée=GN; de la guinée équatoriale=GQ; de la guinée-bissau=GW
franco-cambodgiens | alexa oun pour le nouvel an grand-père parle {} c'est quoi la capitale | de la corée du sud=KR; de la corée du nord=KP; de la chine=CN
franco-cambodgiens | alexa ot panyaha tonton travaille {} quelle est la capitale | au japon=JP; en australie=AU; en nouvelle-zélande=NZ
franco-cambodgiens | alexa bong on mange de la soupe {} c'est quoi la capitale | vietnamienne=VN; thaï=TH; malaisienne=MY
apprenants | alexa excusez-moi capitale de la pays-bas est amsterdam ou la haye | NL
apprenants | alexa bine je veux capitale de afrique du sud pretoria | ZA
apprenants | alexa nai khrap le capitale de la malaisie | MY
apprenants | alexa hoor la capitale de la bolivie est sucre | BO
apprenants | alexa le capitale de la congo kinshasa est quelle | CD
apprenants | alexa mon professeur demande capitale de la palestine | PS
apprenants | alexa euh le capitale pour corée de sud | KR
apprenants | alexa je ne sais pas la capitale de le corée de nord | KP
apprenants | alexa ne capitale de la république de congo | CG
travail-fr | alexa au salon de coiffure une cliente revient {} c'est quoi la capitale | de thaïlande=TH; de bali en indonésie=ID; du vietnam=VN
travail-fr | alexa le tgv est en retard dis-moi la capitale {} | de la bolivie=BO; de la malaisie=MY; des pays-bas=NL
travail-fr | alexa en maraude on aide un monsieur {} c'est quoi la capitale | érythréen=ER; soudanais=SD; afghan=AF
travail-fr | alexa au musée d'orsay un groupe vient {} quelle est la capitale | de corée du sud=KR; de la palestine=PS; de la république du congo=CG
ecole-fr | alexa pour la carte muette de cinquième la capitale {} | de la corée du nord=KP; du congo kinshasa=CD; de l'afrique du sud=ZA
ecole-fr | alexa au bac oral le prof a parlé {} c'est quoi la capitale | du liban=LB; de la syrie=SY; de la jordanie=JO
ecole-fr | alexa en ce deux la maîtresse veut la capitale {} | du sénégal=SN; du mali=ML; de la côte d'ivoire=CI
jeux-fr | alexa à questions pour un champion le neuf points gagnants c'est la capitale {} | du bénin=BJ; du sri lanka=LK; de l'eswatini=SZ
jeux-fr | alexa au trivial du dimanche la capitale {} | de la bolivie=BO; des pays-bas=NL; de la malaisie=MY
jeux-fr | alexa au petit bac capitale en p {} | la capitale du cambodge=KH; la capitale de la corée du nord=KP; la capitale du panama=PA
maison-fr | alexa pendant le match des bleus contre {} c'est quoi la capitale | la corée du sud=KR; la palestine=PS; l'afrique du sud=ZA
maison-fr | alexa ma fille part en service civique {} c'est quoi la capitale | au congo brazzaville=CG; en rdc=CD; au bénin=BJ
maison-fr | alexa au dîner de noël mon beau-frère dit que la capitale {} c'est rio | du brésil=BR
maison-fr | alexa les petits regardent un documentaire sur la corée du nord c'est quoi la capitale | KP
maison-fr | alexa pour le calendrier de l'avent la capitale de la palestine | PS
maison-fr | alexa mamie veut savoir la capitale de l'afrique du sud | ZA
shared-name | alexa adishatz la capitale de la géorgie le pays du caucase | GE
shared-name | alexa la capitale de la guinée pas l'équatoriale | GN
shared-name | alexa capitale de la dominique pas la république dominicaine | DM
shared-name | alexa c'est quoi la capitale de la macédoine | MK
shared-name | alexa la capitale des deux corées | KP+KR
shared-name | alexa la capitale du soudan | SD
shared-name | alexa la capitale du congo celui de brazza | CG | fr-CA
shared-name | alexa c'est quoi la capitale de la géorgie pas celle des états-unis | GE | fr-CA
out-of-domain | alexa c'est quoi la capitale de la bretagne celte | FB
out-of-domain | alexa qui a gagné le trivial hier soir | FB
out-of-domain | alexa combien de calories dans une gougère | FB
out-of-domain | alexa joue le dernier album d'aya nakamura | FB
out-of-domain | alexa quelle est la hauteur de la dune du pilat | FB
out-of-domain | alexa quel âge a le président | FB
out-of-domain | alexa combien de kilomètres de tours à paris | FB
out-of-domain | alexa c'est quoi la capitale du foie gras | FB
out-of-domain | alexa mets la radio bleu gascogne | FB
out-of-domain | alexa quelle est la météo à reims ce week-end | FB
out-of-domain | alexa qui a écrit le petit prince | FB
out-of-domain | alexa quel est le pays le plus peuplé d'afrique | FB
"""

if __name__ == "__main__":
    build_round(52, "fr", LINES, sys.argv, "tests/Eval/fr/round52/source/build_corpus.py")
