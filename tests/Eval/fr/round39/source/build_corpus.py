"""Round 39, French (fr-FR, fr-CA): a new author's own mix, written blind at the end of the fortieth session (brief
WRITER46.md), about two fifths of the lines fr-CA. Speakers and situations chosen apart from rounds 35-38 (no Marseille,
Brittany, Alsace, Basque Country, Réunion, Acadie, Gaspésie, Saguenay or Abitibi this time).
fr-FR devices: Lyonnais of the Croix-Rousse ("le gone", "quelle affaire", "j'y dis", the bouchons, the Fête des lumières,
Fourvière, the OL), Ch'tis of Lille, Roubaix and Lens ("biloute", "min fieu", "ch'est", "mi", "mémère", the estaminet,
the Braderie, Bollaert, the Rekkem customs), Toulousains ("con" as a comma, "peuchère", the chocolatine, Airbus, the
Stade), Corsicans of Bastia and Ajaccio ("o ma", "aiò", the pinzutu, the Livorno ferry), Niçois ("adieu" as hello,
"pitchoun", the Promenade, the cours Saleya), Lorrains of Metz and Nancy (Luxembourg frontaliers, "hein dis", "schlass",
the Mirabelle festival), banlieue teenagers ("wesh", "frérot", "askip", "zarma", "la hess", "reuf", "starfoullah",
TikTok, the géo test), Senegalese, Congolese, Ivorian, Cameroonian and Tunisian families ("nanga def", "mbote ndeko",
"on dit quoi", "c'est comment ... même", "ya khouya", "barcha", Château-Rouge, the tontine, the foyer, the bled);
learners (a Portuguese concierge "ó ... pois", a Polish au pair, a Chinese student in Lyon, a Romanian builder "haide",
a Brazilian "tudo bem", a Ukrainian refugee, an English speaker "de le canada", a Polish "stolica", a Spaniard, an
Italian); at work (a Roissy taxi, a Chamonix ski instructor, a hairdresser, Rungis, radiology, the port of Sète, a UPS
driver, the PMU, a florist, Emmaüs, a cruise crew, the CROUS, a Louvre guide, a building site, an air-traffic
controller, grape pickers, a FLE teacher, a Provence market, a flight attendant, a pizzeria, a night outreach team);
games (Trivial Pursuit, GeoGuessr, Eurovision night, the Panini album, Pictionary, the Tour de France, a bar quiz,
granny's quiz, "tu te mets combien", the village loto, the Jeu des mille euros, an escape game, an anthem blind test);
children (Inès aged eight, the maîtresse, a CM2 exposé, a world puzzle) and elders (a retired gendarme, a knitting
grandmother, a railwayman's widow, a former sailor, Erasmus grandchildren). fr-CA devices: Québec City (the Carnaval,
the Lévis ferry, the Vieux, the Festival d'été), Beaucerons ("coudonc", "gage-toi", the Saint-Georges plant, the cabane
à sucre), the Mauricie (the Grand Prix, the paper mill, "ben voyons donc"), Franco-Ontarians of Sudbury, Hearst and
Vanier ("anyway", "mets que", "asteure", "full", the mine, the sawmill), Franco-Manitobans of Saint-Boniface (the
Festival du Voyageur, a Métis grandmother), the Côte-Nord (Innu "kuei", the Sept-Îles ore port, the Baie-Comeau
smelter, an outfitter), Montréal teenagers and code-switchers ("genre", "yo checke", "chu", "pis", "c'est malade",
"so", "ostie", "y a-tu", "c'tu moi"), newcomers (Moroccan "wallah khoya", Chilean "oye po", Mexican farm workers
"órale güey", a Filipina nanny, a French expat, a Syrian "habibti", a Haitian, an Afghan neighbour); at work (a trucker
on the 20, Tim Hortons, an STM driver, Desjardins, a building site, a CHSLD, a cégep teacher, a crossing guard, a
logging camp, a hunting camp, the Dorval duty free, snow removal, the CHUM, a bush pilot); games (Génies en herbe, the
cabane quiz, the Canadiens game, Le Banquier, the Tuesday pub trivia, board games at matante's, a cégep quiz, hangman);
children (sciences humaines, "j'ai sept ans", Sunday school) and elders ("mononcle", "matante", "bonyenne", "dans le
temps des Fêtes", a missionary mother, a father at war). Families per speaker group, and the shared families
(follow-up, plural-capitals, subdivision, out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction,
reverse-question, official-name, everyday-name, shared-name). Lines of rounds 1-38 are dropped (build_round with round
39's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Lyonnais (gones of the Croix-Rousse, the bouchons, Fourvière, the OL at Décines)
lyon | alexa dis voir le gone il me demande la capitale {} et j'ai pas la réponse | du pérou=PE; de l'uruguay=UY; du paraguay=PY
lyon | alexa au bouchon y a une tablée {} qui demande c'est quoi leur capitale | de norvégiens=NO; de suédois=SE; de coréens du sud=KR
lyon | alexa l'ol a recruté un gars {} c'est quoi la capitale de son pays | brésilien=BR; argentin=AR; ghanéen=GH
lyon | alexa quelle affaire je me souviens plus de la capitale {} | de la bolivie enfin la principale=BO; du chili=CL; de l'équateur=EC
lyon | alexa à la fête des lumières y avait des touristes {} c'est quoi la capitale de chez eux | taïwanais=TW; thaïlandais=TH; vietnamiens=VN
lyon | alexa mon voisin de la croix-rousse part en vacances {} il veut savoir la capitale | au kirghizstan=KG; au tadjikistan=TJ; en ouzbékistan=UZ
lyon | alexa j'y dis quoi moi au petit il veut la capitale {} | du népal=NP; du bhoutan=BT; du bangladesh=BD
lyon | alexa en montant à fourvière y a des pèlerins {} ils cherchent leur capitale | polonais=PL; croates=HR; slovènes=SI
# --- fr-FR: Ch'tis of Lille, Roubaix and Lens
chti | alexa dis don biloute ch'est quoi la capitale {} | d'la belgique=BE; du luxembourg=LU; des pays-bas la vraie=NL
chti | alexa hein min fieu à l'estaminet on se dispute la capitale {} tu peux dire | de l'irlande du nord=GB-NIR; du danemark=DK; de la lituanie=LT
chti | alexa à la braderie j'ai vendu un vieux globe à un monsieur {} ch'est quoi sa capitale | roumain=RO; bulgare=BG; moldave=MD
chti | alexa au stade bollaert y avait un joueur {} c'est quoi la capitale là-bas | malien=ML; ivoirien=CI; burkinabé=BF
chti | alexa mi j'sais pus la capitale {} tu m'aides | de la biélorussie=BY; de l'ukraine=UA; de la russie=RU
chti | alexa ma mémère elle dit que la capitale {} ch'est bien ça que c'est | de la serbie=RS; du kosovo=XK; de la macédoine du nord=MK
chti | alexa le routier qui passe à la douane de rekkem il vient {} quelle est la capitale | de lettonie=LV; d'estonie=EE; de slovaquie=SK
# --- fr-FR: Toulousains (Airbus, the Stade toulousain, the chocolatine, "con" as a comma)
toulouse | alexa con c'est quoi la capitale {} je suis bloqué au mots fléchés | des fidji=FJ; des tonga=TO; des samoa=WS
toulouse | alexa à airbus on livre un avion à une compagnie {} c'est quoi leur capitale | qatarie=QA; émiratie=AE; omanaise=OM
toulouse | alexa peuchère le petit il a un exposé sur la capitale {} | de l'éthiopie=ET; de l'érythrée=ER; de djibouti=DJ
toulouse | alexa au stade on joue contre une équipe {} c'est quoi la capitale de leur pays | néo-zélandaise=NZ; australienne=AU; sud-africaine=ZA
toulouse | alexa avec une chocolatine dans la main je te demande la capitale {} | du portugal=PT; de l'andorre=AD; de monaco=MC
toulouse | alexa le stagiaire d'airbus il est {} il m'a demandé la capitale de chez lui je sais plus | indien=IN; pakistanais=PK; sri lankais=LK
# --- fr-FR: Corsicans of Bastia and Ajaccio
corse | alexa o ma dis moi la capitale {} | de la sardaigne non de l'italie=IT; de malte=MT; de saint-marin=SM
corse | alexa aiò le pinzutu il sait pas la capitale {} tu lui dis toi | de la grèce=GR; de la croatie=HR; de l'albanie=AL
corse | alexa au port de bastia le ferry il part pour livourne mais la capitale {} c'est rome hein | de l'italie=IT; du vatican=VA
corse | alexa à la chjam'è rispondi de ce soir on doit trouver la capitale {} | du liban=LB; d'israël=IL; de chypre=CY
# --- fr-FR: Niçois
nice | alexa adieu alexa le pitchoun veut savoir la capitale {} | de monaco=MC; de la suisse=CH; du liechtenstein=LI
nice | alexa sur la promenade y a un couple {} qui me demande leur capitale je crois qu'ils rigolent | de norvégiens=NO; d'islandais=IS; de finlandais=FI
nice | alexa au marché du cours saleya la dame elle vient {} c'est quoi la capitale | de russie=RU; d'ukraine=UA; de géorgie le pays=GE
# --- fr-FR: banlieue teenagers (verlan, "wesh", "askip", "zarma", "la hess")
ados | alexa wesh c'est quoi la capitale {} frérot | du maroc=MA; de la tunisie=TN; de l'algérie=DZ
ados | alexa askip la capitale {} c'est une ville de ouf c'est laquelle | de la corée du sud=KR; du japon=JP; de la chine=CN
ados | alexa zarma tu connais la capitale {} vas-y dis | du sénégal=SN; de la guinée=GN; de la côte d'ivoire la vraie=CI
ados | alexa c'est chaud j'ai contrôle de géo demain c'est quoi la capitale {} | du cameroun=CM; du gabon=GA; du tchad=TD
ados | alexa mon reuf il dit que la capitale {} c'est trop loin c'est quoi | de l'australie=AU; de la nouvelle-zélande=NZ; des fidji=FJ
ados | alexa sur tiktok y a un gars qui dit que personne connaît la capitale {} vas-y prouve | du burundi=BI; du rwanda=RW; de l'ouganda=UG
ados | alexa frère la capitale {} c'est quoi j'ai la flemme de chercher | du brésil=BR; de la colombie=CO; du venezuela=VE
ados | alexa t'es sérieux tu sais pas la capitale {} | du mexique=MX; de cuba=CU; de haïti=HT
# --- fr-FR: Senegalese, Congolese, Ivorian, Cameroonian, Tunisian families in France
afrique-fr | alexa nanga def dis moi la capitale {} | de la gambie=GM; de la guinée-bissau=GW; du cap-vert=CV
afrique-fr | alexa mbote alexa ndeko wa ngai il veut savoir la capitale {} | de l'angola=AO; de la zambie=ZM; de la centrafrique=CF
afrique-fr | alexa on dit quoi alexa c'est comment la capitale {} là | du libéria=LR; de la sierra leone=SL; du ghana=GH
afrique-fr | alexa c'est comment la capitale {} même tu connais pas | du togo=TG; du bénin=BJ; du niger=NE
afrique-fr | alexa ya khouya dis moi vite la capitale {} | de la libye=LY; de l'égypte=EG; du soudan=SD
afrique-fr | alexa barcha de gens me demandent la capitale {} c'est quoi | de la mauritanie=MR; du mali=ML; du maroc=MA
afrique-fr | alexa à château-rouge le monsieur du wax il est {} sa capitale c'est quoi | nigérian=NG; congolais de brazza=CG; équato-guinéen=GQ
afrique-fr | alexa ma tante qui tresse les cheveux elle veut la capitale {} | du kenya=KE; de la tanzanie=TZ; du mozambique=MZ
afrique-fr | alexa le cousin du bled il m'appelle pour la capitale {} tu sais toi | du zimbabwe=ZW; du malawi=MW; de la namibie=NA
afrique-fr | alexa la capitale {} c'est quoi on m'a posé la question au foyer | du botswana=BW; du lesotho=LS; de l'eswatini la capitale administrative=SZ
# --- fr-FR: learners (a Portuguese concierge, a Polish au pair, a Chinese student, a Romanian builder, a Brazilian capoeira teacher, a Ukrainian refugee)
apprenants | alexa ó alexa pois la capitale {} c'est quoi s'il vous plaît | du brésil=BR; de l'angola=AO; du mozambique=MZ
apprenants | alexa moi je suis jeune fille au pair je veux savoir capitale {} | de pologne=PL; de lituanie=LT; de la tchéquie=CZ
apprenants | alexa bonjour je suis étudiant chinois à lyon quelle est la capitale {} merci | de mongolie=MN; de corée du nord=KP; de laos=LA
apprenants | alexa haide la capitale {} c'est quoi je travaille chantier | de roumanie=RO; de moldavie=MD; de hongrie=HU
apprenants | alexa tudo bem alexa a capital non pardon la capitale {} | du portugal=PT; de sao tomé-et-principe=ST; du timor oriental=TL
apprenants | alexa je apprends français dis moi capitale {} s'il te plaît lentement | de ukraine=UA; de biélorussie=BY; de kazakhstan=KZ
apprenants | alexa excuse me euh pardon c'est quoi la capitale {} | de le canada=CA; de les états-unis=US; de le royaume-uni=GB
apprenants | alexa dans mon pays on dit stolica en français c'est capitale oui alors la capitale {} | de slovaquie=SK; d'autriche=AT; d'allemagne=DE
# --- fr-FR: at work
travail | alexa je suis taxi à roissy j'ai un client {} il veut savoir c'est quoi la capitale de son pays | koweïtien=KW; bahreïni=BH; saoudien=SA
travail | alexa je suis moniteur de ski à chamonix et mes élèves sont {} c'est quoi leur capitale | irlandais=IE; danois=DK; néerlandais=NL
travail | alexa au salon de coiffure une cliente {} me demande la capitale de son pays moi j'ai honte | malgache=MG; comorienne=KM; mauricienne=MU
travail | alexa je suis au rayon poissons à rungis et la caisse vient {} c'est quoi la capitale | des seychelles=SC; des maldives=MV; du sri lanka=LK
travail | alexa en radiologie on a un patient {} je voudrais lui parler de sa capitale c'est laquelle | arménien=AM; iranien=IR; afghan=AF
travail | alexa au port de sète le cargo il est immatriculé {} la capitale c'est quoi | au panama=PA; au libéria=LR; aux îles marshall=MH
travail | alexa je livre pour ups et le colis part {} c'est quoi la capitale de là-bas | à tuvalu=TV; à nauru=NR; aux palaos=PW
travail | alexa au pmu le turfiste il parie sur un cheval qui s'appelle {} j'veux dire la capitale de ce pays c'est quoi | qatar=QA; bahreïn=BH; oman=OM
travail | alexa chez le fleuriste les roses viennent {} c'est quoi la capitale | du kenya=KE; de l'équateur=EC; de la colombie=CO
travail | alexa je suis bénévole à emmaüs y a une famille {} qui arrive c'est quoi leur capitale | érythréenne=ER; soudanaise=SD; sud-soudanaise=SS
travail | alexa sur le paquebot l'équipage est {} c'est quoi leur capitale | philippin=PH; indonésien=ID; hondurien=HN
travail | alexa au crous y a un étudiant {} qui mange tout seul c'est quoi sa capitale | jamaïcain=JM; trinidadien=TT; barbadien=BB
travail | alexa je suis guide au louvre et le groupe vient {} la capitale c'est quoi | du guatemala=GT; du nicaragua=NI; du costa rica=CR
travail | alexa mon chef de chantier il est {} c'est quoi sa capitale | turc=TR; kurde de turquie=TR; portugais=PT
travail | alexa je suis contrôleuse aérienne et le vol arrive {} quelle est la capitale de ce pays | du salvador=SV; du belize=BZ; de la grenade=GD
travail | alexa on fait les vendanges avec des gars {} c'est quoi leur capitale | bulgares=BG; albanais=AL; monténégrins=ME
travail | alexa je suis prof de fle et mes élèves viennent {} rappelle moi la capitale | du yémen=YE; de syrie=SY; d'irak=IQ
# --- fr-FR: games and evenings
jeux | alexa au trivial pursuit la question c'est la capitale {} on a cinq secondes | du suriname=SR; du guyana=GY; de la dominique=DM
jeux | alexa on joue à geoguessr je pense qu'on est {} c'est quoi la capitale déjà | en mongolie=MN; au kazakhstan=KZ; au turkménistan=TM
jeux | alexa soirée eurovision le pays qui chante là c'est {} quelle est sa capitale | l'azerbaïdjan=AZ; la moldavie=MD; l'arménie=AM
jeux | alexa dans l'album panini il me manque l'équipe {} c'est quoi sa capitale | du qatar=QA; de l'arabie saoudite=SA; de l'iran=IR
jeux | alexa au pictionary le mot c'est la capitale {} aide moi | de l'égypte=EG; de la grèce=GR; de l'espagne=ES
jeux | alexa on regarde le tour de france et le maillot jaune il est {} c'est quoi la capitale de son pays | slovène=SI; danois=DK; colombien=CO
jeux | alexa au quiz du bar la dernière question c'est la capitale {} on a un doute | de sainte-lucie=LC; de saint-vincent-et-les-grenadines=VC; de saint-christophe-et-niévès=KN
jeux | alexa aux chiffres et aux lettres non au quiz de mamie c'est la capitale {} | d'antigua-et-barbuda=AG; des bahamas=BS; de la barbade=BB
jeux | alexa dans tu te mets combien on parie sur la capitale {} | du vanuatu=VU; des îles salomon=SB; de la papouasie-nouvelle-guinée=PG
jeux | alexa au loto quine de la salle des fêtes la question bonus c'est la capitale {} | du kiribati=KI; de la micronésie=FM; de nauru=NR
# --- fr-FR: children (a CM2 exposé, a boy with Panini stickers, bedtime questions)
enfants | alexa c'est moi inès j'ai huit ans c'est quoi la capitale {} | de la france=FR; de l'italie=IT; de l'allemagne=DE
enfants | alexa la maîtresse elle a dit de trouver la capitale {} pour demain | du canada=CA; des états-unis=US; du mexique=MX
enfants | alexa euh euh la capitale {} c'est quoi | de la chine=CN; de l'inde=IN; du japon=JP
enfants | alexa papa il dort alors toi dis moi la capitale {} | de l'égypte des pyramides=EG; du pérou=PE; de la grèce=GR
enfants | alexa mon exposé de cm deux c'est sur la capitale {} tu connais | du brunei=BN; de singapour=SG; de la malaisie=MY
enfants | alexa t'es gentille alexa c'est quoi la capitale {} | du cambodge=KH; du laos=LA; de la thaïlande=TH
# --- fr-FR: elders (a retired gendarme, a knitting grandmother, an old railwayman)
anciens | alexa dites moi ma petite la capitale {} je l'ai oubliée | de la tchécoslovaquie enfin de la tchéquie=CZ; de la hongrie=HU; de l'autriche=AT
anciens | alexa quand j'étais gendarme en poste outre-mer on parlait de la capitale {} c'est laquelle déjà | de madagascar=MG; de djibouti=DJ; des comores=KM
anciens | alexa je tricote et je regarde le jeu alors la capitale {} c'est quoi | de la finlande=FI; de la norvège=NO; de la suède=SE
anciens | alexa mon défunt mari était cheminot il a fait le voyage jusqu'à la capitale {} comment elle s'appelle | de la turquie=TR; de la bulgarie=BG; de la roumanie=RO
anciens | alexa de mon temps la capitale {} c'était pas la même qu'aujourd'hui non | du nigeria=NG; de la tanzanie=TZ; du burundi=BI
anciens | alexa je suis un peu dure d'oreille répétez la capitale {} | du kazakhstan=KZ; du myanmar=MM; de la côte d'ivoire=CI
# --- fr-CA: Québec City (the Vieille Capitale, the Carnaval, the traversier to Lévis)
quebec-ville | alexa au carnaval y a une gang {} qui me demande leur capitale c'est quoi | de français=FR; de belges=BE; de suisses=CH | fr-CA
quebec-ville | alexa sur le traversier de lévis y a des touristes {} c'est quoi la capitale chez eux | japonais=JP; coréens=KR; chinois=CN | fr-CA
quebec-ville | alexa je suis guide dans le vieux et le groupe y vient {} la capitale c'est laquelle | d'allemagne=DE; d'autriche=AT; des pays-bas=NL | fr-CA
quebec-ville | alexa c'est quoi déjà la capitale {} mon chum y gage que c'est une autre ville | de l'australie=AU; du brésil=BR; de la turquie=TR | fr-CA
# --- fr-CA: Beaucerons
beauce | alexa coudonc la capitale {} c'est-tu vraiment ça | de la suisse=CH; du canada=CA; de la nouvelle-zélande=NZ | fr-CA
beauce | alexa à l'usine de saint-georges on a un nouveau {} c'est quoi sa capitale | guatémaltèque=GT; colombien=CO; mexicain=MX | fr-CA
beauce | alexa à la cabane à sucre y a des visiteurs {} ils veulent la capitale de leur pays | coréens=KR; vietnamiens=VN; philippins=PH | fr-CA
beauce | alexa mon beau-frère dit que la capitale {} c'est pas ce que je pense gage-toi | du kazakhstan=KZ; du nigéria=NG; de la birmanie=MM | fr-CA
# --- fr-CA: Trois-Rivières and the Mauricie
mauricie | alexa à trois-rivières au grand prix y a un pilote {} c'est quoi la capitale | finlandais=FI; monégasque=MC; belge=BE | fr-CA
mauricie | alexa ben voyons donc dis-moi la capitale {} | de l'irlande=IE; de l'écosse=GB-SCT; du pays de galles=GB-WLS | fr-CA
mauricie | alexa à la papetière le contremaître il est {} c'est quoi leur capitale | tunisien=TN; algérien=DZ; marocain=MA | fr-CA
# --- fr-CA: Franco-Ontarians of Sudbury, Hearst and Ottawa-Vanier
franco-ontarien | alexa anyway c'est quoi la capitale {} | de la jamaïque=JM; de trinité-et-tobago=TT; de la guyane le pays=GY | fr-CA
franco-ontarien | alexa à la mine de sudbury y a un gars {} c'est quoi la capitale de sa place | chilien=CL; péruvien=PE; bolivien de la paz=BO | fr-CA
franco-ontarien | alexa mets que je veux savoir la capitale {} c'est quoi | du ghana=GH; du nigeria=NG; du cameroun=CM | fr-CA
franco-ontarien | alexa à hearst au moulin à scie le nouveau il vient {} c'est quoi la capitale là-bas | de l'inde=IN; du népal=NP; du pakistan=PK | fr-CA
franco-ontarien | alexa on est full fiers d'être franco mais c'est quoi la capitale {} déjà | de la belgique=BE; du luxembourg=LU; de la france=FR | fr-CA
# --- fr-CA: Franco-Manitobans of Saint-Boniface (Festival du Voyageur)
manitoba | alexa au festival du voyageur y a des visiteurs {} c'est quoi la capitale de chez eux | ukrainiens=UA; islandais=IS; allemands=DE | fr-CA
manitoba | alexa à saint-boniface ma grand-mère métisse veut savoir la capitale {} | de la saskatchewan=CA-SK; de l'alberta=CA-AB; du manitoba=CA-MB | fr-CA
manitoba | alexa on conduit jusqu'au dakota c'est quoi la capitale {} | du dakota du nord=US-ND; du minnesota=US-MN; du dakota du sud=US-SD | fr-CA
# --- fr-CA: Côte-Nord (Sept-Îles, Baie-Comeau; Innu "kuei")
cote-nord | alexa kuei alexa c'est quoi la capitale {} | du groenland=GL; de l'islande=IS; de la norvège=NO | fr-CA
cote-nord | alexa au port de sept-îles le bateau de minerai s'en va {} c'est quoi la capitale de ce pays-là | en chine=CN; au japon=JP; en corée du sud=KR | fr-CA
cote-nord | alexa à l'aluminerie de baie-comeau y a des ingénieurs {} quelle est leur capitale | norvégiens=NO; australiens=AU; bahreïnis=BH | fr-CA
# --- fr-CA: Montréal code-switchers and teenagers
mtl-ados | alexa genre c'est quoi la capitale {} j'te jure je sais pas | de l'espagne=ES; du portugal=PT; de l'italie=IT | fr-CA
mtl-ados | alexa yo checke la capitale {} pour moi | du pérou=PE; de la bolivie=BO; de l'argentine=AR | fr-CA
mtl-ados | alexa chu dans mon cours d'histoire pis la prof demande la capitale {} | de l'égypte=EG; de l'irak=IQ; de l'iran=IR | fr-CA
mtl-ados | alexa c'est malade y a un gars qui a nommé toutes les capitales moi je sais même pas celle {} | du sénégal=SN; du rwanda=RW; de l'éthiopie=ET | fr-CA
mtl-ados | alexa so c'est quoi la capitale {} mon ami dit que c'est une autre ville | du canada=CA; des états-unis=US; de l'australie=AU | fr-CA
mtl-ados | alexa ostie j'ai oublié la capitale {} pour mon quiz | du danemark=DK; de la suède=SE; de la finlande=FI | fr-CA
mtl-ados | alexa y a-tu quelqu'un qui sait la capitale {} aide-moi alexa | de la pologne=PL; de la lettonie=LV; de l'estonie=EE | fr-CA
mtl-ados | alexa c'tu moi ou la capitale {} c'est un nom bizarre c'est quoi | du burkina faso=BF; du turkménistan=TM; du kirghizistan=KG | fr-CA
# --- fr-CA: newcomers (Moroccan, Chilean, Mexican farm workers of Saint-Rémi, a Filipina nanny, a French expat, a Syrian family)
nouveaux-qc | alexa wallah khoya c'est quoi la capitale {} | du maroc=MA; de la tunisie=TN; de la jordanie=JO | fr-CA
nouveaux-qc | alexa oye po c'est quoi la capitale {} | du chili=CL; de l'argentine=AR; de l'uruguay=UY | fr-CA
nouveaux-qc | alexa órale güey la capitale {} c'est quoi | du mexique=MX; du guatemala=GT; du honduras=HN | fr-CA
nouveaux-qc | alexa hello po alexa la capitale {} is what euh c'est quoi | des philippines=PH; de l'indonésie=ID; de la malaisie=MY | fr-CA
nouveaux-qc | alexa moi je suis française à montréal et mon coloc me demande la capitale {} | du québec=CA-QC; de l'ontario=CA-ON; de la nouvelle-écosse=CA-NS | fr-CA
nouveaux-qc | alexa habibti demande à alexa la capitale {} | de la syrie=SY; du liban=LB; de l'irak=IQ | fr-CA
nouveaux-qc | alexa je viens d'arriver d'haïti pis je veux savoir la capitale {} | du canada=CA; de la république dominicaine=DO; de cuba=CU | fr-CA
nouveaux-qc | alexa mon voisin afghan me demande la capitale {} moi je sais pas | de l'afghanistan=AF; du pakistan=PK; de l'ouzbékistan=UZ | fr-CA
# --- fr-CA: at work
jobs-qc | alexa chu camionneur sur la vingt pis je livre {} c'est quoi la capitale | au nouveau-brunswick=CA-NB; en ontario=CA-ON; dans le maine=US-ME | fr-CA
jobs-qc | alexa au tim y a un client {} qui me demande la capitale de son pays | sri-lankais=LK; bangladais=BD; népalais=NP | fr-CA
jobs-qc | alexa chu chauffeur à la stm pis un passager {} me demande la capitale de chez eux | congolais de kinshasa=CD; camerounais=CM; guinéen=GN | fr-CA
jobs-qc | alexa au desjardins une cliente fait un virement {} c'est quoi la capitale de là-bas | au sénégal=SN; au bénin=BJ; en côte d'ivoire=CI | fr-CA
jobs-qc | alexa sur le chantier mon boss est {} c'est quoi sa capitale | portugais=PT; italien=IT; grec=GR | fr-CA
jobs-qc | alexa au chsld une résidente me demande la capitale {} pour son mot croisé | de la nouvelle-zélande=NZ; de l'irlande=IE; de l'islande=IS | fr-CA
jobs-qc | alexa je suis prof au cégep pis un étudiant me demande la capitale {} | du soudan du sud=SS; de l'érythrée=ER; de la somalie=SO | fr-CA
jobs-qc | alexa chu brigadière scolaire pis un petit me demande la capitale {} | du japon=JP; de la chine=CN; de la russie=RU | fr-CA
jobs-qc | alexa au camp de bûcherons un gars gage que la capitale {} c'est pas ça | de la colombie-britannique=CA-BC; du yukon=CA-YT; du nunavut=CA-NU | fr-CA
jobs-qc | alexa au camp de chasse on niaise pis on se demande la capitale {} | de la mongolie=MN; du bhoutan=BT; du tibet enfin de la chine=CN | fr-CA
jobs-qc | alexa je travaille au duty free de dorval un voyageur va {} c'est quoi la capitale | au salvador=SV; au costa rica=CR; au panama=PA | fr-CA
jobs-qc | alexa je fais du déneigement pis j'écoute la radio c'est quoi la capitale {} | de la finlande=FI; de la russie=RU; de la corée du nord=KP | fr-CA
# --- fr-CA: games and evenings
jeux-qc | alexa au génies en herbe la question c'est la capitale {} | du kenya=KE; de la tanzanie=TZ; de l'ouganda=UG | fr-CA
jeux-qc | alexa on joue au quiz de la cabane pis la question c'est la capitale {} | du malawi=MW; du zimbabwe=ZW; de la zambie=ZM | fr-CA
jeux-qc | alexa pendant la game du canadien on gage sur la capitale {} | de la slovaquie=SK; de la tchéquie=CZ; de la suède=SE | fr-CA
jeux-qc | alexa au banquier y ont demandé la capitale {} pis personne savait | du monténégro=ME; de la bosnie=BA; de la moldavie=MD | fr-CA
jeux-qc | alexa au trivia du mardi au pub la question c'est la capitale {} | de la mauritanie=MR; du niger=NE; du tchad=TD | fr-CA
jeux-qc | alexa soirée de jeux de société chez matante c'est quoi la capitale {} | de la jamaïque=JM; des bahamas=BS; de la barbade=BB | fr-CA
# --- fr-CA: children and elders
enfants-qc | alexa ma prof de sciences humaines a demandé la capitale {} | du québec=CA-QC; du canada=CA; de l'ontario=CA-ON | fr-CA
enfants-qc | alexa moi j'ai sept ans pis je veux savoir la capitale {} | de la france=FR; de l'angleterre=GB-ENG; de l'espagne=ES | fr-CA
enfants-qc | alexa à l'école du dimanche on parle de la capitale {} c'est quoi | d'israël=IL; de la jordanie=JO; de l'égypte=EG | fr-CA
aines-qc | alexa ma grand-mère de quatre-vingt-dix ans veut savoir la capitale {} | de l'italie=IT; du vatican=VA; du portugal=PT | fr-CA
aines-qc | alexa mon mononcle prétend que la capitale {} c'est la même depuis toujours c'est quoi | de la turquie=TR; du brésil=BR; du nigéria=NG | fr-CA
aines-qc | alexa dans le temps des fêtes matante nous posait toujours la capitale {} | de la hongrie=HU; de la pologne=PL; de la roumanie=RO | fr-CA
aines-qc | alexa bonyenne je me rappelle pus la capitale {} | de la grèce=GR; de chypre=CY; de malte=MT | fr-CA
# --- plural-capitals (every several-capital country and Palestine, in the plural)
plural-capitals | alexa le prof de géo dit que le bénin a deux capitales c'est lesquelles | BJ
plural-capitals | alexa la bolivie elle a combien de capitales et c'est quoi leurs noms | BO
plural-capitals | alexa c'est quoi les deux capitales de la côte d'ivoire abidjan et l'autre | CI
plural-capitals | alexa donne moi les capitales du sri lanka y en a deux je crois | LK
plural-capitals | alexa les capitales de la malaisie c'est quoi y a kuala lumpur et une autre | MY
plural-capitals | alexa les pays-bas ils ont deux capitales amsterdam et la haye c'est ça | NL
plural-capitals | alexa quelles sont les capitales de l'eswatini l'ancien swaziland | SZ
plural-capitals | alexa l'afrique du sud elle a trois capitales tu peux me les dire | ZA
plural-capitals | alexa c'est quoi les capitales de la palestine | PS
plural-capitals | alexa wesh c'est vrai que l'afrique du sud a genre trois capitales c'est lesquelles | ZA
plural-capitals | alexa les deux capitales de la bolivie sucre et la paz laquelle c'est la vraie | BO
plural-capitals | alexa ma fille dit que la malaisie a deux capitales dis nous lesquelles | MY
plural-capitals | alexa combien de capitales pour le bénin porto-novo et cotonou c'est ça | BJ
plural-capitals | alexa le bénin y a-tu vraiment deux capitales c'est quoi | BJ | fr-CA
plural-capitals | alexa c'est quoi les capitales de la bolivie mon chum dit la paz | BO | fr-CA
plural-capitals | alexa la côte d'ivoire a deux capitales c'est-tu yamoussoukro pis abidjan | CI | fr-CA
plural-capitals | alexa les capitales du sri lanka je suis pas capable de les prononcer dis-les moi | LK | fr-CA
plural-capitals | alexa la hollande a-tu deux capitales c'est lesquelles | NL | fr-CA
plural-capitals | alexa les capitales du swaziland c'est quoi astheure | SZ | fr-CA
plural-capitals | alexa les trois capitales de l'afrique du sud pour mon travail d'équipe | ZA | fr-CA
plural-capitals | alexa la palestine elle a quelles capitales ramallah pis jérusalem-est | PS | fr-CA
plural-capitals | alexa donne-moi toutes les capitales de la malaisie | MY | fr-CA
# --- subdivision (provinces, states, nations, overseas France)
subdivision | alexa ma cousine habite à la réunion c'est quoi le chef-lieu enfin la capitale | RE
subdivision | alexa la capitale de la guadeloupe c'est pointe-à-pitre ou basse-terre | GP
subdivision | alexa c'est quoi la capitale de la martinique mon père est de là-bas | MQ
subdivision | alexa la capitale de la guyane française c'est cayenne je crois | GF
subdivision | alexa c'est quoi la capitale de mayotte pour le colis | YT
subdivision | alexa mon frère est militaire en nouvelle-calédonie c'est quoi la capitale | NC
subdivision | alexa tahiti c'est dans la polynésie française et la capitale c'est quoi | PF
subdivision | alexa la capitale de wallis-et-futuna c'est quoi | WF
subdivision | alexa saint-pierre-et-miquelon sa capitale c'est quoi | PM
subdivision | alexa la capitale de la bavière pour l'oktoberfest c'est bien munich | DE-BY
subdivision | alexa la capitale de la saxe c'est leipzig ou dresde | DE-SN
subdivision | alexa c'est quoi la capitale de la thuringe | DE-TH
subdivision | alexa la capitale du mecklembourg-poméranie-occidentale dis moi ça | DE-MV
subdivision | alexa c'est quoi la capitale de la rhénanie-palatinat le collègue bosse là-bas | DE-RP
subdivision | alexa la capitale de l'écosse c'est glasgow ou édimbourg | GB-SCT
subdivision | alexa la capitale du pays de galles on y va pour le rugby | GB-WLS
subdivision | alexa la capitale de la californie c'est pas los angeles hein | US-CA
subdivision | alexa c'est quoi la capitale du texas | US-TX
subdivision | alexa la capitale de la louisiane c'est la nouvelle-orléans | US-LA
subdivision | alexa c'est quoi la capitale de l'état de new york | US-NY
subdivision | alexa la capitale de la floride c'est miami ou pas | US-FL
subdivision | alexa la capitale du queensland en australie | AU-QLD
subdivision | alexa la tasmanie elle a une capitale c'est laquelle | AU-TAS
subdivision | alexa la capitale de l'état de bahia au brésil | BR-BA
subdivision | alexa c'est quoi la capitale du kerala en inde | IN-KL
subdivision | alexa la capitale du jalisco au mexique | MX-JAL
subdivision | alexa la capitale de la saskatchewan c'est-tu saskatoon | CA-SK | fr-CA
subdivision | alexa c'est quoi la capitale de terre-neuve | CA-NL | fr-CA
subdivision | alexa la capitale de l'île-du-prince-édouard on y va en vacances | CA-PE | fr-CA
subdivision | alexa la capitale des territoires du nord-ouest c'est-tu yellowknife | CA-NT | fr-CA
subdivision | alexa c'est quoi la capitale du nouveau-brunswick moncton ou fredericton | CA-NB | fr-CA
subdivision | alexa la capitale du manitoba c'est winnipeg right | CA-MB | fr-CA
subdivision | alexa la capitale de la colombie-britannique c'est pas vancouver | CA-BC | fr-CA
subdivision | alexa c'est quoi la capitale du vermont on descend magasiner | US-VT | fr-CA
subdivision | alexa la capitale de la floride pour nos vacances à fort lauderdale | US-FL | fr-CA
subdivision | alexa la capitale du massachusetts c'est boston | US-MA | fr-CA
subdivision | alexa c'est quoi la capitale du new hampshire | US-NH | fr-CA
subdivision | alexa la capitale de l'état du maine on passe par là pour aller à old orchard | US-ME | fr-CA
subdivision | alexa c'est quoi la capitale de l'alaska | US-AK | fr-CA
subdivision | alexa la capitale de la caroline du sud | US-SC | fr-CA
subdivision | alexa la capitale de l'ontario c'est toronto ou ottawa | CA-ON | fr-CA
# --- follow-up
follow-up | alexa et celle de la suède | SE
follow-up | alexa ok merci et pour le danemark | DK
follow-up | alexa d'accord et la norvège alors | NO
follow-up | alexa et l'autre là le pérou | PE
follow-up | alexa ah bon et la capitale du chili du coup | CL
follow-up | alexa et pour l'argentine c'est laquelle | AR
follow-up | alexa super et celle du japon maintenant | JP
follow-up | alexa bon et la corée du sud | KR
follow-up | alexa et la même chose pour la grèce | GR
follow-up | alexa et celle de l'égypte tant qu'on y est | EG
follow-up | alexa encore une la capitale de la turquie | TR
follow-up | alexa et après ça la hongrie | HU
follow-up | alexa pis celle de l'ontario | CA-ON | fr-CA
follow-up | alexa ok pis le manitoba | CA-MB | fr-CA
follow-up | alexa pis pour la france | FR | fr-CA
follow-up | alexa ah ok pis l'italie d'abord | IT | fr-CA
follow-up | alexa pis l'autre pays à côté le portugal | PT | fr-CA
follow-up | alexa parfait pis la capitale du mexique | MX | fr-CA
follow-up | alexa merci pis celle de la suisse | CH | fr-CA
follow-up | alexa correct pis la belgique | BE | fr-CA
follow-up | alexa une autre affaire c'est quoi celle de l'islande | IS | fr-CA
follow-up | alexa pis le brésil asteure | BR | fr-CA
# --- yes-no-check (the place asked about, right guess or wrong)
yes-no-check | alexa est-ce que la capitale de l'australie c'est sydney | AU
yes-no-check | alexa c'est vrai que la capitale du canada c'est toronto | CA
yes-no-check | alexa la capitale de la turquie c'est istanbul oui ou non | TR
yes-no-check | alexa j'ai raison si je dis que la capitale du maroc c'est rabat | MA
yes-no-check | alexa vérifie moi que la capitale de la suisse c'est berne | CH
yes-no-check | alexa la capitale du brésil c'est rio non | BR
yes-no-check | alexa est-ce que lagos c'est la capitale du nigeria | NG
yes-no-check | alexa ma femme dit que la capitale de la nouvelle-zélande c'est auckland elle a raison | NZ
yes-no-check | alexa c'est bien ankara la capitale de la turquie | TR
yes-no-check | alexa la capitale du vietnam c'est hô chi minh-ville hein | VN
yes-no-check | alexa est-ce que la capitale de la tanzanie c'est dar es salam | TZ
yes-no-check | alexa confirme moi que la capitale du kazakhstan c'est astana | KZ
yes-no-check | alexa la capitale du pakistan c'est karachi ou je me trompe | PK
yes-no-check | alexa c'est-tu vrai que la capitale des états-unis c'est new york | US | fr-CA
yes-no-check | alexa la capitale du québec c'est-tu montréal | CA-QC | fr-CA
yes-no-check | alexa mon chum dit que la capitale de l'australie c'est melbourne y a-tu raison | AU | fr-CA
yes-no-check | alexa la capitale du maroc c'est-tu casablanca | MA | fr-CA
yes-no-check | alexa est-ce que c'est vrai que la capitale de la bolivie c'est la paz | BO | fr-CA
yes-no-check | alexa la capitale de la côte d'ivoire c'est-tu abidjan | CI | fr-CA
yes-no-check | alexa pékin c'est-tu la capitale de la chine | CN | fr-CA
yes-no-check | alexa j'ai-tu raison la capitale de l'inde c'est new delhi | IN | fr-CA
yes-no-check | alexa la capitale du myanmar c'est-tu rangoun encore | MM | fr-CA
# --- self-correction (the last place named)
self-correction | alexa la capitale de l'autriche non attends de l'australie | AU
self-correction | alexa c'est quoi la capitale de la slovénie pardon de la slovaquie | SK
self-correction | alexa la capitale de l'islande euh non de l'irlande | IE
self-correction | alexa la capitale du niger non je voulais dire du nigeria | NG
self-correction | alexa la capitale de la suède oh pardon de la suisse | CH
self-correction | alexa c'est quoi la capitale de l'iran enfin de l'irak | IQ
self-correction | alexa la capitale de la gambie non de la zambie | ZM
self-correction | alexa la capitale de la guinée non la guinée-bissau | GW
self-correction | alexa la capitale de la lettonie euh je me trompe de la lituanie | LT
self-correction | alexa la capitale du mali non pardon du malawi | MW
self-correction | alexa la capitale de la colombie non de la colombie-britannique | CA-BC | fr-CA
self-correction | alexa c'est quoi la capitale de l'ontario non attends du québec | CA-QC | fr-CA
self-correction | alexa la capitale de la dominique non de la république dominicaine | DO | fr-CA
self-correction | alexa la capitale du paraguay euh non de l'uruguay | UY | fr-CA
self-correction | alexa la capitale de la mongolie oups je veux dire de la moldavie | MD | fr-CA
self-correction | alexa la capitale de l'arménie non de l'albanie | AL | fr-CA
self-correction | alexa c'est quoi la capitale du nouveau-mexique non du mexique le pays | MX | fr-CA
self-correction | alexa la capitale de l'estonie non c'est l'autre l'ukraine | UA | fr-CA
# --- reverse-question (the capital named)
reverse-question | alexa ouagadougou c'est la capitale de quel pays | CITY:Ouagadougou
reverse-question | alexa oulan-bator c'est la capitale de où | CITY:Oulan-Bator
reverse-question | alexa katmandou c'est dans quel pays | CITY:Katmandou
reverse-question | alexa tbilissi c'est la capitale de quoi | CITY:Tbilissi
reverse-question | alexa bichkek c'est la capitale de quel pays | CITY:Bichkek
reverse-question | alexa de quel pays nouakchott est la capitale | CITY:Nouakchott
reverse-question | alexa windhoek ça c'est la capitale de quel pays | CITY:Windhoek
reverse-question | alexa ljubljana c'est la capitale de quel pays déjà | CITY:Ljubljana
reverse-question | alexa la capitale qui s'appelle paramaribo c'est quel pays | CITY:Paramaribo
reverse-question | alexa tegucigalpa c'est la capitale de quel pays | CITY:Tegucigalpa
reverse-question | alexa mascate c'est la capitale de quel pays | CITY:Mascate
reverse-question | alexa vaduz c'est la capitale de quoi | CITY:Vaduz
reverse-question | alexa erevan c'est la capitale de quel pays | CITY:Erevan | fr-CA
reverse-question | alexa canberra c'est la capitale de quel pays au juste | CITY:Canberra | fr-CA
reverse-question | alexa douchanbé c'est la capitale de quel pays | CITY:Douchanbé | fr-CA
reverse-question | alexa asmara c'est dans quel pays | CITY:Asmara | fr-CA
reverse-question | alexa vientiane c'est la capitale de quel pays | CITY:Vientiane | fr-CA
reverse-question | alexa thimphu c'est la capitale de quelle place | CITY:Thimphu | fr-CA
reverse-question | alexa fredericton c'est la capitale de quelle province | CITY:Fredericton | fr-CA
reverse-question | alexa regina c'est la capitale de quelle province | CITY:Regina | fr-CA
reverse-question | alexa achgabat c'est la capitale de quel pays | CITY:Achgabat | fr-CA
reverse-question | alexa antananarivo c'est la capitale de quelle île | CITY:Antananarivo | fr-CA
# --- official-name
official-name | alexa quelle est la capitale de la république fédérale d'allemagne | DE
official-name | alexa la capitale de la confédération suisse s'il vous plaît | CH
official-name | alexa la capitale du royaume du maroc c'est quoi | MA
official-name | alexa quelle est la capitale de la république populaire de chine | CN
official-name | alexa capitale de la fédération de russie | RU
official-name | alexa la capitale de la république islamique d'iran | IR
official-name | alexa quelle est la capitale du royaume hachémite de jordanie | JO
official-name | alexa la capitale du sultanat d'oman pour mes mots croisés | OM
official-name | alexa c'est quoi la capitale de la république hellénique | GR
official-name | alexa la capitale de la république arabe d'égypte | EG
official-name | alexa la capitale de la république algérienne démocratique et populaire | DZ
official-name | alexa la capitale de la république populaire démocratique de corée | KP
official-name | alexa la capitale de la république de corée | KR
official-name | alexa la capitale du grand-duché de luxembourg | LU
official-name | alexa la capitale de la principauté de monaco | MC
official-name | alexa quelle est la capitale des états-unis d'amérique | US | fr-CA
official-name | alexa la capitale du royaume de belgique | BE | fr-CA
official-name | alexa la capitale de la république socialiste du viêt nam | VN | fr-CA
official-name | alexa la capitale du royaume de thaïlande | TH | fr-CA
official-name | alexa la capitale de la république fédérative du brésil | BR | fr-CA
official-name | alexa la capitale des états-unis mexicains | MX | fr-CA
official-name | alexa la capitale de la république démocratique du congo | CD | fr-CA
official-name | alexa la capitale de la république du congo | CG | fr-CA
official-name | alexa la capitale du royaume d'arabie saoudite | SA | fr-CA
official-name | alexa la capitale de la république de l'inde | IN | fr-CA
# --- everyday-name
everyday-name | alexa c'est quoi la capitale de la hollande | NL
everyday-name | alexa la capitale de la birmanie | MM
everyday-name | alexa la capitale de la république tchèque | CZ
everyday-name | alexa c'est quoi la capitale des émirats | AE
everyday-name | alexa la capitale du congo-kinshasa | CD
everyday-name | alexa la capitale du swaziland | SZ
everyday-name | alexa la capitale de la macédoine | MK
everyday-name | alexa c'est quoi la capitale du timor-leste | TL
everyday-name | alexa la capitale du bélarus | BY
everyday-name | alexa la capitale de saint-kitts | KN
everyday-name | alexa c'est quoi la capitale de la grande-bretagne | GB
everyday-name | alexa la capitale de la guinée-conakry | GN
everyday-name | alexa la capitale des states | US | fr-CA
everyday-name | alexa c'est quoi la capitale des usa | US | fr-CA
everyday-name | alexa la capitale de la centrafrique | CF | fr-CA
everyday-name | alexa la capitale de l'angleterre enfin du royaume-uni au complet | GB | fr-CA
everyday-name | alexa c'est quoi la capitale de la bosnie | BA | fr-CA
everyday-name | alexa la capitale du kirghizistan | KG | fr-CA
everyday-name | alexa la capitale des émirats arabes | AE | fr-CA
everyday-name | alexa la capitale de la corée du nord | KP | fr-CA
everyday-name | alexa c'est quoi la capitale de saint-vincent | VC | fr-CA
everyday-name | alexa la capitale de la papouasie | PG | fr-CA
# --- shared-name (bare: every place; disambiguated: the one)
shared-name | alexa mon voisin vient du congo c'est quoi la capitale | CD+CG
shared-name | alexa la capitale de la corée pour mon fils qui regarde des k-dramas | KP+KR
shared-name | alexa la capitale de la géorgie on regarde un match de rugby | GE+US-GA
shared-name | alexa la capitale des îles vierges on part en croisière | VG+VI
shared-name | alexa la capitale de la dominique et de la république dominicaine | DM+DO
shared-name | alexa la capitale de la corée celle du nord | KP
shared-name | alexa la capitale de la géorgie à côté de la russie | GE
shared-name | alexa la capitale du congo celui de brazzaville | CG
shared-name | alexa la capitale des îles vierges des états-unis | VI
shared-name | alexa c'est quoi la capitale de la géorgie où y a atlanta | US-GA | fr-CA
shared-name | alexa mon collègue est du congo c'est quoi la capitale | CD+CG | fr-CA
shared-name | alexa la capitale de la corée mon chum part enseigner là-bas | KP+KR | fr-CA
shared-name | alexa la capitale de la géorgie on descend en char | GE+US-GA | fr-CA
shared-name | alexa la capitale du congo le grand celui de kinshasa | CD | fr-CA
shared-name | alexa la capitale des îles vierges on y va en voilier | VG+VI | fr-CA
shared-name | alexa la capitale de la corée du sud pour mon voyage | KR | fr-CA
# --- help
help | alexa je comprends pas comment on joue à ton jeu de capitales | HELP
help | alexa qu'est-ce que je peux te demander sur les capitales | HELP
help | alexa aide moi je suis perdu là | HELP
help | alexa tu peux m'expliquer comment ça marche les capitales du monde | HELP
help | alexa euh je dis quoi moi | HELP
help | alexa c'est quoi les règles | HELP
help | alexa ma grand-mère veut savoir comment on pose une question | HELP
help | alexa il faut dire quoi pour avoir une capitale | HELP
help | alexa wesh comment ça marche ton truc | HELP
help | alexa explique moi ce que tu sais faire avec les capitales | HELP
help | alexa j'ai besoin d'aide pour utiliser capitales du monde | HELP
help | alexa mode d'emploi s'il te plaît | HELP
help | alexa je sais pas quoi dire aide moi | HELP
help | alexa comment je fais pour avoir la capitale d'un pays | HELP | fr-CA
help | alexa coudonc ça marche comment ton affaire | HELP | fr-CA
help | alexa je comprends rien aide-moi donc | HELP | fr-CA
help | alexa c'est quoi que je peux te demander | HELP | fr-CA
help | alexa peux-tu m'expliquer comment ça fonctionne | HELP | fr-CA
help | alexa donne-moi des exemples de questions | HELP | fr-CA
help | alexa chu mêlé comment on fait | HELP | fr-CA
help | alexa j'ai besoin d'un coup de main avec le jeu | HELP | fr-CA
help | alexa aide-moi ma belle | HELP | fr-CA
help | alexa le petit sait pas quoi dire explique-lui | HELP | fr-CA
# --- stop
stop | alexa bon ça suffit pour ce soir | STOP
stop | alexa arrête on a fini le quiz | STOP
stop | alexa stop stop | STOP
stop | alexa tais toi maintenant | STOP
stop | alexa c'est bon j'ai fini merci | STOP
stop | alexa quitte le jeu des capitales | STOP
stop | alexa on arrête là les enfants vont se coucher | STOP
stop | alexa ferme capitales du monde | STOP
stop | alexa au revoir alexa | STOP
stop | alexa arrête de parler s'il te plaît | STOP
stop | alexa wesh stop c'est bon | STOP
stop | alexa j'en ai marre arrête | STOP
stop | alexa c'est assez pour aujourd'hui | STOP | fr-CA
stop | alexa farme-toi | STOP | fr-CA
stop | alexa arrête ça là | STOP | fr-CA
stop | alexa bon ben bonne nuit on arrête | STOP | fr-CA
stop | alexa sors du jeu | STOP | fr-CA
stop | alexa ferme l'application des capitales | STOP | fr-CA
stop | alexa c'est fini merci bonsoir | STOP | fr-CA
stop | alexa stop ça suffit | STOP | fr-CA
stop | alexa on a assez joué arrête | STOP | fr-CA
stop | alexa bye bye alexa | STOP | fr-CA
stop | alexa arrête le quiz mon souper est prêt | STOP | fr-CA
# --- cancel
cancel | alexa laisse tomber | CANCEL
cancel | alexa annule ma question | CANCEL
cancel | alexa non oublie ça | CANCEL
cancel | alexa annule annule | CANCEL
cancel | alexa non non c'est pas ça annule | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa finalement non laisse | CANCEL
cancel | alexa pardon je me suis trompé annule | CANCEL
cancel | alexa non rien laisse tomber | CANCEL
cancel | alexa bah laisse c'est pas grave | CANCEL
cancel | alexa annule la dernière demande | CANCEL
cancel | alexa c'est pas la peine annule | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa non laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa annule ça | CANCEL | fr-CA
cancel | alexa oublie ça d'abord | CANCEL | fr-CA
cancel | alexa annule ma demande | CANCEL | fr-CA
cancel | alexa non non annule | CANCEL | fr-CA
cancel | alexa laisse faire la question | CANCEL | fr-CA
cancel | alexa c'est pas grave oublie ça | CANCEL | fr-CA
cancel | alexa annule je me suis trompée | CANCEL | fr-CA
cancel | alexa oublie ma dernière question | CANCEL | fr-CA
# --- launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde pour les enfants | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa ouvre le jeu capitales du monde s'il te plaît | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa lance le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre-moi capitales du monde | LAUNCH | fr-CA
launch | alexa démarre le quiz capitales du monde | LAUNCH | fr-CA
launch | alexa je voudrais ouvrir capitales du monde | LAUNCH | fr-CA
# --- out-of-domain: near-misses (capital in another sense, places without a capital in the data)
out-of-domain | alexa c'est quoi la capitale de la normandie rouen ou caen | FB
out-of-domain | alexa la capitale de la corse c'est ajaccio ou bastia | FB
out-of-domain | alexa la capitale de la catalogne | FB
out-of-domain | alexa c'est quoi la capitale de la sicile | FB
out-of-domain | alexa la capitale de la flandre c'est gand ou bruges | FB
out-of-domain | alexa c'est quoi la capitale de la wallonie | FB
out-of-domain | alexa la capitale de l'occitanie c'est toulouse non | FB
out-of-domain | alexa c'est quoi la capitale de la provence | FB
out-of-domain | alexa la capitale de l'alsace pour ma belle-mère | FB
out-of-domain | alexa c'est quoi la capitale du kurdistan | FB
out-of-domain | alexa la capitale de la laponie là où vit le père noël | FB
out-of-domain | alexa la capitale de la sardaigne | FB
out-of-domain | alexa c'est quoi la capitale de la crimée | FB
out-of-domain | alexa la capitale de la transnistrie | FB
out-of-domain | alexa c'est quoi la capitale du somaliland | FB
out-of-domain | alexa la capitale de zanzibar | FB
out-of-domain | alexa c'est quoi la capitale de l'abkhazie | FB
out-of-domain | alexa la capitale de la patagonie | FB
out-of-domain | alexa la capitale de la sibérie | FB
out-of-domain | alexa lyon c'est la capitale de la gastronomie c'est vrai | FB
out-of-domain | alexa quelle ville est la capitale européenne de la culture cette année | FB
out-of-domain | alexa c'est quoi la capitale mondiale du parfum grasse ou paris | FB
out-of-domain | alexa la capitale de la mode c'est paris ou milan | FB
out-of-domain | alexa c'est quoi le capital de départ au monopoly | FB
out-of-domain | alexa combien faut de capital pour créer une sarl | FB
out-of-domain | alexa la peine capitale c'est aboli depuis quand en france | FB
out-of-domain | alexa comment on écrit une lettre capitale en cursive | FB
out-of-domain | alexa c'est quoi le capital social d'une entreprise | FB
out-of-domain | alexa le capital de karl marx c'est quel tome le premier | FB
out-of-domain | alexa les sept péchés capitaux c'est quoi | FB
out-of-domain | alexa la capitale de mars la planète | FB
out-of-domain | alexa c'est quoi la capitale du wakanda | FB
out-of-domain | alexa la capitale de westeros dans game of thrones | FB
out-of-domain | alexa c'est quoi la capitale de l'atlantide | FB
out-of-domain | alexa la capitale du pays des schtroumpfs | FB
out-of-domain | alexa la capitale de la lune | FB
out-of-domain | alexa c'est quoi la capitale de la yougoslavie à l'époque | FB
out-of-domain | alexa la capitale de l'urss | FB
out-of-domain | alexa quelle était la capitale de l'empire romain d'orient | FB
out-of-domain | alexa c'était quoi la capitale des gaulois | FB
out-of-domain | alexa la capitale du royaume de france au moyen âge | FB
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa la capitale de l'abitibi c'est-tu rouyn | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la beauce | FB | fr-CA
out-of-domain | alexa la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du hockey | FB | fr-CA
out-of-domain | alexa la capitale du sirop d'érable c'est quelle ville | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la côte-nord | FB | fr-CA
out-of-domain | alexa la capitale des îles-de-la-madeleine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du saguenay | FB | fr-CA
out-of-domain | alexa la capitale du lac-saint-jean | FB | fr-CA
out-of-domain | alexa la capitale du bas-saint-laurent c'est rimouski | FB | fr-CA
out-of-domain | alexa la capitale de l'estrie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la nouvelle-france dans le temps | FB | fr-CA
out-of-domain | alexa la capitale de la louisiane française de l'époque | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du nunavik | FB | fr-CA
out-of-domain | alexa mon rrsp pis mon capital de retraite combien j'ai | FB | fr-CA
out-of-domain | alexa c'est quoi un gain en capital pour les impôts | FB | fr-CA
out-of-domain | alexa la capitale de la poutine c'est drummondville | FB | fr-CA
out-of-domain | alexa la capitale des lettres majuscules | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'amérique du sud | FB | fr-CA
out-of-domain | alexa la capitale de l'asie | FB | fr-CA
out-of-domain | alexa la capitale de l'océanie | FB
out-of-domain | alexa c'est quoi la capitale du moyen-orient | FB
out-of-domain | alexa la capitale des balkans | FB
out-of-domain | alexa c'est quoi la capitale de la scandinavie | FB
out-of-domain | alexa la capitale du benelux | FB
# --- out-of-domain: other requests
out-of-domain | alexa quel temps il fait à lille demain | FB
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa mets un minuteur de douze minutes pour les pâtes | FB
out-of-domain | alexa raconte moi une blague de toto | FB
out-of-domain | alexa ajoute du beurre demi-sel à la liste de courses | FB
out-of-domain | alexa appelle mamie sur son fixe | FB
out-of-domain | alexa combien d'habitants à paris | FB
out-of-domain | alexa quelle langue on parle au brésil | FB
out-of-domain | alexa c'est quoi la monnaie du japon | FB
out-of-domain | alexa de quelle couleur est le drapeau de l'italie | FB
out-of-domain | alexa c'est quoi la plus grande ville de turquie | FB
out-of-domain | alexa où se trouve tombouctou | FB
out-of-domain | alexa quelle heure il est à tokyo | FB
out-of-domain | alexa combien de kilomètres entre marseille et alger | FB
out-of-domain | alexa c'est qui le président du sénégal | FB
out-of-domain | alexa quel est le plus long fleuve d'afrique | FB
out-of-domain | alexa le plus haut sommet d'europe c'est le mont blanc | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa baisse le son | FB
out-of-domain | alexa mets la chanson de jul | FB
out-of-domain | alexa réveille moi à six heures et demie | FB
out-of-domain | alexa c'est quand la fête des mères | FB
out-of-domain | alexa donne moi la recette de la tartiflette | FB
out-of-domain | alexa qui a gagné le match de l'om hier | FB
out-of-domain | alexa combien ça fait sept fois huit | FB
out-of-domain | alexa traduis bonjour en portugais | FB
out-of-domain | alexa c'est quoi l'indicatif téléphonique de la belgique | FB
out-of-domain | alexa quel fuseau horaire pour la réunion | FB
out-of-domain | alexa c'est quoi l'hymne national de l'algérie | FB
out-of-domain | alexa raconte moi une histoire pour dormir | FB
out-of-domain | alexa commande des croquettes pour le chat | FB
out-of-domain | alexa où est mon téléphone | FB
out-of-domain | alexa c'est quoi le programme télé ce soir | FB
out-of-domain | alexa y a des bouchons sur le périph | FB
out-of-domain | alexa la pharmacie de garde la plus proche | FB
out-of-domain | alexa c'est combien le billet de train pour bruxelles | FB
out-of-domain | alexa quel est le pays le plus peuplé du monde | FB
out-of-domain | alexa combien de pays en afrique | FB
out-of-domain | alexa quelle est la superficie du canada | FB
out-of-domain | alexa quel temps fait-il à chicoutimi | FB | fr-CA
out-of-domain | alexa mets rouge fm | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa ajoute du lait deux pour cent à ma liste | FB | fr-CA
out-of-domain | alexa part une minuterie de vingt minutes pour le pâté chinois | FB | fr-CA
out-of-domain | alexa appelle mon chum | FB | fr-CA
out-of-domain | alexa y va-tu neiger demain à sherbrooke | FB | fr-CA
out-of-domain | alexa c'est quand la prochaine tempête | FB | fr-CA
out-of-domain | alexa combien de monde reste à montréal | FB | fr-CA
out-of-domain | alexa c'est quoi la monnaie en haïti | FB | fr-CA
out-of-domain | alexa quelle langue ils parlent en suisse | FB | fr-CA
out-of-domain | alexa ferme les lumières de la cuisine | FB | fr-CA
out-of-domain | alexa joue de la musique des cowboys fringants | FB | fr-CA
out-of-domain | alexa c'est quoi la distance entre québec et gaspé | FB | fr-CA
out-of-domain | alexa qui est le premier ministre du québec | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grande ville de l'ontario | FB | fr-CA
out-of-domain | alexa conte-moi une joke | FB | fr-CA
out-of-domain | alexa c'est quoi l'heure à vancouver | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa le pont jacques-cartier est-tu fermé | FB | fr-CA
out-of-domain | alexa c'est quoi la température dehors | FB | fr-CA
out-of-domain | alexa trouve-moi un dépanneur ouvert | FB | fr-CA
out-of-domain | alexa quel est le drapeau du nouveau-brunswick | FB | fr-CA
out-of-domain | alexa mets la radio de radio-canada | FB | fr-CA
out-of-domain | alexa c'est quoi le plus long fleuve du canada | FB | fr-CA
out-of-domain | alexa ça s'écrit comment ouagadougou | FB | fr-CA
# --- more cancel, stop, help, launch with a situation
cancel | alexa non attends le petit a dit n'importe quoi annule | CANCEL
cancel | alexa annule la question sur le pérou je la connais | CANCEL
cancel | alexa oh fan non annule c'est le chat qui a parlé | CANCEL
cancel | alexa laisse béton j'ai trouvé tout seul | CANCEL
cancel | alexa non mais annule j'ai retrouvé dans l'atlas | CANCEL
cancel | alexa zut je voulais pas demander ça annule | CANCEL
cancel | alexa annule biloute j'me suis trompé d'pays | CANCEL
cancel | alexa euh non finalement annule la capitale | CANCEL
cancel | alexa annule la question mamie a déjà répondu | CANCEL
cancel | alexa non non laisse tomber la capitale on verra plus tard | CANCEL
cancel | alexa laisse faire ma question ma fille a trouvé | CANCEL | fr-CA
cancel | alexa oublie ça la game recommence | CANCEL | fr-CA
cancel | alexa annule voyons je parlais pas à toi | CANCEL | fr-CA
cancel | alexa laisse faire la capitale c'était une joke | CANCEL | fr-CA
cancel | alexa non annule mon mononcle a déjà la réponse | CANCEL | fr-CA
cancel | alexa oublie la question sur le chili | CANCEL | fr-CA
cancel | alexa annule ça tout de suite mon chum parlait à la télé | CANCEL | fr-CA
stop | alexa arrête les capitales on mange | STOP
stop | alexa stop le jeu le bus arrive | STOP
stop | alexa c'est bon arrête tout j'ai mal à la tête | STOP
stop | alexa farme-toi les enfants dorment | STOP | fr-CA
stop | alexa arrête le jeu la game commence | STOP | fr-CA
stop | alexa bon c'est assez les capitales pour à soir | STOP | fr-CA
help | alexa je suis nouvelle sur ce jeu tu m'expliques | HELP
help | alexa comment on pose une question à capitales du monde | HELP
help | alexa mon papi comprend pas comment parler au jeu aide nous | HELP
help | alexa j'ai besoin que tu m'expliques ce que je peux demander | HELP
help | alexa c'est quoi les questions que tu comprends | HELP | fr-CA
help | alexa je sais pas trop comment te parler aide-moi s'il te plaît | HELP | fr-CA
help | alexa comment ça marche pour les provinces pis les pays | HELP | fr-CA
help | alexa donne-moi un exemple de ce que je peux dire | HELP | fr-CA
launch | alexa ouvre capitales du monde pour mon exposé | LAUNCH
launch | alexa lance capitales du monde on fait un quiz en famille | LAUNCH
launch | alexa dis ouvre capitales du monde biloute | LAUNCH
launch | alexa allez on lance capitales du monde avec papi | LAUNCH
launch | alexa ouvre capitales du monde pour ma révision de géo | LAUNCH
launch | alexa ouvre capitales du monde pour la petite | LAUNCH | fr-CA
launch | alexa part le jeu capitales du monde on fait un concours | LAUNCH | fr-CA
launch | alexa peux-tu ouvrir capitales du monde pour les enfants | LAUNCH | fr-CA
launch | alexa lance capitales du monde avant le souper | LAUNCH | fr-CA
# --- more out-of-domain
out-of-domain | alexa c'est quoi la capitale des hauts-de-france lille je crois | FB
out-of-domain | alexa la capitale de la bourgogne c'est dijon | FB
out-of-domain | alexa la capitale de la savoie chambéry ou annecy | FB
out-of-domain | alexa c'est quoi la capitale du pays basque | FB
out-of-domain | alexa la capitale de la vendée | FB
out-of-domain | alexa c'est quoi la capitale des cévennes | FB
out-of-domain | alexa la capitale du nord-pas-de-calais | FB
out-of-domain | alexa c'est quoi la capitale de la lombardie | FB
out-of-domain | alexa la capitale de l'andalousie séville c'est ça | FB
out-of-domain | alexa la capitale de la toscane | FB
out-of-domain | alexa c'est quoi la capitale du tyrol | FB
out-of-domain | alexa la capitale de la silésie | FB
out-of-domain | alexa c'est quoi la capitale de la kabylie | FB
out-of-domain | alexa la capitale de la casamance | FB
out-of-domain | alexa c'est quoi la capitale du katanga | FB
out-of-domain | alexa la capitale du biafra | FB
out-of-domain | alexa la capitale de la cochinchine | FB
out-of-domain | alexa c'est quoi la capitale de la mésopotamie | FB
out-of-domain | alexa la capitale du royaume d'astérix | FB
out-of-domain | alexa la capitale de poudlard | FB
out-of-domain | alexa c'est quoi la capitale de la terre du milieu | FB
out-of-domain | alexa la capitale de la champagne c'est reims | FB
out-of-domain | alexa bordeaux c'est la capitale du vin hein | FB
out-of-domain | alexa la capitale du foie gras c'est où | FB
out-of-domain | alexa la capitale de la soie c'était lyon | FB
out-of-domain | alexa c'est quoi la capitale du rugby en france | FB
out-of-domain | alexa mets moi le film la capitale des tempêtes | FB
out-of-domain | alexa combien coûte une action du crédit agricole | FB
out-of-domain | alexa mes capitaux propres c'est quoi | FB
out-of-domain | alexa écris capitale en majuscules | FB
out-of-domain | alexa c'est quoi la deuxième ville du maroc | FB
out-of-domain | alexa le maire de paris c'est qui | FB
out-of-domain | alexa combien d'habitants à alger | FB
out-of-domain | alexa quelle est la langue officielle de l'angola | FB
out-of-domain | alexa c'est quoi l'île la plus grande de la méditerranée | FB
out-of-domain | alexa mets de la musique de zouk | FB
out-of-domain | alexa c'est quoi la capitale des bois-francs | FB | fr-CA
out-of-domain | alexa la capitale de la mauricie c'est-tu trois-rivières | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'outaouais | FB | fr-CA
out-of-domain | alexa la capitale de la baie-james | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des laurentides | FB | fr-CA
out-of-domain | alexa la capitale de la matapédia | FB | fr-CA
out-of-domain | alexa la capitale mondiale de la motoneige | FB | fr-CA
out-of-domain | alexa la capitale du bleuet c'est-tu dolbeau | FB | fr-CA
out-of-domain | alexa mon placement en capital garanti y rapporte combien | FB | fr-CA
out-of-domain | alexa c'est quoi le meilleur casse-croûte à rimouski | FB | fr-CA
out-of-domain | alexa la capitale du hockey junior | FB | fr-CA
out-of-domain | alexa combien de monde habite à iqaluit | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'île d'orléans | FB | fr-CA
out-of-domain | alexa la capitale de la côte-du-sud | FB | fr-CA
out-of-domain | alexa c'est quoi la langue au nunavut | FB | fr-CA
# --- fr-FR: Lorrains of Metz and Nancy (the Luxembourg frontaliers, "hein dis", "schlass")
lorraine | alexa hein dis la capitale {} c'est quoi je bosse à côté | du luxembourg=LU; de la sarre=DE-SL; de la belgique=BE
lorraine | alexa je suis frontalier à esch et un collègue {} me demande la capitale de chez lui | cap-verdien=CV; monténégrin=ME; bosnien=BA
lorraine | alexa à la fête de la mirabelle y a des jumelés {} c'est quoi leur capitale | de la hesse=DE-HE; de la rhénanie-du-nord-westphalie=DE-NW; de la basse-saxe=DE-NI
lorraine | alexa j'suis schlass mais je veux la capitale {} | de l'autriche=AT; de la hongrie=HU; de la slovénie=SI
# --- fr-FR: more banlieue teenagers and afro-French families
ados | alexa vas-y alexa la capitale {} c'est quoi en vrai | de la jamaïque=JM; de trinité-et-tobago=TT; de la guyana=GY
ados | alexa la hess j'ai zéro en géo dis moi la capitale {} | de l'indonésie=ID; des philippines=PH; du vietnam=VN
ados | alexa starfoullah j'ai encore oublié la capitale {} | de l'arabie saoudite=SA; des émirats arabes unis=AE; du koweït=KW
afrique-fr | alexa tonton dit que la capitale {} a changé c'est quoi maintenant | du burundi=BI; de la côte d'ivoire=CI; du nigeria=NG
afrique-fr | alexa on est à la tontine et les mamans veulent savoir la capitale {} | de la guinée équatoriale=GQ; de sao tomé=ST; du gabon=GA
afrique-fr | alexa mon grand frère il part en mission humanitaire {} c'est quoi la capitale | au soudan du sud=SS; en somalie=SO; en centrafrique=CF
# --- fr-FR: more learners
apprenants | alexa eh bien la capitale {} quelle est elle je pratique mon français | de l'angleterre=GB-ENG; de l'écosse=GB-SCT; de l'irlande du nord=GB-NIR
apprenants | alexa yo soy non pardon je suis espagnol la capitale {} c'est quoi | de l'espagne=ES; du pérou=PE; de cuba=CU
apprenants | alexa io sono italiana euh la capitale {} c'est comment | de saint-marin=SM; du vatican=VA; de malte=MT
# --- fr-FR: more work and games
travail | alexa je fais les marchés de provence et un touriste {} me demande sa capitale | tchèque=CZ; slovaque=SK; polonais=PL
travail | alexa je suis hôtesse de l'air sur le vol {} c'est quoi la capitale à l'arrivée | pour l'île maurice=MU; pour les seychelles=SC; pour madagascar=MG
travail | alexa à la pizzeria le pizzaiolo est {} c'est quoi sa capitale | albanais=AL; kosovar=XK; macédonien=MK
travail | alexa en maraude on croise un monsieur {} il demande sa capitale | afghan=AF; tchadien=TD; libyen=LY
jeux | alexa au jeu des mille euros la question c'est la capitale {} | du bangladesh=BD; du myanmar=MM; du sri lanka=LK
jeux | alexa on fait un escape game et l'énigme c'est la capitale {} | de l'islande=IS; de l'estonie=EE; de la géorgie le pays=GE
jeux | alexa au blind test des hymnes on a reconnu celui {} c'est quoi la capitale | du brésil=BR; de l'uruguay=UY; de la bolivie=BO
enfants | alexa ma cousine elle sait la capitale {} et pas moi c'est quoi | du canada=CA; de la suisse=CH; de l'australie=AU
enfants | alexa j'ai un puzzle du monde et il me manque la capitale {} | de l'afrique du sud=ZA; du kenya=KE; de madagascar=MG
anciens | alexa quand j'étais matelot on faisait escale dans la capitale {} comment elle s'appelle | du sénégal=SN; de la côte d'ivoire=CI; du ghana=GH
anciens | alexa ma petite fille part en erasmus {} c'est quoi la capitale | en finlande=FI; en lettonie=LV; en croatie=HR
# --- fr-CA: more speakers
mtl-ados | alexa c'est full dur de me rappeler la capitale {} aide-moi | de la mongolie=MN; du népal=NP; du laos=LA | fr-CA
jobs-qc | alexa à la cabane à sucre on a des travailleurs {} c'est quoi leur capitale | guatémaltèques=GT; mexicains=MX; jamaïcains=JM | fr-CA
jobs-qc | alexa chu infirmière au chum pis ma patiente est {} elle veut que je lui dise sa capitale | haïtienne=HT; de santo domingo=DO; cubaine=CU | fr-CA
jobs-qc | alexa je pilote un avion de brousse vers le nunavik pis mon passager vient {} c'est quoi la capitale | du nunavut=CA-NU; du groenland=GL; des territoires du nord-ouest=CA-NT | fr-CA
jeux-qc | alexa à la soirée quiz du cégep la question c'est la capitale {} | du yémen=YE; d'oman=OM; du qatar=QA | fr-CA
jeux-qc | alexa on joue au pendu avec la capitale {} je trouve pas | du venezuela=VE; de l'équateur=EC; du panama=PA | fr-CA
aines-qc | alexa ma défunte mère était missionnaire dans la capitale {} comment ça s'appelle | du rwanda=RW; du burundi=BI; du cameroun=CM | fr-CA
aines-qc | alexa la capitale {} mon père y a fait la guerre c'est quoi | de la corée du sud=KR; de l'italie=IT; des pays-bas=NL | fr-CA
quebec-ville | alexa au festival d'été y a un band {} c'est quoi leur capitale | islandais=IS; australien=AU; sénégalais=SN | fr-CA
beauce | alexa coudonc le voisin dit que la capitale {} c'est new york voyons donc | des états-unis=US; de l'état de new york=US-NY; du vermont=US-VT | fr-CA
cote-nord | alexa à la pourvoirie y a des chasseurs {} c'est quoi leur capitale | de la pennsylvanie=US-PA; du michigan=US-MI; de l'ohio=US-OH | fr-CA
franco-ontarien | alexa asteure que je déménage {} c'est quoi la capitale | en alberta=CA-AB; en saskatchewan=CA-SK; au yukon=CA-YT | fr-CA
manitoba | alexa mon neveu joue au hockey junior {} c'est quoi la capitale | au michigan=US-MI; au wisconsin=US-WI; en iowa=US-IA | fr-CA
# --- more official, everyday, reverse, self-correction
official-name | alexa c'est quoi la capitale de la république du kazakhstan pour mon dossier de visa | KZ
official-name | alexa la capitale de la république française ça c'est facile non | FR
official-name | alexa la capitale du royaume de norvège pour la croisière des fjords | NO
official-name | alexa la capitale de la république tunisienne pour le formulaire | TN
official-name | alexa quelle est la capitale de la république fédérale du nigeria | NG | fr-CA
official-name | alexa la capitale du royaume d'espagne pour mon passeport | ES | fr-CA
everyday-name | alexa la capitale du congo-brazza | CG
everyday-name | alexa c'est quoi la capitale des émirats dubaï ou abou dabi | AE
everyday-name | alexa la capitale de l'arabie pour le pèlerinage de ma mère | SA
everyday-name | alexa la capitale des pays-bas enfin la hollande quoi | NL
everyday-name | alexa la capitale de la rdc | CD | fr-CA
everyday-name | alexa c'est quoi la capitale de la tchéquie la république tchèque | CZ | fr-CA
reverse-question | alexa gitega c'est la capitale de quel pays africain | CITY:Gitega
reverse-question | alexa naypyidaw ça appartient à quel pays | CITY:Naypyidaw
reverse-question | alexa abuja c'est la capitale de quel pays africain | CITY:Abuja | fr-CA
reverse-question | alexa whitehorse c'est la capitale de quel territoire | CITY:Whitehorse | fr-CA
self-correction | alexa la capitale de l'autriche non pardon de l'allemagne | DE
self-correction | alexa la capitale du soudan euh du soudan du sud | SS
self-correction | alexa la capitale de la slovaquie non de la slovénie | SI | fr-CA
self-correction | alexa c'est quoi la capitale de l'alberta non attends de la saskatchewan | CA-SK | fr-CA
# --- more help, stop, cancel
help | alexa je bloque qu'est-ce que je dois dire à capitales du monde | HELP
help | alexa explique moi le jeu comme si j'avais cinq ans | HELP
help | alexa aide capitales du monde | HELP | fr-CA
help | alexa mononcle comprend pas le jeu explique-lui | HELP | fr-CA
stop | alexa stop capitales du monde j'ai plus le temps | STOP
stop | alexa bon allez on coupe tout | STOP
stop | alexa arrête le jeu faut que je parte travailler | STOP | fr-CA
stop | alexa c'est fini pour à soir ferme le jeu | STOP | fr-CA
cancel | alexa non annule c'est la télé qui t'a parlé | CANCEL
cancel | alexa annule la question de ma fille | CANCEL
cancel | alexa laisse faire la question du bébé | CANCEL | fr-CA
cancel | alexa oublie ça on le sait déjà | CANCEL | fr-CA
# --- more out-of-domain
out-of-domain | alexa c'est quoi la capitale de la franche-comté | FB
out-of-domain | alexa la capitale du limousin c'est limoges | FB
out-of-domain | alexa c'est quoi la capitale de la picardie | FB
out-of-domain | alexa la capitale du béarn | FB
out-of-domain | alexa la capitale de la bohême | FB
out-of-domain | alexa c'est quoi la capitale de la galice | FB
out-of-domain | alexa la capitale de la vallée d'aoste | FB
out-of-domain | alexa c'est quoi la capitale du frioul | FB
out-of-domain | alexa la capitale du darfour | FB
out-of-domain | alexa c'est quoi la capitale de la cyrénaïque | FB
out-of-domain | alexa mets le journal de franceinfo | FB
out-of-domain | alexa la capitale de la mayenne | FB
out-of-domain | alexa c'est quoi la capitale des charentes | FB | fr-CA
out-of-domain | alexa la capitale du témiscamingue | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de charlevoix | FB | fr-CA
out-of-domain | alexa la capitale de la montérégie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du kamouraska | FB | fr-CA
out-of-domain | alexa la capitale de la côte-ouest américaine | FB | fr-CA
out-of-domain | alexa la capitale des prairies | FB | fr-CA
"""

if __name__ == "__main__":
    build_round(39, "fr", LINES, sys.argv, "tests/Eval/fr/round39/source/build_corpus.py")
