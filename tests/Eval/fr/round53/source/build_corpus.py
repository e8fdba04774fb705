"""Round 53, French (fr-FR, fr-CA): a new author's own mix, written blind in the sixty-first session (brief WRITER69.md),
for this session's tuner. About two fifths of the lines fr-CA.
Speakers and situations chosen apart from round 52 (no Gascons of the Gers, Vendéens, Bourguignons, Champenois,
Catalans of Perpignan, Tourangeaux, Franco-Armenian, Franco-Cameroonian or Franco-Cambodian families, Dutch, Romanian,
Greek or Thai learners, Lavallois and people of the Rive-Sud, Lanaudois, Charlevoisiens, Maskoutains and Granbyens,
people of Drummondville and Victoriaville, Laurentiens, Atikamekw, Greek or Peruvian Montrealers, Acadiens of Nova
Scotia, Fransaskois and Franco-Colombiens; none of round 52's jobs, school years, games or home situations), from the
groups round 52 lists as avoided from round 51 (Basques, Auvergnats, Bordelais, Niçois, Lorrains, Savoyards, Picards,
teenagers of the 93 and the 94, Franco-Malian, Franco-Polish or Franco-Tamil families, Polynesians and Caledonians in
the métropole, Guyanais and Mahorais, Japanese, American, Polish or Syrian learners, Trifluviens and Mauriciens,
Abitibiens, Bas-Laurentiens and Côte-Nordiens, Estriens, Outaouais, people of Québec City and Lévis, Innus, Moroccan
or Colombian Montrealers, Franco-Albertains, Brayons), from round 50 (Alsaciens, Bretons, Normands, Marseillais,
Ch'tis, Lyonnais, Toulousains, Corses, Réunionnais, Antillais, Franco-Algerian, Franco-Portuguese, Franco-Vietnamese,
Franco-Turkish or Franco-Congolese families, British, Italian, Ukrainian or Korean learners, Acadiens of New
Brunswick's south-east, Franco-Ontariens, Saguenéens and Jeannois, Gaspésiens and Madelinots, Haitian Montrealers,
Lebanese Montrealers, Beaucerons, Franco-Manitobains, Anglo-Montrealers), from round 49 (Dauphinois, Limousins,
Héraultais, Béarnais, Ardennais, Franco-Senegalese, Franco-Russian or Franco-Comorian families, Chinese, Filipino,
Afghan or Czech learners, Franco-Terre-Neuviens, Franco-Nunavois, Fort McMurray workers, Filipino Montrealers,
Guatemalan and Mexican farm workers, Sephardic or Ahuntsic-Cartierville Montrealers) and from round 48
(Francs-Comtois, Ligériens, Charentais, Périgourdins, Stéphanois, Saint-Pierrais, Franco-Brazilian, Franco-Spanish and
Franco-Malagasy families, German, Indian, Nigerian and Swedish learners, South-West Montrealers, Appalachians,
Franco-Yukoners, Franco-Ténois, Cajuns, Franco-Americans of New England, Acadians of Prince Edward Island, Punjabi and
Iranian Montrealers); none of those rounds' jobs, school years, games or home situations.
fr-FR speakers: Berrichons of Bourges, Châteauroux and Vierzon ("dis donc ma p'tite", "ben mon gars", "à la veillée",
the bouchures, the Printemps de Bourges), Aveyronnais of Rodez, Millau and Laguiole and the Aveyronnais bistrot owners
of Paris ("l'aligot", the viaduc, the roquefort, the couteaux, the estive), Ardéchois of Privas and Aubenas (the
gorges, the canoës, the crème de marrons, the Caverne du Pont-d'Arc, the Gerbier-de-Jonc), Poitevins of Poitiers and
Niort ("la drôle", the Futuroscope, the Marais poitevin barques, the mogettes, the tourteau fromager), Manceaux of Le
Mans (the Vingt-Quatre Heures, the MotoGP, the rillettes), Orléanais (the fêtes johanniques, the quai du Roi, the
Loire), Angevins of Angers and Saumur ("la douceur angevine", the Cadre noir, the SCO, the Cointreau), Tarnais of
Albi and Castres (the brick cathedral, the Castres Olympique, "boudu"), Franco-Ivorian families of Bondy and Créteil
("on est ensemble", "dja", "môgô", "c'est gâté", "walaï", the tantie), Franco-Tunisian families of the 20e and Sfax
("chouf", "yezzi", "baba", "wallah", the brik), Franco-Serbian families of the 18e ("ajde", "baka", "brate", "deda",
the sarma, the Étoile rouge) and learners (a Norwegian au pair, a Hungarian doctoral student, an Irish barman, an
Egyptian engineer: "uff", "takk", "igen", "nem", "köszi", "sure look", "grand", "yalla", article and gender errors).
fr-FR situations: work (a pharmacienne, a facteur on his round, a kiné, a supermarket cashier, pompiers at the caserne,
a call-centre plateau, the vendanges), school (a CM2 test, quatrième revision, the grand oral of HGGSP, a BTS
tourisme, a prépa colle), games and TV (Le Grand Slam, Tout le monde veut prendre sa place, a blind test of anthems,
Time's Up, Pictionary) and home (a wedding seating plan with tables named after capitals, the Tour de France,
Roland-Garros, a brocante, the fête des voisins, a house move, the Olympic parade of nations).
fr-CA speakers: Jamésiens of Chibougamau, Chapais and Matagami ("icitte", "frette", the mine, the hunting camp, the
orignal), Crees of Mistissini, Waskaganish and Chisasibi ("wachiya", "meegwetch", "kokum", Eeyou Istchee, Air
Creebec), Campivallensiens of Salaberry-de-Valleyfield (the régates, the hydroplanes, the canal de Beauharnois, the
Suroît), Johannais of Saint-Jean-sur-Richelieu (the montgolfières festival, the Collège militaire), people of
Hochelaga-Maisonneuve ("tsé", the marché Maisonneuve, the Stade olympique), Acadiens of the Péninsule acadienne
(Caraquet, Shippagan, Lamèque: "asteure", "itou", the Tintamarre, the crab season), Algerian Montrealers of the
Petit-Maghreb ("wesh", "sahbi", "yemma", the raï), Rwandan and Burundian Montrealers ("murakoze", "yego",
"amahoro"), Sorelois of Sorel-Tracy (the îles de Sorel, the gibelotte, the traversier), Vietnamese Montrealers of
Côte-des-Neiges ("dạ" written "da", "bà ngoại" written "ba ngoai", the pho) and Salvadoran Montrealers ("cipote",
"chivo", the pupusas).
fr-CA situations: work (a snow-plough driver, a coach of atome hockey, Hydro-Québec linemen sent south, a Costco
cashier, a paramedic, a long-haul trucker), school (maternelle, sixième année, the examen du ministère, cégep
geography, a travail d'équipe), games and TV (Génial, Le Tricheur, a pub quiz, Tout le monde en parle) and home (the
cabane à sucre, the first-of-July move, Halloween, the NHL playoffs, the Noël des campeurs).
Families per speaker group and situation, and the shared families (follow-up, plural-capitals, subdivision,
out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-52 are dropped.
Built by round12_hinl_corpus.py (build_round with round 53's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- shared: plural-capitals
plural-capitals | alexa tu peux me sortir les capitales {} toutes | de l'afrique du sud=ZA; de la bolivie=BO; du bénin=BJ
plural-capitals | alexa ma fille dit que {} a plusieurs capitales elles sont où | la malaisie=MY; les pays-bas=NL; le sri lanka=LK
plural-capitals | alexa les capitales {} au complet s'il te plaît | de la côte d'ivoire=CI; de l'eswatini=SZ; de la bolivie=BO
plural-capitals | alexa c'est quoi ça les deux capitales {} explique | des pays-bas=NL; de la malaisie=MY; de l'afrique du sud=ZA | fr-CA
plural-capitals | alexa nomme-moi les capitales {} une après l'autre | du sri lanka=LK; du bénin=BJ; de la côte d'ivoire=CI | fr-CA
plural-capitals | alexa pour le quiz il me faut les deux capitales {} | du swaziland=SZ; de la bolivie=BO; des pays-bas=NL | fr-CA
plural-capitals | alexa l'afrique du sud ça a trois capitales donne-les-moi toutes les trois | ZA
plural-capitals | alexa la bolivie c'est sucre ou la paz ou les deux capitales | BO
plural-capitals | alexa les pays-bas ont deux capitales je crois lesquelles exactement | NL
plural-capitals | alexa la malaisie a deux capitales kuala lumpur et l'autre | MY
plural-capitals | alexa c'est quoi les capitales de la malaisie en ce moment | MY
plural-capitals | alexa les deux capitales du bénin je les mélange tout le temps | BJ
plural-capitals | alexa la côte d'ivoire a-t-elle deux capitales et lesquelles | CI
plural-capitals | alexa les capitales du sri lanka c'est colombo et quoi d'autre | LK
plural-capitals | alexa les trois capitales sud-africaines s'il te plaît | ZA
plural-capitals | alexa les deux capitales boliviennes | BO
plural-capitals | alexa l'eswatini a deux capitales c'est lesquelles au juste | SZ
plural-capitals | alexa les capitales de l'afrique du sud j'en oublie toujours une | ZA | fr-CA
plural-capitals | alexa la bolivie a tu deux capitales | BO | fr-CA
plural-capitals | alexa les pays-bas y ont deux capitales c'est quoi | NL | fr-CA
plural-capitals | alexa les deux capitales de la malaisie stp | MY | fr-CA
plural-capitals | alexa les capitales du bénin pour mon devoir | BJ | fr-CA
plural-capitals | alexa les capitales de la côte d'ivoire yamoussoukro pis l'autre | CI | fr-CA
plural-capitals | alexa sri lanka les deux capitales c'est quoi leur nom | LK | fr-CA
plural-capitals | alexa les capitales de l'eswatini c'est-tu deux | SZ | fr-CA
plural-capitals | alexa pretoria le cap pis bloemfontein c'est les trois capitales de quel pays | ZA | fr-CA
plural-capitals | alexa les deux capitales des pays-bas amsterdam pis la haye c'est ça | NL
# --- shared: help
help | alexa capitales du monde comment ça marche ton truc | HELP
help | alexa je comprends rien à capitales du monde aide-moi | HELP
help | alexa qu'est-ce que je peux te demander dans capitales du monde | HELP
help | alexa donne-moi un exemple de question pour les capitales | HELP
help | alexa je fais comment pour poser une question de capitale | HELP
help | aide-moi un peu là je sais pas quoi dire | HELP
help | alexa explique-moi comment on joue | HELP
help | alexa c'est quoi les règles ici | HELP
help | alexa je suis perdue qu'est-ce que je dois dire | HELP
help | alexa tu sais faire quoi exactement avec les capitales | HELP
help | alexa au secours je sais pas utiliser ce jeu | HELP
help | alexa mode d'emploi s'il te plaît | HELP
help | alexa tu peux répéter comment ça fonctionne | HELP
help | alexa j'ai besoin d'un coup de main avec capitales du monde | HELP
help | alexa les instructions stp | HELP | fr-CA
help | alexa comment ça marche ton affaire de capitales | HELP | fr-CA
help | alexa je sais pas quoi te demander aide-moi donc | HELP | fr-CA
help | alexa c'est quoi que je peux dire dans ton jeu | HELP | fr-CA
help | alexa capitales du monde j'ai besoin d'aide là | HELP | fr-CA
help | alexa peux-tu m'expliquer comment on s'en sert | HELP | fr-CA
help | alexa je comprends pas ton affaire explique-moi | HELP | fr-CA
help | alexa montre-moi comment poser une question | HELP | fr-CA
help | alexa aide aide aide | HELP | fr-CA
help | alexa qu'est-ce qu'on peut faire avec ça | HELP | fr-CA
help | alexa les options c'est quoi | HELP | fr-CA
help | alexa tu m'aides-tu un peu | HELP | fr-CA
# --- shared: stop
stop | alexa stop c'est bon on a fini | STOP
stop | alexa arrête les capitales maintenant | STOP
stop | alexa ferme capitales du monde | STOP
stop | alexa ça suffit pour ce soir | STOP
stop | alexa on arrête là merci | STOP
stop | alexa quitte le jeu | STOP
stop | alexa sors des capitales | STOP
stop | alexa stop stop stop | STOP
stop | alexa tais-toi un peu | STOP
stop | alexa fin de la partie | STOP
stop | alexa j'en ai assez arrête | STOP
stop | alexa bon allez terminé | STOP
stop | alexa coupe tout | STOP
stop | alexa au revoir capitales du monde | STOP
stop | alexa arrête ça | STOP | fr-CA
stop | alexa c'est assez pour aujourd'hui | STOP | fr-CA
stop | alexa ferme ça | STOP | fr-CA
stop | alexa on a fini bye | STOP | fr-CA
stop | alexa sors de là | STOP | fr-CA
stop | alexa arrête de parler | STOP | fr-CA
stop | alexa ok stop merci bonne nuit | STOP | fr-CA
stop | alexa quitte capitales du monde | STOP | fr-CA
stop | alexa c'est fini le jeu | STOP | fr-CA
stop | alexa bon ben salut arrête | STOP | fr-CA
stop | alexa ferme ton jeu de capitales | STOP | fr-CA
stop | alexa je veux arrêter | STOP | fr-CA
# --- shared: cancel
cancel | alexa annule | CANCEL
cancel | alexa annule ma question | CANCEL
cancel | alexa non annule ça | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa annule annule | CANCEL
cancel | alexa non non laisse tomber | CANCEL
cancel | alexa c'est pas grave annule | CANCEL
cancel | alexa annule la demande | CANCEL
cancel | alexa finalement non oublie | CANCEL
cancel | alexa pardon annule c'était pas pour toi | CANCEL
cancel | alexa je me suis trompé annule | CANCEL
cancel | alexa annule s'il te plaît | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa oublie ça | CANCEL | fr-CA
cancel | alexa annule ça tout de suite | CANCEL | fr-CA
cancel | alexa non c'est correct annule | CANCEL | fr-CA
cancel | alexa laisse faire c'est pas important | CANCEL | fr-CA
cancel | alexa annule ma dernière question | CANCEL | fr-CA
cancel | alexa non non non annule | CANCEL | fr-CA
cancel | alexa oublie ma question | CANCEL | fr-CA
cancel | alexa je me suis trompée laisse faire | CANCEL | fr-CA
cancel | alexa annule ça c'était le petit qui parlait | CANCEL | fr-CA
cancel | alexa laisse tomber c'est beau | CANCEL | fr-CA
cancel | alexa cancelle ça | CANCEL | fr-CA
cancel | alexa annule c'était une erreur | CANCEL
# --- shared: launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa capitales du monde | LAUNCH
launch | alexa ouvre le jeu capitales du monde | LAUNCH
launch | alexa lance le jeu des capitales du monde | LAUNCH
launch | alexa tu peux ouvrir capitales du monde s'il te plaît | LAUNCH
launch | alexa allez lance capitales du monde pour les enfants | LAUNCH
launch | alexa bonjour ouvre capitales du monde | LAUNCH
launch | alexa commence capitales du monde | LAUNCH
launch | alexa active capitales du monde | LAUNCH
launch | alexa on fait une partie de capitales du monde | LAUNCH
launch | alexa j'aimerais ouvrir capitales du monde | LAUNCH
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa lance-moi capitales du monde | LAUNCH | fr-CA
launch | alexa démarre le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa on veut jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa peux-tu partir capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre l'application capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde stp | LAUNCH | fr-CA
launch | alexa ouvre-moi capitales du monde | LAUNCH | fr-CA
launch | alexa salut ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa joue à capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde on va pratiquer | LAUNCH | fr-CA
launch | alexa réveille capitales du monde | LAUNCH
launch | alexa va sur capitales du monde | LAUNCH
launch | alexa je voudrais capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde pour mon fils | LAUNCH
launch | alexa lance capitales du monde on révise | LAUNCH
launch | alexa c'est parti capitales du monde | LAUNCH
# --- shared: follow-up
follow-up | et {} alors | la roumanie=RO; le paraguay=PY; le laos=LA
follow-up | et pour {} | la namibie=NA; l'ouzbékistan=UZ; le honduras=HN
follow-up | bon et {} maintenant | la slovaquie=SK; le yémen=YE; les tonga=TO
follow-up | pis {} | le turkménistan=TM; la gambie=GM; le belize=BZ | fr-CA
follow-up | ok pis {} d'abord | la mauritanie=MR; le népal=NP; l'uruguay=UY | fr-CA
follow-up | et celle {} | du kirghizstan=KG; de la lettonie=LV; du suriname=SR
follow-up | et la corée du nord | KP
follow-up | et la corée du sud | KR
follow-up | pis la palestine elle | PS | fr-CA
follow-up | et le congo-brazzaville | CG
follow-up | et l'autre congo le grand | CD
follow-up | même question pour le tadjikistan | TJ
follow-up | la même chose pour le monténégro | ME
follow-up | pis le tchad | TD | fr-CA
follow-up | et ensuite le bhoutan | BT
follow-up | pis la guyana | GY | fr-CA
follow-up | et chez les voisins la moldavie | MD
follow-up | encore une l'érythrée | ER
follow-up | pis le malawi tant qu'à faire | MW | fr-CA
follow-up | et le lesotho juste à côté | LS
# --- shared: yes-no-check
yes-no-check | alexa est-ce que {} | bichkek est bien la capitale du kirghizstan=KG; tirana c'est la capitale de l'albanie=AL; asmara est la capitale de l'érythrée=ER
yes-no-check | alexa c'est-tu vrai que {} | vientiane est la capitale du laos=LA; montevideo c'est la capitale de l'uruguay=UY; gitega est la capitale du burundi=BI | fr-CA
yes-no-check | alexa j'ai raison si je dis que {} | bratislava est la capitale de la slovaquie=SK; lilongwe est la capitale du malawi=MW; paramaribo est la capitale du suriname=SR
yes-no-check | alexa pyongyang c'est bien en corée du nord hein | KP
yes-no-check | alexa séoul c'est la capitale de la corée du sud oui ou non | KR
yes-no-check | alexa ramallah c'est la capitale de la palestine ou pas | PS
yes-no-check | alexa kinshasa c'est la capitale du congo démocratique c'est ça | CD
yes-no-check | alexa brazzaville c'est-tu la capitale du congo | CG | fr-CA
yes-no-check | alexa la capitale de la tanzanie c'est pas dar es salam | TZ
yes-no-check | alexa abuja ou lagos pour le nigeria je parie lagos | NG
yes-no-check | alexa la capitale du canada c'est bien ottawa pas toronto | CA | fr-CA
yes-no-check | alexa c'est vrai que la capitale de l'australie c'est pas sydney | AU | fr-CA
yes-no-check | alexa astana ou almaty pour le kazakhstan | KZ
yes-no-check | alexa dis-moi si naypyidaw est vraiment la capitale de la birmanie | MM
yes-no-check | alexa ankara est la capitale de la turquie pas istanbul confirme | TR | fr-CA
yes-no-check | alexa berne c'est la capitale de la suisse ou c'est zurich | CH
yes-no-check | alexa rabat ou casablanca c'est laquelle la capitale du maroc | MA | fr-CA
yes-no-check | alexa je gage que la capitale du brésil c'est rio | BR | fr-CA
# --- shared: self-correction
self-correction | alexa la capitale de l'autriche euh non de l'australie | AU
self-correction | alexa capitale de la slovénie attends non slovaquie | SK
self-correction | alexa la capitale de l'islande pardon de l'irlande | IE
self-correction | alexa c'est quoi la capitale de la suède non je veux dire de la suisse | CH
self-correction | alexa capitale de la gambie heu non la zambie | ZM
self-correction | alexa la capitale du niger non du nigeria | NG
self-correction | alexa la capitale de la guinée non de la guinée-bissau | GW
self-correction | alexa la capitale de la corée du sud non du nord je me suis trompé | KP
self-correction | alexa la capitale du congo kinshasa non l'autre brazzaville c'est le pays que je veux | CG
self-correction | alexa c'est quoi la capitale de l'iran non de l'irak | IQ | fr-CA
self-correction | alexa la capitale de la colombie oups de la bolivie | BO | fr-CA
self-correction | alexa capitale de la lettonie non lituanie | LT | fr-CA
self-correction | alexa la capitale de la mauritanie euh je voulais dire de maurice | MU | fr-CA
self-correction | alexa la capitale du paraguay non de l'uruguay | UY | fr-CA
self-correction | alexa la capitale de la dominique pas la république dominicaine la petite île | DM | fr-CA
self-correction | alexa capitale du salvador non attends du honduras | HN | fr-CA
self-correction | alexa c'est quoi la capitale de la corée du nord euh du sud plutôt | KR | fr-CA
self-correction | alexa la capitale de l'arménie je veux dire de l'albanie | AL
self-correction | alexa la capitale du tadjikistan non plutôt du turkménistan | TM
self-correction | alexa la capitale du soudan du sud non juste du soudan | SD
# --- shared: reverse-question
reverse-question | alexa {} c'est la capitale de quel pays | ouagadougou=CITY:Ouagadougou; thimphu=CITY:Thimphu; oulan-bator=CITY:Oulan-Bator
reverse-question | alexa dans quel pays se trouve la capitale {} | nouakchott=CITY:Nouakchott; paramaribo=CITY:Paramaribo; achgabat=CITY:Achgabat
reverse-question | alexa {} c'est la capitale de quoi | tegucigalpa=CITY:Tegucigalpa; bichkek=CITY:Bichkek; windhoek=CITY:Windhoek | fr-CA
reverse-question | alexa quel pays a {} pour capitale | vientiane=CITY:Vientiane; podgorica=CITY:Podgorica; funafuti=CITY:Funafuti
reverse-question | alexa pyongyang c'est la capitale de quel pays | CITY:Pyongyang
reverse-question | alexa séoul c'est la capitale de quoi au juste | CITY:Séoul | fr-CA
reverse-question | alexa brazzaville c'est dans quel pays | CITY:Brazzaville
reverse-question | alexa kinshasa c'est la capitale de quel congo | CITY:Kinshasa | fr-CA
reverse-question | alexa ramallah c'est la capitale de qui | CITY:Ramallah
reverse-question | alexa à quel pays appartient la capitale majuro | CITY:Majuro
reverse-question | alexa de quel état américain sacramento est la capitale | CITY:Sacramento | fr-CA
reverse-question | alexa halifax c'est la capitale de quelle province | CITY:Halifax | fr-CA
reverse-question | alexa douchanbé c'est où | CITY:Douchanbé
reverse-question | alexa honiara c'est la capitale de quel endroit | CITY:Honiara
reverse-question | alexa la capitale qui s'appelle moroni c'est quel pays | CITY:Moroni | fr-CA
reverse-question | alexa bandar seri begawan c'est la capitale de quel pays d'asie | CITY:Bandar Seri Begawan
reverse-question | alexa nuku'alofa c'est la capitale de quel pays du pacifique | CITY:Nuku'alofa | fr-CA
reverse-question | alexa regina c'est la capitale de quelle province déjà | CITY:Regina | fr-CA
reverse-question | alexa yaoundé c'est la capitale de quel pays africain | CITY:Yaoundé
reverse-question | alexa lomé c'est dans quel pays | CITY:Lomé
# --- shared: official-name
official-name | alexa capitale de {} | la république populaire de chine=CN; la république fédérale d'allemagne=DE; la fédération de russie=RU
official-name | alexa c'est quoi la capitale officielle de {} | la république démocratique populaire lao=LA; la république arabe syrienne=SY; la république islamique d'iran=IR | fr-CA
official-name | alexa la capitale de {} c'est laquelle | la république démocratique du congo=CD; la république du congo=CG; l'état de palestine=PS
official-name | alexa la capitale de la république populaire démocratique de corée | KP
official-name | alexa la capitale de la république de corée | KR | fr-CA
official-name | alexa la capitale des états-unis d'amérique | US
official-name | alexa capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
official-name | alexa la capitale de la confédération suisse | CH | fr-CA
official-name | alexa la capitale du royaume des pays-bas | NL
official-name | alexa la capitale de l'état plurinational de bolivie | BO | fr-CA
official-name | alexa capitale de la république fédérative du brésil | BR
official-name | alexa la capitale du royaume hachémite de jordanie | JO
official-name | alexa la capitale de la république bolivarienne du venezuela | VE | fr-CA
official-name | alexa la capitale des états fédérés de micronésie | FM
official-name | alexa la capitale de la république tchèque | CZ | fr-CA
official-name | alexa la capitale de la république centrafricaine | CF
official-name | alexa la capitale du royaume d'arabie saoudite | SA
official-name | alexa la capitale de la république socialiste du viêt nam | VN | fr-CA
official-name | alexa la capitale de la république d'afrique du sud | ZA
official-name | alexa la capitale du grand-duché de luxembourg | LU
# --- shared: everyday-name
everyday-name | alexa la capitale {} | de la hollande=NL; de la birmanie=MM; du swaziland=SZ
everyday-name | alexa c'est quoi la capitale {} déjà | du zaïre=CD; de la perse=IR; du dahomey=BJ | fr-CA
everyday-name | alexa capitale {} rapidement | de l'angleterre=GB-ENG; des states=US; de la tchécoslovaquie=FB
everyday-name | alexa la capitale de ceylan | LK
everyday-name | alexa la capitale de la haute-volta | BF
everyday-name | alexa la capitale de la côte de l'or | GH | fr-CA
everyday-name | alexa la capitale de la rhodésie | ZW
everyday-name | alexa la capitale du siam | TH | fr-CA
everyday-name | alexa la capitale du kampuchéa | KH
everyday-name | alexa la capitale de la biélorussie | BY | fr-CA
everyday-name | alexa la capitale de la corée du nord la corée de kim jong-un | KP
everyday-name | alexa la capitale de la palestine | PS | fr-CA
everyday-name | alexa la capitale du congo-kinshasa | CD
everyday-name | alexa la capitale du congo-brazza | CG | fr-CA
everyday-name | alexa capitale de la macédoine | MK
everyday-name | alexa la capitale des émirats | AE | fr-CA
everyday-name | alexa la capitale du timor | TL
everyday-name | alexa la capitale de la yougoslavie | FB
everyday-name | alexa la capitale de l'union soviétique | FB | fr-CA
everyday-name | alexa la capitale de la terre sainte | FB
# --- shared: shared-name
shared-name | alexa la capitale de la géorgie le pays dans le caucase | GE
shared-name | alexa la capitale de la géorgie l'état américain avec atlanta | US-GA | fr-CA
shared-name | alexa la capitale de la corée | KP+KR
shared-name | alexa la capitale des corées | KP+KR | fr-CA
shared-name | alexa capitale du congo | CD+CG
shared-name | alexa la capitale des deux congos | CD+CG | fr-CA
shared-name | alexa la capitale de la guinée | GN
shared-name | alexa la capitale du soudan | SD | fr-CA
shared-name | alexa la capitale de washington l'état | US-WA | fr-CA
shared-name | alexa la capitale de new york l'état pas la ville | US-NY | fr-CA
shared-name | alexa la capitale du luxembourg le pays | LU
shared-name | alexa la capitale de victoria en australie | AU-VIC
shared-name | alexa la capitale de la dominique | DM
shared-name | alexa la capitale de saint-martin | MF
shared-name | alexa la capitale de la macédoine la grecque ou le pays | MK
shared-name | alexa capitale de la guinée équatoriale | GQ | fr-CA
# --- shared: subdivision
subdivision | alexa la capitale de la province {} | de l'alberta=CA-AB; de la saskatchewan=CA-SK; du manitoba=CA-MB | fr-CA
subdivision | alexa c'est quoi la capitale du territoire {} | du yukon=CA-YT; du nunavut=CA-NU; des territoires du nord-ouest=CA-NT | fr-CA
subdivision | alexa la capitale de l'état {} | du vermont=US-VT; du maine=US-ME; du new hampshire=US-NH | fr-CA
subdivision | alexa capitale du land {} | de bavière=DE-BY; de hesse=DE-HE; de saxe=DE-SN
subdivision | alexa la capitale de l'état indien {} | du kerala=IN-KL; du rajasthan=IN-RJ; du tamil nadu=IN-TN
subdivision | alexa c'est quoi le chef-lieu {} | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR
subdivision | alexa capitale de l'état mexicain {} | du yucatán=MX-YUC; de oaxaca=MX-OAX; du jalisco=MX-JAL
subdivision | alexa la capitale de l'état brésilien {} | de bahia=BR-BA; du paraná=BR-PR; du pará=BR-PA
subdivision | alexa la capitale de la nouvelle-galles du sud | AU-NSW
subdivision | alexa la capitale du queensland en australie | AU-QLD
subdivision | alexa la capitale de la tasmanie | AU-TAS
subdivision | alexa la capitale de la floride | US-FL | fr-CA
subdivision | alexa la capitale du texas c'est pas houston | US-TX | fr-CA
subdivision | alexa la capitale de la californie | US-CA
subdivision | alexa la capitale de l'île-du-prince-édouard | CA-PE | fr-CA
subdivision | alexa la capitale de terre-neuve | CA-NL | fr-CA
subdivision | alexa la capitale du nouveau-brunswick | CA-NB | fr-CA
subdivision | alexa la capitale de la colombie-britannique | CA-BC | fr-CA
subdivision | alexa la capitale de l'ontario | CA-ON | fr-CA
subdivision | alexa la capitale de la nouvelle-écosse | CA-NS | fr-CA
subdivision | alexa la capitale du québec la province | CA-QC | fr-CA
subdivision | alexa la capitale de la catalogne | FB
subdivision | alexa la capitale de l'andalousie | FB
subdivision | alexa la capitale de la toscane | FB
subdivision | alexa la capitale de la bretagne | FB
subdivision | alexa la capitale de l'occitanie | FB
subdivision | alexa la capitale de la côte-nord | FB | fr-CA
subdivision | alexa la capitale de l'abitibi | FB | fr-CA
subdivision | alexa la capitale de la jamésie | FB | fr-CA
subdivision | alexa la capitale de l'acadie | FB | fr-CA
subdivision | alexa la capitale de la bavière | DE-BY
subdivision | alexa la capitale de la rhénanie-du-nord-westphalie | DE-NW
subdivision | alexa la capitale de l'état de louisiane | US-LA | fr-CA
subdivision | alexa la capitale du massachusetts | US-MA | fr-CA
subdivision | alexa la capitale de la caroline du sud | US-SC | fr-CA
subdivision | alexa la capitale de la sibérie | FB
subdivision | alexa la capitale du groenland | GL
subdivision | alexa la capitale de la polynésie française | PF
subdivision | alexa la capitale de la guadeloupe | GP
subdivision | alexa la capitale de la martinique | MQ
subdivision | alexa la capitale de saint-pierre-et-miquelon | PM | fr-CA
subdivision | alexa la capitale de l'état de washington | US-WA | fr-CA
subdivision | alexa capitale du maharashtra | IN-MH
subdivision | alexa capitale du pendjab indien | IN-PB
subdivision | alexa la capitale de l'état de sao paulo | BR-SP
subdivision | alexa la capitale de la basse-californie | MX-BCN | fr-CA
subdivision | alexa la capitale de l'alaska | US-AK | fr-CA
subdivision | alexa la capitale de la wallonie | FB
subdivision | alexa la capitale de la flandre | FB
subdivision | alexa la capitale du tyrol | FB
# --- shared: out-of-domain
out-of-domain | alexa combien d'habitants à ottawa | FB | fr-CA
out-of-domain | alexa quelle heure il est à tokyo | FB
out-of-domain | alexa mets un minuteur de dix minutes pour les pâtes | FB
out-of-domain | alexa quel temps fait-il à bourges demain | FB
out-of-domain | alexa joue de la musique africaine | FB
out-of-domain | alexa quelle est la plus grande ville du canada | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa c'est quoi la capitale de l'afrique | FB | fr-CA
out-of-domain | alexa la capitale de l'asie | FB
out-of-domain | alexa la capitale de la lune | FB | fr-CA
out-of-domain | alexa la capitale mondiale de la gastronomie | FB
out-of-domain | alexa c'est quoi la capitale du sirop d'érable | FB | fr-CA
out-of-domain | alexa quelle langue on parle en belgique | FB
out-of-domain | alexa la monnaie de la suisse | FB
out-of-domain | alexa combien de pays dans le monde | FB
out-of-domain | alexa raconte-moi une blague sur les belges | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa ajoute du lait à la liste de courses | FB | fr-CA
out-of-domain | alexa quel est le plus long fleuve du monde | FB
out-of-domain | alexa c'est quoi le drapeau du japon | FB | fr-CA
out-of-domain | alexa combien de temps en avion de montréal à paris | FB | fr-CA
out-of-domain | alexa c'est quoi le plus petit pays du monde | FB
out-of-domain | alexa la capitale de la bande dessinée c'est angoulême | FB
out-of-domain | alexa joue ici première | FB | fr-CA
out-of-domain | alexa c'est quoi le pays le plus froid | FB | fr-CA
# --- berrichons (Bourges, Châteauroux, Vierzon)
berrichons | alexa dis donc ma p'tite la capitale {} | de la norvège=NO; du danemark=DK; de la finlande=FI
berrichons | alexa ben mon gars c'est quoi la capitale {} | du portugal=PT; de la grèce=GR; de la hongrie=HU
berrichons | alexa à la veillée on se demandait la capitale {} | de la bulgarie=BG; de la croatie=HR; de l'estonie=EE
berrichons | alexa le cousin de vierzon est parti au {} c'est quoi la capitale | canada=CA; mexique=MX; japon=JP
berrichons | alexa j'ai la tête comme une citrouille la capitale du chili déjà | CL
berrichons | alexa la mère a vu un reportage sur le pérou c'est quoi la capitale | PE
berrichons | alexa la capitale de l'argentine que je gagne le pari contre le voisin | AR
berrichons | alexa à bourges la cathédrale elle est plus vieille que la capitale de la corée du sud | KR
berrichons | alexa les gars du printemps de bourges ont fait venir un groupe du mali la capitale c'est quoi | ML
berrichons | alexa la capitale de la palestine qu'ils disaient à la radio | PS
berrichons | alexa c'est quoi la capitale de l'équateur dis | EC
berrichons | alexa les bouchures de chez nous c'est pas comme en irlande c'est quoi sa capitale | IE
berrichons | alexa la fille du voisin fait son stage en pologne c'est quoi la capitale | PL
berrichons | alexa quel temps à châteauroux cet après-midi | FB
berrichons | alexa combien de kilomètres de vierzon à bourges | FB
berrichons | alexa mets france bleu berry | FB
berrichons | alexa la capitale de la sologne | FB
berrichons | alexa la capitale de la corée du nord la pauvre | KP
berrichons | alexa c'est-y vrai que copenhague c'est au danemark | DK
berrichons | alexa la capitale du congo de kinshasa le grand pays | CD
# --- aveyronnais (Rodez, Millau, Laguiole, Aveyronnais de Paris)
aveyronnais | alexa entre deux assiettes d'aligot la capitale {} | de l'italie=IT; de l'espagne=ES; de l'autriche=AT
aveyronnais | alexa au bistrot de paris un client venait {} c'est quoi la capitale | de la lituanie=LT; de l'ukraine=UA; de la moldavie=MD
aveyronnais | alexa sous le viaduc de millau il y avait des touristes {} la capitale c'est quoi | de la slovénie=SI; de la serbie=RS; de la bosnie=BA
aveyronnais | alexa le berger a vendu du roquefort jusqu'{} c'est quoi la capitale | au qatar=QA; en arabie saoudite=SA; au koweït=KW
aveyronnais | alexa les couteaux de laguiole partent jusqu'au japon c'est bien tokyo la capitale | JP
aveyronnais | alexa la capitale de l'islande pour les mots croisés du midi | IS
aveyronnais | alexa le fils est à rodez mais il part en afrique du sud c'est quoi les capitales là-bas | ZA
aveyronnais | alexa pour la fête de l'estive on a eu des danseurs de bolivie c'est quoi leurs deux capitales | BO
aveyronnais | alexa la capitale de la mongolie où il y a des bergers aussi | MN
aveyronnais | alexa la capitale du kazakhstan avec les grands troupeaux | KZ
aveyronnais | alexa c'est quoi la capitale du congo-brazzaville | CG
aveyronnais | alexa la capitale de la suisse pour le vacher de la vallée | CH
aveyronnais | alexa l'aligot c'est de l'aubrac et la capitale de l'aubrac c'est quoi | FB
aveyronnais | alexa mets-moi les tubes de l'occitan | FB
aveyronnais | alexa combien il pèse le plus gros roquefort | FB
aveyronnais | alexa la capitale de l'andorre pour aller faire le plein | AD
aveyronnais | alexa la capitale de monaco c'est monaco vraiment | MC
aveyronnais | alexa la capitale du liechtenstein | LI
# --- ardechois (Privas, Aubenas, gorges, châtaignes)
ardechois | alexa au camping des gorges y a des hollandais c'est quoi les deux capitales chez eux | NL
ardechois | alexa les canoës des gorges sont loués par des gens {} c'est quoi leur capitale | de la belgique=BE; du luxembourg=LU; de l'allemagne=DE
ardechois | alexa la crème de marrons part jusqu'{} la capitale c'est quoi | en chine=CN; en corée du sud=KR; au viêt nam=VN
ardechois | alexa à la caverne du pont-d'arc un guide parlait {} quelle est sa capitale | de la tchéquie=CZ; de la slovaquie=SK; de la roumanie=RO
ardechois | alexa la châtaigne pousse aussi en corée du nord c'est quoi la capitale | KP
ardechois | alexa la capitale de la géorgie où il y a des châtaigniers aussi | GE
ardechois | alexa les grimpeurs de la vallée viennent de slovénie ils ont quelle capitale | SI
ardechois | alexa la capitale de la turquie pour la recette des marrons glacés | TR
ardechois | alexa des cyclistes de colombie sur la route du col c'est quoi la capitale | CO
ardechois | alexa c'est quoi la hauteur du mont gerbier-de-jonc | FB
ardechois | alexa la source de la loire c'est où | FB
ardechois | alexa le niveau de l'ardèche aujourd'hui | FB
ardechois | alexa la capitale de l'ardèche | FB
ardechois | alexa capitale de la malaisie j'ai entendu deux noms | MY
ardechois | alexa la capitale de l'albanie pour les saisonniers du camping | AL
ardechois | alexa la capitale de la macédoine du nord | MK
ardechois | alexa la capitale de chypre | CY
# --- poitevins (Poitiers, Niort, Marais poitevin)
poitevins | alexa la drôle demande la capitale {} | de l'égypte=EG; de l'éthiopie=ET; du kenya=KE
poitevins | alexa au futuroscope y avait un film sur {} la capitale c'est quoi | le brésil=BR; l'inde=IN; l'australie=AU
poitevins | alexa dans la barque du marais un touriste venait {} quelle est la capitale | de la nouvelle-zélande=NZ; de l'afrique du sud=ZA; de singapour=SG
poitevins | alexa la mogette on en mange aussi {} c'est quoi la capitale | au rwanda=RW; en ouganda=UG; au burundi=BI
poitevins | alexa les étudiants de poitiers en erasmus en lettonie la capitale c'est | LV
poitevins | alexa la capitale de la tanzanie pour la drôle | TZ
poitevins | alexa la capitale du bénin ou des deux capitales qu'il y a | BJ
poitevins | alexa à niort un assureur part au sénégal c'est quoi la capitale | SN
poitevins | alexa le tourteau fromager c'est poitevin et la capitale du poitou | FB
poitevins | alexa combien de temps pour aller à la rochelle | FB
poitevins | alexa la capitale de la république démocratique du congo pour la drôle | CD
poitevins | alexa la capitale de la palestine je me souviens plus | PS
poitevins | alexa et la capitale de la guinée équatoriale | GQ
poitevins | alexa quel film au futuroscope ce soir | FB
poitevins | alexa la capitale de la sierra leone | SL
poitevins | alexa et la capitale du liberia à côté | LR
# --- manceaux (Le Mans, Sarthe, les 24 Heures)
manceaux | alexa aux vingt-quatre heures y avait une voiture {} c'est quoi la capitale | du japon=JP; des états-unis=US; du danemark=DK
manceaux | alexa un pilote {} a gagné au mans quelle est la capitale de son pays | de nouvelle-zélande=NZ; d'afrique du sud=ZA; de suisse=CH
manceaux | alexa dans la tribune y avait un fan {} c'est quoi sa capitale | du qatar=QA; d'indonésie=ID; de la malaisie=MY
manceaux | alexa le moto gp au mans un pilote de thaïlande sa capitale c'est quoi | TH
manceaux | alexa les rillettes du mans s'exportent en corée du sud c'est quoi la capitale | KR
manceaux | alexa la capitale de la malaisie où y a le grand prix | MY
manceaux | alexa la capitale de l'autriche pour le grand prix | AT
manceaux | alexa c'est quoi la capitale de bahreïn où ils ont une course | BH
manceaux | alexa capitale de l'azerbaïdjan la course de bakou | AZ
manceaux | alexa qui a gagné les vingt-quatre heures l'an dernier | FB
manceaux | alexa combien de tours fait une voiture au mans | FB
manceaux | alexa la capitale de la sarthe | FB
manceaux | alexa la capitale de monaco pour le grand prix | MC
manceaux | alexa c'est quoi la capitale des émirats arabes unis | AE
manceaux | alexa la capitale de la hongrie avec le circuit | HU
manceaux | alexa la capitale du mexique pour la formule un | MX
# --- orleanais (Orléans, fêtes johanniques, la Loire)
orleanais | alexa aux fêtes johanniques y avait une délégation {} c'est quoi la capitale | d'angleterre=GB-ENG; d'écosse=GB-SCT; d'irlande=IE
orleanais | alexa jeanne d'arc elle a jamais été {} c'est quoi la capitale | en suède=SE; en norvège=NO; en russie=RU
orleanais | alexa au marché du quai du roi il y a un vendeur {} quelle capitale | du cap-vert=CV; de madagascar=MG; des comores=KM
orleanais | alexa la loire à orléans c'est plus large que le fleuve du niger il a quelle capitale ce pays | NE
orleanais | alexa la capitale de l'écosse pour le défilé des cornemuses | GB-SCT
orleanais | alexa la capitale du royaume-uni du temps de jeanne | GB
orleanais | alexa la tour de la cathédrale c'est plus haut que la capitale du népal | NP
orleanais | alexa les étudiants chinois de la fac d'orléans c'est quoi leur capitale | CN
orleanais | alexa c'est quoi la capitale de la biélorussie | BY
orleanais | alexa la capitale de la centrafrique pour la page international | CF
orleanais | alexa les horaires du tram d'orléans | FB
orleanais | alexa en quelle année jeanne d'arc a libéré orléans | FB
orleanais | alexa la capitale de la corée du nord pour le journal | KP
orleanais | alexa la capitale de la palestine pour mon article | PS
# --- franco-ivoirien (familles ivoiriennes de Bondy, Créteil)
franco-ivoirien | alexa on est ensemble la capitale {} c'est quoi | du burkina faso=BF; du ghana=GH; du togo=TG
franco-ivoirien | alexa dja dis-moi la capitale {} | du cameroun=CM; du gabon=GA; de la guinée=GN
franco-ivoirien | alexa môgô veut savoir la capitale {} | du nigeria=NG; du niger=NE; du tchad=TD
franco-ivoirien | alexa la côte d'ivoire a deux capitales c'est abidjan et yamoussoukro non | CI
franco-ivoirien | alexa la tantie dit que la capitale de la côte d'ivoire c'est abidjan c'est gâté hein | CI
franco-ivoirien | alexa les capitales de la côte d'ivoire pour ma cousine | CI
franco-ivoirien | alexa la capitale du libéria où il y a le vieux | LR
franco-ivoirien | alexa c'est quoi la capitale de la guinée-bissau | GW
franco-ivoirien | alexa la capitale de la gambie c'est banjul c'est pas ça | GM
franco-ivoirien | alexa on dit quoi la capitale du congo-brazza | CG
franco-ivoirien | alexa la capitale de la rdc pour mon beau-frère | CD
franco-ivoirien | alexa mets du coupé-décalé | FB
franco-ivoirien | alexa le match des éléphants c'est quand | FB
franco-ivoirien | alexa la recette de l'attiéké | FB
franco-ivoirien | alexa la capitale du mali walaï | ML
franco-ivoirien | alexa la capitale de la mauritanie mon frère | MR
franco-ivoirien | alexa la capitale de l'angola c'est luanda c'est ça | AO
franco-ivoirien | alexa la capitale du mozambique | MZ
# --- franco-tunisien (familles tunisiennes du 20e arrondissement et de Sfax)
franco-tunisien | alexa chouf la capitale {} | de la tunisie=TN; de la libye=LY; de l'algérie=DZ
franco-tunisien | alexa yezzi dis-moi la capitale {} | du maroc=MA; de l'égypte=EG; de la jordanie=JO
franco-tunisien | alexa ma mère veut savoir la capitale {} pour les vacances | de malte=MT; de la syrie=SY; du liban=LB
franco-tunisien | alexa la capitale de la palestine pour le cousin de sfax | PS
franco-tunisien | alexa la capitale de la palestine c'est jérusalem ou ramallah | PS
franco-tunisien | alexa la capitale de l'irak baba demande | IQ
franco-tunisien | alexa la capitale d'oman | OM
franco-tunisien | alexa la capitale du yémen | YE
franco-tunisien | alexa la capitale du soudan wallah je sais plus | SD
franco-tunisien | alexa la capitale du sahara occidental | EH
franco-tunisien | alexa la capitale de la mauritanie pour le voyage en voiture | MR
franco-tunisien | alexa la recette du brik à l'oeuf | FB
franco-tunisien | alexa l'heure de la rupture du jeûne aujourd'hui | FB
franco-tunisien | alexa mets de la musique de saber rebaï | FB
franco-tunisien | alexa la capitale de djibouti | DJ
franco-tunisien | alexa la capitale de la somalie | SO
franco-tunisien | alexa la capitale de l'érythrée | ER
# --- franco-serbe (familles serbes du 18e arrondissement)
franco-serbe | alexa ajde dis-moi la capitale {} | de la serbie=RS; du monténégro=ME; de la bosnie-herzégovine=BA
franco-serbe | alexa baka demande la capitale {} | de la croatie=HR; de la slovénie=SI; de la macédoine du nord=MK
franco-serbe | alexa brate c'est quoi la capitale {} | du kosovo=XK; de l'albanie=AL; de la bulgarie=BG
franco-serbe | alexa la capitale de la roumanie pour le mariage | RO
franco-serbe | alexa la capitale de la hongrie on passe par là en voiture | HU
franco-serbe | alexa la capitale de la grèce pour l'été | GR
franco-serbe | alexa la capitale de la yougoslavie c'était belgrade non | FB
franco-serbe | alexa la capitale de la russie pour deda | RU
franco-serbe | alexa la capitale de l'ukraine | UA
franco-serbe | alexa le match de l'étoile rouge de belgrade ce soir | FB
franco-serbe | alexa recette de la sarma | FB
franco-serbe | alexa c'est quoi la capitale de la moldavie brate | MD
franco-serbe | alexa la capitale de la slovaquie | SK
# --- apprenants (au pair norvégienne, doctorant hongrois, barman irlandais, ingénieur égyptien)
apprenants | alexa uff le capitale {} c'est quoi | de la norvège=NO; de suède=SE; de danemark=DK
apprenants | alexa igen alors la capitale de {} | la hongrie=HU; l'autriche=AT; la tchéquie=CZ
apprenants | alexa sure look c'est quel le capital {} | de irlande=IE; de le royaume-uni=GB; de islande=IS
apprenants | alexa s'il vous plaît madame alexa la capitale {} | de égypte=EG; de le soudan=SD; de la arabie saoudite=SA
apprenants | alexa je suis pas sûre comment dire la capitale de la finlande takk | FI
apprenants | alexa köszi mais la capitale de la pologne est quoi | PL
apprenants | alexa grand grand la capitale de le pays de galles | GB-WLS
apprenants | alexa la capitale de irlande du nord c'est belfast yes | GB-NIR
apprenants | alexa yalla la capitale de le liban | LB
apprenants | alexa la capitale de la corée de sud s'il vous plaît | KR
apprenants | alexa la capitale de la corée de nord | KP
apprenants | alexa nem je veux pas la météo je veux la capitale de la roumanie | RO
apprenants | alexa comment on dit le weather en français | FB
apprenants | alexa translate capital in hungarian | FB
apprenants | alexa la capitale de le pays bas c'est deux villes non | NL
apprenants | alexa le capital de le bolivie | BO
apprenants | alexa le capitale de la malaisie | MY
apprenants | alexa la capitale de estonie | EE
apprenants | alexa la capitale de les philippines | PH
# --- travail-fr (pharmacienne, facteur, kiné, caissière, pompier, plateau d'appels, vendanges)
travail-fr | alexa entre deux ordonnances la capitale {} | du cambodge=KH; de la birmanie=MM; du bangladesh=BD
travail-fr | alexa pendant ma tournée le facteur demande la capitale {} | du pakistan=PK; de l'afghanistan=AF; de l'iran=IR
travail-fr | alexa à la caserne on a un pari sur la capitale {} | du sri lanka=LK; des maldives=MV; des seychelles=SC
travail-fr | alexa un client au téléphone appelle depuis {} c'est quoi la capitale là-bas | la jamaïque=JM; haïti=HT; cuba=CU
travail-fr | alexa une patiente en rééducation vient {} la capitale c'est quoi | du vietnam=VN; de la mongolie=MN; du laos=LA
travail-fr | alexa aux vendanges un saisonnier vient de la moldavie c'est quoi la capitale | MD
travail-fr | alexa à la caisse une dame m'a payé en monnaie du kirghizstan c'est quoi la capitale | KG
travail-fr | alexa au plateau on a un appel de la corée du nord bizarre c'est quoi la capitale | KP
travail-fr | alexa le colis part pour la palestine la capitale c'est quoi pour l'adresse | PS
travail-fr | alexa le colis va en république du congo brazzaville c'est ça la capitale | CG
travail-fr | alexa une lettre pour kinshasa c'est bien la capitale de la rdc | CD
travail-fr | alexa la pompière de garde veut la capitale du népal | NP
travail-fr | alexa la capitale du bhoutan pour la pause café | BT
travail-fr | alexa la capitale de timor oriental | TL
travail-fr | alexa le planning de la semaine prochaine | FB
travail-fr | alexa rappelle-moi d'appeler le laboratoire à quatorze heures | FB
travail-fr | alexa c'est quoi l'adresse de la caserne la plus proche | FB
travail-fr | alexa les vendangeurs polonais ils ont quelle capitale | PL
travail-fr | alexa la capitale de la papouasie-nouvelle-guinée pour un colis | PG
travail-fr | alexa la capitale des fidji | FJ
travail-fr | alexa un colis pour les îles salomon la capitale c'est | SB
travail-fr | alexa la capitale du vanuatu pour l'étiquette | VU
# --- ecole-fr (CM2, quatrième, terminale HGGSP, prépa, BTS tourisme)
ecole-fr | alexa pour le contrôle de cm deux la capitale {} | de la belgique=BE; de l'espagne=ES; de l'italie=IT
ecole-fr | alexa en quatrième on révise la capitale {} | de la russie=RU; de l'inde=IN; du brésil=BR
ecole-fr | alexa pour le grand oral d'hggsp la capitale {} | d'israël=IL; de la palestine=PS; de la syrie=SY
ecole-fr | alexa pour le bts tourisme la capitale {} | du costa rica=CR; du panama=PA; du nicaragua=NI
ecole-fr | alexa en prépa le colleur demande la capitale {} | du kazakhstan=KZ; de l'ouzbékistan=UZ; du tadjikistan=TJ
ecole-fr | alexa la maîtresse a demandé les capitales de l'afrique du sud | ZA
ecole-fr | alexa pour l'interro de demain les deux capitales des pays-bas | NL
ecole-fr | alexa le prof d'histoire parle des deux corées c'est quoi la capitale de la corée du sud | KR
ecole-fr | alexa et la capitale de la corée du nord pour ma fiche | KP
ecole-fr | alexa la capitale de la rdc pour l'exposé sur le fleuve congo | CD
ecole-fr | alexa la capitale du congo brazzaville pour l'exposé aussi | CG
ecole-fr | alexa la capitale du guatemala j'ai un trou | GT
ecole-fr | alexa la capitale du salvador | SV
ecole-fr | alexa la capitale du venezuela pour le devoir | VE
ecole-fr | alexa les capitales de la bolivie pour la carte | BO
ecole-fr | alexa combien font sept fois huit | FB
ecole-fr | alexa c'est quoi un pronom relatif | FB
ecole-fr | alexa quand est la rentrée des vacances de la toussaint | FB
ecole-fr | alexa la capitale de l'équateur en espagnol | EC
ecole-fr | alexa la capitale de la république dominicaine | DO
ecole-fr | alexa la capitale de trinité-et-tobago | TT
# --- jeux-fr (Le Grand Slam, Tout le monde veut prendre sa place, blind test, Time's Up, Pictionary)
jeux-fr | alexa au grand slam ils ont demandé la capitale {} | du suriname=SR; du guyana=GY; du belize=BZ
jeux-fr | alexa pour tout le monde veut prendre sa place la capitale {} | du botswana=BW; de la namibie=NA; du zimbabwe=ZW
jeux-fr | alexa au time's up on a eu la capitale {} | de la zambie=ZM; du malawi=MW; du lesotho=LS
jeux-fr | alexa pour le blind test des hymnes la capitale de l'eswatini | SZ
jeux-fr | alexa au pictionary j'ai dessiné la tour de séoul c'est bien la capitale de la corée du sud | KR
jeux-fr | alexa question à mille euros la capitale du burundi | BI
jeux-fr | alexa la capitale de sao tomé-et-principe pour la question finale | ST
jeux-fr | alexa la capitale de la guinée équatoriale le candidat s'est planté | GQ
jeux-fr | alexa la capitale du soudan du sud pour le super banco | SS
jeux-fr | alexa quelle heure commence tout le monde veut prendre sa place | FB
jeux-fr | alexa combien a gagné le champion du grand slam | FB
jeux-fr | alexa lance un blind test années quatre-vingt | FB
jeux-fr | alexa la capitale des comores pour la manche éclair | KM
jeux-fr | alexa la capitale de maurice pour le quatre à la suite | MU
jeux-fr | alexa la capitale du cap-vert | CV
jeux-fr | alexa la capitale de la palestine c'était la bonne réponse | PS
jeux-fr | alexa la capitale de la malaisie au grand slam ils ont dit deux | MY
# --- maison-fr (déménagement, plan de table de mariage, Tour de France, brocante, fête des voisins, Roland-Garros, JO)
maison-fr | alexa pour le plan de table les tables portent le nom d'une capitale celle {} | de l'argentine=AR; du chili=CL; du pérou=PE
maison-fr | alexa devant le tour de france un coureur {} c'est quoi la capitale | slovène=SI; érythréen=ER; équatorien=EC
maison-fr | alexa à roland-garros une joueuse {} sa capitale c'est quoi | kazakhe=KZ; tunisienne=TN; biélorusse=BY
maison-fr | alexa à la brocante j'ai trouvé un vieux timbre {} la capitale c'est quoi | du dahomey=BJ; de la haute-volta=BF; du zaïre=CD
maison-fr | alexa à la fête des voisins la voisine vient {} quelle capitale | du laos=LA; du cambodge=KH; des philippines=PH
maison-fr | alexa pour les jeux olympiques la délégation de tuvalu c'est quoi leur capitale | TV
maison-fr | alexa la capitale des palaos aux jo | PW
maison-fr | alexa la capitale de nauru pour le défilé des nations | NR
maison-fr | alexa la capitale des kiribati | KI
maison-fr | alexa la capitale des îles marshall | MH
maison-fr | alexa la capitale des samoa | WS
maison-fr | alexa dans les cartons du déménagement j'ai retrouvé un atlas la capitale de la birmanie a changé c'est laquelle | MM
maison-fr | alexa pour le mariage une table s'appelle la paz c'est une capitale de quel pays | CITY:La Paz
maison-fr | alexa à roland-garros qui joue ce soir | FB
maison-fr | alexa le classement du tour de france | FB
maison-fr | alexa rappelle-moi la fête des voisins vendredi | FB
maison-fr | alexa mets de la musique pour le déménagement | FB
maison-fr | alexa la capitale de la corée du nord pour le plan de table non quand même | KP
maison-fr | alexa la capitale de la micronésie | FM
maison-fr | alexa la capitale de saint-marin | SM
maison-fr | alexa la capitale du vatican | VA
# --- jamesiens (Chibougamau, Chapais, Matagami: le Nord, les mines, la chasse à l'orignal)
jamesiens | alexa au camp de chasse on gageait sur la capitale {} | de la finlande=FI; de la suède=SE; de la norvège=NO | fr-CA
jamesiens | alexa à la mine y a un gars {} c'est quoi sa capitale | du chili=CL; du pérou=PE; de l'australie=AU | fr-CA
jamesiens | alexa l'or de chibougamau part-tu {} c'est quoi la capitale | en suisse=CH; au royaume-uni=GB; en chine=CN | fr-CA
jamesiens | alexa icitte dans le nord on pogne pas la radio c'est quoi la capitale de la mongolie | MN | fr-CA
jamesiens | alexa le foreman vient de l'afrique du sud c'est quoi leurs capitales déjà | ZA | fr-CA
jamesiens | alexa la capitale du groenland c'est plus frette qu'icitte | GL | fr-CA
jamesiens | alexa la capitale de l'islande tant qu'à être dans le frette | IS | fr-CA
jamesiens | alexa la capitale de la russie avec la sibérie | RU | fr-CA
jamesiens | alexa y a un géologue du kazakhstan au camp sa capitale c'est quoi | KZ | fr-CA
jamesiens | alexa la capitale de la papouasie-nouvelle-guinée ils ont des mines d'or là | PG | fr-CA
jamesiens | alexa la capitale du congo démocratique avec le cobalt | CD | fr-CA
jamesiens | alexa la météo sur la route du nord | FB | fr-CA
jamesiens | alexa combien de kilomètres de chibougamau à montréal | FB | fr-CA
jamesiens | alexa la capitale de la baie-james | FB | fr-CA
jamesiens | alexa quand ouvre la chasse à l'orignal | FB | fr-CA
jamesiens | alexa la capitale du yukon pour le beau-frère | CA-YT | fr-CA
jamesiens | alexa la capitale du nunavut en haut | CA-NU | fr-CA
# --- cris (Mistissini, Waskaganish, Chisasibi)
cris | alexa wachiya la capitale {} | du canada=CA; des états-unis=US; du mexique=MX | fr-CA
cris | alexa meegwetch mais la capitale {} c'est quoi | du danemark=DK; de la norvège=NO; de l'islande=IS | fr-CA
cris | alexa mon kokum veut savoir la capitale de la nouvelle-zélande où vivent les maoris | NZ | fr-CA
cris | alexa à l'école de mistissini on apprend la capitale du pérou | PE | fr-CA
cris | alexa la capitale de la bolivie avec les peuples autochtones du lac titicaca | BO | fr-CA
cris | alexa la capitale de l'équateur pour le voyage de la jeunesse | EC | fr-CA
cris | alexa la capitale du guatemala | GT | fr-CA
cris | alexa les gens de waskaganish sont allés en norvège chez les sames c'est quoi la capitale | NO | fr-CA
cris | alexa la capitale des territoires du nord-ouest yellowknife c'est ça | CA-NT | fr-CA
cris | alexa la capitale de la terre d'eeyou istchee | FB | fr-CA
cris | alexa le vol d'air creebec pour chisasibi | FB | fr-CA
cris | alexa la température au lac mistassini | FB | fr-CA
cris | alexa la capitale de l'australie avec les aborigènes | AU | fr-CA
cris | alexa la capitale de la palestine pour le cercle de jeunes | PS | fr-CA
# --- campivallensiens (Salaberry-de-Valleyfield: les régates, le canal de Beauharnois)
campivallensiens | alexa aux régates y avait un pilote {} sa capitale c'est quoi | des états-unis=US; de l'italie=IT; de l'australie=AU | fr-CA
campivallensiens | alexa un bateau {} est passé dans le canal c'est quoi la capitale | des pays-bas=NL; de la grèce=GR; de panama=PA | fr-CA
campivallensiens | alexa les pays-bas y ont tu vraiment deux capitales | NL | fr-CA
campivallensiens | alexa la capitale de malte pour le capitaine du bateau | MT | fr-CA
campivallensiens | alexa la capitale du libéria où les bateaux sont enregistrés | LR | fr-CA
campivallensiens | alexa la capitale des îles marshall pour le pavillon du cargo | MH | fr-CA
campivallensiens | alexa la capitale des bahamas pour le bateau de croisière | BS | fr-CA
campivallensiens | alexa les régates commencent à quelle heure | FB | fr-CA
campivallensiens | alexa la vitesse d'un hydroplane | FB | fr-CA
campivallensiens | alexa la capitale du suroît | FB | fr-CA
campivallensiens | alexa la capitale de la barbade | BB | fr-CA
campivallensiens | alexa la capitale de la corée du sud où ils font les cargos | KR | fr-CA
campivallensiens | alexa la capitale de la grenade dans les antilles | GD | fr-CA
# --- johannais (Saint-Jean-sur-Richelieu: l'International de montgolfières, le Collège militaire)
johannais | alexa au festival de montgolfières y avait un ballon {} c'est quoi la capitale | de la belgique=BE; du brésil=BR; de l'espagne=ES | fr-CA
johannais | alexa au collège militaire y a un cadet {} c'est quoi sa capitale | du sénégal=SN; du cameroun=CM; de la tunisie=TN | fr-CA
johannais | alexa la capitale de la turquie où y a les montgolfières en cappadoce | TR | fr-CA
johannais | alexa la capitale du myanmar où y a des ballons aussi | MM | fr-CA
johannais | alexa la capitale du bénin c'est laquelle des deux | BJ | fr-CA
johannais | alexa la capitale de l'ukraine pour les nouvelles | UA | fr-CA
johannais | alexa la capitale de la lettonie un soldat est parti là | LV | fr-CA
johannais | alexa les montgolfières décollent-tu à soir | FB | fr-CA
johannais | alexa le vent à saint-jean-sur-richelieu | FB | fr-CA
johannais | alexa la capitale du haut-richelieu | FB | fr-CA
johannais | alexa la capitale de la corée du nord c'est-tu pyongyang | KP | fr-CA
johannais | alexa la capitale du mali pour la mission | ML | fr-CA
# --- hochelaga (Hochelaga-Maisonneuve: le marché Maisonneuve, le stade, tsé)
hochelaga | alexa tsé la capitale {} | d'haïti=HT; de la jamaïque=JM; de cuba=CU | fr-CA
hochelaga | alexa au marché maisonneuve y a un fromager {} c'est quoi la capitale | de la suisse=CH; du portugal=PT; de l'autriche=AT | fr-CA
hochelaga | alexa au stade olympique les jeux de soixante-seize y avait {} c'est quoi la capitale | la roumanie=RO; l'allemagne de l'est=FB; la hongrie=HU | fr-CA
hochelaga | alexa la capitale de la république dominicaine pour mon chum | DO | fr-CA
hochelaga | alexa la capitale du honduras ma voisine vient de là | HN | fr-CA
hochelaga | alexa la capitale du salvador | SV | fr-CA
hochelaga | alexa la capitale du nicaragua | NI | fr-CA
hochelaga | alexa la capitale du congo brazzaville c'est brazzaville tsé | CG | fr-CA
hochelaga | alexa le prochain bus sur ontario | FB | fr-CA
hochelaga | alexa qui joue au stade à soir | FB | fr-CA
hochelaga | alexa les heures du marché maisonneuve | FB | fr-CA
hochelaga | alexa la capitale de la palestine tsé avec les manifs | PS | fr-CA
hochelaga | alexa la capitale de la colombie pour le café | CO | fr-CA
# --- peninsule-acadienne (Caraquet, Shippagan, Lamèque: asteure, itou, le Tintamarre, la pêche au crabe)
peninsule-acadienne | alexa asteure dis-moi la capitale {} | de la france=FR; de la belgique=BE; de la suisse=CH | fr-CA
peninsule-acadienne | alexa le crabe de shippagan part {} c'est quoi la capitale | au japon=JP; en chine=CN; en corée du sud=KR | fr-CA
peninsule-acadienne | alexa au tintamarre y avait du monde {} itou c'est quoi la capitale | de la louisiane=US-LA; de la nouvelle-écosse=CA-NS; de saint-pierre-et-miquelon=PM | fr-CA
peninsule-acadienne | alexa la capitale du nouveau-brunswick c'est pas moncton asteure | CA-NB | fr-CA
peninsule-acadienne | alexa la capitale de l'île-du-prince-édouard itou | CA-PE | fr-CA
peninsule-acadienne | alexa la capitale de terre-neuve-et-labrador | CA-NL | fr-CA
peninsule-acadienne | alexa la capitale de l'irlande où les pêcheurs sont allés | IE | fr-CA
peninsule-acadienne | alexa la capitale de la norvège pour les bateaux de pêche | NO | fr-CA
peninsule-acadienne | alexa la capitale du portugal où les morutiers allaient | PT | fr-CA
peninsule-acadienne | alexa la capitale de l'acadie c'est caraquet | FB | fr-CA
peninsule-acadienne | alexa quand commence la saison du crabe | FB | fr-CA
peninsule-acadienne | alexa la marée à lamèque | FB | fr-CA
peninsule-acadienne | alexa la capitale du congo pour la mission de la paroisse | CD+CG | fr-CA
peninsule-acadienne | alexa la capitale d'haïti pour la mission itou | HT | fr-CA
# --- petit-maghreb (Algériens de Montréal, rue Jean-Talon: wesh, sahbi, yemma)
petit-maghreb | alexa wesh sahbi la capitale {} | de l'algérie=DZ; du maroc=MA; de la tunisie=TN | fr-CA
petit-maghreb | alexa yemma veut la capitale {} | de la turquie=TR; de l'égypte=EG; du qatar=QA | fr-CA
petit-maghreb | alexa la capitale de la palestine wesh | PS | fr-CA
petit-maghreb | alexa la capitale de la libye sahbi | LY | fr-CA
petit-maghreb | alexa la capitale de l'arabie saoudite pour la omra | SA | fr-CA
petit-maghreb | alexa la capitale du niger pour le cousin de tamanrasset | NE | fr-CA
petit-maghreb | alexa la capitale du mali à côté de l'algérie | ML | fr-CA
petit-maghreb | alexa la capitale de la mauritanie | MR | fr-CA
petit-maghreb | alexa la capitale du sahara occidental c'est laâyoune | EH | fr-CA
petit-maghreb | alexa le match de l'algérie à soir | FB | fr-CA
petit-maghreb | alexa l'heure de la prière | FB | fr-CA
petit-maghreb | alexa mets du raï | FB | fr-CA
petit-maghreb | alexa la capitale de la jordanie | JO | fr-CA
petit-maghreb | alexa la capitale de bahreïn | BH | fr-CA
petit-maghreb | alexa la capitale du koweït | KW | fr-CA
# --- rwandais-mtl (Rwandais et Burundais de Montréal: murakoze, yego, amahoro)
rwandais-mtl | alexa murakoze mais la capitale {} | du rwanda=RW; du burundi=BI; de l'ouganda=UG | fr-CA
rwandais-mtl | alexa yego c'est quoi la capitale {} | de la tanzanie=TZ; du kenya=KE; de l'éthiopie=ET | fr-CA
rwandais-mtl | alexa la capitale du congo-kinshasa à côté de chez nous | CD | fr-CA
rwandais-mtl | alexa la capitale du burundi c'est plus bujumbura hein | BI | fr-CA
rwandais-mtl | alexa la capitale du soudan du sud | SS | fr-CA
rwandais-mtl | alexa la capitale de la zambie | ZM | fr-CA
rwandais-mtl | alexa la capitale du malawi | MW | fr-CA
rwandais-mtl | alexa la capitale de la somalie | SO | fr-CA
rwandais-mtl | alexa la capitale de madagascar | MG | fr-CA
rwandais-mtl | alexa joue de la musique de meddy | FB | fr-CA
rwandais-mtl | alexa l'heure à kigali | FB | fr-CA
rwandais-mtl | alexa la capitale de l'ouganda amahoro | UG | fr-CA
# --- sorelois (Sorel-Tracy: les îles de Sorel, la gibelotte, le traversier de Saint-Ignace)
sorelois | alexa sur le traversier on se demandait la capitale {} | de l'estonie=EE; de la lituanie=LT; de la lettonie=LV | fr-CA
sorelois | alexa à la fête de la gibelotte y avait un gars {} c'est quoi la capitale | du vietnam=VN; de la thaïlande=TH; du cambodge=KH | fr-CA
sorelois | alexa les bateaux des chantiers de sorel allaient {} la capitale c'est quoi | en inde=IN; au pakistan=PK; au bangladesh=BD | fr-CA
sorelois | alexa la capitale de la croatie pour la croisière | HR | fr-CA
sorelois | alexa la capitale de la slovénie | SI | fr-CA
sorelois | alexa la capitale de la bosnie | BA | fr-CA
sorelois | alexa la capitale du monténégro | ME | fr-CA
sorelois | alexa la capitale de l'albanie | AL | fr-CA
sorelois | alexa la gibelotte c'est quoi la recette | FB | fr-CA
sorelois | alexa l'horaire du traversier | FB | fr-CA
sorelois | alexa la capitale des îles de sorel | FB | fr-CA
sorelois | alexa la capitale de la corée du sud | KR | fr-CA
# --- travail-ca (déneigeur, coach d'atome, monteur de ligne d'Hydro, caissière au Costco, ambulancier, camionneur)
travail-ca | alexa dans ma charrue à neige j'me demandais la capitale {} | de la finlande=FI; de l'estonie=EE; de la biélorussie=BY | fr-CA
travail-ca | alexa dans le camion en m'en allant vers {} c'est quoi la capitale de l'état | l'ohio=US-OH; la pennsylvanie=US-PA; le michigan=US-MI | fr-CA
travail-ca | alexa un client au costco payait en argent {} c'est quoi la capitale | du mexique=MX; du brésil=BR; de l'argentine=AR | fr-CA
travail-ca | alexa au tournoi d'atome une équipe {} est venue c'est quoi leur capitale | de la slovaquie=SK; de la tchéquie=CZ; de la suisse=CH | fr-CA
travail-ca | alexa les monteurs d'hydro sont partis aider {} c'est quoi la capitale | à porto rico=PR; en floride=US-FL; au texas=US-TX | fr-CA
travail-ca | alexa dans l'ambulance le patient venait de la corée du nord c'est quoi la capitale | KP | fr-CA
travail-ca | alexa la capitale du sri lanka pour le collègue | LK | fr-CA
travail-ca | alexa la capitale de l'ontario en passant par la quatre cent un | CA-ON | fr-CA
travail-ca | alexa la capitale du new jersey pour la livraison | US-NJ | fr-CA
travail-ca | alexa la capitale de la virginie | US-VA | fr-CA
travail-ca | alexa le trafic sur la vingt | FB | fr-CA
travail-ca | alexa combien de neige cette nuit | FB | fr-CA
travail-ca | alexa la pratique d'atome est à quelle heure | FB | fr-CA
travail-ca | alexa la capitale de l'illinois c'est-tu chicago | US-IL | fr-CA
travail-ca | alexa la capitale de l'état de new york pour le chargement | US-NY | fr-CA
travail-ca | alexa la capitale de la palestine pour mon collègue | PS | fr-CA
# --- ecole-ca (sixième année, cégep, examen du ministère, maternelle)
ecole-ca | alexa pour l'examen du ministère la capitale {} | de l'allemagne=DE; de la pologne=PL; de l'ukraine=UA | fr-CA
ecole-ca | alexa au cégep en géo on a eu la capitale {} | du nigeria=NG; du ghana=GH; de la côte d'ivoire=CI | fr-CA
ecole-ca | alexa ma prof de sixième année demande la capitale {} | de l'égypte=EG; de l'inde=IN; de la chine=CN | fr-CA
ecole-ca | alexa pour la maternelle c'est quoi la capitale de la france | FR | fr-CA
ecole-ca | alexa les capitales de l'afrique du sud pour le cégep | ZA | fr-CA
ecole-ca | alexa les capitales de la malaisie pour l'examen | MY | fr-CA
ecole-ca | alexa les deux capitales de la bolivie pour mon travail d'équipe | BO | fr-CA
ecole-ca | alexa les capitales du sri lanka pour le cours | LK | fr-CA
ecole-ca | alexa la capitale de la corée du sud pour mon oral | KR | fr-CA
ecole-ca | alexa la capitale de la république démocratique du congo pour mon oral | CD | fr-CA
ecole-ca | alexa la capitale de la république du congo pour l'oral itou | CG | fr-CA
ecole-ca | alexa quand est la semaine de relâche | FB | fr-CA
ecole-ca | alexa comment on écrit géographie | FB | fr-CA
ecole-ca | alexa la capitale de l'iran pour le cours d'histoire | IR | fr-CA
ecole-ca | alexa la capitale de l'irak | IQ | fr-CA
ecole-ca | alexa la capitale de l'afghanistan | AF | fr-CA
# --- jeux-ca (Génial, Le Tricheur, quiz de bar, Tout le monde en parle)
jeux-ca | alexa à génial ils ont demandé la capitale {} | de l'arménie=AM; de l'azerbaïdjan=AZ; de la géorgie le pays=GE | fr-CA
jeux-ca | alexa au tricheur la question c'était la capitale {} | du turkménistan=TM; du kirghizstan=KG; de l'ouzbékistan=UZ | fr-CA
jeux-ca | alexa au quiz du pub la capitale {} | de brunei=BN; du timor oriental=TL; de singapour=SG | fr-CA
jeux-ca | alexa à tout le monde en parle l'invité venait de la palestine c'est quoi la capitale | PS | fr-CA
jeux-ca | alexa la capitale de l'eswatini au quiz personne la savait | SZ | fr-CA
jeux-ca | alexa la capitale de la côte d'ivoire c'était une question piège | CI | fr-CA
jeux-ca | alexa la capitale du bénin au quiz | BJ | fr-CA
jeux-ca | alexa la capitale du pays de galles | GB-WLS | fr-CA
jeux-ca | alexa la capitale de l'écosse | GB-SCT | fr-CA
jeux-ca | alexa c'est quand génial à la télé | FB | fr-CA
jeux-ca | alexa qui est l'invité à tout le monde en parle | FB | fr-CA
jeux-ca | alexa donne-moi une question de quiz | FB | fr-CA
jeux-ca | alexa la capitale de saint-vincent-et-les-grenadines | VC | fr-CA
jeux-ca | alexa la capitale de sainte-lucie | LC | fr-CA
jeux-ca | alexa la capitale de saint-kitts-et-nevis | KN | fr-CA
jeux-ca | alexa la capitale d'antigua-et-barbuda | AG | fr-CA
# --- maison-ca (cabane à sucre, déménagement du premier juillet, Halloween, séries de la LNH, Noël des campeurs)
maison-ca | alexa à la cabane à sucre mon oncle gage sur la capitale {} | de la suède=SE; du danemark=DK; de la russie=RU | fr-CA
maison-ca | alexa dans les boîtes du premier juillet j'ai trouvé une carte postale {} c'est quoi la capitale | du maroc=MA; du portugal=PT; de la grèce=GR | fr-CA
maison-ca | alexa dans les séries un joueur {} a compté c'est quoi la capitale | de la finlande=FI; de la lettonie=LV; de la slovaquie=SK | fr-CA
maison-ca | alexa à l'halloween le petit est déguisé en pharaon c'est quoi la capitale de l'égypte | EG | fr-CA
maison-ca | alexa le gardien des canadiens vient de la suisse c'est quoi la capitale | CH | fr-CA
maison-ca | alexa la capitale de la biélorussie pour un joueur de hockey | BY | fr-CA
maison-ca | alexa la capitale du kazakhstan pour le joueur de la khl | KZ | fr-CA
maison-ca | alexa la capitale de la nouvelle-zélande | NZ | fr-CA
maison-ca | alexa c'est quand le prochain match du canadien | FB | fr-CA
maison-ca | alexa mets de la musique du temps des sucres | FB | fr-CA
maison-ca | alexa combien de bonbons pour l'halloween | FB | fr-CA
maison-ca | alexa les capitales des pays-bas pour le noël des campeurs | NL | fr-CA
maison-ca | alexa la capitale de la corée du nord pour la nouvelle | KP | fr-CA
maison-ca | alexa la capitale de l'autriche pour le réveillon en autriche | AT | fr-CA
maison-ca | alexa la capitale des philippines | PH | fr-CA
maison-ca | alexa la capitale de l'indonésie | ID | fr-CA
# --- more shared: launch, help, stop, cancel, out-of-domain, written in the groups' voices
launch | alexa dis donc ma p'tite ouvre-nous capitales du monde pour la veillée | LAUNCH
launch | alexa entre la poire et le fromage lance capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde la drôle veut réviser | LAUNCH
launch | alexa on est ensemble lance capitales du monde | LAUNCH
launch | alexa chouf ouvre capitales du monde pour les petits | LAUNCH
launch | alexa ajde lance capitales du monde | LAUNCH
launch | alexa uff ouvrir capitales du monde s'il vous plaît | LAUNCH
launch | alexa je voudrais commencer le jeu capitales du monde please | LAUNCH
launch | alexa pour le contrôle de cm deux ouvre capitales du monde | LAUNCH
launch | alexa à la pause de la caserne lance capitales du monde | LAUNCH
launch | alexa avant le grand slam on s'entraîne ouvre capitales du monde | LAUNCH
launch | alexa pour le plan de table du mariage ouvre capitales du monde | LAUNCH
launch | alexa la douceur angevine lance capitales du monde | LAUNCH
launch | alexa boudu ouvre-moi capitales du monde | LAUNCH
launch | alexa capitales du monde c'est parti pour la révision du brevet | LAUNCH
launch | alexa dans le camion ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa wachiya ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa asteure part capitales du monde | LAUNCH | fr-CA
launch | alexa wesh lance capitales du monde | LAUNCH | fr-CA
launch | alexa tsé le jeu des capitales là capitales du monde ouvre-le | LAUNCH | fr-CA
launch | alexa au camp de chasse part-nous capitales du monde | LAUNCH | fr-CA
launch | alexa pour l'examen du ministère ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa à la cabane à sucre on joue à capitales du monde part-le | LAUNCH | fr-CA
launch | alexa murakoze ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa ba ngoai veut jouer ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa cipote veut capitales du monde lance-le | LAUNCH | fr-CA
launch | alexa avant le quiz du pub ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour le travail d'équipe | LAUNCH | fr-CA
launch | alexa lance capitales du monde on attend le traversier | LAUNCH | fr-CA
launch | alexa démarre capitales du monde en attendant la montgolfière | LAUNCH | fr-CA
help | alexa dis donc ma p'tite comment qu'on s'en sert de capitales du monde | HELP
help | alexa chouf je comprends pas comment on joue aide-moi | HELP
help | alexa igen mais qu'est-ce que je dois dire pour le jeu | HELP
help | alexa à la caserne personne sait comment marche ton jeu explique | HELP
help | alexa la drôle sait pas quoi demander aide-la | HELP
help | alexa asteure explique-moi comment ça marche | HELP | fr-CA
help | alexa wesh comment tu marches toi aide-moi | HELP | fr-CA
help | alexa tsé je sais pas c'est quoi les commandes | HELP | fr-CA
help | alexa ba ngoai comprend pas aide-nous | HELP | fr-CA
help | alexa le petit de maternelle sait pas quoi dire aide-le | HELP | fr-CA
stop | alexa bon ben mon gars on arrête la veillée est finie | STOP
stop | alexa ajde stop maintenant | STOP
stop | alexa chouf arrête le jeu on mange | STOP
stop | alexa la drôle est couchée arrête capitales du monde | STOP
stop | alexa on passe à table arrête les capitales | STOP
stop | alexa uff stop please arrête | STOP
stop | alexa fin de la pause à la caserne arrête | STOP
stop | alexa les vingt-quatre heures commencent stop le jeu | STOP
stop | alexa asteure c'est assez arrête | STOP | fr-CA
stop | alexa wesh arrête-toi | STOP | fr-CA
stop | alexa le traversier arrive ferme le jeu | STOP | fr-CA
stop | alexa tsé ça fait là arrête | STOP | fr-CA
stop | alexa la game commence arrête capitales du monde | STOP | fr-CA
stop | alexa les sucres sont prêts on arrête de jouer | STOP | fr-CA
stop | alexa meegwetch c'est fini pour à soir | STOP | fr-CA
cancel | alexa dis donc annule ça ma p'tite | CANCEL
cancel | alexa chouf annule c'était baba qui parlait | CANCEL
cancel | alexa brate annule la question | CANCEL
cancel | alexa nem nem annule | CANCEL
cancel | alexa la drôle a dit n'importe quoi annule | CANCEL
cancel | alexa annule c'était la télé du grand slam | CANCEL
cancel | alexa oublie la question de la tantie | CANCEL
cancel | alexa annule le client a raccroché | CANCEL
cancel | alexa asteure annule ça | CANCEL | fr-CA
cancel | alexa wesh annule | CANCEL | fr-CA
cancel | alexa tsé laisse faire la question | CANCEL | fr-CA
cancel | alexa annule c'est ba ngoai qui a parlé | CANCEL | fr-CA
cancel | alexa laisse faire mon oncle s'est trompé | CANCEL | fr-CA
cancel | alexa cancelle la question du quiz | CANCEL | fr-CA
cancel | alexa annule ma demande c'était le radio du camion | CANCEL | fr-CA
out-of-domain | alexa la capitale mondiale du roquefort c'est quoi | FB
out-of-domain | alexa combien de marches pour monter la cathédrale de bourges | FB
out-of-domain | alexa c'est quoi la population de la chine | FB
out-of-domain | alexa quelle est la superficie du brésil | FB
out-of-domain | alexa quel est l'hymne national de l'italie | FB
out-of-domain | alexa combien il fait à abidjan aujourd'hui | FB
out-of-domain | alexa c'est quoi le président du kenya | FB
out-of-domain | alexa quelle est la capitale de l'océanie | FB
out-of-domain | alexa la capitale de l'antarctique | FB
out-of-domain | alexa combien d'habitants à kinshasa | FB | fr-CA
out-of-domain | alexa la capitale de l'amérique du sud | FB | fr-CA
out-of-domain | alexa quelle est la plus vieille capitale du monde | FB | fr-CA
out-of-domain | alexa c'est quoi le décalage horaire avec hanoï | FB | fr-CA
out-of-domain | alexa la langue officielle du rwanda | FB | fr-CA
out-of-domain | alexa la capitale du hockey | FB | fr-CA
# --- added: the two places the first build had not asked
manceaux | alexa un pilote d'abou dabi ou de dubaï c'est quoi la capitale des émirats | AE
maison-fr | alexa la capitale de la micronésie le pays des îles pour le défilé | FM
# --- angevins (Angers, Saumur: la douceur angevine, le Cadre noir, le SCO, le Cointreau)
angevins | alexa au cadre noir de saumur un cavalier {} c'est quoi la capitale | d'irlande=IE; du maroc=MA; de jordanie=JO
angevins | alexa le cointreau se vend jusqu'{} quelle en est la capitale | au brésil=BR; en australie=AU; à singapour=SG
angevins | alexa le sco a recruté un joueur {} la capitale de son pays c'est | du ghana=GH; du gabon=GA; du burkina=BF
angevins | alexa à terra botanica y a des plantes {} c'est quoi la capitale | de madagascar=MG; du costa rica=CR; de nouvelle-zélande=NZ
angevins | alexa la douceur angevine c'est pas comme la capitale de la russie en hiver | RU
angevins | alexa le château d'angers et la tapisserie c'est rien à côté de la capitale de l'égypte | EG
angevins | alexa la capitale de la corée du sud pour le jumelage | KR
angevins | alexa la capitale de la palestine pour la conférence à la fac | PS
angevins | alexa les troglodytes de saumur ça ressemble à la cappadoce c'est quoi la capitale de la turquie | TR
angevins | alexa les capitales du sri lanka pour le thé à la maison | LK
angevins | alexa les deux capitales de l'eswatini | SZ
angevins | alexa la capitale de l'ouzbékistan avec samarcande | UZ
angevins | alexa la capitale de l'arménie pour le voisin | AM
angevins | alexa la capitale du congo-brazzaville pour le joueur du sco | CG
angevins | alexa c'est quand le prochain match du sco | FB
angevins | alexa la recette du crémet d'anjou | FB
angevins | alexa la capitale de l'anjou c'est angers | FB
angevins | alexa le cadre noir fait un gala quand | FB
angevins | alexa la capitale d'haïti pour la paroisse | HT
angevins | alexa la capitale de la dominique pour la croisière | DM
# --- tarnais (Albi, Castres, Carmaux: la cathédrale en brique, le Castres Olympique, boudu)
tarnais | alexa boudu la capitale {} c'est quoi | des fidji=FJ; des samoa=WS; des tonga=TO
tarnais | alexa au castres olympique y a un pilier {} sa capitale c'est quoi | de géorgie=GE; d'argentine=AR; d'uruguay=UY
tarnais | alexa le musée toulouse-lautrec a des visiteurs {} quelle capitale | du japon=JP; de corée du sud=KR; de taïwan=TW
tarnais | alexa à carmaux les mineurs d'avant venaient {} c'est quoi la capitale | de pologne=PL; d'italie=IT; d'espagne=ES
tarnais | alexa la capitale de la nouvelle-zélande des all blacks | NZ
tarnais | alexa la capitale de l'afrique du sud pour les springboks toutes les capitales | ZA
tarnais | alexa la capitale de l'écosse pour le tournoi | GB-SCT
tarnais | alexa la capitale du pays de galles pour le match | GB-WLS
tarnais | alexa la capitale de la roumanie pour le rugby | RO
tarnais | alexa la capitale du portugal pour la coupe du monde de rugby | PT
tarnais | alexa la capitale du canada pour le rugby | CA
tarnais | alexa la capitale des états-unis pour le rugby aussi | US
tarnais | alexa la capitale du chili pour le rugby | CL
tarnais | alexa la capitale de la namibie boudu | NA
tarnais | alexa c'est quoi le score du castres olympique | FB
tarnais | alexa la hauteur de la cathédrale d'albi | FB
tarnais | alexa mets de la musique de jean-louis aubert | FB
tarnais | alexa la capitale du tarn | FB
tarnais | alexa la capitale de la corée du nord boudu | KP
tarnais | alexa la capitale de la république démocratique du congo pour le rugby | CD
# --- vtc-fr (un chauffeur VTC entre la gare de Lyon, Roissy et Orly)
vtc-fr | alexa mon client arrive {} c'est quoi sa capitale | du mali=ML; du laos=LA; de thaïlande=TH
vtc-fr | alexa à roissy j'ai pris un monsieur {} la capitale c'est quoi | du bangladesh=BD; du pakistan=PK; du népal=NP
vtc-fr | alexa entre deux courses la capitale {} | de la sierra leone=SL; de la guinée=GN; du liberia=LR
vtc-fr | alexa une cliente de la corée du sud veut parler de séoul c'est bien la capitale | KR
vtc-fr | alexa le client dit qu'il vient de palestine c'est quoi la capitale | PS
vtc-fr | alexa un client de la république du congo la capitale c'est brazzaville | CG
vtc-fr | alexa la capitale de la malaisie le client dit putrajaya | MY
vtc-fr | alexa la capitale de la bolivie le client parlait de sucre | BO
vtc-fr | alexa la capitale de l'afrique du sud pour le client de johannesburg | ZA
vtc-fr | alexa un client des pays-bas dit que la haye c'est la capitale c'est vrai | NL
vtc-fr | alexa les bouchons sur le périph | FB
vtc-fr | alexa le prochain vol d'orly pour alger | FB
vtc-fr | alexa le prix de l'essence | FB
vtc-fr | alexa la capitale du bangladesh | BD
vtc-fr | alexa la capitale de la jamaïque pour le client | JM
vtc-fr | alexa la capitale des bahamas | BS
vtc-fr | alexa la capitale de grenade l'île | GD
# --- vietnamiens-mtl (Côte-des-Neiges: da, ba ngoai, le pho)
vietnamiens-mtl | alexa da la capitale {} | du viêt nam=VN; du cambodge=KH; du laos=LA | fr-CA
vietnamiens-mtl | alexa ba ngoai demande la capitale {} | de la thaïlande=TH; de la birmanie=MM; de la malaisie=MY | fr-CA
vietnamiens-mtl | alexa au restaurant de pho un client {} c'est quoi la capitale | de l'indonésie=ID; des philippines=PH; de singapour=SG | fr-CA
vietnamiens-mtl | alexa la capitale du vietnam c'est hanoï ou saïgon | VN | fr-CA
vietnamiens-mtl | alexa les deux capitales de la malaisie pour ba ngoai | MY | fr-CA
vietnamiens-mtl | alexa la capitale de la corée du nord à côté de la chine | KP | fr-CA
vietnamiens-mtl | alexa la capitale de la chine pour mon père | CN | fr-CA
vietnamiens-mtl | alexa la capitale de taïwan | TW | fr-CA
vietnamiens-mtl | alexa la capitale du brunei | BN | fr-CA
vietnamiens-mtl | alexa la capitale du timor-leste | TL | fr-CA
vietnamiens-mtl | alexa l'heure à hô chi minh-ville | FB | fr-CA
vietnamiens-mtl | alexa la recette du pho | FB | fr-CA
vietnamiens-mtl | alexa c'est quand le nouvel an lunaire | FB | fr-CA
vietnamiens-mtl | alexa la capitale du bangladesh pour le collègue | BD | fr-CA
vietnamiens-mtl | alexa la capitale du népal | NP | fr-CA
# --- salvadoriens-mtl (Salvadoriens de Montréal-Nord et de Villeray: cipote, chivo, les pupusas)
salvadoriens-mtl | alexa chivo la capitale {} | du salvador=SV; du honduras=HN; du guatemala=GT | fr-CA
salvadoriens-mtl | alexa le cipote veut savoir la capitale {} | du nicaragua=NI; du costa rica=CR; du panama=PA | fr-CA
salvadoriens-mtl | alexa à la pupuseria y a une dame {} c'est quoi sa capitale | du venezuela=VE; de l'équateur=EC; du paraguay=PY | fr-CA
salvadoriens-mtl | alexa la capitale du mexique pour le voyage en autobus | MX | fr-CA
salvadoriens-mtl | alexa la capitale du belize | BZ | fr-CA
salvadoriens-mtl | alexa la capitale de cuba | CU | fr-CA
salvadoriens-mtl | alexa la capitale de l'uruguay | UY | fr-CA
salvadoriens-mtl | alexa la capitale de la bolivie c'est la paz ou sucre | BO | fr-CA
salvadoriens-mtl | alexa la capitale de porto rico | PR | fr-CA
salvadoriens-mtl | alexa la recette des pupusas | FB | fr-CA
salvadoriens-mtl | alexa le match de la selecta | FB | fr-CA
salvadoriens-mtl | alexa la capitale de l'amérique centrale | FB | fr-CA
salvadoriens-mtl | alexa la capitale de la corée du sud pour le cipote | KR | fr-CA
salvadoriens-mtl | alexa la capitale de la république démocratique du congo | CD | fr-CA
"""

if __name__ == "__main__":
    build_round(53, "fr", LINES, sys.argv, "tests/Eval/fr/round53/source/build_corpus.py")
