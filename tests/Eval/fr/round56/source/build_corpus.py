"""Round 56, French (fr-FR, fr-CA): a new author's own mix, written blind at the end of the sixty-third session (brief WRITER72.md), for the next session's tuner. About two fifths of the lines fr-CA.
Speakers and situations chosen apart from round 55 (no Audois, Vauclusiens, Haut-Marnais, Agenais, Franco-Mauritian or
Franco-Togolese families, Danish, Ghanaian, Australian or Lithuanian learners, Kanien'kehá:ka of Kahnawake,
Bellechassois, Châteauguois, Italian Montrealers of Saint-Léonard, Ecuadorian Montrealers of Montréal-Nord; none of
round 55's jobs, school years, games or home situations), from round 54 (no Landais, Ariégeois, Lozériens, Gardois,
Lotois, Mayennais, Franco-Moroccan, Franco-Guinean or Franco-Lao families, Finnish, Kenyan, Austrian or Argentinian
learners, Inuit of Nunavik, Wendat of Wendake, Vaudreuillois, French expats of the Plateau-Mont-Royal, Bengali or
Chilean Montrealers, Portneuvois; none of round 54's jobs, school years, games or home situations), from round 53
(Berrichons, Aveyronnais, Ardéchois, Poitevins, Manceaux, Orléanais, Angevins, Tarnais, Franco-Ivorian, Franco-Tunisian
or Franco-Serbian families, Norwegian, Hungarian, Irish or Egyptian learners, Jamésiens, Crees of Eeyou Istchee,
Campivallensiens, Johannais, people of Hochelaga-Maisonneuve, Acadiens of the Péninsule acadienne, Algerian, Rwandan,
Burundian, Vietnamese or Salvadoran Montrealers, Sorelois), from round 52 (Gascons of the Gers, Vendéens, Bourguignons,
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
fr-FR speakers: Bigourdans of Tarbes and Lourdes ("adishatz", "hé bé", the Tourmalet, the garbure, the Stado, the
pèlerins), Varois of Toulon and Hyères ("fada", "oh con", "zou", the RCT, the rade, Porquerolles), Blésois of Blois and
Vendôme (the châteaux, Chambord, the Loire à vélo), Seine-et-Marnais of Meaux and Melun ("wesh", the RER E, the brie,
Disneyland, Fontainebleau), Franco-Beninese families of Évry ("tonton", "ça dit quoi", "yovo", the pâte rouge, the
Dahomey), Franco-Kurdish families of Sarcelles ("xalo", "bijî", the Newroz) and learners (an Icelandic au pair in
Versailles, a Nepali cook in Toulon, a Bulgarian nurse in Meaux: "takk", "já", "namaste", "dai", "da", "blagodarya",
article and gender errors such as "de le népal", "le capitale").
fr-FR situations: work (a facteur on his round, an ambulancier on night duty, the vendanges, a TER driver), school
(brevet revision in troisième, the CRPE, a BTS tourisme), games and TV (a bar's pub quiz, Trivial Pursuit, Qui veut
gagner des millions) and home (an apéro dînatoire, a night feed with the baby, a camping-car trip in the Balkans).
fr-CA speakers: Rosemontois ("coudonc", the marché Jean-Talon, the promenade Masson), Lachinois (the canal, the planes
of Dorval, "tsé"), Mi'gmaq of Listuguj ("kwe", "wela'lin", the Ristigouche salmon), Cuban Montrealers of Villeray
("asere", "qué bola", "abuela", "chico") and Moldovan Montrealers of Côte-des-Neiges ("bună", "mersi", "da").
fr-CA situations: work (a camionneur on the 20 and in the States, a préposée aux bénéficiaires in a CHSLD, a tree
planter), school (cinquième année, a francisation class), games (a Scrabble night) and home (a snow day, a road trip to
Old Orchard, Halloween).
Families per speaker group and situation, and the shared families (follow-up, plural-capitals, subdivision,
out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-55 are dropped.
Built by round12_hinl_corpus.py (build_round with round 56's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- shared: plural-capitals
plural-capitals | alexa dis-moi les capitales {} toutes ensemble | de l'afrique du sud=ZA; de la bolivie=BO; des pays-bas=NL
plural-capitals | alexa j'ai lu qu'il y avait deux capitales {} c'est lesquelles | en malaisie=MY; au bénin=BJ; au sri lanka=LK
plural-capitals | alexa quelles villes sont les capitales {} | de la côte d'ivoire=CI; de l'eswatini=SZ; de l'afrique du sud=ZA
plural-capitals | alexa les capitales {} je me mélange toujours | des pays-bas=NL; de la bolivie=BO; de la malaisie=MY
plural-capitals | alexa c'est quoi les deux capitales {} déjà | du bénin=BJ; du sri lanka=LK; de la côte d'ivoire=CI
plural-capitals | alexa énumère les capitales {} | de l'eswatini=SZ; de l'afrique du sud=ZA; des pays-bas=NL
plural-capitals | alexa peux-tu me donner les deux capitales {} | de la bolivie=BO; de la malaisie=MY; du bénin=BJ | fr-CA
plural-capitals | alexa c'est quelles les capitales {} | du sri lanka=LK; de la côte d'ivoire=CI; de l'eswatini=SZ | fr-CA
plural-capitals | alexa les capitales {} ça en fait combien pis c'est quoi | de l'afrique du sud=ZA; des pays-bas=NL; de la bolivie=BO | fr-CA
plural-capitals | alexa garde je veux les capitales {} | de la malaisie=MY; du bénin=BJ; du sri lanka=LK | fr-CA
plural-capitals | alexa pretoria le cap et bloemfontein c'est bien les trois capitales de l'afrique du sud | ZA
plural-capitals | alexa sucre et la paz ce sont les deux capitales de la bolivie c'est ça | BO
plural-capitals | alexa amsterdam et la haye les deux capitales des pays-bas explique-moi | NL
plural-capitals | alexa kuala lumpur et putrajaya c'est les capitales de la malaisie | MY
plural-capitals | alexa la bolivie elle a deux capitales non c'est lesquelles | BO
plural-capitals | alexa l'afrique du sud a trois capitales lesquelles | ZA
plural-capitals | alexa les deux capitales de la hollande | NL
plural-capitals | alexa pourquoi la malaisie a deux capitales dis-moi lesquelles | MY
plural-capitals | alexa les capitales du bénin porto-novo et quoi | BJ
plural-capitals | alexa c'est quoi les capitales de la côte d'ivoire abidjan et l'autre | CI
plural-capitals | alexa les deux capitales du swaziland tu les as | SZ | fr-CA
plural-capitals | alexa le sri lanka a combien de capitales pis lesquelles | LK | fr-CA
plural-capitals | alexa l'afrique du sud ses trois capitales | ZA | fr-CA
plural-capitals | alexa la bolivie ses capitales c'est quoi | BO | fr-CA
plural-capitals | alexa les pays-bas ont-tu deux capitales lesquelles | NL | fr-CA
plural-capitals | alexa donne-moi toutes les capitales de la malaisie | MY | fr-CA
plural-capitals | alexa les capitales du sri lanka colombo pis l'autre | LK
plural-capitals | alexa les capitales de l'eswatini mbabane et l'autre | SZ
# --- shared: subdivision
subdivision | alexa c'est quoi la capitale {} | de la bavière=DE-BY; de la saxe=DE-SN; du bade-wurtemberg=DE-BW
subdivision | alexa quelle est la capitale de l'état {} | du texas=US-TX; de floride=US-FL; de l'ohio=US-OH
subdivision | alexa la capitale de la province {} | du manitoba=CA-MB; de la saskatchewan=CA-SK; de l'alberta=CA-AB | fr-CA
subdivision | alexa c'est quoi la capitale du territoire {} | du yukon=CA-YT; du nunavut=CA-NU | fr-CA
subdivision | alexa la capitale {} c'est quoi | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR
subdivision | alexa la capitale de l'état {} en australie | du queensland=AU-QLD; de victoria=AU-VIC; de tasmanie=AU-TAS
subdivision | alexa capitale de l'état {} au brésil | de bahia=BR-BA; du minas gerais=BR-MG; du parana=BR-PR
subdivision | alexa c'est quoi la capitale {} en inde | du kerala=IN-KL; du rajasthan=IN-RJ; du tamil nadu=IN-TN
subdivision | alexa la capitale de l'état {} au mexique | du jalisco=MX-JAL; du yucatan=MX-YUC; de oaxaca=MX-OAX
subdivision | alexa c'est quoi la capitale de la nouvelle-écosse | CA-NS | fr-CA
subdivision | alexa la capitale du nouveau-brunswick c'est-tu moncton | CA-NB | fr-CA
subdivision | alexa c'est quoi la capitale de l'île-du-prince-édouard | CA-PE | fr-CA
subdivision | alexa la capitale de la colombie-britannique c'est vancouver ou victoria | CA-BC | fr-CA
subdivision | alexa la capitale de terre-neuve | CA-NL | fr-CA
subdivision | alexa la capitale des territoires du nord-ouest | CA-NT | fr-CA
subdivision | alexa c'est quoi la capitale du vermont | US-VT | fr-CA
subdivision | alexa c'est quoi la capitale du maine on s'en va à old orchard | US-ME | fr-CA
subdivision | alexa la capitale de la californie c'est pas los angeles hein | US-CA
subdivision | alexa la capitale de l'état de new york | US-NY
subdivision | alexa la capitale de la catalogne | FB
subdivision | alexa c'est quoi la capitale de la bretagne | FB
subdivision | alexa la capitale des hautes-pyrénées | FB
subdivision | alexa la capitale de la région occitanie | FB
subdivision | alexa la capitale de la flandre | FB
subdivision | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
subdivision | alexa la capitale de la montérégie | FB | fr-CA
subdivision | alexa la capitale de la toscane | FB
subdivision | alexa c'est quoi la capitale de la martinique | MQ
subdivision | alexa la capitale de la guadeloupe c'est pointe-à-pitre | GP
subdivision | alexa la capitale de la nouvelle-calédonie | NC
subdivision | alexa c'est quoi la capitale de l'angleterre | GB-ENG
subdivision | alexa la capitale de la rhénanie-du-nord-westphalie | DE-NW
subdivision | alexa la capitale de l'alaska | US-AK | fr-CA
subdivision | alexa la capitale de la louisiane | US-LA | fr-CA
subdivision | alexa la capitale de l'ontario c'est ottawa ou toronto | CA-ON | fr-CA
# --- shared: out-of-domain
out-of-domain | alexa quel temps il fait demain à tarbes | FB
out-of-domain | alexa mets un minuteur de douze minutes | FB
out-of-domain | alexa joue du johnny hallyday | FB
out-of-domain | alexa combien d'habitants à paris | FB
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa quelle est la capitale de l'afrique | FB
out-of-domain | alexa la capitale de l'asie c'est quoi | FB
out-of-domain | alexa quelle heure est-il à tokyo | FB
out-of-domain | alexa quelle est la plus grande ville du brésil | FB
out-of-domain | alexa c'est quoi la monnaie du japon | FB
out-of-domain | alexa quelle langue on parle en suisse | FB
out-of-domain | alexa baisse le volume | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa ajoute du lait à la liste de courses | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa c'est quoi la capitale de la gastronomie | FB
out-of-domain | alexa quelle est la capitale mondiale du parfum | FB
out-of-domain | alexa combien de kilomètres entre paris et madrid | FB
out-of-domain | alexa qui est le président du portugal | FB
out-of-domain | alexa quel est le drapeau de l'italie | FB
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa réveille-moi à six heures et quart | FB
out-of-domain | alexa quel est le plus haut sommet des pyrénées | FB
out-of-domain | alexa c'est quoi la capitale de l'amérique du sud | FB
out-of-domain | alexa quel est l'indicatif téléphonique de la belgique | FB
out-of-domain | alexa traduis merci en allemand | FB
out-of-domain | alexa combien de pays dans le monde | FB
out-of-domain | alexa quelle est la population du canada | FB
out-of-domain | alexa la capitale de la lune | FB
out-of-domain | alexa c'est quoi la capitale de la planète mars | FB
out-of-domain | alexa quelle météo à montréal cette fin de semaine | FB | fr-CA
out-of-domain | alexa mets de la musique de noël | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa part une minuterie de vingt minutes pour les biscuits | FB | fr-CA
out-of-domain | alexa y fait-tu frette dehors | FB | fr-CA
out-of-domain | alexa c'est quand la prochaine tempête | FB | fr-CA
out-of-domain | alexa joue les cowboys fringants | FB | fr-CA
out-of-domain | alexa combien de monde habite à québec | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grande province du canada | FB | fr-CA
out-of-domain | alexa le taux de change du dollar américain | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | alexa quelle heure il est à vancouver | FB | fr-CA
out-of-domain | alexa combien de temps pour aller à toronto en char | FB | fr-CA
out-of-domain | alexa éteins la télé | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'océanie | FB | fr-CA
out-of-domain | alexa quelle est la langue officielle du brésil | FB | fr-CA
out-of-domain | alexa c'est quoi l'hymne national du mexique | FB | fr-CA
out-of-domain | alexa rajoute des oeufs sur ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa quelle est la capitale du monde | FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre du québec | FB | fr-CA
# --- shared: help
help | alexa aide-moi avec capitales du monde | HELP
help | alexa comment ça marche ce jeu | HELP
help | qu'est-ce que je peux te demander | HELP
help | alexa je comprends pas comment on fait | HELP
help | aide | HELP
help | alexa j'ai besoin d'aide | HELP
help | tu peux m'expliquer comment ça fonctionne | HELP
help | alexa demande à capitales du monde de l'aide | HELP
help | c'est quoi les règles | HELP
help | alexa qu'est-ce que tu sais faire avec les capitales | HELP
help | alexa je sais pas quoi dire | HELP
help | euh comment on pose une question | HELP
help | alexa explique-moi capitales du monde | HELP
help | alexa aide s'il te plaît | HELP
help | alexa au secours je suis perdue | HELP
help | alexa donne-moi des exemples de questions | HELP
help | alexa comment ça marche ton affaire | HELP | fr-CA
help | alexa j'comprends rien aide-moi | HELP | fr-CA
help | qu'est-ce qu'on peut dire au juste | HELP | fr-CA
help | alexa c'est quoi que je dois dire | HELP | fr-CA
help | aide-moi donc | HELP | fr-CA
help | alexa de l'aide svp | HELP | fr-CA
help | alexa explique-moi comment ça marche capitales du monde | HELP | fr-CA
help | alexa je suis mêlé aide-moi | HELP | fr-CA
help | alexa qu'est-ce que ça fait cette application là | HELP | fr-CA
help | alexa montre-moi comment jouer | HELP | fr-CA
# --- shared: stop
stop | alexa stop | STOP
stop | alexa arrête | STOP
stop | alexa tais-toi | STOP
stop | alexa c'est bon arrête-toi | STOP
stop | alexa on arrête là | STOP
stop | alexa ferme capitales du monde | STOP
stop | alexa quitte | STOP
stop | alexa ça suffit | STOP
stop | alexa au revoir | STOP
stop | alexa fin | STOP
stop | alexa merci c'est tout | STOP
stop | alexa on a fini | STOP
stop | alexa stop stop stop | STOP
stop | alexa sors de capitales du monde | STOP
stop | alexa éteins-toi | STOP
stop | alexa bon allez on arrête de jouer | STOP
stop | alexa arrête ça | STOP | fr-CA
stop | alexa c'est assez | STOP | fr-CA
stop | alexa ferme-la | STOP | fr-CA
stop | alexa bye | STOP | fr-CA
stop | alexa on arrête ça là | STOP | fr-CA
stop | alexa j'ai fini merci | STOP | fr-CA
stop | alexa sors de l'application | STOP | fr-CA
stop | alexa ok bonne nuit | STOP | fr-CA
stop | alexa arrête de parler | STOP | fr-CA
stop | alexa quitte capitales du monde | STOP | fr-CA
# --- shared: cancel
cancel | alexa annule | CANCEL
cancel | alexa annule ça | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa non oublie | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa annule la question | CANCEL
cancel | alexa non non annule | CANCEL
cancel | alexa finalement non | CANCEL
cancel | alexa c'est pas grave annule | CANCEL
cancel | alexa laisse tomber ma question | CANCEL
cancel | alexa annuler | CANCEL
cancel | alexa je me suis trompé annule | CANCEL
cancel | alexa non rien | CANCEL
cancel | alexa oublie ça | CANCEL
cancel | alexa non annule tout | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa annule ça là | CANCEL | fr-CA
cancel | alexa non laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa oublie ça ok | CANCEL | fr-CA
cancel | alexa annule ma demande | CANCEL | fr-CA
cancel | alexa non non laisse faire | CANCEL | fr-CA
cancel | alexa c'est beau annule | CANCEL | fr-CA
cancel | alexa finalement laisse faire | CANCEL | fr-CA
cancel | alexa annule la dernière affaire | CANCEL | fr-CA
cancel | alexa pas grave laisse faire | CANCEL | fr-CA
# --- shared: launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa capitales du monde | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa ouvre le jeu capitales du monde | LAUNCH
launch | alexa lance la skill capitales du monde | LAUNCH
launch | alexa j'aimerais jouer à capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa ouvre-moi capitales du monde s'il te plaît | LAUNCH
launch | alexa lance l'application capitales du monde | LAUNCH
launch | alexa allez capitales du monde | LAUNCH
launch | alexa réveille capitales du monde | LAUNCH
launch | alexa je veux capitales du monde | LAUNCH
launch | alexa on fait une partie de capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde pour les enfants | LAUNCH
launch | alexa commence capitales du monde | LAUNCH
launch | alexa parle à capitales du monde | LAUNCH
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa démarre-moi capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde svp | LAUNCH | fr-CA
launch | alexa on va jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa mets-moi capitales du monde | LAUNCH | fr-CA
launch | alexa embarque dans capitales du monde | LAUNCH | fr-CA
launch | alexa fais jouer capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre l'application capitales du monde | LAUNCH | fr-CA
launch | alexa je voudrais ouvrir capitales du monde | LAUNCH | fr-CA
launch | alexa lance le quiz capitales du monde | LAUNCH | fr-CA
launch | alexa c'est parti capitales du monde | LAUNCH | fr-CA
# --- shared: follow-up
follow-up | et {} alors | la hongrie=HU; la roumanie=RO; la bulgarie=BG
follow-up | et pour {} | le kenya=KE; l'ouganda=UG; la tanzanie=TZ
follow-up | pis {} | la corée du sud=KR; le japon=JP; la mongolie=MN | fr-CA
follow-up | ok pis {} elle | la finlande=FI; l'estonie=EE; la lettonie=LV | fr-CA
follow-up | et celle {} | du laos=LA; du cambodge=KH; de la thaïlande=TH
follow-up | d'accord et {} | le yémen=YE; oman=OM; le qatar=QA
follow-up | et {} c'est quoi | la libye=LY; le soudan=SD; le tchad=TD
follow-up | pis {} tant qu'à faire | la palestine=PS; la jordanie=JO; le liban=LB | fr-CA
follow-up | et maintenant {} | le congo-brazzaville=CG; le gabon=GA; le cameroun=CM
follow-up | encore une {} | la corée du nord=KP; le vietnam=VN; les philippines=PH
follow-up | et la suivante {} | le népal=NP; le bhoutan=BT; le bangladesh=BD | fr-CA
follow-up | et l'autre congo | CD
follow-up | et sa voisine la slovaquie | SK
follow-up | pis la république démocratique du congo | CD | fr-CA
follow-up | même question pour le pérou | PE
follow-up | pareil pour la colombie | CO | fr-CA
# --- shared: yes-no-check
yes-no-check | alexa est-ce que {} | lima est la capitale du pérou=PE; quito est la capitale de l'équateur=EC; caracas est la capitale du venezuela=VE
yes-no-check | alexa c'est vrai que {} | sydney est la capitale de l'australie=AU; genève est la capitale de la suisse=CH; istanbul est la capitale de la turquie=TR
yes-no-check | alexa {} c'est-tu vrai | montréal c'est la capitale du canada=CA; new york c'est la capitale des états-unis=US; rio c'est la capitale du brésil=BR | fr-CA
yes-no-check | alexa est-ce bien {} | pyongyang la capitale de la corée du nord=KP; séoul la capitale de la corée du sud=KR; kinshasa la capitale de la rdc=CD
yes-no-check | alexa confirme-moi que {} | brazzaville est la capitale du congo=CG; ramallah est la capitale de la palestine=PS; la haye est la capitale des pays-bas=NL
yes-no-check | alexa c'est-tu lagos la capitale du nigeria | NG | fr-CA
yes-no-check | alexa dakar c'est bien la capitale du sénégal | SN
yes-no-check | alexa rabat c'est la capitale du maroc ou c'est casablanca | MA
yes-no-check | alexa la capitale du nigeria c'est lagos non | NG
yes-no-check | alexa est-ce que zurich est la capitale de la suisse | CH
yes-no-check | alexa almaty c'est encore la capitale du kazakhstan | KZ
yes-no-check | alexa j'ai raison si je dis que canberra c'est la capitale de l'australie | AU
yes-no-check | alexa ankara ou istanbul pour la turquie | TR | fr-CA
yes-no-check | alexa c'est-tu vrai que la capitale de la bolivie c'est la paz | BO | fr-CA
yes-no-check | alexa kuala lumpur c'est-tu encore la capitale de la malaisie | MY | fr-CA
yes-no-check | alexa pretoria c'est-tu la capitale de l'afrique du sud | ZA | fr-CA
yes-no-check | alexa est-ce que jérusalem c'est la capitale d'israël | IL
yes-no-check | alexa amsterdam c'est bien la capitale des pays-bas | NL
# --- shared: self-correction
self-correction | alexa la capitale de l'autriche euh non de l'australie | AU
self-correction | alexa c'est quoi la capitale de la suède pardon de la suisse | CH
self-correction | alexa la capitale de l'islande non attends de l'irlande | IE
self-correction | alexa capitale de la slovénie non slovaquie | SK
self-correction | alexa la capitale du niger euh du nigeria | NG
self-correction | alexa la capitale de l'iran non je voulais dire l'irak | IQ
self-correction | alexa la capitale de la gambie non de la zambie | ZM
self-correction | alexa la capitale de la guinée non la guinée-bissau | GW
self-correction | alexa la capitale de la corée du sud euh non du nord | KP
self-correction | alexa c'est quoi la capitale du congo le grand je veux dire la rdc | CD
self-correction | alexa la capitale de la mauritanie non de maurice | MU | fr-CA
self-correction | alexa la capitale de la colombie non de la colombie-britannique | CA-BC | fr-CA
self-correction | alexa la capitale du paraguay attends non l'uruguay | UY | fr-CA
self-correction | alexa la capitale de la lettonie non la lituanie | LT | fr-CA
self-correction | alexa c'est quoi la capitale du mali oups du malawi | MW | fr-CA
self-correction | alexa la capitale de la dominique non de la république dominicaine | DO | fr-CA
self-correction | alexa la capitale de l'arménie euh de l'albanie plutôt | AL
self-correction | alexa la capitale d'israël non de la palestine | PS
# --- shared: reverse-question
reverse-question | alexa {} c'est la capitale de quel pays | oulan-bator=CITY:Oulan-Bator; achgabat=CITY:Achgabat; douchanbé=CITY:Douchanbé
reverse-question | alexa de quel pays {} est la capitale | nairobi=CITY:Nairobi; kampala=CITY:Kampala; lusaka=CITY:Lusaka
reverse-question | alexa quel pays a pour capitale {} | tbilissi=CITY:Tbilissi; erevan=CITY:Erevan; bakou=CITY:Bakou
reverse-question | alexa {} c'est la capitale de quoi | ouagadougou=CITY:Ouagadougou; niamey=CITY:Niamey; bamako=CITY:Bamako | fr-CA
reverse-question | alexa c'est où {} c'est une capitale de quel pays | vientiane=CITY:Vientiane; katmandou=CITY:Katmandou; thimphu=CITY:Thimphu | fr-CA
reverse-question | alexa pyongyang c'est la capitale de quel pays | CITY:Pyongyang
reverse-question | alexa brazzaville est la capitale de quel pays | CITY:Brazzaville
reverse-question | alexa kinshasa c'est la capitale de quoi | CITY:Kinshasa | fr-CA
reverse-question | alexa ramallah c'est où quel pays | CITY:Ramallah
reverse-question | alexa la valette c'est la capitale de quel pays | CITY:La Valette
reverse-question | alexa gitega c'est la capitale de qui | CITY:Gitega | fr-CA
reverse-question | alexa naypyidaw c'est quel pays | CITY:Naypyidaw
reverse-question | alexa port-louis c'est la capitale de quelle île | CITY:Port-Louis
reverse-question | alexa paramaribo est la capitale de quel pays d'amérique du sud | CITY:Paramaribo | fr-CA
reverse-question | alexa bichkek c'est dans quel pays | CITY:Bichkek
# --- shared: official-name
official-name | alexa quelle est la capitale {} | de la république fédérale d'allemagne=DE; des états-unis mexicains=MX; de la république populaire de chine=CN
official-name | alexa la capitale {} | du royaume de belgique=BE; de la confédération suisse=CH; du grand-duché de luxembourg=LU
official-name | alexa tu sais c'est quoi la capitale {} | de la république démocratique populaire de corée=KP; de la république de corée=KR; de l'état de palestine=PS | fr-CA
official-name | alexa la capitale de la république démocratique du congo | CD
official-name | alexa la capitale de la république du congo | CG
official-name | alexa la capitale de la république islamique d'iran | IR
official-name | alexa la capitale du royaume hachémite de jordanie | JO | fr-CA
official-name | alexa la capitale de la république bolivarienne du venezuela | VE | fr-CA
official-name | alexa la capitale de l'état plurinational de bolivie | BO
official-name | alexa la capitale de la république fédérale démocratique d'éthiopie | ET
official-name | alexa la capitale du royaume des pays-bas | NL
official-name | alexa la capitale de la république arabe d'égypte | EG | fr-CA
official-name | alexa la capitale de la fédération de russie | RU
official-name | alexa la capitale des émirats arabes unis | AE | fr-CA
# --- shared: everyday-name
everyday-name | alexa c'est quoi déjà la capitale {} | de la hollande=NL; de l'angleterre=GB-ENG; des states=US | fr-CA
everyday-name | alexa dis-moi la capitale {} comme disait pépé | de la birmanie=MM; de la perse=IR; du siam=TH
everyday-name | alexa capitale {} | du zaïre=CD; de ceylan=LK; du dahomey=BJ
everyday-name | alexa la capitale de la biélorussie | BY
everyday-name | alexa la capitale de la tchéquie ou république tchèque | CZ
everyday-name | alexa c'est quoi la capitale de la macédoine | MK
everyday-name | alexa la capitale du swaziland | SZ
everyday-name | alexa la capitale de la haute-volta | BF
everyday-name | alexa la capitale du cap-vert | CV
everyday-name | alexa la capitale des émirats | AE | fr-CA
everyday-name | alexa la capitale de l'amérique | US | fr-CA
everyday-name | alexa la capitale de la rdc | CD
everyday-name | alexa la capitale de congo-kinshasa | CD | fr-CA
everyday-name | alexa la capitale de la turquie ou türkiye | TR
everyday-name | alexa la capitale du timor-leste | TL
everyday-name | alexa la capitale de la rhodésie | ZW | fr-CA
# --- shared: shared-name
shared-name | alexa la capitale de la corée | KP+KR
shared-name | alexa les capitales des deux corées | KP+KR
shared-name | alexa c'est quoi la capitale du congo | CD+CG
shared-name | alexa les capitales des deux congo | CD+CG | fr-CA
shared-name | alexa la capitale de la géorgie | GE
shared-name | alexa la capitale de l'état de géorgie aux états-unis | US-GA | fr-CA
shared-name | alexa la capitale de la géorgie le pays près de la russie | GE
shared-name | alexa la capitale de la guinée | GN
shared-name | alexa les capitales de toutes les guinées | GN+GQ+GW
shared-name | alexa c'est quoi la capitale de la corée je sais pas laquelle | KP+KR | fr-CA
shared-name | alexa la capitale du soudan | SD
shared-name | alexa la capitale de washington l'état pas la ville | US-WA | fr-CA
shared-name | alexa c'est quoi la capitale de new york | US-NY | fr-CA
shared-name | alexa la capitale du mexique | MX
shared-name | alexa les capitales des deux soudan | SD+SS
shared-name | alexa la capitale de la dominique | DM
shared-name | alexa la capitale du luxembourg | LU | fr-CA
# --- fr-FR speakers: Bigourdans of Tarbes and Lourdes
bigourdans | alexa adishatz dis-moi la capitale {} | de l'andorre=AD; de l'espagne=ES; du portugal=PT
bigourdans | alexa en montant le tourmalet je me demande la capitale {} | de la slovénie=SI; de la croatie=HR; de la serbie=RS
bigourdans | alexa pendant que la garbure mijote c'est quoi la capitale {} | du monténégro=ME; de la bosnie=BA; de l'albanie=AL
bigourdans | alexa à lourdes il y a des pèlerins de partout la capitale {} c'est quoi | des philippines=PH; du sri lanka=LK; de l'irlande=IE
bigourdans | alexa le stado joue contre une équipe de {} c'est quoi leur capitale | géorgie=GE; roumanie=RO; fidji=FJ
bigourdans | alexa hé bé la capitale des îles fidji | FJ
bigourdans | alexa on est à tarbes et ma mémé veut la capitale du liechtenstein | LI
bigourdans | alexa un pèlerin polonais me demande c'est quoi la capitale de la pologne | PL
bigourdans | alexa la capitale de la bigorre | FB
bigourdans | alexa adishatz on a un pèlerin coréen c'est la capitale de la corée du sud | KR
bigourdans | alexa hé la capitale du malawi pour le mot croisé de la dépêche | MW
bigourdans | alexa au pic du midi on voit pas la capitale de l'espagne hein | ES
bigourdans | alexa quel temps au pic du midi demain | FB
bigourdans | alexa le pèlerin vient de saint-marin c'est quoi sa capitale | SM
# --- Varois of Toulon and Hyères
varois | alexa oh fada c'est quoi la capitale {} | de malte=MT; de chypre=CY; de la grèce=GR
varois | alexa sur le port de toulon un marin me demande la capitale {} | du yémen=YE; de djibouti=DJ; de l'érythrée=ER
varois | alexa à la plage de l'almanarre la capitale {} vite | de la tunisie=TN; de la libye=LY; de l'algérie=DZ
varois | alexa le rct joue {} c'est quoi la capitale déjà | les tonga=TO; les samoa=WS; l'afrique du sud=ZA
varois | alexa oh con la capitale {} je l'ai sur le bout de la langue | du liban=LB; de la syrie=SY; de la jordanie=JO
varois | alexa un porte-avions part vers la palestine c'est quoi sa capitale | PS
varois | alexa zou la capitale de monaco | MC
varois | alexa à porquerolles on parle de la capitale des seychelles | SC
varois | alexa la capitale des comores mon voisin de la seyne en vient | KM
varois | alexa oh fada c'est quoi la capitale du var | FB
varois | alexa met la radio vinci autoroute pour l'a cinquante | FB
varois | alexa le cousin de hyères demande la capitale de la corée du nord | KP
varois | alexa la capitale des maldives pour les vacances de ma belle-soeur | MV
# --- Blésois of Blois and Vendôme
blesois | alexa entre deux châteaux de la loire c'est quoi la capitale {} | de l'autriche=AT; de la hongrie=HU; de la tchéquie=CZ
blesois | alexa à chambord un touriste demande la capitale {} | du japon=JP; de la chine=CN; de taïwan=TW
blesois | alexa à la maison de la magie on joue la capitale {} | du brésil=BR; du paraguay=PY; de l'uruguay=UY
blesois | alexa en descendant la loire à vélo la capitale {} | de la moldavie=MD; de l'ukraine=UA; de la biélorussie=BY
blesois | alexa ma belle-mère de vendôme veut savoir la capitale du kirghizistan | KG
blesois | alexa le chocolatier de blois vend du cacao de {} c'est quoi la capitale | côte d'ivoire=CI; ghana=GH; sao tomé=ST
blesois | alexa la capitale du loir-et-cher | FB
blesois | alexa les jardins de chaumont c'est quelle heure d'ouverture | FB
blesois | alexa un touriste de la gambie cherche la capitale de son pays | GM
blesois | alexa la capitale du sierra leone pour ma grille de mots fléchés | SL
blesois | alexa un guide à cheverny me demande la capitale du bhoutan | BT
# --- Seine-et-Marnais of Meaux and Melun
seine-et-marnais | alexa dans le rer e je cherche la capitale {} | du pakistan=PK; de l'inde=IN; de l'afghanistan=AF
seine-et-marnais | alexa en faisant le brie de meaux la capitale {} | de la norvège=NO; du danemark=DK; de la suède=SE
seine-et-marnais | alexa à disney un gamin me demande la capitale {} | des états-unis=US; du canada=CA; du mexique=MX
seine-et-marnais | alexa sur la francilienne bouchée la capitale {} | de l'indonésie=ID; de la malaisie=MY; de singapour=SG
seine-et-marnais | alexa à fontainebleau on grimpe avec des {} c'est quoi leur capitale | belges=BE; néerlandais=NL; suisses=CH
seine-et-marnais | alexa wesh la capitale du burundi | BI
seine-et-marnais | alexa ma collègue de melun demande la capitale du rwanda | RW
seine-et-marnais | alexa les capitales des pays-bas pour la sortie scolaire | NL
seine-et-marnais | alexa c'est quoi le prochain rer pour paris | FB
seine-et-marnais | alexa la capitale de la seine-et-marne c'est melun | FB
seine-et-marnais | alexa à provins une dame demande la capitale de l'estonie | EE
# --- Franco-Beninese families of Évry
franco-beninois | alexa tonton demande les deux capitales {} | du bénin=BJ; de la malaisie=MY; de la bolivie=BO
franco-beninois | alexa ça dit quoi la capitale {} c'est quoi | du togo=TG; du nigeria=NG; du niger=NE
franco-beninois | alexa pendant qu'elle fait la pâte rouge ma tata veut la capitale {} | du burkina faso=BF; du ghana=GH; du libéria=LR
franco-beninois | alexa à la fête de la communauté on parle de la capitale {} | du cameroun=CM; du gabon=GA; de la guinée équatoriale=GQ
franco-beninois | alexa les yovo de mon travail croient que c'est cotonou la capitale du bénin | BJ
franco-beninois | alexa porto-novo c'est la capitale de quel pays | CITY:Porto-Novo
franco-beninois | alexa mon petit frère dit que la capitale du bénin c'est cotonou c'est vrai | BJ
franco-beninois | alexa la capitale du dahomey comme disait papi | BJ
franco-beninois | alexa mets du angélique kidjo | FB
franco-beninois | alexa la capitale de ouidah | FB
franco-beninois | alexa vas-y la capitale de la centrafrique | CF
franco-beninois | alexa ma cousine est partie au congo brazza c'est quoi la capitale | CG
franco-beninois | alexa et la capitale du congo de kinshasa | CD
# --- Franco-Kurdish families of Sarcelles
franco-kurdes | alexa xalo veut savoir la capitale {} | de la turquie=TR; de l'irak=IQ; de l'iran=IR
franco-kurdes | alexa bijî la capitale {} c'est laquelle | de la syrie=SY; de l'arménie=AM; de l'azerbaïdjan=AZ
franco-kurdes | alexa pour le newroz ma mère demande la capitale {} | de la géorgie=GE; du turkménistan=TM; de l'ouzbékistan=UZ
franco-kurdes | alexa c'est quoi la capitale du kurdistan | FB
franco-kurdes | alexa la capitale du kurdistan irakien erbil c'est ça | FB
franco-kurdes | alexa mon oncle dit que la capitale de la turquie c'est istanbul | TR
franco-kurdes | alexa la capitale du tadjikistan pour mon cousin | TJ
franco-kurdes | alexa la capitale du koweït c'est koweït aussi | KW
franco-kurdes | alexa la capitale de bahreïn | BH
franco-kurdes | alexa la capitale de l'arabie saoudite c'est la mecque | SA
franco-kurdes | alexa mets de la musique kurde | FB
franco-kurdes | alexa xalo demande la capitale de la palestine | PS
# --- Icelandic au pair in Versailles (learner)
apprenante-islandaise | alexa takk quelle est le capitale {} | de la islande=IS; de la groenland=GL; de les îles féroé=FO
apprenante-islandaise | alexa je ne sais pas bien le français la capitale {} s'il te plaît | de la norvège=NO; de la finlande=FI; de la danemark=DK
apprenante-islandaise | alexa ja où est le capitale de le canada | CA
apprenante-islandaise | alexa pardon je cherche capitale de la nouvelle-zélande | NZ
apprenante-islandaise | alexa le enfants demandent la capitale de la lituanie | LT
apprenante-islandaise | alexa comment on dit capital of latvia en français | LV
apprenante-islandaise | alexa reykjavik est capitale de quel pays | CITY:Reykjavik
apprenante-islandaise | alexa what is the weather in reykjavik | FB
apprenante-islandaise | alexa takk c'est quoi le capitale de la corée de le nord | KP
apprenante-islandaise | alexa le capitale de le afrique du sud c'est trois villes oui | ZA
# --- Nepali cook in Toulon (learner)
apprenti-nepalais | alexa namaste la capitale {} s'il vous plaît | de le népal=NP; de le inde=IN; de le bangladesh=BD
apprenti-nepalais | alexa dai demande moi la capitale {} | de la chine=CN; de la birmanie=MM; de la thaïlande=TH
apprenti-nepalais | alexa dans cuisine patron demande capitale de sri lanka | LK
apprenti-nepalais | alexa capitale des maldives c'est malé oui | MV
apprenti-nepalais | alexa katmandou il est capitale de quel pays | CITY:Katmandou
apprenti-nepalais | alexa la capitale de le pakistan c'est karachi | PK
apprenti-nepalais | alexa combien temps pour cuire le riz basmati | FB
apprenti-nepalais | alexa capitale de le mongolie | MN
apprenti-nepalais | alexa la capitale de le bhoutan c'est thimphou | BT
# --- Bulgarian nurse in Meaux (learner)
infirmiere-bulgare | alexa da c'est quoi la capitale {} | de la bulgarie=BG; de la macédoine du nord=MK; de la grèce=GR
infirmiere-bulgare | alexa blagodarya et la capitale {} | de la roumanie=RO; de le serbie=RS; de la kosovo=XK
infirmiere-bulgare | alexa entre deux patients la capitale {} | de la slovaquie=SK; de le hongrie=HU; de la pologne=PL
infirmiere-bulgare | alexa mon patient parle de la capitale de le monténégro | ME
infirmiere-bulgare | alexa sofia capitale de quel pays | CITY:Sofia
infirmiere-bulgare | alexa la garde de nuit finit quand | FB
infirmiere-bulgare | alexa la capitale de la chypre | CY
infirmiere-bulgare | alexa capitale de le kosovo c'est pristina | XK
infirmiere-bulgare | alexa la capitale de la moldova | MD
# --- fr-FR jobs: a facteur on his round
facteur | alexa dans la voiture jaune une lettre pour {} c'est quoi la capitale | le vietnam=VN; le cambodge=KH; le laos=LA
facteur | alexa un colis part {} quelle est la capitale | au kazakhstan=KZ; en mongolie=MN; au kirghizstan=KG
facteur | alexa le timbre vient {} c'est quoi la capitale de ce pays | du brunei=BN; du timor oriental=TL; de papouasie-nouvelle-guinée=PG
facteur | alexa une carte postale de la barbade c'est quoi la capitale | BB
facteur | alexa recommandé pour la jamaïque la capitale c'est kingston | JM
facteur | alexa un colis pour l'eswatini j'ai besoin des deux capitales | SZ
facteur | alexa la tournée est finie mets-moi un podcast | FB
facteur | alexa la capitale de haïti pour l'adresse | HT
facteur | alexa le code postal de la capitale de la belgique | FB
facteur | alexa une lettre de trinité-et-tobago c'est quoi la capitale | TT
facteur | alexa un avis de passage pour le mozambique c'est quoi sa capitale | MZ
# --- ambulancier on night shift
ambulancier | alexa entre deux interventions la capitale {} | de l'angola=AO; de la namibie=NA; du botswana=BW
ambulancier | alexa pendant la garde mon binôme demande la capitale {} | du zimbabwe=ZW; de la zambie=ZM; du lesotho=LS
ambulancier | alexa au retour de l'hôpital de meaux c'est quoi la capitale {} | de madagascar=MG; de maurice=MU; des comores=KM
ambulancier | alexa le patient parle de sa famille en somalie c'est quoi la capitale | SO
ambulancier | alexa la capitale de l'éthiopie c'est addis-abeba | ET
ambulancier | alexa appelle le samu | FB
ambulancier | alexa le blessé vient du soudan du sud quelle est la capitale | SS
ambulancier | alexa il est trois heures du matin donne-moi la capitale de l'érythrée | ER
ambulancier | alexa la capitale de la république centrafricaine pour le dossier | CF
ambulancier | alexa combien de temps jusqu'à l'hôpital le plus proche | FB
# --- vendanges in the vines
vendanges | alexa entre deux rangs de vigne la capitale {} | de la nouvelle-zélande=NZ; de l'australie=AU; du chili=CL
vendanges | alexa un vendangeur vient {} c'est quoi la capitale | de géorgie=GE; de moldavie=MD; d'argentine=AR
vendanges | alexa à la pause casse-croûte la capitale {} | de l'afrique du sud=ZA; du portugal=PT; de la hongrie=HU
vendanges | alexa le tracteur démarre pas dis-moi quand même la capitale de l'uruguay | UY
vendanges | alexa un gars de la bolivie dit qu'il y a deux capitales c'est vrai | BO
vendanges | alexa quelle température cet après-midi dans les vignes | FB
vendanges | alexa la capitale du vin c'est bordeaux ou beaune | FB
vendanges | alexa le chef de rang veut la capitale du pérou | PE
vendanges | alexa la capitale de l'arménie le pays du vin le plus vieux | AM
vendanges | alexa un saisonnier vient du maroc c'est quoi la capitale | MA
# --- conductrice de TER
conductrice-ter | alexa avant de prendre mon train la capitale {} | de la lettonie=LV; de l'estonie=EE; de la lituanie=LT
conductrice-ter | alexa en gare de tarbes j'attends la correspondance la capitale {} | du salvador=SV; du honduras=HN; du nicaragua=NI
conductrice-ter | alexa pendant la coupure la capitale {} | du guatemala=GT; du costa rica=CR; du panama=PA
conductrice-ter | alexa un voyageur me demande la capitale du belize | BZ
conductrice-ter | alexa le train a vingt minutes de retard | FB
conductrice-ter | alexa la capitale de cuba pour ma collègue | CU
conductrice-ter | alexa la capitale de la république dominicaine | DO
conductrice-ter | alexa quel est l'horaire du prochain ter pour bordeaux | FB
conductrice-ter | alexa un voyageur suisse veut la capitale de son pays c'est pas zurich | CH
# --- fr-FR school: révisions du brevet (troisième)
revisions-brevet | alexa pour le brevet de géo c'est quoi la capitale {} | de l'union européenne=FB; de l'allemagne=DE; de l'italie=IT
revisions-brevet | alexa maman me fait réviser la capitale {} | du royaume-uni=GB; de l'irlande=IE; de l'écosse=GB-SCT
revisions-brevet | alexa j'ai le brevet blanc demain la capitale {} | de la russie=RU; de l'inde=IN; du brésil=BR
revisions-brevet | alexa vite fait la capitale {} pour la carte | de l'égypte=EG; de l'afrique du sud=ZA; du nigeria=NG
revisions-brevet | alexa dans mon cours y a écrit que les pays-bas ont deux capitales c'est lesquelles | NL
revisions-brevet | alexa c'est quoi la capitale de la chine pékin ou beijing | CN
revisions-brevet | alexa la capitale de la france c'est paris non | FR
revisions-brevet | alexa combien de points pour avoir le brevet | FB
revisions-brevet | alexa la capitale de l'australie pour la prof de géo | AU
revisions-brevet | alexa la capitale du japon c'est kyoto ou tokyo | JP
revisions-brevet | alexa c'est quoi la capitale de la corée du sud pour le contrôle | KR
# --- CRPE candidate (concours de professeur des écoles)
crpe | alexa pour le concours de prof des écoles révise avec moi la capitale {} | de la suède=SE; de la norvège=NO; de l'islande=IS
crpe | alexa je prépare le crpe c'est quoi la capitale {} | de la belgique=BE; du luxembourg=LU; de la suisse=CH
crpe | alexa question de culture générale la capitale {} | de l'arabie saoudite=SA; du qatar=QA; d'oman=OM
crpe | alexa pour l'oral du crpe la capitale de la bolivie c'est sucre ou la paz | BO
crpe | alexa je dois expliquer aux élèves pourquoi la malaisie a deux capitales | MY
crpe | alexa la capitale du canada pour ma séquence de géographie | CA
crpe | alexa combien de jours avant le concours | FB
crpe | alexa la capitale de la côte d'ivoire yamoussoukro ou abidjan les deux | CI
crpe | alexa c'est quoi la capitale du sénégal pour la leçon | SN
crpe | alexa la capitale de la tanzanie c'est dodoma ou dar es salaam | TZ
# --- BTS tourisme
bts-tourisme | alexa pour mon dossier de bts tourisme la capitale {} | du cap-vert=CV; de sao tomé-et-principe=ST; de la guinée-bissau=GW
bts-tourisme | alexa un client veut partir {} c'est quoi la capitale | aux bahamas=BS; à la grenade=GD; à sainte-lucie=LC
bts-tourisme | alexa en stage à l'agence on me demande la capitale {} | de saint-vincent-et-les-grenadines=VC; de saint-christophe-et-niévès=KN; d'antigua-et-barbuda=AG
bts-tourisme | alexa la capitale des seychelles pour un voyage de noces | SC
bts-tourisme | alexa le client part au vanuatu la capitale c'est port-vila | VU
bts-tourisme | alexa la capitale des îles salomon | SB
bts-tourisme | alexa la capitale de kiribati c'est tarawa | KI
bts-tourisme | alexa quelle est la meilleure saison pour aller en thaïlande | FB
bts-tourisme | alexa la capitale des îles marshall | MH
bts-tourisme | alexa la capitale de la micronésie | FM
bts-tourisme | alexa la capitale des palaos | PW
bts-tourisme | alexa la capitale de nauru | NR
bts-tourisme | alexa la capitale de tuvalu | TV
# --- games: a pub quiz in a bar
pub-quiz | alexa on est au quiz du bar dis-nous la capitale {} | de la dominique=DM; du suriname=SR; du guyana=GY
pub-quiz | alexa question bonus la capitale {} vite | du burkina faso=BF; de la mauritanie=MR; du mali=ML
pub-quiz | alexa l'équipe des gros malins parie que la capitale {} | du myanmar c'est rangoun=MM; de la turquie c'est istanbul=TR; du maroc c'est casablanca=MA
pub-quiz | alexa pour gagner la tournée c'est quoi la capitale du kazakhstan | KZ
pub-quiz | alexa les capitales du sri lanka c'est la question finale | LK
pub-quiz | alexa le barman demande la capitale du vatican | VA
pub-quiz | alexa la capitale du turkménistan on a mis achgabat | TM
pub-quiz | alexa remets-nous une pinte | FB
pub-quiz | alexa c'est quoi la capitale la plus haute du monde | FB
pub-quiz | alexa la capitale de la guinée équatoriale c'est malabo | GQ
# --- Trivial Pursuit
jeux-questions | alexa camembert bleu c'est quoi la capitale {} | de l'équateur=EC; de la colombie=CO; du venezuela=VE
jeux-questions | alexa au trivial la question c'est la capitale {} | du ghana=GH; de la sierra leone=SL; du libéria=LR
jeux-questions | alexa papi triche au trivial il dit que la capitale {} | du brésil c'est rio=BR; de l'australie c'est sydney=AU; du canada c'est montréal=CA
jeux-questions | alexa la carte dit la capitale de la mongolie | MN
jeux-questions | alexa c'est quoi la capitale de la corée du nord pour le camembert | KP
jeux-questions | alexa lance le dé | FB
jeux-questions | alexa la capitale du nicaragua c'est managua | NI
jeux-questions | alexa c'est quoi la bonne réponse pour la capitale de la jamaïque | JM
# --- Qui veut gagner des millions at home
jeux-questions | alexa jean-pierre foucault demande la capitale {} c'est laquelle | de la nouvelle-zélande=NZ; de la tanzanie=TZ; du pakistan=PK
jeux-questions | alexa je prends l'appel à un ami la capitale {} | de la bolivie=BO; de l'afrique du sud=ZA; de la malaisie=MY
jeux-questions | alexa cinquante cinquante la capitale du nigeria c'est abuja ou lagos | NG
jeux-questions | alexa pour un million c'est quoi la capitale du burundi | BI
jeux-questions | alexa la question à mille euros la capitale du kenya | KE
jeux-questions | alexa c'est quoi le vote du public | FB
jeux-questions | alexa la capitale du bénin réponse a porto-novo | BJ
jeux-questions | alexa la capitale de l'australie réponse c canberra | AU
# --- fr-FR home: an apéro dînatoire
apero | alexa entre deux chips la capitale {} | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'angleterre=GB-ENG
apero | alexa les copains se disputent la capitale {} c'est laquelle | de la slovénie=SI; de la slovaquie=SK; de la croatie=HR
apero | alexa on trinque à {} c'est quoi la capitale | la grèce=GR; la bulgarie=BG; la lituanie=LT
apero | alexa ressers-moi un rosé et dis-moi la capitale de la finlande | FI
apero | alexa mon beau-frère dit que la capitale de la corée du sud c'est busan | KR
apero | alexa la capitale de la palestine c'est quoi au juste | PS
apero | alexa mets une playlist apéro | FB
apero | alexa tu connais la capitale de la belgique bruxelles évidemment | BE
apero | alexa la capitale des deux corées on se dispute | KP+KR
apero | alexa les capitales du congo et de la rdc | CD+CG
apero | alexa la capitale de la lettonie pour départager | LV
# --- night feed with the baby
biberon-nuit | alexa chut doucement c'est quoi la capitale {} | de la lettonie=LV; de l'ouzbékistan=UZ; de l'azerbaïdjan=AZ
biberon-nuit | alexa le bébé dort pas dis-moi tout bas la capitale {} | du rwanda=RW; de l'ouganda=UG; du kenya=KE
biberon-nuit | alexa à trois heures du matin je me demande la capitale {} | de la syrie=SY; du liban=LB; de l'irak=IQ
biberon-nuit | alexa parle moins fort la capitale de la somalie | SO
biberon-nuit | alexa joue une berceuse | FB
biberon-nuit | alexa baisse ta voix et dis la capitale de la guinée | GN
biberon-nuit | alexa mets un bruit blanc | FB
biberon-nuit | alexa tout doucement la capitale du congo-brazzaville | CG
biberon-nuit | alexa murmure-moi la capitale de la république démocratique du congo | CD
# --- a camping-car trip
camping-car | alexa on roule vers {} c'est quoi la capitale déjà | la slovénie=SI; l'autriche=AT; la croatie=HR
camping-car | alexa sur l'aire de camping-car un voisin vient {} sa capitale c'est quoi | du danemark=DK; de norvège=NO; des pays-bas=NL
camping-car | alexa à la frontière {} c'est quoi la capitale | de l'andorre=AD; du luxembourg=LU; de la suisse=CH
camping-car | alexa on passe en albanie c'est quoi la capitale | AL
camping-car | alexa y a une aire de vidange près de tirana | FB
camping-car | alexa la capitale de la macédoine du nord on y va demain | MK
camping-car | alexa la capitale du monténégro on y dort ce soir | ME
camping-car | alexa itinéraire vers la capitale de la bosnie | FB
camping-car | alexa c'est quoi la capitale de la bosnie-herzégovine | BA
camping-car | alexa la capitale de la serbie on passe à côté | RS
# --- fr-CA speakers: Rosemontois
rosemontois | alexa au marché jean-talon mon chum demande la capitale {} | du portugal=PT; de l'espagne=ES; de l'italie=IT | fr-CA
rosemontois | alexa sur la promenade masson la capitale {} c'est quoi | de la belgique=BE; de la suisse=CH; de l'autriche=AT | fr-CA
rosemontois | alexa dans mon logement de rosemont y a une carte du monde la capitale {} | du pérou=PE; du chili=CL; de l'argentine=AR | fr-CA
rosemontois | alexa au parc maisonneuve le monde jasent de la capitale {} | de la grèce=GR; de la turquie=TR; de chypre=CY | fr-CA
rosemontois | alexa coudonc c'est quoi la capitale de la tunisie | TN | fr-CA
rosemontois | alexa ma voisine d'en haut veut savoir la capitale de l'algérie | DZ | fr-CA
rosemontois | alexa la capitale de rosemont | FB | fr-CA
rosemontois | alexa y a-tu du trafic sur la rue saint-denis | FB | fr-CA
rosemontois | alexa la capitale du maroc c'est-tu rabat | MA | fr-CA
rosemontois | alexa la capitale de l'égypte le caire c'est ben ça | EG | fr-CA
# --- Lachinois
lachinois | alexa le long du canal de lachine je me demande la capitale {} | de l'irlande=IE; de l'écosse=GB-SCT; de l'islande=IS | fr-CA
lachinois | alexa en regardant les avions de dorval c'est quoi la capitale {} | du royaume-uni=GB; de la france=FR; de l'allemagne=DE | fr-CA
lachinois | alexa au vieux lachine mon beau-père demande la capitale {} | de la pologne=PL; de l'ukraine=UA; de la russie=RU | fr-CA
lachinois | alexa sur la piste cyclable la capitale de la jamaïque | JM | fr-CA
lachinois | alexa la capitale de la barbade tsé bridgetown | BB | fr-CA
lachinois | alexa le vol pour haïti part à quelle heure | FB | fr-CA
lachinois | alexa c'est quoi la capitale de haïti pour ma collègue | HT | fr-CA
lachinois | alexa la capitale de trinidad | TT | fr-CA
lachinois | alexa mon boss vient de la guyane c'est quoi la capitale | GY | fr-CA
# --- Mi'gmaq of Listuguj
migmaq | alexa kwe c'est quoi la capitale {} | du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
migmaq | alexa wela'lin et la capitale {} | du canada=CA; du québec=CA-QC; de terre-neuve-et-labrador=CA-NL | fr-CA
migmaq | alexa en pêchant le saumon sur la ristigouche la capitale {} | de la norvège=NO; de l'écosse=GB-SCT; de l'islande=IS | fr-CA
migmaq | alexa c'est quoi la capitale de la nation mi'gmaq | FB | fr-CA
migmaq | alexa la capitale du maine de l'autre bord | US-ME | fr-CA
migmaq | alexa kwe la capitale de la nouvelle-zélande pour ma nièce | NZ | fr-CA
migmaq | alexa le pont de campbellton est-tu ouvert | FB | fr-CA
migmaq | alexa wela'lin c'est quoi la capitale de la bolivie les deux | BO | fr-CA
migmaq | alexa la capitale du groenland | GL | fr-CA
# --- Cuban Montrealers of Villeray
cubains-villeray | alexa asere c'est quoi la capitale {} | de cuba=CU; du mexique=MX; de la république dominicaine=DO | fr-CA
cubains-villeray | alexa qué bola la capitale {} | de porto rico=PR; du venezuela=VE; de la colombie=CO | fr-CA
cubains-villeray | alexa ma abuela demande la capitale {} | de l'espagne=ES; des canaries=FB; du panama=PA | fr-CA
cubains-villeray | alexa la habana c'est la capitale de cuba oui | CU | fr-CA
cubains-villeray | alexa mets de la salsa | FB | fr-CA
cubains-villeray | alexa la capitale du honduras mi hermano veut savoir | HN | fr-CA
cubains-villeray | alexa la capitale du guatemala c'est guatemala aussi | GT | fr-CA
cubains-villeray | alexa la capitale du costa rica chico | CR | fr-CA
cubains-villeray | alexa la capitale de la corée du nord comme cuba communiste | KP | fr-CA
# --- Moldovan Montrealers of Côte-des-Neiges
moldaves-cdn | alexa buna la capitale {} c'est quoi | de la moldavie=MD; de la roumanie=RO; de l'ukraine=UA | fr-CA
moldaves-cdn | alexa mersi et la capitale {} | de la transnistrie=FB; de la gagaouzie=FB; de la biélorussie=BY | fr-CA
moldaves-cdn | alexa ma grand-mère de chisinau demande la capitale {} | de la géorgie=GE; de l'arménie=AM; du kazakhstan=KZ | fr-CA
moldaves-cdn | alexa chisinau c'est la capitale de quel pays | CITY:Chișinău | fr-CA
moldaves-cdn | alexa la capitale de la lettonie pour mon fils à l'université de montréal | LV | fr-CA
moldaves-cdn | alexa mets de la musique moldave | FB | fr-CA
moldaves-cdn | alexa la capitale du kosovo | XK | fr-CA
moldaves-cdn | alexa la capitale de la hongrie c'est budapest da | HU | fr-CA
# --- fr-CA jobs: a camionneur on the 20
camionneur | alexa sur la vingt entre drummond pis québec c'est quoi la capitale {} | du kansas=US-KS; de l'iowa=US-IA; du nebraska=US-NE | fr-CA
camionneur | alexa je livre {} c'est quoi la capitale de l'état | au michigan=US-MI; en pennsylvanie=US-PA; au kentucky=US-KY | fr-CA
camionneur | alexa au truck stop la capitale {} | du tennessee=US-TN; de la caroline du nord=US-NC; de la virginie=US-VA | fr-CA
camionneur | alexa mon dispatch me demande la capitale du wisconsin | US-WI | fr-CA
camionneur | alexa la capitale de l'illinois c'est-tu chicago | US-IL | fr-CA
camionneur | alexa y a-tu de la construction sur la vingt | FB | fr-CA
camionneur | alexa la capitale du massachusetts pour mon chargement | US-MA | fr-CA
camionneur | alexa je m'en vas au mexique c'est quoi la capitale | MX | fr-CA
camionneur | alexa combien de miles jusqu'à chicago | FB | fr-CA
camionneur | alexa la capitale du new jersey | US-NJ | fr-CA
# --- préposée aux bénéficiaires in a CHSLD
preposee-chsld | alexa madame tremblay me demande la capitale {} | de la france=FR; de l'italie=IT; de la belgique=BE | fr-CA
preposee-chsld | alexa pour l'activité de l'après-midi la capitale {} | du portugal=PT; du liban=LB; de la grèce=GR | fr-CA
preposee-chsld | alexa monsieur gagnon se souvient pas de la capitale {} | de l'irlande=IE; du royaume-uni=GB; de l'écosse=GB-SCT | fr-CA
preposee-chsld | alexa un résident a travaillé au congo belge c'est quoi la capitale aujourd'hui | CD | fr-CA
preposee-chsld | alexa la capitale du zaïre comme dans son temps | CD | fr-CA
preposee-chsld | alexa c'est l'heure de la collation | FB | fr-CA
preposee-chsld | alexa la capitale de la yougoslavie | FB | fr-CA
preposee-chsld | alexa la capitale de l'union soviétique | FB | fr-CA
preposee-chsld | alexa la capitale de la tchécoslovaquie | FB | fr-CA
preposee-chsld | alexa une résidente veut la capitale de la hollande | NL | fr-CA
# --- planteur d'arbres in the north
planteur-arbres | alexa dans le camp de plantation on gage sur la capitale {} | de la suède=SE; de la finlande=FI; du danemark=DK | fr-CA
planteur-arbres | alexa après mille arbres aujourd'hui c'est quoi la capitale {} | de la tanzanie=TZ; du mozambique=MZ; de madagascar=MG | fr-CA
planteur-arbres | alexa au feu de camp la capitale {} | de l'australie=AU; de la nouvelle-zélande=NZ; des fidji=FJ | fr-CA
planteur-arbres | alexa y va-tu pleuvoir demain au camp | FB | fr-CA
planteur-arbres | alexa la capitale de l'afrique du sud les trois | ZA | fr-CA
planteur-arbres | alexa combien d'arbres on plante au canada par année | FB | fr-CA
planteur-arbres | alexa la capitale du costa rica avec toute la forêt | CR | fr-CA
planteur-arbres | alexa la capitale du brésil pour l'amazonie | BR | fr-CA
planteur-arbres | alexa la capitale de la papouasie | PG | fr-CA
# --- school: cinquième année primaire
cinquieme-annee | alexa j'ai un devoir de cinquième année la capitale {} | des états-unis=US; du mexique=MX; du brésil=BR | fr-CA
cinquieme-annee | alexa mon enseignante a dit d'apprendre la capitale {} | de la chine=CN; du japon=JP; de l'inde=IN | fr-CA
cinquieme-annee | alexa pour mon exposé oral c'est quoi la capitale {} | de l'égypte=EG; du kenya=KE; de l'éthiopie=ET | fr-CA
cinquieme-annee | alexa mon ami dit que la capitale du canada c'est toronto c'est-tu vrai | CA | fr-CA
cinquieme-annee | alexa la capitale du québec c'est québec pour vrai | CA-QC | fr-CA
cinquieme-annee | alexa c'est quoi la capitale des deux corées pour mon devoir | KP+KR | fr-CA
cinquieme-annee | alexa fais mes devoirs de maths | FB | fr-CA
cinquieme-annee | alexa la capitale de la palestine pour mon projet | PS | fr-CA
cinquieme-annee | alexa la capitale de l'antarctique | FB | fr-CA
# --- school: classe de francisation
francisation | alexa mon professeur de francisation demande la capitale {} | de la syrie=SY; de l'afghanistan=AF; de l'iran=IR | fr-CA
francisation | alexa je pratique mon français la capitale {} s'il vous plaît | de le venezuela=VE; de le colombie=CO; de la équateur=EC | fr-CA
francisation | alexa est-ce que vous pouvez dire la capitale {} | du népal=NP; de la érythrée=ER; du burundi=BI | fr-CA
francisation | alexa comment se dit la capitale de ma pays bangladesh | BD | fr-CA
francisation | alexa la capitale de le cameroun c'est yaoundé | CM | fr-CA
francisation | alexa je ne comprends pas répète lentement | FB | fr-CA
francisation | alexa la capitale de la nigeria | NG | fr-CA
francisation | alexa la capitale de le tchad | TD | fr-CA
francisation | alexa la capitale de les philippines | PH | fr-CA
# --- fr-CA games: a Scrabble night
scrabble-soiree | alexa au scrabble je peux-tu mettre la capitale {} | du togo=TG; du pérou=PE; de cuba=CU | fr-CA
scrabble-soiree | alexa ma belle-soeur veut jouer la capitale {} c'est quoi | de l'irak=IQ; du qatar=QA; du laos=LA | fr-CA
scrabble-soiree | alexa mot compte triple avec la capitale {} | du yémen=YE; de la libye=LY; des fidji=FJ | fr-CA
scrabble-soiree | alexa c'est-tu un mot valide au scrabble | FB | fr-CA
scrabble-soiree | alexa la capitale de oman c'est mascate | OM | fr-CA
scrabble-soiree | alexa la capitale du mali pour un mot de six lettres | ML | fr-CA
scrabble-soiree | alexa la capitale de la corée du sud séoul ça compte-tu | KR | fr-CA
scrabble-soiree | alexa la capitale de l'ouganda | UG | fr-CA
# --- home: a snow day off school
tempete-neige | alexa l'école est fermée à cause de la tempête dis-moi la capitale {} | de la russie=RU; de la mongolie=MN; du kazakhstan=KZ | fr-CA
tempete-neige | alexa on est pris dans la neige la capitale {} | de la finlande=FI; de l'islande=IS; du groenland=GL | fr-CA
tempete-neige | alexa pendant qu'on pellette la capitale {} | de la norvège=NO; de la suède=SE; de l'estonie=EE | fr-CA
tempete-neige | alexa les écoles sont-tu fermées demain | FB | fr-CA
tempete-neige | alexa combien de centimètres de neige à laval | FB | fr-CA
tempete-neige | alexa la capitale la plus froide du monde | FB | fr-CA
tempete-neige | alexa les enfants veulent la capitale du nunavut | CA-NU | fr-CA
tempete-neige | alexa la capitale du yukon whitehorse c'est ça | CA-YT | fr-CA
tempete-neige | alexa la capitale de la corée du nord y fait-tu froid là-bas | KP | fr-CA
# --- home: a road trip to Maine
road-trip-maine | alexa dans le char en route vers old orchard la capitale {} | du new hampshire=US-NH; du vermont=US-VT; du rhode island=US-RI | fr-CA
road-trip-maine | alexa les enfants en arrière demandent la capitale {} | du connecticut=US-CT; de la floride=US-FL; de la californie=US-CA | fr-CA
road-trip-maine | alexa on traverse les lignes c'est quoi la capitale {} | des états-unis=US; de l'état de new york=US-NY; du delaware=US-DE | fr-CA
road-trip-maine | alexa c'est-tu augusta la capitale du maine | US-ME | fr-CA
road-trip-maine | alexa combien de temps avant d'arriver à la plage | FB | fr-CA
road-trip-maine | alexa y a-tu un tim hortons proche | FB | fr-CA
road-trip-maine | alexa la capitale du texas pour passer le temps | US-TX | fr-CA
road-trip-maine | alexa la capitale d'hawaï | US-HI | fr-CA
road-trip-maine | alexa la capitale de la géorgie aux states | US-GA | fr-CA
# --- home: Halloween night
halloween | alexa en donnant des bonbons la capitale {} | de la roumanie la transylvanie=RO; de la hongrie=HU; de la serbie=RS | fr-CA
halloween | alexa mon fils déguisé en pirate veut la capitale {} | de la jamaïque=JM; des bahamas=BS; de haïti=HT | fr-CA
halloween | alexa ma fille en momie demande la capitale {} | de l'égypte=EG; du soudan=SD; du pérou=PE | fr-CA
halloween | alexa fais un bruit de fantôme | FB | fr-CA
halloween | alexa la capitale de la transylvanie | FB | fr-CA
halloween | alexa c'est quoi la capitale du mexique pour le jour des morts | MX | fr-CA
halloween | alexa la capitale de l'irlande où l'halloween a commencé | IE | fr-CA
halloween | alexa joue thriller | FB | fr-CA
# --- more shared: help, stop, cancel, launch
help | alexa hé bé je sais pas comment on lui parle à capitales du monde | HELP
help | alexa les enfants comprennent pas le jeu explique-leur | HELP
help | alexa qu'est-ce qu'il faut dire pour avoir une capitale | HELP
help | alexa je suis nouvelle sur capitales du monde comment ça se passe | HELP
help | alexa tu peux me dire ce que je peux demander à capitales du monde | HELP
help | alexa oh fada j'y comprends rien à ton truc | HELP
help | alexa mamie veut savoir comment on joue | HELP
help | alexa c'est quoi les commandes de capitales du monde | HELP
help | alexa demande de l'aide à capitales du monde | HELP
help | alexa je sais pas bien parler français aide moi pour le jeu | HELP
help | alexa wesh comment ça marche ton application | HELP
help | alexa comment je fais pour demander une capitale | HELP
help | alexa coudonc comment ça marche ton jeu de capitales | HELP | fr-CA
help | alexa mononcle sait pas comment jouer explique | HELP | fr-CA
help | alexa j'ai besoin d'un coup de main avec capitales du monde | HELP | fr-CA
help | alexa c'est quoi les affaires que je peux demander | HELP | fr-CA
help | alexa kwe comment ça fonctionne | HELP | fr-CA
help | alexa donne-moi un exemple de question à poser | HELP | fr-CA
help | alexa je suis perdu dans ton jeu là | HELP | fr-CA
stop | alexa bon ben on arrête pour ce soir | STOP
stop | alexa c'est fini pour aujourd'hui ferme le jeu | STOP
stop | alexa le bébé dort arrête-toi | STOP
stop | alexa zou on arrête | STOP
stop | alexa j'en ai assez des capitales stop | STOP
stop | alexa ferme l'application des capitales | STOP
stop | alexa arrête le quiz on passe à table | STOP
stop | alexa on arrête de jouer merci alexa | STOP
stop | alexa quitte le jeu s'il te plaît | STOP
stop | alexa adishatz on a fini | STOP
stop | alexa terminé | STOP
stop | alexa arrête capitales du monde maintenant | STOP
stop | alexa c'est beau on arrête là | STOP | fr-CA
stop | alexa ok c'est fini la game | STOP | fr-CA
stop | alexa ferme ça capitales du monde | STOP | fr-CA
stop | alexa on a assez joué bonne soirée | STOP | fr-CA
stop | alexa arrête ton jeu les enfants vont se coucher | STOP | fr-CA
stop | alexa wela'lin on arrête | STOP | fr-CA
stop | alexa c'est terminé ferme | STOP | fr-CA
stop | alexa sors du jeu des capitales | STOP | fr-CA
cancel | alexa non c'est pas ça annule | CANCEL
cancel | alexa attends annule ma question | CANCEL
cancel | alexa laisse tomber la capitale | CANCEL
cancel | alexa oh con annule | CANCEL
cancel | alexa je voulais pas dire ça annule | CANCEL
cancel | alexa non non oublie cette question | CANCEL
cancel | alexa annule s'il te plaît | CANCEL
cancel | alexa en fait non laisse tomber | CANCEL
cancel | alexa c'est bon annule la demande | CANCEL
cancel | alexa annule je me suis trompée de pays | CANCEL
cancel | alexa non pas ça oublie | CANCEL
cancel | alexa annule ce que je viens de demander | CANCEL
cancel | alexa laisse faire ma question | CANCEL | fr-CA
cancel | alexa oublie la dernière question | CANCEL | fr-CA
cancel | alexa non laisse faire je me suis trompé | CANCEL | fr-CA
cancel | alexa annule ça tout de suite | CANCEL | fr-CA
cancel | alexa coudonc annule | CANCEL | fr-CA
cancel | alexa laisse donc faire | CANCEL | fr-CA
cancel | alexa annule j'ai changé d'idée | CANCEL | fr-CA
cancel | alexa non c'est pas ce que je voulais annule | CANCEL | fr-CA
launch | alexa ouvre capitales du monde pour le quiz du bar | LAUNCH
launch | alexa lance capitales du monde on révise le brevet | LAUNCH
launch | alexa adishatz ouvre capitales du monde | LAUNCH
launch | alexa zou lance capitales du monde | LAUNCH
launch | alexa mets-nous capitales du monde pour l'apéro | LAUNCH
launch | alexa tonton veut jouer à capitales du monde | LAUNCH
launch | alexa ouvre le jeu des capitales du monde | LAUNCH
launch | alexa démarre le jeu capitales du monde s'il te plaît | LAUNCH
launch | alexa on lance capitales du monde les enfants | LAUNCH
launch | alexa tu peux ouvrir capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde pour réviser le concours | LAUNCH
launch | alexa je voudrais lancer capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde doucement le bébé dort | LAUNCH
launch | alexa ouvre capitales du monde pour mamie | LAUNCH
launch | alexa part-moi capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour mon devoir | LAUNCH | fr-CA
launch | alexa kwe ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa on joue-tu à capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour les enfants dans le char | LAUNCH | fr-CA
launch | alexa démarre capitales du monde on est pris dans la tempête | LAUNCH | fr-CA
launch | alexa fais partir le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour l'activité des résidents | LAUNCH | fr-CA
launch | alexa lance-moi donc capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde asere | LAUNCH | fr-CA
launch | alexa embarque capitales du monde pour le cours de francisation | LAUNCH | fr-CA
# --- more shared: official-name, shared-name, self-correction, reverse-question, everyday-name
official-name | alexa dis-moi la capitale {} au complet | de la république socialiste du viêt nam=VN; de la république arabe syrienne=SY; du royaume de thaïlande=TH
official-name | alexa c'est quoi la capitale officielle {} | de la république de l'inde=IN; de la république fédérative du brésil=BR; de l'état d'israël=IL
official-name | alexa pour le dossier la capitale {} | du royaume d'arabie saoudite=SA; de la république islamique du pakistan=PK; du royaume du maroc=MA
official-name | alexa la capitale {} pour ma fiche | de la république fédérale du nigeria=NG; de la république unie de tanzanie=TZ; de la république sud-africaine=ZA | fr-CA
official-name | alexa la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
official-name | alexa la capitale de la république populaire démocratique de corée la corée du nord | KP
official-name | alexa la capitale de la république de corée pas celle du nord | KR | fr-CA
official-name | alexa la capitale de la république démocratique du congo l'ancien zaïre | CD | fr-CA
official-name | alexa la capitale de la république du congo celle de brazzaville | CG
official-name | alexa la capitale de l'état de palestine | PS | fr-CA
official-name | alexa la capitale de la république de côte d'ivoire | CI
official-name | alexa la capitale du royaume d'eswatini | SZ | fr-CA
official-name | alexa la capitale de la république de l'union du myanmar | MM
official-name | alexa la capitale des états fédérés de micronésie | FM
official-name | alexa la capitale de la république des îles marshall | MH | fr-CA
official-name | alexa la capitale de la république de nauru | NR
official-name | alexa la capitale de la république démocratique socialiste du sri lanka | LK
official-name | alexa la capitale du commonwealth d'australie | AU | fr-CA
shared-name | alexa les capitales de la corée du nord et de la corée du sud | KP+KR
shared-name | alexa c'est quoi les capitales des congo les deux | CD+CG
shared-name | alexa la capitale du congo je sais pas lequel | CD+CG | fr-CA
shared-name | alexa la corée c'est quoi sa capitale | KP+KR | fr-CA
shared-name | alexa c'est quoi la capitale de la géorgie l'état américain | US-GA
shared-name | alexa la capitale de la géorgie à côté de l'arménie | GE | fr-CA
shared-name | alexa la capitale de la guinée à conakry | GN
shared-name | alexa la capitale de la virginie | US-VA | fr-CA
shared-name | alexa la capitale de la virginie-occidentale | US-WV | fr-CA
shared-name | alexa la capitale de la dominique pas la république dominicaine | DM
shared-name | alexa la capitale du niger pas le nigeria | NE
shared-name | alexa la capitale de la macédoine la grecque | FB
shared-name | alexa la capitale de la guyane la française | GF
shared-name | alexa la capitale de la guyane l'anglaise | GY | fr-CA
shared-name | alexa la capitale du samoa pas les samoa américaines | WS
shared-name | alexa la capitale de mexico l'état | MX-MEX
self-correction | alexa la capitale de la suisse euh non de la suède | SE
self-correction | alexa la capitale de la slovaquie non pardon de la slovénie | SI
self-correction | alexa la capitale de l'autriche je voulais dire l'allemagne | DE
self-correction | alexa la capitale du cameroun non du congo brazzaville | CG
self-correction | alexa la capitale de la corée du nord non la corée du sud pardon | KR
self-correction | alexa la capitale du congo kinshasa euh non brazzaville je veux dire le pays | CG
self-correction | alexa la capitale de la jordanie non de la palestine | PS | fr-CA
self-correction | alexa la capitale de la zambie non de la zimbabwe | ZW | fr-CA
self-correction | alexa c'est quoi la capitale de l'inde euh l'indonésie | ID | fr-CA
self-correction | alexa la capitale du niger attends non du nigeria | NG | fr-CA
self-correction | alexa la capitale de la république dominicaine non de la dominique l'île | DM | fr-CA
self-correction | alexa la capitale du chili non pardon la chine | CN
self-correction | alexa la capitale du soudan euh soudan du sud | SS
self-correction | alexa la capitale de la bolivie les deux non juste une la paz | BO
reverse-question | alexa {} c'est la capitale de quel pays déjà | palikir=CITY:Palikir; majuro=CITY:Majuro; yaren=CITY:Yaren
reverse-question | alexa dans quel pays on trouve la capitale {} | séoul=CITY:Séoul; ramallah=CITY:Ramallah; pyongyang=CITY:Pyongyang | fr-CA
reverse-question | alexa de quoi {} est la capitale | tachkent=CITY:Tachkent; bakou=CITY:Bakou; tbilissi=CITY:Tbilissi
reverse-question | alexa windhoek c'est la capitale de quel pays | CITY:Windhoek
reverse-question | alexa kinshasa est la capitale de quel pays | CITY:Kinshasa
reverse-question | alexa brazzaville c'est la capitale de quoi | CITY:Brazzaville | fr-CA
reverse-question | alexa yamoussoukro c'est quel pays | CITY:Yamoussoukro
reverse-question | alexa victoria c'est la capitale de quoi | CITY:Victoria | fr-CA
reverse-question | alexa canberra capitale de quel pays | CITY:Canberra
reverse-question | alexa regina c'est la capitale de quelle province | CITY:Regina | fr-CA
everyday-name | alexa la capitale de la grande-bretagne | GB
everyday-name | alexa la capitale de la biélo | BY | fr-CA
everyday-name | alexa la capitale du congo belge | CD
everyday-name | alexa la capitale des pays-bas la hollande quoi | NL
everyday-name | alexa la capitale de formose | TW
everyday-name | alexa la capitale des us | US | fr-CA
everyday-name | alexa la capitale de la nouvelle-guinée | PG
everyday-name | alexa la capitale de la centrafrique | CF | fr-CA
everyday-name | alexa la capitale du kampuchéa | KH
# --- more shared: out-of-domain
out-of-domain | alexa c'est quoi la capitale du rugby | FB
out-of-domain | alexa quelle est la ville la plus peuplée de chine | FB
out-of-domain | alexa combien d'habitants à la paz | FB
out-of-domain | alexa c'est quoi la superficie de la russie | FB
out-of-domain | alexa quel est le plus long fleuve d'afrique | FB
out-of-domain | alexa quelle est la capitale de l'amérique du nord | FB
out-of-domain | alexa la capitale de l'antarctique y en a une | FB
out-of-domain | alexa quelle est la capitale de la mode | FB
out-of-domain | alexa joue la marseillaise | FB
out-of-domain | alexa combien de fuseaux horaires aux états-unis | FB
out-of-domain | alexa c'est quoi le pays le plus petit du monde | FB
out-of-domain | alexa mets un réveil pour demain sept heures | FB
out-of-domain | alexa quelle est la date de la fête nationale en belgique | FB
out-of-domain | alexa épelle kuala lumpur | FB
out-of-domain | alexa qui a fondé rome | FB
out-of-domain | alexa c'est quoi la capitale de l'empire romain | FB
out-of-domain | alexa la capitale de l'atlantide | FB
out-of-domain | alexa combien de temps de vol pour dakar | FB
out-of-domain | alexa quel temps fait-il à hyères | FB
out-of-domain | alexa c'est quoi la capitale du gruyère | FB
out-of-domain | alexa la distance entre montréal pis québec | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la poutine | FB | fr-CA
out-of-domain | alexa y a combien de provinces au canada | FB | fr-CA
out-of-domain | alexa quelle heure il est à paris | FB | fr-CA
out-of-domain | alexa mets la radio de radio-canada | FB | fr-CA
out-of-domain | alexa le prix de l'essence aujourd'hui | FB | fr-CA
out-of-domain | alexa c'est quoi le drapeau du nouveau-brunswick | FB | fr-CA
out-of-domain | alexa combien de lacs au québec | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la galaxie | FB | fr-CA
out-of-domain | alexa rappelle-moi de sortir le bac de recyclage | FB | fr-CA
out-of-domain | alexa quelle est la capitale de l'ouest canadien | FB | fr-CA
out-of-domain | alexa qui a gagné la coupe stanley en quatre-vingt-treize | FB | fr-CA
# --- more own-family lines (fr-FR)
bigourdans | alexa hé bé un pèlerin du gabon demande sa capitale | GA
bigourdans | alexa à la fête du cochon le voisin demande la capitale du chili | CL
bigourdans | alexa un groupe de pèlerins du congo kinshasa c'est quoi leur capitale | CD
bigourdans | alexa un pèlerin de brazzaville il vient de quel pays | CITY:Brazzaville
bigourdans | alexa les pèlerins viennent {} c'est quoi la capitale là-bas | de palestine=PS; du liban=LB; de corée du sud=KR
varois | alexa oh fada le navire revient {} c'est quoi la capitale | de djibouti=DJ; du sénégal=SN; de la côte d'ivoire=CI
varois | alexa sur le marché du cours lafayette la capitale du cambodge | KH
varois | alexa oh con la capitale du bangladesh c'est dacca | BD
varois | alexa au mont faron la capitale du portugal | PT
blesois | alexa au château de blois on parle de la capitale {} pour les touristes | de la corée du nord=KP; du congo=CD+CG; des pays-bas=NL
blesois | alexa la capitale de l'écosse pour les anglais de la loire à vélo | GB-SCT
blesois | alexa la capitale de l'irlande du nord | GB-NIR
blesois | alexa un car de touristes de singapour c'est quoi la capitale | SG
seine-et-marnais | alexa dans le rer e un mec parle de la capitale {} | de l'afrique du sud=ZA; de la malaisie=MY; de la bolivie=BO
seine-et-marnais | alexa wesh la capitale du congo brazza | CG
seine-et-marnais | alexa à disney un gamin coréen demande la capitale de la corée du nord | KP
seine-et-marnais | alexa à meaux c'est quoi la capitale de la palestine | PS
franco-beninois | alexa tonton dit que porto-novo c'est pas la vraie capitale du bénin | BJ
franco-beninois | alexa ça dit quoi la capitale de la sierra leone | SL
franco-beninois | alexa ma tata demande la capitale du tchad | TD
franco-beninois | alexa la capitale de la guinée-bissau | GW
franco-kurdes | alexa xalo dit que la capitale de l'iran c'est téhéran c'est ça | IR
franco-kurdes | alexa la capitale du liban pour ma tante | LB
franco-kurdes | alexa bijî la capitale de la jordanie | JO
franco-kurdes | alexa la capitale du yémen c'est sanaa | YE
franco-kurdes | alexa la capitale de l'afghanistan | AF
apprenante-islandaise | alexa takk et le capitale de la estonie | EE
apprenante-islandaise | alexa les enfants de la famille demande le capitale de le mali | ML
apprenante-islandaise | alexa je suis de islande quel est le capitale de les états fédérés de micronésie | FM
apprenti-nepalais | alexa le capitale de le iran | IR
apprenti-nepalais | alexa dai il dit capitale de le corée du sud c'est séoul | KR
apprenti-nepalais | alexa patron il demande capitale de les îles marshall | MH
apprenti-nepalais | alexa namaste capitale de la afghanistan c'est kaboul | AF
infirmiere-bulgare | alexa da le patient demande la capitale de le nauru | NR
infirmiere-bulgare | alexa la capitale de la albanie | AL
infirmiere-bulgare | alexa blagodarya la capitale de la bosnie c'est sarajevo | BA
infirmiere-bulgare | alexa ma collègue demande la capitale de le palestine | PS
# --- more own-family lines (fr-FR situations)
facteur | alexa un colis pour {} faut que je vérifie la capitale | la corée du sud=KR; la palestine=PS; la rdc=CD
facteur | alexa une lettre de pyongyang c'est la capitale de quel pays | CITY:Pyongyang
facteur | alexa le colis vient du congo brazzaville c'est quoi sa capitale | CG
ambulancier | alexa mon binôme dit que la capitale de la corée du nord c'est séoul | KP
ambulancier | alexa la capitale du guyana pour le patient | GY
ambulancier | alexa à cinq heures du matin la capitale de la mauritanie | MR
ambulancier | alexa la capitale de djibouti | DJ
vendanges | alexa un vendangeur du congo kinshasa veut la capitale de son pays | CD
vendanges | alexa la capitale de la palestine pour le gars du rang d'à côté | PS
vendanges | alexa le propriétaire exporte en corée du sud c'est quoi la capitale | KR
conductrice-ter | alexa un voyageur demande la capitale des états fédérés de micronésie | FM
conductrice-ter | alexa pendant l'arrêt à lourdes la capitale du paraguay | PY
conductrice-ter | alexa la capitale de l'équateur pour mon collègue | EC
revisions-brevet | alexa pour la carte de l'asie c'est quoi la capitale de la corée du nord | KP
revisions-brevet | alexa la capitale de la rdc pour le brevet | CD
revisions-brevet | alexa j'ai oublié la capitale de la république du congo | CG
crpe | alexa pour mes élèves de cm un la capitale de la palestine | PS
crpe | alexa la capitale de la corée du sud pour la séance | KR
crpe | alexa quelle est la capitale de l'ukraine kiev ou kyiv | UA
crpe | alexa la capitale de l'eswatini pour le qcm | SZ
bts-tourisme | alexa le client veut aller aux îles marshall la capitale c'est quoi | MH
bts-tourisme | alexa pour la fiche destination la capitale de nauru | NR
bts-tourisme | alexa la capitale de la micronésie pour un client plongeur | FM
bts-tourisme | alexa la capitale de la république dominicaine pour punta cana | DO
pub-quiz | alexa question piège c'est quoi la capitale {} | de la bolivie=BO; de la côte d'ivoire=CI; du bénin=BJ
pub-quiz | alexa l'animateur demande la capitale de la corée du sud | KR
pub-quiz | alexa c'est quoi la capitale du congo brazzaville pour le quiz | CG
pub-quiz | alexa la capitale du tadjikistan question subsidiaire | TJ
pub-quiz | alexa qui a gagné le quiz la semaine dernière | FB
jeux-questions | alexa au trivial la capitale de la palestine | PS
jeux-questions | alexa la carte jaune du trivial demande la capitale de la rdc | CD
jeux-questions | alexa au millionnaire la capitale de la corée du nord pour cent mille euros | KP
jeux-questions | alexa pour le trivial les capitales de l'eswatini | SZ
jeux-questions | alexa je joue l'appel à un ami les deux capitales du sri lanka | LK
apero | alexa les copines veulent la capitale du congo brazzaville | CG
apero | alexa mon pote dit que la capitale de la malaisie c'est plus kuala lumpur | MY
apero | alexa la capitale de la nouvelle-zélande c'est auckland | NZ
apero | alexa les chips sont finies mets-nous de la musique | FB
biberon-nuit | alexa chut la capitale de la corée du sud | KR
biberon-nuit | alexa doucement les capitales de l'afrique du sud | ZA
biberon-nuit | alexa tout bas la capitale de l'eswatini | SZ
biberon-nuit | alexa rappelle-moi le prochain biberon dans trois heures | FB
camping-car | alexa on passe au kosovo c'est quoi la capitale | XK
camping-car | alexa la capitale de la bulgarie on arrive demain | BG
camping-car | alexa c'est quoi la capitale de la hongrie pour se garer | HU
camping-car | alexa la capitale de la grèce ça sera la fin du voyage | GR
# --- more own-family lines (fr-CA)
rosemontois | alexa coudonc les capitales {} | de la bolivie=BO; de l'afrique du sud=ZA; de la malaisie=MY | fr-CA
rosemontois | alexa mon chum gage que la capitale de la corée du sud c'est séoul | KR | fr-CA
rosemontois | alexa au marché jean-talon le fromager vient du congo brazzaville c'est quoi la capitale | CG | fr-CA
rosemontois | alexa la capitale de la palestine coudonc | PS | fr-CA
lachinois | alexa un avion part pour {} c'est quoi la capitale | la corée du sud=KR; la rdc=CD; le sri lanka=LK | fr-CA
lachinois | alexa tsé la capitale de la corée du nord | KP | fr-CA
lachinois | alexa la capitale de la palestine tsé ramallah | PS | fr-CA
lachinois | alexa au musée de lachine on parle de la capitale du congo kinshasa | CD | fr-CA
migmaq | alexa kwe c'est quoi la capitale de la saskatchewan | CA-SK | fr-CA
migmaq | alexa la capitale de la corée du sud pour mon neveu | KR | fr-CA
migmaq | alexa wela'lin la capitale des pays-bas les deux | NL | fr-CA
migmaq | alexa la capitale de la palestine | PS | fr-CA
cubains-villeray | alexa asere les capitales de la bolivie | BO | fr-CA
cubains-villeray | alexa la capitale du salvador chico | SV | fr-CA
cubains-villeray | alexa qué bola la capitale du nicaragua | NI | fr-CA
cubains-villeray | alexa mi abuela veut la capitale du congo brazzaville | CG | fr-CA
moldaves-cdn | alexa mersi la capitale de la corée du nord | KP | fr-CA
moldaves-cdn | alexa la capitale de la république démocratique du congo pour ma voisine | CD | fr-CA
moldaves-cdn | alexa buna les capitales de l'afrique du sud | ZA | fr-CA
moldaves-cdn | alexa la capitale de la slovénie | SI | fr-CA
moldaves-cdn | alexa la capitale de l'ouzbékistan da | UZ | fr-CA
camionneur | alexa je m'en vas en {} c'est quoi la capitale | caroline du sud=US-SC; géorgie aux états-unis=US-GA; alabama=US-AL | fr-CA
camionneur | alexa la capitale de l'ohio columbus ou cleveland | US-OH | fr-CA
camionneur | alexa la capitale du minnesota | US-MN | fr-CA
camionneur | alexa la capitale de l'arizona | US-AZ | fr-CA
camionneur | alexa mets du country | FB | fr-CA
preposee-chsld | alexa madame roy veut savoir la capitale de la corée du sud où son petit-fils enseigne | KR | fr-CA
preposee-chsld | alexa la capitale de la palestine pour monsieur haddad | PS | fr-CA
preposee-chsld | alexa la capitale de l'inde pour le bingo géographie | IN | fr-CA
preposee-chsld | alexa la capitale de l'espagne madrid c'est ça | ES | fr-CA
planteur-arbres | alexa un planteur vient du congo kinshasa sa capitale c'est quoi | CD | fr-CA
planteur-arbres | alexa la capitale de la malaisie pour la forêt tropicale | MY | fr-CA
planteur-arbres | alexa la capitale du chili | CL | fr-CA
planteur-arbres | alexa les capitales des pays-bas | NL | fr-CA
cinquieme-annee | alexa la capitale de la corée du nord pour la carte | KP | fr-CA
cinquieme-annee | alexa la capitale du congo brazzaville pour mon exposé | CG | fr-CA
cinquieme-annee | alexa la capitale de la france c'est paris hein | FR | fr-CA
cinquieme-annee | alexa la capitale de l'australie c'est-tu sydney | AU | fr-CA
francisation | alexa la capitale de la corée de le sud | KR | fr-CA
francisation | alexa la capitale de le congo kinshasa | CD | fr-CA
francisation | alexa la capitale de le palestine | PS | fr-CA
francisation | alexa ma pays c'est le sri lanka les capitales | LK | fr-CA
scrabble-soiree | alexa la capitale de la corée du nord pyongyang ça s'écrit comment | KP | fr-CA
scrabble-soiree | alexa la capitale de la malaisie pour le scrabble | MY | fr-CA
scrabble-soiree | alexa la capitale du bénin ça marche-tu | BJ | fr-CA
scrabble-soiree | alexa la capitale de la lettonie riga quatre lettres | LV | fr-CA
scrabble-soiree | alexa compte les points | FB | fr-CA
tempete-neige | alexa la capitale de la corée du sud y neige-tu là-bas | KR | fr-CA
tempete-neige | alexa la capitale de la saskatchewan | CA-SK | fr-CA
tempete-neige | alexa la capitale du manitoba pour les enfants | CA-MB | fr-CA
road-trip-maine | alexa la capitale du kentucky | US-KY | fr-CA
road-trip-maine | alexa les enfants veulent la capitale du montana | US-MT | fr-CA
road-trip-maine | alexa la capitale du colorado | US-CO | fr-CA
halloween | alexa la capitale de la corée du nord déguisé en astronaute | KP | fr-CA
halloween | alexa la capitale du congo kinshasa pour le petit voisin | CD | fr-CA
halloween | alexa la capitale de la palestine pour la petite déguisée en chat | PS | fr-CA
halloween | alexa la capitale de la bolivie les deux | BO | fr-CA
# --- more cancel and out-of-domain
cancel | alexa hé bé annule ça | CANCEL
cancel | alexa zou annule la question | CANCEL
cancel | alexa wesh annule | CANCEL
cancel | alexa non tonton annule | CANCEL
cancel | alexa annule la capitale que j'ai demandée | CANCEL
cancel | alexa ah non pas ce pays-là annule | CANCEL
cancel | alexa annule ma dernière demande s'il te plaît | CANCEL
cancel | alexa laisse tomber on verra plus tard | CANCEL
cancel | alexa tsé quoi laisse faire | CANCEL | fr-CA
cancel | alexa annule ça asere | CANCEL | fr-CA
cancel | alexa non non annule la question de mon fils | CANCEL | fr-CA
cancel | alexa laisse faire la capitale | CANCEL | fr-CA
out-of-domain | alexa combien de pèlerins viennent à lourdes chaque année | FB
out-of-domain | alexa c'est quoi la recette de la garbure | FB
out-of-domain | alexa quelle heure est-il à cotonou | FB
out-of-domain | alexa combien de kilomètres de toulon à nice | FB
out-of-domain | alexa c'est quoi la capitale des gaules | FB
out-of-domain | alexa le château de chambord a combien de pièces | FB
out-of-domain | alexa quel temps à évry demain matin | FB
out-of-domain | alexa c'est quoi la langue officielle du bénin | FB
out-of-domain | alexa quelle est la monnaie de la bulgarie | FB
out-of-domain | alexa combien de départements en france | FB
out-of-domain | alexa c'est quoi la capitale de la bière | FB
out-of-domain | alexa dis-moi les actualités | FB
out-of-domain | alexa c'est quoi le drapeau de la moldavie | FB | fr-CA
out-of-domain | alexa combien d'habitants à la havane | FB | fr-CA
out-of-domain | alexa quelle est la langue du groenland | FB | fr-CA
out-of-domain | alexa c'est quand l'halloween cette année | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du hockey | FB | fr-CA
out-of-domain | alexa monte le chauffage | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la francophonie | FB | fr-CA
out-of-domain | alexa combien coûte un billet pour cuba | FB | fr-CA
"""

if __name__ == "__main__":
    build_round(56, "fr", LINES, sys.argv, "tests/Eval/fr/round56/source/build_corpus.py")
