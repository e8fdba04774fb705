"""Round 55, French (fr-FR, fr-CA): a new author's own mix, written blind at the end of the sixty-second session (brief WRITER71.md), for the next session's tuner. About two fifths of the lines fr-CA.
Speakers and situations chosen apart from round 54 (no Landais, Ariégeois, Lozériens, Gardois, Lotois, Mayennais,
Franco-Moroccan, Franco-Guinean or Franco-Lao families, Finnish, Kenyan, Austrian or Argentinian learners, Inuit of
Nunavik, Wendat of Wendake, Vaudreuillois, French expats of the Plateau-Mont-Royal, Bengali or Chilean Montrealers,
Portneuvois; none of round 54's jobs, school years, games or home situations), from round 53 (Berrichons, Aveyronnais,
Ardéchois, Poitevins, Manceaux, Orléanais, Angevins, Tarnais, Franco-Ivorian, Franco-Tunisian or Franco-Serbian
families, Norwegian, Hungarian, Irish or Egyptian learners, Jamésiens, Crees of Eeyou Istchee, Campivallensiens,
Johannais, people of Hochelaga-Maisonneuve, Acadiens of the Péninsule acadienne, Algerian, Rwandan, Burundian,
Vietnamese or Salvadoran Montrealers, Sorelois), from round 52 (Gascons of the Gers, Vendéens, Bourguignons,
Champenois, Catalans of Perpignan, Tourangeaux, Franco-Armenian, Franco-Cameroonian or Franco-Cambodian families,
Dutch, Romanian, Greek or Thai learners, Lavallois and people of the Rive-Sud, Lanaudois, Charlevoisiens, Maskoutains
and Granbyens, people of Drummondville and Victoriaville, Laurentiens, Atikamekw, Greek or Peruvian Montrealers,
Acadiens of Nova Scotia, Fransaskois and Franco-Colombiens), from round 51 (Basques, Auvergnats, Bordelais, Niçois,
Lorrains, Savoyards, Picards, teenagers of the 93 and the 94, Franco-Malian, Franco-Polish or Franco-Tamil families,
Polynesians and Caledonians in the métropole, Guyanais and Mahorais, Japanese, American, Polish or Syrian learners,
Trifluviens and Mauriciens, Abitibiens, Bas-Laurentiens and Côte-Nordiens, Estriens, Outaouais, people of Québec City
and Lévis, Innus, Moroccan or Colombian Montrealers, Franco-Albertains, Brayons), from round 50 (Alsaciens, Bretons,
Normands, Marseillais, Ch'tis, Lyonnais, Toulousains, Corses, Réunionnais, Antillais, Franco-Algerian,
Franco-Portuguese, Franco-Vietnamese, Franco-Turkish or Franco-Congolese families, British, Italian, Ukrainian or
Korean learners, Acadiens of New Brunswick's south-east, Franco-Ontariens, Saguenéens and Jeannois, Gaspésiens and
Madelinots, Haitian Montrealers, Lebanese Montrealers, Beaucerons, Franco-Manitobains, Anglo-Montrealers), from round
49 (Dauphinois, Limousins, Héraultais, Béarnais, Ardennais, Franco-Senegalese, Franco-Russian or Franco-Comorian
families, Chinese, Filipino, Afghan or Czech learners, Franco-Terre-Neuviens, Franco-Nunavois, Fort McMurray workers,
Filipino Montrealers, Guatemalan and Mexican farm workers, Sephardic or Ahuntsic-Cartierville Montrealers) and from
round 48 (Francs-Comtois, Ligériens, Charentais, Périgourdins, Stéphanois, Saint-Pierrais, Franco-Brazilian,
Franco-Spanish and Franco-Malagasy families, German, Indian, Nigerian and Swedish learners, South-West Montrealers,
Appalachians, Franco-Yukoners, Franco-Ténois, Cajuns, Franco-Americans of New England, Acadians of Prince Edward
Island, Punjabi and Iranian Montrealers); none of those rounds' jobs, school years, games or home situations.
fr-FR speakers: Audois of Carcassonne, Narbonne and Limoux ("macarel", the Cité, the cassoulet, rugby à treize, the
blanquette), Vauclusiens of Avignon, Carpentras and L'Isle-sur-la-Sorgue ("peuchère", the festival off, the Ventoux,
the cerises), Haut-Marnais of Chaumont and Langres (the lac du Der and its grues, Colombey), Agenais of Agen and
Villeneuve-sur-Lot (the pruneaux, the SU Agen), Franco-Mauritian families of Créteil ("ki manière", "tantine", the
séga, the rougaille), Franco-Togolese families of Cergy ("yako", "tonton") and learners (a Danish au pair, a Ghanaian
footballer at Sochaux, an Australian surfer at Hossegor, a Lithuanian student in Strasbourg: "tak", "hygge",
"chale", "g'day", "mate", "no worries", "labas", "aciu", article and gender errors).
fr-FR situations: work (a fromager at the market, a taxi driver waiting at Orly, a pharmacienne on night duty, a
coiffeuse during a colour), school (CM2 géographie, a bac pro history-geography paper, a khâgne colle), games and TV
(Questions pour un champion, the petit bac) and home (a wedding table plan named after capitals, the Tour de France on
TV, a Eurovision night, a Sunday lunch, a brocante).
fr-CA speakers: Kanien'kehá:ka of Kahnawake ("shekon", "niawen", the pow-wow, the pont Mercier), Bellechassois of
Saint-Damien (the Massif du Sud, "voyons donc"), Châteauguois ("mon chum", the centre d'achats), Italian Montrealers
of Saint-Léonard ("mannaggia", "nonna", the cafés of Jean-Talon) and Ecuadorian Montrealers of Montréal-Nord
("chuta", "ñaño", the Galápagos).
fr-CA situations: work (a déneigeur in his charrue at three in the morning, a Hydro-Québec lineman, a sugar-shack
worker), school (cégep géographie, secondaire un, the citizenship test), games and TV (Génies en herbe, a hockey pool)
and home (moving day on the first of July, the temps des fêtes, a chalet weekend, a garage sale).
Families per speaker group and situation, and the shared families (follow-up, plural-capitals, subdivision,
out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-54 are dropped.
Built by round12_hinl_corpus.py (build_round with round 55's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- shared: plural-capitals
plural-capitals | alexa c'est quoi les capitales {} j'en ai besoin pour le quiz | de l'afrique du sud=ZA; de la bolivie=BO; des pays-bas=NL
plural-capitals | alexa cite-moi les deux capitales {} | de la malaisie=MY; du bénin=BJ; de la côte d'ivoire=CI
plural-capitals | alexa quelles sont les capitales {} à la fois | du sri lanka=LK; de l'eswatini=SZ; de l'afrique du sud=ZA
plural-capitals | alexa il y a combien de capitales {} en vrai | en bolivie=BO; aux pays-bas=NL; en malaisie=MY
plural-capitals | alexa les deux capitales {} tu les connais | du bénin=BJ; du sri lanka=LK; de la bolivie=BO
plural-capitals | alexa pourquoi {} a plusieurs capitales et c'est lesquelles | l'afrique du sud=ZA; la malaisie=MY; l'eswatini=SZ
plural-capitals | alexa nomme-moi les capitales {} | des pays-bas=NL; de la côte d'ivoire=CI; du swaziland=SZ | fr-CA
plural-capitals | alexa c'est quoi ça les deux capitales {} | de la bolivie=BO; de la malaisie=MY; du sri lanka=LK | fr-CA
plural-capitals | alexa les trois capitales {} c'est lesquelles | de l'afrique du sud=ZA | fr-CA
plural-capitals | alexa j'veux savoir les capitales {} | des pays-bas=NL; du bénin=BJ; de la côte d'ivoire=CI | fr-CA
plural-capitals | alexa toutes les capitales {} au complet | de l'eswatini=SZ; de l'afrique du sud=ZA; de la bolivie=BO | fr-CA
plural-capitals | alexa paraît que la malaisie a deux capitales lesquelles | MY
plural-capitals | alexa la capitale administrative et la capitale législative de l'afrique du sud | ZA
plural-capitals | alexa les deux capitales de la bolivie la paz et quoi d'autre | BO
plural-capitals | alexa amsterdam c'est la capitale mais le gouvernement est où aux pays-bas donne les deux | NL
plural-capitals | alexa porto-novo et cotonou c'est les capitales du bénin | BJ
plural-capitals | alexa yamoussoukro et abidjan les deux capitales ivoiriennes | CI
plural-capitals | alexa les capitales sri-lankaises c'est quoi | LK
plural-capitals | alexa mbabane et lobamba c'est les capitales de l'eswatini | SZ | fr-CA
plural-capitals | alexa les deux capitales malaisiennes stp | MY | fr-CA
plural-capitals | alexa les capitales néerlandaises c'est quoi déjà | NL | fr-CA
plural-capitals | alexa les capitales boliviennes pour mon travail d'équipe | BO | fr-CA
plural-capitals | alexa pretoria c'est pas la seule capitale de l'afrique du sud hein donne les autres | ZA | fr-CA
# --- shared: subdivision
subdivision | alexa c'est quoi la capitale {} | de la californie=US-CA; du texas=US-TX; de la floride=US-FL
subdivision | alexa quelle est la capitale de l'état {} | de new york=US-NY; de l'alaska=US-AK; de l'arizona=US-AZ
subdivision | alexa la capitale de la province {} c'est quoi | de l'ontario=CA-ON; du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
subdivision | alexa c'est quoi la capitale {} déjà | du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
subdivision | alexa capitale {} | du yukon=CA-YT; du nunavut=CA-NU; des territoires du nord-ouest=CA-NT | fr-CA
subdivision | alexa c'est quoi ça la capitale {} | de l'alberta=CA-AB; de la colombie-britannique=CA-BC; de terre-neuve=CA-NL | fr-CA
subdivision | alexa la capitale {} s'il vous plaît | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR
subdivision | alexa quelle ville est la capitale {} | de la bavière=DE-BY; de la saxe=DE-SN; de la tasmanie=AU-TAS
subdivision | alexa c'est quoi la capitale du queensland | AU-QLD
subdivision | alexa la capitale de la nouvelle-galles du sud | AU-NSW
subdivision | alexa la capitale de la catalogne c'est quoi | FB
subdivision | alexa c'est quoi la capitale de la sicile | FB
subdivision | alexa capitale de la corse | FB
subdivision | alexa la capitale de l'occitanie c'est toulouse ou montpellier | FB
subdivision | alexa c'est quoi la capitale du vermont | US-VT | fr-CA
subdivision | alexa la capitale du maine pour aller à old orchard | US-ME | fr-CA
subdivision | alexa la capitale de l'état de washington | US-WA | fr-CA
subdivision | alexa la capitale du québec c'est-tu québec ou montréal | CA-QC | fr-CA
subdivision | alexa la capitale de la martinique | MQ
subdivision | alexa c'est quoi la capitale de la guadeloupe | GP
subdivision | alexa la capitale de la nouvelle-calédonie | NC
subdivision | alexa la capitale de saint-pierre-et-miquelon | PM | fr-CA
subdivision | alexa la capitale du groenland | GL | fr-CA
subdivision | alexa c'est quoi la capitale du rajasthan | IN-RJ
subdivision | alexa capitale de la bahia au brésil | BR-BA
subdivision | alexa la capitale du jalisco | MX-JAL | fr-CA
subdivision | alexa c'est quoi la capitale de l'angleterre | GB-ENG
subdivision | alexa la capitale de la wallonie | FB
subdivision | alexa la capitale de la flandre | FB | fr-CA
subdivision | alexa c'est quoi la capitale du labrador | FB | fr-CA
# --- shared: help
help | alexa aide-moi | HELP
help | alexa demande à capitales du monde de l'aide | HELP
help | alexa comment ça marche capitales du monde | HELP
help | alexa qu'est-ce que je peux te demander | HELP
help | alexa j'ai besoin d'aide avec les capitales | HELP
help | alexa explique-moi comment on joue | HELP
help | alexa je sais pas quoi dire | HELP
help | alexa tu sais faire quoi au juste | HELP
help | alexa c'est quoi les commandes | HELP
help | alexa au secours je comprends rien | HELP
help | alexa donne-moi des exemples de questions | HELP
help | alexa aide s'il te plaît | HELP
help | alexa comment je fais pour demander une capitale | HELP | fr-CA
help | alexa peux-tu m'aider | HELP | fr-CA
help | alexa j'comprends pas comment ça marche ton affaire | HELP | fr-CA
help | alexa qu'est-ce qu'on peut dire là | HELP | fr-CA
help | alexa demande à capitales du monde comment ça marche | HELP | fr-CA
help | alexa aide-moi donc | HELP | fr-CA
help | alexa c'est quoi les affaires que tu connais | HELP | fr-CA
help | alexa j'sais pas quoi te demander aide-moi | HELP | fr-CA
help | alexa montre-moi comment faire | HELP | fr-CA
help | alexa l'aide svp | HELP | fr-CA
help | alexa mode d'emploi | HELP
help | alexa je suis perdue tu peux m'expliquer | HELP
# --- shared: stop
stop | alexa stop | STOP
stop | alexa arrête | STOP
stop | alexa arrête-toi | STOP
stop | alexa tais-toi | STOP
stop | alexa c'est bon j'ai fini | STOP
stop | alexa au revoir | STOP
stop | alexa ferme capitales du monde | STOP
stop | alexa quitte | STOP
stop | alexa on arrête là | STOP
stop | alexa ça suffit merci | STOP
stop | alexa bonne nuit on arrête | STOP
stop | alexa sors de capitales du monde | STOP
stop | alexa arrête ça | STOP | fr-CA
stop | alexa c'est assez | STOP | fr-CA
stop | alexa ferme-toi | STOP | fr-CA
stop | alexa bye | STOP | fr-CA
stop | alexa salut merci | STOP | fr-CA
stop | alexa on a fini là | STOP | fr-CA
stop | alexa termine | STOP | fr-CA
stop | alexa c'est fini les capitales | STOP | fr-CA
stop | alexa ok arrête de parler | STOP | fr-CA
stop | alexa bonsoir c'est tout | STOP
stop | alexa fin | STOP
# --- shared: cancel
cancel | alexa annule | CANCEL
cancel | alexa annule ça | CANCEL
cancel | alexa non laisse tomber | CANCEL
cancel | alexa oublie | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa annuler | CANCEL
cancel | alexa non non annule | CANCEL
cancel | alexa laisse tomber c'est pas grave | CANCEL
cancel | alexa annule la question | CANCEL
cancel | alexa je retire ma question | CANCEL
cancel | alexa non en fait annule | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa oublie ça | CANCEL | fr-CA
cancel | alexa annule donc ça | CANCEL | fr-CA
cancel | alexa non laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa annule ma demande | CANCEL | fr-CA
cancel | alexa pas grave oublie ça | CANCEL | fr-CA
cancel | alexa annule annule | CANCEL | fr-CA
cancel | alexa laisse tomber ça | CANCEL | fr-CA
cancel | alexa non j'ai changé d'idée annule | CANCEL | fr-CA
cancel | alexa oublie ma question | CANCEL
cancel | alexa finalement non annule | CANCEL
cancel | alexa efface ça | CANCEL
# --- shared: launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa capitales du monde | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa ouvre-moi capitales du monde | LAUNCH
launch | alexa lance le jeu capitales du monde | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa ouvre la skill capitales du monde | LAUNCH
launch | alexa lance l'application capitales du monde | LAUNCH
launch | alexa je voudrais capitales du monde | LAUNCH
launch | alexa allume capitales du monde | LAUNCH
launch | alexa démarre le jeu des capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde s'il te plaît | LAUNCH
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa j'veux capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre l'appli capitales du monde | LAUNCH | fr-CA
launch | alexa lance donc capitales du monde | LAUNCH | fr-CA
launch | alexa on va jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa démarre capitales du monde stp | LAUNCH | fr-CA
launch | alexa peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
launch | alexa fais partir capitales du monde | LAUNCH | fr-CA
launch | alexa embarque capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre le jeu des capitales du monde | LAUNCH | fr-CA
launch | alexa parle avec capitales du monde | LAUNCH
launch | alexa commence capitales du monde | LAUNCH
launch | alexa réveille capitales du monde | LAUNCH
# --- shared: follow-up
follow-up | et {} | la moldavie=MD; le kirghizistan=KG; le bhoutan=BT
follow-up | et pour {} | le laos=LA; la mongolie=MN; le népal=NP
follow-up | alexa et {} alors | le paraguay=PY; l'uruguay=UY; le suriname=SR
follow-up | pis {} | le guyana=GY; le belize=BZ; le honduras=HN | fr-CA
follow-up | pis {} là | le nicaragua=NI; le salvador=SV; le costa rica=CR | fr-CA
follow-up | et {} tant qu'à faire | la jamaïque=JM; la barbade=BB; la grenade=GD | fr-CA
follow-up | ok et {} | les bahamas=BS; cuba=CU; haïti=HT | fr-CA
follow-up | et celle {} | du tchad=TD; du niger=NE; du mali=ML
follow-up | et {} maintenant | la corée du nord=KP; la corée du sud=KR; la palestine=PS
follow-up | même question pour {} | le congo=CG; la république démocratique du congo=CD; le gabon=GA
follow-up | et {} aussi | l'érythrée=ER; djibouti=DJ; la somalie=SO | fr-CA
follow-up | pis la capitale {} | de la corée du sud=KR; de la corée du nord=KP; de la palestine=PS | fr-CA
# --- shared: yes-no-check
yes-no-check | alexa est-ce que {} | canberra c'est la capitale de l'australie=AU; ottawa c'est la capitale du canada=CA; brasilia c'est la capitale du brésil=BR
yes-no-check | alexa c'est vrai que {} | ankara est la capitale de la turquie=TR; abuja est la capitale du nigeria=NG; astana est la capitale du kazakhstan=KZ
yes-no-check | alexa {} c'est-tu vrai | wellington c'est la capitale de la nouvelle-zélande=NZ; berne c'est la capitale de la suisse=CH; rabat c'est la capitale du maroc=MA | fr-CA
yes-no-check | alexa est-ce que pyongyang c'est bien la capitale de la corée du nord | KP
yes-no-check | alexa séoul c'est la capitale de la corée du sud ou pas | KR
yes-no-check | alexa kinshasa c'est la capitale de quel congo le grand | CD
yes-no-check | alexa brazzaville c'est bien la capitale du congo | CG | fr-CA
yes-no-check | alexa ramallah c'est la capitale de la palestine | PS | fr-CA
yes-no-check | alexa dodoma c'est la capitale de la tanzanie hein | TZ
yes-no-check | alexa la capitale du vietnam c'est saïgon non | VN
yes-no-check | alexa naypyidaw c'est vraiment la capitale de la birmanie | MM | fr-CA
yes-no-check | alexa la capitale du pakistan c'est-tu karachi | PK | fr-CA
# --- shared: self-correction
self-correction | alexa la capitale de l'autriche non pardon de l'australie | AU
self-correction | alexa la capitale de la suède euh non de la suisse | CH
self-correction | alexa capitale de l'islande non de l'irlande | IE
self-correction | alexa la capitale du niger non je voulais dire du nigeria | NG
self-correction | alexa c'est quoi la capitale de la slovénie attends non la slovaquie | SK
self-correction | alexa la capitale de la guinée non de la guinée-bissau | GW | fr-CA
self-correction | alexa la capitale de l'iran euh de l'irak | IQ | fr-CA
self-correction | alexa capitale de la colombie non de la bolivie excuse | BO | fr-CA
self-correction | alexa la capitale de la gambie non de la zambie | ZM | fr-CA
self-correction | alexa la capitale de la lettonie non lituanie | LT
self-correction | alexa la capitale de la corée du sud non du nord | KP
self-correction | alexa la capitale du congo brazza non l'autre le congo kinshasa | CD | fr-CA
# --- shared: reverse-question
reverse-question | alexa {} c'est la capitale de quel pays | nairobi=CITY:Nairobi; lima=CITY:Lima; bakou=CITY:Bakou
reverse-question | alexa quel pays a pour capitale {} | ouagadougou=CITY:Ouagadougou; tbilissi=CITY:Tbilissi; montevideo=CITY:Montevideo
reverse-question | alexa {} c'est la capitale de quoi | kampala=CITY:Kampala; windhoek=CITY:Windhoek; oulan-bator=CITY:Oulan-Bator | fr-CA
reverse-question | alexa dans quel pays se trouve la capitale {} | tachkent=CITY:Tachkent; douchanbé=CITY:Douchanbé; achgabat=CITY:Achgabat | fr-CA
reverse-question | alexa c'est quel pays qui a {} comme capitale | vientiane=CITY:Vientiane; katmandou=CITY:Katmandou; thimphou=CITY:Thimphu
reverse-question | alexa pyongyang c'est la capitale de quel pays | CITY:Pyongyang
reverse-question | alexa brazzaville c'est la capitale de qui | CITY:Brazzaville | fr-CA
# --- shared: official-name
official-name | alexa quelle est la capitale {} | de la république fédérale d'allemagne=DE; de la confédération suisse=CH; du royaume hachémite de jordanie=JO
official-name | alexa la capitale {} | de la république populaire de chine=CN; de la république démocratique populaire lao=LA; des états-unis d'amérique=US
official-name | alexa la capitale {} c'est quoi | de la république de corée=KR; de la république populaire démocratique de corée=KP; de l'état de palestine=PS | fr-CA
official-name | alexa peux-tu me dire la capitale {} | de la république du congo=CG; de la république démocratique du congo=CD; du royaume des pays-bas=NL | fr-CA
official-name | alexa la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
official-name | alexa capitale de la fédération de russie | RU
official-name | alexa la capitale de la république islamique d'iran | IR | fr-CA
official-name | alexa la capitale du royaume d'arabie saoudite | SA | fr-CA
# --- shared: everyday-name
everyday-name | alexa la capitale {} on dit comme ça | de la hollande=NL; de l'angleterre=GB-ENG; du congo-kinshasa=CD
everyday-name | alexa dis donc c'est quoi la capitale {} | des states=US; de la birmanie=MM; de la perse=IR
everyday-name | alexa la capitale {} stp | du congo-brazza=CG; de la corée du nord=KP; des émirats=AE | fr-CA
everyday-name | alexa c'est quoi la capitale des vieux pays la france | FR | fr-CA
everyday-name | alexa la capitale du zaïre | CD
everyday-name | alexa la capitale de la tchécoslovaquie | FB
everyday-name | alexa la capitale de ceylan | LK
everyday-name | alexa capitale du siam | TH | fr-CA
everyday-name | alexa la capitale de la rdc | CD
everyday-name | alexa la capitale de la biélorussie | BY | fr-CA
# --- shared: shared-name
shared-name | alexa la capitale de la géorgie | GE
shared-name | alexa la capitale de la géorgie l'état américain | US-GA
shared-name | alexa la capitale de la géorgie le pays dans le caucase | GE | fr-CA
shared-name | alexa la capitale de la corée | KP+KR
shared-name | alexa c'est quoi la capitale du congo | CD+CG
shared-name | alexa la capitale de la guinée | GN | fr-CA
shared-name | alexa capitale du soudan | SD
shared-name | alexa c'est quoi la capitale de washington | US-WA | fr-CA
shared-name | alexa la capitale de la dominique | DM
shared-name | alexa la capitale de la république dominicaine | DO | fr-CA
shared-name | alexa la capitale du mexique | MX
shared-name | alexa capitale de la macédoine | MK | fr-CA
# --- fr-FR speakers
audois | alexa la capitale {} avant d'aller voir la cité | de l'estonie=EE; de la lituanie=LT; de la lettonie=LV
audois | alexa à carcassonne on se demande c'est quoi la capitale {} | du portugal=PT; de l'espagne=ES; de l'andorre=AD
audois | alexa macarel c'est quoi la capitale {} | de la croatie=HR; de la serbie=RS; du monténégro=ME
audois | alexa on est à narbonne plage dis-moi la capitale {} | de malte=MT; de chypre=CY; de la grèce=GR
audois | alexa pour le cassoulet de dimanche c'est quoi la capitale {} | de la hongrie=HU; de la roumanie=RO; de la bulgarie=BG
audois | alexa dis la capitale de la palestine pour le petit | PS
audois | alexa au festival de la cité quelqu'un demandait la capitale de l'albanie | AL
audois | alexa le rugby à treize c'est joué en papouasie c'est quoi la capitale de la papouasie-nouvelle-guinée | PG
audois | alexa c'est quoi la capitale des fidji on les a joués au rugby | FJ
audois | alexa il fait combien à limoux | FB
audois | alexa mets la blanquette de limoux sur la liste de courses | FB
vauclusien | alexa à avignon on joue la pièce sur {} c'est quoi sa capitale | la géorgie=GE; l'arménie=AM; l'azerbaïdjan=AZ
vauclusien | alexa au ventoux on a croisé des gens {} c'est quoi leur capitale | de slovénie=SI; de slovaquie=SK; de tchéquie=CZ
vauclusien | alexa pendant le festival off c'est quoi la capitale {} | du liban=LB; de la syrie=SY; de la jordanie=JO
vauclusien | alexa peuchère c'est quoi la capitale {} | de la tunisie=TN; de l'algérie=DZ; de la libye=LY
vauclusien | alexa j'ai un cousin à carpentras qui dit que la capitale {} c'est laquelle | du maroc=MA; de la mauritanie=MR; du sénégal=SN
vauclusien | alexa les cerises de l'isle-sur-la-sorgue partent jusqu'où c'est quoi la capitale de la corée du sud | KR
vauclusien | alexa quelle est la capitale de la corée du nord pour la dictée | KP
vauclusien | alexa le pont d'avignon il a quel âge | FB
vauclusien | alexa c'est quand le festival d'avignon cette année | FB
haut-marnais | alexa à chaumont on se demande la capitale {} | du luxembourg=LU; de la belgique=BE; du liechtenstein=LI
haut-marnais | alexa depuis langres c'est quoi la capitale {} | de la pologne=PL; de l'ukraine=UA; de la biélorussie=BY
haut-marnais | alexa le lac du der c'est plein de grues c'est quoi la capitale {} | de la norvège=NO; de la finlande=FI; du danemark=DK
haut-marnais | alexa à colombey on parle de de gaulle c'est quoi la capitale {} | de l'algérie=DZ; du vietnam=VN; du cambodge=KH
haut-marnais | alexa la capitale du congo brazzaville pour mon neveu | CG
haut-marnais | alexa c'est quoi la capitale de la république démocratique du congo | CD
haut-marnais | alexa il gèle cette nuit à langres | FB
haut-marnais | alexa c'est quoi la capitale de la haute-marne | FB
agenais | alexa entre deux pruneaux c'est quoi la capitale {} | de l'ouzbékistan=UZ; du turkménistan=TM; du tadjikistan=TJ
agenais | alexa au su agen on avait un pilier {} c'est quoi sa capitale | des tonga=TO; des samoa=WS; de la géorgie=GE
agenais | alexa à villeneuve-sur-lot on se demande la capitale {} | de l'afghanistan=AF; de l'iran=IR; du pakistan=PK
agenais | alexa dis-moi la capitale {} hé | de la malaisie=MY; de l'indonésie=ID; de singapour=SG
agenais | alexa c'est quoi les deux capitales de l'afrique du sud non les trois | ZA
agenais | alexa combien de pruneaux dans un kilo | FB
agenais | alexa mets le match d'agen | FB
franco-mauricien | alexa ki manière c'est quoi la capitale {} | de maurice=MU; des seychelles=SC; de madagascar=MG
franco-mauricien | alexa ma tantine demande la capitale {} | des comores=KM; du mozambique=MZ; de la tanzanie=TZ
franco-mauricien | alexa à créteil on a un quiz c'est quoi la capitale {} | de l'inde=IN; du bangladesh=BD; du sri lanka=LK
franco-mauricien | alexa c'est quoi la capitale des maldives pour les vacances | MV
franco-mauricien | alexa la capitale de l'île maurice c'est port-louis hein | MU
franco-mauricien | alexa la capitale de la réunion c'est saint-denis ou saint-pierre | RE
franco-mauricien | alexa mets un séga | FB
franco-mauricien | alexa c'est quoi la recette du rougaille | FB
franco-mauricien | alexa les capitales du sri lanka pour ma grand-mère | LK
franco-togolais | alexa yako c'est quoi la capitale {} | du togo=TG; du ghana=GH; du bénin=BJ
franco-togolais | alexa tonton dit que la capitale {} c'est laquelle | du burkina faso=BF; du niger=NE; du nigeria=NG
franco-togolais | alexa à cergy on débat la capitale {} | de la côte d'ivoire=CI; du liberia=LR; de la sierra leone=SL
franco-togolais | alexa c'est quoi les deux capitales du bénin porto-novo et | BJ
franco-togolais | alexa la capitale de la guinée équatoriale c'est malabo | GQ
franco-togolais | alexa c'est quoi la capitale du cap-vert | CV
franco-togolais | alexa mets de la musique togolaise | FB
franco-togolais | alexa la capitale du cameroun c'est yaoundé ou douala | CM
# --- learners fr-FR
danish-learner | alexa hvad er c'est quoi la capitale {} | de la suède=SE; de l'islande=IS; de la norvège=NO
danish-learner | alexa je suis au pair de copenhague le capitale {} c'est quoi | de la allemagne=DE; de le autriche=AT; de la pays-bas=NL
danish-learner | alexa tak c'est quoi la capitale {} | de l'estonie=EE; de l'irlande=IE; du royaume-uni=GB
danish-learner | alexa le capital de danemark c'est copenhague oui | DK
danish-learner | alexa la capitale de le groenland s'il vous plaît | GL
danish-learner | alexa c'est quoi la capitale de les îles féroé | FO
danish-learner | alexa c'est quoi hygge en français | FB
ghanaian-learner | alexa chale c'est quoi la capitale {} | du ghana=GH; du togo=TG; du burkina=BF
ghanaian-learner | alexa je joue foot à sochaux la capitale {} c'est quoi | du nigeria=NG; du cameroun=CM; de le gabon=GA
ghanaian-learner | alexa please la capitale {} | de la sierra leone=SL; de la gambie=GM; du libéria=LR
ghanaian-learner | alexa c'est quoi le capitale de la kenya | KE
ghanaian-learner | alexa la capitale de l'ouganda s'il vous plaît | UG
ghanaian-learner | alexa c'est quoi le score de sochaux | FB
australian-learner | alexa g'day c'est quoi la capitale {} | de la australie=AU; de la nouvelle-zélande=NZ; de la papouasie=PG
australian-learner | alexa je fais du surf à hossegor la capitale {} c'est quoi mate | des îles salomon=SB; du vanuatu=VU; des fidji=FJ
australian-learner | alexa la capitale {} no worries | des kiribati=KI; de tuvalu=TV; de nauru=NR
australian-learner | alexa c'est quoi la capitale de la victoria en australie | AU-VIC
australian-learner | alexa la capitale de le territoire du nord | AU-NT
australian-learner | alexa il y a des vagues demain à hossegor | FB
lithuanian-learner | alexa labas c'est quoi la capitale {} | de la lituanie=LT; de la lettonie=LV; de la biélorussie=BY
lithuanian-learner | alexa je étudie à strasbourg la capitale {} c'est quoi | de la russie=RU; de la pologne=PL; de la ukraine=UA
lithuanian-learner | alexa aciu c'est quoi le capitale {} | de la moldavie=MD; de la géorgie=GE; de la kazakhstan=KZ
lithuanian-learner | alexa vilnius est le capitale de la lituanie oui | LT
lithuanian-learner | alexa le capitale de kaliningrad c'est quoi | FB
lithuanian-learner | alexa joue du basket lituanien | FB
# --- fr-FR situations
fromager-marche | alexa entre deux clients c'est quoi la capitale {} | de la suisse=CH; de l'italie=IT; de la grèce=GR
fromager-marche | alexa un client me demande la capitale {} | du chili=CL; de l'argentine=AR; du pérou=PE
fromager-marche | alexa pendant que je coupe le comté la capitale {} | de la bolivie=BO; de l'équateur=EC; de la colombie=CO
fromager-marche | alexa c'est quoi la capitale des pays-bas pour le client qui prend du gouda | NL
fromager-marche | alexa la capitale de la hollande le gouda vient d'où | NL
fromager-marche | alexa le prix du beaufort au kilo | FB
fromager-marche | alexa mets un minuteur de dix minutes | FB
taxi-orly | alexa le client vient {} c'est quoi sa capitale | du qatar=QA; du koweït=KW; de bahreïn=BH
taxi-orly | alexa à orly j'attends c'est quoi la capitale {} | d'oman=OM; du yémen=YE; des émirats arabes unis=AE
taxi-orly | alexa un passager rentre {} la capitale c'est quoi | d'éthiopie=ET; d'érythrée=ER; du soudan du sud=SS
taxi-orly | alexa la capitale de l'arabie saoudite c'est riyad | SA
taxi-orly | alexa bouchons sur le périph | FB
taxi-orly | alexa le vol d'air algérie a du retard | FB
pharmacienne | alexa à l'officine on se demande la capitale {} | du kazakhstan=KZ; du kirghizistan=KG; de la mongolie=MN
pharmacienne | alexa pendant la garde c'est quoi la capitale {} | du népal=NP; du bhoutan=BT; de la birmanie=MM
pharmacienne | alexa la capitale de la thaïlande pour le vaccin du client | TH
pharmacienne | alexa il faut quels vaccins pour le bénin | FB
pharmacienne | alexa la capitale de la corée du nord une cliente me l'a demandé | KP
coiffeuse | alexa pendant la couleur c'est quoi la capitale {} | de cuba=CU; de la jamaïque=JM; d'haïti=HT
coiffeuse | alexa ma cliente part {} c'est quoi la capitale | au mexique=MX; au guatemala=GT; au panama=PA
coiffeuse | alexa la capitale {} elle me demande | du brésil=BR; du venezuela=VE; du paraguay=PY
coiffeuse | alexa mets la radio | FB
coiffeuse | alexa la capitale de la malaisie kuala lumpur c'est la seule | MY
cm-deux | alexa pour la leçon de géo c'est quoi la capitale {} | du canada=CA; des états-unis=US; du japon=JP
cm-deux | alexa maman dit de demander la capitale {} | de la chine=CN; de la russie=RU; de l'inde=IN
cm-deux | alexa la maîtresse veut la capitale {} | de l'égypte=EG; de l'afrique du sud=ZA; du kenya=KE
cm-deux | alexa c'est quoi la capitale de la france | FR
cm-deux | alexa combien font sept fois huit | FB
cm-deux | alexa comment on écrit capitale | FB
cm-deux | alexa c'est quoi la capitale de l'europe | FB
bac-pro | alexa pour l'épreuve d'histoire-géo la capitale {} | de l'irak=IQ; de l'iran=IR; d'israël=IL
bac-pro | alexa en bac pro commerce la capitale {} c'est quoi | du vietnam=VN; des philippines=PH; de l'indonésie=ID
bac-pro | alexa vite la capitale de la palestine c'est quoi | PS
bac-pro | alexa j'ai stage demain réveille-moi à six heures | FB
khagne | alexa pour la colle de géo la capitale {} | du timor oriental=TL; du brunei=BN; de la papouasie-nouvelle-guinée=PG
khagne | alexa rappelle-moi la capitale {} pour la dissertation | du kosovo=XK; de la macédoine du nord=MK; de la bosnie-herzégovine=BA
khagne | alexa la capitale constitutionnelle de la bolivie c'est sucre | BO
khagne | alexa les capitales de l'eswatini mbabane et lobamba | SZ
khagne | alexa qui a écrit les mots et les choses | FB
questions-champion | alexa neuf points gagnants la capitale {} | du mali=ML; du tchad=TD; de la centrafrique=CF
questions-champion | alexa face à face c'est quoi la capitale {} | du rwanda=RW; du burundi=BI; du malawi=MW
questions-champion | alexa quatre à la suite la capitale {} | de la zambie=ZM; du zimbabwe=ZW; du botswana=BW
questions-champion | alexa top la capitale de la namibie | NA
questions-champion | alexa c'est quoi la capitale du lesotho | LS
questions-champion | alexa qui présente questions pour un champion | FB
petit-bac | alexa au petit bac lettre {} | b c'est quoi la capitale de la belgique=BE; s c'est la capitale du sénégal non=SN
petit-bac | alexa une capitale en v c'est laquelle | FB
petit-bac | alexa la capitale de la hongrie ça commence par b | HU
petit-bac | alexa capitale en d c'est la capitale de l'irlande | IE
petit-bac | alexa la capitale {} ça compte pour la lettre | du bangladesh=BD; de la syrie=SY; de l'ouganda=UG
mariage-plan-de-table | alexa pour les tables du mariage la capitale {} | du portugal=PT; de la roumanie=RO; du cap-vert=CV
mariage-plan-de-table | alexa la table huit s'appelle comme la capitale {} | du pérou=PE; de la colombie=CO; de cuba=CU
mariage-plan-de-table | alexa la table des mariés c'est la capitale de la corée du sud | KR
mariage-plan-de-table | alexa combien de chaises pour cent vingt invités | FB
tour-de-france | alexa le coureur vient {} c'est quoi sa capitale | de l'érythrée=ER; de la slovénie=SI; de l'équateur=EC
tour-de-france | alexa pendant l'étape la capitale {} | du danemark=DK; de la colombie=CO; du kazakhstan=KZ
tour-de-france | alexa qui a le maillot jaune | FB
tour-de-france | alexa la capitale de l'afrique du sud l'équipe vient de là | ZA
eurovision | alexa pendant l'eurovision c'est quoi la capitale {} | de saint-marin=SM; de moldavie=MD; de l'arménie=AM
eurovision | alexa douze points pour {} c'est quoi la capitale | l'azerbaïdjan=AZ; l'australie=AU; israël=IL
eurovision | alexa qui a gagné l'eurovision l'an dernier | FB
eurovision | alexa la capitale de la macédoine du nord elle chante bien | MK
# --- fr-CA speakers
kahnawake | alexa shekon c'est quoi la capitale {} | des états-unis=US; du canada=CA; du mexique=MX | fr-CA
kahnawake | alexa niawen c'est quoi la capitale {} | de l'ontario=CA-ON; de l'état de new york=US-NY; du québec=CA-QC | fr-CA
kahnawake | alexa au pow-wow quelqu'un demandait la capitale {} | du guatemala=GT; du pérou=PE; de la bolivie=BO | fr-CA
kahnawake | alexa de l'autre bord du pont mercier c'est quoi la capitale {} | de la nouvelle-zélande=NZ; de la norvège=NO; du groenland=GL | fr-CA
kahnawake | alexa c'est quoi la capitale du vermont à côté d'akwesasne | US-VT | fr-CA
kahnawake | alexa le trafic sur le pont mercier | FB | fr-CA
kahnawake | alexa c'est quoi la capitale des six nations | FB | fr-CA
bellechassois | alexa à saint-damien on se demande la capitale {} | de l'islande=IS; de la finlande=FI; de l'estonie=EE | fr-CA
bellechassois | alexa mon oncle de bellechasse veut savoir la capitale {} | de la suisse=CH; de l'autriche=AT; de la belgique=BE | fr-CA
bellechassois | alexa au massif du sud c'est quoi la capitale {} | de l'andorre=AD; du liechtenstein=LI; de monaco=MC | fr-CA
bellechassois | alexa voyons donc c'est quoi la capitale de la malaisie toutes les deux | MY | fr-CA
bellechassois | alexa y va-tu neiger à saint-damien | FB | fr-CA
bellechassois | alexa la capitale de la corée du sud pour ma blonde | KR | fr-CA
chateauguois | alexa à châteauguay on veut savoir la capitale {} | du portugal=PT; de l'espagne=ES; de l'italie=IT | fr-CA
chateauguois | alexa mon chum demande la capitale {} | de la turquie=TR; de l'ukraine=UA; de la pologne=PL | fr-CA
chateauguois | alexa avant d'aller au centre d'achats c'est quoi la capitale {} | du maroc=MA; de l'algérie=DZ; de la tunisie=TN | fr-CA
chateauguois | alexa c'est quoi les capitales des pays-bas là | NL | fr-CA
chateauguois | alexa quelle heure ferme le costco | FB | fr-CA
chateauguois | alexa la capitale du congo brazzaville | CG | fr-CA
saint-leonard | alexa mannaggia c'est quoi la capitale {} | de l'italie=IT; de saint-marin=SM; du vatican=VA | fr-CA
saint-leonard | alexa ma nonna veut savoir la capitale {} | de malte=MT; de l'albanie=AL; de la croatie=HR | fr-CA
saint-leonard | alexa au café sur jean-talon c'est quoi la capitale {} | de l'argentine=AR; de l'uruguay=UY; du venezuela=VE | fr-CA
saint-leonard | alexa c'est quoi la capitale de la sicile | FB | fr-CA
saint-leonard | alexa mets la partie de l'impact | FB | fr-CA
saint-leonard | alexa la capitale de la palestine pour le voisin | PS | fr-CA
ecuadorien | alexa chuta c'est quoi la capitale {} | de l'équateur=EC; de la colombie=CO; du pérou=PE | fr-CA
ecuadorien | alexa mi ñaño demande la capitale {} | du costa rica=CR; du nicaragua=NI; du honduras=HN | fr-CA
ecuadorien | alexa à montréal-nord on veut la capitale {} | du salvador=SV; du panama=PA; de la république dominicaine=DO | fr-CA
ecuadorien | alexa sucre c'est la capitale de la bolivie comme notre ancienne monnaie | BO | fr-CA
ecuadorien | alexa c'est quoi la capitale des galapagos | FB | fr-CA
ecuadorien | alexa quito c'est la capitale de quel pays | CITY:Quito | fr-CA
# --- fr-CA situations
deneigeur | alexa dans la charrue à trois heures du matin c'est quoi la capitale {} | de la russie=RU; de la mongolie=MN; du kazakhstan=KZ | fr-CA
deneigeur | alexa entre deux entrées à déneiger la capitale {} | de la corée du nord=KP; de la chine=CN; du japon=JP | fr-CA
deneigeur | alexa combien de centimètres cette nuit | FB | fr-CA
deneigeur | alexa la capitale de la république démocratique du congo pour mon collègue | CD | fr-CA
deneigeur | alexa la capitale de l'afrique du sud y en a trois hein | ZA | fr-CA
cabane-a-sucre | alexa à la cabane c'est quoi la capitale {} | de l'irlande=IE; de l'écosse=GB-SCT; du pays de galles=GB-WLS | fr-CA
cabane-a-sucre | alexa entre deux tires sur la neige la capitale {} | du vietnam=VN; du laos=LA; du cambodge=KH | fr-CA
cabane-a-sucre | alexa c'est quand le temps des sucres | FB | fr-CA
cabane-a-sucre | alexa la capitale de la bolivie la paz ou sucre | BO | fr-CA
monteur-hydro | alexa dans le poteau c'est quoi la capitale {} | du nunavut=CA-NU; du yukon=CA-YT; de terre-neuve-et-labrador=CA-NL | fr-CA
monteur-hydro | alexa en panne à la baie-james la capitale {} | de la norvège=NO; de la suède=SE; de la finlande=FI | fr-CA
monteur-hydro | alexa y a-tu une panne dans mon coin | FB | fr-CA
cegep-geo | alexa pour l'examen de géo au cégep la capitale {} | du nigeria=NG; de l'éthiopie=ET; de l'égypte=EG | fr-CA
cegep-geo | alexa mon prof de cégep veut les capitales {} | de la côte d'ivoire=CI; du sri lanka=LK; du bénin=BJ | fr-CA
cegep-geo | alexa la capitale de la palestine c'est-tu jérusalem ou ramallah | PS | fr-CA
cegep-geo | alexa c'est quoi la capitale de l'océanie | FB | fr-CA
secondaire-un | alexa c'est quoi la capitale {} pour mon devoir | de l'australie=AU; du brésil=BR; de l'argentine=AR | fr-CA
secondaire-un | alexa mon enseignante veut savoir la capitale {} | de la grèce=GR; de l'égypte=EG; de la turquie=TR | fr-CA
secondaire-un | alexa c'est quoi la capitale de la corée du sud pour la kpop | KR | fr-CA
secondaire-un | alexa fais mon devoir de maths | FB | fr-CA
examen-citoyennete | alexa pour l'examen de citoyenneté c'est quoi la capitale {} | du canada=CA; de la saskatchewan=CA-SK; de l'alberta=CA-AB | fr-CA
examen-citoyennete | alexa la capitale {} pour l'examen | du manitoba=CA-MB; de la nouvelle-écosse=CA-NS; du nouveau-brunswick=CA-NB | fr-CA
examen-citoyennete | alexa combien de questions dans l'examen de citoyenneté | FB | fr-CA
examen-citoyennete | alexa c'est quoi la capitale de l'île-du-prince-édouard charlottetown | CA-PE | fr-CA
genies-en-herbe | alexa génies en herbe la capitale {} | du turkménistan=TM; de l'ouzbékistan=UZ; de l'azerbaïdjan=AZ | fr-CA
genies-en-herbe | alexa vite pour l'équipe la capitale {} | du bhoutan=BT; du népal=NP; des maldives=MV | fr-CA
genies-en-herbe | alexa la capitale de la corée du nord buzz | KP | fr-CA
genies-en-herbe | alexa les deux capitales de l'eswatini | SZ | fr-CA
genies-en-herbe | alexa c'est quoi la plus grande ville du monde | FB | fr-CA
hockey-pool | alexa mon joueur vient {} c'est quoi la capitale | de la slovaquie=SK; de la tchéquie=CZ; de la lettonie=LV | fr-CA
hockey-pool | alexa dans mon pool j'ai un gars {} la capitale | de suède=SE; de finlande=FI; du danemark=DK | fr-CA
hockey-pool | alexa c'est quoi le score du canadien | FB | fr-CA
hockey-pool | alexa la capitale de la biélorussie pour mon pool | BY | fr-CA
premier-juillet | alexa en déménageant le premier juillet c'est quoi la capitale {} | de la jamaïque=JM; d'haïti=HT; de trinité-et-tobago=TT | fr-CA
premier-juillet | alexa le nouveau coloc vient {} c'est quoi la capitale | du cameroun=CM; du sénégal=SN; de la guinée=GN | fr-CA
premier-juillet | alexa combien coûte un camion de déménagement | FB | fr-CA
premier-juillet | alexa la capitale du congo le coloc vient de kinshasa | CD | fr-CA
temps-des-fetes | alexa au réveillon matante demande la capitale {} | de la grèce=GR; du liban=LB; de la syrie=SY | fr-CA
temps-des-fetes | alexa pendant le souper des fêtes la capitale {} | de l'inde=IN; du pakistan=PK; de l'afghanistan=AF | fr-CA
temps-des-fetes | alexa joue des chansons de noël | FB | fr-CA
temps-des-fetes | alexa la capitale de la malaisie mon cousin y travaille | MY | fr-CA
# --- shared: out-of-domain
out-of-domain | alexa quel temps fait-il demain | FB
out-of-domain | alexa mets un minuteur de vingt minutes pour les pâtes | FB
out-of-domain | alexa combien d'habitants à paris | FB
out-of-domain | alexa c'est quoi la plus grande ville d'australie | FB
out-of-domain | alexa quelle est la capitale de l'afrique | FB
out-of-domain | alexa c'est quoi la capitale de l'asie | FB
out-of-domain | alexa joue du jean-jacques goldman | FB
out-of-domain | alexa quelle heure est-il à tokyo | FB
out-of-domain | alexa combien de pays en afrique | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa c'est quoi la monnaie du japon | FB
out-of-domain | alexa quelle langue on parle au brésil | FB
out-of-domain | alexa ajoute du lait à la liste | FB
out-of-domain | alexa quelle est la capitale de la gastronomie | FB
out-of-domain | alexa c'est quoi la capitale de la mode | FB
out-of-domain | alexa quel est le plus long fleuve du monde | FB
out-of-domain | alexa combien de kilomètres entre paris et madrid | FB
out-of-domain | alexa le drapeau de l'italie c'est quelles couleurs | FB
out-of-domain | alexa c'est qui le président du sénégal | FB
out-of-domain | alexa baisse le volume | FB
out-of-domain | alexa quelle est la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale du monde | FB
out-of-domain | alexa réveille-moi à sept heures | FB
out-of-domain | alexa quelle est la météo à montréal | FB | fr-CA
out-of-domain | alexa mets un minuteur de quinze minutes pour la tourtière | FB | fr-CA
out-of-domain | alexa combien de monde à québec | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grosse ville du canada | FB | fr-CA
out-of-domain | alexa joue du cowboys fringants | FB | fr-CA
out-of-domain | alexa c'est quoi l'heure à vancouver | FB | fr-CA
out-of-domain | alexa ajoute des oeufs sur ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa ferme les lumières | FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre du canada | FB | fr-CA
out-of-domain | alexa quelle est la capitale de l'amérique du sud | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa y fait-tu frette dehors | FB | fr-CA
out-of-domain | alexa c'est quoi le taux de change du dollar américain | FB | fr-CA
out-of-domain | alexa monte le son | FB | fr-CA
out-of-domain | alexa conte-moi une joke | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'europe de l'est | FB | fr-CA
out-of-domain | alexa quel est le plus haut sommet du québec | FB | fr-CA
out-of-domain | alexa c'est quoi la population de la chine | FB
out-of-domain | alexa le pays le plus petit du monde c'est lequel | FB
# --- more help/stop/cancel/launch
help | alexa peuchère j'y comprends rien à ton jeu de capitales aide-moi | HELP
help | alexa tu peux m'expliquer comment on demande une capitale à capitales du monde | HELP
help | alexa ma petite voudrait savoir ce qu'on peut te demander sur les pays | HELP
help | alexa je suis au pair et je ne comprends pas le jeu aide | HELP
help | alexa comment on fait pour avoir la capitale d'un pays avec toi | HELP
help | alexa dis-moi les questions que je peux poser sur les capitales | HELP
help | alexa j'ai oublié comment ça marche ton truc des capitales | HELP
help | alexa c'est quoi les règles de capitales du monde | HELP
help | alexa explique à mamie comment on pose une question | HELP
help | alexa tonton veut savoir comment marche le jeu des pays | HELP
help | alexa j'ai besoin d'un coup de main pour les capitales | HELP
help | alexa aide-moi je sais pas quoi demander sur les pays | HELP
help | alexa voyons donc comment ça marche ton jeu de capitales | HELP | fr-CA
help | alexa ma nonna comprend pas comment te parler aide-la | HELP | fr-CA
help | alexa explique-moi ça comment on demande une capitale | HELP | fr-CA
help | alexa je suis nouveau au québec comment on utilise capitales du monde | HELP | fr-CA
help | alexa c'est quoi que je peux dire à capitales du monde | HELP | fr-CA
help | alexa aide-moi avec ton affaire de capitales là | HELP | fr-CA
help | alexa qu'est-ce que tu peux faire avec les pays pis les capitales | HELP | fr-CA
help | alexa mon chum sait pas comment jouer explique-lui | HELP | fr-CA
stop | alexa c'est bon on arrête les capitales pour ce soir | STOP
stop | alexa arrête le jeu la cliente arrive | STOP
stop | alexa stop stop j'ai un client | STOP
stop | alexa on arrête ça maintenant les enfants vont au lit | STOP
stop | alexa ferme le jeu des capitales merci | STOP
stop | alexa arrête de parler on passe à table | STOP
stop | alexa quitte capitales du monde | STOP
stop | alexa allez ça suffit pour aujourd'hui | STOP
stop | alexa tak c'est fini pour moi | STOP
stop | alexa stoppe tout | STOP
stop | alexa on a fini les devoirs arrête | STOP
stop | alexa ferme ça là on a fini | STOP | fr-CA
stop | alexa arrête le jeu mon chum est revenu | STOP | fr-CA
stop | alexa c'est beau arrête là | STOP | fr-CA
stop | alexa niawen on arrête | STOP | fr-CA
stop | alexa quitte le jeu des capitales | STOP | fr-CA
stop | alexa arrête ça tout de suite | STOP | fr-CA
stop | alexa bon ben bonne nuit là | STOP | fr-CA
stop | alexa on arrête ça pour à soir | STOP | fr-CA
cancel | alexa non attends annule la dernière question | CANCEL
cancel | alexa oublie la capitale je me suis trompé | CANCEL
cancel | alexa annule c'était le petit qui parlait | CANCEL
cancel | alexa laisse tomber je regarderai dans l'atlas | CANCEL
cancel | alexa non pas ça annule | CANCEL
cancel | alexa annule peuchère je me suis emmêlé | CANCEL
cancel | alexa oublie ce pays-là | CANCEL
cancel | alexa annule la demande s'il te plaît | CANCEL
cancel | alexa mauvais pays annule | CANCEL
cancel | alexa attends non annule tout | CANCEL
cancel | alexa laisse tomber ma question sur le pays | CANCEL
cancel | alexa annule ça là c'était pas pour toi | CANCEL | fr-CA
cancel | alexa laisse faire la capitale | CANCEL | fr-CA
cancel | alexa non oublie ça c'est ma blonde qui parlait | CANCEL | fr-CA
cancel | alexa annule je me suis trompé de pays | CANCEL | fr-CA
cancel | alexa oublie ça voyons | CANCEL | fr-CA
cancel | alexa laisse faire je vais chercher sur google | CANCEL | fr-CA
cancel | alexa annule ma question de capitale | CANCEL | fr-CA
cancel | alexa non non laisse faire | CANCEL | fr-CA
cancel | alexa annule c'est une erreur | CANCEL | fr-CA
launch | alexa ouvre capitales du monde pour ma fille de cm deux | LAUNCH
launch | alexa lance capitales du monde on fait un quiz | LAUNCH
launch | alexa on ouvre capitales du monde avant le cassoulet | LAUNCH
launch | alexa démarre capitales du monde pour réviser la géo | LAUNCH
launch | alexa j'aimerais jouer à capitales du monde | LAUNCH
launch | alexa mets-nous capitales du monde | LAUNCH
launch | alexa ouvre le quiz capitales du monde | LAUNCH
launch | alexa tu peux lancer capitales du monde | LAUNCH
launch | alexa c'est parti pour capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde on est au mariage | LAUNCH
launch | alexa lance capitales du monde pour le petit bac | LAUNCH
launch | alexa ouvre capitales du monde pour mon devoir | LAUNCH | fr-CA
launch | alexa part donc capitales du monde pour les enfants | LAUNCH | fr-CA
launch | alexa lance capitales du monde au chalet | LAUNCH | fr-CA
launch | alexa on joue à capitales du monde en attendant le réveillon | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour génies en herbe | LAUNCH | fr-CA
launch | alexa démarre capitales du monde pour l'examen de citoyenneté | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde ma nonna veut jouer | LAUNCH | fr-CA
launch | alexa j'aimerais ça ouvrir capitales du monde | LAUNCH | fr-CA
# --- new families
dimanche-midi | alexa au repas de dimanche papi demande la capitale {} | de l'uruguay=UY; du paraguay=PY; du chili=CL
dimanche-midi | alexa entre le fromage et le dessert la capitale {} | de la bolivie=BO; du sri lanka=LK; de la côte d'ivoire=CI
dimanche-midi | alexa mamie parie que la capitale {} c'est pas celle-là | de l'australie=AU; du canada=CA; de la turquie=TR
dimanche-midi | alexa tonton dit {} | que la capitale de la corée du sud c'est séoul=KR; que pyongyang c'est la corée du nord=KP
dimanche-midi | alexa la capitale {} mon beau-frère dit n'importe quoi | de la nouvelle-zélande=NZ; du brésil=BR; du nigeria=NG
dimanche-midi | alexa les deux capitales des pays-bas pour départager la table | NL
dimanche-midi | alexa mets de la musique pour le dessert | FB
brocante | alexa j'ai trouvé un vieil atlas c'est quoi la capitale {} | du zaïre=CD; de la birmanie=MM; de ceylan=LK
brocante | alexa sur le vieux globe c'est marqué {} c'est quoi la capitale maintenant | dahomey=BJ; haute-volta=BF; rhodésie=ZW
brocante | alexa un timbre {} c'est quoi sa capitale | d'antigua-et-barbuda=AG; de saint-vincent-et-les-grenadines=VC; de sainte-lucie=LC
brocante | alexa la capitale du belize il y a une carte postale | BZ
brocante | alexa combien vaut un vieux globe terrestre | FB
brocante | alexa une pièce de monnaie {} la capitale c'est quoi | de la dominique=DM; de saint-kitts-et-nevis=KN; de sao tomé-et-principe=ST
chalet | alexa au chalet sans internet c'est quoi la capitale {} | de l'angola=AO; de la micronésie=FM; des îles marshall=MH | fr-CA
chalet | alexa autour du feu on se demande la capitale {} | des palaos=PW; du belize=BZ; de la dominique=DM | fr-CA
chalet | alexa au lac mon beau-frère gage que la capitale {} | de l'angola c'est luanda=AO; de la bolivie c'est la paz=BO; des pays-bas c'est amsterdam=NL | fr-CA
chalet | alexa la capitale de la malaisie pendant qu'on fait le feu | MY | fr-CA
chalet | alexa y va-tu pleuvoir au chalet | FB | fr-CA
chalet | alexa la capitale {} on joue aux cartes | de sainte-lucie=LC; d'antigua=AG; de saint-vincent=VC | fr-CA
vente-de-garage | alexa à la vente de garage j'ai un drapeau {} c'est quoi la capitale | du mexique=MX; de la jamaïque=JM; du portugal=PT | fr-CA
vente-de-garage | alexa un vieux livre sur {} c'est quoi la capitale | la yougoslavie=FB; la rhodésie=ZW; la perse=IR | fr-CA
vente-de-garage | alexa le voisin vend un masque {} c'est quoi la capitale | du gabon=GA; du congo=CD+CG; de la côte d'ivoire=CI | fr-CA
vente-de-garage | alexa combien je devrais vendre mon vieux vélo | FB | fr-CA
vente-de-garage | alexa la capitale de l'afrique du sud sur la carte du monde | ZA | fr-CA
cancel | alexa annule macarel c'est pas le bon pays | CANCEL
cancel | alexa laisse tomber le cassoulet brûle | CANCEL
cancel | alexa oublie la question de mamie | CANCEL
cancel | alexa annule j'ai dit une bêtise | CANCEL
cancel | alexa non annule le client est reparti | CANCEL
cancel | alexa annule chale wrong country | CANCEL
cancel | alexa oublie ça le coloc s'est trompé | CANCEL | fr-CA
cancel | alexa annule mannaggia c'est pas ça | CANCEL | fr-CA
cancel | alexa laisse faire on recommence | CANCEL | fr-CA
cancel | alexa annule la question du pool | CANCEL | fr-CA
stop | alexa arrête capitales du monde on va dormir | STOP | fr-CA
stop | alexa stop la coiffeuse a fini | STOP
stop | alexa arrête le quiz le dessert arrive | STOP
launch | alexa ouvre capitales du monde pendant l'étape du tour | LAUNCH
launch | alexa lance capitales du monde pour la soirée eurovision | LAUNCH
launch | alexa démarre capitales du monde dans la charrue | LAUNCH | fr-CA
# --- more own families
audois | alexa au marché de limoux on cherche la capitale {} | du danemark=DK; de l'islande=IS; de la finlande=FI
audois | alexa hé toi la capitale {} on parie un pastis | de la serbie=RS; de l'ukraine=UA; de la moldavie=MD
audois | alexa les cathares auraient su la capitale {} | du vatican=VA; de saint-marin=SM; de monaco=MC
audois | alexa c'est quoi la capitale de la bolivie il y en a deux non | BO
vauclusien | alexa avant la fête de la lavande c'est quoi la capitale {} | de la bulgarie=BG; de la hongrie=HU; de la slovaquie=SK
vauclusien | alexa mon neveu de cavaillon veut la capitale {} | de l'égypte=EG; du soudan=SD; de l'éthiopie=ET
vauclusien | alexa au marché de carpentras on se dispute sur la capitale {} | de l'afrique du sud=ZA; de la malaisie=MY; de la palestine=PS
haut-marnais | alexa avant la coutellerie de nogent c'est quoi la capitale {} | du japon=JP; de la corée du sud=KR; de la corée du nord=KP
haut-marnais | alexa au mémorial de colombey un touriste demandait la capitale {} | du canada=CA; du royaume-uni=GB; des états-unis=US
haut-marnais | alexa la capitale {} pour les mots croisés du journal | de la lituanie=LT; du togo=TG; du laos=LA
agenais | alexa au pruneau show c'est quoi la capitale {} | de la roumanie=RO; de l'arménie=AM; du kosovo=XK
agenais | alexa mon fils joue à agen avec un gars {} c'est quoi la capitale | d'argentine=AR; des fidji=FJ; d'afrique du sud=ZA
agenais | alexa au marché du gravier la capitale {} | du bangladesh=BD; du myanmar=MM; du sri lanka=LK
franco-mauricien | alexa tantine veut savoir les capitales {} | de l'afrique du sud=ZA; de l'eswatini=SZ; de la bolivie=BO
franco-mauricien | alexa mo frère demande la capitale {} | de la chine=CN; de hong kong=HK; de taïwan=TW
franco-mauricien | alexa pour le mariage au pays la capitale {} | de l'inde=IN; du pakistan=PK; du népal=NP
franco-togolais | alexa mon oncle de lomé dit que la capitale {} c'est laquelle | du tchad=TD; du soudan du sud=SS; de la centrafrique=CF
franco-togolais | alexa yako à la fête de cergy la capitale {} | du rwanda=RW; de l'ouganda=UG; du kenya=KE
franco-togolais | alexa tonton demande c'est quoi la capitale {} | de la république démocratique du congo=CD; du congo brazzaville=CG; de l'angola=AO
danish-learner | alexa undskyld la capitale {} c'est où | de la lettonie=LV; de la pologne=PL; de la tchéquie=CZ
danish-learner | alexa pour les enfants de ma famille au pair la capitale {} | des pays-bas=NL; de la belgique=BE; du luxembourg=LU
ghanaian-learner | alexa mon coéquipier vient {} c'est quoi la capitale là-bas | du mali=ML; de la guinée=GN; du sénégal=SN
ghanaian-learner | alexa chale le capitale {} c'est quoi | de la côte d'ivoire=CI; du bénin=BJ; de la afrique du sud=ZA
australian-learner | alexa mate c'est quoi le capitale {} | de la indonésie=ID; de la timor=TL; de la philippines=PH
australian-learner | alexa after surf la capitale {} | de la malaisie=MY; de le japon=JP; de la thaïlande=TH
lithuanian-learner | alexa pour mon cours à strasbourg le capitale {} | de la finlande=FI; de la suède=SE; de la estonie=EE
lithuanian-learner | alexa labas je cherche le capitale {} | de la arménie=AM; de la azerbaïdjan=AZ; de la ouzbékistan=UZ
fromager-marche | alexa le client parle de fromage {} c'est quoi la capitale | grec=GR; norvégien=NO; chypriote=CY
fromager-marche | alexa la cliente revient {} c'est quoi la capitale là-bas | du maroc=MA; d'israël=IL; de la jordanie=JO
taxi-orly | alexa mon client descend de l'avion {} c'est quoi la capitale | de singapour=SG; de thaïlande=TH; du vietnam=VN
taxi-orly | alexa le terminal quatre c'est pour le vol {} c'est quoi la capitale | d'addis-abeba non de l'éthiopie=ET; du kenya=KE; de madagascar=MG
taxi-orly | alexa à la borne de taxis un collègue demande la capitale {} | de la corée du nord=KP; de la palestine=PS; de la malaisie=MY
pharmacienne | alexa une cliente part {} c'est quoi la capitale | au cameroun=CM; au gabon=GA; au congo=CD+CG
pharmacienne | alexa entre deux ordonnances la capitale {} | du venezuela=VE; de la colombie=CO; de la guyana=GY
coiffeuse | alexa sous le casque la cliente veut la capitale {} | de la suisse=CH; de la norvège=NO; de l'irlande=IE
coiffeuse | alexa pendant le brushing c'est quoi la capitale {} | des bahamas=BS; de la barbade=BB; de la grenade=GD
cm-deux | alexa pour l'évaluation de demain c'est quoi la capitale {} | de l'espagne=ES; de l'allemagne=DE; de l'italie=IT
cm-deux | alexa dans mon cahier de géo il faut la capitale {} | de l'algérie=DZ; du maroc=MA; de la tunisie=TN
cm-deux | alexa papa dit que je dois trouver la capitale {} toute seule mais aide-moi | du mexique=MX; du pérou=PE; du chili=CL
bac-pro | alexa pour le dossier de géo la capitale {} | de la turquie=TR; de la grèce=GR; de chypre=CY
bac-pro | alexa mon prof veut les capitales {} pour lundi | de la malaisie=MY; des pays-bas=NL; de l'afrique du sud=ZA
khagne | alexa pour l'oral de géopolitique la capitale {} | de la palestine=PS; d'israël=IL; du liban=LB
khagne | alexa en colle on m'a demandé la capitale {} | du soudan du sud=SS; de l'érythrée=ER; de djibouti=DJ
questions-champion | alexa le jeu décisif c'est quoi la capitale {} | du kirghizistan=KG; du tadjikistan=TJ; de l'ouzbékistan=UZ
questions-champion | alexa question pour un champion la capitale {} | de la corée du sud=KR; de la bolivie=BO; du sri lanka=LK
mariage-plan-de-table | alexa la table des témoins s'appelle comme la capitale {} | de l'islande=IS; de la norvège=NO; de la finlande=FI
mariage-plan-de-table | alexa pour la carte de la table douze la capitale {} | de la malaisie=MY; de l'indonésie=ID; des philippines=PH
tour-de-france | alexa le maillot à pois est {} c'est quoi la capitale | slovène=SI; norvégien=NO; belge=BE
tour-de-france | alexa l'échappée a un coureur {} la capitale de son pays | érythréen=ER; colombien=CO; australien=AU
eurovision | alexa dix points pour {} c'est quoi la capitale déjà | la croatie=HR; la serbie=RS; la suède=SE
eurovision | alexa le prochain pays c'est {} sa capitale | la lettonie=LV; l'estonie=EE; la lituanie=LT
kahnawake | alexa avant la crosse c'est quoi la capitale {} | de la jamaïque=JM; de cuba=CU; d'haïti=HT | fr-CA
kahnawake | alexa mon cousin d'akwesasne veut la capitale {} | de l'alberta=CA-AB; du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
bellechassois | alexa à la cabane de saint-damien c'est quoi la capitale {} | de l'égypte=EG; de la libye=LY; de la tunisie=TN | fr-CA
bellechassois | alexa mon beau-père de bellechasse gage que la capitale {} | de l'australie c'est sydney=AU; du brésil c'est rio=BR; de la turquie c'est istanbul=TR | fr-CA
chateauguois | alexa au parc de la commune à châteauguay la capitale {} | du liban=LB; de la syrie=SY; de l'irak=IQ | fr-CA
chateauguois | alexa ma chum de fille veut savoir la capitale {} | de l'afrique du sud=ZA; de la bolivie=BO; de la palestine=PS | fr-CA
saint-leonard | alexa au dépanneur sur lacordaire c'est quoi la capitale {} | de la corée du sud=KR; de la corée du nord=KP; du japon=JP | fr-CA
saint-leonard | alexa mon zio demande la capitale {} | de la slovénie=SI; de la bosnie=BA; du monténégro=ME | fr-CA
ecuadorien | alexa mi mamá veut savoir la capitale {} | du guatemala=GT; de cuba=CU; du mexique=MX | fr-CA
ecuadorien | alexa chuta la capitale {} pour le cours de francisation | du canada=CA; du québec=CA-QC; de l'ontario=CA-ON | fr-CA
deneigeur | alexa en attendant la souffleuse la capitale {} | de la finlande=FI; de l'islande=IS; du canada=CA | fr-CA
deneigeur | alexa le boss veut savoir la capitale {} | de la malaisie=MY; des pays-bas=NL; de l'eswatini=SZ | fr-CA
cabane-a-sucre | alexa en brassant la réduite c'est quoi la capitale {} | du chili=CL; de l'argentine=AR; du paraguay=PY | fr-CA
cabane-a-sucre | alexa un touriste à la cabane vient {} c'est quoi la capitale | de la corée du sud=KR; du mexique=MX; de l'allemagne=DE | fr-CA
monteur-hydro | alexa dans la nacelle la capitale {} | de la corée du nord=KP; de la russie=RU; de la chine=CN | fr-CA
monteur-hydro | alexa pendant la pause au camp la capitale {} | de la république démocratique du congo=CD; du congo-brazzaville=CG; du gabon=GA | fr-CA
cegep-geo | alexa pour le travail de session la capitale {} | de l'indonésie=ID; du vietnam=VN; des philippines=PH | fr-CA
cegep-geo | alexa au cégep on a un quiz la capitale {} | de la malaisie=MY; de l'afrique du sud=ZA; des pays-bas=NL | fr-CA
secondaire-un | alexa mon enseignant d'univers social veut la capitale {} | de la france=FR; de l'angleterre=GB-ENG; de l'espagne=ES | fr-CA
secondaire-un | alexa pour le kahoot demain la capitale {} | du pérou=PE; de la bolivie=BO; de l'équateur=EC | fr-CA
examen-citoyennete | alexa pour ma citoyenneté canadienne la capitale {} | du yukon=CA-YT; des territoires du nord-ouest=CA-NT; du nunavut=CA-NU | fr-CA
genies-en-herbe | alexa question éclair la capitale {} | de la corée du sud=KR; du sri lanka=LK; de la bolivie=BO | fr-CA
genies-en-herbe | alexa pour la finale régionale la capitale {} | du bénin=BJ; de la côte d'ivoire=CI; de l'eswatini=SZ | fr-CA
hockey-pool | alexa mon gardien vient {} c'est quoi la capitale | de la russie=RU; de la suisse=CH; de l'allemagne=DE | fr-CA
hockey-pool | alexa le repêchage a pris un gars {} la capitale | du kazakhstan=KZ; de la norvège=NO; de l'autriche=AT | fr-CA
premier-juillet | alexa dans les boîtes j'ai trouvé une carte {} c'est quoi la capitale | de la palestine=PS; du népal=NP; du bhoutan=BT | fr-CA
premier-juillet | alexa le concierge vient {} la capitale | de l'algérie=DZ; du maroc=MA; de la tunisie=TN | fr-CA
temps-des-fetes | alexa au jour de l'an mononcle gage que la capitale {} | de la suisse c'est genève=CH; du canada c'est toronto=CA; du maroc c'est casablanca=MA | fr-CA
temps-des-fetes | alexa entre deux tourtières la capitale {} | de la corée du nord=KP; de la corée du sud=KR; de la palestine=PS | fr-CA
chalet | alexa au quai du lac la capitale {} | de la nouvelle-zélande=NZ; des fidji=FJ; du samoa=WS | fr-CA
vente-de-garage | alexa j'ai un vieux chandail {} c'est quoi la capitale | du brésil=BR; de l'italie=IT; de la suède=SE | fr-CA
dimanche-midi | alexa le gigot est au four c'est quoi la capitale {} | du kazakhstan=KZ; de la mongolie=MN; de l'afghanistan=AF
brocante | alexa sur une vieille carte postale il y a {} c'est quoi la capitale | la corée du nord=KP; la malaisie=MY; l'afrique du sud=ZA
out-of-domain | alexa la cité de carcassonne elle a combien de tours | FB
out-of-domain | alexa c'est quand la prochaine braderie | FB
out-of-domain | alexa combien de temps pour cuire un gigot de deux kilos | FB
out-of-domain | alexa quelle est la capitale de la bande dessinée | FB
out-of-domain | alexa c'est quoi la capitale européenne de la culture cette année | FB
out-of-domain | alexa la tour eiffel elle mesure combien | FB
out-of-domain | alexa combien d'habitants au luxembourg | FB
out-of-domain | alexa quel est le pays le plus peuplé d'afrique | FB
out-of-domain | alexa c'est où le mont ventoux | FB
out-of-domain | alexa joue radio nostalgie | FB
out-of-domain | alexa c'est quoi l'hymne de la lituanie | FB
out-of-domain | alexa traduis merci en danois | FB
out-of-domain | alexa quel temps à hossegor ce week-end | FB
out-of-domain | alexa quelle est la capitale du vin | FB
out-of-domain | alexa combien de fuseaux horaires en russie | FB
out-of-domain | alexa c'est qui le roi du danemark | FB
out-of-domain | alexa épelle ouagadougou | FB
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa quelle est la capitale de la lune | FB
out-of-domain | alexa quand est-ce qu'on change d'heure | FB
out-of-domain | alexa commande des croquettes pour le chat | FB
out-of-domain | alexa quel est le plus grand pays d'amérique du sud | FB
out-of-domain | alexa quelle est l'ancienne capitale du japon | FB
out-of-domain | alexa combien de langues officielles en suisse | FB
out-of-domain | alexa la capitale de la bretagne c'est rennes ou nantes | FB
out-of-domain | alexa c'est quoi la capitale de l'alsace | FB
out-of-domain | alexa y a-tu du trafic sur le pont champlain | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale de la poutine | FB | fr-CA
out-of-domain | alexa combien de temps pour faire bouillir du sirop | FB | fr-CA
out-of-domain | alexa joue ckoi | FB | fr-CA
out-of-domain | alexa c'est quand la fête nationale | FB | fr-CA
out-of-domain | alexa quelle heure ça ouvre la saq | FB | fr-CA
out-of-domain | alexa c'est qui le maire de châteauguay | FB | fr-CA
out-of-domain | alexa combien de lacs au québec | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du hockey | FB | fr-CA
out-of-domain | alexa la température de l'eau au lac | FB | fr-CA
out-of-domain | alexa combien d'habitants à kahnawake | FB | fr-CA
out-of-domain | alexa mets la game des alouettes | FB | fr-CA
out-of-domain | alexa c'est quoi la plus vieille ville d'amérique du nord | FB | fr-CA
out-of-domain | alexa quel est le pays le plus froid du monde | FB | fr-CA
out-of-domain | alexa traduis déneigeuse en anglais | FB | fr-CA
out-of-domain | alexa ajoute des tourtières à l'épicerie | FB | fr-CA
out-of-domain | alexa quand passe le camion de recyclage | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'abitibi | FB | fr-CA
out-of-domain | alexa combien de kilomètres de montréal à quito | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la laponie | FB
out-of-domain | alexa c'est quoi la capitale des schtroumpfs | FB
out-of-domain | alexa combien coûte un billet pour lomé | FB
out-of-domain | alexa mets le réveil à quatre heures pour le marché | FB
out-of-domain | alexa c'est quoi le record de l'heure à vélo | FB
questions-champion | alexa la capitale de la yougoslavie c'était belgrade | FB
brocante | alexa c'est quoi la capitale de la prusse | FB
vente-de-garage | alexa la capitale de l'union soviétique | FB | fr-CA
khagne | alexa la capitale de l'empire ottoman | FB
cm-deux | alexa c'est quoi la capitale de la terre du milieu | FB
cegep-geo | alexa c'est quoi la capitale de l'antarctique | FB | fr-CA
reverse-question | alexa à quel pays appartient la capitale {} | asmara=CITY:Asmara; bichkek=CITY:Bichkek; niamey=CITY:Niamey
reverse-question | alexa {} c'est-tu une capitale de quel pays | canberra=CITY:Canberra; wellington=CITY:Wellington; ottawa=CITY:Ottawa | fr-CA
official-name | alexa la capitale {} pour la colle | de la république arabe d'égypte=EG; de la république fédérale du nigeria=NG; de l'état plurinational de bolivie=BO
self-correction | alexa la capitale du mali pardon de malte | MT
self-correction | alexa la capitale de la suède attends je veux dire la suisse | CH | fr-CA
self-correction | alexa capitale du cameroun non non du congo brazzaville | CG
shared-name | alexa c'est quoi la capitale de la guinée la petite la bissau | GW | fr-CA
shared-name | alexa la capitale de la corée du sud pas celle du nord | KR
shared-name | alexa la capitale du congo celui de brazzaville | CG | fr-CA
audois | alexa c'est quoi la recette du cassoulet de castelnaudary | FB
vauclusien | alexa les cerises sont mûres quand cette année | FB
haut-marnais | alexa les grues du lac du der arrivent quand | FB
franco-togolais | alexa c'est quoi la capitale de la kara | FB
danish-learner | alexa comment on dit au pair en français | FB
australian-learner | alexa what time is it in sydney | FB
taxi-orly | alexa c'est quoi le tarif forfaitaire orly paris | FB
coiffeuse | alexa c'est quoi la couleur tendance cet hiver | FB
tour-de-france | alexa l'étape de demain passe par où | FB
kahnawake | alexa c'est quand le pow-wow de kahnawake | FB | fr-CA
bellechassois | alexa les pistes sont-tu ouvertes au massif du sud | FB | fr-CA
ecuadorien | alexa joue de la musique de pasillo | FB | fr-CA
deneigeur | alexa le stationnement de nuit est-tu interdit à soir | FB | fr-CA
monteur-hydro | alexa combien de clients sans courant | FB | fr-CA
chalet | alexa c'est quoi la capitale des chalets au québec | FB | fr-CA
premier-juillet | alexa c'est où l'écocentre le plus proche | FB | fr-CA
plural-capitals | alexa le bénin a deux capitales c'est lesquelles déjà | BJ
plural-capitals | alexa donne-moi les capitales béninoises | BJ
plural-capitals | alexa les capitales du bénin pour la colle de khâgne | BJ
plural-capitals | alexa yako les deux capitales du bénin | BJ | fr-CA
plural-capitals | alexa colombo et sri jayawardenapura kotte c'est les capitales du sri lanka | LK
plural-capitals | alexa le sri lanka il a combien de capitales et lesquelles | LK
plural-capitals | alexa ma tantine veut les deux capitales du sri lanka | LK
plural-capitals | alexa les capitales de ceylan aujourd'hui | LK | fr-CA
plural-capitals | alexa l'eswatini a deux capitales dis-les moi | SZ
plural-capitals | alexa les capitales du swaziland s'il te plaît | SZ
plural-capitals | alexa c'est quoi les deux capitales de l'eswatini pour le quiz | SZ
plural-capitals | alexa donne-moi les capitales de l'eswatini au complet | SZ | fr-CA
plural-capitals | alexa abidjan c'est pas la seule capitale de la côte d'ivoire donne les deux | CI
plural-capitals | alexa les capitales de la côte d'ivoire pour tonton | CI | fr-CA
"""

if __name__ == "__main__":
    build_round(55, "fr", LINES, sys.argv, "tests/Eval/fr/round55/source/build_corpus.py")
