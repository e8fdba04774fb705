"""Round 56, Japanese (ja-JP): a new author's own mix, written blind in the sixty-second session (brief WRITER70.md), for
this session's tuner.
Chosen apart from the groups round 55's docstring names for itself (Koshu, Omi, Banshu, Senshu, Mikawa, Shonan and
Yokohama; a Cambodian agricultural trainee, a Kenyan ekiden runner, a Polish music-college student, an Egyptian Arabic
teacher and an Indian IT engineer; a hard-of-hearing grandfather, an ojousama, a former-yankee father and someone half
asleep; a coffee roaster, a sushi counter, a hair salon, a passport centre, a homestay family, an FX trader, a temple
priest, a tour-bus guide, a wine shop, a kendo dojo, a Model UN club and a newspaper round), for round 54 (Yamagata,
Morioka, Gunma, Ise, Izumo, Sanuki, Kitakyushu, Tokyo shitamachi, Gifu; an Uzbek student, a Bangladeshi curry-shop
cook, a Ukrainian evacuee, a Mexican salsa teacher and an Australian working-holiday maker; an elementary-school girl,
an old shogi player, a VTuber fan, a mother feeding a baby at night, a drunk salaryman and a manzai straight man; the
Rugby World Cup, a sake brewery's exports, a long-haul truck driver, a ferry, a currency-exchange counter, a tea
ceremony with foreign guests, an origami class, a convenience-store night shift, a coin collector, a geography podcast
and an international-marriage agency), for round 53 (Ibaraki, Shizuoka, Kanazawa, Okayama, Iyo, Sendai, Nagasaki,
Niigata, Kumamoto; a Thai student, a Peruvian Nikkei factory worker, a Myanmar care worker, a Turkish kebab-shop owner
and a German exchange student; a middle-school boy, a gyaru, a golfing company president and a stay-at-home dad; a sumo
broadcast, the Olympic opening parade, a post-office counter, an administrative scrivener's visa papers, a care home, a
cabin-crew member, a ramen shop, a school-trip plan, a world-map jigsaw, the World Heritage exam, a pen pal, a deep-sea
fisherman and a Caribbean cruise), for round 52 (Tsugaru, Akita, Nagoya, Hiroshima, Tosa, Okinawa, Kagoshima, Hokkaido,
Kyoto; a Filipino nurse, a Chinese technical intern, an Indonesian fishing-boat trainee, an American ALT and a Sri
Lankan used-car exporter; a university gamer, an elderly rice farmer, an engineer mixing English terms and a
kindergarten teacher; a TV quiz show, a crossword, a hotel front desk, a trading company's shipping desk, a cram-school
teacher, an online game, a library reference desk, the World Baseball Classic, a hospital waiting room and a ham-radio
operator), for round 51 (Kobe, Fukui, Saga, Oita, Tottori, Nara, Tochigi, Kawachi; Vietnamese, Japanese-Brazilian,
Nepali, Korean, French and Mongolian learners; a high-school girl, a retired principal, business keigo, a returnee
child; exam cramming, a taxi, the World Cup, a travel agency, an izakaya quiz, a cooking class, airport check-in,
karaoke, stamps, a summer project) and for round 50 (Tokushima, Shinshu, Aizu, Wakayama, Hakata, Yamaguchi, Miyazaki,
Toyama; Italian, Ghanaian, Kazakh, British, Lao and Swedish learners; net slang, a bilingual family, a grandmother, a
preschooler; flag cards, banknotes, a marathon, a car trip, the news, a morning assembly, an escape room, mahjong, a
security guard, a flower shop).
Regions: Nanbu, Hachinohe ("だすけ", "けろ", "わがんね", "どごだ"; squid boats, the morning market, enburi), Boso, Chiba
("だっぺ", "ごじゃっぺ", "知ってっぺか"; Narita, Choshi's fishing port, Kujukuri surfers, peanuts), Chichibu, Saitama
("だんべ", "おっかねえ", "くんな"; the night festival, the mountains), Chikugo, Kurume ("ばい", "ね", "くれんね",
"やったかいな"; the tyre factory's trainees), Bingo, Fukuyama ("じゃけえ", "つかあさい", "言うてみい"; shipyards,
steel, the rose festival), Sado island ("だっちゃ", "っちゃ"; the crested ibis, taiko, the gold mine) and Tama,
Hachioji ("だし", "まじで"; Mount Takao, university students).
Migrants and learners: a Pakistani halal-grocery owner ("ジー", "シュクリヤ", "マーシャーアッラー"), an Iranian Persian
teacher ("サラーム", "メルシー", "ホダーハーフェズ"), a Finnish design student ("モイ", "キートス"), a Nigerian musician
("オガ", "ウェティン", "ブラザー") and a Taiwanese working-holiday maker ("ハオ", "シェシェ").
Age and manner: a job-hunting student in stiff keigo ("恐れ入りますが", "存じます", "ご教示"), a shy stammerer ("あの",
"えっと", "しゅ首都"), an otaku in samurai speech ("拙者", "ござる", "かたじけない", "いずこ"), a great-grandmother born in
Taisho ("わたくし", "ございましょう", "冥土の土産") and someone with a head cold ("ずびっ", "はっくしょん", "鼻声").
Situations: an onsen ryokan's front desk, a rakugo storyteller, a yakitori stall, a driving school, a dentist's waiting
room, a university mountaineering club, a moving company, a hundred-yen shop, a sento, an astronomy club, a Koshien
cheering section, a konkatsu party and a freelance translator.
Nearly every line starts with アレクサ; the follow-up lines, said inside a session, do not. Every line was typed by
hand as one whole utterance; frames carry up to three fills.
Built by round12_hinl_corpus.py (build_round with round 56's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# 複数の首都
plural-capitals | アレクサ{}の首都ってなんぼあるんだすけ全部言ってけろ | 南アフリカ=ZA; ボリビア=BO; オランダ=NL
plural-capitals | アレクサ{}の首都を二つとも教えてほしいっぺ | マレーシア=MY; ベナン=BJ; スリランカ=LK
plural-capitals | アレクサ{}の首都どっちもおせてくんねえかい | エスワティニ=SZ; コートジボワール=CI; 南アフリカ=ZA
plural-capitals | アレクサ{}の首都は複数あると伺いましたがすべてお教えいただけますか | ボリビア=BO; オランダ=NL; マレーシア=MY
plural-capitals | アレクサ{}の首都を全部並べてみて | ベナン=BJ; スリランカ=LK; エスワティニ=SZ
plural-capitals | アレクサ{}の首都は一つじゃないけんどれとどれか言うて | コートジボワール=CI; ボリビア=BO; 南アフリカ=ZA
plural-capitals | アレクサ拙者{}の首都を両方知りたいでござる | オランダ=NL; マレーシア=MY; ベナン=BJ
plural-capitals | アレクサ{}のふたつの首都の名前 | スリランカ=LK; エスワティニ=SZ; コートジボワール=CI
plural-capitals | アレクサ{}の首都ってどこどこやったっけ全部 | 南アフリカ=ZA; オランダ=NL; ボリビア=BO
plural-capitals | アレクサ{}は首都がいくつもあるってほんとそれぞれ教えて | マレーシア=MY; ベナン=BJ; スリランカ=LK
plural-capitals | アレクサ{}の首都ぜーんぶ | エスワティニ=SZ; コートジボワール=CI; マレーシア=MY
plural-capitals | アレクサ南アフリカの三つの首都を言ってみ | ZA
plural-capitals | アレクサオランダの首都アムステルダムとハーグどっちも首都なの両方教えて | NL
plural-capitals | アレクサボリビアの首都ってスクレとあともう一個どこだっけ両方 | BO
plural-capitals | アレクサマレーシアの首都とプトラジャヤの関係も含めて首都全部教えて | MY
# 下位区分
subdivision | アレクサ{}の州都ってどこだすけ | カリフォルニア州=US-CA; テキサス州=US-TX; バイエルン州=DE-BY
subdivision | アレクサ{}の州都を教えてけろ | オンタリオ州=CA-ON; クイーンズランド州=AU-QLD; ハワイ州=US-HI
subdivision | アレクサ{}の中心都市はどこだっぺ | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | アレクサ{}の州都ってなんて町だんべ | ミネソタ州=US-MN; ネバダ州=US-NV; ケンタッキー州=US-KY
subdivision | アレクサ{}の州都はどこなんね | ケベック州=CA-QC; アルバータ州=CA-AB; タスマニア州=AU-TAS
subdivision | アレクサ{}の州都ってどこっちゃ | サンパウロ州=BR-SP; アマゾナス州=BR-AM; バイーア州=BR-BA
subdivision | アレクサ{}の州都どこじゃけえ | ケーララ州=IN-KL; マハーラーシュトラ州=IN-MH; 西ベンガル州=IN-WB
subdivision | アレクサ{}の州都を知りたいでござる | ハリスコ州=MX-JAL; ユカタン州=MX-YUC; オアハカ州=MX-OAX
subdivision | アレクサ{}の州都を恐れ入りますが教えていただけますか | ニューヨーク州=US-NY; フロリダ州=US-FL; ワシントン州=US-WA
subdivision | アレクサ{}の州都 | ザクセン州=DE-SN; ヘッセン州=DE-HE; ニーダーザクセン州=DE-NI
subdivision | アレクサ{}の首府ってどこ | イングランド=GB-ENG; グリーンランド=GL; プエルトリコ=PR
subdivision | アレクサ{}の県庁所在地ってどこ | 青森県=FB; 千葉県=FB; 埼玉県=FB
subdivision | アレクサ{}の省都はどこですか | 広東省=FB; 四川省=FB; 雲南省=FB
subdivision | アレクサ{}の州都ってどこなの | カタルーニャ州=FB; トスカーナ州=FB; 京畿道=FB
subdivision | アレクサアラスカの州都ってアンカレッジじゃないんだよねどこ | US-AK
subdivision | アレクサアメリカのジョージア州の州都は | US-GA
subdivision | アレクサブリティッシュコロンビア州の州都ってバンクーバーだっけ | CA-BC
subdivision | アレクサ北海道の道庁所在地はどこ | FB
subdivision | アレクサ八戸がある県の県庁所在地はどこだすけ | FB
subdivision | アレクサ沖縄県の県庁所在地 | FB
subdivision | アレクサ香港の中心ってどこになるの | HK
subdivision | アレクサグアムの首都どこ | GU
subdivision | アレクサテネシー州の州都はナッシュビルで合ってる | US-TN
subdivision | アレクサペンシルベニア州の州都ってフィラデルフィアじゃないの | US-PA
subdivision | アレクサデリーの首都的な都市は | IN-DL
# 天気など
out-of-domain | アレクサ八戸の明日の天気 | FB
out-of-domain | アレクサイカの刺身に合う酒なに | FB
out-of-domain | アレクサ三分のタイマーかけて | FB
out-of-domain | アレクサ演歌かけて | FB
out-of-domain | アレクサ東京の人口って何人 | FB
out-of-domain | アレクサパリの人口はどれくらい | FB
out-of-domain | アレクサ北京とソウルの時差は | FB
out-of-domain | アレクサワシントンまで飛行機で何時間 | FB
out-of-domain | アレクサアフリカの首都ってどこ | FB
out-of-domain | アレクサヨーロッパの首都はどこ | FB
out-of-domain | アレクサ南極大陸の首都 | FB
out-of-domain | アレクサ銚子の潮見表教えてっぺ | FB
out-of-domain | アレクサ秩父夜祭はいつだんべ | FB
out-of-domain | アレクサ今日の久留米の最高気温は | FB
out-of-domain | アレクサ佐渡汽船の時刻表 | FB
out-of-domain | アレクサ福山のバラ祭りいつじゃ | FB
out-of-domain | アレクサ電気消して | FB
out-of-domain | アレクサ明日の朝六時に起こして | FB
out-of-domain | アレクサ買い物リストに牛乳入れて | FB
out-of-domain | アレクサ今何時 | FB
out-of-domain | アレクサ面白い話して | FB
out-of-domain | アレクサ円相場いくら | FB
out-of-domain | アレクサローマの一番大きい教会は | FB
out-of-domain | アレクサカイロって何語話すの | FB
out-of-domain | アレクサロンドンの天気どう | FB
out-of-domain | アレクサ世界で一番大きい国は | FB
out-of-domain | アレクサ世界で一番人口が多い首都は | FB
out-of-domain | アレクサ首都って英語でなんて言うの | FB
out-of-domain | アレクサ日本の首都を移転する話ってどうなった | FB
out-of-domain | アレクサ東京タワーの高さ | FB
out-of-domain | アレクサ音量下げて | FB
out-of-domain | アレクサ静かにして | FB
out-of-domain | アレクサ羊が何匹か数えて | FB
out-of-domain | アレクサ温泉の効能教えて | FB
out-of-domain | アレクサ近くの歯医者 | FB
out-of-domain | アレクサ落語のシーディーかけて | FB
out-of-domain | アレクサ焼き鳥のタレの作り方 | FB
out-of-domain | アレクサ富士山の標高は | FB
out-of-domain | アレクサ引っ越しの見積もりって何日前にすればいい | FB
out-of-domain | アレクサ百均って何時まで開いてる | FB
out-of-domain | アレクサ銭湯の入り方教えて | FB
out-of-domain | アレクサ甲子園の結果 | FB
out-of-domain | アレクサ今夜の星空見える | FB
out-of-domain | アレクサ仮免って何点で合格 | FB
out-of-domain | アレクサ登山の持ち物リスト | FB
out-of-domain | アレクサ面接で聞かれることって何 | FB
out-of-domain | アレクサ風邪の時は何食べたらいい | FB
out-of-domain | アレクサひいおばあちゃんに電話して | FB
out-of-domain | アレクサナイジェリアの公用語は何 | FB
out-of-domain | アレクサフィンランドのサウナの温度 | FB
out-of-domain | アレクサイランの通貨 | FB
out-of-domain | アレクサ台湾の夜市でおすすめは | FB
out-of-domain | アレクサハラール食品売ってるお店 | FB
out-of-domain | アレクサ首都高の渋滞情報 | FB
out-of-domain | アレクサ首都圏の雨雲 | FB
out-of-domain | アレクサアジアの首都は | FB
out-of-domain | アレクサオセアニアの首都ってある | FB
out-of-domain | アレクサ世界の首都の数は全部でいくつ | FB
out-of-domain | アレクサしりとりしよう | FB
out-of-domain | アレクサおやすみ | FB
out-of-domain | アレクサ鼻づまりの治し方 | FB
out-of-domain | アレクサ宇宙の首都はどこ | FB
out-of-domain | アレクサ月の首都 | FB
out-of-domain | アレクサ火星に首都はある | FB
out-of-domain | アレクサ江戸時代の首都はどこ | FB
out-of-domain | アレクサ平安京って今のどこ | FB
out-of-domain | アレクサラーメンの首都ってどこ | FB
out-of-domain | アレクサ日本の餃子の首都は宇都宮か浜松か | FB
out-of-domain | アレクサ世界のカレーの首都 | FB
out-of-domain | アレクサ歌って | FB
out-of-domain | アレクサ今日は何の日 | FB
out-of-domain | アレクサ雨降る | FB
out-of-domain | アレクサ銚子電鉄の次の電車 | FB
out-of-domain | アレクサワガドゥグーって何語 | FB
out-of-domain | アレクサナイロビの気温 | FB
out-of-domain | アレクサ地球の裏側はどこ | FB
out-of-domain | アレクサソウルまで何キロ | FB
out-of-domain | アレクサ八戸せんべい汁の作り方 | FB
out-of-domain | アレクサ秩父の芝桜はもう咲いてる | FB
out-of-domain | アレクサ佐渡金山は世界遺産になったの | FB
out-of-domain | アレクサ久留米ラーメンの有名な店 | FB
out-of-domain | アレクサ鞆の浦の行き方 | FB
out-of-domain | アレクサ房総のいちご狩りの季節 | FB
out-of-domain | アレクサ八王子の高尾山の混雑 | FB
out-of-domain | アレクサ拙者の刀を研ぐ店を探すでござる | FB
out-of-domain | アレクサあのえっとその今日の予定 | FB
out-of-domain | アレクサエントリーシートの書き方 | FB
out-of-domain | アレクサ大正時代の流行歌かけて | FB
out-of-domain | アレクサパキスタンのビリヤニの作り方 | FB
out-of-domain | アレクサペルシャ語でありがとうは | FB
out-of-domain | アレクサキートスってどういう意味 | FB
out-of-domain | アレクサナイジェリアの音楽かけて | FB
out-of-domain | アレクサ台湾の天気 | FB
out-of-domain | アレクサアフリカで一番高い山 | FB
out-of-domain | アレクサ首都大学東京って今なんていう名前 | FB
out-of-domain | アレクサ首都直下地震の確率 | FB
out-of-domain | アレクサ首都っていう言葉の意味 | FB
out-of-domain | アレクサバチカンの人口 | FB
out-of-domain | アレクサ世界一小さい国 | FB
out-of-domain | アレクサスイスの首都の人口 | FB
out-of-domain | アレクサニューヨークの今の時間 | FB
out-of-domain | アレクサ国連本部はどこにある | FB
out-of-domain | アレクサ東ヨーロッパの首都 | FB
out-of-domain | アレクサ南米の首都 | FB
out-of-domain | アレクサ北欧の首都ってどこ | FB
out-of-domain | アレクサ中東の首都は | FB
out-of-domain | アレクサ首都の意味を小学生にわかるように | FB
out-of-domain | アレクサ湯船の温度は何度がいい | FB
out-of-domain | アレクサ干し芋の賞味期限 | FB
out-of-domain | アレクサとんこつスープの作り方 | FB
out-of-domain | アレクサ今日の運勢 | FB
out-of-domain | アレクサ十分後に教えて | FB
out-of-domain | アレクサ入れ歯洗浄剤を注文して | FB
out-of-domain | アレクサ今日のニュース | FB
out-of-domain | アレクサ天体望遠鏡のおすすめ | FB
out-of-domain | アレクサ昭和の名人の落語 | FB
out-of-domain | アレクサ引っ越しの挨拶って何持っていけばいい | FB
out-of-domain | アレクサ運転免許の更新 | FB
out-of-domain | アレクサ親知らず抜いたあと何食べていい | FB
out-of-domain | アレクサ北アルプスの天気 | FB
out-of-domain | アレクサ台風どこにいる | FB
out-of-domain | アレクサラジオつけて | FB
out-of-domain | アレクサ応援歌かけて | FB
out-of-domain | アレクサ冷蔵庫の中身覚えてる | FB
out-of-domain | アレクサ大相撲の結果 | FB
out-of-domain | アレクサ掃除機かけて | FB
out-of-domain | アレクサ単位換算して一マイルは何キロ | FB
out-of-domain | アレクサ首都の反対語は | FB
out-of-domain | アレクサ世界遺産の数が多い国 | FB
out-of-domain | アレクサ国旗の色が赤と白の国 | FB
out-of-domain | アレクサ首都って全部でいくつ言えたらすごい | FB
out-of-domain | アレクサ昔の首都の藤原京ってどこ | FB
out-of-domain | アレクサ奈良の前の首都 | FB
out-of-domain | アレクサ首都ってなんで東京なの | FB
# ヘルプ
help | アレクサ世界の首都って何ができるのか教えてけろ | HELP
help | アレクサこれどう使えばいいんだっぺ | HELP
help | アレクサ使い方がわからんけん教えてくれんね | HELP
help | アレクサ何て聞けばいいんだんべ | HELP
help | アレクサどうやって質問すりゃええんじゃ | HELP
help | アレクサ聞き方のお手本を言うてみてっちゃ | HELP
help | アレクサ恐れ入りますがご利用方法をご説明いただけますでしょうか | HELP
help | アレクサあのえっとどうすれば使えるんですか | HELP
help | アレクサ拙者使い方がわからぬでござる | HELP
help | アレクサこのアプリの説明をもういっぺん | HELP
help | アレクサヘルプお願い | HELP
help | アレクサ世界の首都のヘルプ | HELP
help | アレクサ何を言えば答えてくれるの | HELP
help | アレクサ例えばどんなことが聞けるの | HELP
help | アレクサ質問のしかたがよくわかりません | HELP
help | アレクサ困ってますどうしたらいいの | HELP
help | アレクサこのスキルの遊び方 | HELP
help | アレクサ使い方ゆっくり教えておくれ | HELP
help | アレクサ何ができるんかね | HELP
help | アレクサどう話しかければいいか教えて | HELP
help | アレクサ助けて何言えばいいかわかんない | HELP
help | アレクサヘルプミー使い方 | HELP
help | アレクサ世界の首都に聞いて使い方を教えて | HELP
help | アレクサせかいのしゅとの説明書 | HELP
# 止める
stop | アレクサもうやめてけろ | STOP
stop | アレクサもういいっぺ止めて | STOP
stop | アレクサやめだんべ | STOP
stop | アレクサもうよかけん終わって | STOP
stop | アレクサもうええわ止めてくれえ | STOP
stop | アレクサそこまでっちゃ | STOP
stop | アレクサ恐れ入りますが終了してください | STOP
stop | アレクサえっともう止めてもらっていいですか | STOP
stop | アレクサここまでにいたすでござる | STOP
stop | アレクサ首都のやつもう終わり | STOP
stop | アレクサ世界の首都を終了 | STOP
stop | アレクサストップストップ | STOP
stop | アレクサしゃべるのやめて | STOP
stop | アレクサもう十分ありがとうさよなら | STOP
stop | アレクサおしまいにしよう | STOP
stop | アレクサもう黙って | STOP
stop | アレクサいったん止めて | STOP
stop | アレクサ終わりにしておくれ | STOP
stop | アレクサうるさいから止めて | STOP
stop | アレクサ首都クイズはもういいよ終了 | STOP
stop | アレクサ今日はここまで | STOP
stop | アレクサスキル閉じて | STOP
stop | アレクサ停止 | STOP
stop | アレクサもうええけんやめてつかあさい | STOP
stop | アレクサ首都の話はもう仕舞いにするでござる | STOP
stop | アレクサ終了してちょうだい | STOP
# 取り消し
cancel | アレクサやっぱりなしだすけ | CANCEL
cancel | アレクサ今のなしっぺ | CANCEL
cancel | アレクサ取り消しだんべ | CANCEL
cancel | アレクサいまのはよかよかキャンセル | CANCEL
cancel | アレクサ今のは取り消してくれえ | CANCEL
cancel | アレクサ間違えたっちゃキャンセル | CANCEL
cancel | アレクサ申し訳ございません今の質問は取り消させてください | CANCEL
cancel | アレクサあっすみません今のなしで | CANCEL
cancel | アレクサ今の問いは取り消しでござる | CANCEL
cancel | アレクサキャンセルして | CANCEL
cancel | アレクサキャンセルキャンセル | CANCEL
cancel | アレクサ今のは無しにして | CANCEL
cancel | アレクサ言い間違えたから取り消し | CANCEL
cancel | アレクサさっきの質問なかったことにして | CANCEL
cancel | アレクサやっぱいいやキャンセル | CANCEL
cancel | アレクサ取りやめて | CANCEL
cancel | アレクサ今のはいいですキャンセルで | CANCEL
cancel | アレクサやっぱり聞くのやめとく | CANCEL
cancel | アレクサ取り消しお願いします | CANCEL
cancel | アレクサ今のは違うキャンセルね | CANCEL
cancel | アレクサなしなし今のなし | CANCEL
cancel | アレクサ今のは聞かんかったことにしてくれんね | CANCEL
cancel | アレクサずびっ今のなしキャンセル | CANCEL
cancel | アレクサ撤回します | CANCEL
# 起動
launch | アレクサ世界の首都を開いてけろ | LAUNCH
launch | アレクサ世界の首都さ起ごしてけろじゃ | LAUNCH
launch | アレクサ世界の首都ばつけてみてくれんね | LAUNCH
launch | アレクサ世界の首都を呼んでくんなだんべ | LAUNCH
launch | アレクサ拙者世界の首都を所望いたす | LAUNCH
launch | アレクサずびっ世界の首都ひらいて | LAUNCH
launch | アレクサ恐れ入りますが世界の首都を開始していただけますか | LAUNCH
launch | アレクサ世界の首都を開けてつかあさいや | LAUNCH
launch | アレクササラーム世界の首都を開いてください | LAUNCH
launch | アレクサモイ世界の首都スタートしてください | LAUNCH
launch | アレクサ世界の首都起動してけさい | LAUNCH
launch | アレクサ世界の首都を開けっぺ | LAUNCH
launch | アレクサ世界の首都さ開いてくんな | LAUNCH
launch | アレクサ世界の首都つけてくれんね | LAUNCH
launch | アレクサ世界の首都を開いてつかあさい | LAUNCH
launch | アレクサ世界の首都開けてっちゃ | LAUNCH
launch | アレクサ世界の首都を起動していただけますでしょうか | LAUNCH
launch | アレクサあのえっと世界の首都を開いてください | LAUNCH
launch | アレクサ世界の首都を開くでござる | LAUNCH
launch | アレクサ世界の首都を呼んで | LAUNCH
launch | アレクサ世界の首都で遊ぶ | LAUNCH
launch | アレクサ世界の首都始めて | LAUNCH
launch | アレクサ世界の首都スタート | LAUNCH
launch | アレクサ世界の首都につないで | LAUNCH
launch | アレクサ世界の首都を使いたい | LAUNCH
launch | アレクサ世界の首都をお願い | LAUNCH
launch | アレクサせかいのしゅとひらいて | LAUNCH
launch | アレクサ世界の首都っていうスキル開いて | LAUNCH
launch | アレクサ世界の首都のスキルを起動 | LAUNCH
launch | アレクサ世界の首都もういっかい開いて | LAUNCH
launch | アレクサ世界の首都をやりたいの | LAUNCH
launch | アレクサ世界の首都で勉強する | LAUNCH
launch | アレクサ世界の首都出して | LAUNCH
launch | アレクサ世界の首都オープン | LAUNCH
launch | アレクサ世界の首都を立ち上げて | LAUNCH
launch | アレクサ世界の首都を開いておくれ | LAUNCH
launch | アレクサ世界の首都にお邪魔します | LAUNCH
launch | アレクサ世界の首都さんこんにちは | LAUNCH
launch | アレクサ世界の首都で首都を調べたい | LAUNCH
# 続けて
follow-up | じゃあ{}は | ノルウェー=NO; スウェーデン=SE; フィンランド=FI
follow-up | {}はどうだすけ | アイスランド=IS; デンマーク=DK; エストニア=EE
follow-up | 次は{}っぺ | ラトビア=LV; リトアニア=LT; ベラルーシ=BY
follow-up | {}もおせて | モルドバ=MD; ルーマニア=RO; ブルガリア=BG
follow-up | ほんなら{}は | セルビア=RS; クロアチア=HR; スロベニア=SI
follow-up | {}はどこじゃ | モンテネグロ=ME; アルバニア=AL; 北マケドニア=MK
follow-up | あと{}も | ボスニア・ヘルツェゴビナ=BA; ギリシャ=GR; キプロス=CY
follow-up | ついでに{}の首都 | マルタ=MT; ポルトガル=PT; スペイン=ES
follow-up | 続いて{}はいかがでしょうか | アンドラ=AD; モナコ=MC; サンマリノ=SM
follow-up | えっと{}は | リヒテンシュタイン=LI; ルクセンブルク=LU; ベルギー=BE
follow-up | では{}はいかにでござる | スイス=CH; オーストリア=AT; チェコ=CZ
follow-up | それと{}のは | スロバキア=SK; ハンガリー=HU; ポーランド=PL
follow-up | もひとつ{}は | 北朝鮮=KP; 韓国=KR; パレスチナ=PS
follow-up | 今度は{}で | コンゴ民主共和国=CD; コンゴ共和国=CG; 南スーダン=SS
follow-up | じゃあ北朝鮮はどうっぺ | KP
follow-up | 韓国のほうは | KR
follow-up | パレスチナは | PS
# はい・いいえ
yes-no-check | アレクサ{}の首都は合ってるか教えてけろ | オスロはノルウェー=NO; ヘルシンキはフィンランド=FI; リガはラトビア=LV
yes-no-check | アレクサ{}の首都だっぺ | シドニーはオーストラリア=AU; トロントはカナダ=CA; イスタンブールはトルコ=TR
yes-no-check | アレクサ{}の首都で間違いないんね | ナイロビはケニア=KE; アクラはガーナ=GH; ダカールはセネガル=SN
yes-no-check | アレクサ{}の首都じゃろ | リマはペルー=PE; キトはエクアドル=EC; ボゴタはコロンビア=CO
yes-no-check | アレクサ{}の首都って本当でござるか | ハノイはベトナム=VN; ビエンチャンはラオス=LA; プノンペンはカンボジア=KH
yes-no-check | アレクサ{}の首都でしょうか | ラバトはモロッコ=MA; チュニスはチュニジア=TN; アルジェはアルジェリア=DZ
yes-no-check | アレクサ{}の首都だよね | テヘランはイラン=IR; バグダッドはイラク=IQ; アンマンはヨルダン=JO
yes-no-check | アレクサ{}の首都だっけ | ヤンゴンはミャンマー=MM; カラチはパキスタン=PK; ラゴスはナイジェリア=NG
yes-no-check | アレクサ平壌は北朝鮮の首都だよね | KP
yes-no-check | アレクサソウルって韓国の首都であってる | KR
yes-no-check | アレクサキンシャサはコンゴ民主共和国の首都ですか | CD
yes-no-check | アレクサブラザビルはコンゴ共和国の首都で合ってるっぺ | CG
yes-no-check | アレクサプレトリアは南アフリカの首都だけ | ZA
yes-no-check | アレクサラパスはボリビアの首都なんか | BO
yes-no-check | アレクサクアラルンプールはマレーシアの首都 | MY
yes-no-check | アレクサアムステルダムはオランダの首都なのかハーグなのか | NL
yes-no-check | アレクサエルサレムはパレスチナの首都なんですか | PS
yes-no-check | アレクサドドマってタンザニアの首都なの | TZ
yes-no-check | アレクサアブジャがナイジェリアの首都 | NG
yes-no-check | アレクサウェリントンはニュージーランドの首都でいいんだよね | NZ
# 言い直し
self-correction | アレクサ{}の首都 | オーストリアじゃねえオーストラリア=AU; スウェーデンいやスイス=CH; イランじゃなくてイラク=IQ
self-correction | アレクサ{}の首都教えて | ニジェールあっ違うナイジェリア=NG; ギニアじゃなくてギニアビサウ=GW; スロバキアちゃうスロベニア=SI
self-correction | アレクサ{}の首都だんべ | ドミニカ国じゃなくてドミニカ共和国=DO; モーリシャスいやモーリタニア=MR; ザンビアいやジンバブエ=ZW
self-correction | アレクサ{}の首都はどこっぺ | 北朝鮮じゃなかった韓国=KR; 韓国じゃなくて北朝鮮=KP; コンゴ共和国あっ民主共和国の方=CD
self-correction | アレクサ{}の首都どこじゃ | ラトビアじゃのうてリトアニア=LT; パラグアイいやウルグアイ=UY; アルメニアじゃなくてアルバニア=AL
self-correction | アレクサオーストリアの首都えっと違うオーストラリアの首都 | AU
self-correction | アレクサコンゴ民主共和国じゃなかったコンゴ共和国の首都 | CG
self-correction | アレクサイスラエルの首都あっいやパレスチナの首都 | PS
self-correction | アレクサスーダンの首都いや南スーダンの | SS
self-correction | アレクサニュージーランドいや違うオーストラリアの首都 | AU
self-correction | アレクサマリの首都じゃなくてマラウイの首都 | MW
self-correction | アレクサトルクメニスタンの首都えーとタジキスタンだった | TJ
self-correction | アレクサモンゴルの首都じゃないモナコの | MC
self-correction | アレクサガンビアの首都あっザンビアだ | ZM
self-correction | アレクサグレナダの首都すみませんグアテマラの首都 | GT
self-correction | アレクサバーレーンの首都ごめんカタールの | QA
self-correction | アレクサ南アフリカの首都いや北朝鮮の首都 | KP
self-correction | アレクサスロベニアの首都じゃなくてスロバキアの首都でござった | SK
# 逆引き
reverse-question | アレクサ{}が首都の国ってどこだすけ | ナイロビ=CITY:ナイロビ; アスンシオン=CITY:アスンシオン; ウランバートル=CITY:ウランバートル
reverse-question | アレクサ{}はどこの国の首都だっぺ | ティンプー=CITY:ティンプー; カトマンズ=CITY:カトマンズ; ダッカ=CITY:ダッカ
reverse-question | アレクサ{}ってどこの首都だんべ | ビシュケク=CITY:ビシュケク; ドゥシャンベ=CITY:ドゥシャンベ; アシガバード=CITY:アシガバード
reverse-question | アレクサ{}を首都にしとる国はどこね | タシケント=CITY:タシケント; アスタナ=CITY:アスタナ; バクー=CITY:バクー
reverse-question | アレクサ{}が首都なんはどこの国じゃ | エレバン=CITY:エレバン; トビリシ=CITY:トビリシ; ミンスク=CITY:ミンスク
reverse-question | アレクサ{}はどこの国の首都でござるか | ルアンダ=CITY:ルアンダ; ハボローネ=CITY:ハボローネ; ウィントフック=CITY:ウィントフック
reverse-question | アレクサ{}という都市はどちらの国の首都でしょうか | マセル=CITY:マセル; マプト=CITY:マプト; リロングウェ=CITY:リロングウェ
reverse-question | アレクサ{}ってどこの国の首都なの | ルサカ=CITY:ルサカ; ハラレ=CITY:ハラレ; キガリ=CITY:キガリ
reverse-question | アレクサ{}が首都の国 | ギテガ=CITY:ギテガ; カンパラ=CITY:カンパラ; アジスアベバ=CITY:アジスアベバ
reverse-question | アレクサ{}はなんちゅう国の首都っちゃ | アスマラ=CITY:アスマラ; モガディシオ=CITY:モガディシオ; ハルツーム=CITY:ハルツーム
reverse-question | アレクサ{}を首都とする国を教えて | ンジャメナ=CITY:ンジャメナ; ニアメ=CITY:ニアメ; バマコ=CITY:バマコ
reverse-question | アレクサ平壌はどこの国の首都 | CITY:平壌
reverse-question | アレクサソウルが首都の国はどこだっぺ | CITY:ソウル
reverse-question | アレクサキンシャサってどこの首都だすけ | CITY:キンシャサ
reverse-question | アレクサブラザビルはどこの国の首都ね | CITY:ブラザビル
reverse-question | アレクサフリータウンはどの国の首都 | CITY:フリータウン
reverse-question | アレクサモンロビアを首都にしてる国 | CITY:モンロビア
reverse-question | アレクサロメが首都なのは | CITY:ロメ
reverse-question | アレクサヤウンデってどこの国の首都かな | CITY:ヤウンデ
reverse-question | アレクサバンギはどこの首都だっけ | CITY:バンギ
reverse-question | アレクサマラボってどこの首都 | CITY:マラボ
reverse-question | アレクサリーブルヴィルはどこの国の首都 | CITY:リーブルヴィル
reverse-question | アレクササントメが首都の国は | CITY:サントメ
reverse-question | アレクサプライアってどこの国の首都 | CITY:プライア
reverse-question | アレクサアンタナナリボを首都とする国 | CITY:アンタナナリボ
reverse-question | アレクサモロニはどこの首都なんね | CITY:モロニ
reverse-question | アレクサポートルイスってどこの国の首都じゃ | CITY:ポートルイス
reverse-question | アレクサジュバってどこの首都 | CITY:ジュバ
reverse-question | アレクサワガドゥグーはどこの国の首都 | CITY:ワガドゥグー
reverse-question | アレクサビサウってどこの首都だんべ | CITY:ビサウ
reverse-question | アレクサジョージタウンが首都の国 | CITY:ジョージタウン
reverse-question | アレクサパラマリボはどこの国の首都 | CITY:パラマリボ
reverse-question | アレクサベルモパンはどこの首都っぺ | CITY:ベルモパン
reverse-question | アレクサテグシガルパってどこの国の首都 | CITY:テグシガルパ
reverse-question | アレクサマナグアはどこの国の首都ですか | CITY:マナグア
reverse-question | アレクササンサルバドルが首都の国 | CITY:サンサルバドル
# 正式名
official-name | アレクサ{}の首都だすけ | 大韓民国=KR; 朝鮮民主主義人民共和国=KP; パレスチナ国=PS
official-name | アレクサ{}の首都を教えてけろ | コンゴ民主共和国=CD; コンゴ共和国=CG; 南アフリカ共和国=ZA
official-name | アレクサ{}の首都ってどこだっぺ | グレートブリテン及び北アイルランド連合王国=GB; アメリカ合衆国=US; 中華人民共和国=CN
official-name | アレクサ{}の首都はどこでござるか | ロシア連邦=RU; フランス共和国=FR; ドイツ連邦共和国=DE
official-name | アレクサ{}の首都はどこでしょうか | イタリア共和国=IT; スペイン王国=ES; オランダ王国=NL
official-name | アレクサ{}の首都はなんて所 | ボリビア多民族国=BO; ベネズエラ・ボリバル共和国=VE; ウルグアイ東方共和国=UY
official-name | アレクサ{}の首都ってどこじゃ | イラン・イスラム共和国=IR; サウジアラビア王国=SA; ヨルダン・ハシミテ王国=JO
official-name | アレクサ{}の首都ってどこなんね | ベトナム社会主義共和国=VN; ラオス人民民主共和国=LA; フィリピン共和国=PH
official-name | アレクサ{}の首都どこっちゃ | スリランカ民主社会主義共和国=LK; ネパール連邦民主共和国=NP; バングラデシュ人民共和国=BD
official-name | アレクサ{}の首都を知りたい | エチオピア連邦民主共和国=ET; タンザニア連合共和国=TZ; ナイジェリア連邦共和国=NG
official-name | アレクサ{}の首都はどこ | アルジェリア民主人民共和国=DZ; エジプト・アラブ共和国=EG; リビア国=LY
official-name | アレクサマレーシアの正式名称ってマレーシアなの首都も教えて | MY
official-name | アレクサセントクリストファー・ネーヴィス連邦の首都 | KN
official-name | アレクサセントビンセント及びグレナディーン諸島の首都だんべ | VC
official-name | アレクサアンティグア・バーブーダの首都 | AG
official-name | アレクサトリニダード・トバゴ共和国の首都はどこ | TT
official-name | アレクサ東ティモール民主共和国の首都 | TL
official-name | アレクサブルネイ・ダルサラーム国の首都 | BN
official-name | アレクサミクロネシア連邦の首都ってどこ | FM
official-name | アレクサマーシャル諸島共和国の首都 | MH
official-name | アレクサ中央アフリカ共和国の首都はどこっぺ | CF
official-name | アレクサ赤道ギニア共和国の首都 | GQ
# 普段の呼び名
everyday-name | アレクサ{}の首都ってどこだすけ | イギリス=GB; アメリカ=US; ロシア=RU
everyday-name | アレクサ{}の首都はどこだんべ | オランダ=NL; スイス=CH; ドイツ=DE
everyday-name | アレクサ{}の首都ってどこね | ビルマ=MM; セイロン=LK; ペルシャ=IR
everyday-name | アレクサ{}の首都どこじゃろ | ホーランド=NL; エゲレス=GB; メリケン=US
everyday-name | アレクサ{}の首都はどこっちゃ | 北朝鮮=KP; 南朝鮮=KR; 南ア=ZA
everyday-name | アレクサ{}の首都でござる | スワジランド=SZ; ザイール=CD; 象牙海岸=CI
everyday-name | アレクサ{}の首都はどちらでしょう | 東チモール=TL; グルジア=GE; マケドニア=MK
everyday-name | アレクサ{}の首都ってどこだっけ | チェコスロバキア=FB; ユーゴスラビア=FB; ソ連=FB
everyday-name | アレクサ{}の首都を教えてほしい | キルギスタン=KG; ベラルーシ=BY; カンボジア=KH
everyday-name | アレクサ{}んとこの首都 | ニュージー=NZ; オーストラリア=AU; フィリピン=PH
everyday-name | アレクサ{}の首都ってどこ | ウクライナ=UA; トルコ=TR; アイルランド=IE
everyday-name | アレクサ{}の首都ってどこだろう | 韓国=KR; 北朝鮮=KP; コンゴ=CD+CG
everyday-name | アレクサパレスチナ自治区の首都はどこ | PS
everyday-name | アレクサエスワティニって昔スワジランドだったとこの首都 | SZ
everyday-name | アレクサトルコのことをテュルキエって言うんだっけその首都 | TR
everyday-name | アレクサオランダつまりネーデルラントの首都 | NL
everyday-name | アレクサ南アの首都たち全部 | ZA
everyday-name | アレクサボスニアの首都 | BA
everyday-name | アレクサセントクリストファーの首都 | KN
everyday-name | アレクサパプアの首都はどこっぺ | PG
everyday-name | アレクサ中央アフリカの首都 | CF
# 同じ名前
shared-name | アレクサ{}の首都はどこだすけ | ジョージア=GE; コンゴ=CD+CG; ギニア=GN
shared-name | アレクサ{}の首都はどこにあるっぺ | 朝鮮=KP+KR; ドミニカ=DM+DO; サモア=WS
shared-name | アレクサ{}の首都ってどこなんだっちゃ | コリア=KP+KR; スーダン=SD; マケドニア=MK
shared-name | アレクサ{}の首都はどこでござる | ルクセンブルク=LU; ジブチ=DJ; メキシコ=MX
shared-name | アレクサ{}の首都ってどこなん | ギニア=GN; モナコ=MC; パナマ=PA
shared-name | アレクサ国のジョージアの首都だんべ | GE
shared-name | アレクサアメリカのジョージアじゃなくて国のジョージアの首都 | GE
shared-name | アレクサジョージア州の州都じゃなくて国の方 | GE
shared-name | アレクサコンゴの首都ってどっちのコンゴも教えて | CD+CG
shared-name | アレクサコンゴって二つあるよねキンシャサの方の首都 | CD
shared-name | アレクサコンゴの首都じゃけえ | CD+CG
shared-name | アレクサ大きい方のコンゴの首都 | CD
shared-name | アレクサ小さい方のコンゴの首都は | CG
shared-name | アレクサ韓国と北朝鮮それぞれの首都 | KP+KR
shared-name | アレクサ南北朝鮮の首都 | KP+KR
shared-name | アレクサドミニカの首都 | DM+DO
shared-name | アレクサドミニカ共和国じゃない方のドミニカの首都 | DM
shared-name | アレクサギニアの首都ってどこだっけ赤道ギニアじゃない方 | GN
shared-name | アレクサ南スーダンじゃないスーダンの首都 | SD
shared-name | アレクサニューギニアの首都 | PG
shared-name | アレクサ米領じゃない方のサモアの首都 | WS
shared-name | アレクサヴァージン諸島の首都 | VG+VI
shared-name | アレクサアイルランドの首都北アイルランドじゃなくて | IE
# 八戸 南部弁
nanbu-hachinohe | アレクサ{}の首都ってどこだべなわがんねすけ教えて | ノルウェー=NO; チリ=CL; ペルー=PE
nanbu-hachinohe | アレクサイカ釣り船で{}の船員さんと話したんだけどあそこの首都どこさ | インドネシア=ID; フィリピン=PH; ミクロネシア連邦=FM
nanbu-hachinohe | アレクサ朝市で{}の人さ会ったんだ首都なんつうとこ | ベトナム=VN; ミャンマー=MM; モンゴル=MN
nanbu-hachinohe | アレクサんだら{}の首都はどごだ | キリバス=KI; ツバル=TV; ナウル=NR
nanbu-hachinohe | アレクサ孫が{}の首都聞いてきたんだすけ教えでけろ | モーリタニア=MR; セネガル=SN; モロッコ=MA
nanbu-hachinohe | アレクサえんぶりさ来た{}の観光客の国の首都 | タイ=TH; シンガポール=SG; マレーシア=MY
nanbu-hachinohe | アレクサ八戸港さ来たパナマ船籍の船パナマの首都ってどこだべ | PA
nanbu-hachinohe | アレクサ北朝鮮の首都どごだっけなあ | KP
nanbu-hachinohe | アレクサ韓国の首都ソウルでいがったべか | KR
# 房総 千葉
boso-chiba | アレクサ{}の首都ってどこだっぺ知ってっぺか | ポルトガル=PT; モルディブ=MV; セーシェル=SC
boso-chiba | アレクサ成田さ{}からの飛行機来てっけど首都どこだっぺ | カタール=QA; アラブ首長国連邦=AE; トルコ=TR
boso-chiba | アレクサ九十九里でサーフィンしてた{}の兄ちゃんの国の首都 | サモア=WS; フィジー=FJ; トンガ=TO
boso-chiba | アレクサごじゃっぺ言わねえで{}の首都ちゃんと教えろや | エクアドル=EC; ブラジル=BR; アルゼンチン=AR
boso-chiba | アレクサ落花生の輸入先の{}の首都ってどこだっぺ | 中国=CN; アメリカ=US; 南アフリカ=ZA
boso-chiba | アレクサ銚子の漁港で働いてる{}の子の国の首都 | スリランカ=LK; インドネシア=ID; ベトナム=VN
boso-chiba | アレクサ南アフリカって首都いくつあんだっぺ全部 | ZA
boso-chiba | アレクサパレスチナの首都っつうのはどこだっぺ | PS
# 秩父 埼玉
chichibu-saitama | アレクサ{}の首都ってどこにあんだんべ | オーストリア=AT; ハンガリー=HU; チェコ=CZ
chichibu-saitama | アレクサ秩父のお祭りさ{}の人が見に来たんべその国の首都 | フランス=FR; イタリア=IT; スペイン=ES
chichibu-saitama | アレクサ山ん中で{}の山登りの人に会ったんべ首都どこだい | ネパール=NP; ブータン=BT; スイス=CH
chichibu-saitama | アレクサ孫が{}さ留学すんだと首都はどこだんべ | カナダ=CA; オーストラリア=AU; ニュージーランド=NZ
chichibu-saitama | アレクサおっかねえ話だけど{}の首都どこだったんべ | 北朝鮮=KP; シリア=SY; アフガニスタン=AF
chichibu-saitama | アレクサ{}の首都さっさと言ってくんな | コンゴ共和国=CG; ガボン=GA; カメルーン=CM
chichibu-saitama | アレクサボリビアの首都は二つあるってほんとだんべか両方 | BO
chichibu-saitama | アレクサ韓国の首都言ってみんべ | KR
# 久留米 筑後
chikugo-kurume | アレクサ{}の首都はどこね | ブルネイ=BN; 東ティモール=TL; パプアニューギニア=PG
chikugo-kurume | アレクサ{}の首都ば教えてくれんね | ソロモン諸島=SB; バヌアツ=VU; サモア=WS
chikugo-kurume | アレクサタイヤ工場に来とる{}の研修生の首都はどこやろか | カンボジア=KH; ラオス=LA; バングラデシュ=BD
chikugo-kurume | アレクサ{}の首都はどこやったかいな知っとるね | パラオ=PW; マーシャル諸島=MH; フィジー=FJ
chikugo-kurume | アレクサ{}の首都ってどこなんよかけん教えて | ジャマイカ=JM; ハイチ=HT; キューバ=CU
chikugo-kurume | アレクサ{}の首都ばいね | ギリシャ=GR; キプロス=CY; マルタ=MT
chikugo-kurume | アレクサコンゴ民主共和国の首都はどこやったかね | CD
chikugo-kurume | アレクサマレーシアの首都二つともなんね | MY
# 福山 備後
bingo-fukuyama | アレクサ{}の首都はどこなんじゃ | ウズベキスタン=UZ; カザフスタン=KZ; キルギス=KG
bingo-fukuyama | アレクサ造船所に来とる{}の船員の国の首都教えてつかあさい | ギリシャ=GR; ノルウェー=NO; リベリア=LR
bingo-fukuyama | アレクサ鉄鋼を輸出しとる{}の首都はどこじゃったかのう | インド=IN; サウジアラビア=SA; オマーン=OM
bingo-fukuyama | アレクサバラ祭りに来た{}のお客の国の首都じゃけえ | ブルガリア=BG; ルーマニア=RO; モルドバ=MD
bingo-fukuyama | アレクサ{}の首都いうたらどこじゃ | クウェート=KW; バーレーン=BH; イエメン=YE
bingo-fukuyama | アレクサ{}の首都を言うてみい | スロバキア=SK; スロベニア=SI; クロアチア=HR
bingo-fukuyama | アレクサコンゴ共和国の首都はどこじゃ | CG
bingo-fukuyama | アレクサオランダの首都は二つあるんじゃろ両方言うて | NL
# 佐渡
sado-island | アレクサ{}の首都ってどこだっちゃ | トキの仲間がいる中国=CN; 韓国=KR; ロシア=RU
sado-island | アレクサ太鼓芸能を見に来た{}の人の国の首都だっちゃ | ドイツ=DE; ベルギー=BE; ルクセンブルク=LU
sado-island | アレクサ{}の首都はどこさ | アイスランド=IS; アイルランド=IE; イギリス=GB
sado-island | アレクサ金山に来た{}の観光客の首都知りたいっちゃ | オーストラリア=AU; アメリカ合衆国=US; カナダ=CA
sado-island | アレクサ島の外の{}の首都教えてくれっちゃ | ポーランド=PL; リトアニア=LT; エストニア=EE
sado-island | アレクサ北朝鮮の首都ってどこっちゃ | KP
sado-island | アレクサパレスチナ国の首都はどこさ | PS
sado-island | アレクサ南アフリカの首都ぜんぶ言っちゃ | ZA
# 多摩 八王子
tama-hachioji | アレクサ{}の首都ってどこだし | アルメニア=AM; アゼルバイジャン=AZ; ジョージア=GE
tama-hachioji | アレクサ大学の{}からの留学生の国の首都まじ知らんわ | タジキスタン=TJ; トルクメニスタン=TM; アフガニスタン=AF
tama-hachioji | アレクサ高尾山で会った{}の人の国の首都どこ | イスラエル=IL; ヨルダン=JO; レバノン=LB
tama-hachioji | アレクサ{}の首都ってどこだったっけまじで思い出せない | エリトリア=ER; ジブチ=DJ; ソマリア=SO
tama-hachioji | アレクサ{}の首都ってどこな感じ | ガーナ=GH; トーゴ=TG; ベナン=BJ
tama-hachioji | アレクサベナンの首都って二つあるっぽいんだけど両方 | BJ
tama-hachioji | アレクサコンゴ民主共和国の首都まじでどこ | CD
# パキスタン人 ハラール食材店
pakistani-grocer | アレクサジー{}の首都はどこですか | パキスタン=PK; アフガニスタン=AF; イラン=IR
pakistani-grocer | アレクサお客さん{}から来たその国の首都わたし知りたいです | バングラデシュ=BD; インドネシア=ID; マレーシア=MY
pakistani-grocer | アレクサシュクリヤ{}の首都教えてください | サウジアラビア=SA; アラブ首長国連邦=AE; カタール=QA
pakistani-grocer | アレクサ{}からお米入ってくる首都どこ | タイ=TH; インド=IN; ベトナム=VN
pakistani-grocer | アレクサマーシャーアッラーわたしの友達{}住んでる首都なに | オマーン=OM; クウェート=KW; バーレーン=BH
pakistani-grocer | アレクサ{}の首都はどこジー早く | イラク=IQ; シリア=SY; ヨルダン=JO
pakistani-grocer | アレクサパレスチナの首都どこですかジー | PS
pakistani-grocer | アレクサわたし日本に十年住んでます日本の首都は東京ですね | JP
pakistani-grocer | アレクサスリランカの首都二つありますね全部言ってください | LK
# イラン人 ペルシャ語講師
iranian-teacher | アレクササラーム{}の首都を教えてください | イラン=IR; タジキスタン=TJ; アルメニア=AM
iranian-teacher | アレクサメルシーでもわたし{}の首都を忘れましたどこですか | アゼルバイジャン=AZ; トルクメニスタン=TM; イラク=IQ
iranian-teacher | アレクサ生徒さんが{}の首都を聞きますわたしも知りたい | トルコ=TR; ジョージア=GE; レバノン=LB
iranian-teacher | アレクサハーイ{}の首都はどこでしたか | ウズベキスタン=UZ; キルギス=KG; カザフスタン=KZ
iranian-teacher | アレクサ{}の首都なんですかホダーハーフェズ | エジプト=EG; リビア=LY; チュニジア=TN
iranian-teacher | アレクサペルシャ湾の向こうの{}の首都は | カタール=QA; バーレーン=BH; クウェート=KW
iranian-teacher | アレクサ北朝鮮の首都と韓国の首都は違いますね北朝鮮の首都はどこ | KP
iranian-teacher | アレクサ韓国の首都を教えてくださいメルシー | KR
# フィンランド人 デザイン学生
finnish-student | アレクサモイ{}の首都どこですか | フィンランド=FI; エストニア=EE; スウェーデン=SE
finnish-student | アレクサキートス{}の首都も教えてください | ノルウェー=NO; デンマーク=DK; アイスランド=IS
finnish-student | アレクサわたしのクラスメイト{}の人です首都はどこ | ラトビア=LV; リトアニア=LT; ポーランド=PL
finnish-student | アレクサ{}の首都はなんですかちょっと知りたいです | ハンガリー=HU; オーストリア=AT; チェコ=CZ
finnish-student | アレクサデザインウィークがある{}の首都どこ | オランダ=NL; ベルギー=BE; イタリア=IT
finnish-student | アレクサオランダの首都たち全部教えてくださいキートス | NL
finnish-student | アレクサモイモイ南アフリカの首都三つ全部 | ZA
# ナイジェリア人 ミュージシャン
nigerian-musician | アレクサオガ{}の首都どこ | ナイジェリア=NG; ガーナ=GH; カメルーン=CM
nigerian-musician | アレクサ{}の首都教えてよブラザー | ベナン=BJ; トーゴ=TG; ニジェール=NE
nigerian-musician | アレクサライブで{}のバンドと一緒だった首都はどこ | セネガル=SN; マリ=ML; ギニア=GN
nigerian-musician | アレクサウェティン{}の首都なに | シエラレオネ=SL; リベリア=LR; ガンビア=GM
nigerian-musician | アレクサ{}の首都ってどこですか音楽すごい国 | コンゴ民主共和国=CD; コンゴ共和国=CG; アンゴラ=AO
nigerian-musician | アレクサ{}の首都も教えてノープロブレム | ブルキナファソ=BF; チャド=TD; 中央アフリカ共和国=CF
nigerian-musician | アレクサコートジボワールの首都は二つあるそれ全部言って | CI
nigerian-musician | アレクサベナンの首都二つともお願いオガ | BJ
# 台湾人 ワーホリ
taiwanese-wh | アレクサ{}の首都はどこですかハオ | 台湾=TW; 香港=HK; マカオ=MO
taiwanese-wh | アレクサシェシェ{}の首都を教えて | フィリピン=PH; ベトナム=VN; タイ=TH
taiwanese-wh | アレクサわたしは{}の首都が知りたいです | モンゴル=MN; カンボジア=KH; ラオス=LA
taiwanese-wh | アレクサ日本の次に{}へ行きたい首都はどこ | ニュージーランド=NZ; オーストラリア=AU; カナダ=CA
taiwanese-wh | アレクサ{}の首都ちょっと教えてください | シンガポール=SG; ブルネイ=BN; 東ティモール=TL
taiwanese-wh | アレクサ韓国の首都はどこですかソウルですか | KR
taiwanese-wh | アレクサマレーシアの首都は二つですか全部教えて | MY
# 就活生の敬語
job-hunter-keigo | アレクサ恐れ入りますが{}の首都をお教えいただけますでしょうか | アラブ首長国連邦=AE; シンガポール=SG; インド=IN
job-hunter-keigo | アレクサ御社の取引先の{}の首都を確認させていただきたく存じます | ベトナム=VN; メキシコ=MX; ブラジル=BR
job-hunter-keigo | アレクサ面接で聞かれるかもしれないので{}の首都をお伺いしたいです | ポーランド=PL; トルコ=TR; エジプト=EG
job-hunter-keigo | アレクサ失礼いたします{}の首都はどちらでございますか | ケニア=KE; タンザニア=TZ; ウガンダ=UG
job-hunter-keigo | アレクサ大変恐縮ですが{}の首都を教えていただけますか | ルワンダ=RW; ブルンジ=BI; エチオピア=ET
job-hunter-keigo | アレクサグループディスカッションに備えて{}の首都を拝聴したく存じます | ナイジェリア=NG; 南アフリカ=ZA; モロッコ=MA
job-hunter-keigo | アレクサ恐縮ながら北朝鮮の首都をご教示いただけますでしょうか | KP
job-hunter-keigo | アレクサ恐れ入りますがボリビアの首都を両方ともお教えください | BO
# 人見知り どもり
shy-stammer | アレクサあのえっと{}の首都って | チリ=CL; コロンビア=CO; ベネズエラ=VE
shy-stammer | アレクサえっとその{}の首都ってどこですか | パラグアイ=PY; ウルグアイ=UY; ボリビア=BO
shy-stammer | アレクサあのすみません{}の首都を | ガイアナ=GY; スリナム=SR; ベリーズ=BZ
shy-stammer | アレクサえとえと{}のしゅ首都 | コスタリカ=CR; パナマ=PA; ホンジュラス=HN
shy-stammer | アレクサあのあの{}ってとこの首都ってあのどこですか | グアテマラ=GT; エルサルバドル=SV; ニカラグア=NI
shy-stammer | アレクサえっと{}の首都ってあの知ってたら | ドミニカ共和国=DO; キューバ=CU; バハマ=BS
shy-stammer | アレクサあのコンゴ共和国のえっと首都 | CG
shy-stammer | アレクサえっとえっとパレスチナの首都はその | PS
# 侍言葉のオタク
samurai-otaku | アレクサ{}の都はいずこでござるか | イタリア=IT; バチカン市国=VA; サンマリノ=SM
samurai-otaku | アレクサ拙者{}の首都を存じ上げぬゆえ教えてたもれ | モンテネグロ=ME; セルビア=RS; ボスニア・ヘルツェゴビナ=BA
samurai-otaku | アレクサかたじけない{}の首都もお頼み申す | 北マケドニア=MK; アルバニア=AL; コソボ=XK
samurai-otaku | アレクサ{}の首都はどこでござろう | モナコ=MC; アンドラ=AD; リヒテンシュタイン=LI
samurai-otaku | アレクサ推しの舞台になった{}の首都を知りたいでござる | フランス=FR; ドイツ=DE; イギリス=GB
samurai-otaku | アレクサ異国の{}の首都を申してみよ | エスワティニ=SZ; レソト=LS; ボツワナ=BW
samurai-otaku | アレクサ韓国の都はいずこでござる | KR
samurai-otaku | アレクサエスワティニの首都をふたつとも申せ | SZ
# 曾祖母 大正生まれ
great-grandmother | アレクサ{}の首都はどちらでございましたかね | イギリス=GB; フランス=FR; スペイン=ES
great-grandmother | アレクサわたくしの若い頃は{}の首都は別の町でしたけど今はどちら | ミャンマー=MM; カザフスタン=KZ; ナイジェリア=NG
great-grandmother | アレクサ冥土の土産に{}の首都を教えてくださいな | ペルー=PE; アルゼンチン=AR; チリ=CL
great-grandmother | アレクサ亡くなった主人が行った{}の首都はどこでございましょう | フィリピン=PH; インドネシア=ID; パプアニューギニア=PG
great-grandmother | アレクサ{}の首都をもう一度ゆっくり言ってちょうだい | ハンガリー=HU; ルーマニア=RO; ブルガリア=BG
great-grandmother | アレクサひ孫が聞いておりますの{}の首都は | スイス=CH; オーストリア=AT; ベルギー=BE
great-grandmother | アレクサ満州のあたりは今どこの国なのかしら中国の首都は | CN
great-grandmother | アレクサ朝鮮の北の方の首都はどちら | KP
great-grandmother | アレクサわたくしの生まれた頃の日本の首都は東京でしたか今もそうかしら | JP
# 鼻風邪
stuffy-nose | アレクサずびっ{}の首都どこ | ガーナ=GH; ギニアビサウ=GW; カーボベルデ=CV
stuffy-nose | アレクサ鼻声でごめん{}の首都は | マダガスカル=MG; モーリシャス=MU; コモロ=KM
stuffy-nose | アレクサはっくしょん{}の首都 | モザンビーク=MZ; マラウイ=MW; ザンビア=ZM
stuffy-nose | アレクサ鼻つまってるけど{}の首都教えて | ナミビア=NA; ジンバブエ=ZW; アンゴラ=AO
stuffy-nose | アレクサ{}の首都ってどこげほげほ | サントメ・プリンシペ=ST; 赤道ギニア=GQ; ガボン=GA
stuffy-nose | アレクサ熱っぽいけど{}の首都だけ教えて | 南スーダン=SS; スーダン=SD; エリトリア=ER
stuffy-nose | アレクサずずっマレーシアの首都どっちも | MY
stuffy-nose | アレクサ鼻かむからちょっと待ってコンゴ民主共和国の首都 | CD
# 温泉旅館のフロント
onsen-ryokan | アレクサ今夜お泊まりの{}のお客様の国の首都はどちら | ドイツ=DE; オランダ=NL; デンマーク=DK
onsen-ryokan | アレクサ仲居さんが聞いてるんだけど{}の首都ってどこ | イスラエル=IL; サウジアラビア=SA; カタール=QA
onsen-ryokan | アレクサ宿帳に{}って書いてあったその首都は | ウクライナ=UA; ベラルーシ=BY; モルドバ=MD
onsen-ryokan | アレクサ露天風呂で一緒になった{}の人の首都 | フィンランド=FI; エストニア=EE; ノルウェー=NO
onsen-ryokan | アレクサ浴衣の着方を説明した{}のお客さんの首都どこ | メキシコ=MX; グアテマラ=GT; コスタリカ=CR
onsen-ryokan | アレクサ女将に聞かれたんだけど南アフリカの首都ってどれ全部 | ZA
onsen-ryokan | アレクサ明日チェックインの韓国の団体さん首都はソウルでいいの | KR
# 落語家
rakugo-storyteller | アレクサまくらで{}の首都をネタにしたいんだがどこだい | ジンバブエ=ZW; マダガスカル=MG; ブルキナファソ=BF
rakugo-storyteller | アレクサてやんでえ{}の首都はどこだってんだ | トンガ=TO; ツバル=TV; バヌアツ=VU
rakugo-storyteller | アレクサ熊さんが{}の首都を聞いてきやがったどこだい | ウガンダ=UG; ケニア=KE; ルワンダ=RW
rakugo-storyteller | アレクサ海外公演で行く{}の首都を教えとくれ | アメリカ合衆国=US; イギリス=GB; シンガポール=SG
rakugo-storyteller | アレクサ寿限無みてえに長い名前の{}の首都 | セントビンセント及びグレナディーン諸島=VC; セントクリストファー・ネーヴィス=KN; ボスニア・ヘルツェゴビナ=BA
rakugo-storyteller | アレクサ八っつぁんがボリビアの首都は二つあるってえが両方言ってみな | BO
rakugo-storyteller | アレクサ北朝鮮の首都はどこだいご隠居 | KP
# 焼き鳥屋台
yakitori-stand | アレクサねぎま焼いてる間に{}の首都教えて | スペイン=ES; ポルトガル=PT; モロッコ=MA
yakitori-stand | アレクサ常連が{}の首都で賭けしてんだけどどこ | アイルランド=IE; アイスランド=IS; マルタ=MT
yakitori-stand | アレクサ隣の客が{}出身だって首都は | アルゼンチン=AR; ウルグアイ=UY; パラグアイ=PY
yakitori-stand | アレクサ一杯やりながら{}の首都当てっこしてんだ正解は | キルギス=KG; タジキスタン=TJ; モンゴル=MN
yakitori-stand | アレクサ{}の首都言えたらつくね一本サービスって言われたどこ | ブルンジ=BI; ジブチ=DJ; コモロ=KM
yakitori-stand | アレクサコンゴ共和国の首都なに大将が知りたいって | CG
yakitori-stand | アレクサパレスチナの首都ってどこなのよ | PS
# 教習所
driving-school | アレクサ教習所の先輩が{}で免許取ったって首都どこ | タイ=TH; フィリピン=PH; インドネシア=ID
driving-school | アレクサ左側通行の{}の首都はどこ | イギリス=GB; オーストラリア=AU; ニュージーランド=NZ
driving-school | アレクサ学科の待ち時間に{}の首都を覚えたい | ネパール=NP; スリランカ=LK; モルディブ=MV
driving-school | アレクサ国際免許で運転できる{}の首都 | フランス=FR; イタリア=IT; ドイツ=DE
driving-school | アレクサ教官が{}の首都知ってるかって | トリニダード・トバゴ=TT; バルバドス=BB; グレナダ=GD
driving-school | アレクサオランダの首都ふたつとも覚えたいから言って | NL
driving-school | アレクサスリランカって首都二つだよね全部 | LK
# 歯医者の待合室
dentist-waiting | アレクサ待合室のポスターにあった{}の首都どこ | スウェーデン=SE; スイス=CH; デンマーク=DK
dentist-waiting | アレクサ麻酔が切れるまで{}の首都でも聞いとく | ラトビア=LV; リトアニア=LT; ベラルーシ=BY
dentist-waiting | アレクサ先生が{}で学会があるってその首都 | カナダ=CA; アメリカ=US; メキシコ=MX
dentist-waiting | アレクサ口がうまく開かないけど{}の首都 | セルビア=RS; クロアチア=HR; ギリシャ=GR
dentist-waiting | アレクサ歯科衛生士さん{}出身なんだって首都は | ネパール=NP; ベトナム=VN; 中国=CN
dentist-waiting | アレクサ待ってる間に韓国の首都 | KR
dentist-waiting | アレクサエスワティニの首都を両方教えて | SZ
# 山岳部
mountaineering-club | アレクサ{}の最高峰がある国の首都どこ | キリマンジャロのタンザニア=TZ; アコンカグアのアルゼンチン=AR; デナリのアメリカ=US
mountaineering-club | アレクサ遠征で行く{}の首都はどこ | ネパール=NP; パキスタン=PK; キルギス=KG
mountaineering-club | アレクサ山小屋で会った{}の登山家の首都 | スロベニア=SI; ポーランド=PL; チェコ=CZ
mountaineering-club | アレクサアルプスのある{}の首都 | スイス=CH; オーストリア=AT; リヒテンシュタイン=LI
mountaineering-club | アレクサアンデスの{}の首都ってどこ | エクアドル=EC; ペルー=PE; ボリビア=BO
mountaineering-club | アレクサボリビアの首都二つとも言ってラパスとあとどこ | BO
mountaineering-club | アレクサ北朝鮮の白頭山の近くじゃなくて首都はどこ | KP
# 引っ越し業者
moving-company | アレクサ海外引っ越しで{}に荷物送るんだけど首都どこ | シンガポール=SG; タイ=TH; マレーシア=MY
moving-company | アレクサお客さんの転勤先が{}の首都らしいどこ | ベトナム=VN; インド=IN; アラブ首長国連邦=AE
moving-company | アレクサ船便で{}まで送るんだけどまず首都どこ | ブラジル=BR; チリ=CL; アルゼンチン=AR
moving-company | アレクサ{}の首都の住所書くから首都の名前教えて | ケニア=KE; 南アフリカ=ZA; エジプト=EG
moving-company | アレクサ{}の首都ってどこ段ボールに書くから | カザフスタン=KZ; ウズベキスタン=UZ; アゼルバイジャン=AZ
moving-company | アレクサ南アフリカの首都が三つあるって全部教えて | ZA
moving-company | アレクサ韓国に引っ越すお客さん首都はソウルだよね | KR
# 百円ショップ
hundred-yen-shop | アレクサ百均の商品の裏に{}製って書いてあるその首都は | 中国=CN; ベトナム=VN; バングラデシュ=BD
hundred-yen-shop | アレクサ店長が{}の首都を知らないって言うんだけどどこ | カンボジア=KH; ミャンマー=MM; ラオス=LA
hundred-yen-shop | アレクサ百均の地球儀で{}見つけたけど首都が読めない | ブルネイ=BN; キリバス=KI; ナウル=NR
hundred-yen-shop | アレクサレジの研修生{}から来てるって首都どこ | スリランカ=LK; ネパール=NP; ウズベキスタン=UZ
hundred-yen-shop | アレクサ百円の国旗シールの{}の首都も知りたい | ジャマイカ=JM; キューバ=CU; セントルシア=LC
hundred-yen-shop | アレクサコートジボワールの首都は二つあるの両方教えて | CI
hundred-yen-shop | アレクサ百均の世界地図に北朝鮮の首都が載ってないどこ | KP
# 銭湯
sento-bath | アレクサ番台で{}の人に会ったよ首都どこ | トルコ=TR; フィンランド=FI; ロシア=RU
sento-bath | アレクサ湯上がりに{}の首都クイズ | ハンガリー=HU; アイスランド=IS; エストニア=EE
sento-bath | アレクサ壁の富士山の絵じゃなくて{}の首都を知りたい | グアテマラ=GT; エルサルバドル=SV; ホンジュラス=HN
sento-bath | アレクササウナで一緒だった{}のおじさんの首都 | ラトビア=LV; ジョージア=GE; アルメニア=AM
sento-bath | アレクサ牛乳飲みながら聞くけど{}の首都 | ニカラグア=NI; パナマ=PA; ドミニカ共和国=DO
sento-bath | アレクサ銭湯の常連のおじいちゃんがコンゴ民主共和国の首都聞いてる | CD
sento-bath | アレクサ番台のおばちゃんがパレスチナの首都知りたいって | PS
# 天文部
astronomy-club | アレクサ天文台のある{}の首都はどこ | チリ=CL; 南アフリカ=ZA; スペイン=ES
astronomy-club | アレクサ皆既日食が見える{}の首都 | エジプト=EG; リビア=LY; チュニジア=TN
astronomy-club | アレクサオーロラを見に行く{}の首都どこ | アイスランド=IS; ノルウェー=NO; カナダ=CA
astronomy-club | アレクサ南十字星が見える{}の首都 | オーストラリア=AU; ニュージーランド=NZ; フィジー=FJ
astronomy-club | アレクサロケット発射場がある{}の首都は | カザフスタン=KZ; フランス=FR; インド=IN
astronomy-club | アレクサ南アフリカの首都をみんな教えて天文台があるんだ | ZA
astronomy-club | アレクサ南半球のボリビアの首都を二つ言って | BO
# 甲子園の応援
koshien-cheer | アレクサ留学生の四番バッター{}出身なんだって首都は | ドミニカ共和国=DO; キューバ=CU; ベネズエラ=VE
koshien-cheer | アレクサアルプススタンドで{}の首都の話になったどこ | 台湾=TW; 韓国=KR; フィリピン=PH
koshien-cheer | アレクサブラバンの曲のタイトルに出てくる{}の首都 | ブラジル=BR; アルゼンチン=AR; パナマ=PA
koshien-cheer | アレクサ試合の合間に{}の首都だけ教えて | バハマ=BS; ジャマイカ=JM; ハイチ=HT
koshien-cheer | アレクサ応援団長が{}の首都言えないどこ | ニュージーランド=NZ; サモア=WS; トンガ=TO
koshien-cheer | アレクサ韓国の首都ソウル合ってるよね | KR
koshien-cheer | アレクサ北朝鮮の首都も一応聞いとく | KP
# 婚活パーティー
konkatsu-party | アレクサ今日のお相手が{}に住んでたって首都どこ | ドイツ=DE; オランダ=NL; スイス=CH
konkatsu-party | アレクサ趣味が海外旅行の人が{}の首都の話をしてたどこ | ポルトガル=PT; ギリシャ=GR; クロアチア=HR
konkatsu-party | アレクサ話題作りに{}の首都覚えておきたい | イタリア=IT; スペイン=ES; フランス=FR
konkatsu-party | アレクサプロフィールカードに{}赴任って書いてた首都は | インドネシア=ID; マレーシア=MY; シンガポール=SG
konkatsu-party | アレクサ新婚旅行で行きたい{}の首都 | モルディブ=MV; モーリシャス=MU; セーシェル=SC
konkatsu-party | アレクサ相手がマレーシアの首都は二つあるって言ってた両方教えて | MY
konkatsu-party | アレクサ婚活相手のお父さんがオランダ駐在だった首都はどこどこ | NL
# 翻訳者
freelance-translator | アレクサ翻訳中の契約書に出てくる{}の首都の表記確認したい | エチオピア=ET; エリトリア=ER; ソマリア=SO
freelance-translator | アレクサ原稿の{}の首都ってカタカナでどう書く | アンティグア・バーブーダ=AG; ドミニカ国=DM; セントルシア=LC
freelance-translator | アレクサ納品前に{}の首都の名前を確認 | キリバス=KI; マーシャル諸島=MH; パラオ=PW
freelance-translator | アレクサ字幕の{}の首都どこだっけ | ウクライナ=UA; モルドバ=MD; ジョージア=GE
freelance-translator | アレクサ国連文書の{}の首都 | 南スーダン=SS; スーダン=SD; チャド=TD
freelance-translator | アレクサ訳語確認でコンゴ共和国の首都 | CG
freelance-translator | アレクサパレスチナ国の首都の表記を教えて | PS
freelance-translator | アレクサスリランカの首都をふたつとも正式な表記で | LK
# 追加の複数首都
plural-capitals | アレクサ{}の首都ってひとつじゃないんだべ両方言ってけろ | ベナン=BJ; スリランカ=LK; エスワティニ=SZ
plural-capitals | アレクサ{}の首都みんな言うてみい | コートジボワール=CI; ベナン=BJ; スリランカ=LK
plural-capitals | アレクサ{}の首都どれもこれも教えてちょうだい | エスワティニ=SZ; コートジボワール=CI; オランダ=NL
plural-capitals | アレクサ{}の首都って複数あるでしょそれ全部 | マレーシア=MY; 南アフリカ=ZA; ボリビア=BO
plural-capitals | アレクサ{}の首都は二つあるんやろ両方ね | ベナン=BJ; コートジボワール=CI; スリランカ=LK
plural-capitals | アレクサエスワティニの首都ふたつとも教えて | SZ
"""

if __name__ == "__main__":
    build_round(56, "ja", LINES, sys.argv, "tests/Eval/ja/round56/source/build_corpus.py")
