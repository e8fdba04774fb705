"""Round 37, Japanese (ja-JP): a new author's mix of speakers and situations, written blind (brief WRITER44.md), chosen
away from the regions and speakers of the Japanese rounds the author saw described (33 to 36).
Regions: Shonai in Yamagata (だや, だけ, はげ, でくれっちゃ, わがらね; Sakata port, rice paddies, imoni parties), Morioka in
Iwate (なはん, がんす, だべ, おしぇで; wanko soba, Nanbu ironware, Sansa drums), Fukui (やざ, けの, んけ, ほやほや, くんねの;
echizen crab, the dinosaur museum, Sabae glasses, Eiheiji), Koshu in Yamanashi (ずら, け, くりょう, だけんど, てっ; grape
trellises, houtou, wineries, crystal polishing), Enshu around Hamamatsu (だら, だに, やらまいか; musical-instrument and
motorbike factories, eel, the kite festival, Peruvian and Nepali co-workers), Okayama (じゃ, でーれー, おえん, つかあさい,
おせーて; peaches, Kurashiki, denim), Yamaguchi (ちょる, かいね, ちゃ, けぇ; Shimonoseki fugu, Hagi, the Iwakuni base),
Sanuki in Kagawa (な, おせて, まんでがん, なんしょん; udon, Konpira, olives, Naoshima), Kumamoto (ばってん, ね, はいよ, たいぎゃ,
あとぜき; Aso cattle, karashi renkon, the chip plant with Taiwanese engineers) and Oita (っちゃ, ちょくれ, よだきい, しんけん;
Beppu and Yufuin hot springs, toriten, APU students).
Learners (learner grammar on purpose): an Indian IT engineer in Nishikasai, a Cambodian strawberry-farm trainee, an
Uzbek language-school student, a Pakistani used-car exporter in Toyama, a German working-holiday visitor, an Egyptian
Arabic teacher (キャピタル, キャピタルシティ, どこありますか, おしえるください, なにですか).
Children in hiragana (animals, pizza, penguins, a kindergarten teacher), teenagers (普通に, 詰んだ, 無理ゲー, えぐい, 推し,
共通テスト), elders with kanji and old names (英吉利, 葡萄牙, 墨西哥, 埃及, 比律賓, 土耳古, 露西亜, 阿蘭陀, ビルマ, セイロン,
ペルシャ, 白ロシア, 象牙海岸, ザイール) and states of their day the data lacks (西ドイツ, ソビエト連邦, 東パキスタン, ローデシア).
Plus follow-ups, yes/no checks with right and wrong capitals, self-corrections with a marker, reverse questions, official
and everyday names, shared names (bare: every place; disambiguated: the one), plural questions (every several-capital
country and Palestine), subdivisions and territories, help, stop, cancel, launches through 世界の首都, one-shot requests,
and out-of-domain requests and near misses (首都圏, 首都高, 県庁所在地, empires, continents, fictional lands, キャピタルゲイン).
`python3 tests/Eval/ja/round37/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 37's number); every line is ja-JP."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
dialect-shonai | {}の首都ってどさあんなやの | アンドラ=AD; アラブ首長国連邦=AE; アフガニスタン=AF
dialect-shonai | ほれ{}の首都なんてゆうなんだけの | アンティグアバーブーダ=AG; アルバニア=AL; アルメニア=AM
dialect-shonai | 庄内米の田んぼさいっけど{}の首都教えでくれっちゃ | アンゴラ=AO; アルゼンチン=AR; オーストリア=AT
dialect-shonai | 酒田の港で聞がっだんだども{}の首都どごだや | オーストラリア=AU; アゼルバイジャン=AZ; ボスニアヘルツェゴビナ=BA
dialect-morioka | {}の首都ってどこだべなはん | バルバドス=BB; バングラデシュ=BD; ベルギー=BE
dialect-morioka | わんこそば食いながら聞くども{}の首都どこだっけが | ブルキナファソ=BF; ブルガリア=BG; バーレーン=BH
dialect-morioka | {}の首都おしぇでけでがんす | ブルンジ=BI; ブルネイ=BN; ブラジル=BR
dialect-morioka | 南部鉄器買いに来たお客さんが{}の首都聞いでるんだども | バハマ=BS; ブータン=BT; ボツワナ=BW
dialect-fukui | {}の首都ってどこやったんけの | ベラルーシ=BY; ベリーズ=BZ; カナダ=CA
dialect-fukui | ほやほや{}の首都どこやざ | 中央アフリカ共和国=CF; スイス=CH; チリ=CL
dialect-fukui | 恐竜博物館で思い出したんやけど{}の首都教えてくんねの | カメルーン=CM; 中国=CN; コロンビア=CO
dialect-fukui | めがね磨きながらやけど{}の首都なんやったけの | コスタリカ=CR; キューバ=CU; カーボベルデ=CV
dialect-koshu | {}の首都ってどこずら | キプロス=CY; チェコ=CZ; ドイツ=DE
dialect-koshu | ぶどう棚の下で悩んでるだけんど{}の首都どこけ | ジブチ=DJ; デンマーク=DK; ドミニカ国=DM
dialect-koshu | ほうとう煮えるまでに{}の首都教えてくりょう | ドミニカ共和国=DO; アルジェリア=DZ; エクアドル=EC
dialect-koshu | 信玄餅食いながら聞くじゃんけ{}の首都なんちゅうだ | エストニア=EE; エジプト=EG; エリトリア=ER
dialect-enshu | {}の首都ってどこだら | スペイン=ES; エチオピア=ET; フィンランド=FI
dialect-enshu | やらまいかの精神で聞くけど{}の首都どこだっけ | フィジー=FJ; ミクロネシア連邦=FM; フランス=FR
dialect-enshu | うなぎ屋の大将が{}の首都わからんだに | ガボン=GA; イギリス=GB; グレナダ=GD
dialect-enshu | 凧揚げ祭りのときに聞かれた{}の首都ってどこずら | ガーナ=GH; ガンビア=GM; ギニア=GN
dialect-okayama | {}の首都ってどこなん教えてつかあさい | 赤道ギニア=GQ; ギリシャ=GR; グアテマラ=GT
dialect-okayama | でーれー気になるんじゃけど{}の首都どこじゃったっけ | ギニアビサウ=GW; ガイアナ=GY; ホンジュラス=HN
dialect-okayama | 桃の箱詰めしょうる間に{}の首都おせーて | クロアチア=HR; ハイチ=HT; ハンガリー=HU
dialect-okayama | きびだんご食べながら聞くんじゃが{}の首都はどこなら | インドネシア=ID; アイルランド=IE; イスラエル=IL
dialect-yamaguchi | {}の首都ってどこなんかいね | インド=IN; イラク=IQ; イラン=IR
dialect-yamaguchi | ふぐ刺し食べよったら{}の首都が気になっちょるんよ | アイスランド=IS; イタリア=IT; ジャマイカ=JM
dialect-yamaguchi | 下関の港で働いちょるんじゃけど{}の首都教えてや | ヨルダン=JO; 日本=JP; ケニア=KE
dialect-yamaguchi | 錦帯橋渡りながら{}の首都ってどこやったかね | キルギス=KG; カンボジア=KH; キリバス=KI
dialect-sanuki | {}の首都ってどこなんな | コモロ=KM; セントクリストファーネービス=KN; クウェート=KW
dialect-sanuki | うどん打ちよる途中なんやけど{}の首都おせて | カザフスタン=KZ; ラオス=LA; レバノン=LB
dialect-sanuki | こんぴらさん登りながら{}の首都聞いてもええかいな | セントルシア=LC; リヒテンシュタイン=LI; リベリア=LR
dialect-sanuki | 骨付鳥焼きよるけん{}の首都はよおせてや | レソト=LS; リトアニア=LT; ルクセンブルク=LU
dialect-kumamoto | {}の首都ってどこね | ラトビア=LV; リビア=LY; モロッコ=MA
dialect-kumamoto | 阿蘇で牛ば見よったらふと思ったばってん{}の首都はどこかいた | モナコ=MC; モルドバ=MD; モンテネグロ=ME
dialect-kumamoto | からし蓮根つまみながら{}の首都ば教えてはいよ | マダガスカル=MG; マーシャル諸島=MH; 北マケドニア=MK
dialect-kumamoto | 熊本城の石垣ば見よって思い出したばい{}の首都はどこだったっけ | マリ=ML; ミャンマー=MM; モンゴル=MN
dialect-oita | {}の首都ってどこっちゃ | モーリタニア=MR; マルタ=MT; モーリシャス=MU
dialect-oita | 温泉つかりよったら気になったんやけど{}の首都どこなん | モルディブ=MV; マラウイ=MW; メキシコ=MX
dialect-oita | よだきいけど調べるんめんどいき{}の首都教えちょくれ | モザンビーク=MZ; ナミビア=NA; ニジェール=NE
dialect-oita | とり天揚げよるけん手が離せんのよ{}の首都なんちゅうとこ | ナイジェリア=NG; ニカラグア=NI; ノルウェー=NO
learner-india | {}のキャピタルはどこありますか | ネパール=NP; ナウル=NR; ニュージーランド=NZ
learner-india | すみません私は{}の首都しりたいです | オマーン=OM; パナマ=PA; ペルー=PE
learner-india | {}に首都はなにですかおしえるください | パプアニューギニア=PG; フィリピン=PH; パキスタン=PK
learner-india | 西葛西のオフィスからです{}のキャピタルシティどこ | ポーランド=PL; ポルトガル=PT; パラオ=PW
learner-cambodia | {}の首都どこですかわかりませんです | パラグアイ=PY; カタール=QA; ルーマニア=RO
learner-cambodia | 農家のしごとおわりました{}の首都をききたいです | セルビア=RS; ロシア=RU; ルワンダ=RW
learner-cambodia | アレクサさん{}の首都はどこにあるですか | サウジアラビア=SA; ソロモン諸島=SB; セーシェル=SC
learner-cambodia | いちごハウスのしごと中です{}は首都なにですか | スーダン=SD; スウェーデン=SE; シンガポール=SG
learner-uzbek | {}の首都は何という町ですか | スロベニア=SI; スロバキア=SK; シエラレオネ=SL
learner-uzbek | 日本語学校の宿題です{}の首都をおしえてもらえますか | サンマリノ=SM; セネガル=SN; ソマリア=SO
learner-uzbek | {}のキャピタルは日本語でなんといいますか | スリナム=SR; 南スーダン=SS; サントメプリンシペ=ST
learner-pakistan | {}の首都どこねちょっとおしえて | エルサルバドル=SV; シリア=SY; チャド=TD
learner-pakistan | 中古車の輸出の仕事ですね{}の首都わかる | トーゴ=TG; タイ=TH; タジキスタン=TJ
learner-pakistan | 富山の港から車おくります{}の首都なにですか | 東ティモール=TL; トルクメニスタン=TM; チュニジア=TN
learner-germany | {}の首都はどこでしょうか | トンガ=TO; トルコ=TR; トリニダードトバゴ=TT
learner-germany | えっと{}のハウプトシュタットじゃなくて首都はなんですか | ツバル=TV; タンザニア=TZ; ウクライナ=UA
learner-germany | ワーキングホリデーで来てます{}の首都を知りたいんですけど | ウガンダ=UG; アメリカ合衆国=US; ウルグアイ=UY
learner-egypt | {}の首都どこですかアレクサさん | ウズベキスタン=UZ; セントビンセントおよびグレナディーン諸島=VC; ベネズエラ=VE
learner-egypt | アラビア語の先生です{}の首都なんでしたか | ベトナム=VN; バヌアツ=VU; サモア=WS
learner-egypt | ねえアレクサ{}の首都ってどこなのかな | イエメン=YE; ザンビア=ZM; ジンバブエ=ZW
dialect-shonai | あのよドイツの首都ってベルリンでいいなだけの | DE
dialect-shonai | ばあちゃんがよフランスの首都どごだがって聞いでっけ | FR
dialect-shonai | ほいずはわがらねの韓国の首都どごだっけや | KR
dialect-shonai | 孫がアメリカさ留学すっけアメリカの首都どさあるなや | US
dialect-shonai | んだんだブラジルの首都なんてゆうなだけ | BR
dialect-shonai | 鶴岡のだだちゃ豆ばアラブさ売っけどアラブ首長国連邦の首都どごや | AE
dialect-shonai | 冬の地吹雪でながなが外さ出はらんねはげロシアの首都教えでくれ | RU
dialect-shonai | ほんまにわがらねなだイタリアの首都ってどごなんだや | IT
dialect-shonai | 羽黒山さ来た外国の人がペルーの首都どさあるなって | PE
dialect-shonai | 藤沢周平の本読んでたら急に思ったなだけど中国の首都どご | CN
dialect-shonai | やんだぐなるの覚えらんねエジプトの首都もう一回 | EG
dialect-shonai | 芋煮会でしゃべってだなだどもトルコの首都ってどごだけ | TR
dialect-morioka | 盛岡冷麺のスープ韓国風だども韓国の首都ってソウルだべか | KR
dialect-morioka | おらほの孫がオーストラリアさ行ぐってへってるんだども首都どこだべ | AU
dialect-morioka | さんさ踊りの太鼓叩きながら聞ぐども中国の首都は北京だったべが | CN
dialect-morioka | じゃじゃ麺のお店の大将がモンゴルの首都知りでって | MN
dialect-morioka | まんずまんずカナダの首都ってどこだったべな | CA
dialect-morioka | 岩手山見ながらだどもスイスの首都おしぇで | CH
dialect-morioka | ほだなはんニュージーランドの首都おしぇでけねべが | NZ
dialect-morioka | 石川啄木の本さ出てくるロシアの首都ってモスクワだべ | RU
dialect-morioka | 小岩井農場さ来たイギリスの人の国の首都ってどこだべ | GB
dialect-morioka | 雪かきしてらどもノルウェーの首都どこだったべなはん | NO
dialect-morioka | 南部せんべい持ってフィンランドさ行ぐんだども首都どこ | FI
dialect-morioka | わがんねぇなぁスペインの首都おしぇで | ES
dialect-fukui | 越前がにの競りで外国の人来とったんやけどノルウェーの首都どこやざ | NO
dialect-fukui | ほやけどイタリアの首都ってローマやったんけ | IT
dialect-fukui | 東尋坊で会った人がポルトガルの人やったんやけど首都どこやの | PT
dialect-fukui | おろしそば食べながら聞くけどフランスの首都てどこやったかの | FR
dialect-fukui | 永平寺の修行に来たアメリカの人の国の首都ってどこやざ | US
dialect-fukui | ほんなんわからんわベトナムの首都ってどこなんや | VN
dialect-fukui | 羽二重餅食べとったら急に思ったんやけどタイの首都どこやったっけの | TH
dialect-fukui | つるつるいっぱいになったわ地図見ててもわからんモロッコの首都は | MA
dialect-fukui | 鯖江のめがね工場にくるインドの人の国の首都教えてくんねの | IN
dialect-fukui | 水ようかん食べながらでええんやけどドイツの首都どこやの | DE
dialect-fukui | ぞんざいな聞き方でごめんやけどエジプトの首都どこや | EG
dialect-fukui | ほんでアルゼンチンの首都ってどこなんけの | AR
dialect-koshu | 富士山見に来た外国の人の国がチリだっちゅうけど首都どこずら | CL
dialect-koshu | ワイナリーでフランスのワイン飲んだけんど首都はパリずら | FR
dialect-koshu | ほうけほうけメキシコの首都ってどこけ | MX
dialect-koshu | 桃の出荷で忙しいだけんどタイの首都なんつったっけ | TH
dialect-koshu | 甲府の宝石屋に来たスリランカじゃなくてインドの人の首都どこだ | IN
dialect-koshu | ちょびっと聞きてえだけんどオーストリアの首都どこずら | AT
dialect-koshu | 吉田のうどん食いながらだけんど韓国の首都ソウルで合ってるけ | KR
dialect-koshu | てっ知らんかったカナダの首都ってどこずら | CA
dialect-koshu | やっちまったテストでギリシャの首都間違えたさ正解なに | GR
dialect-koshu | 武田神社のお祭りで外国人に聞かれたスペインの首都どこけ | ES
dialect-koshu | おまんケニアの首都わかるけ | KE
dialect-koshu | 水晶磨いてたら思い出したけんどブラジルの首都どこずら | BR
dialect-enshu | 浜松の楽器工場でオーストリアの人と話すだけど首都どこだら | AT
dialect-enshu | ほんとに知らんだでペルーの首都教えて | PE
dialect-enshu | 餃子焼きながらなんだけどフィリピンの首都ってどこだっけ | PH
dialect-enshu | バイク工場のベトナムの子にハノイが首都だらって聞いたけど合ってる | VN
dialect-enshu | いいじゃんねぇブラジルの首都も教えてくれりゃ | BR
dialect-enshu | 中田島の砂丘でカイト飛ばしながら聞くけどインドネシアの首都どこだっけ | ID
dialect-enshu | ほいでオランダの首都ってアムステルダムだら | NL
dialect-enshu | うちの会社ペルーの人多いだにペルーの首都どこだっけか | PE
dialect-enshu | みかん畑の手伝い来とる子の国ネパールの首都なんていうだ | NP
dialect-enshu | ほんなこん言ったってわからんでボリビアじゃなくてパラグアイの首都 | PY
dialect-okayama | ほんまでーれーわドイツの首都わからん | DE
dialect-okayama | 倉敷の美観地区に来とったフランス人の国の首都どこなら | FR
dialect-okayama | 晴れの国から聞きよるんじゃけどイランの首都はどこじゃ | IR
dialect-okayama | ままかりつまみながらで悪いんじゃがスウェーデンの首都はどこ | SE
dialect-okayama | デニム工場にくるバングラデシュの人の国の首都は何いうん | BD
dialect-okayama | おえんわ思い出せん中国の首都どこじゃったかな | CN
dialect-okayama | 後楽園散歩しよったら気になってのうアメリカの首都はどこじゃ | US
dialect-okayama | 蒜山高原でジャージー牛見よったんじゃけどイギリスの首都はどこ | GB
dialect-okayama | ほんならケニアの首都はどこなんじゃ | KE
dialect-okayama | ぼっけぇ気になるけんメキシコの首都を教えてくれん | MX
dialect-yamaguchi | 萩の城下町で観光案内しよるんじゃけど韓国の首都はソウルでええよね | KR
dialect-yamaguchi | 秋吉台で外国人に聞かれたんよスペインの首都ってどこなん | ES
dialect-yamaguchi | ほうじゃけどトルコの首都ってイスタンブールじゃないんよね | TR
dialect-yamaguchi | 瓦そば焼きよる間にでええけぇアルゼンチンの首都教えちょって | AR
dialect-yamaguchi | 角島大橋ドライブしよるんじゃけどオーストラリアの首都どこやったかね | AU
dialect-yamaguchi | うちの息子がフィリピンに転勤になるんちゃエラいことよ首都はどこかいね | PH
dialect-yamaguchi | 岩国の基地のアメリカ人に聞いたらわかるじゃろうけどアメリカの首都は | US
dialect-yamaguchi | そうなん知らんかったっちゃ中国の首都は北京なん | CN
dialect-yamaguchi | 湯田温泉でのぼせたけぇ頭回らんのよロシアの首都どこやった | RU
dialect-sanuki | ほなけんど韓国の首都ってソウルやったんかいな | KR
dialect-sanuki | 高松港で見たフェリーにフィンランドの国旗あったんやけど首都どこな | FI
dialect-sanuki | なんしょんなイタリアの首都も知らんのかって言われたんよ教えて | IT
dialect-sanuki | 直島の美術館に来とったデンマークの人の国の首都どこやったかな | DK
dialect-sanuki | オリーブ畑やっとるけんギリシャの首都知りたいんや | GR
dialect-sanuki | 丸亀の港から見たらわかるかいな冗談やけどスペインの首都は | ES
dialect-sanuki | まんでがんわからんわフランスの首都ってどこや | FR
dialect-sanuki | ほなけん言うたやろドイツの首都はどこなんな | DE
dialect-sanuki | 讃岐弁で聞くけどかまんかな中国の首都はどこな | CN
dialect-kumamoto | あとぜきしてから聞くばってんカナダの首都はどこね | CA
dialect-kumamoto | くまモンのグッズば台湾に送るとばってん台湾の首都ってどこね | TW
dialect-kumamoto | 馬刺し食べよったらフランスの人がおらしたけん首都ば知りたか | FR
dialect-kumamoto | なんでんよかけんドイツの首都ば教えてはいよ | DE
dialect-kumamoto | 天草の海で会ったフィリピンの人の国の首都はどこね | PH
dialect-kumamoto | たいぎゃ気になるばいブラジルの首都 | BR
dialect-kumamoto | 半導体工場に台湾の人のたくさん来よらすけど台湾の首都は台北ね | TW
dialect-kumamoto | すいかば作りよる畑から聞きよるばってんアメリカの首都はどこかい | US
dialect-kumamoto | そぎゃんこつ知らんもんモンゴルの首都どこかいね | MN
dialect-oita | 別府の地獄めぐりに来よった韓国の人の国の首都はソウルやろ | KR
dialect-oita | 関さば食べながらで悪いっちゃけどロシアの首都は | RU
dialect-oita | 湯布院の旅館で働くネパールの人の国の首都を教えちょくれ | NP
dialect-oita | しんけんわからんけんエジプトの首都どこなん | EG
dialect-oita | だんご汁作りよったら気になったイギリスの首都どこやったかえ | GB
dialect-oita | 国東半島で仏像見よったらインドのこと気になったインドの首都どこ | IN
dialect-oita | 立命館アジア太平洋大学の留学生が言いよったんやけどウズベキスタンの首都どこっちゃ | UZ
dialect-oita | ほんなら中国の首都はどこなんかえ | CN
dialect-oita | 杵築の坂道のぼりながらじゃけどタイの首都なん | TH
learner-india | アレクサインドのキャピタルはデリーですかニューデリーですか | IN
learner-india | 私はバンガロールから来ましたスリランカのキャピタルどこありますか | LK
learner-india | ネパールのキャピタルシティはカトマンズですかおしえて | NP
learner-india | ジャパンのキャピタル東京ですね次はバングラデシュのキャピタル | BD
learner-india | 私の奥さんはモルディブに行きたいですモルディブの首都なに | MV
learner-india | すみませんアレクサブータンのキャピタルはティンプーですかね | BT
learner-india | ちょっと聞きますアフガニスタンの首都なんですか | AF
learner-india | こんにちはアレクサ私はアイティーの会社で働きますシンガポールのキャピタルはどこ | SG
learner-cambodia | タイのしゅとどこですかバンコクですか | TH
learner-cambodia | ラオスのしゅとなまえなにですか | LA
learner-cambodia | わたしのくにカンボジアですカンボジアのしゅとはプノンペンですね | KH
learner-cambodia | アレクサさんベトナムのしゅとおしえてくださいおねがいします | VN
learner-cambodia | ミャンマーのともだちがいますミャンマーの首都なんですか | MM
learner-cambodia | マレーシアに兄さんいますマレーシアのしゅとどこ | MY
learner-cambodia | にほんのしゅと東京ですねフィリピンは | PH
learner-uzbek | タシケントは私の町ですカザフスタンの首都はどこですか | KZ
learner-uzbek | すみませんがタジキスタンの首都の名前を教えていただけませんか | TJ
learner-uzbek | トルクメニスタンのキャピタルはアシガバートですか | TM
learner-uzbek | キルギスの首都はビシュケクでただしいですか | KG
learner-uzbek | 先生が聞きましたアゼルバイジャンの首都はどこですかと | AZ
learner-uzbek | ロシアのキャピタルはモスクワですよね日本語でもモスクワ | RU
learner-uzbek | トルコの首都はイスタンブールじゃないですかアンカラですか | TR
learner-pakistan | パキスタンのキャピタルはイスラマバードねカラチじゃない | PK
learner-pakistan | アレクサアフガニスタンの首都どこあるか | AF
learner-pakistan | ドバイに車おくるよアラブ首長国連邦の首都どこね | AE
learner-pakistan | ニュージーランドに中古車たくさん行くニュージーランドの首都なに | NZ
learner-pakistan | ケニアにも車おくるケニアの首都ナイロビでしょ | KE
learner-pakistan | オマーンの首都ねマスカットかなちょっとおしえて | OM
learner-pakistan | サウジのキャピタルどこかなリヤドかジッダか | SA
learner-germany | すみませんスイスの首都はチューリッヒでしたっけ | CH
learner-germany | オーストリアの首都はウィーンだと思いますが正しいですか | AT
learner-germany | ドイツの首都はベルリンですがリヒテンシュタインの首都はなんですか | LI
learner-germany | ルクセンブルクの首都はルクセンブルクですかややこしいですね | LU
learner-germany | ポーランドの首都の名前を日本語でどう言いますか | PL
learner-germany | チェコの首都はプラハですよねプラークじゃなくて | CZ
learner-germany | デンマークの首都を教えてくださいコペンハーゲンですか | DK
learner-egypt | エジプトのキャピタルはカイロです私はカイロから来ましたヨルダンは | JO
learner-egypt | アレクサさんサウジアラビアの首都はどこですかメッカですか | SA
learner-egypt | スーダンの首都はハルツームですかおしえてください | SD
learner-egypt | レバノンの首都はなんですかベイルートですかね | LB
learner-egypt | モロッコのキャピタルはカサブランカじゃないですよね | MA
learner-egypt | リビアの首都どこかわかりますか | LY
learner-egypt | チュニジアのキャピタルなんという名前ですか | TN
child | ぱんだのくにのしゅとってどこ | CN
child | かんがるーのくにのしゅとおしえて | AU
child | あれくさあのねえじぷとのしゅとってどこ | EG
child | ぴらみっどのあるくにのしゅとしりたい | EG
child | ねえねえふらんすのしゅとどこ | FR
child | ぶらじるのしゅとはなんていうの | BR
child | あめりかのしゅとってにゅーよーくでしょ | US
child | いたりあのしゅとってぴざのまち | IT
child | かなだのしゅとおしえてほしいな | CA
child | ぺんぎんのいるなんきょくにもしゅとある | AQ
child | きりんのいるけにあのしゅとどこ | KE
child | おれんじのくにすぺいんのしゅとは | ES
child | さっかーのつよいあるぜんちんのしゅとどこ | AR
child | ろしあのしゅとってさむいの | RU
child | いんどのしゅとおしえてかれーのくに | IN
child | ばいきんぐのくにのるうぇーのしゅとは | NO
child | ぞうさんのいるたいのしゅとはどこかなあ | TH
child | すいすのしゅとってやまのなかにあるの | CH
child | おじいちゃんのいったはわいのしゅとはどこ | US-HI
child | ねえもんごるのしゅとってどこにあるの | MN
child | ぼくのすきなぎりしゃのしゅとおしえて | GR
child | あのねかんこくのしゅとどこ | KR
child | ようちえんのせんせいがいってたおらんだのしゅと | NL
teen | 普通に気になるんだけどノルウェーの首都どこ | NO
teen | 地理の課題詰んだハンガリーの首都教えて | HU
teen | まじむりスロバキアの首都とか知らんし | SK
teen | 共通テスト対策だけどブルガリアの首都なに | BG
teen | えぐいどこだっけアイスランドの首都 | IS
teen | 部活終わりで頭回んないクロアチアの首都おしえて | HR
teen | 推しのライブ行きたい韓国の首都ソウルで合ってるよね | KR
teen | 期末でマジで出るやつセルビアの首都どこ | RS
teen | ガチ勢の友達に負けたくないからエストニアの首都 | EE
teen | フィンランドの首都ってヘルシンキでしょ知ってるけど一応 | FI
teen | 塾の先生がラトビアの首都言えって無理ゲー | LV
teen | タピオカ飲みながら聞くけど台湾の首都どこ | TW
teen | 彼氏に聞いたらわかんないってダサすぎウクライナの首都は | UA
teen | 世界史のワークでペルーの首都書けってどこ | PE
teen | ぶっちゃけベルギーの首都ってどこなん | BE
teen | 修学旅行シンガポールなんだけどシンガポールって首都あるの | SG
teen | 検定の勉強中ニカラグアの首都ガチでわからん | NI
teen | リトアニアの首都まじでなんて読むの | LT
teen | ゲームのクイズで出たボツワナの首都どこ | BW
teen | 友達と賭けしてるからチリの首都即答して | CL
teen | エモいとこ行きたいポルトガルの首都どこ | PT
teen | 英語の先生がアイルランド出身なんだけど首都どこ | IE
elder | ちょいとお尋ねしますがの英吉利の首都はどこでございましたかな | GB
elder | わしの若い頃はソ連と言ったもんじゃがロシアの首都はモスクワで変わらんかの | RU
elder | 戦時中にいた満州の隣の蒙古の首都はどこだったかのう | MN
elder | ビルマの首都はラングーンじゃったと思うが今はどこかの | MM
elder | セイロンの首都を聞かせておくれ | LK
elder | 昔はシャムと言うておったタイの首都はバンコクのままかね | TH
elder | ペルシャの首都はどこじゃったかのう | IR
elder | 独逸の首都はボンじゃったか今はベルリンかの | DE
elder | 葡萄牙の首都を教えてくださらんか | PT
elder | 墨西哥の首都はどこでしたかいのう | MX
elder | 埃及の首都はカイロでよかったかの | EG
elder | 比律賓の首都を教えておくれでないかい | PH
elder | 土耳古の首都はどこでございましたか | TR
elder | 露西亜の首都はモスクワでようございますな | RU
elder | 西ドイツの首都はどこじゃったかのう | FB
elder | ソビエト連邦の首都はモスクワでしたな | FB
elder | 東パキスタンの首都はどこじゃったかな | FB
elder | ローデシアの首都をご存じかの | FB
elder | 阿蘭陀の首都はどこでございましょう | NL
elder | ザイールの首都はどこじゃったかの | CD
elder | 白ロシアと呼んだ国の首都はどこかのう | BY
elder | 象牙海岸の首都を教えてちょうだいな | CI
follow-up | ほんならスペインはどこやざ | ES
follow-up | ほいじゃあポルトガルはどうなん | PT
follow-up | じゃあ次はノルウェーお願い | NO
follow-up | したらスウェーデンのほうはどこだべ | SE
follow-up | ほんでデンマークは | DK
follow-up | 続けてフィンランドもおしえて | FI
follow-up | ついでにベルギーのほうも頼むわ | BE
follow-up | ほいでオーストリアはどうなんずら | AT
follow-up | それとアイルランドも知りたいんじゃけど | IE
follow-up | ならハンガリーは何て町ね | HU
follow-up | あとギリシャもおせてんか | GR
follow-up | もひとつキューバはどこっちゃ | CU
follow-up | 今度はチリの首都をお願いします | CL
follow-up | ペルーも続けて聞いていい | PE
follow-up | じゃあその隣のボリビアは | BO
follow-up | ほなエクアドルもついでに | EC
follow-up | えっとね次コロンビア | CO
follow-up | あとはベネズエラだけ教えて | VE
follow-up | ほんでその次はウルグアイたい | UY
follow-up | もう一個だけパラグアイのも | PY
follow-up | それならフィジーはどこだら | FJ
follow-up | 続きでトンガもお願いね | TO
follow-up | あとサモアはどこやったっけの | WS
follow-up | ほうけじゃあパラオはどこけ | PW
follow-up | 最後にバヌアツだけ教えちょくれ | VU
plural-capitals | ボリビアの首都って二つあるってほんとけ | BO
plural-capitals | ボリビアは首都がスクレとラパスどっちなん | BO
plural-capitals | 南アフリカって首都が三つあるんじゃろ全部言うて | ZA
plural-capitals | 南アフリカの首都全部おせて | ZA
plural-capitals | 南アの首都ってなんで三つもあるん | ZA
plural-capitals | マレーシアの首都ってクアラルンプールとプトラジャヤどっちだら | MY
plural-capitals | マレーシアの首都は二つあるんけの | MY
plural-capitals | オランダの首都ってアムステルダムとハーグ両方なんけ | NL
plural-capitals | オランダは首都がふたつあるってホンマなん | NL
plural-capitals | スリランカの首都ってコロンボじゃないほうもあるんやろ両方教えて | LK
plural-capitals | スリランカの首都長い名前のやつとコロンボ両方言ってみて | LK
plural-capitals | ベナンの首都ってポルトノボとコトヌーどっちやったかね | BJ
plural-capitals | ベナンの首都二つとも教えてください | BJ
plural-capitals | コートジボワールの首都ってヤムスクロとアビジャンどっちね | CI
plural-capitals | コートジボワールは首都がいくつあるんですか | CI
plural-capitals | エスワティニの首都って二つあるって聞いたんじゃけど | SZ
plural-capitals | 昔のスワジランドの首都ってふたつあるんずら | SZ
plural-capitals | パレスチナの首都ってどこになるのかいくつか候補あるんでしょ | PS
plural-capitals | パレスチナ自治区の首都はラマッラと東エルサレムどっちなん | PS
plural-capitals | ボリビアの首都は憲法上と政府の所在地で違うんだっけ両方教えて | BO
plural-capitals | 南アフリカの首都プレトリアだけじゃないの | ZA
plural-capitals | マレーシアの首都どこなん二つあるって聞いたばってん | MY
subdivision | カリフォルニア州の州都ってロサンゼルスじゃないの | US-CA
subdivision | テキサス州の州都どこだら | US-TX
subdivision | ニューヨーク州の州都ってニューヨークじゃないんやろ | US-NY
subdivision | アラスカ州の州都どこだべ | US-AK
subdivision | ワシントン州の州都ってシアトルけ | US-WA
subdivision | オハイオ州の州都おせて | US-OH
subdivision | ネバダ州の州都はラスベガスじゃないんやの | US-NV
subdivision | ミシガン州の州都ってデトロイトちゃうん | US-MI
subdivision | フロリダ州の州都ってマイアミかいね | US-FL
subdivision | バージニア州の州都を教えてください | US-VA
subdivision | ウィスコンシン州の州都はどこなん | US-WI
subdivision | ノースカロライナ州の州都ってどこ | US-NC
subdivision | ミズーリ州の州都なんて読むんだっけ | US-MO
subdivision | アイオワ州の州都はデモインって読むの | US-IA
subdivision | モンタナ州の州都知っとるね | US-MT
subdivision | ニュージャージー州の州都教えてくれん | US-NJ
subdivision | オクラホマ州の州都ってオクラホマシティずら | US-OK
subdivision | メイン州の州都ってどこなんじゃろ | US-ME
subdivision | バーモント州の州都を知りたいです | US-VT
subdivision | ニューメキシコ州の州都はサンタフェでいいの | US-NM
subdivision | ケベック州の州都ってモントリオールじゃないの | CA-QC
subdivision | マニトバ州の州都はどこ | CA-MB
subdivision | ノバスコシア州の州都教えてや | CA-NS
subdivision | サスカチュワン州の州都なんて名前 | CA-SK
subdivision | ユーコン準州の州都ってどこだっけ | CA-YT
subdivision | ヌナブト準州の中心の町どこ | CA-NU
subdivision | 南オーストラリア州の州都はアデレードやったかね | AU-SA
subdivision | タスマニア州の州都どこっちゃ | AU-TAS
subdivision | 西オーストラリア州の州都おせてや | AU-WA
subdivision | ノーザンテリトリーの州都ってダーウィンずら | AU-NT
subdivision | バイエルン州の州都はミュンヘンですよね | DE-BY
subdivision | ヘッセン州の州都ってフランクフルトじゃないの | DE-HE
subdivision | ザクセン州の州都どこやったかの | DE-SN
subdivision | テューリンゲン州の州都教えて | DE-TH
subdivision | ブランデンブルク州の州都はポツダムけ | DE-BB
subdivision | シュレースヴィヒホルシュタイン州の州都は | DE-SH
subdivision | スコットランドの首都ってエディンバラだっけグラスゴーだっけ | GB-SCT
subdivision | ウェールズの首都ってどこなん | GB-WLS
subdivision | 北アイルランドの首都はベルファストやの | GB-NIR
subdivision | イングランドの首都はロンドンでいいのかな | GB-ENG
subdivision | アマゾナス州の州都ってマナウスだっけ | BR-AM
subdivision | バイーア州の州都ってどこなんじゃろ | BR-BA
subdivision | ペルナンブーコ州の州都はどこね | BR-PE
subdivision | パラナ州の州都はクリチバで合ってる | BR-PR
subdivision | ハリスコ州の州都はグアダラハラけ | MX-JAL
subdivision | ユカタン州の州都を教えてくれる | MX-YUC
subdivision | ヌエボレオン州の州都どこ | MX-NLE
subdivision | ケーララ州の州都はどこですか | IN-KL
subdivision | カルナータカ州の州都はベンガルールですよね | IN-KA
subdivision | 西ベンガル州の州都はコルカタかな | IN-WB
subdivision | ラージャスターン州の州都おしえて | IN-RJ
subdivision | ゴア州の州都ってどこ | IN-GA
subdivision | ハワイ州の州都はホノルルけ | US-HI
subdivision | ルイジアナ州の州都ってニューオーリンズじゃないんか | US-LA
territory | グリーンランドの首都ってどこだべ | GL
territory | プエルトリコの首都はサンフアンずら | PR
territory | グアムの首都ってどこなんやろ | GU
territory | サイパンのある北マリアナ諸島の首都はどこ | MP
territory | ニューカレドニアの首都ってヌメアけ | NC
territory | タヒチのあるフランス領ポリネシアの首都はどこ | PF
territory | フェロー諸島の首都なんて読むの | FO
territory | バミューダの首都はどこっちゃ | BM
territory | ケイマン諸島の首都はどこね | KY
territory | ジブラルタルに首都ってあるの | GI
territory | マン島の首都はどこじゃろ | IM
territory | ジャージー島の首都教えて | JE
territory | レユニオンの首都ってサンドニかいな | RE
territory | クック諸島の首都ってどこ | CK
territory | 香港の首都ってどういうことになるん | HK
territory | マカオの中心ってどこになるんけ | MO
territory | フォークランド諸島の首都はどこですか | FK
territory | アルバの首都を教えてくれっちゃ | AW
territory | キュラソーの首都はどこや | CW
territory | 西サハラの首都ってあるんけ | EH
territory | コソボの首都はプリシュティナか | XK
territory | 台湾の首都って台北でええんかいね | TW
territory | バチカン市国に首都ってあるんかの | VA
territory | マルティニークの首都はどこだら | MQ
territory | 仏領ギアナの首都ってカイエンヌずら | GF
territory | オーランド諸島の首都どこね | AX
territory | セントヘレナ島の首都ってナポレオンの島だよね | SH
yes-no-check | オーストラリアの首都ってシドニーで合っとるん | AU
yes-no-check | カナダの首都はオタワで正解だら | CA
yes-no-check | ブラジルの首都ってリオやろ | BR
yes-no-check | トルコの首都はイスタンブールでええんけの | TR
yes-no-check | スイスの首都ってジュネーブずら | CH
yes-no-check | ニュージーランドの首都はオークランドで合ってますか | NZ
yes-no-check | ベトナムの首都ホーチミンやったっけ | VN
yes-no-check | モロッコの首都ラバトで間違いないですか | MA
yes-no-check | ナイジェリアの首都はラゴスじゃなかったっけ | NG
yes-no-check | パキスタンの首都カラチだよね | PK
yes-no-check | アメリカの首都ってニューヨークで合っちょる | US
yes-no-check | インドの首都はムンバイやなかったかの | IN
yes-no-check | 韓国の首都はソウルで合うとるね | KR
yes-no-check | エジプトの首都はカイロで正しいっちゃろ | EG
yes-no-check | ケニアの首都ってナイロビでいいんだべか | KE
yes-no-check | アルゼンチンの首都ってブエノスアイレスやね合うとる | AR
yes-no-check | フランスの首都はパリで間違いないがやろ | FR
yes-no-check | タンザニアの首都ってダルエスサラームちゃうんか | TZ
yes-no-check | カザフスタンの首都はアルマトイじゃないんですか | KZ
yes-no-check | ミャンマーの首都ってヤンゴンのままなの | MM
yes-no-check | イスラエルの首都テルアビブやろ違うんか | IL
yes-no-check | ドイツの首都はベルリンでいいんずら | DE
yes-no-check | フィリピンの首都ってマニラで正解だよね | PH
yes-no-check | テキサス州の州都ってヒューストンけ | US-TX
yes-no-check | クイーンズランド州の州都ってブリスベンで合ってる | AU-QLD
yes-no-check | ベラルーシの首都はミンスクでよかったですか | BY
self-correction | オーストリアの首都いやちがうオーストラリアの首都 | AU
self-correction | スウェーデンやなかったスイスの首都どこやざ | CH
self-correction | イランじゃなくてイラクの首都ってどこ | IQ
self-correction | スロベニアのあっまちがえたスロバキアの首都 | SK
self-correction | ニジェールいやナイジェリアの首都を教えて | NG
self-correction | モーリタニアじゃのうてモーリシャスの首都どこじゃ | MU
self-correction | ギニアあごめん赤道ギニアの首都 | GQ
self-correction | ザンビアちゃうわジンバブエの首都なんな | ZW
self-correction | ラトビアの首都えっとやっぱりリトアニアの首都 | LT
self-correction | マリじゃなかったマラウイの首都ってどこね | MW
self-correction | コロンビアあっ違うボリビアの首都 | BO
self-correction | オマーンやなくてヨルダンの首都はどこっちゃ | JO
self-correction | ペルーの首都じゃなくてパナマの首都教えて | PA
self-correction | グアテマラのえっと間違えたホンジュラスの首都 | HN
self-correction | チェコいやいやスロバキアの首都ずら | SK
self-correction | キルギスやのうてタジキスタンの首都何ね | TJ
self-correction | ブルガリアじゃなくてルーマニアの首都けの | RO
self-correction | セネガルと思ったけどガンビアの首都を知りたい | GM
self-correction | カメルーンのえーとちがうガボンの首都 | GA
self-correction | アルメニアいやアゼルバイジャンの首都おしぇで | AZ
self-correction | ネパールあーちがうちがうブータンの首都 | BT
self-correction | エストニアやのうてラトビアの首都教えてつかあさい | LV
reverse-question | キャンベラってどこの国の首都だっけ | CITY:キャンベラ
reverse-question | ウランバートルはどこの首都なん | CITY:ウランバートル
reverse-question | リュブリャナってどこの国の首都やざ | CITY:リュブリャナ
reverse-question | アスタナはどこの国の首都ずら | CITY:アスタナ
reverse-question | ナイロビはどこの国の首都ですか | CITY:ナイロビ
reverse-question | ハボローネって首都なのどこの国 | CITY:ハボローネ
reverse-question | レイキャビクってどこの首都やったかの | CITY:レイキャビク
reverse-question | ヘルシンキはなんていう国の首都 | CITY:ヘルシンキ
reverse-question | ビエンチャンを首都にしとる国はどこね | CITY:ビエンチャン
reverse-question | リマって首都だけどどこの国だっけ | CITY:リマ
reverse-question | アンカラはどこの国の首都じゃ | CITY:アンカラ
reverse-question | ワルシャワって何の国の首都なんな | CITY:ワルシャワ
reverse-question | ダッカが首都の国ってどこっちゃ | CITY:ダッカ
reverse-question | プノンペンはどこの国の首都ですかね | CITY:プノンペン
reverse-question | ビシュケクが首都なのはどこの国 | CITY:ビシュケク
reverse-question | アクラってどこの国の首都かわかる | CITY:アクラ
reverse-question | ブカレストはどこの首都だべ | CITY:ブカレスト
reverse-question | モンテビデオが首都の国を教えて | CITY:モンテビデオ
reverse-question | ティラナってどこの国の首都なん | CITY:ティラナ
reverse-question | トビリシはどこの国の首都でしたかな | CITY:トビリシ
reverse-question | ハラレが首都なのはどこだら | CITY:ハラレ
reverse-question | キガリってどこの首都か知っとる | CITY:キガリ
official-name | 大韓民国の首都はどこですか | KR
official-name | 中華人民共和国の首都を教えてください | CN
official-name | 朝鮮民主主義人民共和国の首都ってどこ | KP
official-name | グレートブリテン及び北アイルランド連合王国の首都 | GB
official-name | フランス共和国の首都はどちらですか | FR
official-name | エジプトアラブ共和国の首都を教えてください | EG
official-name | アルジェリア民主人民共和国の首都はどこやの | DZ
official-name | ベネズエラボリバル共和国の首都ってどこ | VE
official-name | チェコ共和国の首都ずら | CZ
official-name | アメリカ合衆国の首都をお願いします | US
official-name | 中華民国の首都はどこになるんね | TW
official-name | ボスニアヘルツェゴビナの首都を正式に教えて | BA
official-name | ミクロネシア連邦の首都はなんという町 | FM
official-name | セントビンセントおよびグレナディーン諸島の首都 | VC
official-name | サントメプリンシペ民主共和国の首都 | ST
official-name | アンティグアバーブーダの首都はどこですか | AG
official-name | トリニダードトバゴ共和国の首都はどこかいね | TT
official-name | セントクリストファーネービス連邦の首都を教えて | KN
official-name | 連合王国の首都ってロンドンでええの | GB
everyday-name | 英国の首都はどこね | GB
everyday-name | 米国の首都っちゃどこ | US
everyday-name | 豪州の首都ってどこずら | AU
everyday-name | サウジの首都ってどこなん | SA
everyday-name | 南アの首都を教えてや | ZA
everyday-name | バングラの首都ってダッカだっけ | BD
everyday-name | ニュージーの首都どこだら | NZ
everyday-name | ブルキナの首都なんやったかね | BF
everyday-name | セントキッツの首都はどこ | KN
everyday-name | トリニダードの首都ってどこだべ | TT
everyday-name | ボスニアの首都はサラエボけ | BA
everyday-name | パプアの首都はどこね | PG
everyday-name | チェキアの首都ってプラハのこと | CZ
everyday-name | マケドニアの首都どこじゃったかいの | MK
everyday-name | 東チモールの首都ってどこっちゃ | TL
everyday-name | 中央アフリカの首都はなんていうの | CF
everyday-name | ユーエーイーの首都ってドバイじゃないの | AE
everyday-name | エミレーツの首都はどこやざ | AE
everyday-name | テュルキエの首都はどこですか | TR
shared-name | コンゴの首都ってどこなん | CD+CG
shared-name | コンゴって国の首都おしぇで | CD+CG
shared-name | ジョージアの首都ってどこずら | GE+US-GA
shared-name | ジョージアの首都はどこかいね | GE+US-GA
shared-name | ドミニカの首都どこやったかの | DM+DO
shared-name | ドミニカの首都を教えてつかあさい | DM+DO
shared-name | 朝鮮の首都ってどこだったべな | KP+KR
shared-name | コリアの首都ってどこね | KP+KR
shared-name | 韓国と北朝鮮の首都両方教えて | KP+KR
shared-name | ヴァージン諸島の首都はどこっちゃ | VG+VI
shared-name | コーカサスのほうのジョージアの首都 | GE
shared-name | アメリカのジョージア州の州都はアトランタけ | US-GA
shared-name | でっかいほうのコンゴつまりコンゴ民主共和国の首都 | CD
shared-name | コンゴ共和国のほうの首都はどこやざ | CG
shared-name | カリブ海のドミニカ国の首都 | DM
shared-name | ドミニカ共和国の首都サントドミンゴで合っとる | DO
shared-name | 北朝鮮の首都はどこですか | KP
shared-name | 米領ヴァージン諸島の首都はどこ | VI
shared-name | 英領ヴァージン諸島の首都は何という | VG
shared-name | 南北朝鮮それぞれの首都 | KP+KR
help | これどうやって使うんだべ | HELP
help | なんて聞いたらええんか教えてくんねの | HELP
help | 使い方がわからんずら | HELP
help | どういうふうに話しかけたらいいだら | HELP
help | 何ができるんか教えてつかあさい | HELP
help | 聞き方がわからんのんよ | HELP
help | どがいして使うんかいね | HELP
help | これ何ができるんな | HELP
help | 使い方ば教えてはいよ | HELP
help | どげえしたらいいんかわからんのやけど | HELP
help | ヘルプお願いしますどう使いますか | HELP
help | つかいかたわかりませんおしえてください | HELP
help | 質問のしかたをおしえていただけますか | HELP
help | どんな質問ならできるのかな | HELP
help | ちょっと説明してよこのアプリ | HELP
help | なにいえばいいの | HELP
help | 何を言ったらええかわからんのじゃ手伝うてくれ | HELP
help | ばあちゃんにもわかるように使い方しゃべってけろ | HELP
help | 困ったなぁどうやって首都聞くんだっけ | HELP
help | このスキルの遊び方教えて | HELP
help | 機能の説明をもう一度お願いします | HELP
help | どうすりゃいいのかさっぱりわからんばい | HELP
help | 例えばどんなふうに聞けばええの | HELP
help | 助けてくれん使い方がわからん | HELP
stop | もうええわやめて | STOP
stop | もうやめっけ | STOP
stop | はい終わりにするずら | STOP
stop | もういいだらおしまい | STOP
stop | もうええけぇ止めちょって | STOP
stop | 終わりにしてつかあさい | STOP
stop | もうよかばい終わり | STOP
stop | もうよだきいけんやめる | STOP
stop | 止まってくんねの | STOP
stop | もう満足したわ終わりにしよ | STOP
stop | ストップして終わり | STOP
stop | とめてくださいおねがいします | STOP
stop | やめるですおわりです | STOP
stop | ご飯できたけんもう終わりにするわ | STOP
stop | もう十分ですありがとう終了 | STOP
stop | 首都のクイズもうおしまいにして | STOP
stop | 寝るけん終わりにして | STOP
stop | もうしゃべらんでええよ | STOP
stop | やめやめもう終わり | STOP
stop | 電車来たけん終わり | STOP
stop | もう飽きたけぇ閉じて | STOP
stop | 世界の首都終わりにしてけろ | STOP
cancel | やっぱりいいわキャンセル | CANCEL
cancel | 今のなしでキャンセルしてくんねの | CANCEL
cancel | キャンセルずら | CANCEL
cancel | いまの取り消しじゃ | CANCEL
cancel | キャンセルしちょって | CANCEL
cancel | 今の質問キャンセルしてつかあさい | CANCEL
cancel | あ間違えたキャンセル | CANCEL
cancel | キャンセルしてはいよ | CANCEL
cancel | 取り消しっちゃ | CANCEL
cancel | いまのキャンセルでおねがいします | CANCEL
cancel | さっきのやっぱり取り消して | CANCEL
cancel | 聞くのやめたキャンセルで | CANCEL
cancel | キャンセルしますすみません | CANCEL
cancel | いやいやキャンセルキャンセル | CANCEL
cancel | ちがうちがう今のキャンセルや | CANCEL
cancel | やっぱ聞くのなしキャンセル | CANCEL
cancel | 今言ったのはキャンセルで頼むわ | CANCEL
cancel | とりけしとりけし | CANCEL
cancel | キャンセルしてけろじゃ | CANCEL
cancel | ごめん今のは取り消してや | CANCEL
cancel | キャンセルしてくださいまちがえました | CANCEL
cancel | それはキャンセルでええよ | CANCEL
launch | 世界の首都ひらいてくんねの | LAUNCH
launch | 世界の首都起動してくりょう | LAUNCH
launch | 世界の首都開いてくれんかの | LAUNCH
launch | 世界の首都ば開いてはいよ | LAUNCH
launch | 世界の首都開けちょくれ | LAUNCH
launch | 世界の首都開いてつかあさい | LAUNCH
launch | 世界の首都開いてや頼むわ | LAUNCH
launch | 世界の首都を開いてほしいです | LAUNCH
launch | 世界の首都をひらくしてください | LAUNCH
launch | 世界の首都スタートしてくんない | LAUNCH
launch | 世界の首都さ入ってけで | LAUNCH
launch | 世界の首都つけてくれっけ | LAUNCH
launch | 世界の首都起動してくれちゃ | LAUNCH
launch | 世界の首都呼び出してくれるかい | LAUNCH
launch | 世界の首都で遊びたいけん開いて | LAUNCH
launch | 世界の首都のスキル立ち上げてほしいんじゃけど | LAUNCH
launch | 世界の首都始めたいだに | LAUNCH
launch | 世界の首都をつかいたいですひらいて | LAUNCH
launch | 世界の首都始めっぺ | LAUNCH
launch | 世界の首都スキル開いてちょうだい | LAUNCH
one-shot | 世界の首都でエチオピアの首都を聞いて | ET
one-shot | 世界の首都にルワンダの首都きいてくれん | RW
one-shot | 世界の首都でマダガスカルの首都調べてや | MG
one-shot | 世界の首都にハイチの首都聞いてくんねの | HT
one-shot | 世界の首都でモンテネグロの首都聞いちょくれ | ME
one-shot | 世界の首都でキプロスの首都どこか聞いて | CY
one-shot | 世界の首都に聞いてラオスの首都 | LA
one-shot | 世界の首都でソマリアの首都教えてもらえる | SO
one-shot | 世界の首都を使ってガイアナの首都を調べて | GY
one-shot | 世界の首都でグアテマラの首都ってどこ | GT
one-shot | 世界の首都にアイスランドの首都聞いてみて | IS
one-shot | 世界の首都でスリナムの首都を聞いてください | SR
one-shot | 世界の首都開いてジャマイカの首都教えて | JM
one-shot | 世界の首都でブルンジの首都聞いてくれるかな | BI
out-of-domain | 明日の庄内の天気どうだや | FB
out-of-domain | 酒田の港の潮見表おしえで | FB
out-of-domain | 盛岡の雪どのくらい積もるべ | FB
out-of-domain | わんこそばの歌かけでけろ | FB
out-of-domain | 福井の恐竜博物館って何時までやっとるんけ | FB
out-of-domain | 越前がにの値段調べてくんねの | FB
out-of-domain | タイマー十分かけてほうとう煮えるまで | FB
out-of-domain | 甲府の今日の最高気温なんど | FB
out-of-domain | 浜松の餃子屋の人気ランキング教えて | FB
out-of-domain | うなぎの焼き方を教えてくれるだら | FB
out-of-domain | 岡山の桃の旬はいつじゃ | FB
out-of-domain | きびだんごの作り方おせーて | FB
out-of-domain | 下関から門司までフェリー何分かかるかいね | FB
out-of-domain | 瓦そばのレシピ出しちょって | FB
out-of-domain | 讃岐うどんのおすすめの店どこな | FB
out-of-domain | こんぴらさんの階段何段あるんな | FB
out-of-domain | 熊本城の入場料いくらね | FB
out-of-domain | 阿蘇山の噴火警戒レベル教えてはいよ | FB
out-of-domain | 別府温泉の泉質なんちゅうと | FB
out-of-domain | とり天に合うタレの作り方教えちょくれ | FB
out-of-domain | 首都圏の電車の運行情報教えて | FB
out-of-domain | 首都高の渋滞どうなっとる | FB
out-of-domain | 首都高速の料金いくらかかるんずら | FB
out-of-domain | 首都直下地震の確率ってどのくらいなん | FB
out-of-domain | 首都大学東京って今なんて名前 | FB
out-of-domain | 首都圏の今日の天気は | FB
out-of-domain | 首都圏で一番高いビルどこ | FB
out-of-domain | 福井県の県庁所在地ってどこやの | FB
out-of-domain | 山梨県の県庁所在地は甲府ずら | FB
out-of-domain | 岡山県の県庁所在地教えて | FB
out-of-domain | 香川県の県庁所在地は高松でええんな | FB
out-of-domain | 熊本県の県庁所在地はどこね | FB
out-of-domain | 大分県の県庁所在地は大分市やろ | FB
out-of-domain | 静岡県の県庁所在地は浜松じゃないだら | FB
out-of-domain | 山口県の県庁所在地って下関じゃないんよね | FB
out-of-domain | 岩手県の県庁所在地はどこだべ | FB
out-of-domain | 山形県の県庁所在地ってどごだっけ | FB
out-of-domain | 北海道の首都ってどこだべ | FB
out-of-domain | 沖縄の首都は那覇だよね | FB
out-of-domain | 九州の首都ってどこになるとね | FB
out-of-domain | 四国の首都はどこなんな | FB
out-of-domain | 関西の首都って大阪やろ | FB
out-of-domain | 日本の昔の首都って京都だっけ | FB
out-of-domain | 鎌倉幕府の首都ってどこ | FB
out-of-domain | 江戸時代の日本の首都はどこじゃ | FB
out-of-domain | ローマ帝国の首都ってどこだっけ | FB
out-of-domain | モンゴル帝国の首都カラコルムってどこ | FB
out-of-domain | インカ帝国の首都はクスコやったかね | FB
out-of-domain | オスマン帝国の首都はどこなん | FB
out-of-domain | ヨーロッパの首都ってどこ | FB
out-of-domain | アフリカの首都を教えて | FB
out-of-domain | アジアの首都はどこずら | FB
out-of-domain | 南米の首都ってどこっちゃ | FB
out-of-domain | アトランティスの首都はどこ | FB
out-of-domain | ワカンダの首都教えて | FB
out-of-domain | ナルニア国の首都ってどこなの | FB
out-of-domain | ドラクエの世界の首都ってどこ | FB
out-of-domain | 火星の首都はどこになるん | FB
out-of-domain | 月の首都ってあるの | FB
out-of-domain | シベリアの首都ってどこだべ | FB
out-of-domain | チベットの首都はラサですか | FB
out-of-domain | クルディスタンの首都ってどこ | FB
out-of-domain | カタルーニャの首都はバルセロナやろ | FB
out-of-domain | バリ島の首都ってどこね | FB
out-of-domain | シチリアの首都ってどこなんじゃ | FB
out-of-domain | クリミアの首都ってどこ | FB
out-of-domain | チェチェンの首都はどこですか | FB
out-of-domain | ハワイ王国の首都はどこやったんやろ | FB
out-of-domain | 琉球王国の首都は首里でしょ | FB
out-of-domain | 蝦夷共和国の首都ってどこ | FB
out-of-domain | ユーゴスラビアの首都ってどこやったかの | FB
out-of-domain | チェコスロバキアの首都はプラハじゃったか | FB
out-of-domain | 東ドイツの首都ってどこだっけ | FB
out-of-domain | 南ベトナムの首都はサイゴンじゃったな | FB
out-of-domain | キャピタルゲインの税金ってどうなるん | FB
out-of-domain | キャピタル証券の株価教えて | FB
out-of-domain | ベンチャーキャピタルってなに | FB
out-of-domain | 大文字のことをキャピタルっていうの | FB
out-of-domain | 首都って英語でなんていうの | FB
out-of-domain | 首都と首府の違いは何ですか | FB
out-of-domain | 首都って言葉の意味教えて | FB
out-of-domain | 首都機能移転ってどうなったん | FB
out-of-domain | 世界で一番人口が多い首都はどこ | FB
out-of-domain | 一番寒い首都ってどこ | FB
out-of-domain | 首都がいちばん多い大陸はどこ | FB
out-of-domain | 首都の数は全部でいくつあるの | FB
out-of-domain | 明日の朝六時に起こしてくれっちゃ | FB
out-of-domain | リビングの電気消してくんねの | FB
out-of-domain | エアコンの温度二度下げてや | FB
out-of-domain | 美空ひばりの歌かけて | FB
out-of-domain | ラジオの地元局つけてくれん | FB
out-of-domain | 今何時ね | FB
out-of-domain | 牛乳と卵を買い物リストに入れといて | FB
out-of-domain | 孫に電話かけてくれるだら | FB
out-of-domain | 今日のニュース読んでつかあさい | FB
out-of-domain | 日本ハムの試合結果は | FB
out-of-domain | カープ勝ったかいね | FB
out-of-domain | 一ドル何円なんずら | FB
out-of-domain | 八百八十円の三割引きはいくら | FB
out-of-domain | しりとりしようや | FB
out-of-domain | なぞなぞ出して | FB
out-of-domain | 早口言葉言ってみて | FB
out-of-domain | おならの音出して | FB
out-of-domain | アレクサ好きな食べ物なに | FB
out-of-domain | 面白い話してや | FB
out-of-domain | 今日は何の日やったかの | FB
out-of-domain | 明後日のゴミの日はなんごみね | FB
out-of-domain | 富士山の高さ教えて | FB
out-of-domain | 琵琶湖の面積どのくらい | FB
out-of-domain | フランスの人口はどのくらいですか | FB
out-of-domain | ドイツの通貨ってユーロだっけ | FB
out-of-domain | イタリアの国旗の色は | FB
out-of-domain | ブラジルの公用語はポルトガル語ずら | FB
out-of-domain | スペインまで飛行機で何時間かかる | FB
out-of-domain | タイの時差って何時間なん | FB
out-of-domain | 韓国の大統領は誰だっけ | FB
out-of-domain | アメリカで一番大きい都市はどこ | FB
out-of-domain | オーストラリアの国歌流して | FB
out-of-domain | カナダの首相はだれやったかの | FB
out-of-domain | エジプトのピラミッドは何個あるの | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | 国連の本部はどこにあるの | FB
out-of-domain | オリンピックの次の開催地はどこ | FB
situation | 年賀状の住所書いとるんやけどスイスの首都ってベルンでええんけの | CH
situation | クロスワードの縦の三番ポーランドの首都なんだべ | PL
situation | 運転中やけん手が離せんのよハンガリーの首都教えて | HU
situation | 切手集めしよるんじゃけどアイスランドの首都はどこ | IS
situation | 新婚旅行でクロアチア行くんだけど首都どこだら | HR
situation | ワインのラベルにジョージアって書いとるけど黒海のほうのジョージアの首都はどこ | GE
situation | サッカーのワールドカップ見よったらエクアドル出とったけど首都どこね | EC
situation | オリンピックの入場行進見とるんやけどツバルの首都どこっちゃ | TV
situation | ラジオで言いよったウガンダの首都なんて言うたかいね | UG
situation | 娘がアイルランドに留学するって言うけん首都調べとるんよ | IE
situation | 旦那がサウジアラビアに単身赴任になったんやけど首都はどこね | SA
situation | クイズ番組でモザンビークの首都問題出たんじゃがわからんかった | MZ
situation | 料理教室でモロッコのタジン作ったんやけど首都はどこやったっけ | MA
situation | 夜勤明けで頭ぼーっとしとるけどマルタの首都ってどこ | MT
situation | 空港で乗り継ぎなんやけどカタールの首都ってドーハでええの | QA
situation | 宿題手伝いよるんやけどナミビアの首都教えてつかあさい | NA
situation | 社員旅行でベトナム行くんで首都の名前覚えときたいんやの | VN
situation | 孫の地図帳見とったらブルネイって国あったけど首都どこだべ | BN
situation | ボランティアでガーナに行く友達がおるんよ首都はアクラかいね | GH
situation | 取引先がセネガルなんですけど首都はダカールで合ってますか | SN
situation | コーヒー豆の袋にルワンダって書いとるけど首都どこな | RW
situation | ネットで頼んだ紅茶スリランカ産やったけど首都どこやったかね | LK
situation | 留学生のホームステイ受け入れるけんラオスの首都知っときたいんよ | LA
situation | 船員の息子がパナマ運河通ったって言うけんパナマの首都はどこ | PA
situation | 歴史ドラマでオーストリアの話やっとったけど首都ウィーンずら | AT
dialect-shonai | 雪の晩だはげ退屈での北マケドニアの首都おしえでくれ | MK
dialect-shonai | ほだっけのジャマイカの首都どごだや | JM
dialect-morioka | 雫石のスキー場さ来たアルゼンチンの人の国の首都はどこだべな | AR
dialect-morioka | おらわがんねぇからキューバの首都教えでけでがんす | CU
dialect-fukui | 鯖江のめがね輸出先のイタリアの首都もっかい教えてくんねの | IT
dialect-fukui | ほやけどオーストラリアの首都ってシドニーちゃうんけ | AU
dialect-koshu | 甲州ワインばイギリスに送るだけんど首都はロンドンずら | GB
dialect-koshu | 富士五湖で会った外人さんがスウェーデンって言ったっけ首都どこけ | SE
dialect-enshu | ピアノ工場でインドネシアの人と働くだけど首都ジャカルタだら | ID
dialect-enshu | 浜名湖で釣りしとってタイの人に会っただけどタイの首都どこだっけ | TH
dialect-okayama | 倉敷のジーンズ買いに来たアメリカの人が言よったけど首都はワシントンじゃろ | US
dialect-okayama | ほんまかいなペルーの首都はリマなん | PE
dialect-yamaguchi | 長門の棚田で写真撮りよった人がスイスから来ちょったんよ首都教えて | CH
dialect-yamaguchi | ほいじゃがカナダの首都ってトロントじゃないんかね | CA
dialect-sanuki | 小豆島のオリーブ見に来たイタリア人の国の首都はどこな | IT
dialect-sanuki | へらこいこと言わんとオーストラリアの首都おしえてや | AU
dialect-kumamoto | 黒川温泉に来とらした韓国の人の国の首都はどこかい | KR
dialect-kumamoto | もっこすの親父がベトナムの首都ば知らんて言いよる | VN
dialect-oita | 日田の下駄屋に来よったフランスの人の国の首都はパリっちゃろ | FR
dialect-oita | 耶馬渓の紅葉見に来たマレーシアの人がいたんやけど首都どこなん | MY
learner-india | ケララ州のキャピタルはどこですか私の州です | IN-KL
learner-india | タミルナードゥ州の首都はチェンナイで合ってますか | IN-TN
learner-india | デリーのキャピタルはニューデリーですね | IN-DL
learner-cambodia | インドネシアのしゅとジャカルタですかおしえて | ID
learner-cambodia | シンガポールにしゅとありますか | SG
learner-uzbek | カザフスタンの首都は前アルマトイでしたが今はどこですか | KZ
learner-uzbek | アフガニスタンの首都の名前をゆっくり言ってください | AF
learner-pakistan | スリランカのキャピタル長い名前ね言ってみて | LK
learner-pakistan | バングラデシュの首都ダッカだよねまちがいない | BD
learner-germany | オランダの首都はアムステルダムですがハーグも首都ですか | NL
learner-germany | ベルギーの首都はブリュッセルですか発音むずかしい | BE
learner-egypt | イラクのキャピタルはバグダッドですかおしえて | IQ
learner-egypt | シリアの首都はダマスカスで正しいですか | SY
official-name | 日本国の首都はどこですか | JP
official-name | ロシア連邦の首都を教えてください | RU
official-name | ドイツ連邦共和国の首都 | DE
official-name | イタリア共和国の首都はどこでございますか | IT
official-name | スペイン王国の首都を知りたいんですが | ES
official-name | タイ王国の首都を教えて | TH
official-name | ベトナム社会主義共和国の首都はどこですか | VN
official-name | フィリピン共和国の首都をお願いします | PH
everyday-name | アメリカの首都ってどこだったっけ | US
everyday-name | イギリスってかユーケーの首都はどこ | GB
everyday-name | ルクセンブルグの首都はどこやの | LU
everyday-name | スエーデンの首都ってどこずら | SE
everyday-name | ケニヤの首都ってどこね | KE
everyday-name | モルジブの首都を教えて | MV
out-of-domain | 広島の首都ってどこ | FB
out-of-domain | 東京の首都はどこなの | FB
out-of-domain | 大阪の首都ってあるん | FB
out-of-domain | スコットランドの首相って誰 | FB
out-of-domain | 首都の人口ランキング教えて | FB
out-of-domain | 首都ってなんで決まるの | FB
out-of-domain | 世界の首都の歌とかないの流して | FB
out-of-domain | 首都圏の家賃の相場ってどのくらい | FB
out-of-domain | アマゾン川の長さ教えて | FB
out-of-domain | エベレストの高さは何メートル | FB
out-of-domain | サハラ砂漠の広さってどのくらいなん | FB
out-of-domain | 世界一長い橋はどこにあるんね | FB
out-of-domain | 天気予報教えてくりょう | FB
out-of-domain | 明日は雨降るけの | FB
out-of-domain | 晩ごはんの献立考えて | FB
out-of-domain | 音量上げてくれんね | FB
out-of-domain | 音楽止めずに次の曲 | FB
plural-capitals | ベナンって首都が二か所あるんやろどことどこな | BJ
plural-capitals | 南アフリカの三つの首都ば全部言うてはいよ | ZA
plural-capitals | ボリビアの首都ってラパスとスクレ両方言うてくれん | BO
plural-capitals | パレスチナの首都はどことどこって言われとるん | PS
plural-capitals | オランダの首都二つとも教えてくりょう | NL
plural-capitals | エスワティニの首都ふたつおせてや | SZ
"""

if __name__ == "__main__":
    build_round(37, "ja", LINES, sys.argv, "tests/Eval/ja/round37/source/build_corpus.py")
