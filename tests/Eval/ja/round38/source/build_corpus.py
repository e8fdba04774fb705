"""Round 38, Japanese (ja-JP): a new author's mix of speakers and situations, written blind (brief WRITER45.md), chosen
away from the regions and speakers of the Japanese rounds the author saw described (34 to 37).
Regions: Mikawa around Okazaki and Toyohashi (りん, だらー, じゃん, だもんで, ほい; Hatcho miso, chikuwa, fireworks), Saga
(くんしゃい, がばい, ばってん, とけど; Arita ware, the balloon fiesta), Wakayama (よし, やんか, ちゃ, いのう; umeboshi, the
Shirahama pandas), Tottori (だいや, だっちゃ, ごせ, けぇ; the sand dunes, nijisseiki pears, Sakaiminato fish market),
Tokyo shitamachi (でえ, くんな, てえのは; monjayaki, Asakusa rickshaws, sumo at Ryogoku), Boso in Chiba (だっぺ, べ,
けっとも; peanuts, Choshi fishing port), Nakadori in Fukushima (だべした, げんちょ, なじょ, だない; peach orchards, Koriyama,
akabeko) and Omi in Shiga (やさかい, はる, かいな; Lake Biwa, funazushi, Shigaraki tanuki).
Learners (learner grammar on purpose): an Italian pizza chef, an Iranian carpet seller, a Nigerian car-parts trader, an
Australian ski instructor in Niseko, a Taiwanese graduate student (請問一下), a Spanish au pair, a Russian factory
worker, a Ghanaian student (キャピタル, キャピターレ, なにですか, おしえるできる, ありますですか).
Situations: an office worker before a meeting (一旦, なるはやで), a taxi driver at a red light, a nurse on a night shift.
Children in hiragana, teenagers (ぶっちゃけ, それはそう, 詰み, ファイナルアンサー, 推し, 小テスト), elders with old and kanji names
and states of their day the data lacks. Plus follow-ups, yes/no checks with right and wrong capitals, self-corrections with
a marker, reverse questions, official and everyday names, shared names (bare: every place; disambiguated: the one),
plural questions (every several-capital country and Palestine), subdivisions and territories, help, stop, cancel,
launches through 世界の首都, one-shot requests, and out-of-domain requests and near misses (首都圏, 首都高, 県庁所在地,
キャピタルゲイン, empires, continents, fictional lands).
`python3 tests/Eval/ja/round38/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 38's number); every line is ja-JP."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
dialect-mikawa | {}の首都ってどこだらー教えてりん | アンドラ=AD; アラブ首長国連邦=AE; アフガニスタン=AF
dialect-mikawa | 八丁味噌こねとる最中だもんで{}の首都だけ言ってってりん | アンティグアバーブーダ=AG; アルバニア=AL; アルメニア=AM
dialect-mikawa | ちくわ屋のおっちゃんに聞かれただけど{}の首都ってどこじゃん | アンゴラ=AO; アルゼンチン=AR; オーストリア=AT
dialect-mikawa | ほい{}の首都どこだったかいね思い出せんだわ | オーストラリア=AU; アゼルバイジャン=AZ; ボスニアヘルツェゴビナ=BA
dialect-mikawa | 花火の準備しとるだけどさ{}の首都なんつうだらー | バルバドス=BB; バングラデシュ=BD; ベルギー=BE
dialect-saga | {}の首都はどこですか教えてくんしゃい | ブルキナファソ=BF; ブルガリア=BG; バーレーン=BH
dialect-saga | がばい気になっとるとけど{}の首都ってどこね | ブルンジ=BI; ブルネイ=BN; ブラジル=BR
dialect-saga | 有田焼の窯の番しよるけん{}の首都ば言うてくれんね | バハマ=BS; ブータン=BT; ボツワナ=BW
dialect-saga | バルーン見よったら思ったとばってん{}の首都はどこやったかな | ベラルーシ=BY; ベリーズ=BZ; カナダ=CA
dialect-wakayama | {}の首都ってどこなんよ教えてよし | 中央アフリカ=CF; スイス=CH; チリ=CL
dialect-wakayama | 梅干し干しながらやけど{}の首都ちゃどこやったかいのう | カメルーン=CM; 中国=CN; コロンビア=CO
dialect-wakayama | 白浜のパンダ見てきたとこやけど{}の首都教えてくれやんか | コスタリカ=CR; キューバ=CU; カーボベルデ=CV
dialect-wakayama | ほいでな{}の首都っちゃなんちゅう町なん | キプロス=CY; チェコ=CZ; ドイツ=DE
dialect-tottori | {}の首都ってどこだいや | ジブチ=DJ; デンマーク=DK; ドミニカ国=DM
dialect-tottori | 砂丘でらくだ乗っとったら気になっただけど{}の首都はどこだっちゃ | ドミニカ共和国=DO; アルジェリア=DZ; エクアドル=EC
dialect-tottori | 二十世紀梨むいとるけぇ{}の首都教えてごせ | エストニア=EE; エジプト=EG; エリトリア=ER
dialect-tottori | 境港の魚市場で聞かれたんだがな{}の首都ってなんてとこだったかいな | スペイン=ES; エチオピア=ET; フィンランド=FI
dialect-shitamachi | おう{}の首都ってえのはどこでえ | フィジー=FJ; ミクロネシア=FM; フランス=FR
dialect-shitamachi | もんじゃ焼いてっからよ手え離せねえんだ{}の首都教えてくんな | ガボン=GA; イギリス=GB; グレナダ=GD
dialect-shitamachi | 浅草の人力車引いてっと外人さんに聞かれんだよ{}の首都どこだっけか | ガーナ=GH; ガンビア=GM; ギニア=GN
dialect-shitamachi | 両国で相撲見ながらなんだけどよ{}の首都ってどこよ | 赤道ギニア=GQ; ギリシャ=GR; グアテマラ=GT
dialect-boso | {}の首都ってどこだっぺ | ギニアビサウ=GW; ガイアナ=GY; ホンジュラス=HN
dialect-boso | 落花生の出荷で忙しいんだけっとも{}の首都教えてくれっぺか | クロアチア=HR; ハイチ=HT; ハンガリー=HU
dialect-boso | 銚子の漁港で船待ってんだけどよ{}の首都どこだべ | インドネシア=ID; アイルランド=IE; イスラエル=IL
dialect-boso | ばあちゃんがよ{}の首都知りてえって言うんだわ | インド=IN; イラク=IQ; イラン=IR
dialect-nakadori | {}の首都ってどこだべした | アイスランド=IS; イタリア=IT; ジャマイカ=JM
dialect-nakadori | 桃の袋かけしてっとこなんだげんちょ{}の首都教えでくんにが | ヨルダン=JO; 日本=JP; ケニア=KE
dialect-nakadori | 郡山の会社で聞がっちゃったんだない{}の首都ってなじょだっけ | キルギス=KG; カンボジア=KH; キリバス=KI
dialect-nakadori | 赤べこ磨いでんだけんじょも{}の首都どごだったべ | コモロ=KM; セントクリストファーネービス=KN; クウェート=KW
dialect-shiga | {}の首都ってどこやったかいな | カザフスタン=KZ; ラオス=LA; レバノン=LB
dialect-shiga | 琵琶湖で釣りしてはる人に聞かれてん{}の首都どこやろ | セントルシア=LC; リヒテンシュタイン=LI; リベリア=LR
dialect-shiga | 鮒寿司つけてる途中やさかい{}の首都教えといてくれるか | レソト=LS; リトアニア=LT; ルクセンブルク=LU
dialect-shiga | 信楽のたぬき並べながら思たんやけど{}の首都ってなんていうん | ラトビア=LV; リビア=LY; モロッコ=MA
learner-italy | {}のキャピターレはどこでしたか | モナコ=MC; モルドバ=MD; モンテネグロ=ME
learner-italy | わたしのレストランでお客さん聞いた{}の首都なにですか | マダガスカル=MG; マーシャル諸島=MH; 北マケドニア=MK
learner-italy | ピッツァ焼いてるあいだ{}の首都はどこおしえて | マリ=ML; ミャンマー=MM; モンゴル=MN
learner-iran | あのね{}の首都はどこの町ですか | モーリタニア=MR; マルタ=MT; モーリシャス=MU
learner-iran | じゅうたんのお店からしつもんです{}の首都しってますか | モルディブ=MV; マラウイ=MW; メキシコ=MX
learner-iran | {}に首都の名前をいってくださいませ | モザンビーク=MZ; ナミビア=NA; ニジェール=NE
learner-nigeria | アレクサ{}のキャピタルどこよ | ナイジェリア=NG; ニカラグア=NI; ノルウェー=NO
learner-nigeria | 車の部品の仕事でいくんだ{}は首都どこにありますか | ネパール=NP; ナウル=NR; ニュージーランド=NZ
learner-nigeria | ブラザーがききたいって{}の首都おしえるできる | オマーン=OM; パナマ=PA; ペルー=PE
learner-australia | えっと{}のキャピタルシティはどこですかね | パプアニューギニア=PG; フィリピン=PH; パキスタン=PK
learner-australia | ニセコでスキー教えてますけど{}の首都はなんですか | ポーランド=PL; ポルトガル=PT; パラオ=PW
learner-australia | {}の首都ってどこだったっけかなマイト | パラグアイ=PY; カタール=QA; ルーマニア=RO
learner-taiwan | 請問一下{}の首都はどこですか | セルビア=RS; ロシア=RU; ルワンダ=RW
learner-taiwan | 研究室の先輩に聞かれましたが{}の首都はどこになりますか | サウジアラビア=SA; ソロモン諸島=SB; セーシェル=SC
learner-taiwan | {}の首都はなんといいますかおしえてほしいです | スーダン=SD; スウェーデン=SE; シンガポール=SG
learner-spain | オラアレクサ{}の首都はどこですか | スロベニア=SI; スロバキア=SK; シエラレオネ=SL
learner-spain | ホストファミリーの子ども聞きます{}の首都どこ | サンマリノ=SM; セネガル=SN; ソマリア=SO
learner-spain | {}はどこが首都ですかわすれました | スリナム=SR; 南スーダン=SS; サントメプリンシペ=ST
learner-russia | {}の首都はどの都市ですか | エルサルバドル=SV; シリア=SY; チャド=TD
learner-russia | 工場の休けいです{}の首都をおしえてくださる | トーゴ=TG; タイ=TH; タジキスタン=TJ
learner-russia | すみません{}のしゅとはどこにありますですか | 東ティモール=TL; トルクメニスタン=TM; チュニジア=TN
learner-ghana | {}のキャピタルの名前はなにですか | トンガ=TO; トルコ=TR; トリニダードトバゴ=TT
learner-ghana | カカオの話のあとでしつもん{}の首都はどこ | ツバル=TV; タンザニア=TZ; ウクライナ=UA
learner-ghana | わたしの国のとなりじゃないけど{}の首都おしえてください | ウガンダ=UG; アメリカ=US; ウルグアイ=UY
situation-office | 一旦確認なんですけど{}の首都ってどこでしたっけ | ウズベキスタン=UZ; セントビンセントグレナディーン=VC; ベネズエラ=VE
situation-office | 来週の出張先なんだけど{}の首都ってどこ | ベトナム=VN; バヌアツ=VU; サモア=WS
situation-office | 会議の前になるはやで{}の首都教えて | イエメン=YE; ザンビア=ZM; ジンバブエ=ZW
situation-taxi | お客さんに聞かれちゃってさ{}の首都ってどこだい | コンゴ民主共和国=CD; コンゴ共和国=CG; コートジボワール=CI
situation-taxi | 信号待ちのうちに{}の首都頼むわ | グルジア=GE; 北朝鮮=KP; 韓国=KR
situation-nurse | 夜勤の休憩中なんだけど{}の首都ってどこだっけ | スリランカ=LK; マレーシア=MY; オランダ=NL
situation-nurse | 患者さんとの雑談で出てきたんだけど{}の首都わかる | エスワティニ=SZ; 南アフリカ=ZA; ベナン=BJ
situation-nurse | 申し送り終わったら聞こうと思ってた{}の首都どこ | ボリビア=BO; カタール=QA; アイスランド=IS
follow-up | じゃあお隣のカナダはどうなの | CA
follow-up | ほんならスペインはどこだいや | ES
follow-up | 次ポルトガルも言ってってりん | PT
follow-up | ついでにノルウェーのほうも教えてくんしゃい | NO
follow-up | ほいでインドのほうはどこなんよ | IN
follow-up | そいじゃあアルゼンチンはどこでえ | AR
follow-up | あとよチリも頼むっぺ | CL
follow-up | ほんじゃベルギーはなじょなんだべ | BE
follow-up | ほなスイスはどうなん | CH
follow-up | それならペルーはどこなの | PE
follow-up | そっちじゃなくてオーストリアのほうね | AT
follow-up | もう一個だけトルコもおしえて | TR
follow-up | おなじしつもんでケニアは | KE
follow-up | ちなみにエジプトだと | EG
follow-up | あとフィンランドはどこになる | FI
follow-up | んでデンマークは | DK
follow-up | 続けてギリシャもお願いできる | GR
follow-up | じゃメキシコもついでに | MX
follow-up | では次にタイをお願いします | TH
follow-up | さっきのとなりの国のラオスはどこ | LA
follow-up | じゃあベトナムだったらどこになるの | VN
follow-up | うんうんほいだらモロッコは | MA
follow-up | あハンガリーも聞いとこかな | HU
follow-up | それとポーランドのほうもええか | PL
follow-up | なるほどねほしたらチェコは | CZ
follow-up | おっけー次はニュージーランドいってみよう | NZ
follow-up | 同じ感じでコロンビアもいける | CO
follow-up | あとひとつキューバはどこだいや | CU
plural-capitals | ベナンの首都ってふたつあるんだらー両方教えてりん | BJ
plural-capitals | ボリビアは首都が二つあるって聞いたでどこどこだいや | BO
plural-capitals | コートジボワールの首都ってどっちも言ってくんな | CI
plural-capitals | スリランカの首都って二つあるっぺ全部教えてくれ | LK
plural-capitals | マレーシアの首都とほかの行政の首都もあわせて教えて | MY
plural-capitals | オランダの首都ふたつあるって本当やさかい両方言うて | NL
plural-capitals | エスワティニの首都を全部言うてよし | SZ
plural-capitals | 南アフリカは首都が三つあるげな全部言うてくれんね | ZA
plural-capitals | パレスチナの首都とされとる町を全部教えてごせ | PS
plural-capitals | ベナンってどこが首都なのポルトノボとコトヌーどっちもなの | BJ
plural-capitals | ボリビアの首都はスクレとラパスのどっちって両方教えて | BO
plural-capitals | 象牙海岸の首都はふたつあったかのう | CI
plural-capitals | セイロンは首都がいくつもあるんかね全部言うてみて | LK
plural-capitals | マレーシアってクアラルンプール以外にも首都あるでしょ全部 | MY
plural-capitals | 阿蘭陀の都はふたつありましたかな | NL
plural-capitals | スワジランドの首都ってふたつあるんだっけ全部教えて | SZ
plural-capitals | 南アの首都三つとも言える | ZA
plural-capitals | パレスチナの首都はどことどこになってるの | PS
plural-capitals | ベナンの首都全部ちょうだい | BJ
plural-capitals | ボリビアの首都を全部並べてみて | BO
plural-capitals | コートジボアールって首都いくつあるのか全部言って | CI
plural-capitals | スリランカの首都ってコロンボだけじゃないよね全部おしえて | LK
plural-capitals | マレーシアのしゅとはいくつですかぜんぶおしえてください | MY
plural-capitals | オランダって首都がふたつあるんですか両方教えて | NL
plural-capitals | 南アフリカの首都全部言ってみてちょうだい | ZA
plural-capitals | エスワティニって首都ふたつなんだっけ両方おねがい | SZ
plural-capitals | パレスチナの首都ってどこって言えばいいの両方言って | PS
subdivision | カリフォルニア州の州都ってどこだらー | US-CA
subdivision | テキサスの州都はどこだいや | US-TX
subdivision | ニューヨーク州の州都ってえのはどこでえ | US-NY
subdivision | フロリダの州都っちゃどこなんよ | US-FL
subdivision | ハワイ州の州都教えてくんしゃい | US-HI
subdivision | アラスカの州都ってどこだっぺ | US-AK
subdivision | ワシントン州の州都はどこやろ | US-WA
subdivision | オハイオの州都ってなんて町 | US-OH
subdivision | マサチューセッツ州の州都はどこですか | US-MA
subdivision | コロラド州の州都教えて | US-CO
subdivision | ネバダ州の州都ってラスベガスじゃないんだっけ | US-NV
subdivision | イリノイ州の州都はシカゴだったっけ | US-IL
subdivision | ペンシルベニア州の州都はどこなんだべした | US-PA
subdivision | ミシガン州の州都どこ | US-MI
subdivision | アリゾナ州の州都ってどこだったかいな | US-AZ
subdivision | ルイジアナの州都はどこになりますか | US-LA
subdivision | テネシー州の州都ってナッシュビル | US-TN
subdivision | オレゴン州の州都って何て言うん | US-OR
subdivision | ユタ州の州都はどこよ | US-UT
subdivision | バージニア州の州都ってどこだい | US-VA
subdivision | ケベック州の州都はどこですか | CA-QC
subdivision | オンタリオ州の州都教えてくれっぺか | CA-ON
subdivision | ブリティッシュコロンビア州の州都ってバンクーバーだっけ | CA-BC
subdivision | アルバータ州の州都はどこだら | CA-AB
subdivision | ノバスコシア州の州都ってどこ | CA-NS
subdivision | マニトバ州の州都はどこやったかな | CA-MB
subdivision | クイーンズランド州の州都ってどこですかね | AU-QLD
subdivision | ニューサウスウェールズ州の州都はシドニーでいいの | AU-NSW
subdivision | ビクトリア州の州都ってメルボルン | AU-VIC
subdivision | タスマニアの州都どこだっけかなマイト | AU-TAS
subdivision | 西オーストラリア州の州都はどこでしょう | AU-WA
subdivision | バイエルン州の州都ってミュンヘンだよね | DE-BY
subdivision | ザクセン州の州都はどこですか | DE-SN
subdivision | ヘッセン州の州都ってフランクフルトじゃないの | DE-HE
subdivision | ノルトラインヴェストファーレン州の州都どこ | DE-NW
subdivision | ハンブルク州の州都ってハンブルクなの | DE-HH
subdivision | スコットランドの首都ってどこだっぺ | GB-SCT
subdivision | ウェールズの首都はどこでえ | GB-WLS
subdivision | 北アイルランドの首都教えてくんしゃい | GB-NIR
subdivision | イングランドの首都ってロンドンでええんよな | GB-ENG
subdivision | サンパウロ州の州都はどこ | BR-SP
subdivision | バイーア州の州都ってどこだったべ | BR-BA
subdivision | アマゾナス州の州都はマナウスかな | BR-AM
subdivision | リオグランデドスル州の州都ってどこですか | BR-RS
subdivision | ハリスコ州の州都教えて | MX-JAL
subdivision | ユカタン州の州都はどこなん | MX-YUC
subdivision | オアハカ州の州都はどこですか | MX-OAX
subdivision | ケーララ州の州都ってどこ | IN-KL
subdivision | マハーラーシュトラ州の州都はムンバイで合ってる | IN-MH
subdivision | カルナータカ州の州都ってどこやったっけ | IN-KA
subdivision | タミルナードゥ州の州都はどこだいや | IN-TN
subdivision | ラージャスターン州の州都ってピンクシティのとこ | IN-RJ
subdivision | 西ベンガル州の州都はどこ | IN-WB
subdivision | ゴア州の州都ってどこなんやろ | IN-GA
territory | グリーンランドの首都ってどこだっぺ | GL
territory | プエルトリコの首都はどこでえ | PR
territory | グアムの首都ってどこだら | GU
territory | ニューカレドニアの首都はどこやろ | NC
territory | 仏領ポリネシアの首都ってタヒチのどこ | PF
territory | フェロー諸島の首都教えてくんしゃい | FO
territory | バミューダの首都ってどこ | BM
territory | ケイマン諸島の首都はどこだいや | KY
territory | ジブラルタルの首都ってジブラルタルなの | GI
territory | マン島の首都はどこですか | IM
territory | 北マリアナ諸島の首都ってサイパンのどこ | MP
territory | クック諸島の首都はどこ | CK
territory | アルバの首都ってどこやったかいな | AW
territory | キュラソーの首都教えて | CW
territory | レユニオンの首都ってどこなんよ | RE
territory | 台湾の首都ってどこになるんだっぺ | TW
territory | 香港の首都ってあるんかいな | HK
territory | マカオの首都はどこになるの | MO
territory | コソボの首都はどこですか | XK
territory | 西サハラの首都ってどこ | EH
territory | バチカンの首都ってバチカンなん | VA
territory | フォークランド諸島の首都はどこだべ | FK
territory | ジャージー島の首都ってどこだい | JE
territory | 南極の首都ってあるの | AQ
territory | マルティニークの首都ってどこでしたっけ | MQ
territory | 米領サモアの首都教えて | AS
territory | ニウエの首都はどこ | NU
territory | セントヘレナの首都ってどこなの | SH
yes-no-check | オーストラリアの首都ってシドニーで合っとるだらー | AU
yes-no-check | カナダの首都はトロントだったかいね | CA
yes-no-check | ブラジルの首都ってリオじゃなかったっけ | BR
yes-no-check | トルコの首都はイスタンブールでええんか | TR
yes-no-check | スイスの首都ってチューリッヒだべした | CH
yes-no-check | ニュージーランドの首都ってオークランドだっぺ | NZ
yes-no-check | ベトナムの首都ってホーチミンやったよね | VN
yes-no-check | モロッコの首都はカサブランカで合ってますか | MA
yes-no-check | ナイジェリアの首都ってラゴスでしょ | NG
yes-no-check | パキスタンの首都はカラチじゃないの | PK
yes-no-check | タンザニアの首都ってダルエスサラームだよね | TZ
yes-no-check | フランスの首都はパリで間違いないよな | FR
yes-no-check | イタリアの首都ってローマでいいんだよね | IT
yes-no-check | ペルーの首都ってリマで正解 | PE
yes-no-check | ケニアの首都はナイロビで合ってる | KE
yes-no-check | ハンガリーの首都ブダペストであってんのか | HU
yes-no-check | エジプトの首都ってカイロでよかったかいな | EG
yes-no-check | ミャンマーの首都ってヤンゴンのままだっけ | MM
yes-no-check | カザフスタンの首都ってアルマトイじゃなかったか | KZ
yes-no-check | ボツワナの首都はハボローネで合っとるがな | BW
yes-no-check | アイルランドの首都ダブリンだったっけ | IE
yes-no-check | ドイツの首都ってボンじゃねえのか | DE
yes-no-check | インドの首都ってムンバイだと思っとったんだけどちがうの | IN
yes-no-check | 韓国の首都ってソウルで合ってるよね | KR
yes-no-check | 中国の首都は上海じゃなかったっけ | CN
yes-no-check | スペインの首都ってバルセロナじゃないんか | ES
self-correction | オーストリアの首都あっちゃうオーストラリアの首都 | AU
self-correction | スウェーデンじゃなくてスイスの首都教えて | CH
self-correction | スロバキアの首都じゃないわスロベニアのほうやった | SI
self-correction | ニジェールの首都やなくてナイジェリアの首都 | NG
self-correction | イランの首都いやまちがえたイラクの首都 | IQ
self-correction | ギニアの首都ってあいやギニアビサウのほうだった | GW
self-correction | コロンビアの首都えっとちがうボリビアだっけ | BO
self-correction | モーリシャスじゃなくてモーリタニアの首都だわ | MR
self-correction | ラトビアの首都じゃなくてリトアニアの首都ね | LT
self-correction | オーストラリアの首都あいやニュージーランドの首都だった | NZ
self-correction | パラグアイの首都いやちゃうウルグアイや | UY
self-correction | アルメニアの首都やのうてアルバニアの首都 | AL
self-correction | チェコの首都いやスロバキアに変更で | SK
self-correction | マリの首都ごめんマラウイの首都 | MW
self-correction | ザンビアの首都じゃなかったジンバブエの首都 | ZW
self-correction | カメルーンの首都訂正コモロの首都 | KM
self-correction | ドミニカ共和国じゃなくてドミニカ国の首都ね | DM
self-correction | ホンジュラスの首都いやいやグアテマラの首都 | GT
self-correction | スーダンじゃなくて南スーダンの首都って言いたかった | SS
self-correction | ガーナの首都あ間違えたガンビアの首都だ | GM
self-correction | トーゴの首都いやトンガの首都だったわ | TO
self-correction | オマーンの首都すまんヨルダンの首都で | JO
reverse-question | キャンベラってどこの国の首都だらー | CITY:キャンベラ
reverse-question | ウランバートルはどこの首都だいや | CITY:ウランバートル
reverse-question | ナイロビってどこの国の首都でえ | CITY:ナイロビ
reverse-question | ヘルシンキはどの国の首都っぺ | CITY:ヘルシンキ
reverse-question | リマってどこの国の首都やったかいな | CITY:リマ
reverse-question | ハノイはどこの国の首都ですか | CITY:ハノイ
reverse-question | ブダペストってどの国の首都なん | CITY:ブダペスト
reverse-question | カトマンズってどこの国の首都 | CITY:カトマンズ
reverse-question | アジスアベバってどこの国の首都やったかね | CITY:アジスアベバ
reverse-question | ダッカはどこの国の首都なんだべした | CITY:ダッカ
reverse-question | オスロってどこの首都だっけ | CITY:オスロ
reverse-question | リスボンはどこの国の首都か教えて | CITY:リスボン
reverse-question | ワルシャワってどこの国の首都でしょう | CITY:ワルシャワ
reverse-question | ビエンチャンってどこの国の首都 | CITY:ビエンチャン
reverse-question | テヘランはどの国の首都になりますか | CITY:テヘラン
reverse-question | タシケントってどこの国の首都なの | CITY:タシケント
reverse-question | ブエノスアイレスってどこの首都やったっけ | CITY:ブエノスアイレス
reverse-question | ハバナはどこの国の首都か知っとる | CITY:ハバナ
reverse-question | ダカールってどこの国の首都 | CITY:ダカール
reverse-question | アンカラってどこの国の首都だい | CITY:アンカラ
reverse-question | レイキャビクはどこの国の首都 | CITY:レイキャビク
reverse-question | プノンペンってどこの国の首都だっぺ | CITY:プノンペン
reverse-question | ウェリントンってどこの国の首都か教えてくんしゃい | CITY:ウェリントン
official-name | アメリカ合衆国の首都はどこですか | US
official-name | 大韓民国の首都を教えてください | KR
official-name | 中華人民共和国の首都ってどこ | CN
official-name | 朝鮮民主主義人民共和国の首都はどこだいや | KP
official-name | グレートブリテン及び北アイルランド連合王国の首都を教えて | GB
official-name | フランス共和国の首都はどこでしょうか | FR
official-name | エジプトアラブ共和国の首都ってどこだっぺ | EG
official-name | コンゴ民主共和国の首都はどこなん | CD
official-name | コンゴ共和国の首都を教えてくれやんか | CG
official-name | ドミニカ共和国の首都ってどこでえ | DO
official-name | ミクロネシア連邦の首都はどこだらー | FM
official-name | ベネズエラボリバル共和国の首都はどこ | VE
official-name | チェコ共和国の首都を教えてくんしゃい | CZ
official-name | アルジェリア民主人民共和国の首都はどこですか | DZ
official-name | 中央アフリカ共和国の首都ってどこなんよ | CF
official-name | セントビンセント及びグレナディーン諸島の首都はどこ | VC
official-name | アラブ首長国連邦の首都ってどこやったっけ | AE
official-name | セントクリストファーネイビスの首都を教えてください | KN
official-name | アンティグアバーブーダの首都ってどこ | AG
official-name | トリニダードトバゴの首都はどこですか | TT
official-name | ボスニアヘルツェゴビナの首都はどこだべした | BA
everyday-name | アメリカの首都ってどこだっけ | US
everyday-name | 英国の首都ってロンドンでええの | GB
everyday-name | 米国の首都はどこ | US
everyday-name | 南アの首都ってどこだっぺ | ZA
everyday-name | サウジの首都ってどこだいや | SA
everyday-name | ユーエーイーの首都ってドバイじゃないの | AE
everyday-name | ニュージーの首都ってどこだっけかなマイト | NZ
everyday-name | バングラの首都ってどこなん | BD
everyday-name | ボスニアの首都ってどこでえ | BA
everyday-name | ブルキナの首都はどこ | BF
everyday-name | トリニダードの首都ってどこ | TT
everyday-name | セントキッツの首都はどこですか | KN
everyday-name | セントビンセントの首都ってどこだら | VC
everyday-name | サントメの首都ってどこやろ | ST
everyday-name | パプアの首都はどこだっけ | PG
everyday-name | 中央アフリカの首都ってどこなんよ | CF
everyday-name | 豪州の首都はどこですか | AU
everyday-name | マケドニアの首都ってどこだったべ | MK
everyday-name | ソロモンの首都ってどこ | SB
everyday-name | アンティグアの首都ってどこだいや | AG
everyday-name | テュルキエの首都はどこなの | TR
everyday-name | 東チモールの首都ってどこ | TL
shared-name | コンゴの首都ってどこだらー | CD+CG
shared-name | コンゴの首都はどこでえ | CD+CG
shared-name | 朝鮮の首都ってどこだっぺ | KP+KR
shared-name | コリアの首都ってどこなん | KP+KR
shared-name | ジョージアの首都ってどこだいや | GE+US-GA
shared-name | ジョージアの首都はどこやったかいな | GE+US-GA
shared-name | ヴァージン諸島の首都はどこですか | VG+VI
shared-name | ドミニカの首都ってどこ | DM+DO
shared-name | コンゴ民主共和国のほうのコンゴの首都 | CD
shared-name | コンゴ川の西側のコンゴ共和国の首都教えて | CG
shared-name | 国のほうのジョージアの首都教えて | GE
shared-name | アメリカのジョージア州の州都はどこ | US-GA
shared-name | ジョージア州の州都ってアトランタだっけ | US-GA
shared-name | 南北の朝鮮それぞれの首都教えて | KP+KR
shared-name | 北朝鮮と韓国の首都両方おしえて | KP+KR
shared-name | コンゴって二つあるでしょ両方の首都を | CD+CG
shared-name | 米領ヴァージン諸島の首都はどこ | VI
shared-name | 英領ヴァージン諸島の首都ってどこだっぺ | VG
shared-name | コーカサスのジョージアの首都はどこ | GE
help | これなにができるんだらー | HELP
help | どうやって使うだいや教えてごせ | HELP
help | 使い方がわからんでえ教えてくんな | HELP
help | なんて言やあいいんだっぺ | HELP
help | これどげんして使うとね | HELP
help | どう聞いたらええんかいのう | HELP
help | 何ができるんやろかこのスキル | HELP
help | 聞き方がわからんのやけどどないしたらええ | HELP
help | つかいかたおしえてください | HELP
help | このアプリなにするものですか | HELP
help | わたしはなにを言えばいいですか | HELP
help | ヘルプ出して | HELP
help | 説明してもらってもいいですか | HELP
help | どういう質問ならいけるの | HELP
help | ルールがわかんないんだけど | HELP
help | これってどういう仕組み | HELP
help | 操作方法を教えて | HELP
help | 何言えばいいか一覧で教えて | HELP
help | 困ったなこれどう使うんだべした | HELP
help | 遊び方教えて | HELP
help | ばあちゃんでもわかるように使い方言ってくれや | HELP
help | なにきいたらいいの | HELP
help | どんな国が聞けるのか教えてほしい | HELP
help | 使い方のヒントちょうだい | HELP
help | 手順を説明してくれる | HELP
help | ハウツーユーズこれ | HELP
stop | もうええわやめてりん | STOP
stop | もういいでよしてくんな | STOP
stop | ほんならしまいにしといて | STOP
stop | おわりだっぺ | STOP
stop | もうやめてくんしゃい | STOP
stop | もうええけぇ終わってごせ | STOP
stop | しまいや終わっといて | STOP
stop | やめやめもう終わり | STOP
stop | これでおしまいにします | STOP
stop | 終了してください | STOP
stop | ストップストップ | STOP
stop | もうしゃべらなくていいよ | STOP
stop | だまって | STOP
stop | スキル閉じて | STOP
stop | 世界の首都おわりにして | STOP
stop | もうおなかいっぱいやめよう | STOP
stop | おわりおわりー | STOP
stop | 寝るからもうやめて | STOP
stop | はいおしまいです | STOP
stop | もう十分ですありがとうさよなら | STOP
stop | 終わりでお願いします | STOP
stop | やめときます | STOP
stop | もう勘弁してくれよ終わり | STOP
stop | エンドで | STOP
stop | そこまでにしといて | STOP
stop | もうええよ止めて | STOP
cancel | いまのなしにしてりん | CANCEL
cancel | さっきのは取り消しでえ | CANCEL
cancel | やっぱりいいわキャンセルっぺ | CANCEL
cancel | いまんとこ取り消してくんしゃい | CANCEL
cancel | あかんあかん今のはなしやで | CANCEL
cancel | その質問取り消しでお願いします | CANCEL
cancel | キャンセルキャンセル | CANCEL
cancel | やっぱやめとくわ | CANCEL
cancel | 今の質問は取り消します | CANCEL
cancel | あ今のなしで | CANCEL
cancel | 聞くのやめたやっぱいい | CANCEL
cancel | それキャンセルして | CANCEL
cancel | とりけしてください | CANCEL
cancel | 今のは聞かなかったことにして | CANCEL
cancel | やめとくわやっぱ | CANCEL
cancel | 取りやめで | CANCEL
cancel | それはもういいです | CANCEL
cancel | まちがえましたキャンセルです | CANCEL
cancel | 今のナシナシ | CANCEL
cancel | あっ違うのキャンセル | CANCEL
cancel | いまの撤回で | CANCEL
cancel | やっぱなしにしてごせ | CANCEL
cancel | 取り消しといてくれっぺか | CANCEL
cancel | やめてって取り消しや取り消し | CANCEL
launch | 世界の首都開いてりん | LAUNCH
launch | 世界の首都を起動してくんしゃい | LAUNCH
launch | 世界の首都つけてくんな | LAUNCH
launch | 世界の首都はじめてごせ | LAUNCH
launch | 世界の首都ひらいてくれっぺ | LAUNCH
launch | 世界の首都でちょっと遊びたい | LAUNCH
launch | 世界の首都のスキル呼び出して | LAUNCH
launch | 世界の首都立ち上げてもらえる | LAUNCH
launch | 世界の首都スタートしてよし | LAUNCH
launch | 世界の首都ってスキル使いたいんやけど | LAUNCH
launch | 世界の首都につないで | LAUNCH
launch | 世界の首都さん出てきて | LAUNCH
launch | せかいのしゅとあけて | LAUNCH
launch | 世界の首都をひらいてくださいませ | LAUNCH
launch | 世界の首都のやつやって | LAUNCH
launch | 世界の首都やろうぜ | LAUNCH
launch | 世界の首都起こして | LAUNCH
launch | 世界の首都のクイズ開始 | LAUNCH
launch | 世界の首都で勉強したいから開いて | LAUNCH
launch | 世界の首都お願いできますか | LAUNCH
launch | 世界の首都を使わせて | LAUNCH
launch | 世界の首都お呼びしてくれんね | LAUNCH
one-shot | 世界の首都でアイスランドの首都聞いてりん | IS
one-shot | 世界の首都にフィジーの首都聞いてくんな | FJ
one-shot | 世界の首都でモンゴルの首都教えてごせ | MN
one-shot | 世界の首都に聞いてペルーの首都どこ | PE
one-shot | 世界の首都でブータンの首都はどこだっぺ | BT
one-shot | 世界の首都を使ってマダガスカルの首都を調べて | MG
one-shot | 世界の首都でキューバの首都聞きたいんやけど | CU
one-shot | 世界の首都のスキルでエチオピアの首都 | ET
one-shot | 世界の首都でガーナのキャピタルおしえて | GH
one-shot | 世界の首都にウクライナの首都はどこか聞いて | UA
one-shot | 世界の首都開いてラオスの首都 | LA
one-shot | 世界の首都からシリアの首都教えてもらえる | SY
one-shot | 世界の首都でネパールの首都を聞いてみて | NP
one-shot | 世界の首都でルーマニアの首都どこやったかね | RO
one-shot | 世界の首都でカンボジアの首都 | KH
child | あれくさふらんすのしゅとってどこ | FR
child | ぞうさんのいるくにのしゅとおしえてけにあ | KE
child | えっとねえっとねかなだのしゅとは | CA
child | ようちえんでならったのえじぷとのしゅとどこだっけ | EG
child | きりんさんのくにのたんざにあのしゅとは | TZ
child | おばあちゃんちにいくのふぃんらんどのしゅとってなに | FI
child | さんたさんのおうちふぃんらんどのしゅとおしえて | FI
child | かんがるーのくにのしゅとどこ | AU
child | ぱんだのちゅうごくのしゅとはどこ | CN
child | ぼくのすきなぶらじるのしゅとなあに | BR
child | わたしのおとうさんいまいんどにいるのしゅとはどこ | IN
child | こあらのおうちのおーすとらりあのしゅと | AU
child | さっかーのつよいあるぜんちんのしゅとはなに | AR
child | あめりかのしゅとってにゅーよーくでしょ | US
child | ぺんぎんがいるちりのしゅとどこ | CL
child | すいすのしゅとってちーずのまち | CH
child | にほんのしゅとはどこですか | JP
child | かんこくのしゅとおしえてあれくさ | KR
child | えいごのくにいぎりすのしゅとはなに | GB
child | ぴらみっどのくにのしゅとどこ | EG
child | まっちゃのくにってにほんだよねにほんのしゅと | JP
child | いたりあのしゅとにぴざあるの | IT
teen | ぶっちゃけエストニアの首都ってどこ | EE
teen | 地理の小テストでラトビアの首都出るんだけどマジわからん | LV
teen | それはそうとしてクロアチアの首都ってなんだっけ | HR
teen | オランダの首都ってアムステルダムでファイナルアンサー | NL
teen | 推しの聖地がベルギーなんだけど首都どこ | BE
teen | 修学旅行シンガポールだけど首都ってシンガポールなの | SG
teen | 世界史の課題でイラクの首都いるんだけど | IQ
teen | 期末に出るからチュニジアの首都教えて | TN
teen | ガチでわからんアゼルバイジャンの首都 | AZ
teen | 友達と賭けてんだけどカザフの首都ってアスタナだよね | KZ
teen | サウジアラビアの首都ってリヤドであってる的な | SA
teen | ジョージアの首都ってアメリカの方じゃなくて国の方 | GE
teen | 部活の帰りなんだけどキルギスの首都ってなに | KG
teen | 韓国アイドル好きだから韓国の首都は知ってるけど北朝鮮のは | KP
teen | 受験でマルタの首都出るかもだから教えて | MT
teen | 留学先カナダ予定だけど首都オタワで合ってるよね | CA
teen | セルビアの首都わかんなすぎて詰み | RS
teen | モンテネグロの首都とか誰が知ってんの | ME
teen | 正直フィジーの首都ってどこ | FJ
teen | バスケの試合見ててさリトアニアの首都どこ | LT
elder | ビルマの首都はどこじゃったかのう | MM
elder | セイロンの都はどこでしたかな | LK
elder | 白ロシアの首都をおしえておくれ | BY
elder | 葡萄牙の都はどこですかのう | PT
elder | 西班牙の首都はマドリードでしたな | ES
elder | 独逸の首都はベルリンかボンか | DE
elder | 仏蘭西の首都を教えてくだされ | FR
elder | 伊太利亜の都はローマじゃろうか | IT
elder | 印度の都はどこじゃったかいのう | IN
elder | 露西亜の首都はモスクワでよかったかのう | RU
elder | 埃及の首都はどこかね | EG
elder | 比律賓の首都をたずねたいんじゃが | PH
elder | 土耳古の都はどこじゃったかな | TR
elder | ペルシャの首都ってテヘランでしたかな | IR
elder | シャムの都はどこだったかしら | TH
elder | ザイールの首都はどこですかな | CD
elder | スワジランドの首都はどこでございましょう | SZ
elder | 象牙海岸の首都はどこでしたかね | CI
elder | グルジアの首都はなんというたかのう | GE
elder | カンプチアの都はどこじゃったかのう | KH
elder | 墨西哥の首都をおしえてくれんか | MX
elder | 英国の都はロンドンでよろしかったかな | GB
out-of-domain | 首都圏の天気はどうだらー | FB
out-of-domain | 首都高いま混んどるか教えてくんな | FB
out-of-domain | 県庁所在地の岡崎って何人住んどるだいや | FB
out-of-domain | 佐賀県の県庁所在地ってどこね | FB
out-of-domain | 和歌山の県庁所在地はどこなんよ | FB
out-of-domain | 鳥取の県庁所在地は鳥取市だっけ | FB
out-of-domain | 千葉県の県庁所在地ってどこだっぺ | FB
out-of-domain | 福島の県庁所在地って郡山じゃないんだべした | FB
out-of-domain | 滋賀県の県庁所在地ってどこやったかいな | FB
out-of-domain | キャピタルゲインの税金っていくら | FB
out-of-domain | ベンチャーキャピタルってなに | FB
out-of-domain | キャピタル東急ホテルの電話番号教えて | FB
out-of-domain | 資本金ってキャピタルっていうの | FB
out-of-domain | 首都直下地震が来る確率は | FB
out-of-domain | 首都大学東京っていまなんて名前 | FB
out-of-domain | 首都高の料金いくら | FB
out-of-domain | 大文字で書くことキャピタルレターっていうんだっけ | FB
out-of-domain | ソビエト連邦の首都はどこじゃった | FB
out-of-domain | 東ドイツの首都ってどこだったかのう | FB
out-of-domain | ユーゴスラビアの首都はどこでしたかな | FB
out-of-domain | チェコスロバキアの首都を教えておくれ | FB
out-of-domain | ローマ帝国の首都はどこだったの | FB
out-of-domain | オスマン帝国の首都ってどこ | FB
out-of-domain | 大英帝国の都はどこでしたかな | FB
out-of-domain | 江戸時代の日本の首都ってどこ | FB
out-of-domain | 平安京ってどこにあったの | FB
out-of-domain | アフリカ大陸の首都ってどこ | FB
out-of-domain | ヨーロッパの首都ってどこになるの | FB
out-of-domain | アジアの首都ってどこ | FB
out-of-domain | ナルニア国の首都ってどこ | FB
out-of-domain | ワカンダの首都教えて | FB
out-of-domain | ホグワーツってどこの国にあるの | FB
out-of-domain | 月の首都はどこですか | FB
out-of-domain | 火星の首都ってもう決まってる | FB
out-of-domain | アトランティスの首都ってどこ | FB
out-of-domain | 天気教えてりん | FB
out-of-domain | あした雨降るだらか | FB
out-of-domain | 今日は傘いるっぺか | FB
out-of-domain | 三河の花火大会いつだいや | FB
out-of-domain | 有田の陶器市は何日からね | FB
out-of-domain | 白浜のパンダって何頭おるん | FB
out-of-domain | 鳥取砂丘って入場料いる | FB
out-of-domain | 浅草寺の営業時間教えてくんな | FB
out-of-domain | 銚子電鉄の時刻表出して | FB
out-of-domain | 郡山の今日の気温は | FB
out-of-domain | 琵琶湖の大きさってどんくらい | FB
out-of-domain | タイマー三分かけて | FB
out-of-domain | アラームを六時にセットして | FB
out-of-domain | 電気消して | FB
out-of-domain | エアコンつけてくれっぺ | FB
out-of-domain | ラジオかけてくんしゃい | FB
out-of-domain | 演歌流して | FB
out-of-domain | 音量を下げて | FB
out-of-domain | 買い物リストに牛乳入れといて | FB
out-of-domain | 今何時だいや | FB
out-of-domain | きょう何曜日 | FB
out-of-domain | ドルの為替レートいくら | FB
out-of-domain | 日経平均どうなっとる | FB
out-of-domain | ニュース読んで | FB
out-of-domain | ジョーク言って | FB
out-of-domain | しりとりしよう | FB
out-of-domain | なぞなぞ出して | FB
out-of-domain | 子守唄うたって | FB
out-of-domain | 明日の予定なにがある | FB
out-of-domain | アマゾンで洗剤注文して | FB
out-of-domain | 荷物いつ届く | FB
out-of-domain | フランスの人口ってどれくらい | FB
out-of-domain | ブラジルの公用語って何語 | FB
out-of-domain | イタリアの通貨はユーロ | FB
out-of-domain | タイの時差って何時間 | FB
out-of-domain | エジプトの国旗の色は | FB
out-of-domain | スペインの国歌かけて | FB
out-of-domain | カナダの首相って誰 | FB
out-of-domain | アメリカの大統領って今誰 | FB
out-of-domain | ドイツの一番大きい都市はどこ | FB
out-of-domain | インドの一番人口多い町ってどこ | FB
out-of-domain | オーストラリアまで飛行機で何時間 | FB
out-of-domain | ケニアへのビザっているの | FB
out-of-domain | 韓国語でありがとうってなんて言う | FB
out-of-domain | 英語で首都ってなんて言うの | FB
out-of-domain | 首都って漢字でどう書く | FB
out-of-domain | 首都の意味を教えて | FB
out-of-domain | 世界で一番高い山は | FB
out-of-domain | 世界で一番大きい国はどこ | FB
out-of-domain | 世界に国はいくつあるの | FB
out-of-domain | 国連の本部ってどこにあるの | FB
out-of-domain | オリンピックの次の開催地どこ | FB
out-of-domain | ワールドカップの次はどこでやるの | FB
out-of-domain | パリのエッフェル塔の高さ | FB
out-of-domain | ロンドンの天気どう | FB
out-of-domain | ニューヨークはいま何時 | FB
out-of-domain | 北京ダックの作り方 | FB
out-of-domain | ナポリタンのレシピ教えて | FB
out-of-domain | 八丁味噌の賞味期限ってどのくらい | FB
out-of-domain | 梅干しの漬け方教えてよし | FB
out-of-domain | 落花生のゆで方 | FB
out-of-domain | もんじゃの焼き方教えてくんな | FB
out-of-domain | 鮒寿司ってくさいの | FB
out-of-domain | 喜多方ラーメンのおいしい店 | FB
out-of-domain | 近くのコンビニどこ | FB
out-of-domain | ガソリンスタンド探して | FB
out-of-domain | 病院の電話番号調べて | FB
out-of-domain | 血圧の薬いつ飲むんだっけ | FB
out-of-domain | 孫に電話かけて | FB
out-of-domain | 息子にメッセージ送って | FB
out-of-domain | 好きな色は何 | FB
out-of-domain | アレクサ愛してる | FB
out-of-domain | おはよう | FB
out-of-domain | おやすみなさい | FB
out-of-domain | ありがとね | FB
out-of-domain | 首都のクイズ以外に何かゲームある | FB
out-of-domain | 県の数っていくつ | FB
out-of-domain | 日本で一番小さい県は | FB
out-of-domain | 東京都の都庁ってどこ | FB
out-of-domain | 大阪都構想ってどうなった | FB
out-of-domain | 首都機能移転ってなんだっけ | FB
out-of-domain | 副首都構想について教えて | FB
out-of-domain | 首都移転したインドネシアの新しい首都の工事どうなってる | FB
out-of-domain | 北海道の道庁所在地ってどこ | FB
out-of-domain | 沖縄の県庁所在地はどこ | FB
out-of-domain | 京都は昔首都だったの | FB
out-of-domain | 首都防衛ってなに | FB
out-of-domain | キャピタルって映画見たい | FB
out-of-domain | キャピタルの意味 | FB
out-of-domain | 奈良の都って何年 | FB
out-of-domain | 鎌倉幕府は何年 | FB
out-of-domain | 三河湾の潮見表 | FB
out-of-domain | 佐賀のがばいばあちゃんって本読みたい | FB
out-of-domain | 鳥取と島根どっちが西 | FB
dialect-mikawa | 岡崎城の近くでガイドしとるだけどポーランドの首都ってどこだったかいね | PL
dialect-mikawa | 豊橋の市電乗っとるだけどスリランカの首都って言えるかやー | LK
dialect-mikawa | うちの工場にブラジルの子らおるもんでブラジルの首都教えてりん | BR
dialect-mikawa | 手筒花火の練習終わったでタイの首都聞かせてりん | TH
dialect-mikawa | ほいだもんでケニアの首都ってどこだったかやー | KE
dialect-mikawa | 蒲郡のみかん畑でラジオ聞いとったらペルーの首都って言っとっただけどどこだらー | PE
dialect-mikawa | 知らんだらけどフィンランドの首都ってヘルシンキじゃん | FI
dialect-mikawa | 孫がインドネシアの首都聞くもんで教えたってりん | ID
dialect-mikawa | あんたモロッコの首都って知っとるかん | MA
dialect-mikawa | 八丁味噌の輸出先がドイツだもんでドイツの首都言ってみりん | DE
dialect-saga | 呼子のイカ食べよったら隣のお客さんがギリシャの首都ってどこって言いよらしたとよ | GR
dialect-saga | ばってんノルウェーの首都ってどこやったかね | NO
dialect-saga | 唐津くんちの準備しよっけんイランの首都ば教えてくんしゃい | IR
dialect-saga | がばいむずかしかけどキリバスの首都ってどこね | KI
dialect-saga | 伊万里の窯元に来たオランダの人に聞かれたけん首都ば教えて | NL
dialect-saga | 嬉野温泉につかりよったらチリの首都が気になったとよ | CL
dialect-saga | じいちゃんがデンマークの首都どこかって聞きよらすばい | DK
dialect-saga | そいぎトルコの首都はどこやったかな | TR
dialect-wakayama | 熊野古道歩いとったらスペインの人がおったけどスペインの首都ちゃどこなん | ES
dialect-wakayama | 太地の漁師さんがノルウェーの首都知りたいってよ | NO
dialect-wakayama | みかん箱詰めしとるんやけどイタリアの首都言うてよし | IT
dialect-wakayama | 高野山の宿坊に泊まっとるフランスの人がおるけどフランスの首都パリやんな | FR
dialect-wakayama | ほんまにしゃあないなあポルトガルの首都教えてくれへん | PT
dialect-wakayama | 和歌山ラーメン食べよったらテレビでベトナムの首都言うとったけどどこやった | VN
dialect-wakayama | おかんがキューバの首都知らんのやて教えたってよ | CU
dialect-tottori | 大山のぼっとる途中だけどアイルランドの首都ってどこだったいや | IE
dialect-tottori | 松葉がに食べとる場合じゃないけどロシアの首都はどこだっちゃ | RU
dialect-tottori | 米子の空港で韓国行きの便待っとるだけど韓国の首都ってソウルだがな | KR
dialect-tottori | 水木しげるロードで外人さんに聞かれたけぇフランスの首都教えてごせ | FR
dialect-tottori | ほんにだらずだけどオーストリアの首都忘れたがな | AT
dialect-tottori | 倉吉の白壁土蔵でガイドしとってモンゴルの首都聞かれたんだわ | MN
dialect-tottori | ようけ考えたけどアルゼンチンの首都が出てこんだいや | AR
dialect-shitamachi | 神田明神のお祭りでよ外人さんにエジプトの首都聞かれちまってさ | EG
dialect-shitamachi | べらんめえドイツの首都くれえ知ってらあベルリンだろ | DE
dialect-shitamachi | 柴又の団子屋なんだけどよインドの首都ってどこでえ | IN
dialect-shitamachi | 隅田川の花火見ながらなんだけどアメリカの首都はどこだったっけな | US
dialect-shitamachi | てやんでえカナダの首都はトロントじゃねえのかい | CA
dialect-shitamachi | 江戸っ子だってのによお中国の首都くらい知らねえとな北京だよな | CN
dialect-shitamachi | 築地で寿司握ってっとノルウェーのサーモン屋が来んだよ首都どこだい | NO
dialect-shitamachi | おかみさんがタイの首都聞いてこいってさ | TH
dialect-boso | 九十九里でサーフィンしてたらオーストラリアの人いてさ首都どこだっぺ | AU
dialect-boso | 成田の空港で働いてっけどカタールの首都ってどこだべ | QA
dialect-boso | 鴨川のシーワールド行ったっけよアイスランドの首都知りたくなってさ | IS
dialect-boso | 館山のびわ農家なんだけっともトルコの首都ってどこだっぺ | TR
dialect-boso | おら知らねえけどメキシコの首都ってメキシコシティだっぺか | MX
dialect-boso | 房総の海で釣りしてっけどチリの首都ってどこだべ | CL
dialect-boso | せがれがタイに行くっつうからよタイの首都教えてくれや | TH
dialect-boso | そうだっぺ韓国の首都はソウルだっぺな | KR
dialect-nakadori | 会津に嫁いだ姉ちゃんがフランスの首都聞いでんだげんちょ | FR
dialect-nakadori | 白河ラーメンすすりながらスウェーデンの首都ってどごだべ | SE
dialect-nakadori | 二本松の菊人形見でんだけんじょもオランダの首都ってアムステルダムだない | NL
dialect-nakadori | いわきの海で釣りしてっけどフィリピンの首都教えでくんちぇ | PH
dialect-nakadori | 須賀川のウルトラマン通りで子供がイギリスの首都聞いでくんだわ | GB
dialect-nakadori | ほんでスペインの首都はなじょだべ | ES
dialect-nakadori | おらいのじいちゃんがペルーの首都知りでえって | PE
dialect-nakadori | 喜多方のラーメン屋でよ中国の首都ってどごだっけって話になってよ | CN
dialect-shiga | 彦根城のひこにゃん見てたらイギリスの首都ってどこって聞かれはってん | GB
dialect-shiga | 長浜の黒壁スクエアでガラス見ながらチェコの首都考えてんねん | CZ
dialect-shiga | 近江牛食べに来はったお客さんがオーストラリアの人やったけど首都どこやろ | AU
dialect-shiga | 比叡山の上でブラジルの首都思い出せへんかってん | BR
dialect-shiga | ほかしといたらあかんわスイスの首都教えて | CH
dialect-shiga | 甲賀の忍者屋敷でアメリカの人に会うたんやけど首都どこやったっけ | US
dialect-shiga | 守山の会社でインドの人と働いてんねんけどインドの首都ってどこ | IN
dialect-shiga | ええっとな韓国の首都ってソウルやんな | KR
learner-italy | ボンジョルノアレクサスペインの首都はマドリッドですか | ES
learner-italy | わたしのまちトリノは首都ちがいますイタリアの首都どこですか | IT
learner-italy | マンマが聞いたギリシャの首都なんていうか | GR
learner-italy | ああマンマミーアクロアチアの首都わすれました | HR
learner-iran | ペルシャじゅうたん売ってますアフガニスタンの首都はどこでございますか | AF
learner-iran | わたしの国のとなりトルクメニスタンの首都をおしえてです | TM
learner-iran | ほんとうにすみませんイラクの首都はなにの名前ですか | IQ
learner-iran | ともだちがアルメニアの首都きいてます | AM
learner-nigeria | ガーナの首都わたししってるアクラですねただしいか | GH
learner-nigeria | カメルーンのキャピタルシティどこあるか | CM
learner-nigeria | ベナンのキャピタルはふたつあるときいたほんとか | BJ
learner-nigeria | おおアレクサケニアの首都はどこよブラザー | KE
learner-australia | ノーウォーリーズフィジーの首都だけおしえて | FJ
learner-australia | パプアニューギニアのキャピタルってポートモレスビーだっけ | PG
learner-australia | ニュージーランドの首都はオークランドじゃないですよね | NZ
learner-australia | グッダイアレクササモアの首都はどこ | WS
learner-taiwan | ちょっとおききしたいですフィリピンの首都はどこですか | PH
learner-taiwan | ベトナムの首都はホーチミンですかハノイですか | VN
learner-taiwan | 日本の首都は東京ですけどモンゴルの首都は何ですか | MN
learner-taiwan | 教授に言われましたシンガポールの首都はどこになりますか | SG
learner-spain | ホストマザーがチリの首都おしえてくださいと | CL
learner-spain | わたしのくにスペインのとなりポルトガルの首都はなにですか | PT
learner-spain | アルゼンチンの首都ブエノスアイレスただしいですか | AR
learner-spain | ケ・タルアレクサキューバの首都はどこ | CU
learner-russia | ベラルーシの首都ミンスクですねちがうか | BY
learner-russia | ウズベキスタンの首都をしりたいですおねがいします | UZ
learner-russia | カザフスタンの首都いまはなんという | KZ
learner-russia | ジョージアの首都トビリシありますか国のほう | GE
learner-ghana | ナイジェリアの首都ラゴスではないですかアブジャですか | NG
learner-ghana | トーゴの首都はどこありますか | TG
learner-ghana | コートジボワールのキャピタルわかりますか | CI
learner-ghana | ブルキナファソの首都はワガドゥグですか | BF
situation-taxi | 羽田までのお客さんがベルギーの人でさ首都どこって話になってね | BE
situation-taxi | 無線入る前にアイルランドの首都だけ教えて | IE
situation-taxi | 渋滞中なんでベネズエラの首都でも聞いとくか | VE
situation-taxi | 運転中だから手短にオーストリアの首都 | AT
situation-office | プレゼン資料にエチオピアの首都書きたいんだけどどこだっけ | ET
situation-office | 取引先がウガンダなんだけど首都どこ | UG
situation-office | 議事録にルワンダの首都って書いたけど合ってるか確認したい | RW
situation-office | エビデンスほしいからガーナの首都ちゃんと教えて | GH
situation-nurse | 巡回の合間だけどアルジェリアの首都って何だっけ | DZ
situation-nurse | 入院患者さんがチュニジア出身でね首都どこって | TN
situation-nurse | 点滴替えたらシリアの首都調べとこうと思って | SY
situation-nurse | ナースステーションでクイズ出たんだけどマダガスカルの首都は | MG
help | 世界の首都ってどういうふうに話しかけたらええだらー | HELP
help | わやだわ使い方わからんで教えてりん | HELP
help | このスキルの使い方ば教えてくんしゃい | HELP
help | 使い方さっぱりわからんけぇ教えてごせ | HELP
help | なんて聞いたらええのか教えてよし | HELP
help | ぜんぜんわがんねえ使い方教えでくんちぇ | HELP
help | 使い方聞いてもよろしおすか | HELP
help | どうしゃべったら答えてくれるのか教えてくれっぺ | HELP
help | この世界の首都ってのはどう使うんでえ | HELP
stop | もう終わりにしてりん | STOP
stop | もうええけぇやめてごせ | STOP
stop | もう終わってくんしゃい | STOP
stop | はいもう結構ですさいなら | STOP
stop | 世界の首都もうしまいでええわ | STOP
stop | もう止めてくんな | STOP
stop | やめてくれっぺもういいから | STOP
stop | もうええってばやめといて | STOP
stop | 世界の首都を終了して | STOP
cancel | いまのやっぱなしにしてくんしゃい | CANCEL
cancel | さっき言うたん取り消してよし | CANCEL
cancel | まちごうたけぇ今のなしだいや | CANCEL
cancel | 今のは取り消しだっぺ | CANCEL
cancel | 聞いたのやめにしてりん | CANCEL
cancel | そいつはやめだやめ取り消しでえ | CANCEL
cancel | いや今のはなしにしといてくれる | CANCEL
cancel | 言い間違えたから今の取り消して | CANCEL
cancel | その質問キャンセルでお願いしまーす | CANCEL
launch | 世界の首都って出してくれんね | LAUNCH
launch | ほいじゃあ世界の首都始めよまい | LAUNCH
launch | 世界の首都ってスキル開いてごせ | LAUNCH
launch | 世界の首都起動しといて | LAUNCH
launch | せかいのしゅとをあそびたいです | LAUNCH
launch | 世界の首都呼んできて | LAUNCH
launch | ねえ世界の首都やりたいんだけど | LAUNCH
official-name | ソロモン諸島の首都はどこだいや | SB
official-name | マーシャル諸島共和国の首都はどこですか | MH
official-name | サントメプリンシペ民主共和国の首都ってどこ | ST
official-name | セントビンセントおよびグレナディーン諸島の首都を教えてよし | VC
official-name | 東ティモール民主共和国の首都はどこでえ | TL
official-name | パプアニューギニア独立国の首都を教えてください | PG
shared-name | 北と南のコリアの首都をそれぞれ教えて | KP+KR
shared-name | コンゴって国の首都はどこだっぺ | CD+CG
shared-name | ジョージアの首都ってどこだっけかなマイト | GE+US-GA
shared-name | ヴァージン諸島の首都って二つあるんだっけ | VG+VI
shared-name | キンシャサのほうのコンゴの首都 | CD
out-of-domain | 豊橋の市電って何時まで走っとるだいや | FB
out-of-domain | 嬉野温泉の湯豆腐の店教えてくんしゃい | FB
out-of-domain | 熊野古道の地図出してよし | FB
out-of-domain | 大山の雪どれくらい積もっとるだいや | FB
out-of-domain | 柴又の帝釈天の縁日いつでえ | FB
out-of-domain | 九十九里の波の高さ教えてくれっぺ | FB
out-of-domain | 二本松の菊人形っていつまでやってんだべした | FB
out-of-domain | 彦根城の入場料いくらやったかいな | FB
out-of-domain | ピザ生地のこね方おしえてください | FB
out-of-domain | ペルシャじゅうたんのクリーニングどこ | FB
out-of-domain | ラゴスの天気はどうですか | FB
out-of-domain | ニセコの積雪情報 | FB
out-of-domain | 研究室の締め切り何日だっけ | FB
out-of-domain | 首都圏の電車遅れてる | FB
out-of-domain | 首都高速湾岸線の事故情報 | FB
out-of-domain | キャピタルホテルの予約したい | FB
out-of-domain | ヨーロッパで一番古い首都ってどこ | FB
out-of-domain | 首都の人口ランキング教えて | FB
out-of-domain | 世界で一番寒い首都ってどこ | FB
out-of-domain | 標高が一番高い首都は | FB
out-of-domain | ハワイ王国の首都ってどこだったの | FB
out-of-domain | 琉球王国の都はどこ | FB
out-of-domain | 満州国の首都ってどこだったかのう | FB
out-of-domain | ローデシアの首都はどこじゃった | FB
out-of-domain | ペルシャ帝国の首都 | FB
out-of-domain | ゲームの中のハイラルの首都ってどこ | FB
out-of-domain | 中つ国の首都はどこ | FB
out-of-domain | 会議室の予約とって | FB
out-of-domain | タクシーの配車たのむわ | FB
out-of-domain | 夜勤明けによく眠れる音楽かけて | FB
follow-up | ほいじゃあ次はイランのほう教えてりん | IR
follow-up | そんならつぎはガボンはどげんね | GA
follow-up | ほな今度はオマーンのほう言うてよし | OM
follow-up | ほんでほんでエクアドルはどこだいや | EC
follow-up | ついでによウルグアイもいっとくか | UY
follow-up | あとよパナマはどうなってっぺ | PA
follow-up | ほんならヨルダンはなじょだべ | JO
follow-up | ほなついでにネパールも頼んどこかな | NP
yes-no-check | ジャマイカの首都ってキングストンで合っとるだらー | JM
yes-no-check | ボリビアの首都はラパスだけでよかとね | BO
yes-no-check | カメルーンの首都ってドゥアラやったかいのう | CM
yes-no-check | オーストリアの首都ってウィーンだったかいや | AT
yes-no-check | ベルギーの首都ブリュッセルでええんかでえ | BE
yes-no-check | エクアドルの首都ってグアヤキルだっぺか | EC
self-correction | ペルーの首都あいやパラオの首都だった教えてりん | PW
self-correction | ネパールの首都じゃなかったブータンの首都ば教えてくんしゃい | BT
self-correction | バーレーンの首都ちゃうわカタールの首都やった | QA
self-correction | セネガルの首都いんや間違えたガンビアだっぺ | GM
territory | グリーンランドの首都ってヌークで合っとるだらー | GL
territory | プエルトリコの首都はサンフアンでええんやろか | PR
territory | ニューカレドニアの首都ってどこだっぺ | NC
territory | グアム島の首都ってどこでえ | GU
territory | 香港ってどこが首都扱いなんだいや | HK
territory | アンギラの首都はどこだべした | AI
territory | タークスカイコス諸島の首都ってどこやろ | TC
subdivision | ニューメキシコ州の州都ってどこだらー | US-NM
subdivision | ウィスコンシン州の州都ってどこだっぺ | US-WI
subdivision | ミネソタ州の州都はどこだいや | US-MN
subdivision | ノースカロライナ州の州都ってどこでえ | US-NC
subdivision | サスカチュワン州の州都はどこやろか | CA-SK
subdivision | 南オーストラリア州の州都はアデレードやったかいな | AU-SA
subdivision | テューリンゲン州の州都ってどこですか | DE-TH
subdivision | ペルナンブーコ州の州都はどこだべした | BR-PE
subdivision | ヌエボレオン州の州都ってモンテレイでしょ | MX-NLE
subdivision | テランガーナ州の州都はハイデラバードやんな | IN-TS
reverse-question | アクラってどこの国の首都だいや | CITY:アクラ
reverse-question | ティラナはどこの国の首都でえ | CITY:ティラナ
reverse-question | リガってどこの首都だっぺ | CITY:リガ
reverse-question | モンテビデオってどこの国の首都やろか | CITY:モンテビデオ
everyday-name | ブルキナの首都っちゃどこなんよ | BF
everyday-name | トリニダードの首都ってどこだっぺ | TT
everyday-name | ボスニアの首都教えてくんしゃい | BA
child | おとうさんのしゅっちょうさきのべとなむのしゅとはなあに | VN
child | くまさんのいるろしあのしゅとはどこ | RU
plural-capitals | コートジボワールって首都がヤムスクロとアビジャンのふたつあるん両方言うてよし | CI
plural-capitals | スリランカの首都ふたつあるげな両方教えてごせ | LK
plural-capitals | オランダの首都ってアムステルダムとハーグどっちもだっぺか両方教えて | NL
plural-capitals | マレーシアの首都ふたつとも言ってくんな | MY
"""

if __name__ == "__main__":
    build_round(38, "ja", LINES, sys.argv, "tests/Eval/ja/round38/source/build_corpus.py")
