"""Round 20, French (fr-FR, fr-CA): a new author's mix of speakers and situations, written blind, chosen to differ from
the earlier French rounds. France (fr-FR): the African diaspora in France (Ivorians with "on dit quoi", "c'est comment",
"dêh", "mon vieux père"; Congolese and Cameroonians with "mon frère", "yaka", "on va faire comment"; Senegalese and
Malians), Lyon ("gone", "c'est gone"), Toulouse ("boudu", "macarel"), Bordeaux ("gavé"), Brittany ("kenavo"),
Normandy ("p'têt ben"), Lorraine ("hein dis"), Corsica; learners of French (English, German, Spanish and Italian
speakers with gender and article slips, "le capital de", "quelle est capitale de"), nurses and residents of an
EHPAD, a lorry driver, a farmer, a baker at dawn, prépa and Sciences Po students, Erasmus students, a geography
teacher with a class, a grandfather with stamps, a genealogist, a pétanque club, a Scrabble club, an escape game, a
campsite, the TGV, a cruise, the apéro with friends, a bet at the café, teenagers ("askip", "sah", "frérot", "de ouf",
"c'est chaud"). Canada (fr-CA): Saguenay and Lac-Saint-Jean ("toé", "moé", "j'cré ben"), Beauce, Gaspésie, Acadians
("asteure", "j'avons", chiac "what's la capitale de", "right", "anyway"), Franco-Ontarians in Sudbury and Ottawa,
Franco-Manitobans, Montrealers of Haitian and Maghrebi origin, a CHSLD, cégep students, a trucker on the 20, the
chalet, the cabane à sucre, the Canadiens' games, a snow day at home. Plus fillers ("euh", "ben", "bon", "attends
voir"), tails, terse forms, hesitations and self-corrections, follow-ups, yes/no checks, reverse questions, official,
old and everyday names, shared names, plural questions, out-of-domain near-misses (other facts about a named country,
"capitale" and "capital" in other senses), help, stop, cancel, launch and one-shot requests through the invocation
name "capitales du monde"; and what recognition writes: lost accents, split or joined words, lost hyphens, "capital" for
"capitale", "quel" for "quelle", homophones ("sept" for "c'est", "ces" for "c'est").
`python3 tests/Eval/fr/round20/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 20's number); an entry's fourth field is its locale (fr-FR when absent)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, both locales.
direct-question | quelle est la capitale {} | de la mauritanie=MR; du kirghizistan=KG; de l'estonie=EE
direct-question | c'est quoi la capitale {} déjà | de la lettonie=LV; du burundi=BI; de la jamaïque=JM
direct-question | la capitale {} c'est laquelle | de la zambie=ZM; du malawi=MW; du bhoutan=BT
direct-question | quelle ville est la capitale {} | de la namibie=NA; de l'ouganda=UG; du paraguay=PY
direct-question | c'est quoi la capitale {} | de la saskatchewan=CA-SK; du manitoba=CA-MB; de l'uruguay=UY | fr-CA
direct-question | c'est laquelle la capitale {} | du costa rica=CR; du panama=PA; de la barbade=BB | fr-CA
direct-question | quelle est la ville capitale {} | du tadjikistan=TJ; de l'azerbaïdjan=AZ; du turkménistan=TM | fr-CA
direct-question | la capitale {} c'est quelle ville | de l'érythrée=ER; du togo=TG; du botswana=BW

# Polite requests.
polite-request | pourriez-vous me donner la capitale {} s'il vous plaît | du lesotho=LS; de la sierra leone=SL; du liberia=LR
polite-request | j'aimerais connaître la capitale {} | du gabon=GA; de la guinée-bissau=GW; de la gambie=GM
polite-request | est-ce que tu pourrais me rappeler la capitale {} | de la slovénie=SI; de la croatie=HR; du monténégro=ME
polite-request | serais-tu assez gentille pour me dire la capitale {} | de l'arménie=AM; de la géorgie le pays=GE; de la moldavie=MD | fr-CA
polite-request | excuse-moi de te déranger mais c'est quoi la capitale {} | du nicaragua=NI; du honduras=HN; du guatemala=GT | fr-CA
polite-request | je voudrais savoir la capitale {} merci bien | de l'islande=IS; de la finlande=FI; du danemark=DK

# Fillers and hesitations.
filler-hesitation | euh bon alors la capitale {} c'est | du ghana=GH; du mali=ML; du niger=NE
filler-hesitation | ben attends voir euh la capitale {} | de la somalie=SO; de l'éthiopie=ET; du soudan=SD
filler-hesitation | bon euh dis-moi euh la capitale {} | de la tunisie=TN; de la libye=LY; de l'algérie=DZ
filler-hesitation | heu mettons euh la capitale {} c'est quoi | du yukon=CA-YT; du nunavut=CA-NU; de l'alberta=CA-AB | fr-CA
filler-hesitation | ok euh ben c'est quoi déjà la capitale {} | de la jordanie=JO; du qatar=QA; du yémen=YE | fr-CA
filler-hesitation | hum comment on dit la capitale {} euh | de la mongolie=MN; du népal=NP; du laos=LA
filler-hesitation | alors attends euh ouais la capitale {} | du cambodge=KH; de la thaïlande=TH; du viêt nam=VN

# Terse forms and tails.
terse | capitale {} | bahreïn=BH; oman=OM; koweït=KW
terse | capitale {} vite | du chili=CL; de l'équateur=EC; de la bolivie=BO
terse | {} capitale | brunei=BN; singapour=SG; timor oriental=TL | fr-CA
terse | {} la capitale | suriname=SR; guyana=GY; belize=BZ
trailing-words | la capitale {} merci ma belle | du portugal=PT; de la grèce=GR; de chypre=CY
trailing-words | c'est quoi la capitale {} s'te plaît | de l'ontario=CA-ON; du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS | fr-CA
trailing-words | dis-moi la capitale {} et après tu te tais | de l'inde=IN; du pakistan=PK; du bangladesh=BD
trailing-words | donne-moi la capitale {} merci infiniment | de la pologne=PL; de la slovaquie=SK; de la hongrie=HU

# Do you know.
do-you-know | est-ce que tu connais la capitale {} | du cameroun=CM; du tchad=TD; du congo brazzaville=CG
do-you-know | tu sais quelle est la capitale {} toi | de la roumanie=RO; de la bulgarie=BG; de la serbie=RS
do-you-know | tu la connais-tu la capitale {} | de l'islande=IS; de la nouvelle-zélande=NZ; de l'australie=AU | fr-CA
do-you-know | as-tu une idée de la capitale {} | du zimbabwe=ZW; du mozambique=MZ; de madagascar=MG | fr-CA
do-you-know | je parie que tu connais pas la capitale {} | du kazakhstan=KZ; de l'ouzbékistan=UZ; des tuvalu=TV

# The African diaspora in France.
african-french | on dit quoi alexa c'est comment la capitale {} | de la côte d'ivoire=CI; du burkina=BF; du sénégal=SN
african-french | mon frère dis-moi la capitale {} dêh | du bénin=BJ; du togo là=TG; de la guinée=GN
african-french | alexa mon vieux père la capitale {} c'est où même | du cameroun là-bas=CM; du gabon là=GA; de la centrafrique=CF
african-french | yaka me dire la capitale {} mon frère | de l'angola=AO; du rwanda=RW; de la tanzanie=TZ
african-french | on va faire comment la capitale {} c'est laquelle | du soudan du sud=SS; du kenya=KE; de djibouti=DJ
african-french | waaw alexa la capitale {} | de la mauritanie même=MR; du cap-vert=CV; des comores=KM

# Learners of French.
learner-french | quelle est le capital de {} | allemagne=DE; espagne=ES; italie=IT
learner-french | quel est capitale de la {} | mexique=MX; japon=JP; canada=CA
learner-french | s'il te plaît quelle est le capitale du {} | suède=SE; norvège=NO; irlande=IE
learner-french | je veux savoir la capital de le {} | brésil=BR; pérou=PE; venezuela=VE
learner-french | what's la capitale de {} | la colombie=CO; l'argentine=AR; la chine=CN | fr-CA
learner-french | comment s'appelle le ville capitale de {} | autriche=AT; belgique=BE; suisse=CH

# Regional speakers of France.
regional-france | dis donc gone c'est quoi la capitale {} | de la lituanie=LT; de l'estonie là=EE; du luxembourg=LU
regional-france | boudu c'est quoi déjà la capitale {} | de l'andorre=AD; de malte=MT; de monaco=MC
regional-france | c'est gavé dur ça la capitale {} c'est quoi | du liechtenstein=LI; de saint-marin=SM; de l'albanie=AL
regional-france | p'têt ben que tu sais la capitale {} | de l'irlande=IE; du royaume-uni=GB; de l'écosse=GB-SCT
regional-france | hein dis la capitale {} c'est laquelle | de la sarre=DE-SL; de la rhénanie-palatinat=DE-RP; du bade-wurtemberg=DE-BW
regional-france | kenavo alexa mais juste avant dis-moi la capitale {} | du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR; de l'angleterre=GB-ENG
regional-france | macarel la capitale {} je l'ai sur le bout de la langue | de la macédoine du nord=MK; de la bosnie-herzégovine=BA; du kosovo=XK

# Québec regions, Acadie, Ontario, Manitoba.
quebec-speech | toé tu sais-tu c'est quoi la capitale {} | du pérou=PE; de l'équateur là=EC; du venezuela=VE | fr-CA
quebec-speech | j'cré ben que c'est quoi la capitale {} j'sais pas | de la colombie-britannique=CA-BC; de l'île-du-prince-édouard=CA-PE; de terre-neuve=CA-NL | fr-CA
quebec-speech | aye dis-moé donc la capitale {} | de l'argentine=AR; du chili là=CL; de cuba=CU | fr-CA
quebec-speech | coudonc c'est-tu moé ou bedon j'me rappelle pu la capitale {} | de la suède=SE; de la norvège=NO; de la finlande=FI | fr-CA
quebec-speech | bon ben là c'est quoi ça la capitale {} | des territoires du nord-ouest=CA-NT; du québec=CA-QC; de l'ontario là=CA-ON | fr-CA
acadian | asteure dis-moi la capitale {} | de la nouvelle-écosse=CA-NS; du nouveau-brunswick là=CA-NB; de l'île du prince édouard=CA-PE | fr-CA
acadian | j'avons point idée de la capitale {} tu la sais-tu | de l'irlande=IE; de la belgique=BE; de la france=FR | fr-CA
acadian | right so c'est quoi la capitale {} anyway | de la louisiane=US-LA; du maine=US-ME; du massachusetts=US-MA | fr-CA
acadian | what's la capitale {} | d'haïti=HT; du mexique=MX; de la jamaïque là=JM | fr-CA
franco-ontarian | à sudbury on se demandait c'est quoi la capitale {} | du michigan=US-MI; du minnesota=US-MN; du wisconsin=US-WI | fr-CA
franco-ontarian | ma grand-mère à saint-boniface veut savoir la capitale {} | du manitoba=CA-MB; de la saskatchewan là=CA-SK; du dakota du nord=US-ND | fr-CA

# Montrealers of Haitian and Maghrebi origin.
montreal-mix | wallah frère c'est quoi la capitale {} | du maroc=MA; de l'algérie là=DZ; de la tunisie là=TN | fr-CA
montreal-mix | sak pase alexa la capitale {} c'est quoi | d'haïti=HT; de la république dominicaine=DO; de cuba là=CU | fr-CA
montreal-mix | yo genre c'est quoi la capitale {} bro | du liban=LB; de la syrie=SY; de l'égypte=EG | fr-CA

# Teenagers.
youth-slang | askip la capitale {} c'est pas celle qu'on croit c'est quoi | de l'australie=AU; du canada=CA; de la turquie=TR
youth-slang | sah frérot c'est quoi la capitale {} | du brésil=BR; du nigeria=NG; de la suisse=CH
youth-slang | c'est chaud je connais pas la capitale {} t'as une idée | du myanmar=MM; du sri lanka=LK; des maldives=MV
youth-slang | la capitale {} c'est de ouf je m'en rappelle jamais | de la corée du sud=KR; de la corée du nord=KP; du japon=JP

# Elders, EHPAD and CHSLD.
elder | madame alexa pourriez-vous me dire quelle est la capitale {} | de la tchécoslovaquie enfin la tchéquie=CZ; de la hongrie=HU; de l'autriche=AT
elder | de mon temps la capitale {} c'était une autre ville et maintenant c'est laquelle | du brésil=BR; du nigeria=NG; de la tanzanie=TZ
elder | l'infirmière m'a demandé la capitale {} vous savez vous | de l'iran=IR; de l'irak=IQ; de l'afghanistan=AF
elder | mon petit je me souviens plus de la capitale {} | du luxembourg=LU; des pays-bas=NL; de l'espagne=ES
elder | au chsld on joue aux questions c'est quoi la capitale {} | du portugal=PT; de l'italie=IT; de la grèce=GR | fr-CA
elder | ma fille m'a montré ça dis-moi la capitale {} | de l'ukraine=UA; de la russie=RU; de la biélorussie=BY | fr-CA

# Children and class.
child | alexa c'est quoi la capitale {} moi j'ai six ans | de la france=FR; de l'espagne=ES; du canada=CA
child | maîtresse a dit de demander la capitale {} | de la chine=CN; de l'inde=IN; de l'égypte=EG
child | alexa alexa la capitale {} | de la russie=RU; du japon=JP; des états-unis=US | fr-CA
classroom | les enfants écoutez bien alexa quelle est la capitale {} | de la roumanie=RO; de la bulgarie=BG; de la moldavie=MD
classroom | pour le contrôle de demain la capitale {} c'est | du cameroun=CM; du congo=CD+CG; du gabon=GA
classroom | question du prof d'histoire-géo la capitale {} | de l'arabie saoudite=SA; des émirats arabes unis=AE; d'israël=IL
classroom | pour mon travail d'univers social la capitale {} | de la grèce antique non de la grèce=GR; de l'égypte=EG; de l'italie=IT | fr-CA
classroom | au cégep on a un quiz c'est quoi la capitale {} | de la corée du sud=KR; de la mongolie=MN; de taïwan=TW | fr-CA

# Work.
work-context | je suis routier je passe par la capitale {} c'est laquelle | de la slovaquie=SK; de la slovénie=SI; de la lituanie=LT
work-context | pour le dossier du client la capitale {} s'il te plaît | de la malaisie=MY; de l'indonésie=ID; des philippines=PH
work-context | j'ai une réunion avec des gens de la capitale {} c'est quoi | du kazakhstan=KZ; de l'azerbaïdjan=AZ; de la géorgie=GE
work-context | pour la fiche de mon patient il vient de la capitale {} c'est laquelle | du mali=ML; du niger=NE; du burkina faso=BF
work-context | je fais la route avec mon truck c'est quoi la capitale {} | de l'ohio=US-OH; de la pennsylvanie=US-PA; du kentucky=US-KY | fr-CA

# Travel.
travel | on part en croisière on s'arrête dans la capitale {} c'est laquelle | de la croatie=HR; du monténégro=ME; de l'albanie=AL
travel | j'ai un vol pour la capitale {} comment elle s'appelle | du sri lanka=LK; du népal=NP; de la thaïlande=TH
travel | en erasmus je vais dans la capitale {} c'est quoi déjà | de la lettonie=LV; de l'estonie=EE; de la pologne=PL
travel | au camping les voisins viennent de la capitale {} c'est laquelle | des pays-bas=NL; de la belgique=BE; de l'allemagne=DE
travel | on part dans le sud c'est quoi la capitale {} | de la république dominicaine=DO; du mexique=MX; de cuba=CU | fr-CA
travel | dans le tgv on se demande la capitale {} | de l'autriche=AT; de la suisse=CH; de l'italie=IT

# Games and leisure.
games | au scrabble on hésite c'est quoi la capitale {} | du tadjikistan=TJ; du turkménistan=TM; de l'ouzbékistan=UZ
games | à la pétanque on a parié sur la capitale {} | de l'australie=AU; de la nouvelle-zélande=NZ; du canada=CA
games | pour l'escape game il nous faut la capitale {} | de la hongrie=HU; de la tchéquie=CZ; de la slovaquie=SK
games | à l'apéro on se dispute c'est quoi la capitale {} | du maroc=MA; de la turquie=TR; du brésil=BR
games | on joue à génie en herbe c'est quoi la capitale {} | du kenya=KE; de l'ouganda=UG; du rwanda=RW | fr-CA
games | au pictionary faut dessiner la capitale {} c'est quoi | du japon=JP; de la russie=RU; de l'égypte=EG
games | pour le timbre de mon grand-père c'est quoi la capitale {} | des seychelles=SC; de maurice=MU; du vanuatu=VU

# News and sport.
news-sport | ils parlent de la capitale {} aux nouvelles c'est laquelle | du soudan=SD; de l'ukraine=UA; du venezuela=VE | fr-CA
news-sport | au journal de vingt heures ils ont parlé de la capitale {} c'est laquelle | du niger=NE; du mali=ML; d'haïti=HT
news-sport | le tour de france part de la capitale {} c'est quoi | du danemark=DK; de l'espagne=ES; de la belgique=BE
news-sport | le canadien joue contre une équipe de la capitale {} | de la géorgie=US-GA; du tennessee=US-TN; de l'arizona=US-AZ | fr-CA
news-sport | pour la coupe d'afrique c'est quoi la capitale {} | de la guinée équatoriale=GQ; du cap-vert=CV; de la zambie=ZM

# Kitchen and home.
home-life | je fais une recette {} c'est quoi leur capitale | du liban=LB; du pérou=PE; de thaïlande=TH
home-life | en pétrissant le pain je me demande la capitale {} | de la tunisie=TN; de l'algérie=DZ; du portugal=PT
home-life | journée de tempête à la maison c'est quoi la capitale {} | de l'islande=IS; de la norvège=NO; du groenland=GL | fr-CA

# The topic first.
dislocation | {} sa capitale c'est quoi | le paraguay=PY; la bolivie=BO; l'uruguay=UY
dislocation | {} c'est quoi sa capitale déjà | l'arménie=AM; la géorgie=GE; la moldavie=MD | fr-CA
dislocation | et {} la capitale c'est laquelle | le sénégal=SN; la mauritanie=MR; la guinée=GN
dislocation | {} la capitale tu me la dis | le bhoutan=BT; le laos=LA; le brunei=BN

# Locative slips.
locative | c'est quoi la capitale en {} | arabie saoudite=SA; jordanie=JO; syrie=SY
locative | la capitale au {} c'est quoi | vietnam=VN; cambodge=KH; myanmar=MM | fr-CA
locative | la capitale aux {} c'est laquelle | fidji=FJ; îles salomon=SB; philippines=PH

# Recognition artefacts.
asr-artefact | quel est la capital {} | du perou=PE; de l'equateur=EC; du bresil=BR
asr-artefact | quelle et la capitale de {} | la republique tcheque=CZ; l'egypte=EG; l'ethiopie=ET
asr-artefact | sept quoi la capitale {} | du vietnam=VN; de la coree du sud=KR; du japon=JP
asr-artefact | c'est quoi la capitale de {} | trinité et tobago=TT; saint kitts et nevis=KN; antigua et barbuda=AG
asr-artefact | ces quoi la capitale {} | de la nouvelle zelande=NZ; du burkina fasso=BF; de la papouasie nouvelle guinée=PG
asr-artefact | dis-moi quelle est la capitale {} | dla hongrie=HU; dlitalie=IT; du kirghistan=KG
asr-artefact | alexa quelle est la capitale {} alexa | du koweit=KW; de bahrein=BH; des emirats=AE
asr-artefact | c'est quoi la capitale de la {} | guinée equatoriale=GQ; sierra léone=SL; biélo russie=BY | fr-CA

# One-shot through the invocation name.
one-shot | demande à capitales du monde la capitale {} | du pérou=PE; du qatar=QA; du malawi=MW
one-shot | ouvre capitales du monde et dis-moi la capitale {} | de la lituanie=LT; des bahamas=BS; de la grenade=GD
one-shot | demande à capitales du monde c'est quoi la capitale {} | de sainte-lucie=LC; de la dominique=DM; de saint-vincent-et-les-grenadines=VC | fr-CA
one-shot | lance capitales du monde la capitale {} | du kiribati=KI; des îles marshall=MH; de la micronésie=FM

# Code-switching with English.
code-switching | c'est quoi la capital city {} | du nigeria=NG; de l'afrique du sud=ZA; de l'australie=AU | fr-CA
code-switching | hey alexa la capitale {} please | des états-unis=US; du royaume-uni=GB; de l'irlande=IE | fr-CA
code-switching | j'ai besoin de la capitale {} asap | de la corée du sud=KR; de singapour=SG; de la malaisie=MY

# Small or rare countries.
direct-question | et la capitale {} c'est quoi au juste | de nauru=NR; des palaos=PW; des samoa=WS
direct-question | je cherche la capitale {} | des tonga=TO; de sao tomé-et-principe=ST; de la guinée-conakry=GN
direct-question | quelle est la capitale {} on me l'a demandé | de l'eswatini=SZ; du lesotho=LS; du swaziland=SZ
direct-question | il y a une capitale {} c'est laquelle | au vatican=VA; à monaco=MC; au luxembourg=LU

# Subdivisions and territories.
subdivision | quelle est la capitale de l'état {} | du texas=US-TX; de californie=US-CA; de floride=US-FL
subdivision | c'est quoi la capitale de l'état {} | de new york=US-NY; du nevada=US-NV; de l'oregon=US-OR | fr-CA
subdivision | la capitale du land {} c'est laquelle | de bavière=DE-BY; de saxe=DE-SN; de hesse=DE-HE
subdivision | c'est quoi la capitale de la province {} | de l'alberta=CA-AB; de la colombie-britannique=CA-BC; de québec=CA-QC | fr-CA
subdivision | la capitale de l'état brésilien {} | de bahia=BR-BA; du minas gerais=BR-MG; du pernambouc=BR-PE
subdivision | c'est quoi la capitale de l'état indien {} | du kerala=IN-KL; du rajasthan=IN-RJ; du bengale-occidental=IN-WB
subdivision | la capitale de l'état mexicain {} | du jalisco=MX-JAL; du yucatán=MX-YUC; de veracruz=MX-VER
subdivision | quelle est la capitale de l'état australien {} | du queensland=AU-QLD; de victoria=AU-VIC; de tasmanie=AU-TAS
subdivision | faque c'est quoi la capitale {} | de l'alaska=US-AK; d'hawaï=US-HI; du colorado=US-CO | fr-CA
subdivision | le chef-lieu {} c'est quelle ville | de la guadeloupe=GP; de la martinique=MQ; de mayotte=YT
subdivision | la préfecture {} c'est laquelle | de la réunion=RE; de la guyane=GF; de la martinique là=MQ
subdivision | alors quelle est la capitale {} | de la polynésie française=PF; de la nouvelle-calédonie=NC; de wallis-et-futuna=WF
subdivision | ok là c'est quoi la capitale {} | de saint-pierre-et-miquelon=PM; de saint-barthélemy=BL; du groenland là=GL | fr-CA
subdivision | et la capitale {} elle s'appelle comment | des îles féroé=FO; des bermudes=BM; de porto rico=PR
subdivision | la capitale {} tu la connais | de l'île de man=IM; de jersey=JE; de guernesey=GG
subdivision | pis c'est quoi la capitale {} | des îles caïmans=KY; d'aruba=AW; de curaçao=CW | fr-CA
subdivision | la capitale de {} c'est quoi | la nouvelle-galles du sud=AU-NSW; l'australie-occidentale=AU-WA; l'australie-méridionale=AU-SA
subdivision | dis-moi quelle est la capitale de l'état {} | du maharashtra=IN-MH; du tamil nadu=IN-TN; du gujarat=IN-GJ
subdivision | la capitale {} c'est quoi | de l'utah=US-UT; de l'idaho=US-ID; du montana=US-MT | fr-CA
subdivision | la capitale {} elle est où | de la basse-saxe=DE-NI; de la rhénanie-du-nord-westphalie=DE-NW; de la thuringe=DE-TH
subdivision | c'est quoi le chef-lieu {} | de la corse non de la polynésie=PF; de saint-martin=MF; de la guyane française=GF
subdivision | la capitale {} | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'angleterre=GB-ENG
subdivision | dis-moi la capitale de l'état {} | du vermont=US-VT; du new hampshire=US-NH; du delaware=US-DE | fr-CA
subdivision | la capitale du territoire {} | du nord australien=AU-NT; de la capitale australienne=AU-ACT; du nunavut là=CA-NU | fr-CA
subdivision | bon quelle est la capitale {} | de gibraltar=GI; des îles malouines=FK; de sainte-hélène=SH

# Plural capitals.
plural-capitals | quelles sont les trois capitales {} | de l'afrique du sud=ZA
plural-capitals | l'afrique du sud a plusieurs capitales c'est lesquelles | ZA | fr-CA
plural-capitals | la bolivie elle a deux capitales c'est quoi | BO
plural-capitals | c'est quoi les deux capitales {} | de la bolivie=BO; des pays-bas=NL | fr-CA
plural-capitals | les pays-bas ont deux capitales c'est lesquelles | NL
plural-capitals | quelles sont les capitales {} | de la malaisie=MY; du sri lanka=LK; de l'eswatini=SZ
plural-capitals | la malaisie elle a combien de capitales et c'est lesquelles | MY | fr-CA
plural-capitals | donne-moi les deux capitales {} | de la palestine=PS; du bénin=BJ; de la côte d'ivoire=CI
plural-capitals | les capitales de la palestine c'est quoi | PS | fr-CA
plural-capitals | c'est vrai que le bénin a deux capitales lesquelles | BJ
plural-capitals | la côte d'ivoire a-t-elle deux capitales et lesquelles | CI | fr-CA
plural-capitals | le sri lanka il a deux capitales tu me les dis | LK | fr-CA
plural-capitals | le swaziland a deux capitales c'est quoi | SZ
plural-capitals | c'est quoi les capitales {} on m'a dit qu'il y en a plusieurs | de l'afrique du sud=ZA; de la palestine=PS; du bénin=BJ
plural-capitals | les trois capitales sud-africaines c'est lesquelles | ZA

# Follow-ups.
follow-up | et {} | pour la serbie=RS; celle de la croatie=HR; pour l'albanie=AL
follow-up | pis {} | celle du manitoba=CA-MB; pour l'ontario=CA-ON; le yukon=CA-YT | fr-CA
follow-up | et pour {} alors | l'estonie=EE; la finlande=FI; la lettonie=LV
follow-up | même chose pour {} | le chili=CL; l'argentine=AR; le paraguay=PY
follow-up | ok pis {} c'est quoi | la gaspésie non le nouveau-brunswick=CA-NB; la nouvelle-écosse=CA-NS; terre-neuve=CA-NL | fr-CA
follow-up | d'accord et celle {} | du kenya=KE; de l'ouganda=UG; de la tanzanie=TZ
follow-up | bon et {} maintenant | le sénégal=SN; la gambie=GM; le mali=ML
follow-up | pareil {} | avec l'iran=IR; avec l'irak=IQ; avec le pakistan=PK
follow-up | ah ok et {} tant qu'à faire | le bhoutan=BT; la mongolie=MN; le tibet non la chine=CN | fr-CA
follow-up | super et la suivante {} | la pologne=PL; l'ukraine=UA; la biélorussie=BY

# Self-corrections.
self-correction | la capitale de la suède euh non {} | de la norvège=NO; du danemark=DK; de l'islande=IS
self-correction | c'est quoi la capitale de l'autriche pardon {} | de l'australie=AU; de l'allemagne=DE; de la hongrie=HU
self-correction | la capitale de la slovénie non attends {} | de la slovaquie=SK; de la croatie=HR; de la serbie=RS
self-correction | c'est quoi la capitale du niger oups {} | du nigeria=NG; du mali=ML; du tchad=TD | fr-CA
self-correction | la capitale de l'iran je veux dire {} | de l'irak=IQ; de l'afghanistan=AF; de la syrie=SY
self-correction | c'est quoi la capitale de l'ontario non laisse faire {} | du québec=CA-QC; de la saskatchewan=CA-SK; de l'alberta=CA-AB | fr-CA
self-correction | la capitale de la guinée enfin {} | de la guinée-bissau=GW; de la guinée équatoriale=GQ; de la papouasie-nouvelle-guinée=PG
self-correction | quelle est la capitale de la colombie ah non {} | de la bolivie=BO; du venezuela=VE; de l'équateur=EC | fr-CA
self-correction | dis-moi la capitale du soudan pardon je me suis trompé {} | du soudan du sud=SS; de l'érythrée=ER; de djibouti=DJ

# Yes/no checks.
yes-no-check | est-ce que la capitale de la turquie c'est {} | istanbul=TR; ankara=TR
yes-no-check | c'est-tu vrai que la capitale de l'australie c'est {} | sydney=AU; melbourne=AU | fr-CA
yes-no-check | la capitale du maroc c'est {} ou pas | casablanca=MA; rabat=MA
yes-no-check | est-ce que {} c'est la capitale du brésil | rio=BR; são paulo=BR; brasilia=BR
yes-no-check | la capitale du canada c'est-tu {} | toronto=CA; montréal=CA | fr-CA
yes-no-check | j'ai raison si je dis que la capitale de la suisse c'est {} | genève=CH; zurich=CH; berne=CH
yes-no-check | c'est bien {} la capitale du nigeria | lagos=NG; abuja=NG
yes-no-check | la capitale du vietnam c'est {} hein | saigon=VN; hanoï=VN
yes-no-check | est-ce que la capitale de la floride c'est {} | miami=US-FL; orlando=US-FL | fr-CA
yes-no-check | dis-moi si la capitale du kazakhstan c'est encore {} | almaty=KZ; astana=KZ
yes-no-check | la capitale de la nouvelle-zélande c'est {} non | auckland=NZ; wellington=NZ
yes-no-check | c'est {} la capitale de la colombie-britannique | vancouver=CA-BC; victoria=CA-BC | fr-CA
yes-no-check | la capitale de l'inde c'est {} c'est ça | bombay=IN; new delhi=IN

# Reverse questions.
reverse-question | {} c'est la capitale de quel pays | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; oulan-bator=CITY:Oulan-Bator
reverse-question | de quel pays {} est la capitale | bichkek=CITY:Bichkek; asmara=CITY:Asmara; paramaribo=CITY:Paramaribo
reverse-question | {} c'est la capitale de quoi | winnipeg=CITY:Winnipeg; halifax=CITY:Halifax; fredericton=CITY:Fredericton | fr-CA
reverse-question | {} c'est la capitale de quel état | sacramento=CITY:Sacramento; albany=CITY:Albany; tallahassee=CITY:Tallahassee | fr-CA
reverse-question | la ville de {} c'est la capitale de quel pays | windhoek=CITY:Windhoek; nouakchott=CITY:Nouakchott; vientiane=CITY:Vientiane
reverse-question | quel pays a pour capitale {} | canberra=CITY:Canberra; bamako=CITY:Bamako; tbilissi=CITY:Tbilissi
reverse-question | {} c'est la capitale de qui | victoria=CITY:Victoria; kingston=CITY:Kingston; saint-denis=CITY:Saint-Denis | fr-CA
reverse-question | de quel pays est-ce que {} est la capitale | lomé=CITY:Lomé; niamey=CITY:Niamey; bujumbura non gitega=CITY:Gitega

# Official names.
official-name | quelle est la capitale de la {} | république fédérative du brésil=BR; confédération suisse=CH; fédération de russie=RU
official-name | c'est quoi la capitale du {} | royaume de belgique=BE; royaume du maroc=MA; royaume d'arabie saoudite=SA
official-name | la capitale de la {} c'est quoi | république islamique d'iran=IR; république arabe syrienne=SY; république populaire de chine=CN
official-name | dis-moi quelle est la capitale de la {} | république algérienne démocratique et populaire=DZ; république tunisienne=TN; république du sénégal=SN
official-name | la capitale des {} | états-unis d'amérique=US; états fédérés de micronésie=FM; émirats arabes unis=AE | fr-CA
official-name | dis-moi c'est quoi la capitale du {} | sultanat d'oman=OM; royaume de thaïlande=TH; royaume du cambodge=KH
official-name | alors quelle est la capitale de la {} | république socialiste du viêt nam=VN; république de l'union du myanmar=MM; république démocratique populaire lao=LA
official-name | la capitale de la {} s'il vous plaît | principauté de monaco=MC; principauté du liechtenstein=LI; république hellénique=GR
official-name | faque c'est quoi la capitale de la {} | république bolivarienne du venezuela=VE; république orientale de l'uruguay=UY; république argentine=AR | fr-CA
official-name | la capitale de la {} | république fédérale démocratique d'éthiopie=ET; république unie de tanzanie=TZ; république de corée=KR
official-name | et la capitale du {} | royaume-uni de grande-bretagne et d'irlande du nord=GB; royaume de norvège=NO; royaume d'espagne=ES | fr-CA
official-name | dis-moi c'est quoi la capitale de la {} | république islamique de mauritanie=MR; république islamique du pakistan=PK; république kirghize=KG

# Everyday and old names.
everyday-name | hey c'est quoi la capitale {} | des states=US; de l'amérique=US; de la grande-bretagne=GB | fr-CA
everyday-name | dis-moi la capitale {} c'est laquelle | des émirats=AE; de la centrafrique=CF; du congo kinshasa=CD
everyday-name | au fait quelle est la capitale {} | de la bosnie=BA; de la papouasie=PG; de trinidad=TT
everyday-name | dis-moi c'est quoi la capitale {} | de saint-kitts=KN; d'antigua=AG; de sao tomé=ST
everyday-name | dis-moi la capitale {} c'est quoi | de la macédoine=MK; de la république tchèque=CZ; du timor=TL
everyday-name | faque quelle est la capitale {} | du salvador=SV; de la biélo=BY; du cabo verde=CV | fr-CA
old-name | la capitale {} c'était laquelle et c'est laquelle maintenant | du tanganyika=TZ; de l'abyssinie=ET; de la formose=TW
old-name | alors la capitale {} c'est quoi | du bechuanaland=BW; du basutoland=LS; du nyassaland=MW
old-name | quand j'étais jeune on disait {} c'est quoi sa capitale | le congo belge=CD; l'oubangui-chari=CF; le soudan français=ML
old-name | la capitale {} vous vous rappelez | de la côte de l'or=GH; de la rhodésie du nord=ZM; du kampuchéa=KH | fr-CA
old-name | tiens quelle est la capitale {} | des nouvelles-hébrides=VU; de la côte française des somalis=DJ; de la guinée portugaise=GW

# Shared names.
shared-name | alors c'est quoi la capitale {} | du congo=CD+CG; des deux congo=CD+CG; de la corée=KP+KR
shared-name | alors la capitale {} c'est laquelle | des deux corées=KP+KR; des îles vierges=VG+VI; de la géorgie=GE+US-GA
shared-name | faque quelles sont les capitales {} | des deux soudans=SD+SS; des deux irlande=GB-NIR+IE; des deux dakota=US-ND+US-SD | fr-CA
shared-name | c'est quoi les capitales {} | des deux carolines=US-NC+US-SC; des deux virginie=US-VA+US-WV; de saint-martin l'île entière=MF+SX | fr-CA
shared-name | bon ben c'est quoi la capitale {} | de la géorgie l'état américain=US-GA; des îles vierges britanniques=VG; du congo kinshasa là=CD | fr-CA

# Out of domain: other facts about a named country.
out-of-domain | c'est quoi la population {} | du canada=FB; de la chine=FB; du brésil=FB
out-of-domain | quelle est la monnaie {} | du maroc=FB; de la suisse=FB; du japon=FB
out-of-domain | quelle langue on parle {} | au brésil=FB; en belgique=FB; au sénégal=FB
out-of-domain | qui est le président {} | de la côte d'ivoire=FB; du mexique=FB; de la france=FB
out-of-domain | quelle heure il est {} | au japon=FB; à montréal=FB; à dakar=FB | fr-CA
out-of-domain | quelle est la plus grande ville {} | du canada=FB; de l'australie=FB; de la turquie=FB
out-of-domain | c'est quoi le drapeau {} | de l'italie=FB; du kenya=FB; du portugal=FB
out-of-domain | combien d'habitants dans la capitale {} | du mexique=FB; de l'égypte=FB; de l'inde=FB
out-of-domain | quel temps fait-il {} | à paris=FB; à québec=FB; à lyon=FB
out-of-domain | c'est quoi l'indicatif téléphonique {} | du cameroun=FB; de la belgique=FB; de l'algérie=FB
out-of-domain | faut-il un visa pour aller {} | au vietnam=FB; en russie=FB; aux états-unis=FB | fr-CA
out-of-domain | combien de kilomètres entre paris et la capitale {} | de l'espagne=FB; de l'allemagne=FB; de l'italie=FB
out-of-domain | c'est quoi l'hymne national {} | du canada=FB; de la belgique=FB; du sénégal=FB | fr-CA
out-of-domain | quel est le plat typique {} | du liban=FB; du pérou=FB; de la côte d'ivoire=FB
# Out of domain: "capitale" and "capital" in other senses.
out-of-domain | c'est quoi la capitale de la gastronomie | FB
out-of-domain | lyon c'est la capitale des gaules pourquoi | FB
out-of-domain | c'est quoi la capitale européenne de la culture cette année | FB
out-of-domain | comment on écrit une lettre en capitale | FB
out-of-domain | c'est quoi le capital social d'une entreprise | FB
out-of-domain | combien il reste sur le capital de mon prêt | FB
out-of-domain | c'est quoi le capital humain | FB | fr-CA
out-of-domain | la peine capitale existe encore aux états-unis | FB | fr-CA
out-of-domain | c'est quoi les sept péchés capitaux | FB
out-of-domain | qui a écrit le capital | FB
out-of-domain | c'est quoi la capitale mondiale du hockey | FB | fr-CA
out-of-domain | paris capitale de la mode c'est depuis quand | FB
out-of-domain | c'est quoi un capitaliste | FB
out-of-domain | le capital décès c'est quoi | FB | fr-CA
out-of-domain | c'est quoi la capitale de la bande dessinée en belgique angoulême ou bruxelles | FB
out-of-domain | quelle est la capitale de mars | FB
out-of-domain | c'est quoi la capitale de l'europe | FB
out-of-domain | c'est quoi la capitale de la lune | FB | fr-CA
out-of-domain | c'est quoi la capitale de l'afrique | FB
out-of-domain | combien de pays il y a en afrique | FB
out-of-domain | quel est le plus grand pays du monde | FB | fr-CA
out-of-domain | c'est quoi le plus haut sommet d'europe | FB
out-of-domain | le nil traverse quels pays | FB
# Out of domain: everyday requests.
out-of-domain | mets de la musique de céline dion | FB | fr-CA
out-of-domain | mets la radio fip | FB
out-of-domain | règle un minuteur de dix minutes pour les pâtes | FB
out-of-domain | ajoute du lait à la liste de courses | FB
out-of-domain | allume la lumière du salon | FB
out-of-domain | c'est quoi le score du match du canadien | FB | fr-CA
out-of-domain | raconte-moi une blague | FB
out-of-domain | quelle est la météo pour demain à trois-rivières | FB | fr-CA
out-of-domain | réveille-moi à six heures | FB
out-of-domain | appelle maman | FB
out-of-domain | traduis bonjour en anglais | FB
out-of-domain | combien font sept fois huit | FB
out-of-domain | quelle est la date aujourd'hui | FB | fr-CA
out-of-domain | qui a gagné la coupe du monde en deux mille dix-huit | FB
out-of-domain | chante-moi une chanson | FB
out-of-domain | c'est quand les vacances de la toussaint | FB
out-of-domain | t'es une fille ou un garçon | FB
out-of-domain | combien de temps pour cuire un oeuf dur | FB
out-of-domain | il fait-tu frette dehors | FB | fr-CA
out-of-domain | y a-tu de la neige à soir | FB | fr-CA
out-of-domain | commande-moi une pizza | FB
out-of-domain | c'est qui le premier ministre du canada | FB | fr-CA
out-of-domain | c'est quoi le plus long fleuve de france | FB
out-of-domain | où se trouve le mali sur la carte | FB
out-of-domain | le japon est grand comment | FB

# Help.
help | aide-moi | HELP
help | qu'est-ce que je peux te demander | HELP
help | comment ça fonctionne ton affaire | HELP | fr-CA
help | je comprends pas comment on s'en sert | HELP
help | tu peux faire quoi au juste | HELP
help | explique-moi comment ça marche | HELP
help | à l'aide | HELP
help | j'ai besoin d'aide avec ça | HELP | fr-CA
help | c'est quoi les commandes | HELP
help | je sais pas quoi dire | HELP
help | qu'est-ce que tu sais faire | HELP | fr-CA
help | comment je dois poser la question | HELP
help | aide s'il te plaît | HELP
help | help | HELP | fr-CA
help | mode d'emploi | HELP
help | je suis perdue là aide-moi | HELP | fr-CA
help | euh aide | HELP
help | j'y comprends rien tu m'aides | HELP
help | donne-moi des exemples de questions | HELP
help | comment on utilise ça | HELP | fr-CA

# Stop.
stop | stop | STOP
stop | arrête | STOP | fr-CA
stop | arrête-toi | STOP
stop | tais-toi | STOP
stop | ferme-toi | STOP | fr-CA
stop | c'est fini arrête | STOP
stop | ça suffit arrête | STOP
stop | stop alexa | STOP | fr-CA
stop | arrête de parler | STOP
stop | quitter | STOP
stop | quitte | STOP | fr-CA
stop | silence | STOP
stop | chut | STOP
stop | arrête ça | STOP | fr-CA
stop | stoppe | STOP
stop | arrête tout | STOP
stop | on arrête là | STOP
stop | ferme l'application | STOP | fr-CA
stop | sors de capitales du monde | STOP
stop | arrête capitales du monde | STOP | fr-CA

# Cancel.
cancel | annule | CANCEL
cancel | annuler | CANCEL | fr-CA
cancel | laisse tomber | CANCEL
cancel | oublie ça | CANCEL | fr-CA
cancel | oublie | CANCEL
cancel | annule ça | CANCEL
cancel | non annule | CANCEL | fr-CA
cancel | laisse faire | CANCEL | fr-CA
cancel | annule la question | CANCEL
cancel | laisse tomber c'est pas grave | CANCEL
cancel | finalement laisse tomber | CANCEL
cancel | annule ma demande | CANCEL | fr-CA
cancel | oublie ma question | CANCEL
cancel | non oublie ça | CANCEL
cancel | laisse faire c'est correct | CANCEL | fr-CA
cancel | bon laisse tomber | CANCEL
cancel | annulation | CANCEL
cancel | oublie ce que j'ai dit | CANCEL | fr-CA
cancel | non non annule | CANCEL
cancel | laisse béton | CANCEL

# Launch.
launch | ouvre capitales du monde | LAUNCH
launch | lance capitales du monde | LAUNCH | fr-CA
launch | démarre capitales du monde | LAUNCH
launch | ouvrir capitales du monde | LAUNCH
launch | je veux jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde | LAUNCH
launch | lancer capitales du monde | LAUNCH
launch | part capitales du monde | LAUNCH | fr-CA
launch | mets capitales du monde | LAUNCH
launch | ouvre l'application capitales du monde | LAUNCH | fr-CA
launch | lance la skill capitales du monde | LAUNCH
launch | capitales du monde | LAUNCH
launch | ouvre capitale du monde | LAUNCH | fr-CA
launch | démarre l'appli capitales du monde | LAUNCH
launch | peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
launch | commence capitales du monde | LAUNCH
# Second batch: more out-of-domain, help, stop and cancel (after the first build).
out-of-domain | c'est quoi la superficie de la france | FB
out-of-domain | quelle est la religion principale en indonésie | FB
out-of-domain | qui est le roi du maroc | FB
out-of-domain | c'est quoi la devise de la république française | FB
out-of-domain | c'est quoi le fuseau horaire de la réunion | FB
out-of-domain | combien coûte un billet d'avion pour dakar | FB
out-of-domain | c'est où la meilleure poutine à québec | FB | fr-CA
out-of-domain | à quelle heure ferme le dépanneur | FB | fr-CA
out-of-domain | quelle est la langue officielle du québec | FB | fr-CA
out-of-domain | combien y a-t-il de provinces au canada | FB | fr-CA
out-of-domain | c'est qui la mairesse de montréal | FB | fr-CA
out-of-domain | quelle rivière passe à ottawa | FB | fr-CA
out-of-domain | combien d'argent on a au départ au monopoly | FB
out-of-domain | monte le volume | FB
out-of-domain | baisse le son un peu | FB | fr-CA
out-of-domain | lis-moi les nouvelles du jour | FB
out-of-domain | la tour eiffel elle mesure combien | FB
out-of-domain | quelle est la plus petite capitale d'europe | FB
out-of-domain | quelle capitale a le plus d'habitants | FB | fr-CA
out-of-domain | c'est quoi le capital-risque | FB
out-of-domain | c'est qui le capitaine de l'équipe de france | FB
out-of-domain | comment on dit capitale en anglais | FB | fr-CA
out-of-domain | combien de pays parlent français | FB
out-of-domain | quelle est la monnaie de la côte d'ivoire le franc cfa c'est ça | FB
out-of-domain | c'est quoi le salaire minimum en ontario | FB | fr-CA
out-of-domain | est-ce que l'australie c'est un continent | FB
help | aide-moi s'il te plaît | HELP
help | qu'est-ce que je dois dire | HELP
help | je fais comment | HELP
help | comment ça marche cette affaire-là | HELP | fr-CA
help | tu sers à quoi | HELP
help | j'ai besoin d'un coup de main | HELP
help | c'est quoi les options | HELP | fr-CA
help | aidez-moi | HELP
help | je ne sais pas comment faire | HELP
help | besoin d'aide | HELP | fr-CA
stop | arrête s'il te plaît | STOP
stop | stop stop | STOP | fr-CA
stop | bon arrête | STOP
stop | arrête maintenant | STOP
stop | tais-toi alexa | STOP | fr-CA
stop | ferme-la | STOP
stop | arrête de jouer | STOP
stop | ok stop | STOP | fr-CA
stop | arrête là | STOP
stop | stop merci | STOP
stop | ferme ça | STOP | fr-CA
stop | ça va arrête | STOP
cancel | annule tout | CANCEL
cancel | oublie ça veux-tu | CANCEL
cancel | laisse tomber j'ai trouvé | CANCEL
cancel | annule s'il te plaît | CANCEL | fr-CA
cancel | laisse faire je vais chercher moi-même | CANCEL | fr-CA
cancel | non finalement oublie | CANCEL
cancel | annule annule | CANCEL
cancel | laisse tomber la question | CANCEL | fr-CA
cancel | oublie ça finalement | CANCEL
cancel | je veux annuler | CANCEL
cancel | tu peux annuler | CANCEL | fr-CA
cancel | laisse tomber alexa | CANCEL
cancel | annule ça veux-tu | CANCEL | fr-CA
cancel | oublie la question d'avant | CANCEL
"""

if __name__ == "__main__":
    build_round(20, "fr", LINES, sys.argv, "tests/Eval/fr/round20/source/build_corpus.py")
