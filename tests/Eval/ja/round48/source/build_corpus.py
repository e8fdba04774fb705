"""Round 48, Japanese (ja-JP): a new author's own mix, written blind at the start of the forty-ninth session (brief
WRITER55.md), chosen apart from the regions, speakers and situations round 47's docstring names for itself (Tsugaru,
Nagoya, Kagoshima, Kyoto, Sendai; Indian IT engineer, French exchange student, Turkish kebab-shop worker, Pakistani
used-car exporter, Egyptian Arabic teacher; food-delivery rider, geography teacher, game streamer, izakaya, crossword
grandmother, hospital patient) and for rounds 46, 45 and 44 (Iyo, Koshu, Hida, Nagaoka, Okinawa, Kitakyushu, Tajima,
Okitama, Tama, Chikugo, Omi, Nanbu, Iwaki, Choshi, Iwami, Mino; Thai, Peruvian, Uzbek, Bangladeshi, Ukrainian,
Indonesian, Brazilian, Chinese, Korean, Myanmar, Kenyan, Nepali, Vietnamese, Filipino, Mongolian, American and Sri
Lankan learners; truck driver, cram school, karaoke, shogi club, family dinner, fisherman, taxi, hair salon, quiz club,
ramen shop, board games, homework, convenience store, stamp collector, travel agency, football supporter,
kindergarten, old people's home).
Regions: Hiroshima (じゃけえ, んさい, つかあさい, ぶち, たいぎい, のう; Carp, Miyajima, emigrant relatives in Hawaii),
Tosa in Kochi (ぜよ, ちょった, ながで, かえ, き, たまるか; Ryoma, John Manjiro, bonito boats in the Pacific), Kanazawa
(がいね, げん, まっし, やいね, け; gold leaf, Wajima lacquer, sister cities), Sapporo (なまら, っしょ, したっけ, だべ,
かい, なんもなんも; snow festival, sister cities Portland, Munich, Novosibirsk), Ibaraki (だっぺ, ごじゃっぺ,
おせーて, くんちぇ; dried sweet potato, trainees, Kashima football), Enshu around Hamamatsu (だら, だに, ずら,
ちんちん, くれん; pianos, motorbikes, Brazilian co-workers) and Kishiwada in Senshu (やんけ, われ, いな, たってえや;
danjiri, Kansai airport).
Learners and code-switching (learner grammar on purpose, mostly in hiragana): a Canadian assistant language teacher
(provinces, しゅふ), a German engineer at a car-parts plant (German states), a Mexican exchange student (Mexican states
and Central America), an Australian on a working holiday (Australian states, the Pacific), an Iranian cook (the Middle
East and Central Asia), and a returnee child mixing English words in katakana (キャピタル, ステートキャピタル).
Situations: moving house, a flight attendant learning new routes, bath time with a child, a baseball fan following
Japanese players in the major leagues, an online English lesson, a sumo stable with foreign wrestlers, studying for the
World Heritage certificate exam, an overseas posting, a TV quiz show, a world-cooking class, bedtime.
As in round 47 most lines carry no wake word (the Japanese transcripts start after it); a few start with アレクサ.
Every line was written by hand as one whole utterance; frames carry up to three fills.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
out-of-domain | 広島の明日の天気はどうじゃろ | FB
out-of-domain | 今日は傘いるかのう | FB
out-of-domain | カープの試合は今何対何 | FB
out-of-domain | カープの今日の先発は誰 | FB
out-of-domain | お好み焼きの美味しい店を探して | FB
out-of-domain | 宮島行きのフェリーの時間を教えて | FB
out-of-domain | 高知の今日の最高気温は | FB
out-of-domain | よさこい祭りはいつやったかね | FB
out-of-domain | カツオのたたきの作り方を教えて | FB
out-of-domain | 台風は高知に来るがかね | FB
out-of-domain | 坂本龍馬の誕生日はいつ | FB
out-of-domain | 金沢は明日雪降るけ | FB
out-of-domain | 兼六園の開園時間を教えて | FB
out-of-domain | 北陸新幹線の時刻表を見せて | FB
out-of-domain | 加賀棒茶に合うお菓子は何 | FB
out-of-domain | 札幌は今何度 | FB
out-of-domain | 雪まつりっていつからだっけ | FB
out-of-domain | ファイターズの試合結果を教えて | FB
out-of-domain | 新千歳空港の欠航情報 | FB
out-of-domain | スープカレーのおすすめの店 | FB
out-of-domain | 水戸の梅まつりはいつから | FB
out-of-domain | 納豆のいちばんおいしい食べ方 | FB
out-of-domain | 常磐線は遅れてる | FB
out-of-domain | 浜松の今日の風はどう | FB
out-of-domain | うなぎの値段はなんで高いの | FB
out-of-domain | 静岡おでんの黒はんぺんって何 | FB
out-of-domain | だんじり祭りは何日からやったっけ | FB
out-of-domain | 岸和田から関空まで車で何分 | FB
out-of-domain | 明日は布団干せるかな | FB
out-of-domain | 洗濯物を外に干しても大丈夫 | FB
out-of-domain | お風呂が沸いたら教えて | FB
out-of-domain | 十五分後にお湯を止めてって言って | FB
out-of-domain | 寝る前のお話を読んで | FB
out-of-domain | 子守唄をかけて | FB
out-of-domain | 明日のお弁当のおかず何がいいかな | FB
out-of-domain | 卵焼きの甘いレシピを教えて | FB
out-of-domain | 朝七時に起こしてくれる | FB
out-of-domain | 今日のゴミは燃えるゴミだっけ | FB
out-of-domain | 引っ越しの段ボールはどこで買える | FB
out-of-domain | 転出届って何がいるの | FB
out-of-domain | 電気の契約の電話番号を教えて | FB
out-of-domain | 近くのホームセンターは何時まで | FB
out-of-domain | 相撲の今日の取組結果を教えて | FB
out-of-domain | 照ノ富士は今日勝った | FB
out-of-domain | 大相撲九州場所はいつから | FB
out-of-domain | ちゃんこ鍋の材料を教えて | FB
out-of-domain | 大谷翔平は今日ホームラン打った | FB
out-of-domain | ドジャースの次の試合はいつ | FB
out-of-domain | メジャーリーグの順位を教えて | FB
out-of-domain | 甲子園の決勝はいつ | FB
out-of-domain | 世界遺産検定の申し込みはいつまで | FB
out-of-domain | 世界遺産っていくつあるの | FB
out-of-domain | 富士山はいつ世界遺産になった | FB
out-of-domain | マチュピチュは何メートルの高さにある | FB
out-of-domain | 海外赴任の準備に何がいるか教えて | FB
out-of-domain | ビザの申請ってどれくらいかかる | FB
out-of-domain | パスポートの更新はどこでできる | FB
out-of-domain | 羽田から成田まで何分かかる | FB
out-of-domain | ロンドンと東京の時差は何時間 | FB
out-of-domain | ニューヨークは今何時 | FB
out-of-domain | シドニーは今日晴れてる | FB
out-of-domain | ドイツの人口は何人 | FB
out-of-domain | インドの人口は中国より多いの | FB
out-of-domain | フランスの通貨は何 | FB
out-of-domain | メキシコの公用語は何語 | FB
out-of-domain | カナダの国旗の葉っぱは何の葉っぱ | FB
out-of-domain | ブラジルの国歌を流して | FB
out-of-domain | オーストラリアで一番高い山は | FB
out-of-domain | 世界で一番大きい国はどこ | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | 国連に加盟してる国はいくつ | FB
out-of-domain | 世界で一番長い川は何 | FB
out-of-domain | エベレストの高さは | FB
out-of-domain | アフリカにはいくつ国があるの | FB
out-of-domain | イランの首相は誰 | FB
out-of-domain | アメリカの大統領は今誰 | FB
out-of-domain | イギリスの王様の名前は | FB
out-of-domain | 資本金ってどういう意味 | FB
out-of-domain | 資本金一円で会社は作れる | FB
out-of-domain | 首都高の渋滞情報を教えて | FB
out-of-domain | 首都圏の明日の天気 | FB
out-of-domain | 首都直下地震の確率はどのくらい | FB
out-of-domain | 首都大学東京って今は何て名前 | FB
out-of-domain | 首都高の料金はいくら | FB
out-of-domain | キャピタルゲインってなに | FB
out-of-domain | 大文字と小文字の違いを教えて | FB
out-of-domain | 東京都の知事は誰 | FB
out-of-domain | 県庁所在地のクイズを出して | FB
out-of-domain | 日本の都道府県はいくつ | FB
out-of-domain | 静岡県の県庁所在地はどこ | FB
out-of-domain | 北海道の道庁はどこにある | FB
out-of-domain | 石川県の県庁はどこ | FB
out-of-domain | 高知県の人口は何人 | FB
out-of-domain | 茨城県の魅力度ランキングは何位 | FB
out-of-domain | ペルシャ語でありがとうは何て言う | FB
out-of-domain | スペイン語でこんにちはって何 | FB
out-of-domain | ドイツ語で乾杯は | FB
out-of-domain | 英語で首都って何て言うの | FB
out-of-domain | ケバブじゃなくてサフランライスの作り方 | FB
out-of-domain | ユーロは今日いくら | FB
out-of-domain | カナダドルを円に直して | FB
out-of-domain | ペソって一円いくら | FB
out-of-domain | オーストラリアドルの為替 | FB
out-of-domain | ワーホリのビザは何歳まで | FB
out-of-domain | 飛行機の中に液体は何ミリまで持ち込める | FB
out-of-domain | 機内食の時間は何時 | FB
out-of-domain | 成田発ドバイ行きの便は毎日あるの | FB
out-of-domain | 客室乗務員の試験に英語はいる | FB
out-of-domain | オンライン英会話の予約を確認して | FB
out-of-domain | 英単語のクイズを出して | FB
out-of-domain | 留学フェアはどこでやってる | FB
out-of-domain | 交換留学の奨学金について調べて | FB
out-of-domain | クイズ番組の録画を始めて | FB
out-of-domain | 今日のテレビ欄を読んで | FB
out-of-domain | 世界ふしぎ発見は何時から | FB
out-of-domain | 料理教室で作るタコスの材料 | FB
out-of-domain | パエリアに入れる米は何がいい | FB
out-of-domain | トムヤムクンを作りたい | FB
out-of-domain | ボルシチのレシピを読み上げて | FB
out-of-domain | 寝室の電気を暗くして | FB
out-of-domain | 波の音を流して | FB
out-of-domain | 雨の音を一時間かけて | FB
out-of-domain | おやすみモードにして | FB
out-of-domain | 加湿器をつけて | FB
out-of-domain | こたつのタイマーを切って | FB
out-of-domain | ストーブを消すの忘れてないか | FB
out-of-domain | 灯油の値段は上がってる | FB
out-of-domain | 除雪車はいつ来るの | FB
out-of-domain | 路面凍結してるか教えて | FB
out-of-domain | 昆布の出汁の取り方 | FB
out-of-domain | 干し芋の賞味期限はどれくらい | FB
out-of-domain | 茶摘みの歌を歌って | FB
out-of-domain | 富士山は今日見える | FB
out-of-domain | 浜名湖のうなぎ屋さんの予約 | FB
out-of-domain | よさこい鳴子踊りの曲をかけて | FB
out-of-domain | 奥田民生の曲をかけて | FB
out-of-domain | 中島みゆきの曲を流して | FB
out-of-domain | サザンの夏の歌をかけて | FB
out-of-domain | 次の曲にして | FB
out-of-domain | この曲のタイトルは何 | FB
out-of-domain | 音量を五にして | FB
out-of-domain | ちょっと声が大きいよ | FB
out-of-domain | しりとりしよう | FB
out-of-domain | なぞなぞを出して | FB
out-of-domain | 面白い話をして | FB
out-of-domain | 今日は何の日 | FB
out-of-domain | 次の満月はいつ | FB
out-of-domain | 日の出の時間は何時 | FB
out-of-domain | 花粉は今日多い | FB
out-of-domain | 黄砂は飛んでる | FB
out-of-domain | 地震の情報を教えて | FB
out-of-domain | 熱中症の警戒アラートは出てる | FB
out-of-domain | 体温計の電池の替え方 | FB
out-of-domain | 近くの病院で日曜日開いてるところ | FB
out-of-domain | 宅配の再配達をお願いしたい | FB
out-of-domain | 今月の電気代はいくら | FB
out-of-domain | 冷蔵庫に卵がまだあったか覚えてる | FB
out-of-domain | お母さんに電話して | FB
out-of-domain | 兄ちゃんにメッセージを送って | FB
out-of-domain | 明日の十時に歯医者って予定を入れて | FB
out-of-domain | リマインダーに税金の支払いを追加 | FB
out-of-domain | ワシントンの記念塔の高さは | FB
out-of-domain | パリのエッフェル塔は何年にできた | FB
out-of-domain | ローマの休日って誰が出てる映画 | FB
out-of-domain | ベルリンの壁はいつ壊れたの | FB
out-of-domain | キャンベラってどういう意味 | FB
out-of-domain | ソウル行きの飛行機は一日何便 | FB
out-of-domain | 北京ダックの焼き方 | FB
out-of-domain | ロンドンブーツ一号二号のネタ見せて | FB
out-of-domain | テヘランは今日何度 | FB
out-of-domain | バンコクの今の天気は | FB
out-of-domain | メキシコシティの標高は何メートル | FB
out-of-domain | ジャカルタは首都を移すって本当 | FB
out-of-domain | 首都機能移転ってなんで止まったん | FB
out-of-domain | 昔の日本の首都は京都だったの | FB
out-of-domain | 徳川家康ってどこで死んだの | FB
out-of-domain | 地理の期末テストの範囲を教えて | FB
out-of-domain | ちょっと静かにしといて | FB
out-of-domain | ありがとうもういいわ助かった | FB
out-of-domain | おはようアレクサ | FB
out-of-domain | アレクサは何歳なの | FB
out-of-domain | アレクサは好きな国ある | FB
help | 世界の首都の使い方を教えてくれんかのう | HELP
help | これどうやって聞いたらええんじゃ | HELP
help | 何を聞けばいいのか分からんけえ教えて | HELP
help | どう言うたらええがか教えてや | HELP
help | 使い方がわからんき説明してくれる | HELP
help | どうやって質問すればいいがけ | HELP
help | このスキル何ができるがか教えてくだはれ | HELP
help | なんまら分からん使い方教えて | HELP
help | これ何ができるの説明してくれるかい | HELP
help | どう聞けばいいんだっぺ教えて | HELP
help | 何て言やあいいのかわからんで教えてよ | HELP
help | 使い方を教えてほしいだら | HELP
help | どない聞いたらええんか教えてんか | HELP
help | 何て聞けばいいかヒントちょうだい | HELP
help | すみませんつかいかたおしえてください | HELP
help | わたしはなにをいえばいいですか | HELP
help | どうやってつかうのかせつめいしてください | HELP
help | このアプリのやりかたわかりません | HELP
help | ヘルプをおねがいします | HELP
help | 世界の首都ってどんなことに答えてくれるの | HELP
help | 州都も聞けるのか教えて | HELP
help | どんな国まで入ってるのか説明して | HELP
help | 質問の例を言ってみて | HELP
help | 聞き方の例を教えてください | HELP
help | 子どもでも使えるように使い方を説明して | HELP
help | 孫に教えたいけん使い方を言うて | HELP
help | 困ったどうすればいいの | HELP
help | 操作の仕方がわからないんだけど | HELP
help | 何から始めればいいかな | HELP
help | もう一回使い方を説明してくれる | HELP
help | できることの一覧を教えて | HELP
help | 遊び方を教えて | HELP
help | どんなふうに話しかければいいの | HELP
help | 最初に何を言えばいいか教えて | HELP
help | えっとこれってどう使うやつ | HELP
help | ヘルプ出して | HELP
help | 助けて使い方が分からない | HELP
help | 首都の聞き方を教えてくれ | HELP
help | このゲームのルール説明して | HELP
help | 質問の仕方をもう少しくわしく | HELP
help | 英語の名前でも聞けるか教えて | HELP
help | 使い方の説明をゆっくりお願い | HELP
help | 何を聞いたら答えられるの | HELP
help | 説明書みたいなのある | HELP
help | お客さんに見せたいけど使い方どう言えばいい | HELP
stop | もうええわやめちゃって | STOP
stop | もうやめじゃ終わり終わり | STOP
stop | もう終わりにするぜよ | STOP
stop | やめちゃってや | STOP
stop | もういいがいね終わって | STOP
stop | もうおしまいにするまっし | STOP
stop | したっけもう終わりにして | STOP
stop | 止めていいっしょ | STOP
stop | もうやめっぺ | STOP
stop | おしまいにすんべ | STOP
stop | もうやめるだら | STOP
stop | はいもうおしまいだに | STOP
stop | もうええてやめとき | STOP
stop | やめやめもう終わりや | STOP
stop | おわりにしてください | STOP
stop | もうやめてくださいありがとう | STOP
stop | すとっぷおねがいします | STOP
stop | アレクサ終わりにして | STOP
stop | アレクサストップ | STOP
stop | 首都の話はもういいよ止めて | STOP
stop | スキルを閉じて | STOP
stop | 世界の首都を終了して | STOP
stop | もう寝るから終わりにして | STOP
stop | お風呂出るからおしまい | STOP
stop | 勉強終わったから止めていいよ | STOP
stop | 相撲始まるからもう終わり | STOP
stop | 試合始まったから黙ってて | STOP
stop | お客さん来たから止めて | STOP
stop | 終了して | STOP
stop | 終わってちょうだい | STOP
stop | もう十分ありがとうね終わっていいよ | STOP
stop | 止めろって | STOP
stop | しゃべるのやめて | STOP
stop | 出発するから終了 | STOP
stop | 一回止めといて | STOP
stop | 今日はここまでにしよう | STOP
stop | やめよっか | STOP
stop | おしまいおしまい | STOP
stop | 終わろう終わろう | STOP
stop | もう結構です | STOP
stop | このアプリ終わって | STOP
stop | はい終了ですよ | STOP
stop | 切っといて | STOP
stop | 今日はもうええけえ終わりんさい | STOP
cancel | やっぱりキャンセルじゃ | CANCEL
cancel | 今のなしにして | CANCEL
cancel | 今のは取り消しじゃけえ | CANCEL
cancel | さっきのはなしながや | CANCEL
cancel | キャンセルしとうせ | CANCEL
cancel | 今のなかったことにしてたいま | CANCEL
cancel | さっきのキャンセルしまっし | CANCEL
cancel | 今のなしっしょ | CANCEL
cancel | やっぱいいわキャンセルして | CANCEL
cancel | 今のとりけしだっぺ | CANCEL
cancel | 取り消しにしてくれる | CANCEL
cancel | それキャンセルだら | CANCEL
cancel | いやいやちゃうちゃう今のキャンセルや | CANCEL
cancel | 今のやつ取り消してんか | CANCEL
cancel | きゃんせるしてください | CANCEL
cancel | いまのはとりけしです | CANCEL
cancel | まちがえましたきゃんせる | CANCEL
cancel | キャンセルでお願いします | CANCEL
cancel | やっぱりやめとく | CANCEL
cancel | いや今の質問取り消し | CANCEL
cancel | さっき聞いたの取り消して | CANCEL
cancel | 間違えたからキャンセル | CANCEL
cancel | 言い間違えたから今のはなし | CANCEL
cancel | それ聞くのやめるわ | CANCEL
cancel | 質問を取り消します | CANCEL
cancel | キャンセルキャンセル | CANCEL
cancel | 今のもういいやキャンセル | CANCEL
cancel | 取り消しで | CANCEL
cancel | やっぱなしで | CANCEL
cancel | やっぱり聞かなくていいや | CANCEL
cancel | あ今のなしなし | CANCEL
cancel | 違う違う取り消して | CANCEL
cancel | それはいいからキャンセル | CANCEL
cancel | 聞き間違いだからキャンセルして | CANCEL
cancel | 息子が勝手に言ったのでキャンセル | CANCEL
cancel | 子どもが言ったやつだから取り消して | CANCEL
cancel | 今のなかったことにして | CANCEL
cancel | 操作を取り消して | CANCEL
cancel | 今のリクエストはキャンセル | CANCEL
cancel | やめやめ今の取り消し | CANCEL
cancel | いったんキャンセルしといて | CANCEL
cancel | えっとキャンセルで | CANCEL
cancel | 今のはナシでお願い | CANCEL
cancel | 取り消しじゃ取り消し | CANCEL
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動して | LAUNCH
launch | 世界の首都を開いてくれんか | LAUNCH
launch | 世界の首都開けてや | LAUNCH
launch | 世界の首都をつけてくれるかね | LAUNCH
launch | 世界の首都を開けてたいま | LAUNCH
launch | 世界の首都を使いたいんやけど | LAUNCH
launch | 世界の首都を開いてほしいがいね | LAUNCH
launch | 世界の首都起動してくれる | LAUNCH
launch | 世界の首都やるべ | LAUNCH
launch | 世界の首都を始めるっぺ | LAUNCH
launch | 世界の首都で遊ぶだら | LAUNCH
launch | 世界の首都開けてんか | LAUNCH
launch | せかいのしゅとをひらいてください | LAUNCH
launch | せかいのしゅとをつかいたいです | LAUNCH
launch | 世界の首都をスタート | LAUNCH
launch | 世界の首都を呼んで | LAUNCH
launch | 世界の首都につないで | LAUNCH
launch | 世界の首都をお願い | LAUNCH
launch | 世界の首都で勉強したい | LAUNCH
launch | 世界の首都のスキルを開いて | LAUNCH
launch | 世界の首都を立ち上げて | LAUNCH
launch | 世界の首都を始めて | LAUNCH
launch | アレクサ世界の首都を開いて | LAUNCH
launch | 世界の首都を開いてよ | LAUNCH
launch | 世界の首都をもう一回開いて | LAUNCH
launch | ねえ世界の首都やりたい | LAUNCH
launch | 世界の首都ちょっと開いて | LAUNCH
launch | 世界の首都を出して | LAUNCH
launch | 世界の首都に切り替えて | LAUNCH
launch | 世界の首都を開いて問題出して | LAUNCH
plural-capitals | {}の首都はいくつあるんか全部教えて | ベナン=BJ; ボリビア=BO; コートジボワール=CI
plural-capitals | {}って首都が二つあるんよねどことどこ | スリランカ=LK; マレーシア=MY; オランダ=NL
plural-capitals | {}の首都を全部言うてみて | エスワティニ=SZ; 南アフリカ=ZA; パレスチナ=PS
plural-capitals | {}の首都はどれとどれなが | ボリビア=BO; 南アフリカ共和国=ZA; ベナン=BJ
plural-capitals | 首都がいっぱいある{}の首都を全部 | マレーシア=MY; コートジボワール=CI; スリランカ=LK
plural-capitals | {}の首都たちを教えてけれ | オランダ=NL; パレスチナ=PS; エスワティニ=SZ
plural-capitals | {}は首都が三つあるって聞いたけどそれぞれどこ | 南アフリカ=ZA
plural-capitals | {}の首都って二つあるっしょ両方教えて | ボリビア=BO; マレーシア=MY; コートジボワール=CI
plural-capitals | {}の首都は一個じゃないらしいけど全部でどこ | スリランカ=LK; パレスチナ=PS; ベナン=BJ
plural-capitals | {}の首都を二つとも言って | エスワティニ=SZ; オランダ=NL
plural-capitals | しゅとがふたつある{}のしゅとはなんですか | ベナン=BJ; ボリビア=BO
plural-capitals | {}の首都って結局どことどこになるん | コートジボワール=CI; スリランカ=LK; マレーシア=MY
plural-capitals | 授業で使うから{}の首都を全部読み上げて | 南アフリカ=ZA; オランダ=NL; エスワティニ=SZ
plural-capitals | {}の首都は二か所あるらしいが何と何 | パレスチナ=PS
plural-capitals | 南アの首都はみっつとも言える | ZA
plural-capitals | 象牙海岸の首都を両方教えて | CI
plural-capitals | スワジランドの首都はふたつあったよね | SZ
plural-capitals | セイロンって今の首都はどことどこ | LK
follow-up | ほいじゃあ{}はどうなん | スペイン=ES; ポルトガル=PT; アイルランド=IE
follow-up | ほんならその次は{}じゃ | エジプト=EG; ケニア=KE; モロッコ=MA
follow-up | ほしたら{}はどうながで | ペルー=PE; チリ=CL; コロンビア=CO
follow-up | {}やったらどうなる | カナダ=CA; アイスランド=IS; ノルウェー=NO
follow-up | ほんで{}はどこやいね | ポーランド=PL; ハンガリー=HU; チェコ=CZ
follow-up | あと{}もいいかい | フィンランド=FI; デンマーク=DK; スウェーデン=SE
follow-up | そいだば{}はどこだっぺ | ベトナム=VN; ラオス=LA; カンボジア=KH
follow-up | じゃあ{}は何ていう町だら | ギリシャ=GR; トルコ=TR; キプロス=CY
follow-up | ほな{}の方はどないやねん | オーストリア=AT; スイス=CH; ベルギー=BE
follow-up | つぎは{}をおしえてください | タイ=TH; ミャンマー=MM; フィリピン=PH
follow-up | 同じように{}も教えて | インドネシア=ID; ブルネイ=BN; 東ティモール=TL
follow-up | それじゃ{}の首都は | ネパール=NP; ブータン=BT; バングラデシュ=BD
follow-up | 今度は{}で | ウクライナ=UA; ベラルーシ=BY; モルドバ=MD
follow-up | もう一個{}もお願い | イラク=IQ; シリア=SY; ヨルダン=JO
follow-up | 続けて{}もいける | クウェート=KW; カタール=QA; バーレーン=BH
follow-up | じゃあ隣の{}は | パキスタン=PK; アフガニスタン=AF; インド=IN
follow-up | さっきのに続けて{}の州都も | クイーンズランド州=AU-QLD; ビクトリア州=AU-VIC; タスマニア州=AU-TAS
follow-up | 他に{}は | ラトビア=LV; リトアニア=LT; エストニア=EE
follow-up | ついでに{}のもね | セルビア=RS; クロアチア=HR; スロベニア=SI
follow-up | ほいで{}は | アルバニア=AL; モンテネグロ=ME; 北マケドニア=MK
subdivision | {}の州都はどこじゃろうか | テキサス州=US-TX; カリフォルニア州=US-CA; フロリダ州=US-FL
subdivision | {}の州都を教えてくれんね | ネバダ州=US-NV; アリゾナ州=US-AZ; ユタ州=US-UT
subdivision | {}の州都ってどこやったかね | オハイオ州=US-OH; ペンシルベニア州=US-PA; ニュージャージー州=US-NJ
subdivision | {}の州都ってどこなんだべ | アラスカ州=US-AK; モンタナ州=US-MT; アイダホ州=US-ID
subdivision | ニューヨーク州の州都はニューヨークじゃないよね | US-NY
subdivision | {}の州の首都はどこ | ハワイ=US-HI; マサチューセッツ=US-MA; コロラド=US-CO
subdivision | {}の州都を知りたいがです | イリノイ州=US-IL; ミネソタ州=US-MN; ウィスコンシン州=US-WI
subdivision | {}の州都は何市 | オレゴン州=US-OR; テネシー州=US-TN; アラバマ州=US-AL
subdivision | {}の州都はどこになるんけ | アーカンソー州=US-AR; オクラホマ州=US-OK; カンザス州=US-KS
subdivision | {}の州都を調べて | ネブラスカ州=US-NE; サウスダコタ州=US-SD; ミズーリ州=US-MO
subdivision | {}の州都ってどこっしょ | メイン州=US-ME; バーモント州=US-VT; ニューハンプシャー州=US-NH
subdivision | {}の州都は | コネチカット州=US-CT; ロードアイランド州=US-RI; メリーランド州=US-MD
subdivision | {}の州都はどこだっけ | ノースカロライナ州=US-NC; サウスカロライナ州=US-SC; ウェストバージニア州=US-WV
subdivision | {}の州都を教えて | ニューメキシコ州=US-NM; ミシシッピ州=US-MS; ケンタッキー州=US-KY
subdivision | {}の州都はどこだら | ジョージア州=US-GA; バージニア州=US-VA; ミシガン州=US-MI
subdivision | {}の州都はどこやねん | インディアナ州=US-IN; アイオワ州=US-IA; ルイジアナ州=US-LA
subdivision | {}の州都わかる | ワシントン州=US-WA; ワイオミング州=US-WY; デラウェア州=US-DE
subdivision | {}の州都 | ノースダコタ州=US-ND; ニューヨーク州=US-NY; アメリカのジョージア州=US-GA
subdivision | {}の州都ってどこ | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | ドイツの{}の州都はどこ | ニーダーザクセン州=DE-NI; シュレースヴィヒホルシュタイン州=DE-SH; テューリンゲン州=DE-TH
subdivision | ドイツの{}って州の州都は | ブランデンブルク=DE-BB; メクレンブルクフォアポンメルン=DE-MV; ザクセンアンハルト=DE-ST
subdivision | ドイツの州の{}の州都 | ラインラントプファルツ=DE-RP; バーデンヴュルテンベルク=DE-BW; ブレーメン=DE-HB
subdivision | カナダの{}の州都はどこ | アルバータ州=CA-AB; マニトバ州=CA-MB; サスカチュワン州=CA-SK
subdivision | カナダの{}の州都を教えて | ノバスコシア州=CA-NS; ニューブランズウィック州=CA-NB; プリンスエドワードアイランド州=CA-PE
subdivision | カナダの{}の中心の町は | ヌナブト準州=CA-NU; ユーコン準州=CA-YT; ノースウェスト準州=CA-NT
subdivision | オーストラリアの{}の州都はどこ | 南オーストラリア州=AU-SA; ニューサウスウェールズ州=AU-NSW; 西オーストラリア州=AU-WA
subdivision | インドの{}の州都はどこ | ケララ州=IN-KL; タミルナドゥ州=IN-TN; マハラシュトラ州=IN-MH
subdivision | インドの{}の州都を教えてください | グジャラート州=IN-GJ; パンジャブ州=IN-PB; 西ベンガル州=IN-WB
subdivision | インドの{}って州の州都 | ゴア=IN-GA; アッサム=IN-AS; テランガナ=IN-TS
subdivision | インドの{}の州都ってどこ | アーンドラプラデーシュ州=IN-AP; カルナータカ州=IN-KA; マディヤプラデーシュ州=IN-MP
subdivision | ブラジルの{}の州都はどこ | バイーア州=BR-BA; パラナ州=BR-PR; アマゾナス州=BR-AM
subdivision | ブラジルの{}の州都を教えて | ミナスジェライス州=BR-MG; ペルナンブコ州=BR-PE; リオグランデドスル州=BR-RS
subdivision | ブラジルの{}州の州都 | セアラ=BR-CE; ゴイアス=BR-GO; サンタカタリナ=BR-SC
subdivision | メキシコの{}の州都はどこ | ユカタン州=MX-YUC; オアハカ州=MX-OAX; ベラクルス州=MX-VER
subdivision | メキシコの{}の州都を教えて | ヌエボレオン州=MX-NLE; キンタナロー州=MX-ROO; チワワ州=MX-CHH
subdivision | メキシコの{}州の州都 | プエブラ=MX-PUE; グアナフアト=MX-GUA; シナロア=MX-SIN
subdivision | {}の首都はどこ | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | イングランドの首都ってロンドンでいいの | GB-ENG
subdivision | {}の首府を教えて | グリーンランド=GL; ニューカレドニア=NC; バミューダ諸島=BM
subdivision | {}の中心の町はどこ | マン島=IM; ジャージー島=JE; ガーンジー島=GG
subdivision | アメリカ領の{}の首都は | 米領サモア=AS; 北マリアナ諸島=MP; 米領バージン諸島=VI
subdivision | フランスの海外県の{}の県都は | マルティニーク=MQ; グアドループ=GP; マヨット=YT
subdivision | イギリス領の{}の首都はどこ | ジブラルタル=GI; ケイマン諸島=KY; フォークランド諸島=FK
yes-no-check | シドニーってオーストラリアの首都じゃないんか | AU
yes-no-check | リオデジャネイロがブラジルの首都なが | BR
yes-no-check | トロントはカナダの首都やろ | CA
yes-no-check | ニューヨークがアメリカの首都でしょ | US
yes-no-check | イスタンブールってトルコの首都だよね | TR
yes-no-check | ジュネーブはスイスの首都かい | CH
yes-no-check | ミュンヘンはドイツの首都だっぺか | DE
yes-no-check | ホーチミンがベトナムの首都だら | VN
yes-no-check | ドバイはアラブ首長国連邦の首都だっけ | AE
yes-no-check | カサブランカがモロッコの首都ちゃうの | MA
yes-no-check | ラゴスはナイジェリアのしゅとですか | NG
yes-no-check | オークランドがニュージーランドの首都で合ってる | NZ
yes-no-check | カラチってパキスタンの首都 | PK
yes-no-check | アルマトイがカザフスタンの首都なんだよね | KZ
yes-no-check | ヤンゴンはまだミャンマーの首都なの | MM
yes-no-check | ダルエスサラームがタンザニアの首都じゃなかった | TZ
yes-no-check | アビジャンはコートジボワールの首都に入るの | CI
yes-no-check | ラパスはボリビアの首都って言っていいの | BO
yes-no-check | サンクトペテルブルクがロシアの首都だったっけ | RU
yes-no-check | バルセロナはスペインの首都じゃないの | ES
yes-no-check | ミラノってイタリアの首都かと思ってた違う | IT
yes-no-check | チューリッヒがスイスの首都で正解 | CH
yes-no-check | ケベックシティはカナダの首都じゃないよね | CA
yes-no-check | ロサンゼルスはカリフォルニア州の州都 | US-CA
yes-no-check | シカゴってイリノイ州の州都で合ってる | US-IL
yes-no-check | シアトルがワシントン州の州都だよね | US-WA
yes-no-check | マイアミがフロリダの州都でしょ | US-FL
yes-no-check | フランクフルトはヘッセン州の州都じゃないん | DE-HE
yes-no-check | ケルンがノルトラインヴェストファーレンの州都やったっけ | DE-NW
yes-no-check | バンクーバーはブリティッシュコロンビア州の州都 | CA-BC
yes-no-check | モントリオールってケベック州の州都ですか | CA-QC
yes-no-check | ダーウィンはノーザンテリトリーの中心で合ってるかい | AU-NT
yes-no-check | ゴールドコーストはクイーンズランド州の州都だべ | AU-QLD
yes-no-check | バンガロールがカルナータカの州都で合ってますか | IN-KA
yes-no-check | ワシントンはアメリカの首都で間違いない | US
yes-no-check | 北京は中国の首都でよかったよね | CN
self-correction | フランスの首都いや違うイギリスの首都 | GB
self-correction | スペインじゃのうてポルトガルの首都教えて | PT
self-correction | オーストリアあっちゃうオーストラリアの首都 | AU
self-correction | スイスやのうてスウェーデンの首都はどこ | SE
self-correction | スロバキアじゃなくてスロベニアの首都 | SI
self-correction | ニジェールえっとナイジェリアの方の首都 | NG
self-correction | イランじゃなかったイラクの首都だった | IQ
self-correction | ギニアビサウいやギニアの首都はどこ | GN
self-correction | パラグアイじゃなくウルグアイの首都 | UY
self-correction | コロンビアじゃないわボリビアの首都を全部 | BO
self-correction | モーリタニアいや間違えたモーリシャスの首都 | MU
self-correction | オーストラリアのいやニュージーランドの首都 | NZ
self-correction | ラトビアっていうかリトアニアの首都 | LT
self-correction | ザンビアちゃうわジンバブエの首都 | ZW
self-correction | グレナダあいや間違えたガーナの首都 | GH
self-correction | ホンジュラスじゃなかったグアテマラの首都 | GT
self-correction | スーダンじゃなくて南スーダンの首都はどこ | SS
self-correction | ネパールのえっとブータンの首都 | BT
self-correction | アルメニアいやアゼルバイジャンの首都 | AZ
self-correction | カナダのえーっと違うアメリカの首都 | US
self-correction | ドミニカ共和国じゃなくてドミニカ国の首都 | DM
self-correction | ミシガン州いやミネソタ州の州都 | US-MN
self-correction | アイオワ州じゃなかったオハイオ州の州都は | US-OH
self-correction | バイエルン州じゃなくてザールラント州の州都 | DE-SL
self-correction | マニトバ州いやオンタリオ州の州都 | CA-ON
self-correction | ハリスコ州あっ違うソノラ州の州都 | MX-SON
self-correction | タスマニアやなかったビクトリア州の州都 | AU-VIC
self-correction | スコットランドいやウェールズの首都 | GB-WLS
self-correction | トーゴいやごめんガボンの首都 | GA
self-correction | ベナンじゃなくてベリーズの首都 | BZ
self-correction | マラウイいやマリの首都は | ML
self-correction | キルギスじゃない方のタジキスタンの首都 | TJ
reverse-question | {}はどこの国の首都じゃったかいの | ナイロビ=CITY:ナイロビ; リマ=CITY:リマ; カイロ=CITY:カイロ
reverse-question | {}ってどこの首都なが | ウランバートル=CITY:ウランバートル; タシケント=CITY:タシケント; ビシュケク=CITY:ビシュケク
reverse-question | {}ってどこの国の首都やったかいね | オスロ=CITY:オスロ; ヘルシンキ=CITY:ヘルシンキ; レイキャビク=CITY:レイキャビク
reverse-question | {}が首都の国はどこ | キト=CITY:キト; カラカス=CITY:カラカス; モンテビデオ=CITY:モンテビデオ
reverse-question | {}はどこの首都だっぺ | ハノイ=CITY:ハノイ; プノンペン=CITY:プノンペン; ビエンチャン=CITY:ビエンチャン
reverse-question | {}ってどこの国の首都だら | ブダペスト=CITY:ブダペスト; ワルシャワ=CITY:ワルシャワ; ブカレスト=CITY:ブカレスト
reverse-question | {}を首都にしとる国はどこや | アクラ=CITY:アクラ; ダカール=CITY:ダカール; ルサカ=CITY:ルサカ
reverse-question | {}はなにのくにのしゅとですか | アブジャ=CITY:アブジャ; キンシャサ=CITY:キンシャサ; ハラレ=CITY:ハラレ
reverse-question | {}ってどこの首都か知ってる | ドーハ=CITY:ドーハ; マスカット=CITY:マスカット; リヤド=CITY:リヤド
reverse-question | {}はどの国の首都 | ティンプー=CITY:ティンプー; カトマンズ=CITY:カトマンズ; ダッカ=CITY:ダッカ
reverse-question | {}が首都なのはどこの国 | アスンシオン=CITY:アスンシオン; ボゴタ=CITY:ボゴタ; サンティアゴ=CITY:サンチアゴ
reverse-question | {}ってどこの州都 | サクラメント=CITY:サクラメント; オースティン=CITY:オースティン; タラハシー=CITY:タラハシー
reverse-question | {}はどこの州の州都なの | ハリファクス=CITY:ハリファクス; エドモントン=CITY:エドモントン; ウィニペグ=CITY:ウィニペグ
reverse-question | {}って何州の州都 | ポツダム=CITY:ポツダム; マインツ=CITY:マインツ; キール=CITY:キール
reverse-question | {}が州都の州ってどこ | ブリスベン=CITY:ブリスベン; アデレード=CITY:アデレード; パース=CITY:パース
reverse-question | {}はどこの首都で有名なの | キングストン=CITY:キングストン; ビクトリア=CITY:ビクトリア
reverse-question | ジョージタウンが首都のところってどこ | CITY:ジョージタウン
reverse-question | セントジョンズってどこの首都だったっけ | CITY:セントジョンズ
reverse-question | ムンバイはどこの州の州都 | CITY:ムンバイ
reverse-question | チェンナイって何州の州都か教えて | CITY:チェンナイ
official-name | {}の首都はどこじゃ | 大韓民国=KR; 中華人民共和国=CN; 朝鮮民主主義人民共和国=KP
official-name | {}の首都を教えてください | ドイツ連邦共和国=DE; フランス共和国=FR; イタリア共和国=IT
official-name | {}の首都はどちらですか | グレートブリテンおよび北アイルランド連合王国=GB; ロシア連邦=RU; スイス連邦=CH
official-name | 正式には{}っていう国の首都 | ベトナム社会主義共和国=VN; ラオス人民民主共和国=LA; カンボジア王国=KH
official-name | {}の首都はどこでしょうか | タイ王国=TH; ブータン王国=BT; トンガ王国=TO
official-name | {}という国の首都を調べて | ミャンマー連邦共和国=MM; ネパール連邦民主共和国=NP; スリランカ民主社会主義共和国=LK
official-name | {}の首都ってどこ | イランイスラム共和国=IR; エジプトアラブ共和国=EG; サウジアラビア王国=SA
official-name | {}の首都はどこだっけ | ブラジル連邦共和国=BR; メキシコ合衆国=MX; アルゼンチン共和国=AR
official-name | {}の首都を言ってください | ヨルダンハシミテ王国=JO; モロッコ王国=MA; スペイン王国=ES
official-name | 正式名称が{}の国の首都 | ボリビア多民族国=BO; ベネズエラボリバル共和国=VE; 中央アフリカ共和国=CF
official-name | {}の首都を知りたいです | オランダ王国=NL; ベルギー王国=BE; ノルウェー王国=NO
official-name | {}って国の首都 | ミクロネシア連邦=FM; マーシャル諸島共和国=MH; パラオ共和国=PW
official-name | 中華民国の首都はどこ | TW
official-name | バチカン市国の首都 | VA
official-name | コソボ共和国の首都ってどこ | XK
official-name | パレスチナ国の首都はどこですか | PS
everyday-name | {}の首都ってどこじゃ | アメリカ=US; イギリス=GB; ニュージー=NZ
everyday-name | {}の首都はどこね | 米国=US; 英国=GB; 豪州=AU
everyday-name | {}の首都って何ていうの | ビルマ=MM; セイロン=LK; グルジア=GE
everyday-name | 昔の言い方で{}の首都はどこ | ペルシャ=IR; シャム=TH; ザイール=CD
everyday-name | {}の首都 | サウジ=SA; ボスニア=BA; パプア=PG
everyday-name | {}の首都はどこだべ | マケドニア=MK; スワジランド=SZ; 東チモール=TL
everyday-name | {}の首都ってなんだっけ | アラブ首長国=AE; ユーエーイー=AE; 南ア=ZA
everyday-name | {}の首都はどこなの | セントビンセント=VC; セントクリストファーネイビス=KN; トリニダード=TT
everyday-name | {}の首都どこか知ってる | ホランド=NL; チェコスロバキアじゃなくてチェコ=CZ; キルギスタン=KG
everyday-name | {}の首都を言うて | アンティグア=AG; サントメ=ST; カーボヴェルデ=CV
shared-name | {}の首都はどこなんじゃ | ジョージア=GE+US-GA; コンゴ=CD+CG; ドミニカ=DM+DO
shared-name | {}の首都ってどこにあるん | ヴァージン諸島=VG+VI; サモア=AS+WS; ギニア=GN
shared-name | {}の首都を教えてほしい | バージン諸島=VG+VI; ジョージアって名前のとこ=GE+US-GA; コンゴって国=CD+CG
shared-name | ドミニカの首都ってどっちのドミニカでもいいから教えて | DM+DO
shared-name | ジョージアの州都か首都かわからんけど教えて | GE+US-GA
shared-name | サモアの首都はどこだら | AS+WS
shared-name | コンゴの首都は二つの国であるんだっけ | CD+CG
shared-name | キングストンはどこの首都 | CITY:キングストン
shared-name | ビクトリアが首都の場所を全部 | CITY:ビクトリア
shared-name | ルクセンブルクの首都はルクセンブルクなの | LU
shared-name | シンガポールの首都ってシンガポール | SG
shared-name | メキシコの首都とメキシコ州の州都は違うん | MX+MX-MEX
hiroshima | {}の首都はどこなんかいのう | アンドラ=AD; アルメニア=AM; アンゴラ=AO
hiroshima | {}の首都ってぶちむずいんじゃけど教えて | ブルキナファソ=BF; ブルンジ=BI; ボツワナ=BW
hiroshima | {}の首都を教えてつかあさい | ブルガリア=BG; ルーマニア=RO; スロバキア=SK
hiroshima | ハワイに移民した親戚がおるんじゃけど{}の州都はどこね | ハワイ州=US-HI; カリフォルニア=US-CA; ワシントン州=US-WA
hiroshima | {}の首都はどこじゃったかのう忘れてしもうた | モンゴル=MN; ウズベキスタン=UZ; トルクメニスタン=TM
hiroshima | たいぎいけど{}の首都だけ調べといて | マダガスカル=MG; モザンビーク=MZ; ナミビア=NA
hiroshima | {}の首都を言うてみんさい | キューバ=CU; ジャマイカ=JM; ハイチ=HT
hiroshima | 平和記念式典に来とった{}の大使さんの首都はどこ | ソロモン諸島=SB; フィジー=FJ; バヌアツ=VU
hiroshima | わしゃ知らんのじゃが{}の首都はなんちゅうところ | エリトリア=ER; ジブチ=DJ; ソマリア=SO
hiroshima | 日本の首都は東京でええんよね | JP
hiroshima | カキの輸出先の{}の首都ってどこかいの | シンガポール=SG; 台湾=TW; 中国=CN
tosa | {}の首都はどこぜよ | エチオピア=ET; スーダン=SD; チャド=TD
tosa | 龍馬さんが行きたかった{}の首都はどこやったかえ | アメリカ=US; イギリス=GB; オランダ=NL
tosa | {}の首都を教えてくれんかえ | パナマ=PA; ニカラグア=NI; エルサルバドル=SV
tosa | {}の首都はなんちゅう町ながで | コスタリカ=CR; ホンジュラス=HN; エクアドル=EC
tosa | 鰹船で行った{}の首都はどこやき | キリバス=KI; ツバル=TV; ナウル=NR
tosa | {}の首都を言うてみいや | セーシェル=SC; モルディブ=MV; コモロ=KM
tosa | ジョン万次郎が暮らした{}の州都はどこ | マサチューセッツ州=US-MA
tosa | {}の首都はどこながよ | トーゴ=TG; セネガル=SN; ガンビア=GM
tosa | たまるか{}の首都を忘れちょった | リベリア=LR; シエラレオネ=SL; ギニアビサウ=GW
kanazawa | {}の首都はどこやったけ | チュニジア=TN; アルジェリア=DZ; リビア=LY
kanazawa | {}の首都を教えてほしいげんけど | レバノン=LB; イスラエル=IL; イエメン=YE
kanazawa | 金箔を送る{}の首都ってどこなんやろ | モナコ=MC; サンマリノ=SM; リヒテンシュタイン=LI
kanazawa | {}の首都ってなんていうがいね | マルタ=MT; マラウイ=MW; ルワンダ=RW
kanazawa | 姉妹都市のある{}の州都はどこなん | マサチューセッツ=US-MA; ポルトガル=PT; ロシア=RU
kanazawa | {}の首都はどこか教えまっし | ウガンダ=UG; ザンビア=ZM; レソト=LS
kanazawa | {}の首都ってあんた知っとる | オマーン=OM; モーリタニア=MR; ニジェール=NE
kanazawa | 輪島塗を売りに行く{}の首都はどこやいね | フランス=FR; ドイツ=DE; イタリア=IT
sapporo | {}の首都ってどこなのさ | バハマ=BS; バルバドス=BB; グレナダ=GD
sapporo | {}の首都なまら気になるんだけど | セントルシア=LC; ガイアナ=GY; スリナム=SR
sapporo | 姉妹都市がある{}の州都ってどこだべ | オレゴン州=US-OR; ドイツのバイエルン州=DE-BY; カナダのアルバータ州=CA-AB
sapporo | {}の首都はどこっしょ | パラグアイ=PY; カメルーン=CM; 赤道ギニア=GQ
sapporo | {}の首都したっけ何だっけ | アイスランド=IS; フィンランド=FI; ノルウェー=NO
sapporo | 雪まつりに来てた{}の首都ってどこだったかい | タイ=TH; オーストラリア=AU; 韓国=KR
sapporo | {}の首都を教えてくれるかい | アラスカ州=US-AK; ロシア=RU; モンゴル=MN
sapporo | なんもなんも{}の首都でいいから教えて | カナダ=CA; スウェーデン=SE; デンマーク=DK
sapporo | うちのばあちゃんが行った{}の首都ってどこだべか | イタリア=IT; ギリシャ=GR; エジプト=EG
ibaraki | {}の首都はどこだっぺ | ナミビア=NA; アンゴラ=AO; ボツワナ=BW
ibaraki | {}の首都ってなんつうとこだっぺか | エスワティニ=SZ; レソト=LS; ジンバブエ=ZW
ibaraki | 常陸太田に来てる研修生の{}の首都どこだっけ | ベトナム=VN; インドネシア=ID; カンボジア=KH
ibaraki | 干し芋送る{}の首都はどこだべ | 台湾=TW; シンガポール=SG; タイ=TH
ibaraki | {}の首都をおせーてくれ | ガーナ=GH; ケニア=KE; タンザニア=TZ
ibaraki | ごじゃっぺ言わねで{}の首都教えろ | コソボ=XK; セルビア=RS; ボスニア=BA
ibaraki | {}の首都わがんねえから教えてくんちぇ | ウルグアイ=UY; アルゼンチン=AR; チリ=CL
ibaraki | 鹿島のサッカー選手の{}の首都はどこだっぺな | ブラジル=BR; ペルー=PE; コロンビア=CO
enshu | {}の首都ってどこだら | インド=IN; パキスタン=PK; バングラデシュ=BD
enshu | ピアノ売ってる{}の首都はどこだに | オーストリア=AT; ハンガリー=HU; チェコ=CZ
enshu | バイク工場がある{}の首都を教えてくれん | インドネシア=ID; ベトナム=VN; フィリピン=PH
enshu | {}の州都ってどこずら | サンパウロ州=BR-SP; パラナ州=BR-PR; リオデジャネイロ州=BR-RJ
enshu | ブラジル人の同僚の地元の{}の州都はどこだら | ミナスジェライス=BR-MG; ゴイアス州=BR-GO; マトグロッソ州=BR-MT
enshu | {}の首都ちんちんに暑いらしいけどどこ | クウェート=KW; カタール=QA; オマーン=OM
enshu | {}の首都教えてやぁ | パラグアイ=PY; ベネズエラ=VE; エクアドル=EC
enshu | お茶を輸出してる{}の首都はどこだに | アメリカ=US; ドイツ=DE; 台湾=TW
kishiwada | {}の首都どこやねん教えてや | ブルガリア=BG; ルーマニア=RO; モルドバ=MD
kishiwada | われ{}の首都知っとんか | アルジェリア=DZ; チュニジア=TN; モロッコ=MA
kishiwada | {}の首都てどこやったかいな | ジブチ=DJ; エリトリア=ER; エチオピア=ET
kishiwada | だんじり見に来た{}の人の首都はどこや | スペイン=ES; ポルトガル=PT; フランス=FR
kishiwada | {}の首都言うてみいや | グアテマラ=GT; ベリーズ=BZ; ホンジュラス=HN
kishiwada | {}の首都なんかわかるかいな教えて | マリ=ML; ブルキナファソ=BF; ニジェール=NE
kishiwada | 関空から飛んでる{}の首都はどこなんや | フィンランド=FI; トルコ=TR; カタール=QA
kishiwada | {}の首都教えたってえや | アイルランド=IE; ベルギー=BE; ルクセンブルク=LU
canadian-alt | {}のしゅふはどこですか | ケベック=CA-QC; オンタリオ=CA-ON; ブリティッシュコロンビア=CA-BC
canadian-alt | わたしのふるさと{}のしゅふはどこ | ニューファンドランド=CA-NL; ノバスコシア=CA-NS; マニトバ=CA-MB
canadian-alt | せいとにおしえたい{}のしゅとはなに | カナダ=CA; アメリカ=US; イギリス=GB
canadian-alt | {}のしゅとをいってくださいおねがい | ジャマイカ=JM; バハマ=BS; バルバドス=BB
canadian-alt | {}のキャピタルシティーはどこですか | サスカチュワン=CA-SK; アルバータ=CA-AB; ユーコン=CA-YT
canadian-alt | えっとー{}のしゅとなんですか | ハイチ=HT; キューバ=CU; ドミニカ共和国=DO
canadian-alt | {}ってくにのしゅとわかりますか | フランス=FR; ベトナム=VN; モロッコ=MA
canadian-alt | ぼくのつまは{}からきたそのしゅとは | フィリピン=PH; 韓国=KR; メキシコ=MX
canadian-alt | ヌナブトのしゅふはイカルイットであってますか | CA-NU
german-engineer | {}のしゅふはどこでありますか | ノルトラインヴェストファーレン=DE-NW; バーデンヴュルテンベルク=DE-BW; ニーダーザクセン=DE-NI
german-engineer | わたしのしゅっしんの{}のしゅとはどこ | ザクセン=DE-SN; テューリンゲン=DE-TH; ハンブルク=DE-HH
german-engineer | {}の首都をおしえてくれませんか | オーストリア=AT; スイス=CH; リヒテンシュタイン=LI
german-engineer | こうじょうがある{}のしゅとはなんですか | チェコ=CZ; ポーランド=PL; ハンガリー=HU
german-engineer | {}のしゅとはどこにありますか | スロバキア=SK; スロベニア=SI; クロアチア=HR
german-engineer | {}州のしゅふをしりたい | ザールラント=DE-SL; ブレーメン=DE-HB; ベルリン=DE-BE
german-engineer | わたしのどうりょうは{}のひとですしゅとはどこ | トルコ=TR; ギリシャ=GR; デンマーク=DK
german-engineer | {}のしゅとそれはボンですか | ドイツ=DE
mexican-student | {}のしゅとはどこですか | グアテマラ=GT; エルサルバドル=SV; ニカラグア=NI
mexican-student | わたしのまちは{}にありますしゅふはどこ | ハリスコ=MX-JAL; ミチョアカン=MX-MIC; コアウイラ=MX-COA
mexican-student | {}のしゅふおしえてください | オアハカ=MX-OAX; チアパス=MX-CHP; タバスコ=MX-TAB
mexican-student | {}州のしゅとはなんですか | ゲレロ=MX-GRO; モレロス=MX-MOR; イダルゴ=MX-HID
mexican-student | となりのくに{}のしゅとはどこ | ベリーズ=BZ; アメリカ=US; キューバ=CU
mexican-student | {}のしゅとはなにかわかりません | コロンビア=CO; ベネズエラ=VE; パナマ=PA
mexican-student | メキシコのしゅとはメキシコシティーですか | MX
mexican-student | {}のしゅふはどこかおしえて | バハカリフォルニアスル=MX-BCS; サカテカス=MX-ZAC; ドゥランゴ=MX-DUR
mexican-student | {}のしゅふはなに | タマウリパス=MX-TAM; ナヤリット=MX-NAY; トラスカラ=MX-TLA
australian-wh | {}のしゅふはどこなの | タスマニア=AU-TAS; ビクトリア=AU-VIC; クイーンズランド=AU-QLD
australian-wh | ぼくのうまれた{}のしゅふはなに | ニューサウスウェールズ=AU-NSW; 南オーストラリア=AU-SA; 西オーストラリア=AU-WA
australian-wh | オーストラリアのしゅとはシドニーじゃないですよね | AU
australian-wh | {}のしゅとおしえてくださーい | ニュージーランド=NZ; フィジー=FJ; サモア=WS
australian-wh | {}のしゅとはどこかな | パプアニューギニア=PG; ソロモン諸島=SB; バヌアツ=VU
australian-wh | {}のしゅふはどこ | ノーザンテリトリー=AU-NT; オーストラリア首都特別地域=AU-ACT; ノーフォーク島=NF
australian-wh | ワーホリのつぎは{}にいきたいしゅとはどこ | カナダ=CA; アイルランド=IE; イギリス=GB
australian-wh | {}のしゅとはなんだっけ | トンガ=TO; キリバス=KI; ツバル=TV
iranian-cook | {}のしゅとはどこにあるんですか | イラン=IR; イラク=IQ; アフガニスタン=AF
iranian-cook | わたしのくには{}ですしゅとはどこ | アゼルバイジャン=AZ; アルメニア=AM; トルクメニスタン=TM
iranian-cook | {}のしゅとおしえてもらえますか | サウジアラビア=SA; イエメン=YE; オマーン=OM
iranian-cook | {}のしゅとはなんというまち | シリア=SY; レバノン=LB; ヨルダン=JO
iranian-cook | サフランをかう{}のしゅとはどこ | スペイン=ES; アラブ首長国連邦=AE; パキスタン=PK
iranian-cook | {}のしゅとはテヘランですよね | イラン=IR
iranian-cook | {}のしゅとはどこでしょう | タジキスタン=TJ; ウズベキスタン=UZ; カザフスタン=KZ
iranian-cook | おきゃくさんは{}からきたしゅとはどこ | エジプト=EG; トルコ=TR; イスラエル=IL
returnee-kid | {}のキャピタルってどこだっけ | カナダ=CA; オーストラリア=AU; ニュージーランド=NZ
returnee-kid | {}のキャピタルシティってなに | カリフォルニア=US-CA; テキサス=US-TX; ニューヨーク=US-NY
returnee-kid | マジで{}のキャピタル知らないんだけど | イギリス=GB; スコットランド=GB-SCT; アイルランド=IE
returnee-kid | {}の首都ってアクチュアリーどこ | トルコ=TR; ブラジル=BR; スイス=CH
returnee-kid | 前住んでた{}のステートキャピタルどこ | マサチューセッツ=US-MA; イリノイ=US-IL; オハイオ=US-OH
returnee-kid | {}のキャピタル教えてプリーズ | シンガポール=SG; マレーシア=MY; フィリピン=PH
returnee-kid | ちょっと待って{}のキャピタルって何だったっけ | ケニア=KE; ナイジェリア=NG; 南アフリカ=ZA
returnee-kid | {}のキャピタルはバンクーバーだと思ってた | ブリティッシュコロンビア=CA-BC
moving-house | 引っ越し先の{}の州都ってどこ | ノースカロライナ州=US-NC; テネシー州=US-TN; インディアナ州=US-IN
moving-house | 段ボール詰めながら聞くけど{}の首都は | ドイツ=DE; オランダ=NL; ベルギー=BE
moving-house | 今度の転勤先の{}の州都を教えて | ジョージア州=US-GA; アラバマ州=US-AL; ケンタッキー州=US-KY
moving-house | 新しい家のある{}の州都はどこになる | ケベック州=CA-QC; オンタリオ州=CA-ON; ノバスコシア州=CA-NS
moving-house | 引っ越しのあいさつに使う{}の首都の名前 | ポーランド=PL; チェコ=CZ; オーストリア=AT
moving-house | 住民票を移す前に{}の首都を確認したい | ルクセンブルク=LU; スイス=CH; モナコ=MC
moving-house | 荷物を船で送る{}の首都ってどこ | ブラジル=BR; アルゼンチン=AR; チリ=CL
moving-house | 家族で移る{}の首都はどんなとこ | ニュージーランド=NZ; シンガポール=SG; マレーシア=MY
flight-attendant | 来月から飛ぶ{}の首都はどこ | エチオピア=ET; ケニア=KE; 南アフリカ=ZA
flight-attendant | 乗務で行く{}の首都の空港がある町は | カタール=QA; アラブ首長国連邦=AE; サウジアラビア=SA
flight-attendant | ステイ先の{}の首都を教えて | フィンランド=FI; デンマーク=DK; ポーランド=PL
flight-attendant | 路線図の{}の首都ってどこ | ウズベキスタン=UZ; カザフスタン=KZ; モンゴル=MN
flight-attendant | アナウンスで言う{}の首都の名前 | ベトナム=VN; ラオス=LA; ミャンマー=MM
flight-attendant | 乗り継ぎの{}の首都はどこだった | トルコ=TR; オーストリア=AT; ドイツ=DE
flight-attendant | 機内で聞かれた{}の首都がわからなくて | スリランカ=LK; モルディブ=MV; ネパール=NP
flight-attendant | 新しく就航する{}の首都ってどこ | ポルトガル=PT; メキシコ=MX; エジプト=EG
flight-attendant | グアムの中心の町は | GU
flight-attendant | サイパンがある北マリアナの中心はどこ | MP
bath-time | お風呂で覚える{}の首都は | イタリア=IT; スペイン=ES; ギリシャ=GR
bath-time | 湯船で十数える前に{}の首都 | ケニア=KE; タンザニア=TZ; ウガンダ=UG
bath-time | お風呂のポスターに載ってる{}の首都はどこ | マダガスカル=MG; モーリシャス=MU; セーシェル=SC
bath-time | 頭洗う間に{}の首都を教えて | ノルウェー=NO; スウェーデン=SE; アイスランド=IS
bath-time | パパ{}の首都わかるってアレクサに聞いて | エジプト=EG; ブラジル=BR; インド=IN
bath-time | 上がる前に最後に{}の首都 | ペルー=PE; チリ=CL; アルゼンチン=AR
bath-time | お風呂の地図の{}ってとこの首都 | グリーンランド=GL; 南極=AQ; ハワイ=US-HI
baseball-fan | 大谷がいるチームの{}の州都はどこ | カリフォルニア州=US-CA; マサチューセッツ州=US-MA; ワシントン州=US-WA
baseball-fan | カブスの本拠地の{}の州都ってどこ | イリノイ州=US-IL; ミズーリ州=US-MO; ミネソタ州=US-MN
baseball-fan | キャンプ地の{}の州都を教えて | アリゾナ州=US-AZ; フロリダ州=US-FL; テキサス州=US-TX
baseball-fan | ダルビッシュがいた{}の州都は | テキサス=US-TX; カリフォルニア=US-CA; イリノイ=US-IL
baseball-fan | 助っ人外国人の出身の{}の首都はどこ | ドミニカ共和国=DO; キューバ=CU; ベネズエラ=VE
baseball-fan | ワールドベースボールクラシックで戦った{}の首都 | チェコ=CZ; 台湾=TW; オランダ=NL
baseball-fan | 野茂がいた{}の州都ってどこ | ミシガン州=US-MI; コロラド州=US-CO; ウィスコンシン州=US-WI
baseball-fan | プエルトリコの首都はどこ | PR
baseball-fan | {}の首都はどこかな野球が強い国 | パナマ=PA; ニカラグア=NI; コロンビア=CO
online-english | 先生が住んでる{}の首都はどこ | フィリピン=PH; 南アフリカ=ZA; セルビア=RS
online-english | レッスン前に{}の首都を予習したい | ボスニアヘルツェゴビナ=BA; モンテネグロ=ME; 北マケドニア=MK
online-english | 講師の出身の{}の首都ってどこ | ジョージア=GE; ウクライナ=UA; ケニア=KE
online-english | 英会話のフリートークで話す{}の首都 | ジャマイカ=JM; トリニダードトバゴ=TT; ガイアナ=GY
online-english | 先生に聞かれた{}の首都がわからなかった | ジンバブエ=ZW; ウガンダ=UG; ナイジェリア=NG
online-english | 今日の先生は{}の人だったけど首都どこ | ルーマニア=RO; ブルガリア=BG; モルドバ=MD
sumo-stable | {}出身の関取の国の首都はどこ | モンゴル=MN; ジョージア=GE; ブルガリア=BG
sumo-stable | 新弟子が来た{}の首都を教えてくれ | カザフスタン=KZ; ウクライナ=UA; ロシア=RU
sumo-stable | 昔いた関取の出身の{}の首都は | エジプト=EG; エストニア=EE; トンガ=TO
sumo-stable | 巡業で行く{}の首都ってどこ | イギリス=GB; フランス=FR; アメリカ=US
sumo-stable | ハワイの中心の町はどこ | US-HI
sumo-stable | {}の首都はどこかの親方に聞かれた | ブラジル=BR; パラグアイ=PY; アルゼンチン=AR
sumo-stable | 力士の{}の首都を言ってくれる | サモア=WS; トンガ王国=TO; アメリカ領サモア=AS
heritage-exam | 世界遺産検定に出る{}の首都はどこ | ペルー=PE; カンボジア=KH; ヨルダン=JO
heritage-exam | 過去問に出てた{}の首都を教えて | マリ=ML; エチオピア=ET; ジンバブエ=ZW
heritage-exam | 検定の勉強で{}の首都を覚えたい | クロアチア=HR; アルバニア=AL; マルタ=MT
heritage-exam | {}の首都には世界遺産があるのでどこ | バチカン=VA; チェコ=CZ; ハンガリー=HU
heritage-exam | 世界遺産の町がある{}の首都も教えて | ウズベキスタン=UZ; イエメン=YE; リビア=LY
heritage-exam | {}の首都は世界遺産の町と別なんだっけ | モロッコ=MA; スリランカ=LK; ベトナム=VN
heritage-exam | 検定の問題で{}の首都ってでた | パナマ=PA; キューバ=CU; ドミニカ共和国=DO
heritage-exam | 二級の勉強中だけど{}の首都はどこ | ガーナ=GH; セネガル=SN; ガンビア=GM
overseas-posting | 来年から赴任する{}の首都はどこ | インド=IN; メキシコ=MX; タイ=TH
overseas-posting | 駐在する{}の首都の治安はじゃなくて首都の名前 | ナイジェリア=NG; ケニア=KE; ブラジル=BR
overseas-posting | 夫が転勤になった{}の首都を教えて | ポーランド=PL; ハンガリー=HU; ルーマニア=RO
overseas-posting | 支社がある{}の首都ってどこ | ベトナム=VN; インドネシア=ID; フィリピン=PH
overseas-posting | 単身赴任する{}の州都は | テネシー州=US-TN; ケンタッキー州=US-KY; オハイオ州=US-OH
overseas-posting | 出張で行く{}の州都を確認したい | マハーラーシュトラ州=IN-MH; タミルナードゥ州=IN-TN; ハリヤナ州=IN-HR
overseas-posting | 工場のある{}の州都はどこ | グアナフアト州=MX-GUA; アグアスカリエンテス州=MX-AGU; ケレタロ州=MX-QUE
overseas-posting | 赴任先の{}の首都名を家族に伝えたい | サウジアラビア=SA; アラブ首長国連邦=AE; バーレーン=BH
trivia-tv | 今クイズで出た{}の首都はどこ | カーボベルデ=CV; サントメプリンシペ=ST; ギニアビサウ=GW
trivia-tv | テレビの問題で{}の首都だって | アイスランド=IS; エストニア=EE; ラトビア=LV
trivia-tv | 番組の答えが出る前に{}の首都教えて | ブータン=BT; ネパール=NP; モルディブ=MV
trivia-tv | 回答者が間違えた{}の首都の正解は | カザフスタン=KZ; ミャンマー=MM; タンザニア=TZ
trivia-tv | 早押しで出てた{}の首都ってどこ | スリナム=SR; ガイアナ=GY; ウルグアイ=UY
trivia-tv | クイズ王が答えた{}の首都は合ってる | ブルンジ=BI; コモロ=KM; 赤道ギニア=GQ
trivia-tv | 司会の人が言った{}の首都がききとれなかった | リヒテンシュタイン=LI; サンマリノ=SM; アンドラ=AD
trivia-tv | 最終問題の{}の首都はどこ | 東ティモール=TL; ブルネイ=BN; パラオ=PW
cooking-class | 今日の料理の{}の首都はどこ | タイ=TH; ベトナム=VN; インド=IN
cooking-class | レシピの国の{}の首都を教えて | スペイン=ES; メキシコ=MX; ペルー=PE
cooking-class | 先生の故郷の{}の首都ってどこ | ジョージア=GE; ハンガリー=HU; レバノン=LB
cooking-class | タジンを作る{}の首都は | モロッコ=MA; チュニジア=TN; アルジェリア=DZ
cooking-class | ボルシチの{}の首都はどこ | ウクライナ=UA; ロシア=RU; ベラルーシ=BY
cooking-class | フォンデュの{}の首都ってベルンでしたっけ | スイス=CH
cooking-class | ケバブの本場の{}の首都 | トルコ=TR; イラン=IR; ギリシャ=GR
cooking-class | スパイスを買う{}の首都を教えて | スリランカ=LK; インドネシア=ID; マダガスカル=MG
bedtime | 寝る前に{}の首都を一個だけ | フランス=FR; イタリア=IT; エジプト=EG
bedtime | おやすみの前に{}の首都教えて | オーストラリア=AU; カナダ=CA; ケニア=KE
bedtime | 絵本に出てきた{}の首都ってどこ | オランダ=NL; デンマーク=DK; スウェーデン=SE
bedtime | 眠くなる前に{}の首都は | アイルランド=IE; ノルウェー=NO; フィンランド=FI
bedtime | 明日幼稚園で言いたい{}の首都 | 中国=CN; 韓国=KR; アメリカ=US
bedtime | 布団の中で聞くけど{}の首都はどこ | ペルー=PE; チリ=CL; ボリビア=BO
bedtime | ねむい{}のしゅとってなに | にほん=JP; たいわん=TW; かんこく=KR
launch | 世界の首都を開けてつかあさい | LAUNCH
launch | 世界の首都をちょっと出してくれんかのう | LAUNCH
launch | 世界の首都を開いちゃってや | LAUNCH
launch | 世界の首都を呼び出してくれんかえ | LAUNCH
launch | 世界の首都を起こしてくれまっし | LAUNCH
launch | 世界の首都なまらやりたいんだけど開いて | LAUNCH
launch | 世界の首都さ開いてくんちぇ | LAUNCH
launch | 世界の首都を開けてくれんかやぁ | LAUNCH
launch | 世界の首都開けたってえや | LAUNCH
launch | せかいのしゅとのアプリをおねがいします | LAUNCH
launch | せかいのしゅとスタートしてください | LAUNCH
launch | 世界の首都のキャピタルクイズ開けて | LAUNCH
launch | お風呂で世界の首都やろう開いて | LAUNCH
launch | 宿題のために世界の首都を起動 | LAUNCH
launch | 世界の首都に入りたい | LAUNCH
launch | 世界の首都で首都を聞きたい | LAUNCH
trivia-tv | 今出てた南スーダンの首都ってどこ | SS
online-english | 先生がボランティアしてた南スーダンの首都はどこ | SS
"""

if __name__ == "__main__":
    build_round(48, "ja", LINES, sys.argv, "tests/Eval/ja/round48/source/build_corpus.py")
