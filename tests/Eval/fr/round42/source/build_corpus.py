"""Round 42, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the forty-third session
(brief WRITER49.md), about a third of the lines fr-CA. Speakers and situations chosen apart from round 41 (no
Champenois, Tourangeaux, Comtois, Gascons, Provençaux, Belgians, Tahitians, Maghrebi parents, West Africans, Portuguese
families, legionnaires, Montérégie, Bois-Francs, Charlevoix, Haitian Montrealers, truckers, construction, cégep,
résidence seniors, hockey parents, nurses, dépanneur, ice fishing) and from what it lists as avoided.
fr-FR devices: Picards of Amiens and the baie de Somme ("hein", "quo", "ch'est", the hortillonnages), Vendéens (the
Puy du Fou, the Vendée Globe, the brioche, "cheuz nous"), Limousins and Berrichons ("le drôle", "la drôlesse", Limoges
porcelain, the Creuse masons, Nohant), Stéphanois (the Verts, the mine museum, "ça caille", "gaga"), Sétois and
Montpelliérains ("oh fan", "pitchoun", "cagade", the joutes), pieds-noirs retirees of the Hérault ("oualou", the
anisette, the kémia), Paris twenty-somethings speaking verlan ("chelou", "relou", "le sang", "zarma"), Lebanese
Parisians ("yalla", "habibi", "ktir"), Romanian workers and nurses ("bine", "hai"), Mauritians ("mo pa kone", "ki
manière", "enn ti"), British retirees of the Charente (learners), Malagasy students ("misaotra"); jobs (an SNCF
controller, a baker at five, a pharmacy, a driving school, a wedding DJ, a Louvre guard, a crèche, a call centre, a
checkout, pizza delivery, a translation agency, a notary, an ambulance); games (a Questions pour un champion club,
Time's Up, belote, an apéro blind test, a Scrabble club, Worldle, the baccalauréat game); study (CM1 homework, BTS
tourisme, a CE1 teacher, a geography lecture, homeschooling, a FLE class); families and an Ehpad.
fr-CA devices: Lanaudière (Joliette, Saint-Donat, Terrebonne, "pantoute", "y fait frette", "astheure"), Nord-du-Québec
and the Baie-James (Radisson, Chibougamau, the camp cafétéria), Centre-Sud and Hochelaga Montrealers ("icitte", "tsé
veux dire", the taverne), French expats on a PVT on the Plateau, West Island anglophones speaking French as a second
language; jobs (snow removal, a garage, an STM bus, a CPE, a casse-croûte, a call centre, a radio morning show, a
forestry camp, a hair salon); games (the bar quiz, Kahoot, the 500, the roulotte); families (grand-maman, a réveillon,
a shower de bébé). Families per speaker group, and the shared families (follow-up, plural-capitals, subdivision,
out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-41 are dropped (build_round with round 42's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Picards of Amiens and the baie de Somme (the hortillonnages, the seals at Le Hourdel, "hein", "quo", "ch'est")
picards | alexa ch'est quo la capitale {} hein | de la lituanie=LT; de la lettonie=LV; de l'estonie=EE
picards | alexa dans les hortillonnages y a des touristes {} en barque c'est quoi leur capitale | allemands=DE; autrichiens=AT; tchèques=CZ
picards | alexa au hourdel on regarde les phoques avec des anglais dis-moi la capitale {} pour faire la conversation | de l'irlande=IE; de l'islande=IS; de la finlande=FI
picards | alexa à la maison de jules verne un gamin m'a demandé la capitale {} ben je savais pas hein | du mozambique=MZ; de madagascar=MG; de la namibie=NA
picards | alexa mon voisin de la baie de somme il dit que la capitale {} c'est pas celle que je crois c'est quoi | du nigeria=NG; du kazakhstan=KZ; de la tanzanie=TZ
picards | alexa quo qu'ch'est déjà la capitale {} | du honduras=HN; du nicaragua=NI; du salvador=SV
picards | alexa au marché sur l'eau on vend des légumes à un couple {} ch'est quoi la capitale de chez eux | hongrois=HU; slovaque=SK; croate=HR
# --- fr-FR: Vendéens (the Puy du Fou, the Vendée Globe at Les Sables d'Olonne, the brioche, the mogettes, "cheuz nous")
vendee | alexa au puy du fou y a un figurant qui vient {} c'est quoi sa capitale | d'albanie=AL; de macédoine du nord=MK; de moldavie=MD
vendee | alexa pour le vendée globe un skipper passe au large {} c'est quoi la capitale du coin | du cap-vert=CV; de l'afrique du sud=ZA; de la nouvelle-zélande=NZ
vendee | alexa aux sables d'olonne un marin m'a dit qu'il avait escalé aux {} ça a quoi comme capitale | îles salomon=SB; îles marshall=MH; fidji=FJ
vendee | alexa cheuz nous on fait la brioche vendéenne mais dis-moi la capitale {} | de la grèce=GR; de chypre=CY; de malte=MT
vendee | alexa le skipper qui est arrivé troisième il est {} ça a quoi comme capitale ce pays-là | japonais=JP; néo-zélandais=NZ; suisse=CH
vendee | alexa avec les mogettes ce midi on se demandait la capitale {} toi tu sais | de l'uruguay=UY; du paraguay=PY; de l'équateur=EC
# --- fr-FR: Limousins and Berrichons (Limoges porcelain, the Creuse masons, the Berry, George Sand, "le drôle", "la drôlesse")
limousin | alexa le drôle me demande la capitale {} et moi j'en sais rien | du botswana=BW; du lesotho=LS; du malawi=MW
limousin | alexa à la manufacture de porcelaine on a une commande {} dis-moi leur capitale pour l'adresse | du qatar=QA; de bahreïn=BH; du koweït=KW
limousin | alexa ma drôlesse elle veut savoir la capitale {} pour son cahier | de la guinée-bissau=GW; de la sierra leone=SL; du liberia=LR
limousin | alexa dans la creuse on a un nouveau médecin il est {} c'est quoi sa capitale | roumain=RO; syrien=SY; bulgare=BG
limousin | alexa à nohant chez george sand une visiteuse m'a parlé de la capitale {} c'est laquelle | de la pologne=PL; de la biélorussie=BY; de l'ukraine=UA
limousin | alexa sur le marché de guéret on disait que la capitale {} avait changé c'est quoi maintenant | du burundi=BI; de la birmanie=MM; du kazakhstan=KZ
limousin | alexa mon grand-père était maçon de la creuse il a travaillé à paris mais la capitale {} c'est quoi | de l'angleterre=GB-ENG; de l'écosse=GB-SCT; du pays de galles=GB-WLS
# --- fr-FR: Stéphanois (the Verts at Geoffroy-Guichard, the old mines, "gaga", "ça caille", "la fraîche")
stephanois | alexa le nouvel attaquant des verts il est {} c'est quoi la capitale de son pays | ghanéen=GH; ivoirien=CI; burkinabé=BF
stephanois | alexa à geoffroy-guichard y avait des supporters {} dis-moi leur capitale | bosniens=BA; serbes=RS; monténégrins=ME
stephanois | alexa ça caille ce matin dis-moi la capitale {} ça me réchauffera | du brésil=BR; de la colombie=CO; du venezuela=VE
stephanois | alexa au musée de la mine un vieux mineur était {} c'est quoi la capitale là-bas | polonais=PL; italien=IT; marocain=MA
stephanois | alexa mon collègue il parle gaga comme un ancien mais il sait pas la capitale {} toi oui | de la mongolie=MN; du kirghizstan=KG; de l'ouzbékistan=UZ
stephanois | alexa à la biennale du design des exposants {} m'ont dit leur capitale mais j'ai oublié | coréens=KR; finlandais=FI; danois=DK
# --- fr-FR: Languedoc, Sète and Montpellier (the joutes nautiques, the tielle, "oh fan", "pitchoun", "cagade")
sete | alexa oh fan c'est quoi la capitale {} | de la jamaïque=JM; de cuba=CU; d'haïti=HT
sete | alexa pendant les joutes nautiques un touriste {} m'a demandé la capitale de chez lui je sais pas | norvégien=NO; australien=AU; canadien=CA
sete | alexa le pitchoun il veut savoir la capitale {} avant de manger sa tielle | de l'égypte=EG; de la libye=LY; de la tunisie=TN
sete | alexa j'ai fait une cagade à l'examen j'ai mis la mauvaise capitale {} c'est laquelle la bonne | de la nouvelle-zélande=NZ; de la turquie=TR; de la suisse=CH
sete | alexa sur le port de sète un chalutier est parti {} ça a quoi comme capitale | en mauritanie=MR; au sénégal=SN; en guinée=GN
sete | alexa à la fac de montpellier ma colocataire est {} c'est quoi sa capitale à elle | malgache=MG; comorienne=KM; mauricienne=MU
sete | alexa au mont saint-clair on se demandait la capitale {} vu qu'on voit la mer | de l'espagne=ES; du portugal=PT; de l'algérie=DZ
# --- fr-FR: pieds-noirs retirees of the Hérault ("la kémia", "tu me crois pas", "oualou", the anisette)
piedsnoirs | alexa à l'heure de l'anisette on se dispute la capitale {} tu me crois pas dis-le | de l'algérie=DZ; du maroc=MA; de la jordanie=JO
piedsnoirs | alexa mon père disait que la capitale {} c'était une autre ville avant c'est quoi aujourd'hui | du nigeria=NG; de la côte d'ivoire=CI; de la tanzanie=TZ
piedsnoirs | alexa avec la kémia on fait un jeu alors la capitale {} ma fille | du liban=LB; d'israël=IL; de la syrie=SY
piedsnoirs | alexa oualou j'ai oublié la capitale {} tu peux me la redire | de l'irak=IQ; de l'iran=IR; du yémen=YE
piedsnoirs | alexa au cercle des rapatriés la question du jour c'est la capitale {} | d'oman=OM; des émirats=AE; de l'arabie saoudite=SA
# --- fr-FR: Paris and the petite couronne, adults in their twenties speaking verlan ("chelou", "relou", "ouf", "le sang", "zarma")
verlan | alexa frère c'est quoi la capitale {} c'est chelou comme nom | du burkina=BF; du turkménistan=TM; de la micronésie=FM
verlan | alexa le sang il me dit que la capitale {} c'est lagos c'est ouf c'est vrai ou pas | du nigeria=NG; du bénin=BJ; du ghana=GH
verlan | alexa zarma la capitale {} c'est quoi wesh | du congo=CG; du gabon=GA; du cameroun=CM
verlan | alexa c'est relou mon pote il arrête pas avec la capitale {} dis-lui toi | de l'australie=AU; de la malaisie=MY; du pakistan=PK
verlan | alexa on part en teuf à ibiza mais c'est quoi la capitale {} en vrai | de l'espagne=ES; des baléares euh non de l'espagne=ES; d'andorre=AD
verlan | alexa ma meuf elle vient {} c'est quoi leur capitale je veux pas passer pour un bouffon | des comores=KM; de djibouti=DJ; de somalie=SO
# --- fr-FR: Lebanese Parisians ("yalla", "habibi", "ktir", "merci" and "mersi")
libanais | alexa yalla dis-moi la capitale {} habibi | du liban=LB; de la jordanie=JO; du qatar=QA
libanais | alexa ma tante elle habite {} c'est quoi la capitale là-bas ktir loin | en arménie=AM; en géorgie le pays=GE; à chypre=CY
libanais | alexa mon cousin travaille {} il m'a dit la capitale mais j'ai oublié yalla | aux émirats arabes unis=AE; au koweït=KW; en arabie saoudite=SA
libanais | alexa au restaurant de la rue de la roquette un client {} m'a demandé la capitale de son pays | brésilien d'origine libanaise=BR; sénégalais d'origine libanaise=SN; australien d'origine libanaise=AU
# --- fr-FR: Romanian workers and nurses ("bine", "mersi", "dom'le" written as "domnule", "hai")
roumains | alexa bine alors capitale {} c'est quoi | de la moldavie=MD; de la roumanie=RO; de la hongrie=HU
roumains | alexa hai spune-mi pardon en français la capitale {} | de la serbie=RS; de la bulgarie=BG; de l'ukraine=UA
roumains | alexa je suis infirmière à l'ehpad une résidente me demande la capitale {} c'est laquelle | de l'autriche=AT; de la slovaquie=SK; de la slovénie=SI
roumains | alexa sur le chantier mon chef il est {} je veux savoir sa capitale pour parler avec lui | portugais=PT; turc=TR; marocain=MA
# --- fr-FR: Mauritians of the Paris suburbs ("mo pa kone", "ki manière", "enn ti" Mauritian Creole)
mauriciens | alexa mo pa kone la capitale {} ki manière tu peux me dire | de maurice=MU; des seychelles=SC; de madagascar=MG
mauriciens | alexa ma belle-soeur est {} elle dit que leur capitale c'est colombo c'est vrai | sri-lankaise=LK; indienne=IN; bangladaise=BD
mauriciens | alexa enn ti question la capitale {} s'il te plaît | des maldives=MV; du népal=NP; du bhoutan=BT
mauriciens | alexa pour le séga au mariage un groupe vient {} c'est quoi leur capitale | de rodrigues enfin maurice=MU; de la réunion=RE; de mayotte=YT
# --- fr-FR: British retirees of the Charente, learners ("what's the word", "le capital" for "la capitale")
anglais | alexa quelle est le capital {} please | de la nouvelle-zélande=NZ; du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR
anglais | alexa what's the word euh la capitale {} s'il vous plaît | de la barbade=BB; des bahamas=BS; de la grenade=GD
anglais | alexa mon voisin français demande moi la capitale {} et je ne sais pas | de la guyane=GY; du suriname=SR; du belize=BZ
anglais | alexa sorry je répète la capitale {} merci beaucoup | de trinité-et-tobago=TT; de sainte-lucie=LC; de la dominique=DM
anglais | alexa à la brocante de cognac un homme me demande capitale {} | du canada=CA; des états-unis=US; de l'écosse=GB-SCT
anglais | alexa my wife dit que la capitale {} est une petite ville c'est vrai | de l'australie=AU; de la suisse=CH; du malawi=MW
# --- fr-FR: Malagasy and Comorian students of Montpellier and Marseille-free Nîmes ("mazotoa", "misaotra", "ah bon")
malgaches | alexa misaotra d'avance c'est quoi la capitale {} | du rwanda=RW; de l'ouganda=UG; du kenya=KE
malgaches | alexa je fais un mémoire sur l'océan indien la capitale {} s'il te plaît | des comores=KM; des seychelles=SC; des maldives=MV
malgaches | alexa mon directeur de thèse est {} c'est quoi sa capitale | éthiopien=ET; érythréen=ER; soudanais=SD
# --- fr-FR: jobs (an SNCF controller, a boulangerie at five in the morning, a pharmacy, a driving school, a wedding DJ, a museum guard, a crèche, a call centre, supermarket checkout, a pizza delivery, a translation agency, a notary, an ambulance)
boulot | alexa dans le tgv un voyageur {} m'a demandé la capitale de chez lui je suis contrôleur | néerlandais=NL; luxembourgeois=LU; belge=BE
boulot | alexa il est cinq heures du mat je fais le pain et je me demande la capitale {} | du cambodge=KH; du laos=LA; du viêt nam=VN
boulot | alexa à la pharmacie une cliente {} ne parlait pas français c'est quoi sa capitale | géorgienne=GE; arménienne=AM; azerbaïdjanaise=AZ
boulot | alexa à l'auto-école mon élève a eu son permis {} c'est quoi la capitale là-bas | en tunisie=TN; au sénégal=SN; au cameroun=CM
boulot | alexa je suis dj pour un mariage franco-{} il faut que je salue la capitale c'est laquelle | malien=ML; tchadien=TD; nigérien=NE
boulot | alexa au musée du louvre des visiteurs {} m'ont demandé leur propre capitale pour rigoler | chinois=CN; japonais=JP; indiens=IN
boulot | alexa à la crèche on fait une fête des pays c'est quoi la capitale {} | du togo=TG; de la guinée équatoriale=GQ; de la centrafrique=CF
boulot | alexa au call center un client m'appelle {} ça a quoi comme capitale déjà | d'israël=IL; de jordanie=JO; d'égypte=EG
boulot | alexa à la caisse du supermarché une dame m'a dit qu'elle venait {} c'est quoi la capitale | du sri lanka=LK; d'indonésie=ID; des philippines=PH
boulot | alexa je livre des pizzas et un client {} m'a posé une colle la capitale de chez lui | péruvien=PE; bolivien=BO; chilien=CL
boulot | alexa à l'agence de traduction on traduit un contrat {} dis-moi la capitale pour l'en-tête | du myanmar=MM; de thaïlande=TH; de singapour=SG
boulot | alexa chez le notaire une succession {} il me faut la capitale du pays | au liechtenstein=LI; à monaco=MC; à saint-marin=SM
boulot | alexa dans l'ambulance le patient délire il répète la capitale {} c'est laquelle | de l'argentine=AR; du mexique=MX; du guatemala=GT
# --- fr-FR: games (a Questions pour un champion club, Time's Up, belote at the bar, an apéro blind test, a Scrabble club, Worldle on the phone)
jeux-fr | alexa au club questions pour un champion on révise la capitale {} vite | du tadjikistan=TJ; de l'azerbaïdjan=AZ; de l'arménie=AM
jeux-fr | alexa au time's up ma soeur a fait deviner la capitale {} c'est laquelle | de l'inde=IN; du bangladesh=BD; du pakistan=PK
jeux-fr | alexa à la belote au bar le perdant doit dire la capitale {} aide-moi | du danemark=DK; de la suède=SE; de la norvège=NO
jeux-fr | alexa pour le blind test de l'apéro on a mis une question bonus la capitale {} | de la corée du nord=KP; de taïwan=TW; de la mongolie=MN
jeux-fr | alexa au club de scrabble on discute du mot la capitale {} s'écrit comment c'est laquelle | du kirghizstan=KG; de l'eswatini=SZ; du timor oriental=TL
jeux-fr | alexa sur worldle aujourd'hui c'était {} mais c'est quoi sa capitale | le vanuatu=VU; les tonga=TO; les samoa=WS
jeux-fr | alexa on joue au baccalauréat en famille à la lettre k la capitale {} ça marche | du kenya=KE; du kosovo=XK; du koweït=KW
# --- fr-FR: school and study (a CM1 homework table, BTS tourism students, a teacher trainee, a university geography lecturer, a homeschooling mother)
etudes | alexa pour les devoirs de cm un on doit trouver la capitale {} | de la suisse=CH; de l'autriche=AT; de la belgique=BE
etudes | alexa en bts tourisme on a un partiel demain la capitale {} s'il te plaît | de la croatie=HR; du monténégro=ME; de l'albanie=AL
etudes | alexa je prépare une séance de géo pour mes ce un c'est quoi la capitale {} | du sénégal=SN; du mali=ML; du niger=NE
etudes | alexa en amphi de géographie le prof a dit que la capitale {} était artificielle c'est laquelle | du brésil=BR; du kazakhstan=KZ; de la birmanie=MM
etudes | alexa on fait l'école à la maison aujourd'hui c'est la capitale {} | du zimbabwe=ZW; de la zambie=ZM; de l'angola=AO
etudes | alexa pour le cours de fle je prépare une fiche avec la capitale {} | de la palestine=PS; du kosovo=XK; de taïwan=TW
# --- fr-FR: families (grandparents babysitting, a couple expecting a baby, honeymoon planning, a divorced dad's weekend)
familles | alexa papy demande la capitale {} les petits veulent savoir | du chili=CL; de l'argentine=AR; du pérou=PE
familles | alexa on cherche un prénom pour le bébé et mon mari propose le nom de la capitale {} c'est quoi déjà | de la géorgie le pays=GE; de la bolivie=BO; de l'érythrée=ER
familles | alexa pour notre voyage de noces on hésite c'est quoi la capitale {} | des seychelles=SC; de maurice=MU; de la polynésie française=PF
familles | alexa c'est mon week-end avec les enfants et ils veulent la capitale {} | de l'islande=IS; du groenland=GL; des îles féroé=FO
familles | alexa mamie dit que la capitale {} c'est pas ça du tout c'est quoi | de la tchéquie=CZ; de l'italie=IT; de la pologne=PL
familles | alexa au repas de famille tonton il parie que la capitale {} c'est sydney | de l'australie=AU; de la nouvelle-galles du sud=AU-NSW; de la tasmanie=AU-TAS
# --- fr-FR: seniors in an Ehpad and a retirees' club (hearing, old names, slow speech)
ehpad | alexa euh attends la capitale {} voilà | de la roumanie=RO; de la grèce=GR; de la hongrie=HU
ehpad | alexa ma petite je n'entends plus très bien répète la capitale {} | du portugal=PT; de l'irlande=IE; de la norvège=NO
ehpad | alexa à l'animation du jeudi la question c'était la capitale {} | du soudan=SD; de l'éthiopie=ET; de la somalie=SO
ehpad | alexa de mon temps on disait pas pareil c'est quoi maintenant la capitale {} | de la birmanie=MM; du sri lanka=LK; de l'ouganda=UG
# --- fr-CA: Lanaudière (Joliette, Saint-Donat, the Festival de Lanaudière, "pantoute", "y fait frette", "astheure")
lanaudiere | alexa y fait frette à saint-donat à matin c'est quoi la capitale {} | de la finlande=FI; de l'islande=IS; de la russie=RU | fr-CA
lanaudiere | alexa au festival de lanaudière y a un orchestre {} c'est quoi leur capitale | autrichien=AT; tchèque=CZ; letton=LV | fr-CA
lanaudiere | alexa je sais pantoute la capitale {} peux-tu me le dire | du zimbabwe=ZW; du botswana=BW; de la namibie=NA | fr-CA
lanaudiere | alexa astheure c'est quoi la capitale {} ça a-tu changé | du burundi=BI; de la côte d'ivoire=CI; du kazakhstan=KZ | fr-CA
lanaudiere | alexa à joliette au marché un gars m'a dit qu'il venait {} c'est quoi la capitale de ça | du guatemala=GT; du salvador=SV; du honduras=HN | fr-CA
lanaudiere | alexa mon beau-frère de terrebonne gage que la capitale {} c'est vancouver | de la colombie-britannique=CA-BC; du canada=CA; de l'alberta=CA-AB | fr-CA
lanaudiere | alexa en motoneige sur le lac on se demandait la capitale {} | du nunavut=CA-NU; du yukon=CA-YT; des territoires du nord-ouest=CA-NT | fr-CA
# --- fr-CA: Nord-du-Québec and the Baie-James (Hydro camps at Radisson, Chibougamau, fly-in fly-out shifts, the camp cafétéria)
baiejames | alexa au camp de radisson on s'ennuie dis-nous la capitale {} | du manitoba=CA-MB; de la saskatchewan=CA-SK; de l'ontario=CA-ON | fr-CA
baiejames | alexa à chibougamau on a un nouveau foreman il vient {} c'est quoi la capitale | de terre-neuve=CA-NL; de la nouvelle-écosse=CA-NS; du nouveau-brunswick=CA-NB | fr-CA
baiejames | alexa dans l'avion pour la-grande le pilote est {} c'est quoi la capitale chez eux | mexicain=MX; chilien=CL; colombien=CO | fr-CA
baiejames | alexa à la cafétéria du camp la question du souper c'est la capitale {} | de l'île-du-prince-édouard=CA-PE; du québec=CA-QC; de la nouvelle-écosse=CA-NS | fr-CA
baiejames | alexa mon shift finit jeudi pis je m'en vais dans le sud mais c'est quoi la capitale {} | du costa rica=CR; de panama=PA; de la république dominicaine=DO | fr-CA
baiejames | alexa les gars du barrage disent que la capitale {} c'est anchorage c'est-tu vrai | de l'alaska=US-AK; de l'état de washington=US-WA; de l'oregon=US-OR | fr-CA
# --- fr-CA: working-class Centre-Sud and Hochelaga Montrealers ("icitte", "tsé veux dire", "pas pire", "en sacrament" toned down to "en maudit")
centresud | alexa tsé veux dire la capitale {} c'est quoi | du vermont=US-VT; du maine=US-ME; du new hampshire=US-NH | fr-CA
centresud | alexa icitte on gage une bière sur la capitale {} | de l'état de new york=US-NY; du massachusetts=US-MA; du connecticut=US-CT | fr-CA
centresud | alexa ma voisine d'en haut dit que la capitale {} c'est miami c'est faux en maudit | de la floride=US-FL; de la géorgie l'état=US-GA; de la caroline du sud=US-SC | fr-CA
centresud | alexa à la taverne sur ontario le barman sait pas la capitale {} toé tu sais-tu | du texas=US-TX; de la louisiane=US-LA; de l'arizona=US-AZ | fr-CA
centresud | alexa pas pire ta dernière réponse astheure la capitale {} | du rhode island=US-RI; du delaware=US-DE; du maryland=US-MD | fr-CA
# --- fr-CA: French expats on the Plateau on a working holiday (PVT), half France half Québec ("c'est correct", "tabarnak" in jest, "le dépanneur")
plateau | alexa je suis en pvt à montréal et mes collègues me testent sur la capitale {} | de l'ontario=CA-ON; du manitoba=CA-MB; de la colombie-britannique=CA-BC | fr-CA
plateau | alexa chez nous en france on dit pas pareil mais la capitale {} c'est quoi ici | de l'alberta=CA-AB; du nunavut=CA-NU; de l'île-du-prince-édouard=CA-PE | fr-CA
plateau | alexa mes colocs québécois rient de moi parce que je sais pas la capitale {} | du nouveau-brunswick=CA-NB; de terre-neuve-et-labrador=CA-NL; du yukon=CA-YT | fr-CA
plateau | alexa c'est correct si je te demande la capitale {} en passant | du michigan=US-MI; de l'ohio=US-OH; de la pennsylvanie=US-PA | fr-CA
# --- fr-CA: anglophone Montrealers of the West Island speaking French as a second language ("like", "so", "le" for "la")
anglos | alexa so c'est quoi le capitale {} | de la californie=US-CA; du nevada=US-NV; de l'utah=US-UT | fr-CA
anglos | alexa like je veux savoir la capitale {} please | de l'irlande=IE; de l'écosse=GB-SCT; de l'angleterre=GB-ENG | fr-CA
anglos | alexa ma fille est en immersion et elle demande la capitale {} en français | de la jamaïque=JM; de la barbade=BB; de trinidad=TT | fr-CA
anglos | alexa okay alors le capitale {} c'est quoi exactly | de l'illinois=US-IL; de l'indiana=US-IN; du wisconsin=US-WI | fr-CA
# --- fr-CA: jobs (snow removal at night, a garage before winter tires, an STM bus driver, a CPE educator, a casse-croûte, a Bell call centre, a radio morning show, a forestry camp)
jobs-qc | alexa dans la souffleuse à trois heures du matin je me demande la capitale {} | du minnesota=US-MN; du dakota du nord=US-ND; du montana=US-MT | fr-CA
jobs-qc | alexa au garage on pose des pneus d'hiver pis le boss veut la capitale {} | de l'iowa=US-IA; du nebraska=US-NE; du kansas=US-KS | fr-CA
jobs-qc | alexa sur la ligne cinquante-cinq un passager m'a demandé la capitale {} | de l'équateur=EC; du pérou=PE; de la bolivie=BO | fr-CA
jobs-qc | alexa au cpe on fait le tour du monde avec les cocos c'est quoi la capitale {} | du japon=JP; de la chine=CN; de la corée du sud=KR | fr-CA
jobs-qc | alexa au casse-croûte un client de passage vient {} c'est quoi leur capitale | du kentucky=US-KY; du tennessee=US-TN; de l'alabama=US-AL | fr-CA
jobs-qc | alexa au centre d'appels un client m'appelle {} c'est quoi la capitale de là | du missouri=US-MO; de l'arkansas=US-AR; de l'oklahoma=US-OK | fr-CA
jobs-qc | alexa pour le quiz de l'émission du matin j'ai besoin de la capitale {} | du mississippi=US-MS; de la caroline du nord=US-NC; de la virginie=US-VA | fr-CA
jobs-qc | alexa au camp forestier les gars parlent de la capitale {} | du wyoming=US-WY; du dakota du sud=US-SD; de l'idaho=US-ID | fr-CA
jobs-qc | alexa à la coiffure une cliente revient {} elle sait pas la capitale de là c'est quoi | d'hawaï=US-HI; du colorado=US-CO; du nouveau-mexique=US-NM | fr-CA
jobs-qc | alexa à la cabane de déneigement on parie la capitale {} | de la virginie-occidentale=US-WV; du new jersey=US-NJ; de l'oregon=US-OR | fr-CA
# --- fr-CA: games (a quiz at the bar "le quiz du mardi", Kahoot at the office, the 500 card game, a camping trip in the roulotte)
jeux-qc | alexa au quiz du mardi au bar la question c'est la capitale {} | de l'australie-occidentale=AU-WA; du queensland=AU-QLD; du victoria en australie=AU-VIC | fr-CA
jeux-qc | alexa au kahoot du bureau j'ai perdu sur la capitale {} c'était quoi | du kerala=IN-KL; du maharashtra=IN-MH; du tamil nadu=IN-TN | fr-CA
jeux-qc | alexa en jouant au cinq cents ma tante demande la capitale {} | de la grèce=GR; de la turquie=TR; de l'égypte=EG | fr-CA
jeux-qc | alexa au camping dans la roulotte on joue aux devinettes la capitale {} | de la bavière=DE-BY; de la saxe=DE-SN; de la hesse=DE-HE | fr-CA
jeux-qc | alexa dans le quiz à la télé y ont demandé la capitale {} j'ai pas su | de l'état de mexico=MX-MEX; du yucatán=MX-YUC; de jalisco=MX-JAL | fr-CA
jeux-qc | alexa au party de bureau on fait un jeu mettons la capitale {} | de rio grande do sul=BR-RS; de minas gerais=BR-MG; de são paulo l'état=BR-SP | fr-CA
# --- fr-CA: families (CPE pick-up, grand-maman and grand-papa, a réveillon, a shower de bébé)
familles-qc | alexa grand-maman veut savoir la capitale {} pour son mot croisé | du kenya=KE; de la tanzanie=TZ; de l'ouganda=UG | fr-CA
familles-qc | alexa au réveillon mon oncle dit que la capitale {} c'est sydney voyons donc | de l'australie=AU; de la nouvelle-zélande=NZ; de la papouasie-nouvelle-guinée=PG | fr-CA
familles-qc | alexa au shower de bébé on fait un jeu c'est quoi la capitale {} | de la suède=SE; du danemark=DK; de la norvège=NO | fr-CA
familles-qc | alexa grand-papa y a travaillé {} dans le temps c'est quoi la capitale | au venezuela=VE; au chili=CL; en argentine=AR | fr-CA
familles-qc | alexa en revenant du cpe ma petite m'a demandé la capitale {} | de la france=FR; de l'espagne=ES; de l'italie=IT | fr-CA
familles-qc | alexa mon gars part en voyage humanitaire {} c'est quoi la capitale là-bas | au guatemala=GT; au nicaragua=NI; en haïti=HT | fr-CA
# --- follow-up: a second question after an answer, without "capitale" repeated
follow-up | alexa et {} | pour le bhoutan=BT; pour le népal alors=NP; pour le laos tant qu'on y est=LA
follow-up | alexa ok merci et celle {} | du tchad=TD; de la mauritanie=MR; du soudan du sud=SS
follow-up | alexa d'accord pis {} c'est quoi | pour l'alberta=CA-AB; la saskatchewan=CA-SK; le manitoba=CA-MB | fr-CA
follow-up | alexa super maintenant fais {} | la hongrie=HU; la slovénie=SI; la croatie=HR
follow-up | alexa et si je te dis {} | le liechtenstein=LI; andorre=AD; monaco=MC
follow-up | alexa pis celle {} tant qu'à faire | de l'ohio=US-OH; du michigan=US-MI; de l'indiana=US-IN | fr-CA
follow-up | alexa la même chose pour {} | le rwanda=RW; le burundi=BI; l'ouganda=UG
follow-up | alexa ah bon et {} du coup | l'estonie=EE; la lettonie=LV; la lituanie=LT
follow-up | alexa ok ok et pour {} elle est où la capitale | le vietnam=VN; la thaïlande=TH; le cambodge=KH
follow-up | alexa pis {} d'abord | le texas=US-TX; la californie=US-CA; la floride=US-FL | fr-CA
follow-up | alexa encore une {} | l'arménie=AM; la géorgie en europe=GE; l'azerbaïdjan=AZ
follow-up | alexa merci et {} maintenant | les îles salomon=SB; le vanuatu=VU; les fidji=FJ
follow-up | alexa et {} tu connais | kiribati=KI; tuvalu=TV; nauru=NR
follow-up | alexa ok mettons {} | le wisconsin=US-WI; l'iowa=US-IA; le minnesota=US-MN | fr-CA
follow-up | alexa et pour finir {} | le gabon=GA; le congo-brazzaville=CG; la guinée équatoriale=GQ
follow-up | alexa bon et {} alors | sao tomé=ST; le cap-vert=CV; la gambie=GM
# --- plural-capitals: every several-capital country and Palestine
plural-capitals | alexa quelles sont les capitales {} | de la bolivie=BO; de l'afrique du sud=ZA; du bénin=BJ
plural-capitals | alexa donne-moi toutes les capitales {} | de la malaisie=MY; du sri lanka=LK; des pays-bas=NL
plural-capitals | alexa c'est quoi les deux capitales {} | de l'eswatini=SZ; de la côte d'ivoire=CI; de la palestine=PS
plural-capitals | alexa il y a combien de capitales {} et c'est lesquelles | en afrique du sud=ZA; en bolivie=BO; aux pays-bas=NL | fr-CA
plural-capitals | alexa c'est quoi les capitales {} j'ai entendu qu'il y en a plusieurs | du bénin=BJ; de la malaisie=MY; du swaziland=SZ | fr-CA
plural-capitals | alexa nomme-moi les capitales {} toutes | du sri lanka=LK; de la côte d'ivoire=CI; de la palestine=PS | fr-CA
plural-capitals | alexa les trois capitales de l'afrique du sud c'est lesquelles | ZA
plural-capitals | alexa pourquoi la hollande a deux capitales c'est lesquelles | NL
plural-capitals | alexa mon prof dit que la bolivie a deux capitales lesquelles | BO
plural-capitals | alexa y a-tu vraiment deux capitales en malaisie c'est quoi | MY | fr-CA
plural-capitals | alexa dis-moi les villes capitales du jammu-et-cachemire | IN-JK
plural-capitals | alexa c'est quoi les capitales de l'uttarakhand été comme hiver | IN-UK
plural-capitals | alexa montserrat a combien de capitales et c'est quoi | MS
# --- subdivision: states, Länder, provinces and territories
subdivision | alexa quel est le chef-lieu {} | de la rhénanie-palatinat=DE-RP; de la sarre=DE-SL; de la thuringe=DE-TH
subdivision | alexa c'est quoi la capitale du land {} | de brandebourg=DE-BB; de saxe-anhalt=DE-ST; de basse-saxe=DE-NI
subdivision | alexa en allemagne la capitale {} c'est quelle ville | du schleswig-holstein=DE-SH; de la bavière=DE-BY; du bade-wurtemberg=DE-BW
subdivision | alexa pour mon erasmus à mayence j'ai besoin de savoir la capitale {} | de la rhénanie-du-nord-westphalie=DE-NW; du mecklembourg=DE-MV; de la hesse=DE-HE
subdivision | alexa c'est quoi la capitale de l'état indien {} | du gujarat=IN-GJ; du rajasthan=IN-RJ; du pendjab=IN-PB
subdivision | alexa en inde la capitale {} c'est laquelle | du bihar=IN-BR; de l'odisha=IN-OD; du jharkhand=IN-JH
subdivision | alexa mon collègue de bangalore demande la capitale {} | du karnataka=IN-KA; de l'andhra pradesh=IN-AP; du telangana=IN-TS
subdivision | alexa on part en trek dans l'himalaya la capitale {} c'est quoi | du sikkim=IN-SK; de l'himachal pradesh=IN-HP; du ladakh=IN-LA
subdivision | alexa la capitale {} au nord-est de l'inde | de l'assam=IN-AS; du meghalaya=IN-ML; du manipur=IN-MN
subdivision | alexa et la capitale {} toujours en inde | du nagaland=IN-NL; du mizoram=IN-MZ; du tripura=IN-TR
subdivision | alexa dans l'état {} la capitale c'est quoi | du chhattisgarh=IN-CG; de l'arunachal pradesh=IN-AR; du madhya pradesh=IN-MP
subdivision | alexa la capitale du territoire {} | de pondichéry=IN-PY; des îles andaman-et-nicobar=IN-AN; des laquedives=IN-LD
subdivision | alexa au brésil la capitale de l'état {} c'est quoi | de bahia=BR-BA; du pernambouc=BR-PE; du ceará=BR-CE
subdivision | alexa pour le carnaval je vais au brésil c'est quoi la capitale {} | de l'amazonas=BR-AM; du pará=BR-PA; du maranhão=BR-MA
subdivision | alexa la capitale de l'état brésilien {} | de goiás=BR-GO; du mato grosso=BR-MT; du mato grosso do sul=BR-MS
subdivision | alexa au brésil toujours la capitale {} | du paraná=BR-PR; de santa catarina=BR-SC; de l'espírito santo=BR-ES
subdivision | alexa c'est quoi la capitale de l'état de {} au brésil | rondônia=BR-RO; roraima=BR-RR; tocantins=BR-TO
subdivision | alexa la capitale {} dans le nordeste | du piauí=BR-PI; de la paraíba=BR-PB; du rio grande do norte=BR-RN
subdivision | alexa c'est quoi la capitale {} brésilien | de l'acre=BR-AC; de l'amapá=BR-AP; du sergipe=BR-SE
subdivision | alexa la capitale de l'état d'{} au brésil | alagoas=BR-AL
subdivision | alexa au mexique la capitale de l'état {} | de oaxaca=MX-OAX; du chiapas=MX-CHP; de veracruz=MX-VER
subdivision | alexa on part à cancún c'est quoi la capitale {} | du quintana roo=MX-ROO; du yucatán=MX-YUC; de campeche=MX-CAM
subdivision | alexa c'est quoi la capitale de l'état mexicain {} | de sonora=MX-SON; de sinaloa=MX-SIN; de basse-californie=MX-BCN
subdivision | alexa au mexique la capitale {} c'est laquelle | de la basse-californie du sud=MX-BCS; du michoacán=MX-MIC; du guerrero=MX-GRO
subdivision | alexa la capitale mexicaine {} | du nuevo león=MX-NLE; du coahuila=MX-COA; du tamaulipas=MX-TAM
subdivision | alexa et au mexique {} ça a quoi comme capitale | le morelos=MX-MOR; le tabasco=MX-TAB; le hidalgo=MX-HID
subdivision | alexa la capitale de l'état de {} au mexique | puebla=MX-PUE; durango=MX-DUR; zacatecas=MX-ZAC
subdivision | alexa c'est quoi la capitale {} mexicain | du nayarit=MX-NAY; du colima=MX-COL; du tlaxcala=MX-TLA
subdivision | alexa la capitale de l'état {} au mexique | de querétaro=MX-QUE; de guanajuato=MX-GUA; d'aguascalientes=MX-AGU
subdivision | alexa la capitale de l'état de chihuahua | MX-CHH
subdivision | alexa c'est quoi la capitale de san luis potosí l'état | MX-SLP
subdivision | alexa en australie la capitale {} c'est quoi | de l'australie-méridionale=AU-SA; du territoire du nord=AU-NT; de l'état de victoria=AU-VIC
subdivision | alexa quelle est la capitale de l'état {} aux états-unis | du montana=US-MT; du nebraska=US-NE; de l'utah=US-UT
subdivision | alexa la capitale de l'état américain {} | du nevada=US-NV; du kansas=US-KS; du kentucky=US-KY
subdivision | alexa aux states la capitale {} | du wisconsin=US-WI; du tennessee=US-TN; du missouri=US-MO | fr-CA
subdivision | alexa c'est quoi la capitale provinciale {} | de la saskatchewan=CA-SK; de l'alberta=CA-AB; du québec=CA-QC | fr-CA
subdivision | alexa la capitale territoriale {} | du yukon=CA-YT; du nunavut=CA-NU; des territoires du nord-ouest=CA-NT | fr-CA
subdivision | alexa la capitale de la {} | caroline du nord=US-NC; virginie=US-VA; pennsylvanie=US-PA
subdivision | alexa c'est quoi la ville capitale {} | de l'alabama=US-AL; du mississippi=US-MS; de l'arkansas=US-AR
subdivision | alexa la capitale de l'état {} | de l'oklahoma=US-OK; du dakota du sud=US-SD; du dakota du nord=US-ND
subdivision | alexa chef-lieu {} s'il te plaît | de la guadeloupe=GP; de la martinique=MQ; de la guyane française=GF
subdivision | alexa c'est quoi la capitale de l'île {} | de jersey=JE; de guernesey=GG; de man=IM
subdivision | alexa la capitale {} dans les caraïbes | d'aruba=AW; de curaçao=CW; de sint-maarten=SX
subdivision | alexa c'est quoi la capitale {} là-bas dans l'atlantique | des bermudes=BM; des îles caïmans=KY; des îles turques-et-caïques=TC
subdivision | alexa la capitale {} c'est laquelle | de saint-barthélemy=BL; de saint-martin côté français=MF; de saint-pierre-et-miquelon=PM
subdivision | alexa c'est quoi la capitale {} dans le pacifique | de wallis-et-futuna=WF; de la nouvelle-calédonie=NC; de guam=GU
subdivision | alexa la capitale {} en amérique s'il vous plaît | de porto rico=PR; des samoa américaines=AS; des îles mariannes du nord=MP
subdivision | alexa c'est quoi la capitale des îles {} | malouines=FK; cook=CK; pitcairn=PN
subdivision | alexa et la capitale {} | de sainte-hélène=SH; de gibraltar=GI; d'anguilla=AI
subdivision | alexa c'est quoi la capitale {} territoire | de niue=NU; des tokelau=TK; de l'île norfolk=NF
subdivision | alexa la capitale {} au juste | des îles vierges britanniques=VG; des îles vierges américaines=VI; de montserrat=MS
subdivision | alexa c'est quoi la capitale {} dans le nord | du svalbard=SJ; des îles åland=AX; du groenland=GL
subdivision | alexa la capitale de l'île {} | christmas=CX; de la réunion=RE; de mayotte=YT
subdivision | alexa c'est quoi la capitale du sahara occidental | EH
subdivision | alexa la capitale des terres australes françaises | TF
subdivision | alexa c'est quoi la capitale des pays-bas caribéens | BQ
subdivision | alexa la capitale des îles cocos | CC
subdivision | alexa c'est quoi la capitale du territoire de la capitale australienne | AU-ACT
subdivision | alexa la capitale de l'état de washington sur la côte ouest | US-WA
# --- reverse-question: which place has this capital
reverse-question | alexa {} c'est la capitale de quel pays | oulan-bator=CITY:Oulan-Bator; paramaribo=CITY:Paramaribo; windhoek=CITY:Windhoek
reverse-question | alexa de quoi {} est la capitale | bichkek=CITY:Bichkek; douchanbé=CITY:Douchanbé; achgabat=CITY:Achgabat
reverse-question | alexa la ville de {} elle est capitale de quoi | ouagadougou=CITY:Ouagadougou; niamey=CITY:Niamey; bamako=CITY:Bamako
reverse-question | alexa {} c'est-tu une capitale de pays ou de province | regina=CITY:Regina; fredericton=CITY:Fredericton; iqaluit=CITY:Iqaluit | fr-CA
reverse-question | alexa à quel pays appartient la capitale {} | vaduz=CITY:Vaduz; la valette=CITY:La Valette; ljubljana=CITY:Ljubljana
reverse-question | alexa {} c'est la capitale de quel état | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany | fr-CA
reverse-question | alexa {} est la capitale de quoi exactement | montpelier=CITY:Montpelier; augusta=CITY:Augusta; concord=CITY:Concord | fr-CA
reverse-question | alexa de quel pays {} est la capitale | nouakchott=CITY:Nouakchott; asmara=CITY:Asmara; moroni=CITY:Moroni
reverse-question | alexa dis-moi de quoi {} c'est la capitale | georgetown=CITY:Georgetown; castries=CITY:Castries; basseterre=CITY:Basseterre
reverse-question | alexa {} c'est la capitale de quel endroit | hobart=CITY:Hobart; darwin=CITY:Darwin; perth=CITY:Perth
reverse-question | alexa {} c'est capitale de quoi en allemagne | wiesbaden=CITY:Wiesbaden; schwerin=CITY:Schwerin; kiel=CITY:Kiel
reverse-question | alexa la capitale {} c'est celle de quel pays | palikir=CITY:Palikir; majuro=CITY:Majuro; ngerulmud=CITY:Ngerulmud
reverse-question | alexa à quoi correspond la capitale {} | funafuti=CITY:Funafuti; yaren=CITY:Yaren; apia=CITY:Apia
reverse-question | alexa {} c'est capitale de quel pays ou de quel état | victoria=CITY:Victoria; kingston=CITY:Kingston; columbia=CITY:Columbia | fr-CA
# --- yes-no-check: "is X the capital of Y" (the expected place is the one asked about)
yes-no-check | alexa est-ce que {} | sydney c'est la capitale de l'australie=AU; toronto c'est la capitale du canada=CA; rio c'est la capitale du brésil=BR
yes-no-check | alexa c'est vrai que {} | istanbul est la capitale de la turquie=TR; casablanca est la capitale du maroc=MA; lagos est la capitale du nigeria=NG
yes-no-check | alexa c'est-tu {} | montréal la capitale du québec=CA-QC; new york la capitale de l'état de new york=US-NY; chicago la capitale de l'illinois=US-IL | fr-CA
yes-no-check | alexa confirme-moi que {} | zurich est la capitale de la suisse=CH; almaty est la capitale du kazakhstan=KZ; karachi est la capitale du pakistan=PK
yes-no-check | alexa j'ai un doute {} | auckland c'est bien la capitale de la nouvelle-zélande=NZ; dar es salam c'est la capitale de la tanzanie=TZ; abidjan c'est la seule capitale de la côte d'ivoire=CI
yes-no-check | alexa est-ce que la capitale {} | de l'écosse c'est glasgow=GB-SCT; de l'irlande du nord c'est belfast=GB-NIR; du pays de galles c'est swansea=GB-WLS
yes-no-check | alexa c'est-tu vrai que {} | vancouver est la capitale de la colombie-britannique=CA-BC; calgary est la capitale de l'alberta=CA-AB; halifax est la capitale de la nouvelle-écosse=CA-NS | fr-CA
yes-no-check | alexa ma femme dit que {} elle a raison | genève est la capitale de la suisse=CH; milan est la capitale de l'italie=IT; barcelone est la capitale de l'espagne=ES
yes-no-check | alexa oui ou non {} | los angeles capitale de la californie=US-CA; seattle capitale de l'état de washington=US-WA; las vegas capitale du nevada=US-NV
yes-no-check | alexa vérifie si {} | ho chi minh-ville est la capitale du vietnam=VN; bombay est la capitale de l'inde=IN; yangon est la capitale de la birmanie=MM
# --- self-correction
self-correction | alexa euh la capitale {} | de l'autriche non pardon de l'australie=AU; de la suède euh non de la suisse=CH; de la slovénie non de la slovaquie=SK
self-correction | alexa bon c'est quoi la capitale {} | de l'islande non de l'irlande=IE; du niger euh du nigeria=NG; de la guinée non de la guinée-bissau=GW
self-correction | alexa donne-moi la capitale {} enfin tu m'as compris | de l'iran attends de l'irak=IQ; de la lettonie je veux dire de la lituanie=LT; du soudan pardon du soudan du sud=SS
self-correction | alexa c'est quoi déjà la capitale {} mettons | de la gambie non de la zambie=ZM; de la colombie-britannique non de la colombie le pays=CO; du mali non de malte=MT | fr-CA
self-correction | alexa je voulais dire la capitale {} | de la dominique pas la république dominicaine=DM; de la grenade pas l'espagnole=GD; du congo-kinshasa=CD
self-correction | alexa câline la capitale {} | du dakota du nord non du sud=US-SD; de la caroline du sud non du nord=US-NC; de la virginie-occidentale non la virginie=US-VA | fr-CA
self-correction | alexa attends je recommence la capitale {} | de l'arménie non de l'albanie=AL; du mozambique euh de la mauritanie=MR; de l'autriche voilà=AT
self-correction | alexa non c'est pas ça la capitale {} | du cameroun pardon du congo=CG; de saint-vincent oups sainte-lucie=LC; de la slovaquie ah non la slovénie=SI
self-correction | alexa la capitale du {} | paraguay non de l'uruguay=UY; québec euh de l'ontario=CA-ON; manitoba pardon du nouveau-brunswick=CA-NB | fr-CA
# --- official-name: the long official names
official-name | alexa quelle est la capitale {} | de la république fédérale d'allemagne=DE; de la confédération suisse=CH; du royaume de belgique=BE
official-name | alexa sur le formulaire c'est écrit c'est quoi la capitale {} | de la république populaire de chine=CN; de la fédération de russie=RU; de la république islamique d'iran=IR
official-name | alexa donne-moi la capitale {} avec le nom complet | du royaume hachémite de jordanie=JO; de l'état plurinational de bolivie=BO; de la république arabe syrienne=SY
official-name | alexa la capitale {} s'il vous plaît madame | du grand-duché de luxembourg=LU; de la principauté de monaco=MC; de la sérénissime république de saint-marin=SM
official-name | alexa c'est quoi la capitale officielle {} | de la république démocratique du congo=CD; de la république centrafricaine=CF; de la république du congo=CG
official-name | alexa je cherche la capitale {} | des états-unis mexicains=MX; de la république bolivarienne du venezuela=VE; de la république orientale de l'uruguay=UY
official-name | alexa la capitale {} c'est quoi | du royaume d'arabie saoudite=SA; de l'état du koweït=KW; du sultanat d'oman=OM
official-name | alexa dans mon passeport c'est écrit c'est quoi la capitale {} | du royaume-uni de grande-bretagne et d'irlande du nord=GB; de la république d'irlande=IE; du royaume du danemark=DK | fr-CA
official-name | alexa la capitale {} au complet | de la république socialiste du viêt nam=VN; de la république démocratique populaire lao=LA; du royaume du cambodge=KH
official-name | alexa donne la capitale {} | de l'état de la cité du vatican=VA; de la république de corée=KR; de la république populaire démocratique de corée=KP
official-name | alexa la capitale {} officiellement | de la république fédérale démocratique d'éthiopie=ET; de la république unie de tanzanie=TZ; du royaume du maroc=MA
official-name | alexa en diplomatie on dit c'est quoi la capitale {} | de la république de chine=TW; de l'état de palestine=PS; de la république du kosovo=XK
official-name | alexa au journal ils ont dit la capitale {} | du royaume des pays-bas=NL; de la fédération de malaisie=MY; de la république démocratique socialiste du sri lanka=LK
official-name | alexa pour le concours de la fonction publique c'est quoi la capitale {} | des états fédérés de micronésie=FM; de la république des palaos=PW; de la république des îles marshall=MH
official-name | alexa quelle est la capitale officielle {} | de la république du soudan du sud=SS; du royaume d'eswatini=SZ; de la république d'afrique du sud=ZA
# --- everyday-name: the names people actually use
everyday-name | alexa la capitale {} c'est quoi déjà | de la hollande=NL; de l'angleterre le pays=GB; des amériques enfin des états-unis=US
everyday-name | alexa c'est quoi la capitale {} dis-moi | de la birmanie=MM; du swaziland=SZ; de la macédoine=MK
everyday-name | alexa la capitale {} ça se dit comment | de la centrafrique=CF; du congo-kinshasa=CD; du congo-brazza=CG
everyday-name | alexa tu connais la capitale {} | des émirats=AE; de la république tchèque=CZ; de la biélorussie=BY
everyday-name | alexa la capitale {} on l'appelle comme ça chez nous | des states=US; de l'angleterre=GB-ENG; de terre-neuve=CA-NL | fr-CA
everyday-name | alexa c'est quoi la capitale {} en gros | du timor=TL; de la papouasie=PG; de trinidad=TT
everyday-name | alexa la capitale {} pour faire court | de saint-kitts=KN; d'antigua=AG; de saint-vincent=VC
everyday-name | alexa pis la capitale {} c'est quoi | de l'île-du-prince=CA-PE; de la colombie=CO; du nouveau-mexique=US-NM | fr-CA
everyday-name | alexa la capitale {} comme on dit | de la bosnie=BA; de la moldavie=MD; de la corée du sud=KR
everyday-name | alexa c'est quoi la capitale {} en bref | de l'arabie=SA; du cap vert=CV; de la guinée-conakry=GN
# --- shared-name: a name several places share
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale de la corée | KP+KR
shared-name | alexa c'est quoi la capitale du congo | CD+CG
shared-name | alexa les capitales des deux congo | CD+CG
shared-name | alexa c'est quoi la capitale des îles vierges | VG+VI
shared-name | alexa pis la capitale de la géorgie d'abord | GE+US-GA | fr-CA
shared-name | alexa la capitale des corées | KP+KR | fr-CA
shared-name | alexa c'est quoi la capitale du congo je sais pas lequel | CD+CG | fr-CA
shared-name | alexa les îles vierges ça a quoi comme capitale | VG+VI | fr-CA
shared-name | alexa la capitale de la géorgie tu sais la géorgie | GE+US-GA
shared-name | alexa dis-moi la capitale coréenne | KP+KR
shared-name | alexa la capitale congolaise | CD+CG
# --- out-of-domain: other questions, other devices, "capitale" in other senses, places not in the data
out-of-domain | alexa c'est quoi la capitale de la picardie | FB
out-of-domain | alexa la capitale de la somme c'est amiens ou abbeville | FB
out-of-domain | alexa c'est quoi la capitale de la vendée | FB
out-of-domain | alexa quelle est la capitale du limousin avant la réforme | FB
out-of-domain | alexa c'est quoi la capitale du berry | FB
out-of-domain | alexa la capitale du forez c'est quoi | FB
out-of-domain | alexa c'est quoi la capitale du languedoc | FB
out-of-domain | alexa la capitale de la creuse | FB
out-of-domain | alexa c'est quoi la capitale mondiale de la porcelaine | FB
out-of-domain | alexa la capitale européenne de la culture cette année | FB
out-of-domain | alexa c'est quoi la capitale de la gaule | FB
out-of-domain | alexa la capitale des francs sous clovis | FB
out-of-domain | alexa c'est quoi la capitale de l'empire romain d'orient | FB
out-of-domain | alexa la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale du mordor | FB
out-of-domain | alexa la capitale de panem dans hunger games | FB
out-of-domain | alexa c'est quoi la capitale de wakanda | FB
out-of-domain | alexa la capitale du royaume de narnia | FB
out-of-domain | alexa c'est quoi la capitale de westeros | FB
out-of-domain | alexa la capitale d'astérix c'est quoi | FB
out-of-domain | alexa c'est quoi le capital de départ au monopoly | FB
out-of-domain | alexa calcule le capital restant de mon prêt | FB
out-of-domain | alexa c'est quoi le capital social d'une sarl | FB
out-of-domain | alexa comment on écrit capitale avec une majuscule | FB
out-of-domain | alexa c'est quoi la peine capitale | FB
out-of-domain | alexa ça veut dire quoi une lettre capitale | FB
out-of-domain | alexa le capital de marx c'est quel tome | FB
out-of-domain | alexa c'est quoi un péché capital | FB
out-of-domain | alexa c'est quoi la capitale de la savoie quand c'était un duché | FB
out-of-domain | alexa la capitale de la rhénanie tout court | FB
out-of-domain | alexa c'est quoi la capitale de la sibérie | FB
out-of-domain | alexa la capitale de la patagonie | FB
out-of-domain | alexa c'est quoi la capitale de la toscane | FB
out-of-domain | alexa la capitale de l'andalousie | FB
out-of-domain | alexa c'est quoi la capitale de la wallonie | FB
out-of-domain | alexa la capitale de la flandre occidentale | FB
out-of-domain | alexa c'est quoi la capitale du tyrol | FB
out-of-domain | alexa la capitale de la transylvanie | FB
out-of-domain | alexa c'est quoi la capitale de la tchétchénie | FB
out-of-domain | alexa la capitale du kurdistan irakien | FB
out-of-domain | alexa c'est quoi la capitale de la transnistrie | FB
out-of-domain | alexa la capitale de l'abkhazie | FB
out-of-domain | alexa c'est quoi la capitale du somaliland | FB
out-of-domain | alexa la capitale de zanzibar | FB
out-of-domain | alexa c'est quoi la capitale du biafra | FB
out-of-domain | alexa la capitale de l'empire inca | FB
out-of-domain | alexa c'est quoi la capitale des aztèques | FB
out-of-domain | alexa la capitale de l'empire du mali au moyen âge | FB
out-of-domain | alexa c'est quoi la capitale de la rda | FB
out-of-domain | alexa la capitale de l'autriche-hongrie | FB
out-of-domain | alexa c'est quoi la capitale de rodrigues | FB
out-of-domain | alexa la capitale de l'île de ré | FB
out-of-domain | alexa c'est quoi la capitale de belle-île | FB
out-of-domain | alexa la capitale de l'île d'yeu | FB
out-of-domain | alexa c'est quoi la capitale de noirmoutier | FB
out-of-domain | alexa mets france bleu picardie | FB
out-of-domain | alexa il fait combien à amiens demain | FB
out-of-domain | alexa lance un minuteur de vingt minutes pour la brioche | FB
out-of-domain | alexa rajoute des mogettes sur la liste de courses | FB
out-of-domain | alexa c'est quand le prochain match des verts | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa baisse le chauffage | FB
out-of-domain | alexa raconte-moi une blague belge | FB
out-of-domain | alexa combien d'habitants à sète | FB
out-of-domain | alexa quelle heure il est à beyrouth | FB
out-of-domain | alexa traduis merci en roumain | FB
out-of-domain | alexa appelle ma fille | FB
out-of-domain | alexa quel temps fait-il à port-louis | FB
out-of-domain | alexa joue du séga | FB
out-of-domain | alexa c'est quoi le prochain train pour limoges | FB
out-of-domain | alexa ça coûte combien un billet pour tananarive | FB
out-of-domain | alexa c'est qui le président du mali | FB
out-of-domain | alexa quelle langue on parle au luxembourg | FB
out-of-domain | alexa c'est quoi la monnaie de la roumanie | FB
out-of-domain | alexa combien de pays en afrique | FB
out-of-domain | alexa c'est quoi le plus grand pays du monde | FB
out-of-domain | alexa quelle est la plus grande ville du brésil | FB
out-of-domain | alexa c'est quoi l'indicatif téléphonique du liban | FB
out-of-domain | alexa quel est le drapeau de l'irlande | FB
out-of-domain | alexa c'est où le puy du fou | FB
out-of-domain | alexa qui a gagné le vendée globe | FB
out-of-domain | alexa mets le réveil à cinq heures | FB
out-of-domain | alexa commande des croquettes pour le chat | FB
out-of-domain | alexa c'est quoi la capitale de la gastronomie | FB
out-of-domain | alexa la capitale des gaules c'est lyon | FB
out-of-domain | alexa c'est quoi la capitale du rugby | FB
out-of-domain | alexa la capitale de l'andouillette | FB
out-of-domain | alexa c'est quoi la capitale de la mode | FB
out-of-domain | alexa la capitale du jeu vidéo en france | FB
out-of-domain | alexa qui a écrit le petit prince | FB
out-of-domain | alexa la capitale de la lune | FB
out-of-domain | alexa c'est quoi la capitale de mars la planète | FB
out-of-domain | alexa c'est quoi la capitale de lanaudière | FB | fr-CA
out-of-domain | alexa la capitale de la baie-james | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du nord-du-québec | FB | fr-CA
out-of-domain | alexa la capitale du plateau mont-royal | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de hochelaga | FB | fr-CA
out-of-domain | alexa la capitale du nunavik | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la jamésie | FB | fr-CA
out-of-domain | alexa la capitale de l'eeyou istchee | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du labrador | FB | fr-CA
out-of-domain | alexa la capitale de la rive-nord | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du hockey | FB | fr-CA
out-of-domain | alexa la capitale de la poutine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du sirop d'érable | FB | fr-CA
out-of-domain | alexa la capitale de la terre de rupert | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'amérique du nord britannique | FB | fr-CA
out-of-domain | alexa la capitale de la nouvelle-angleterre | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la confédération avant ottawa | FB | fr-CA
out-of-domain | alexa la capitale de la république des patriotes | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la floride espagnole | FB | fr-CA
out-of-domain | alexa la capitale du texas quand c'était un pays | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des confédérés | FB | fr-CA
out-of-domain | alexa la capitale de la californie du sud | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de cascadia | FB | fr-CA
out-of-domain | alexa la capitale de springfield dans les simpson | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de gotham | FB | fr-CA
out-of-domain | alexa la capitale du pôle nord chez le père noël | FB | fr-CA
out-of-domain | alexa y a-tu de la neige à chibougamau demain | FB | fr-CA
out-of-domain | alexa mets ckoi | FB | fr-CA
out-of-domain | alexa c'est quand le déneigement dans ma rue | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien à soir | FB | fr-CA
out-of-domain | alexa mets un timer pour les pâtés | FB | fr-CA
out-of-domain | alexa ajoute du lait à ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa c'est combien le gaz à joliette | FB | fr-CA
out-of-domain | alexa appelle grand-maman | FB | fr-CA
out-of-domain | alexa ferme les lumières du sous-sol | FB | fr-CA
out-of-domain | alexa monte le chauffage dans la roulotte | FB | fr-CA
out-of-domain | alexa c'est quoi l'horaire de la ligne cinquante-cinq | FB | fr-CA
out-of-domain | alexa quand est-ce qu'on change les pneus d'hiver | FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre du québec | FB | fr-CA
out-of-domain | alexa quelle heure il est à radisson | FB | fr-CA
out-of-domain | alexa joue de la musique de noël québécoise | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grande ville de la saskatchewan | FB | fr-CA
out-of-domain | alexa c'est quoi le drapeau du nunavut | FB | fr-CA
out-of-domain | alexa c'est qui le maire de montréal | FB | fr-CA
out-of-domain | alexa raconte-moi une histoire de tabarnak | FB | fr-CA
out-of-domain | alexa c'est quoi un gain en capital | FB | fr-CA
out-of-domain | alexa c'est quoi la commission de la capitale nationale | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale-nationale comme région | FB | fr-CA
out-of-domain | alexa c'est quoi le capital de mon reer | FB | fr-CA
out-of-domain | alexa joue les cowboys fringants | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la nouvelle-suède | FB | fr-CA
# --- help
help | alexa ch'est quo que tu sais faire hein | HELP
help | alexa comment ça marche ton jeu des capitales | HELP
help | alexa je comprends pas ce que je dois dire aide-moi | HELP
help | alexa qu'est-ce que je peux te demander sur les capitales | HELP
help | alexa mamie sait pas comment te parler explique-lui | HELP
help | alexa oh fan j'y comprends rien tu m'aides | HELP
help | alexa aide s'il te plaît je suis perdu | HELP
help | alexa what's the word euh aide-moi please | HELP
help | alexa frère explique-moi comment on fait | HELP
help | alexa c'est quoi les commandes | HELP
help | alexa je suis nouvelle donne-moi des exemples | HELP
help | alexa je sais pas quoi te demander | HELP
help | alexa mo pa kone comment faire aide-moi | HELP
help | alexa tu peux m'expliquer comment poser une question | HELP
help | alexa qu'est-ce que tu fais exactement avec les pays | HELP
help | alexa dis-moi comment on joue | HELP
help | alexa j'ai besoin d'aide avec ça | HELP
help | alexa les instructions s'il vous plaît | HELP
help | alexa comment je fais pour avoir une capitale | HELP
help | alexa aide-moi voyons je sais pas comment ça marche | HELP | fr-CA
help | alexa c'est quoi que je peux dire au juste | HELP | fr-CA
help | alexa explique-moi ça comme il faut | HELP | fr-CA
help | alexa je comprends rien pantoute aide-moi | HELP | fr-CA
help | alexa tsé veux dire comment ça marche ton affaire | HELP | fr-CA
help | alexa so how does it work euh comment ça marche | HELP | fr-CA
help | alexa grand-maman a besoin d'aide pour te parler | HELP | fr-CA
help | alexa peux-tu m'aider un peu | HELP | fr-CA
help | alexa c'est-tu possible d'avoir de l'aide | HELP | fr-CA
help | alexa qu'est-ce que je dois faire astheure | HELP | fr-CA
help | alexa donne-moi un exemple de question | HELP | fr-CA
help | alexa je suis mêlé aide | HELP | fr-CA
help | alexa au secours je sais pas quoi dire | HELP | fr-CA
# --- stop
stop | alexa arrête hein | STOP
stop | alexa stop ch'est bon | STOP
stop | alexa arrête-toi maintenant | STOP
stop | alexa tais-toi les petits dorment | STOP
stop | alexa oh fan arrête | STOP
stop | alexa bon ça suffit arrête | STOP
stop | alexa stop please | STOP
stop | alexa frère arrête | STOP
stop | alexa yalla stop | STOP
stop | alexa quitte le jeu | STOP
stop | alexa on arrête là merci | STOP
stop | alexa silence s'il te plaît | STOP
stop | alexa coupe le son et arrête | STOP
stop | alexa arrête on mange | STOP
stop | alexa ferme l'application | STOP
stop | alexa stop ça me saoule | STOP
stop | alexa c'est fini on arrête | STOP
stop | alexa arrête de parler | STOP
stop | alexa quitte les capitales | STOP
stop | alexa arrête ça là | STOP | fr-CA
stop | alexa ferme ta boîte | STOP | fr-CA
stop | alexa stop c'est assez | STOP | fr-CA
stop | alexa arrête voyons | STOP | fr-CA
stop | alexa ok stop on part | STOP | fr-CA
stop | alexa tais-toi le bébé dort | STOP | fr-CA
stop | alexa quitte le quiz | STOP | fr-CA
stop | alexa c'est beau arrête | STOP | fr-CA
stop | alexa stop mon shift commence | STOP | fr-CA
stop | alexa arrête ça tout de suite | STOP | fr-CA
stop | alexa stop okay that's enough | STOP | fr-CA
stop | alexa ferme-la s'il te plaît | STOP | fr-CA
# --- cancel
cancel | alexa annule hein | CANCEL
cancel | alexa laisse tomber ch'est pas grave | CANCEL
cancel | alexa non oublie | CANCEL
cancel | alexa annule ma question | CANCEL
cancel | alexa laisse tomber frère | CANCEL
cancel | alexa oh fan laisse tomber | CANCEL
cancel | alexa non non annule | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa cancel sorry | CANCEL
cancel | alexa annule la demande | CANCEL
cancel | alexa c'est bon laisse tomber | CANCEL
cancel | alexa oublie ça yalla | CANCEL
cancel | alexa finalement non annule | CANCEL
cancel | alexa laisse tomber je demanderai à mamie | CANCEL
cancel | alexa annule j'ai trouvé | CANCEL
cancel | alexa oublie la question | CANCEL
cancel | alexa non rien laisse tomber | CANCEL
cancel | alexa annule tout | CANCEL
cancel | alexa pas grave oublie | CANCEL
cancel | alexa laisse faire voyons | CANCEL | fr-CA
cancel | alexa oublie ça mon ami | CANCEL | fr-CA
cancel | alexa cancelle ma question | CANCEL | fr-CA
cancel | alexa laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa annule ça | CANCEL | fr-CA
cancel | alexa non laisse faire | CANCEL | fr-CA
cancel | alexa oublie ça pantoute | CANCEL | fr-CA
cancel | alexa never mind laisse faire | CANCEL | fr-CA
cancel | alexa laisse faire j'ai trouvé | CANCEL | fr-CA
cancel | alexa annule ma demande s'il te plaît | CANCEL | fr-CA
cancel | alexa forget it annule | CANCEL | fr-CA
cancel | alexa bah laisse faire astheure | CANCEL | fr-CA
# --- launch (the invocation name guessed as "capitales du monde")
launch | alexa ouvre capitales du monde hein | LAUNCH
launch | alexa lance capitales du monde pour le pitchoun | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa ouvre le jeu capitales du monde | LAUNCH
launch | alexa yalla ouvre capitales du monde | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa lance capitales du monde pour mamie | LAUNCH
launch | alexa ouvre capitales du monde please | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa démarre capitales du monde pour les devoirs | LAUNCH
launch | alexa ouvre capitales du monde là | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde astheure | LAUNCH | fr-CA
launch | alexa ouvre-moi capitales du monde | LAUNCH | fr-CA
launch | alexa démarre capitales du monde pour grand-maman | LAUNCH | fr-CA
launch | alexa peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
launch | alexa so open capitales du monde | LAUNCH | fr-CA
# --- fr-CA: Hydro-Québec lineworkers after a storm ("la grosse tempête", "les poteaux", "mon partner")
hydro | alexa on est dans le camion entre deux poteaux c'est quoi la capitale {} | de l'afghanistan=AF; du pakistan=PK; de l'ouzbékistan=UZ | fr-CA
hydro | alexa mon partner de ligne vient {} c'est quoi leur capitale | du liban=LB; de l'algérie=DZ; du maroc=MA | fr-CA
hydro | alexa après la grosse tempête on attend le boss dis-moi la capitale {} | de brunei=BN; de la malaisie=MY; de l'indonésie=ID | fr-CA
hydro | alexa y a des monteurs de ligne qui viennent aider {} c'est quoi la capitale | du vermont=US-VT; du massachusetts=US-MA; du maine=US-ME | fr-CA
hydro | alexa on remet le courant à mascouche pis je gage sur la capitale {} | de la pologne=PL; de l'ukraine=UA; de la slovaquie=SK | fr-CA
# --- fr-CA: Rive-Nord suburban parents (soccer in Repentigny, the école primaire, the bungalow, the "mini-van")
rivenord | alexa dans la mini-van au soccer ma fille veut la capitale {} | de l'islande=IS; du portugal=PT; de la belgique=BE | fr-CA
rivenord | alexa l'équipe de soccer adverse porte le maillot {} c'est quoi la capitale | du brésil=BR; de l'argentine=AR; du cameroun=CM | fr-CA
rivenord | alexa la maîtresse a donné un devoir sur la capitale {} aide-nous | de l'égypte=EG; du kenya=KE; du sénégal=SN | fr-CA
rivenord | alexa on fait la vaisselle pis mon plus vieux me demande la capitale {} | de l'inde=IN; du népal=NP; du sri lanka=LK | fr-CA
rivenord | alexa à repentigny les voisins partent en vacances {} c'est quoi la capitale | à cuba=CU; en république dominicaine=DO; au mexique=MX | fr-CA
rivenord | alexa dans le bungalow on se chicane sur la capitale {} tranche | de la turquie=TR; de la grèce=GR; de chypre=CY | fr-CA
# --- fr-CA: "la gang du Tim", retired men at the morning coffee ("mon vieux", "dans mon jeune temps", "c'est ben beau")
gangdutim | alexa mon vieux on s'obstine sur la capitale {} depuis six heures | de la suède=SE; de la finlande=FI; du danemark=DK | fr-CA
gangdutim | alexa dans mon jeune temps la capitale {} c'était pas la même c'est quoi astheure | du kazakhstan=KZ; de la birmanie=MM; de la tanzanie=TZ | fr-CA
gangdutim | alexa c'est ben beau tout ça mais c'est quoi la capitale {} | de la hongrie=HU; de l'autriche=AT; de la roumanie=RO | fr-CA
gangdutim | alexa le gros roger dit que la capitale {} c'est sydney | de l'australie=AU; de la nouvelle-galles-du-sud=AU-NSW; de la nouvelle-zélande=NZ | fr-CA
gangdutim | alexa on était à la base militaire {} dans le temps c'est quoi la capitale | en allemagne=DE; à chypre=CY; en bosnie=BA | fr-CA
# --- fr-CA: Montréal bike couriers ("la run", in English and French, "le char", "c'est débile")
coursiers | alexa entre deux livraisons c'est quoi la capitale {} c'est débile je sais pas | de la jamaïque=JM; des bahamas=BS; de la barbade=BB | fr-CA
coursiers | alexa un client m'a donné un pourboire en monnaie {} c'est quoi la capitale | japonaise=JP; suisse=CH; australienne=AU | fr-CA
coursiers | alexa sur mon vélo je me demande la capitale {} | des pays-bas=NL; du danemark=DK; de la norvège=NO | fr-CA
coursiers | alexa ma dernière livraison c'était au consulat {} c'est quoi leur capitale | du pérou=PE; de la colombie=CO; de l'équateur=EC | fr-CA
# --- fr-CA: more follow-ups, yes-no checks, self-corrections, everyday names and reverse questions
follow-up | alexa pis {} tant que t'y es | le brunei=BN; l'afghanistan=AF; le tadjikistan=TJ | fr-CA
follow-up | alexa ok d'abord {} | la suisse=CH; l'autriche=AT; la hongrie=HU | fr-CA
follow-up | alexa correct pis {} | la jamaïque=JM; haïti=HT; cuba=CU | fr-CA
follow-up | alexa merci ben pis {} | le kenya=KE; la somalie=SO; l'éthiopie=ET | fr-CA
yes-no-check | alexa dis-moi donc si {} | kaboul c'est la capitale de l'afghanistan=AF; canberra c'est la capitale de l'australie=AU; ottawa c'est la capitale de l'ontario=CA-ON | fr-CA
yes-no-check | alexa mon chum dit que {} as-tu raison toi | québec c'est la capitale du canada=CA; montréal c'était la capitale du canada=CA; toronto c'est la capitale de l'ontario=CA-ON | fr-CA
self-correction | alexa la capitale {} je me suis trompé | de l'alberta non de la saskatchewan=CA-SK; de l'ontario non du manitoba=CA-MB; du yukon non du nunavut=CA-NU | fr-CA
self-correction | alexa attends attends la capitale {} | de brunei non de bahreïn=BH; de l'afghanistan euh du pakistan=PK; de la birmanie non du bangladesh=BD | fr-CA
everyday-name | alexa la capitale {} pour faire vite | de la guinée équato=GQ; du burkina=BF; de l'afrique centrale enfin la centrafrique=CF | fr-CA
everyday-name | alexa c'est quoi la capitale {} comme on l'appelle icitte | des îles de la madeleine enfin du québec=CA-QC; de l'île du prince édouard=CA-PE; de la nouvelle-écosse=CA-NS | fr-CA
reverse-question | alexa {} c'est-tu la capitale de quelque chose | charlottetown=CITY:Charlottetown; whitehorse=CITY:Whitehorse; yellowknife=CITY:Yellowknife | fr-CA
reverse-question | alexa {} c'est la capitale de quelle province | winnipeg=CITY:Winnipeg; edmonton=CITY:Edmonton; halifax=CITY:Halifax | fr-CA
subdivision | alexa c'est quoi la capitale {} aux états | du kentucky là=US-KY; de l'idaho mettons=US-ID; du wyoming là=US-WY | fr-CA
subdivision | alexa la capitale de l'état {} de mon cousin | du connecticut=US-CT; du rhode island=US-RI; du new jersey=US-NJ | fr-CA
shared-name | alexa la capitale de la géorgie celle de mon voyage | GE+US-GA | fr-CA
shared-name | alexa c'est quoi la capitale des îles vierges où mon frère travaille | VG+VI | fr-CA
# --- more out-of-domain, stop, cancel and launch
out-of-domain | alexa c'est quoi la capitale de la mauricie | FB | fr-CA
out-of-domain | alexa la capitale de la petite-patrie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du royaume du saguenay la légende | FB | fr-CA
out-of-domain | alexa la capitale de l'île de montréal | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'île jésus | FB | fr-CA
out-of-domain | alexa la capitale de l'île d'anticosti | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la région de joliette | FB | fr-CA
out-of-domain | alexa la capitale de l'hudson bay company | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'alaska russe | FB | fr-CA
out-of-domain | alexa la capitale du vinland des vikings | FB | fr-CA
out-of-domain | alexa c'est quoi le temps à repentigny | FB | fr-CA
out-of-domain | alexa y a-tu une panne d'hydro dans mon coin | FB | fr-CA
out-of-domain | alexa c'est quoi la recette du pâté chinois | FB | fr-CA
out-of-domain | alexa joue de la musique pour la mini-van | FB | fr-CA
out-of-domain | alexa commande un café au tim | FB | fr-CA
out-of-domain | alexa mets-moi une alarme pour le soccer | FB | fr-CA
out-of-domain | alexa combien de temps pour aller à radisson en char | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la capitale | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'univers | FB
out-of-domain | alexa la capitale de la terre du milieu | FB
out-of-domain | alexa c'est quoi la capitale de pandora dans avatar | FB
out-of-domain | alexa la capitale de la bretagne du moyen âge | FB
out-of-domain | alexa c'est quoi la capitale de la dalmatie | FB
out-of-domain | alexa la capitale de la bohême | FB
out-of-domain | alexa c'est quoi la capitale de la laponie | FB
out-of-domain | alexa la capitale de la cornouailles anglaise | FB
out-of-domain | alexa c'est quoi la capitale du pays de caux | FB
out-of-domain | alexa la capitale du vexin | FB
out-of-domain | alexa c'est quoi la capitale de l'auvergne-rhône-alpes | FB
out-of-domain | alexa la capitale des hauts-de-france | FB
out-of-domain | alexa c'est quoi la capitale de la nouvelle-aquitaine | FB
out-of-domain | alexa la capitale du duché de bourgogne | FB
out-of-domain | alexa c'est quoi la capitale de la perse antique | FB
out-of-domain | alexa la capitale de babylone | FB
out-of-domain | alexa c'est quoi la capitale de carthage | FB
out-of-domain | alexa la capitale de l'empire ottoman avant istanbul | FB
out-of-domain | alexa c'est quoi la capitale du royaume de jérusalem des croisés | FB
out-of-domain | alexa quelle est la capitale de la joie | FB
out-of-domain | alexa c'est quoi la capitale de la bande dessinée | FB
out-of-domain | alexa la capitale mondiale du parfum c'est grasse | FB
out-of-domain | alexa répète ce que je dis | FB
out-of-domain | alexa c'est quoi la racine carrée de soixante-quatre | FB
out-of-domain | alexa quelle est la distance entre amiens et paris | FB
out-of-domain | alexa trouve-moi une pharmacie de garde | FB
out-of-domain | alexa c'est l'anniversaire de qui aujourd'hui | FB
out-of-domain | alexa mets les infos | FB
out-of-domain | alexa combien de calories dans une brioche | FB
out-of-domain | alexa joue un blind test | FB
out-of-domain | alexa c'est quoi la capitale en lettres capitales | FB
stop | alexa arrête-toi ch'est fini | STOP
stop | alexa stop le drôle dort | STOP
stop | alexa chut arrête maintenant | STOP
stop | alexa stop ça caille je vais me coucher | STOP
stop | alexa on arrête le quiz on passe à table | STOP
stop | alexa arrête mon vieux c'est assez | STOP | fr-CA
stop | alexa stop on arrive au soccer | STOP | fr-CA
stop | alexa arrête ça le boss arrive | STOP | fr-CA
stop | alexa quitte ça tout de suite | STOP | fr-CA
stop | alexa stop c'est l'heure du souper | STOP | fr-CA
cancel | alexa annule je me suis trompé de pays | CANCEL
cancel | alexa laisse tomber la capitale | CANCEL
cancel | alexa non c'est rien oublie | CANCEL
cancel | alexa annule mamie a trouvé | CANCEL
cancel | alexa oublie ma question le sang | CANCEL
cancel | alexa laisse faire la capitale | CANCEL | fr-CA
cancel | alexa annule mon vieux a trouvé | CANCEL | fr-CA
cancel | alexa non laisse faire on l'a dans le livre | CANCEL | fr-CA
cancel | alexa oublie ça je m'en rappelle | CANCEL | fr-CA
cancel | alexa cancelle ça c'est correct | CANCEL | fr-CA
launch | alexa lance capitales du monde on fait un quiz | LAUNCH
launch | alexa ouvre capitales du monde pour la belote | LAUNCH
launch | alexa démarre le jeu capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde dans la mini-van | LAUNCH | fr-CA
launch | alexa part le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa lance-moi capitales du monde pour la gang | LAUNCH | fr-CA
"""

if __name__ == "__main__":
    build_round(42, "fr", LINES, sys.argv, "tests/Eval/fr/round42/source/build_corpus.py")
