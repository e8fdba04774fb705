"""Round 35, Japanese (ja-JP): a new author's mix of speakers and situations, written blind (brief WRITER42.md), chosen
away from the regions of the Japanese rounds the author saw described (30 to 34).
Regions: Kitakyushu (っちゃ, ちゃ, ち, けん, なんしよん, 教えちゃって), Chikugo around Kurume and Yanagawa (ばい, たい, ん for の,
ごたる, くれんね, ね), Hida Takayama in Gifu (やさ, やで, なれ, しとくれ), Banshu Himeji (とう, け, んか, ごっつい, しょうか),
Chichibu in Saitama (だんべ, べえ, だい, くんない), Tango in northern Kyoto (だっちゃ, け, だぁ), Hokusei around Yokkaichi in
Mie (やに, やんか, もんで, くれやん, えらい) and an old Yamanote lady in Tokyo (ざます, ございます, かしら, よろしくて).
Local work: Kitakyushu steelworks and the Kokura Gion drums, Yanagawa river boats and eel, Takayama festival floats and
sarubobo dolls, Himeji castle guides, the Chichibu night festival, Tango chirimen silk weaving, a Yokkaichi petrochemical
plant's night shift, a tea ceremony in Azabu.
Learners: a Thai hotel trainee (クラップ, カー), a Burmese care worker, a Bangladeshi halal grocer, an Uzbek language-school
student, a Ukrainian evacuee, an American assistant English teacher, a French manga fan, a Peruvian Nikkei factory
worker, an Egyptian researcher, a Polish au pair (キャピタル, どこはですか, を for の).
Heritage speakers: São Paulo, Lima, Los Angeles, Vancouver, London, Singapore (ママ, グランパ, ホームワーク). Children in
hiragana (a nursery teacher, a globe puzzle, a bath-time quiz). Teenagers (それな, 秒で, ぴえん, 神, テスト前). Elders (じゃ,
かのう, わい, おくれ) with old names and states of their day the data lacks.
Plus plain and polite questions, fillers, one-shot requests and launches, follow-ups, yes/no checks with right and wrong
capitals, self-corrections with a marker, reverse questions, official and everyday names, shared names (bare: every
place; disambiguated: the one), plural questions (every several-capital country and Palestine), subdivisions and
territories, help, stop and cancel, and out-of-domain requests and near misses.
`python3 tests/Eval/ja/round35/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 35's number); every line is ja-JP."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Kitakyushu
dialect-kitakyushu | {}の首都ってどこなんか教えちゃって | アンドラ=AD; アラブ首長国連邦=AE; アフガニスタン=AF
dialect-kitakyushu | {}の首都っちどこやったかいね | アンティグアバーブーダ=AG; アルバニア=AL; アルメニア=AM
dialect-kitakyushu | {}の首都っちなんち言うと | アンゴラ=AO; アルゼンチン=AR; オーストリア=AT
dialect-kitakyushu | なんしよん{}の首都どこか知っとう | オーストラリア=AU; アゼルバイジャン=AZ; ボスニアヘルツェゴビナ=BA
dialect-kitakyushu | {}の首都わからんけ調べちゃって | バルバドス=BB; バングラデシュ=BD; ベルギー=BE
dialect-kitakyushu | 製鉄所の先輩が{}の首都どこっち聞きよるっちゃ | ブルキナファソ=BF; ブルガリア=BG; バーレーン=BH
dialect-kitakyushu | 太鼓の練習終わったけど{}の首都どこやったっけ | ブルンジ=BI; ブルネイ=BN; ブラジル=BR
# Chikugo
dialect-chikugo | {}ん首都はどこね | バハマ=BS; ブータン=BT; ボツワナ=BW
dialect-chikugo | {}の首都ばちょっと教えてくれんね | ベラルーシ=BY; ベリーズ=BZ; カナダ=CA
dialect-chikugo | {}の首都はどこやったろか | コンゴ民主共和国=CD; 中央アフリカ共和国=CF; コンゴ共和国=CG
dialect-chikugo | {}の首都ってどこかいたばい | スイス=CH; チリ=CL; カメルーン=CM
dialect-chikugo | 川下りのお客さんが{}の首都ば聞きよらすと | 中国=CN; コロンビア=CO; コスタリカ=CR
dialect-chikugo | うなぎ食べよったら{}の首都が気になったたい | キューバ=CU; カーボベルデ=CV; キプロス=CY
dialect-chikugo | {}ん首都ってどこやったごたる | チェコ=CZ; ドイツ=DE; ジブチ=DJ
# Hida
dialect-hida | {}の首都はどこやさ | デンマーク=DK; ドミニカ国=DM; ドミニカ共和国=DO
dialect-hida | {}の首都教えとくれ | アルジェリア=DZ; エクアドル=EC; エストニア=EE
dialect-hida | {}の首都ってどこやったかなあ教えなれ | エジプト=EG; エリトリア=ER; スペイン=ES
dialect-hida | 屋台見に来たお客さんが{}の首都知りたいって言うとるんやさ | エチオピア=ET; フィンランド=FI; フィジー=FJ
dialect-hida | さるぼぼ買うてった人{}から来たって言うとったけど首都どこやろ | ミクロネシア=FM; フランス=FR; ガボン=GA
dialect-hida | {}の首都ってどこやでな | イギリス=GB; グレナダ=GD; ガーナ=GH
# Banshu
dialect-banshu | {}の首都どこなんけ | ガンビア=GM; ギニア=GN; 赤道ギニア=GQ
dialect-banshu | {}の首都知っとうか | ギリシャ=GR; グアテマラ=GT; ギニアビサウ=GW
dialect-banshu | {}の首都ってどこやっけ教えてんか | ガイアナ=GY; ホンジュラス=HN; クロアチア=HR
dialect-banshu | お城の案内しとったら{}の人に首都聞かれてん | ハイチ=HT; ハンガリー=HU; インドネシア=ID
dialect-banshu | {}の首都ってごっつい覚えにくいねんけどどこやったかいな | アイルランド=IE; イスラエル=IL; インド=IN
dialect-banshu | ほんで{}の首都はどこなんよ | イラク=IQ; イラン=IR; アイスランド=IS
# Chichibu
dialect-chichibu | {}の首都はどこだんべ | イタリア=IT; ジャマイカ=JM; ヨルダン=JO
dialect-chichibu | {}の首都ってどこだい教えてくんない | 日本=JP; ケニア=KE; キルギス=KG
dialect-chichibu | {}の首都はなんつったっけかなあ | カンボジア=KH; キリバス=KI; コモロ=KM
dialect-chichibu | 夜祭の屋台で{}の人に会ったんだけど首都どこだんべえ | セントクリストファーネービス=KN; 北朝鮮=KP; 韓国=KR
dialect-chichibu | {}の首都ってどこだったべ | クウェート=KW; カザフスタン=KZ; ラオス=LA
# Tango
dialect-tango | {}の首都はどこだっちゃ | レバノン=LB; セントルシア=LC; リヒテンシュタイン=LI
dialect-tango | {}の首都ってどこだぁ | リベリア=LR; レソト=LS; リトアニア=LT
dialect-tango | ちりめん織りながら聞くけど{}の首都はどこだけ | ルクセンブルク=LU; ラトビア=LV; リビア=LY
dialect-tango | {}の首都ってなんちゅうとこだっちゃ | モロッコ=MA; モナコ=MC; モルドバ=MD
# Hokusei Mie
dialect-hokusei | {}の首都ってどこやったかいな教えてくれやん | モンテネグロ=ME; マダガスカル=MG; マーシャル諸島=MH
dialect-hokusei | {}の首都どこやに | 北マケドニア=MK; マリ=ML; ミャンマー=MM
dialect-hokusei | 夜勤明けでえらいもんで{}の首都だけ教えて | モンゴル=MN; モーリタニア=MR; マルタ=MT
dialect-hokusei | {}の首都ってどこなんやんか | モーリシャス=MU; モルディブ=MV; マラウイ=MW
dialect-hokusei | コンビナートの研修生{}から来とるんやけど首都どこやったかな | メキシコ=MX; モザンビーク=MZ; ナミビア=NA
# Yamanote elder
elder-yamanote | {}の首都はどちらでございますか | ニジェール=NE; ナイジェリア=NG; ニカラグア=NI
elder-yamanote | {}の首都はどこざますの | ノルウェー=NO; ネパール=NP; ナウル=NR
elder-yamanote | ちょいと{}の首都を教えてくださる | ニュージーランド=NZ; オマーン=OM; パナマ=PA
elder-yamanote | お茶のお稽古で{}の話が出たのだけれど首都はどちらだったかしら | ペルー=PE; パプアニューギニア=PG; フィリピン=PH
elder-yamanote | {}の首都ってどちらでしたかしらね | パキスタン=PK; ポーランド=PL; ポルトガル=PT
# learners
learner | {}の首都はどこですかクラップ | パラオ=PW; パラグアイ=PY; カタール=QA
learner | すみません{}の首都はどこですかカー | ルーマニア=RO; セルビア=RS; ロシア=RU
learner | {}の首都はどこあります | ルワンダ=RW; サウジアラビア=SA; ソロモン諸島=SB
learner | わたしは知りたいです{}の首都 | セーシェル=SC; スーダン=SD; スウェーデン=SE
learner | {}を首都はなんですか | シンガポール=SG; スロベニア=SI; スロバキア=SK
learner | {}のキャピタルはどこはですか | シエラレオネ=SL; サンマリノ=SM; セネガル=SN
learner | お店のお客さん{}の人ですその国の首都どこですか | ソマリア=SO; スリナム=SR; 南スーダン=SS
learner | {}の首都を教えるしてください | サントメプリンシペ=ST; エルサルバドル=SV; シリア=SY
learner | 日本語の学校で宿題です{}の首都はどこ | タジキスタン=TJ; 東ティモール=TL; トルクメニスタン=TM
learner | {}のしゅとはなんという町ですか | チュニジア=TN; トンガ=TO; トルコ=TR
learner | あのー{}のキャピタルシティはなにですか | トリニダードトバゴ=TT; ツバル=TV; タンザニア=TZ
learner | 私の国は{}です首都わかりますか | ウクライナ=UA; ウガンダ=UG; ウズベキスタン=UZ
learner | {}の首都どこかな知らないです | アメリカ=US; ウルグアイ=UY; セントビンセントグレナディーン=VC
learner | ママに聞かれた{}の首都ってなんだっけ | ベネズエラ=VE; ベトナム=VN; バヌアツ=VU
learner | {}の首都ですけどどこ | サモア=WS; イエメン=YE; ザンビア=ZM
learner | {}の首都の名前を言ってください | ジンバブエ=ZW; チャド=TD; トーゴ=TG
learner | えっと{}の首都わたしわすれました | タイ=TH; エスワティニ=SZ; 南アフリカ=ZA
# heritage
heritage | {}のキャピタルってどこだっけ日本語で聞いてみる | アルゼンチン=AR; ペルー=PE; ブラジル=BR
heritage | グランパが{}の首都知りたいって | カナダ=CA; メキシコ=MX; ボリビア=BO
heritage | ホームワークで{}の首都書かなきゃいけないの | エクアドル=EC; コロンビア=CO; チリ=CL
heritage | ママ{}の首都ってなんて言うのジャパニーズで | パラグアイ=PY; ウルグアイ=UY; ベネズエラ=VE
heritage | {}の首都ってさどこだったっけオーマイガー | アイルランド=IE; スコットランド=GB-SCT; ウェールズ=GB-WLS
heritage | シンガポールのスクールで習ったんだけど{}の首都ってどこ | マレーシア=MY; インドネシア=ID; ブルネイ=BN
heritage | {}のキャピタルシティ教えてアレクサ | フィリピン=PH; ベトナム=VN; カンボジア=KH
# children
child | {}のしゅとってどこ | ふらんす=FR; いたりあ=IT; どいつ=DE
child | ねえねえ{}のしゅとはどこなの | かなだ=CA; ぶらじる=BR; いんど=IN
child | ちきゅうぎのぱずるで{}があったよしゅとどこ | えじぷと=EG; けにあ=KE; ぺるー=PE
child | おふろでくいずする{}のしゅとは | ちゅうごく=CN; かんこく=KR; たい=TH
child | せんせい{}のしゅとおしえて | すぺいん=ES; ろしあ=RU; めきしこ=MX
child | あれくさ{}ってどこがしゅとなの | おーすとらりあ=AU; にゅーじーらんど=NZ; ぎりしゃ=GR
child | ぼくね{}すきなのしゅとどこ | もんごる=MN; ねぱーる=NP; ふぃんらんど=FI
# teens
teen | {}の首都秒で教えて | ポルトガル=PT; オランダ=NL; ベルギー=BE
teen | テスト前なんだけど{}の首都ってどこだっけぴえん | ハンガリー=HU; チェコ=CZ; オーストリア=AT
teen | {}の首都それな分かんない | スロバキア=SK; スロベニア=SI; クロアチア=HR
teen | 推しが{}行ってたんだけど首都どこ | 韓国=KR; タイ=TH; イギリス=GB
teen | 地理の小テストやばい{}の首都なに | モロッコ=MA; チュニジア=TN; アルジェリア=DZ
teen | {}の首都知ってたら神 | アイスランド=IS; ノルウェー=NO; デンマーク=DK
# elders
elder | {}の首都はどこじゃったかのう | ビルマ=MM; セイロン=LK; シャム=TH
elder | わしが若いころ{}へ船で行ったが首都はどこじゃった | ブラジル=BR; アルゼンチン=AR; チリ=CL
elder | {}の首都をおしえておくれ | エジプト=EG; トルコ=TR; イラン=IR
elder | ばあちゃんに{}の首都を教えてくれんか | ペルー=PE; ボリビア=BO; パラグアイ=PY
elder | {}の都はどこかいのう | 英吉利=GB; 仏蘭西=FR; 独逸=DE
# plain and polite
plain-question | {}の首都ってどこなのか知りたい | ケニア=KE; タンザニア=TZ; ウガンダ=UG
plain-question | {}ってどこが首都だっけ | ルワンダ=RW; ブルンジ=BI; エチオピア=ET
plain-question | {}の首都を一応確認したいんだけど | ソマリア=SO; ジブチ=DJ; エリトリア=ER
plain-question | {}の首都ってどこになるの | スーダン=SD; 南スーダン=SS; チャド=TD
plain-question | {}の首都の名前ってなんだっけ | ニジェール=NE; マリ=ML; モーリタニア=MR
plain-question | {}の首都はどこって聞かれたらなんて答える | セネガル=SN; ガンビア=GM; ギニアビサウ=GW
plain-question | {}の首都の都市名 | ギニア=GN; シエラレオネ=SL; リベリア=LR
plain-question | {}の首都ってどういう名前だっけ | ガーナ=GH; トーゴ=TG; ナイジェリア=NG
polite-question | {}の首都を教えていただけますか | カメルーン=CM; ガボン=GA; 赤道ギニア=GQ
polite-question | 恐れ入りますが{}の首都はどちらでしょうか | アンゴラ=AO; ザンビア=ZM; マラウイ=MW
polite-question | {}の首都について教えていただきたいのですが | モザンビーク=MZ; ジンバブエ=ZW; ボツワナ=BW
polite-question | すいません{}の首都はどこになりますか | ナミビア=NA; レソト=LS; マダガスカル=MG
polite-question | {}の首都はどこでしたでしょうか | モーリシャス=MU; セーシェル=SC; コモロ=KM
polite-question | お手数ですが{}の首都を調べてもらえますか | カーボベルデ=CV; サントメプリンシペ=ST; 中央アフリカ=CF
# fillers and hesitations
filler | えーっと{}の首都ってあれなんだっけ | サウジアラビア=SA; イエメン=YE; オマーン=OM
filler | あのさあのさ{}の首都って | カタール=QA; バーレーン=BH; クウェート=KW
filler | うーんとね{}の首都はえーどこだっけ | イラク=IQ; シリア=SY; ヨルダン=JO
filler | なんだっけほら{}の首都 | レバノン=LB; イスラエル=IL; キプロス=CY
filler | んーとそれでさ{}の首都はどこ | アゼルバイジャン=AZ; アルメニア=AM; ジョージア国=GE
filler | まあいいやとりあえず{}の首都 | トルクメニスタン=TM; タジキスタン=TJ; キルギス=KG
filler | ちょっと待ってえっと{}の首都どこだったかな | カザフスタン=KZ; ウズベキスタン=UZ; アフガニスタン=AF
filler | ごめんごめんあのね{}の首都ってどこ | パキスタン=PK; バングラデシュ=BD; スリランカ=LK
# situations
situation | 居酒屋のクイズ大会で{}の首都が出たんだけどどこ | ブータン=BT; モルディブ=MV; 東ティモール=TL
situation | クロスワードの答えが{}の首都なんだけどなに | ラオス=LA; ミャンマー=MM; ブルネイ=BN
situation | 運転中だから{}の首都だけ言って | シンガポール=SG; マレーシア=MY; インドネシア=ID
situation | ラジオで{}の話してたけど首都ってどこだったかな | パプアニューギニア=PG; ソロモン諸島=SB; バヌアツ=VU
situation | 料理しながら聞くけど{}の首都どこ | フィジー=FJ; サモア=WS; トンガ=TO
situation | 新婚旅行{}にしようか迷ってるんだけど首都どこ | パラオ=PW; ミクロネシア=FM; キリバス=KI
situation | 子どもの宿題手伝ってるんだけど{}の首都ってどこ | ツバル=TV; ナウル=NR; マーシャル諸島=MH
situation | 昼休みに聞くけど{}の首都どこだったっけ | ジャマイカ=JM; キューバ=CU; ハイチ=HT
situation | カラオケの画面に{}が出てきたけど首都どこ | バハマ=BS; バルバドス=BB; トリニダードトバゴ=TT
situation | 空港の乗り継ぎで{}経由なんだけど首都ってどこ | パナマ=PA; コスタリカ=CR; ニカラグア=NI
situation | ボランティアで{}に行く人がいるんだけど首都ってどこ | ホンジュラス=HN; エルサルバドル=SV; グアテマラ=GT
situation | 世界史のノートまとめてるんだけど{}の首都は | ベリーズ=BZ; スリナム=SR; ガイアナ=GY
situation | 切手集めてて{}の切手あるんだけど首都どこ | グレナダ=GD; セントルシア=LC; ドミニカ国=DM
situation | 寝る前にひとつだけ{}の首都ってどこ | アンティグアバーブーダ=AG; セントクリストファーネービス=KN; セントビンセントおよびグレナディーン諸島=VC
situation | ワインのラベルに{}って書いてあるけど首都は | モルドバ=MD; ジョージア国=GE; 北マケドニア=MK
situation | サッカーの試合{}とやるんだけど首都どこ | モンテネグロ=ME; アルバニア=AL; ボスニアヘルツェゴビナ=BA
situation | 旅行のパンフレットに{}ってあったけど首都は | マルタ=MT; サンマリノ=SM; リヒテンシュタイン=LI
situation | オリンピック見てて思ったんだけど{}の首都ってどこ | エストニア=EE; ラトビア=LV; リトアニア=LT
situation | 年賀状の住所{}なんだけど首都ってどこだっけ | ルクセンブルク=LU; モナコ=MC; アンドラ=AD
situation | さっきの続きで{}の首都も知りたい | スウェーデン=SE; ベラルーシ=BY; ウクライナ=UA
situation | 朝ごはん食べながら{}の首都 | ルーマニア=RO; ブルガリア=BG; セルビア=RS
# follow-ups
follow-up | ほんならバチカンはどうなん | VA
follow-up | 次はベナンっちゃ | BJ
follow-up | じゃあお隣のラオスは | LA
follow-up | ほいでタイのほうは | TH
follow-up | ついでにケニアも | KE
follow-up | ほんじゃウガンダはどこやさ | UG
follow-up | あとエクアドルもお願い | EC
follow-up | それからペルーはどうだんべ | PE
follow-up | もう一個だけいい南アフリカは | ZA
follow-up | ほなスペインのほうはどこなんけ | ES
follow-up | 続けてポルトガルはどちらかしら | PT
follow-up | ほしたらチリは | CL
follow-up | ベトナムもついでに教えて | VN
follow-up | 今度はノルウェーね | NO
follow-up | フィンランドは | FI
follow-up | ちなみにイランは | IR
follow-up | 同じ要領でトルコも | TR
follow-up | その隣のシリアは | SY
follow-up | で結局モンゴルは | MN
follow-up | じゃあ次カザフスタンいってみよう | KZ
follow-up | おんなじこと聞くけどニュージーランドは | NZ
follow-up | それとバチカン市国のも | VA
follow-up | ほんならオランダはどこやに | NL
follow-up | あとエジプトだけ教えてくれやん | EG
# plural capitals
plural-capitals | ベナンの首都って二つあるんやろどことどこ | BJ
plural-capitals | ボリビアは首都がふたつあるっちゃろ | BO
plural-capitals | ボリビアの首都って何個あるの | BO
plural-capitals | コートジボワールの首都はいくつあると | CI
plural-capitals | コートジボワールって首都がふたつあるって聞いたけどどことどこ | CI
plural-capitals | スリランカの首都を全部教えて | LK
plural-capitals | スリランカは首都がふたつあるんやさ | LK
plural-capitals | マレーシアの首都って二か所あるんだっけ | MY
plural-capitals | マレーシアの首都と行政首都を両方教えて | MY
plural-capitals | オランダの首都ってアムステルダムとハーグの二つなん | NL
plural-capitals | オランダの首都は全部でいくつあるの | NL
plural-capitals | エスワティニの首都はふたつあるんだんべ | SZ
plural-capitals | エスワティニの首都をふたつとも言って | SZ
plural-capitals | 南アフリカの首都って三つあるってほんま | ZA
plural-capitals | 南アフリカの首都を三つ全部教えてくれんね | ZA
plural-capitals | 南アフリカには首都がいくつあるのでございますか | ZA
plural-capitals | ベナンの首都を両方とも教えてくださる | BJ
plural-capitals | パレスチナの首都はふたつあるの | PS
plural-capitals | パレスチナの首都ってどことどこになっとるんやさ | PS
plural-capitals | パレスチナは首都がいくつあるっちゃ | PS
# subdivisions and territories
subdivision | カリフォルニア州の州都ってどこ | US-CA
subdivision | テキサスの州都はどこなんけ | US-TX
subdivision | ニューヨーク州の州都ってニューヨークじゃないんやろ | US-NY
subdivision | フロリダ州の州都どこだっけ | US-FL
subdivision | ハワイ州の州都はどこね | US-HI
subdivision | アラスカの州都はどこだんべ | US-AK
subdivision | ワシントン州の州都ってどこなの | US-WA
subdivision | イリノイ州の州都はシカゴじゃないの | US-IL
subdivision | ペンシルベニア州の州都教えとくれ | US-PA
subdivision | ネバダ州の州都ってラスベガスじゃないんか | US-NV
subdivision | ミシガン州の州都はどこやったかいな | US-MI
subdivision | オレゴン州の州都っちどこ | US-OR
subdivision | ケンタッキー州の州都ってどこかしら | US-KY
subdivision | ルイジアナ州の州都はどこやに | US-LA
subdivision | ユタ州の州都を教えて | US-UT
subdivision | バイエルン州の州都はどこですか | DE-BY
subdivision | ザクセン州の州都ってどこ | DE-SN
subdivision | ヘッセン州の州都はフランクフルトやなかったっけ | DE-HE
subdivision | ニーダーザクセン州の州都どこ | DE-NI
subdivision | クイーンズランド州の州都ってどこ | AU-QLD
subdivision | タスマニアの州都はどこやったろか | AU-TAS
subdivision | 西オーストラリア州の州都ってどこだっけ | AU-WA
subdivision | ケベック州の州都はどこざますか | CA-QC
subdivision | オンタリオ州の州都ってオタワじゃないよね | CA-ON
subdivision | ブリティッシュコロンビア州の州都ってバンクーバーじゃないんだよね | CA-BC
subdivision | アルバータ州の州都どこ | CA-AB
subdivision | サンパウロ州の州都はどこだっけママ | BR-SP
subdivision | バイーア州の州都ってどこ | BR-BA
subdivision | アマゾナス州の州都はどこ | BR-AM
subdivision | ハリスコ州の州都はどこですか | MX-JAL
subdivision | ユカタン州の州都ってどこ | MX-YUC
subdivision | オアハカ州の州都ってどこだっけ | MX-OAX
subdivision | ケーララ州の州都はどこ | IN-KL
subdivision | タミルナードゥ州の州都どこ | IN-TN
subdivision | マハーラーシュトラ州の州都ってどこやったっけ | IN-MH
subdivision | スコットランドの首都はどこっちゃ | GB-SCT
subdivision | 北アイルランドの首都ってどこばい | GB-NIR
subdivision | イングランドの首都はロンドンでよかったっけ | GB-ENG
territory | グリーンランドの首都ってどこだい | GL
territory | 香港の首都ってあるの | HK
territory | プエルトリコの首都はどこ | PR
territory | グアムの首都ってどこかいね | GU
territory | ニューカレドニアの首都はどこですか | NC
territory | タヒチのある仏領ポリネシアの首都ってどこ | PF
territory | 台湾の首都はどこになるの | TW
territory | コソボの首都ってどこ | XK
territory | フェロー諸島の首都はどこやさ | FO
territory | バミューダの首都ってどこ | BM
territory | マン島の首都はどこかしら | IM
territory | ケイマン諸島の首都どこ | KY
territory | 西サハラの首都とされてるのはどこ | EH
territory | ジブラルタルの首都ってあるの | GI
territory | サイパンがある北マリアナ諸島の首都は | MP
territory | クック諸島の首都ってどこやったかな | CK
territory | アルバの首都ってどこだっけ | AW
territory | キュラソーの首都はどこ | CW
# yes/no checks
yes-no-check | オーストラリアの首都ってシドニーやろ | AU
yes-no-check | カナダの首都はトロントで合っとう | CA
yes-no-check | ブラジルの首都はリオじゃないんだよね | BR
yes-no-check | トルコの首都ってイスタンブールでよかったっけ | TR
yes-no-check | スイスの首都はチューリッヒかいね | CH
yes-no-check | ニュージーランドの首都はオークランドやったかな | NZ
yes-no-check | ベトナムの首都はホーチミンじゃなくてハノイだよね | VN
yes-no-check | モロッコの首都ってカサブランカちゃうん | MA
yes-no-check | パキスタンの首都はカラチだんべ | PK
yes-no-check | ナイジェリアの首都はラゴスでいいんやさ | NG
yes-no-check | タンザニアの首都はダルエスサラームで合ってる | TZ
yes-no-check | ケニアの首都はナイロビで正解 | KE
yes-no-check | フランスの首都はパリで間違いないよね | FR
yes-no-check | イタリアの首都ってローマだっちゃ | IT
yes-no-check | エジプトの首都はカイロでしょ | EG
yes-no-check | ペルーの首都はリマでよろしくて | PE
yes-no-check | ミャンマーの首都ってヤンゴンじゃないの | MM
yes-no-check | カザフスタンの首都はアルマトイやに | KZ
yes-no-check | アメリカの首都ってニューヨークやないんけ | US
yes-no-check | 韓国の首都はソウルやんな | KR
yes-no-check | インドの首都はムンバイやったっけ | IN
yes-no-check | ドイツの首都はベルリンで合うとる | DE
yes-no-check | ポーランドの首都ってワルシャワばいね | PL
yes-no-check | ボツワナの首都はハボローネであってますか | BW
yes-no-check | エクアドルの首都はグアヤキルですかクラップ | EC
yes-no-check | ベリーズの首都ってベリーズシティじゃないのか | BZ
yes-no-check | ブルンジの首都ってブジュンブラのままなん | BI
yes-no-check | スペインの首都はバルセロナじゃないよね | ES
# self-corrections
self-correction | オーストリアの首都じゃなくてオーストラリアの首都 | AU
self-correction | スウェーデンあっ違うスイスの首都 | CH
self-correction | スロバキアやないわスロベニアの首都どこ | SI
self-correction | イランの首都いやいやイラクの首都 | IQ
self-correction | ニジェールの首都じゃなかったナイジェリアの首都 | NG
self-correction | ギニアの首都ごめんギニアビサウのほう | GW
self-correction | マリの首都あいや違ったマラウイの首都 | MW
self-correction | ラトビアちゃうわリトアニアの首都教えて | LT
self-correction | パラグアイじゃなくてウルグアイの首都っちゃ | UY
self-correction | コロンビアいや違うボリビアの首都 | BO
self-correction | モーリタニアじゃなくてモーリシャスの首都どこ | MU
self-correction | アルメニアの首都訂正アルバニアの首都 | AL
self-correction | ザンビアの首都あっガンビアの方やった | GM
self-correction | セルビアの首都あっ違ったシリアの首都 | SY
self-correction | デンマークの首都じゃなくて言い直すオランダの首都 | NL
self-correction | ハンガリーでなくてブルガリアの首都をお願い | BG
self-correction | オマーンの首都じゃないヨルダンの首都だんべ | JO
self-correction | トーゴの首都あーちゃうちゃうコンゴ共和国の首都 | CG
self-correction | カメルーンの首都じゃなくてえーっとガボンの首都 | GA
self-correction | スーダンの首都いや南スーダンのほうの首都 | SS
self-correction | ネパールの首都って言いたかったけど間違えたブータンの首都 | BT
self-correction | エストニアの首都ごめんなさいエリトリアの首都です | ER
# reverse questions
reverse-question | ナイロビってどこの国の首都 | CITY:ナイロビ
reverse-question | ウランバートルはどこの国の首都なん | CITY:ウランバートル
reverse-question | リマっちどこの首都やったかいね | CITY:リマ
reverse-question | アスンシオンってなんていう国の首都 | CITY:アスンシオン
reverse-question | ヘルシンキはどの国の首都やさ | CITY:ヘルシンキ
reverse-question | カトマンズが首都の国ってどこ | CITY:カトマンズ
reverse-question | トビリシってどこの首都だっけ | CITY:トビリシ
reverse-question | アクラはなんちゅう国の首都だっちゃ | CITY:アクラ
reverse-question | ビエンチャンってどこの国の首都なんけ | CITY:ビエンチャン
reverse-question | キャンベラはどこの首都ですか | CITY:キャンベラ
reverse-question | ハバナってどこの国の首都ですかカー | CITY:ハバナ
reverse-question | ダマスカスってどこの国の首都やに | CITY:ダマスカス
reverse-question | ウィントフックが首都なのはどこの国 | CITY:ウィントフック
reverse-question | レイキャビクってどこの国の首都だんべ | CITY:レイキャビク
reverse-question | ブダペストはどちらの国の首都でございますか | CITY:ブダペスト
reverse-question | アンタナナリボってどこの首都ね | CITY:アンタナナリボ
reverse-question | オタワが首都の国はどこ | CITY:オタワ
reverse-question | ドドマってどこの国の首都か知っとう | CITY:ドドマ
reverse-question | バクーってどこの首都 | CITY:バクー
reverse-question | モンテビデオはどこの国の首都なの | CITY:モンテビデオ
reverse-question | タシケントってなんて国の首都だっけ | CITY:タシケント
reverse-question | リュブリャナはどこの首都 | CITY:リュブリャナ
reverse-question | ワガドゥグーってどこの国の首都やったかな | CITY:ワガドゥグー
reverse-question | スバはどこの国の首都 | CITY:スバ
# official names
official-name | フランス共和国の首都はどこ | FR
official-name | ドイツ連邦共和国の首都はどこざます | DE
official-name | 大韓民国の首都どこ | KR
official-name | 朝鮮民主主義人民共和国の首都ってどこ | KP
official-name | 中華人民共和国の首都はどこですか | CN
official-name | グレートブリテンおよび北アイルランド連合王国の首都 | GB
official-name | アメリカ合衆国の首都はどこなんけ | US
official-name | ロシア連邦の首都っちどこ | RU
official-name | ベトナム社会主義共和国の首都はどこやに | VN
official-name | タイ王国の首都ってどこだっちゃ | TH
official-name | サウジアラビア王国の首都はどこ | SA
official-name | スペイン王国の首都を教えてください | ES
official-name | エジプトアラブ共和国の首都ってどこ | EG
official-name | インド共和国の首都ね | IN
official-name | ブラジル連邦共和国の首都はどこだんべ | BR
official-name | オーストリア共和国の首都ってどこやさ | AT
official-name | ネパール連邦民主共和国の首都 | NP
official-name | スイス連邦の首都ってどこ | CH
official-name | モンゴル国の首都はどこ | MN
official-name | フィリピン共和国の首都ってどこやったかいな | PH
official-name | ニュージーランドって正式名称何だっけまあいいや首都は | NZ
# everyday names
everyday-name | 米国の首都ってどこ | US
everyday-name | アメリカの首都はどこっちゃ | US
everyday-name | 英国の首都はどこでございますか | GB
everyday-name | イギリスの首都ってどこやさ | GB
everyday-name | 南アの首都ってどこ | ZA
everyday-name | ミクロネシアの首都ってどこ | FM
everyday-name | オランダってホラントとも言うけど首都は | NL
everyday-name | ニュージーの首都どこ | NZ
everyday-name | オーストラリアのことオージーって言うけど首都どこ | AU
everyday-name | 中国の首都ってどこやったっけ | CN
everyday-name | 台湾の首都ってどこばい | TW
everyday-name | 中央アフリカの首都教えて | CF
everyday-name | ボスニアの首都ってどこ | BA
everyday-name | チェコの首都はどこだい | CZ
everyday-name | 東ティモールの首都ってどこね | TL
everyday-name | パプアの首都はどこ | PG
everyday-name | マケドニアの首都はどこかいのう | MK
everyday-name | グルジアの首都はどこじゃったかな | GE
everyday-name | キルギスタンの首都ってどこ | KG
everyday-name | ベラルーシのこと白ロシアって言うてたけど首都どこかのう | BY
# shared names
shared-name | コンゴの首都ってどこ | CD+CG
shared-name | コンゴの首都はどこなんけ | CD+CG
shared-name | コンゴって首都どこやったかいね | CD+CG
shared-name | ジョージアの首都はどこだんべ | GE+US-GA
shared-name | ジョージアの首都ってどこやに | GE+US-GA
shared-name | ジョージアって首都どこ | GE+US-GA
shared-name | 朝鮮の首都はどこじゃった | KP+KR
shared-name | コリアの首都ってどこ | KP+KR
shared-name | 南北朝鮮の首都をそれぞれ教えて | KP+KR
shared-name | ドミニカの首都はどこやさ | DM+DO
shared-name | ドミニカって首都どこだっけ | DM+DO
shared-name | ヴァージン諸島の首都ってどこ | VG+VI
shared-name | アメリカのジョージア州の州都ってどこ | US-GA
shared-name | 国のほうのジョージアの首都 | GE
shared-name | コンゴ民主共和国の方の首都はどこ | CD
shared-name | コンゴ共和国のほうの首都だっちゃ | CG
shared-name | 北朝鮮の首都ってどこだっけ | KP
shared-name | ドミニカ共和国の首都はどこですか | DO
shared-name | カリブ海のドミニカ国の首都ってどこ | DM
shared-name | 英領ヴァージン諸島の首都はどこ | VG
shared-name | 米領ヴァージン諸島の首都ってどこ | VI
shared-name | ジョージア州の州都を教えとくれ | US-GA
# help
help | これどうやって使うんか教えちゃって | HELP
help | なにを聞いたらいいんかわからんちゃ | HELP
help | 使い方ば教えてくれんね | HELP
help | どげんしたらいいとかわからんばい | HELP
help | このスキルなにができるんやさ | HELP
help | どう聞いたらええんか教えとくれ | HELP
help | 聞き方がわからへんねんけど | HELP
help | どない言うたらええんけ | HELP
help | なんて言えばいいんだんべ | HELP
help | 使い方がさっぱりわからんだっちゃ | HELP
help | どうしたらええんかわからへんもんで教えてくれやん | HELP
help | 使い方を教えていただけますかしら | HELP
help | どのように質問すればよろしいのでございますか | HELP
help | つかいかたおしえてください分からないです | HELP
help | これは何をするアプリですかクラップ | HELP
help | ヘルプお願いしますなにをいえばいい | HELP
help | どうやってあそぶの | HELP
help | ねえこれなにするやつ | HELP
help | 説明してくれ使い方 | HELP
help | 何を言えば答えてくれるのか例を教えて | HELP
help | 聞ける国って何があるの使い方も教えて | HELP
help | 最初からやり方を説明して | HELP
help | どういう質問に答えられるの | HELP
help | 遊び方がわからないよ | HELP
help | ヘルプ見せて | HELP
# stop
stop | もうええっちゃやめちゃって | STOP
stop | もうよかばいおしまい | STOP
stop | もうええわ終わりやさ | STOP
stop | もうええしやめとくれ | STOP
stop | もうええからやめてんか | STOP
stop | もういいやめるべえ | STOP
stop | もうええでやめてくれやん | STOP
stop | もう結構でございますわ | STOP
stop | これでおしまいにしてちょうだい | STOP
stop | おわりますありがとうございましたクラップ | STOP
stop | ストップしてください | STOP
stop | もうおわりにする | STOP
stop | 黙って | STOP
stop | はい終了 | STOP
stop | もう寝るから止めて | STOP
stop | スキル終わらせて | STOP
stop | ありがとうもう十分だよ | STOP
stop | 今日はここまでにしとく | STOP
stop | うるさいからもう止まって | STOP
stop | 世界の首都を終了 | STOP
stop | 止めちゃって | STOP
stop | 終わりでいいけん | STOP
stop | もういいです終わってください | STOP
stop | 勉強終わりやめよう | STOP
stop | 閉じて | STOP
# cancel
cancel | やっぱいいっちゃキャンセル | CANCEL
cancel | 今のなしにしてくれんね | CANCEL
cancel | さっきのは取り消しやさ | CANCEL
cancel | 今のはなかったことにしてんか | CANCEL
cancel | いまのやめだんべ取り消し | CANCEL
cancel | やっぱりやめとくわキャンセルで | CANCEL
cancel | それ取り消してくれやん | CANCEL
cancel | ただいまの質問は取り消しでお願いいたします | CANCEL
cancel | キャンセルしますクラップ | CANCEL
cancel | いまのまちがいキャンセルください | CANCEL
cancel | いまのなし | CANCEL
cancel | 取り消しで | CANCEL
cancel | キャンセルキャンセル | CANCEL
cancel | あっ今のはキャンセルして | CANCEL
cancel | 質問取り消す | CANCEL
cancel | やっぱ聞くのやめた | CANCEL
cancel | それはいいやキャンセル | CANCEL
cancel | 言い間違えたから今のは取り消して | CANCEL
cancel | 今のは無視して | CANCEL
cancel | やめやめ取り消し | CANCEL
cancel | さっきのお願いキャンセルでいいけん | CANCEL
cancel | いまのききまちがいだからなしね | CANCEL
cancel | キャンセルでお願いします | CANCEL
# launch
launch | 世界の首都開いちゃって | LAUNCH
launch | 世界の首都ば開いてくれんね | LAUNCH
launch | 世界の首都つけとくれ | LAUNCH
launch | 世界の首都開けてんか | LAUNCH
launch | 世界の首都起動してくんない | LAUNCH
launch | 世界の首都を開いてくれやん | LAUNCH
launch | 世界の首都を起動してくださる | LAUNCH
launch | 世界の首都をひらいてくださいクラップ | LAUNCH
launch | せかいのしゅとひらいて | LAUNCH
launch | 世界の首都のスキル開いて | LAUNCH
launch | 世界の首都スタート | LAUNCH
launch | 世界の首都で遊ぶ | LAUNCH
launch | 世界の首都呼んで | LAUNCH
launch | 世界の首都スキル使いたい | LAUNCH
launch | 世界の首都やろう | LAUNCH
launch | 世界の首都を立ち上げて | LAUNCH
launch | 世界の首都につないで | LAUNCH
launch | 世界の首都お願い | LAUNCH
# one-shot
one-shot | 世界の首都でフランスの首都を聞いちゃって | FR
one-shot | 世界の首都でケニアの首都ば教えて | KE
one-shot | 世界の首都に聞いてスペインの首都 | ES
one-shot | 世界の首都でカナダの首都はどこかって聞いて | CA
one-shot | 世界の首都を開いてペルーの首都教えて | PE
one-shot | 世界の首都に聞いてくんないタイの首都 | TH
one-shot | 世界の首都でチリの首都やさ | CL
one-shot | 世界の首都でバチカンの首都を調べて | VA
one-shot | 世界の首都でエジプトの首都を尋ねてくださる | EG
one-shot | 世界の首都でモロッコの首都ってどこか聞いてくれやん | MA
one-shot | 世界の首都に韓国の首都聞いてんか | KR
one-shot | 世界の首都でベトナムの首都はどこ | VN
# recognition artefacts
asr-artefact | ちりの首都はどこ | CL
asr-artefact | いらんの首都ってどこ | IR
asr-artefact | とるこの首都 | TR
asr-artefact | ヴェネズエラの首都はどこ | VE
asr-artefact | ボツワナーの首都ってどこ | BW
asr-artefact | ルーマニヤの首都ってどこ | RO
asr-artefact | ガーナーの首都はどこ | GH
asr-artefact | カタールーの首都どこ | QA
asr-artefact | ヴァチカンの首都ってあるの | VA
asr-artefact | ギリシアの首都はどこ | GR
asr-artefact | ウズベキスタンの首都ってどこだっけしゅと | UZ
asr-artefact | マレーシヤの首都どこ | MY
asr-artefact | エチオピアの主都はどこ | ET
asr-artefact | スエーデンの首都ってどこ | SE
asr-artefact | ブルガリヤの首都は | BG
asr-artefact | ハンガリアの首都ってどこ | HU
asr-artefact | アラブ首長国連邦のしゅとってどこ | AE
# out-of-domain: other requests in the speakers' voices
out-of-domain | 小倉の祇園太鼓っていつからやったかいね | FB
out-of-domain | 門司港のレトロ地区まで何分かかる | FB
out-of-domain | 焼きうどんの作り方教えちゃって | FB
out-of-domain | 明日の北九州の天気どうなっとう | FB
out-of-domain | 製鉄所の夜勤何時からやったっけ | FB
out-of-domain | 柳川の川下りの予約しといてくれんね | FB
out-of-domain | うなぎのせいろ蒸しの値段いくらね | FB
out-of-domain | 久留米ラーメンの美味しか店教えて | FB
out-of-domain | 有明海の潮の時間は | FB
out-of-domain | 高山祭の屋台の曳き揃えいつやさ | FB
out-of-domain | 飛騨牛の朝市ってなんじからやった | FB
out-of-domain | 白川郷まで車でどれくらいかかるんやさ | FB
out-of-domain | さるぼぼの赤い色の意味教えとくれ | FB
out-of-domain | 姫路城の入場料なんぼなんけ | FB
out-of-domain | 姫路おでんって生姜醤油かけるんやったっけ | FB
out-of-domain | 書写山のロープウェイ何時までやっとう | FB
out-of-domain | 灘のけんか祭りの日程教えてんか | FB
out-of-domain | 秩父夜祭の花火何時からだんべ | FB
out-of-domain | わらじかつ丼の店やってっかい | FB
out-of-domain | 長瀞のライン下り混んでるかい | FB
out-of-domain | 芝桜もう咲いてるべか | FB
out-of-domain | 天橋立の股のぞきってどこでやるんだっちゃ | FB
out-of-domain | 丹後ちりめんの着物の値段 | FB
out-of-domain | 伊根の舟屋に泊まれるところある | FB
out-of-domain | 四日市の工場夜景ツアーの予約したいんやけど | FB
out-of-domain | 四日市とんてきのタレの作り方 | FB
out-of-domain | 近鉄の次の急行何分やに | FB
out-of-domain | なばなの里のイルミネーションいつまでやんか | FB
out-of-domain | 明日のお茶のお稽古のお菓子を注文してちょうだい | FB
out-of-domain | 麻布十番のお蕎麦屋さんは何時までかしら | FB
out-of-domain | 宅配便の再配達をお願いしたいのでございますが | FB
out-of-domain | タイ語で首都ってなんて言いますか | FB
out-of-domain | 日本語の敬語の使い方教えてくださいクラップ | FB
out-of-domain | ハラール肉の卸売りの電話番号 | FB
out-of-domain | 在留カードの更新はどこでしますか | FB
out-of-domain | ウクライナ語で話してください | FB
out-of-domain | ジャパニーズのホームワーク手伝って | FB
out-of-domain | 漫画の新刊の発売日教えて | FB
out-of-domain | 来週のシフト何曜日やったかな | FB
out-of-domain | 介護の記録の書き方を教えて | FB
out-of-domain | ペルー料理のロモサルタードのレシピ | FB
out-of-domain | ピラミッドは何年前にできたの | FB
out-of-domain | ポーランドのお菓子の作り方教えて | FB
out-of-domain | アニメの主題歌かけて | FB
out-of-domain | きょうはなんようび | FB
out-of-domain | くまさんのうたうたって | FB
out-of-domain | おやすみなさいのおはなしして | FB
out-of-domain | ぞうさんのはなはなんでながいの | FB
out-of-domain | 推しの誕生日まであと何日 | FB
out-of-domain | 数学の宿題の答え教えて | FB
out-of-domain | テスト範囲どこまでだっけ | FB
out-of-domain | 流行ってる曲流して | FB
out-of-domain | 年金の振り込み日はいつじゃ | FB
out-of-domain | 血圧の薬は食後に飲むんかのう | FB
out-of-domain | 相撲の結果を教えてくれ | FB
out-of-domain | 演歌の北島三郎かけておくれ | FB
out-of-domain | 十分のタイマーかけて | FB
out-of-domain | 電気消して | FB
out-of-domain | ニュース読んで | FB
out-of-domain | 一ドル何円 | FB
out-of-domain | 買い物リストに牛乳入れといて | FB
out-of-domain | 明日の朝六時に起こして | FB
out-of-domain | 為替レート教えて | FB
out-of-domain | 近くのコンビニどこ | FB
out-of-domain | 面白い話して | FB
out-of-domain | しりとりしよう | FB
# out-of-domain: near misses
out-of-domain | 福岡県の県庁所在地ってどこやったかいね | FB
out-of-domain | 岐阜県の県庁所在地はどこやさ | FB
out-of-domain | 兵庫県の県庁所在地って神戸やんな | FB
out-of-domain | 埼玉県の県庁所在地はさいたま市だんべ | FB
out-of-domain | 三重県の県庁所在地って四日市やなかったっけ | FB
out-of-domain | 京都府の府庁所在地はどこだっちゃ | FB
out-of-domain | 日本の昔の都ってどこがあった | FB
out-of-domain | 平城京と平安京はどっちが先 | FB
out-of-domain | 首都圏の人口ってどれくらい | FB
out-of-domain | 首都高の渋滞情報教えて | FB
out-of-domain | 首都大学東京って今なんて名前 | FB
out-of-domain | 首都直下地震の確率どれくらい | FB
out-of-domain | キャピタルゲインの税金ってどうなる | FB
out-of-domain | ベンチャーキャピタルってなに | FB
out-of-domain | キャピタル東急ホテルの予約 | FB
out-of-domain | 首都機能移転の話ってどうなったん | FB
out-of-domain | 世界で一番人口が多い首都はどこ | FB
out-of-domain | 首都の英語のスペル教えて | FB
out-of-domain | 首都ってどういう意味 | FB
out-of-domain | 九州の首都ってどこやと思う | FB
out-of-domain | 関西の首都はどこやねんって話 | FB
out-of-domain | 秩父の首都ってどこになるんだんべ | FB
out-of-domain | 飛騨の都ってどこやさ | FB
out-of-domain | ヨーロッパの首都はどこ | FB
out-of-domain | アフリカの首都ってどこ | FB
out-of-domain | 南米の首都教えて | FB
out-of-domain | 東南アジアの首都ってどこになるの | FB
out-of-domain | 中東の首都はどこ | FB
out-of-domain | ソビエト連邦の首都はどこじゃった | FB
out-of-domain | 東ドイツの首都ってどこやったかいな | FB
out-of-domain | オスマン帝国の首都はどこじゃ | FB
out-of-domain | ローマ帝国の首都はどこ | FB
out-of-domain | 満州国の首都はどこじゃったかのう | FB
out-of-domain | ユーゴスラビアの首都はどこだったかしら | FB
out-of-domain | チェコスロバキアの首都ってどこ | FB
out-of-domain | アトランティスの首都はどこ | FB
out-of-domain | ワンピースのアラバスタ王国の首都 | FB
out-of-domain | ナルニア国の首都ってどこ | FB
out-of-domain | 月の首都ってどこ | FB
out-of-domain | 火星に首都ってあるの | FB
out-of-domain | 北海道の道庁所在地 | FB
out-of-domain | 大阪は日本の第二の首都なん | FB
out-of-domain | 京都が首都やった時代っていつまで | FB
out-of-domain | 東京が首都になったのはいつ | FB
out-of-domain | シベリアの首都ってどこ | FB
out-of-domain | カリブ海の首都ってどこ | FB
out-of-domain | 首都の人口ランキング教えて | FB
out-of-domain | 首都の名前しりとりしよう | FB
out-of-domain | 首都ってなんで首の字を使うの | FB
out-of-domain | スコットランドの一番大きい町はどこ | FB
out-of-domain | ブラジルで一番人口が多い都市は | FB
out-of-domain | アメリカで一番大きな都市はどこ | FB
out-of-domain | オーストラリアの国旗の星はいくつ | FB
out-of-domain | ケニアの公用語は何 | FB
out-of-domain | フランスの通貨は何 | FB
out-of-domain | インドの人口は何人 | FB
out-of-domain | タイと日本の時差は何時間 | FB
out-of-domain | イタリアまで飛行機で何時間 | FB
out-of-domain | ペルーの国歌を流して | FB
out-of-domain | 中国の一番長い川は | FB
out-of-domain | エジプトの首都の天気は | FB
out-of-domain | ロンドンの今の時間は | FB
out-of-domain | パリ行きの航空券探して | FB
out-of-domain | キャピタルってカードゲームのやり方 | FB
out-of-domain | 首都を当てるクイズの問題作って | FB
out-of-domain | 大文字のことをキャピタルレターって言うの | FB
out-of-domain | 首都の駅から空港までの行き方 | FB
out-of-domain | 首都の反対語ってある | FB
# second batch: longer lines in the speakers' voices
dialect-kitakyushu | うちの息子が{}に出張っち言いよるけど首都どこなん | ドイツ=DE; ポーランド=PL; チェコ=CZ
dialect-kitakyushu | {}の首都っちゃどこやったか思い出せんちゃ | 中国=CN; 台湾=TW; モンゴル=MN
dialect-kitakyushu | 小倉の駅で{}の旅行者に道聞かれたけど首都どこかいな | ベトナム=VN; タイ=TH; フィリピン=PH
dialect-chikugo | 掘割ん舟に{}のお客さん乗っとらしたけん首都ば知りたか | 台湾=TW; 韓国=KR; シンガポール=SG
dialect-chikugo | {}の首都はどこやったかねえ知っとるね | フランス=FR; スペイン=ES; ポルトガル=PT
dialect-hida | 朝市に{}の人がおったもんで首都聞いてみたいんやさ | イタリア=IT; スイス=CH; オーストリア=AT
dialect-hida | {}の首都ってどこやったかいな思い出せんのやさ | イスラエル=IL; トルコ=TR; ギリシャ=GR
dialect-banshu | 姫路城に{}から団体さん来とうねんけど首都どこなん | フランス=FR; ドイツ=DE; イギリス=GB
dialect-banshu | {}の首都ごっつい気になるんやけど教えてや | アメリカ=US; カナダ=CA; オーストラリア=AU
dialect-chichibu | {}の首都ってどこだったかなあ知ってっかい | インド=IN; ネパール=NP; スリランカ=LK
dialect-chichibu | 秩父に{}の観光客がいっぺえ来てっけど首都どこだい | 台湾=TW; タイ=TH; マレーシア=MY
dialect-tango | {}の首都ってどこだったけ教えてごせ | ロシア=RU; ウクライナ=UA; ベラルーシ=BY
dialect-tango | ちりめん買いに{}の人が来なったけど首都はどこだっちゃ | イタリア=IT; フランス=FR; ベルギー=BE
dialect-hokusei | {}の首都ってどこやったっけなあ忘れてまったわ | ブラジル=BR; ペルー=PE; アルゼンチン=AR
dialect-hokusei | 工場に{}から技術者来とるんやけど首都どこなん | サウジアラビア=SA; カタール=QA; クウェート=KW
elder-yamanote | 主人が昔{}に駐在しておりましたの首都はどちらでしたかしら | イギリス=GB; オランダ=NL; ベルギー=BE
elder-yamanote | {}の首都のお名前を伺ってもよろしくて | スウェーデン=SE; デンマーク=DK; フィンランド=FI
learner | 私はバングラデシュから来ました{}の首都はどこですか | インド=IN; ネパール=NP; パキスタン=PK
learner | 介護の仕事のあとで勉強します{}の首都を教えて | ミャンマー=MM; ラオス=LA; カンボジア=KH
learner | {}の首都わたしよくしらないおしえて | ウズベキスタン=UZ; カザフスタン=KZ; タジキスタン=TJ
learner | すみません日本語まだへたです{}の首都はどこでしょう | エジプト=EG; リビア=LY; スーダン=SD
learner | {}のキャピタル日本語でなんといいますか | ポーランド=PL; リトアニア=LT; ドイツ=DE
heritage | ロサンゼルスのグランマが{}の首都知りたいって言ってるの | メキシコ=MX; グアテマラ=GT; エルサルバドル=SV
heritage | バンクーバーの学校で習ったけど{}の首都どこだったっけ | 中国=CN; 韓国=KR; 日本=JP
heritage | ロンドンに住んでるけど{}の首都ってどこかわかんない | アイルランド=IE; ポルトガル=PT; ノルウェー=NO
teen | {}の首都まじで出てこないんだけどどこ | ケニア=KE; ナイジェリア=NG; ガーナ=GH
child | {}のしゅとってとおいの | かたーる=QA; ちゅにじあ=TN; ぱなま=PA
subdivision | バーデンヴュルテンベルク州の州都はどこ | DE-BW
subdivision | ノルトラインヴェストファーレン州の州都ってデュッセルドルフやったかな | DE-NW
subdivision | ハンブルク州の州都ってハンブルクでいいの | DE-HH
subdivision | ビクトリア州の州都ってメルボルンで合っとう | AU-VIC
subdivision | ニューサウスウェールズ州の州都どこなん | AU-NSW
subdivision | マサチューセッツ州の州都はボストンだったかな | US-MA
subdivision | コロラド州の州都ってどこだんべ | US-CO
subdivision | アリゾナ州の州都はどこやに | US-AZ
subdivision | テネシー州の州都ってどこやったっけ | US-TN
subdivision | ミネソタ州の州都はどこですかクラップ | US-MN
subdivision | リオグランデドスル州の州都ってどこだっけママ | BR-RS
subdivision | パラナ州の州都はどこだったっけ | BR-PR
subdivision | ラージャスターン州の州都はどこ | IN-RJ
subdivision | 西ベンガル州の州都ってどこですか | IN-WB
subdivision | ヌエボレオン州の州都ってどこ | MX-NLE
subdivision | ウェールズの首都ってどこやったかいな | GB-WLS
territory | マカオの首都ってどこになるの | MO
territory | レユニオンの首都はどこだっけ | RE
territory | ニウエの首都ってどこ | NU
territory | 南極に首都ってあるのかな | AQ
territory | グアドループの首都はどこですか | GP
territory | フォークランド諸島の首都はどこかしら | FK
territory | タークスカイコス諸島の首都はどこ | TC
territory | 米領サモアの首都ってどこ | AS
shared-name | コンゴって国ふたつあるけど首都どこ | CD+CG
shared-name | ジョージアって首都はどこなんけ | GE+US-GA
shared-name | 朝鮮半島の国の首都を教えて | KP+KR
shared-name | ドミニカの首都どこやったかいね | DM+DO
shared-name | 黒海のほうのジョージアって国の首都はどこ | GE
stop | もうよかけんやめといて | STOP
stop | もうええやさおしまいにしよ | STOP
stop | 今日はもうしまいにしてんか | STOP
stop | おしまいだんべもういいよ | STOP
stop | もうお休みしたいのでおしまいにしてくださる | STOP
stop | もういいですおわりですカー | STOP
stop | あれくさもういいよばいばい | STOP
stop | 夜勤いくでもう止めといてくれやん | STOP
stop | 終わりにしてちょ | STOP
stop | クイズやめる | STOP
cancel | いや今のは違うけん取り消しちゃって | CANCEL
cancel | やっぱやめたそれキャンセルしといてんか | CANCEL
cancel | いまの質問なしにしてくんない | CANCEL
cancel | ちょっと待ってさっきのキャンセルやさ | CANCEL
cancel | 今のはなしですすみません | CANCEL
cancel | 間違えましたから今のは取り消してくださいな | CANCEL
cancel | やっぱ聞かんでええわ取り消しといて | CANCEL
launch | 世界の首都ちゅうの開いてみて | LAUNCH
launch | 世界の首都つけてくんない | LAUNCH
launch | アレクサ世界の首都を開きなれ | LAUNCH
launch | 世界の首都開いてごせ | LAUNCH
launch | 世界の首都を呼び出してちょうだい | LAUNCH
launch | 世界の首都をはじめてくださいクラップ | LAUNCH
launch | 世界の首都で勉強したいけん開いて | LAUNCH
launch | 世界の首都のクイズ開いてくれる | LAUNCH
help | 困ったわどう使えばよろしいのかしら | HELP
help | 何聞けばいいんかちょっと教えてや | HELP
help | これ何ば聞いてよかと | HELP
help | どうやって聞けばいいかわからないからヘルプして | HELP
out-of-domain | 小倉城の桜の開花状況は | FB
out-of-domain | 皿倉山のケーブルカー何時まで動いとう | FB
out-of-domain | 柳川の鍋料理のお店予約したいばい | FB
out-of-domain | 飛騨高山の古い町並みの駐車場どこやさ | FB
out-of-domain | 姫路のアーモンドトースト売っとう店 | FB
out-of-domain | 秩父鉄道のエスエル何時に出るんだい | FB
out-of-domain | 舞鶴の肉じゃがの作り方だっちゃ | FB
out-of-domain | 鈴鹿サーキットのチケット取ってくれやん | FB
out-of-domain | 国会議事堂の見学の申し込み方 | FB
out-of-domain | 首都のことを英語でキャピタルって言うのなんで | FB
out-of-domain | 昔の韓国の首都の漢城って今のどこ | FB
out-of-domain | 日本の首都を大阪にする案って本当にあったの | FB
"""

if __name__ == "__main__":
    build_round(35, "ja", LINES, sys.argv, "tests/Eval/ja/round35/source/build_corpus.py")
