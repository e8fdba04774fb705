"""Round 47, Japanese (ja-JP): a new author's mix of speakers and situations, written blind (brief WRITER54.md), chosen
away from the regions, speakers and situations of round 46 (Iyo, Koshu, Hida, Nagaoka, Okinawa; Thai, Peruvian, Uzbek,
Bangladeshi and Ukrainian learners; truck driver, cram school, karaoke, shogi club, family dinner, fisherman) and of
rounds 45 and 44 that round 46 names (Kitakyushu, Tajima, Okitama, Tama, Chikugo, Omi, Nanbu, Iwaki, Choshi, Iwami,
Mino; Indonesian, Brazilian, Chinese, Korean, Myanmar, Kenyan, Nepali, Vietnamese, Filipino, Mongolian, American and
Sri Lankan learners; taxi, hair salon, quiz club, ramen shop, board games, homework, convenience store, stamp
collector, travel agency, football supporter, kindergarten, old people's home).
Regions: Tsugaru in Aomori (だべ, どご, けろ, わ, さ, まんず, わがんね; apples, Hirosaki, Nebuta, shamisen), Nagoya
(だがね, ちょう, でかんわ, きゃあ, だでよ; Toyota plants abroad, Atsuta, sister city Sydney), Kagoshima (じゃっど,
たもんせ, け, どん, わっぜ, くいやい; Sakurajima ash, Satsuma students in Britain, sister cities Perth, Naples,
Miami, Changsha), Kyoto (おくれやす, どす, はる, え, 堪忍, よろしおす; sister cities Paris, Florence, Xi'an, Kyiv,
Prague, Zagreb; Gion festival) and Sendai (だっちゃ, けさい, すっぺ, なじょ, いぎなり; Tanabata, Hasekura's voyage,
sister cities Riverside, Minsk, Dallas).
Learners (learner grammar on purpose, mostly in hiragana): an Indian IT engineer from Bangalore (キャピタル, プリーズ,
state capitals of India), a French exchange student (the francophone world), a Turkish kebab-shop worker in Warabi,
a Pakistani used-car exporter (しゃちょう; Africa and the Gulf), an Egyptian Arabic teacher (マスル).
Situations: a bicycle food-delivery rider between orders, a junior-high geography teacher preparing lessons, a game
streamer answering chat, colleagues drinking at an izakaya, a grandmother doing crosswords, a bored hospital patient.
Every line was written by hand as one whole utterance; frames carry three fills each (one in the
last frame of each batch).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
out-of-domain | 今日の青森の天気は | FB
out-of-domain | 明日の朝の気温を教えて | FB
out-of-domain | 弘前のさくらまつりはいつから | FB
out-of-domain | ねぶた祭りの日程を教えて | FB
out-of-domain | タイマーを三分でセットして | FB
out-of-domain | カップラーメンのタイマー五分 | FB
out-of-domain | 六時に起こして | FB
out-of-domain | 目覚ましを止めて | FB
out-of-domain | リビングの電気を消して | FB
out-of-domain | エアコンを二十六度にして | FB
out-of-domain | テレビをつけて | FB
out-of-domain | 音量を下げて | FB
out-of-domain | ラジオ体操の曲をかけて | FB
out-of-domain | ユーミンの曲を流して | FB
out-of-domain | 演歌かけて | FB
out-of-domain | ニュースを読んで | FB
out-of-domain | 今日の予定は | FB
out-of-domain | 買い物リストに牛乳を追加して | FB
out-of-domain | トイレットペーパーを注文して | FB
out-of-domain | 荷物はいつ届く | FB
out-of-domain | 今何時 | FB
out-of-domain | 今日は何曜日 | FB
out-of-domain | 来週の月曜日は祝日 | FB
out-of-domain | 一ドルは何円 | FB
out-of-domain | ビットコインの価格は | FB
out-of-domain | 日経平均はいくら | FB
out-of-domain | 名古屋から京都まで新幹線で何分 | FB
out-of-domain | 鹿児島中央行きの最終は | FB
out-of-domain | 仙台の牛タンのおすすめの店 | FB
out-of-domain | ひつまぶしの食べ方 | FB
out-of-domain | 味噌カツのカロリー | FB
out-of-domain | 京都の紅葉の見頃はいつ | FB
out-of-domain | 桜島は今日噴火してる | FB
out-of-domain | 降灰予報を教えて | FB
out-of-domain | 伊達政宗の兜の三日月の意味 | FB
out-of-domain | 西郷どんの銅像はどこ | FB
out-of-domain | りんごの品種で一番甘いのは | FB
out-of-domain | 八つ橋の賞味期限 | FB
out-of-domain | ドラゴンズの試合結果 | FB
out-of-domain | ホークスは勝った | FB
out-of-domain | 楽天イーグルスの順位 | FB
out-of-domain | ベガルタの次の試合はいつ | FB
out-of-domain | キャピタルって英語でどういう意味 | FB
out-of-domain | キャピタルレターって何 | FB
out-of-domain | キャピタルゲインの税金はいくら | FB
out-of-domain | 資本金ってキャピタルのこと | FB
out-of-domain | 首都高速の渋滞情報 | FB
out-of-domain | 首都高の通行料金 | FB
out-of-domain | 首都直下地震が起きる確率 | FB
out-of-domain | 首都圏の人口は何人 | FB
out-of-domain | 首都大学東京って今の名前は | FB
out-of-domain | 首都圏の電車の遅延情報 | FB
out-of-domain | 関西の首都ってどこ | FB
out-of-domain | 東北の首都ってどこなの | FB
out-of-domain | 九州の首都はどこ | FB
out-of-domain | 中部地方の中心都市はどこ | FB
out-of-domain | 薩摩藩の城下町はどこ | FB
out-of-domain | 津軽藩の首都ってどこだったの | FB
out-of-domain | 尾張の国の国府はどこ | FB
out-of-domain | 平安京ってどこにあったの | FB
out-of-domain | 奥州藤原氏の都は平泉 | FB
out-of-domain | 琉球王国の首都 | FB
out-of-domain | 蝦夷地の首都ってどこ | FB
out-of-domain | オスマン帝国の首都 | FB
out-of-domain | ソ連の首都はどこだった | FB
out-of-domain | チェコスロバキアの首都 | FB
out-of-domain | 西ドイツの首都はどこだった | FB
out-of-domain | ローマ帝国の首都 | FB
out-of-domain | モンゴル帝国の首都カラコルム | FB
out-of-domain | インカ帝国の首都はどこ | FB
out-of-domain | ペルシャ帝国の首都 | FB
out-of-domain | 古代エジプトの首都 | FB
out-of-domain | アトランティスの首都 | FB
out-of-domain | ワカンダの首都 | FB
out-of-domain | ナルニア国の首都 | FB
out-of-domain | ハイラル王国の首都 | FB
out-of-domain | ゼルダの伝説のハイラル城下町 | FB
out-of-domain | ドラゴンボールのナメック星 | FB
out-of-domain | ジブリのラピュタってどこにあるの | FB
out-of-domain | 進撃の巨人のマーレの首都 | FB
out-of-domain | ムーミン谷はどこの国 | FB
out-of-domain | サンタクロース村の場所 | FB
out-of-domain | アフリカの首都ってどこ | FB
out-of-domain | ヨーロッパの首都はどこ | FB
out-of-domain | 東南アジアの首都 | FB
out-of-domain | カリブの首都 | FB
out-of-domain | バルカン半島の首都 | FB
out-of-domain | 北欧の首都 | FB
out-of-domain | シベリアの首都 | FB
out-of-domain | パタゴニアの首都 | FB
out-of-domain | ヒマラヤの首都 | FB
out-of-domain | サハラの首都 | FB
out-of-domain | ケルトの首都 | FB
out-of-domain | ラテンアメリカの首都 | FB
out-of-domain | 中央アジアの首都 | FB
out-of-domain | バスクの首都ってどこ | FB
out-of-domain | クルド人の首都 | FB
out-of-domain | チベットの首都ラサ | FB
out-of-domain | コルシカ島の首都 | FB
out-of-domain | シチリア島の州都 | FB
out-of-domain | ハワイ王国の首都 | FB
out-of-domain | アラビアのロレンスの映画 | FB
out-of-domain | エッフェル塔の高さ | FB
out-of-domain | 自由の女神は何メートル | FB
out-of-domain | ピラミッドは何年前にできたの | FB
out-of-domain | 万里の長城の長さ | FB
out-of-domain | 世界で一番大きい国は | FB
out-of-domain | 世界で一番人口の多い国 | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | 国連加盟国はいくつ | FB
out-of-domain | オリンピックの次の開催地 | FB
out-of-domain | ワールドカップの次の開催国 | FB
out-of-domain | しりとりしよう | FB
out-of-domain | なぞなぞ出して | FB
out-of-domain | 面白い話して | FB
out-of-domain | 歌を歌って | FB
out-of-domain | おやすみ | FB
out-of-domain | ありがとう | FB
out-of-domain | アレクサ好きだよ | FB
out-of-domain | アレクサ何歳 | FB
out-of-domain | アレクサはどこに住んでるの | FB
out-of-domain | 猫の鳴き声をして | FB
out-of-domain | 犬の名前を考えて | FB
out-of-domain | 英語でこんにちはは何て言う | FB
out-of-domain | フランス語でありがとうは | FB
out-of-domain | トルコ語でおいしいは何て言う | FB
out-of-domain | ウルドゥー語を教えて | FB
out-of-domain | ヒンディー語で数字を数えて | FB
out-of-domain | アラビア語でこんにちは | FB
out-of-domain | 血圧の正常値 | FB
out-of-domain | インフルエンザの症状 | FB
out-of-domain | 病院の面会時間 | FB
out-of-domain | 薬の飲み忘れを通知して | FB
out-of-domain | 足のむくみの取り方 | FB
out-of-domain | 今日の運勢 | FB
out-of-domain | 明日の占い | FB
out-of-domain | 宝くじの当選番号 | FB
out-of-domain | 競馬の予想して | FB
out-of-domain | パチンコの新台 | FB
out-of-domain | 住民税の支払い期限 | FB
out-of-domain | ゴミの日はいつ | FB
out-of-domain | 資源ごみの出し方 | FB
out-of-domain | 宅配の再配達を頼んで | FB
out-of-domain | ウーバーイーツの配達エリア | FB
out-of-domain | 自転車の空気入れはどこで売ってる | FB
out-of-domain | 雨雲レーダーを見せて | FB
out-of-domain | 配達の近道を教えて | FB
out-of-domain | ゲーム実況の配信時間 | FB
out-of-domain | マイクラの新しいアップデート | FB
out-of-domain | ポケモンの新作はいつ出る | FB
out-of-domain | ジオゲッサーのコツ | FB
out-of-domain | 配信のビージーエムかけて | FB
out-of-domain | 居酒屋の予約をして | FB
out-of-domain | ハイボールの作り方 | FB
out-of-domain | 焼き鳥のおすすめの部位 | FB
out-of-domain | 二次会のカラオケを予約して | FB
out-of-domain | タクシー呼んで | FB
out-of-domain | 終電は何時 | FB
out-of-domain | クロスワードの答え全部教えて | FB
out-of-domain | 数独のヒント | FB
out-of-domain | 漢字の読み方を教えて | FB
out-of-domain | 四字熟語を教えて | FB
out-of-domain | 首都ってどういう意味 | FB
out-of-domain | 首都の定義は何 | FB
out-of-domain | 首都と州都の違いは | FB
out-of-domain | 首都機能移転って何 | FB
out-of-domain | 日本の首都はなぜ東京なの | FB
out-of-domain | 東京が首都になったのはいつ | FB
out-of-domain | 京都は今でも首都なの | FB
out-of-domain | 首都はいくつあってもいいの | FB
out-of-domain | 世界で一番人口の多い首都は | FB
out-of-domain | 一番北にある首都はどこ | FB
out-of-domain | 一番古い首都はどこ | FB
out-of-domain | 首都の人口ランキング | FB
out-of-domain | 首都じゃない一番大きい都市は | FB
out-of-domain | ロンドンの人口は | FB
out-of-domain | パリの天気は | FB
out-of-domain | ニューヨークの今の時間 | FB
out-of-domain | ソウルまで飛行機で何時間 | FB
out-of-domain | 北京の大気汚染 | FB
out-of-domain | モスクワは今何度 | FB
out-of-domain | 青森県の県庁所在地はどこ | FB
out-of-domain | 鹿児島県の県庁所在地 | FB
out-of-domain | 愛知県の県庁所在地は | FB
out-of-domain | 宮城県の県庁所在地ってどこ | FB
out-of-domain | 京都府の府庁所在地 | FB
out-of-domain | 都道府県の県庁所在地クイズを開いて | FB
out-of-domain | 日本地図クイズを起動して | FB
out-of-domain | 世界の国旗を開いて | FB
out-of-domain | 国旗当てクイズを始めて | FB
out-of-domain | 世界の首都クイズを起動して | FB
out-of-domain | 首都の名前を開いて | FB
out-of-domain | 首都スキルを起動して | FB
out-of-domain | 首都当てを開いて | FB
help | 使い方を教えて | HELP
help | どうやって使うの | HELP
help | 何ができるの | HELP
help | 何て聞けばいいの | HELP
help | ヘルプ | HELP
help | ヘルプお願い | HELP
help | 助けて | HELP
help | 使い方がわからない | HELP
help | このスキルの使い方 | HELP
help | どうすればいいの | HELP
help | 何を言えばいいかわからない | HELP
help | 聞き方を教えて | HELP
help | 操作方法を教えて | HELP
help | 説明して | HELP
help | 説明をもう一回 | HELP
help | どんな質問ができるの | HELP
help | 例を教えて | HELP
help | 質問の例を言って | HELP
help | どうやって首都を聞けばいいの | HELP
help | 州都も聞けるの | HELP
help | アメリカの州も聞けるの | HELP
help | どこまで答えられるの | HELP
help | 何の国が聞けるの | HELP
help | わからないから教えて | HELP
help | はじめてなんだけどどうするの | HELP
help | 使い方の説明をお願いします | HELP
help | ヘルプを聞かせて | HELP
help | ヘルプメニュー | HELP
help | 何ができるか教えてください | HELP
help | このスキル何するやつ | HELP
help | これどうやって遊ぶの | HELP
help | もう一度使い方を | HELP
help | 説明よくわからなかった | HELP
help | 質問のしかたがわからん | HELP
help | どう聞けばええの | HELP
help | ヘルプちょうだい | HELP
help | サポートして | HELP
help | ガイドを聞かせて | HELP
help | ヒントちょうだい | HELP
help | 逆に首都から国を聞けるの | HELP
help | どういう風に話しかければいいの | HELP
help | 何て言えば答えてくれるの | HELP
stop | ストップ | STOP
stop | 止めて | STOP
stop | やめて | STOP
stop | 終わり | STOP
stop | 終了 | STOP
stop | おしまい | STOP
stop | 終わりにして | STOP
stop | もう終わり | STOP
stop | もういい | STOP
stop | 黙って | STOP
stop | 静かにして | STOP
stop | うるさい | STOP
stop | しゃべらないで | STOP
stop | 終了して | STOP
stop | スキルを終了 | STOP
stop | 閉じて | STOP
stop | やめる | STOP
stop | もうやめる | STOP
stop | 終わります | STOP
stop | これで終わり | STOP
stop | 今日はここまで | STOP
stop | ストップストップ | STOP
stop | ちょっと止まって | STOP
stop | もう十分 | STOP
stop | 以上です | STOP
stop | バイバイ | STOP
stop | さようなら | STOP
stop | じゃあね | STOP
stop | 静かに | STOP
stop | 音止めて | STOP
stop | 世界の首都を終了して | STOP
stop | 世界の首都を閉じて | STOP
stop | 世界の首都をやめて | STOP
stop | 世界の首都はもういいよ | STOP
stop | お口チャック | STOP
stop | もう聞かない | STOP
stop | シャットダウン | STOP
stop | オフにして | STOP
stop | 終わりでお願いします | STOP
stop | ストップしてください | STOP
stop | やめてください | STOP
stop | 終了してください | STOP
stop | もうやめたい | STOP
cancel | キャンセル | CANCEL
cancel | キャンセルして | CANCEL
cancel | 取り消し | CANCEL
cancel | 取り消して | CANCEL
cancel | やっぱりいい | CANCEL
cancel | なんでもない | CANCEL
cancel | なしで | CANCEL
cancel | 今のなし | CANCEL
cancel | 今のはなし | CANCEL
cancel | 忘れて | CANCEL
cancel | 今の忘れて | CANCEL
cancel | いいや | CANCEL
cancel | やっぱりやめとく | CANCEL
cancel | なかったことにして | CANCEL
cancel | 気にしないで | CANCEL
cancel | なんでもないです | CANCEL
cancel | キャンセルでお願いします | CANCEL
cancel | やっぱなし | CANCEL
cancel | 今のキャンセル | CANCEL
cancel | 取り消してください | CANCEL
cancel | 質問取り消し | CANCEL
cancel | いやいいです | CANCEL
cancel | やっぱりいいです | CANCEL
cancel | 聞かなかったことにして | CANCEL
cancel | 今のは違う忘れて | CANCEL
cancel | まあいいや | CANCEL
cancel | 別にいい | CANCEL
cancel | もういいや忘れて | CANCEL
cancel | いや何でもないよ | CANCEL
cancel | やっぱやめた | CANCEL
cancel | キャンセルキャンセル | CANCEL
cancel | あっ今のなしね | CANCEL
cancel | ごめんなんでもない | CANCEL
cancel | 間違えたキャンセル | CANCEL
cancel | 今のは独り言 | CANCEL
cancel | 取り消しでお願い | CANCEL
cancel | やめとくわ | CANCEL
cancel | 今の質問なかったことに | CANCEL
cancel | なんでもないっす | CANCEL
cancel | いいよいいよ気にしないで | CANCEL
cancel | あいや結構です | CANCEL
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動 | LAUNCH
launch | 世界の首都を起動して | LAUNCH
launch | 世界の首都開いて | LAUNCH
launch | 世界の首都をひらいて | LAUNCH
launch | 世界の首都を始めて | LAUNCH
launch | 世界の首都をスタート | LAUNCH
launch | 世界の首都スタート | LAUNCH
launch | 世界の首都を使う | LAUNCH
launch | 世界の首都を使いたい | LAUNCH
launch | 世界の首都をお願い | LAUNCH
launch | 世界の首都お願いします | LAUNCH
launch | 世界の首都を開いてください | LAUNCH
launch | 世界の首都を起動してください | LAUNCH
launch | 世界の首都につないで | LAUNCH
launch | 世界の首都を呼んで | LAUNCH
launch | 世界の首都を立ち上げて | LAUNCH
launch | 世界の首都をつけて | LAUNCH
launch | 世界の首都で遊ぶ | LAUNCH
launch | 世界の首都で遊びたい | LAUNCH
launch | 世界の首都を開始 | LAUNCH
launch | 世界の首都を開始して | LAUNCH
launch | 世界の首都オープン | LAUNCH
launch | 世界の首都を開けて | LAUNCH
launch | 世界の首都ひらいて | LAUNCH
launch | 世界の首都を出して | LAUNCH
launch | 世界の首都やりたい | LAUNCH
launch | 世界の首都をやって | LAUNCH
launch | 世界の首都やろう | LAUNCH
launch | 世界の首都を起動してくれる | LAUNCH
launch | 世界の首都を開いてくれる | LAUNCH
launch | 世界の首都を開いてもらえますか | LAUNCH
launch | 世界の首都を起動してもらえる | LAUNCH
launch | 世界の首都のスキルを開いて | LAUNCH
launch | 世界の首都ってスキルを起動して | LAUNCH
launch | 世界の首都っていうスキル開いて | LAUNCH
launch | スキルの世界の首都を開いて | LAUNCH
launch | 世界の首都をもう一回開いて | LAUNCH
launch | 世界の首都また開いて | LAUNCH
launch | 世界の首都を再起動 | LAUNCH
launch | 世界の首都をまた起動して | LAUNCH
follow-up | じゃあフィンランドは | FI
follow-up | ほんならノルウェーはどうなん | NO
follow-up | それじゃスウェーデンは | SE
follow-up | 次はデンマーク | DK
follow-up | ほな次ポーランドで | PL
follow-up | あとチェコも | CZ
follow-up | スロバキアのほうは | SK
follow-up | じゃあ隣のハンガリーは | HU
follow-up | オーストリアはどう | AT
follow-up | んだばスイスは | CH
follow-up | へばアイスランドはどごだべ | IS
follow-up | したっけアイルランドは | IE
follow-up | ほいじゃポルトガルは | PT
follow-up | そんならギリシャはどこだがね | GR
follow-up | ほんならトルコはどこね | TR
follow-up | じゃあキプロスはどうなの | CY
follow-up | マルタも教えて | MT
follow-up | 続けてエジプト | EG
follow-up | その次はモロッコ | MA
follow-up | アルジェリアはどこじゃっとか | DZ
follow-up | チュニジアもお願い | TN
follow-up | ほいでリビアは | LY
follow-up | あとスーダンも聞きたい | SD
follow-up | エチオピアはどうやったっけ | ET
follow-up | ケニアもついでに | KE
follow-up | タンザニアはどうどすか | TZ
follow-up | ウガンダのほうもお願いします | UG
follow-up | じゃあルワンダは | RW
follow-up | ナイジェリアはなんてとこだっちゃ | NG
follow-up | ガーナは | GH
follow-up | セネガルも教えてけろ | SN
follow-up | じゃあペルーも | PE
follow-up | チリはどうなんだべ | CL
follow-up | コロンビアもお願いできる | CO
follow-up | ベネズエラは | VE
follow-up | エクアドルもついでに | EC
follow-up | キューバはどこだったかね | CU
follow-up | ジャマイカは | JM
follow-up | じゃあメキシコは | MX
follow-up | カナダもいける | CA
follow-up | オーストラリアは | AU
follow-up | ニュージーランドも | NZ
follow-up | フィジーもお願い | FJ
follow-up | ほいでモンゴルは | MN
follow-up | カザフスタンはどうなんですか | KZ
follow-up | じゃキルギスは | KG
follow-up | タジキスタンのほうも | TJ
follow-up | トルクメニスタンも聞いとこ | TM
follow-up | ウズベキスタンはどこでしたっけ | UZ
follow-up | アフガニスタンも | AF
follow-up | パキスタンは | PK
follow-up | インドはニューデリーだよね次ネパール | NP
follow-up | じゃあスリランカ | LK
follow-up | ブータンもね | BT
follow-up | ミャンマーの方はどうなん | MM
follow-up | ラオスは | LA
follow-up | カンボジアもお願いね | KH
follow-up | ベトナムも | VN
follow-up | フィリピンはどこやったっけ | PH
follow-up | インドネシアも | ID
follow-up | 次はテキサス州 | US-TX
follow-up | じゃあカリフォルニアは | US-CA
follow-up | フロリダ州はどう | US-FL
follow-up | ほんならバイエルン州は | DE-BY
follow-up | じゃあクイーンズランドは | AU-QLD
follow-up | オンタリオ州もね | CA-ON
follow-up | スコットランドは | GB-SCT
follow-up | ウェールズも | GB-WLS
follow-up | じゃあグリーンランドは | GL
follow-up | ハワイ州は | US-HI
follow-up | ケーララ州はどう | IN-KL
follow-up | 次バイーア州 | BR-BA
follow-up | ユカタン州も | MX-YUC
follow-up | それとアラスカ州 | US-AK
plural-capitals | 南アフリカの首都を全部教えて | ZA
plural-capitals | 南アフリカって首都が三つあるんだよねどこ | ZA
plural-capitals | 南アの首都は三つ全部言って | ZA
plural-capitals | ボリビアの首都って二つあるの | BO
plural-capitals | ボリビアの首都を両方教えて | BO
plural-capitals | ボリビアはスクレとラパスどっちが首都なの | BO
plural-capitals | オランダの首都ってアムステルダムとハーグどっち | NL
plural-capitals | オランダの首都は二つあるんだっけ | NL
plural-capitals | オランダの首都全部 | NL
plural-capitals | ベナンの首都はいくつある | BJ
plural-capitals | ベナンの首都を全部教えて | BJ
plural-capitals | コートジボワールの首都ってヤムスクロとアビジャンどっち | CI
plural-capitals | コートジボワールの首都二つとも教えて | CI
plural-capitals | スリランカの首都ってコロンボじゃないの長いほうの名前も | LK
plural-capitals | スリランカの首都を全部言って | LK
plural-capitals | スリランカは首都が二つあるって本当 | LK
plural-capitals | マレーシアの首都はクアラルンプールとプトラジャヤのどっち | MY
plural-capitals | マレーシアの首都二つとも | MY
plural-capitals | マレーシアは首都が複数あるの | MY
plural-capitals | エスワティニの首都を両方 | SZ
plural-capitals | エスワティニって首都が二つあるんでしょ | SZ
plural-capitals | パレスチナの首都を全部教えて | PS
plural-capitals | パレスチナの首都はラマッラなのエルサレムなの | PS
plural-capitals | ジャンムーカシミールの州都は二つあるの | IN-JK
plural-capitals | ジャンムーカシミールの夏と冬の首都 | IN-JK
plural-capitals | ウッタラーカンド州の州都を全部 | IN-UK
plural-capitals | ウッタラーカンドって州都が二つあるって聞いた | IN-UK
plural-capitals | モントセラトの首都はプリマスとブレイズどっち | MS
plural-capitals | モントセラトの首都全部 | MS
plural-capitals | 日本と韓国と中国の首都 | CN+JP+KR
plural-capitals | フランスとドイツの首都を教えて | DE+FR
plural-capitals | スペインとイタリアの首都 | ES+IT
plural-capitals | イギリスとアイルランドの首都はどこ | GB+IE
plural-capitals | トルコとギリシャの首都を教えて | GR+TR
plural-capitals | エジプトとトルコの首都 | EG+TR
plural-capitals | パキスタンとインドの首都は | IN+PK
plural-capitals | パキスタンとアフガニスタンとイランの首都 | AF+IR+PK
plural-capitals | ベルギーとルクセンブルクの首都 | BE+LU
plural-capitals | オーストリアとハンガリーの首都 | AT+HU
plural-capitals | ケニアとタンザニアの首都をまとめて | KE+TZ
plural-capitals | ブラジルとアルゼンチンの首都 | AR+BR
plural-capitals | カナダとアメリカの首都どっちも | CA+US
plural-capitals | タイとマレーシアの首都 | MY+TH
plural-capitals | サウジアラビアとアラブ首長国連邦の首都 | AE+SA
plural-capitals | セルビアとクロアチアの首都 | HR+RS
plural-capitals | アルメニアとアゼルバイジャンの首都 | AM+AZ
plural-capitals | テキサス州とカリフォルニア州の州都 | US-CA+US-TX
plural-capitals | バイエルン州とザクセン州の州都 | DE-BY+DE-SN
plural-capitals | ケベック州とオンタリオ州の州都 | CA-ON+CA-QC
plural-capitals | スコットランドとウェールズの首都 | GB-SCT+GB-WLS
plural-capitals | ビクトリア州とニューサウスウェールズ州の州都 | AU-NSW+AU-VIC
plural-capitals | グアムとサイパンの首都ってどこ | GU+MP
plural-capitals | ハワイ州とアラスカ州の州都教えて | US-AK+US-HI
yes-no-check | フランスの首都はパリで合ってる | FR
yes-no-check | オーストラリアの首都ってシドニーだよね | AU
yes-no-check | カナダの首都はトロントじゃないの | CA
yes-no-check | トルコの首都ってイスタンブールでしょ | TR
yes-no-check | ブラジルの首都はリオじゃなかったっけ | BR
yes-no-check | ニュージーランドの首都はオークランドで合ってる | NZ
yes-no-check | スイスの首都ってチューリッヒ | CH
yes-no-check | アメリカの首都はニューヨークじゃないよね | US
yes-no-check | ベトナムの首都はホーチミンだべ | VN
yes-no-check | ミャンマーの首都ってヤンゴンだがね | MM
yes-no-check | モロッコの首都はカサブランカじゃっど | MA
yes-no-check | ナイジェリアの首都はラゴスやろ | NG
yes-no-check | パキスタンの首都ってカラチじゃないですか | PK
yes-no-check | インドの首都はムンバイですか | IN
yes-no-check | 中国の首都は上海だっけ | CN
yes-no-check | 韓国の首都はソウルで間違いない | KR
yes-no-check | ロシアの首都はモスクワだよね | RU
yes-no-check | カザフスタンの首都はアルマトイのまま | KZ
yes-no-check | タンザニアの首都はダルエスサラームで正しい | TZ
yes-no-check | ブルンジの首都ってブジュンブラでいいの | BI
yes-no-check | ベリーズの首都はベリーズシティ | BZ
yes-no-check | エクアドルの首都はグアヤキルだっけ | EC
yes-no-check | ボリビアの首都はラパスだけなの | BO
yes-no-check | イスラエルの首都ってテルアビブ | IL
yes-no-check | サウジアラビアの首都はメッカ | SA
yes-no-check | アラブ首長国連邦の首都はドバイですよね | AE
yes-no-check | ドイツの首都はボンじゃなかった | DE
yes-no-check | イタリアの首都はミラノ | IT
yes-no-check | スペインの首都はバルセロナけ | ES
yes-no-check | スコットランドの首都はグラスゴーだっちゃ | GB-SCT
yes-no-check | カリフォルニア州の州都はロサンゼルスでいいの | US-CA
yes-no-check | ニューヨーク州の州都はニューヨーク市だよね | US-NY
yes-no-check | フロリダの州都ってマイアミ | US-FL
yes-no-check | イリノイ州の州都はシカゴじゃないの | US-IL
yes-no-check | テキサス州の州都はヒューストン | US-TX
yes-no-check | ワシントン州の州都はシアトルだよね | US-WA
yes-no-check | ネバダ州の州都ってラスベガス | US-NV
yes-no-check | ペンシルベニア州の州都はフィラデルフィアかな | US-PA
yes-no-check | クイーンズランド州の州都はゴールドコースト | AU-QLD
yes-no-check | ブリティッシュコロンビア州の州都はバンクーバーでしょ | CA-BC
yes-no-check | ケベック州の州都はモントリオールかな | CA-QC
yes-no-check | バイエルン州の州都はミュンヘンで合ってる | DE-BY
yes-no-check | ノルトラインヴェストファーレン州の州都はケルン | DE-NW
yes-no-check | ヘッセン州の州都ってフランクフルトでしょ | DE-HE
yes-no-check | マハーラーシュトラ州の州都はムンバイで合ってる | IN-MH
yes-no-check | カルナータカ州の州都はバンガロールだよね | IN-KA
yes-no-check | サンパウロ州の州都はサンパウロでいい | BR-SP
yes-no-check | ハリスコ州の州都はグアダラハラ | MX-JAL
yes-no-check | 北アイルランドの首都はベルファストだっけ | GB-NIR
yes-no-check | グリーンランドの首都ヌークであってる | GL
yes-no-check | 台湾の首都は台北だよね | TW
yes-no-check | コソボの首都はプリシュティナで合ってますか | XK
yes-no-check | ジョージアの首都はトビリシ | GE
yes-no-check | ウクライナの首都はキエフだったよね | UA
yes-no-check | ミクロネシアの首都はポンペイ | FM
yes-no-check | パラオの首都はコロールじゃないの | PW
yes-no-check | 赤道ギニアの首都ってマラボのまま | GQ
yes-no-check | 南スーダンの首都はジュバで合ってる | SS
self-correction | フランスじゃなくてベルギーの首都 | BE
self-correction | オーストリアじゃないオーストラリアの首都 | AU
self-correction | スロベニアいやスロバキアの首都 | SK
self-correction | イランじゃなくてイラクの首都 | IQ
self-correction | ニジェールあっ違うナイジェリアの首都 | NG
self-correction | ギニアえっとギニアビサウの首都 | GW
self-correction | コンゴ民主共和国じゃなくてコンゴ共和国のほう | CG
self-correction | スウェーデンじゃなくスイスの首都 | CH
self-correction | オランダいやデンマークの首都ってどこ | DK
self-correction | ラトビアじゃなかったリトアニアの首都 | LT
self-correction | モーリタニアごめんモーリシャスの首都 | MU
self-correction | ザンビアじゃなくてガンビア | GM
self-correction | マリあっマラウイの首都 | MW
self-correction | チャドいや違うスーダンの首都 | SD
self-correction | パラグアイじゃなくてウルグアイの首都 | UY
self-correction | ホンジュラスいやニカラグアの首都 | NI
self-correction | ドミニカ共和国じゃない方のドミニカ国の首都 | DM
self-correction | セントルシアえっとセントビンセントの首都 | VC
self-correction | アルメニアあっアルバニアの首都 | AL
self-correction | モンテネグロいやマケドニア北マケドニアの首都 | MK
self-correction | トーゴじゃなくてトンガの首都 | TO
self-correction | サモアじゃなくてツバルの首都 | TV
self-correction | カメルーンごめんガボンの首都 | GA
self-correction | リベリアじゃないシエラレオネ | SL
self-correction | エリトリアいやジブチの首都 | DJ
self-correction | バーレーンじゃなくカタールの首都 | QA
self-correction | オマーンいやイエメンの首都 | YE
self-correction | シリアあっレバノンの首都 | LB
self-correction | ヨルダンじゃなくてイスラエルの首都 | IL
self-correction | キルギスじゃなくてタジキスタンの首都 | TJ
self-correction | ネパールじゃないバングラデシュの首都 | BD
self-correction | ブルネイいや東ティモールの首都 | TL
self-correction | パプアニューギニアじゃなくてソロモン諸島の首都 | SB
self-correction | バヌアツえっとナウルの首都 | NR
self-correction | キリバスいやマーシャル諸島の首都 | MH
self-correction | ルーマニアじゃなくてブルガリアの首都 | BG
self-correction | モルドバあっ違ったベラルーシの首都 | BY
self-correction | エストニアいやいやラトビアの首都 | LV
self-correction | テキサス州いやオクラホマ州の州都 | US-OK
self-correction | ニューメキシコ州じゃなくてアリゾナ州の州都 | US-AZ
self-correction | バージニア州じゃなくてウェストバージニア州の州都 | US-WV
self-correction | ノースダコタいやサウスダコタの州都 | US-SD
self-correction | ザクセン州じゃなくてザクセンアンハルト州の州都 | DE-ST
self-correction | ビクトリア州じゃなくて南オーストラリア州の州都 | AU-SA
self-correction | マニトバいやサスカチュワン州の州都 | CA-SK
self-correction | パンジャーブじゃなくてラージャスターン州の州都 | IN-RJ
self-correction | ミナスジェライスいやゴイアス州の州都 | BR-GO
self-correction | ソノラ州じゃなくてシナロア州 | MX-SIN
self-correction | イングランドじゃなくてウェールズの首都 | GB-WLS
self-correction | グアムいやプエルトリコの首都 | PR
reverse-question | キャンベラはどこの国の首都 | CITY:キャンベラ
reverse-question | ウランバートルってどこの首都 | CITY:ウランバートル
reverse-question | ビエンチャンってどこの国 | CITY:ビエンチャン
reverse-question | ネピドーが首都の国は | CITY:ネピドー
reverse-question | アスタナってどこの国の首都なの | CITY:アスタナ
reverse-question | ドドマはどこの首都 | CITY:ドドマ
reverse-question | アブジャが首都なのはどこ | CITY:アブジャ
reverse-question | ワガドゥグーってどこの国の首都 | CITY:ワガドゥグー
reverse-question | ンジャメナはどこの国 | CITY:ンジャメナ
reverse-question | ヌアクショットはどこの首都 | CITY:ヌアクショット
reverse-question | アンタナナリボってどこ | CITY:アンタナナリボ
reverse-question | ウィントフックはどこの国の首都だっけ | CITY:ウィントフック
reverse-question | ハボローネってどこの首都 | CITY:ハボローネ
reverse-question | マセルってどこの国の首都 | CITY:マセル
reverse-question | ルサカはどの国の首都 | CITY:ルサカ
reverse-question | リロングウェはどこの首都だべ | CITY:リロングウェ
reverse-question | パラマリボってどこの国 | CITY:パラマリボ
reverse-question | テグシガルパはどこの首都 | CITY:テグシガルパ
reverse-question | ベルモパンはどこの国の首都 | CITY:ベルモパン
reverse-question | ポートモレスビーはどこの首都 | CITY:ポートモレスビー
reverse-question | ヌクアロファってどこの国の首都 | CITY:ヌクアロファ
reverse-question | フナフティが首都の国 | CITY:フナフティ
reverse-question | ホニアラはどこの首都ですか | CITY:ホニアラ
reverse-question | ドゥシャンベってどこの首都 | CITY:ドゥシャンベ
reverse-question | ビシュケクはどこの国 | CITY:ビシュケク
reverse-question | トビリシってどこの首都 | CITY:トビリシ
reverse-question | リュブリャナはどこの国の首都 | CITY:リュブリャナ
reverse-question | ブラチスラバってどこの首都 | CITY:ブラチスラバ
reverse-question | キシナウはどこの首都 | CITY:キシナウ
reverse-question | ポドゴリツァってどこの国 | CITY:ポドゴリツァ
reverse-question | スコピエはどこの首都やった | CITY:スコピエ
reverse-question | マナーマはどこの国の首都 | CITY:マナーマ
reverse-question | マスカットってどこの首都 | CITY:マスカット
reverse-question | サナアはどこの国の首都 | CITY:サナア
reverse-question | ティンプーってどこの首都 | CITY:ティンプー
reverse-question | ボーパールはどこの州都 | CITY:ボーパール
reverse-question | ディスプルってどこの州都 | CITY:ディスプル
reverse-question | サクラメントはどこの州都 | CITY:サクラメント
reverse-question | タラハシーってどこの州都 | CITY:タラハシー
reverse-question | ハリスバーグはどこの州都 | CITY:ハリスバーグ
reverse-question | ビスマークはどこの州都 | CITY:ビスマーク
reverse-question | ポツダムはどこの州都 | CITY:ポツダム
reverse-question | マインツってどこの州の州都 | CITY:マインツ
reverse-question | クリチバはどこの州都 | CITY:クリチバ
reverse-question | レジャイナはどこの州都 | CITY:レジャイナ
reverse-question | イエローナイフってどこの首府 | CITY:イエローナイフ
reverse-question | ホバートはどこの州都 | CITY:ホバート
reverse-question | モレリアってメキシコのどこの州都 | CITY:モレリア
reverse-question | ハガニアってどこの首都 | CITY:ハガニア
reverse-question | ヌークはどこの首都 | CITY:ヌーク
official-name | アメリカ合衆国の首都 | US
official-name | グレートブリテン及び北アイルランド連合王国の首都 | GB
official-name | 中華人民共和国の首都 | CN
official-name | 大韓民国の首都 | KR
official-name | 朝鮮民主主義人民共和国の首都 | KP
official-name | ロシア連邦の首都 | RU
official-name | フランス共和国の首都はどこ | FR
official-name | ドイツ連邦共和国の首都 | DE
official-name | イタリア共和国の首都 | IT
official-name | スペイン王国の首都 | ES
official-name | オランダ王国の首都 | NL
official-name | ベルギー王国の首都 | BE
official-name | スウェーデン王国の首都 | SE
official-name | ノルウェー王国の首都 | NO
official-name | デンマーク王国の首都 | DK
official-name | タイ王国の首都 | TH
official-name | カンボジア王国の首都 | KH
official-name | ネパール連邦民主共和国の首都 | NP
official-name | インド共和国の首都 | IN
official-name | パキスタンイスラム共和国の首都 | PK
official-name | イランイスラム共和国の首都 | IR
official-name | アフガニスタンイスラム首長国の首都 | AF
official-name | トルコ共和国の首都 | TR
official-name | エジプトアラブ共和国の首都 | EG
official-name | サウジアラビア王国の首都 | SA
official-name | ヨルダンハシェミット王国の首都 | JO
official-name | モロッコ王国の首都 | MA
official-name | 南アフリカ共和国の首都 | ZA
official-name | ケニア共和国の首都 | KE
official-name | ベトナム社会主義共和国の首都 | VN
official-name | ラオス人民民主共和国の首都 | LA
official-name | フィリピン共和国の首都 | PH
official-name | インドネシア共和国の首都 | ID
official-name | マレーシア連邦の首都 | MY
official-name | シンガポール共和国の首都 | SG
official-name | ブラジル連邦共和国の首都 | BR
official-name | アルゼンチン共和国の首都 | AR
official-name | メキシコ合衆国の首都 | MX
official-name | ボリビア多民族国の首都 | BO
official-name | ベネズエラボリバル共和国の首都 | VE
official-name | スリランカ民主社会主義共和国の首都 | LK
official-name | バングラデシュ人民共和国の首都 | BD
official-name | ミャンマー連邦共和国の首都 | MM
official-name | モンゴル国の首都 | MN
official-name | キルギス共和国の首都 | KG
official-name | ブルネイダルサラーム国の首都 | BN
official-name | ルクセンブルク大公国の首都 | LU
official-name | リヒテンシュタイン公国の首都 | LI
official-name | モナコ公国の首都 | MC
official-name | アンドラ公国の首都 | AD
official-name | バチカン市国の首都 | VA
everyday-name | アメリカの首都 | US
everyday-name | 米国の首都はどこ | US
everyday-name | 英国の首都 | GB
everyday-name | イギリスの首都ってどこ | GB
everyday-name | エゲレスの首都 | GB
everyday-name | 豪州の首都 | AU
everyday-name | オーストラリアの首都ってシドニーじゃないんだよね | AU
everyday-name | 南アの首都 | ZA
everyday-name | サウジの首都 | SA
everyday-name | ドバイの国の首都 | AE
everyday-name | ユーエーイーの首都 | AE
everyday-name | ニュージーの首都 | NZ
everyday-name | パプアの首都 | PG
everyday-name | ボスニアの首都 | BA
everyday-name | ビルマの首都 | MM
everyday-name | セイロンの首都 | LK
everyday-name | ペルシャの首都 | IR
everyday-name | シャムの首都 | TH
everyday-name | グルジアの首都 | GE
everyday-name | スワジランドの首都 | SZ
everyday-name | マケドニアの首都 | MK
everyday-name | 象牙海岸の首都 | CI
everyday-name | ザイールの首都 | CD
everyday-name | チェコ共和国の首都 | CZ
everyday-name | チェキアの首都 | CZ
everyday-name | ホラントの首都 | NL
everyday-name | 北の首都 | KP
everyday-name | トリニダードの首都 | TT
everyday-name | セントクリストファーネイビスの首都 | KN
everyday-name | 東チモールの首都 | TL
everyday-name | ティモールレステの首都 | TL
everyday-name | コンゴキンシャサの首都 | CD
everyday-name | コンゴブラザビルの首都 | CG
everyday-name | ホワイトロシアの首都 | BY
everyday-name | 白ロシアの首都 | BY
everyday-name | バイエルンの州都 | DE-BY
everyday-name | ババリアの州都 | DE-BY
everyday-name | ケベックの州都 | CA-QC
everyday-name | カリフォルニアの州都 | US-CA
everyday-name | ニューヨークの州都 | US-NY
everyday-name | カシミールの州都 | IN-JK
everyday-name | ベンガルの州都 | IN-WB
everyday-name | タヒチの首都 | PF
everyday-name | マルビナス諸島の首都 | FK
everyday-name | サイパンのある島の首都 | MP
shared-name | コンゴの首都 | CD+CG
shared-name | コンゴの首都ってどこ | CD+CG
shared-name | コンゴって二つあるけど首都どこ | CD+CG
shared-name | ドミニカの首都 | DM+DO
shared-name | ドミニカの首都ってどこ | DM+DO
shared-name | ジョージアの首都はどこ | GE+US-GA
shared-name | ジョージアの首都ってどっちのジョージアか両方 | GE+US-GA
shared-name | 朝鮮の首都 | KP+KR
shared-name | 南北朝鮮の首都 | KP+KR
shared-name | 韓国と北朝鮮の首都 | KP+KR
shared-name | 北朝鮮と韓国の首都はそれぞれどこ | KP+KR
shared-name | コリアの首都 | KP+KR
shared-name | ヴァージン諸島の首都 | VG+VI
shared-name | バージン諸島の首都はどこ | VG+VI
shared-name | ギニアの首都 | GN
shared-name | ギニアって三つくらいあるけど普通のギニアの首都 | GN
shared-name | サモアの首都 | WS
shared-name | 米領サモアじゃないサモアの首都 | WS
shared-name | スーダンの首都 | SD
shared-name | 南スーダンの首都 | SS
shared-name | ニジェールの首都 | NE
shared-name | 国のジョージアの首都 | GE
shared-name | アメリカのジョージア州の州都 | US-GA
shared-name | 北のコンゴじゃなくて民主共和国のほうの首都 | CD
shared-name | ドミニカ共和国の首都はサントドミンゴでいい | DO
dialect-tsugaru | 世界の首都ば開いでけろ | LAUNCH
dialect-tsugaru | 世界の首都っこ起動してけ | LAUNCH
dialect-tsugaru | なんとして使うんだが教えでけろ | HELP
dialect-tsugaru | わがんねじゃ使い方しゃべってけ | HELP
dialect-tsugaru | もういいじゃ終わりにすべ | STOP
dialect-tsugaru | やめでけろ | STOP
dialect-tsugaru | いまのなしだ忘れでけ | CANCEL
dialect-tsugaru | いやいやなんもねえじゃ | CANCEL
dialect-tsugaru | 弘前のりんごはどごさ輸出してらの | FB
dialect-tsugaru | 津軽三味線っこ聞かせでけ | FB
dialect-tsugaru | わの孫ロンドンさいるんだけどイギリスの首都はロンドンで合ってらが | GB
dialect-tsugaru | 台湾さりんご売ってらんだけど台湾の首都どご | TW
dialect-tsugaru | んだばアメリカのワシントン州の州都は | US-WA
dialect-tsugaru | ロシアの首都はモスクワだべ | RU
dialect-nagoya | 世界の首都開いてちょう | LAUNCH
dialect-nagoya | 世界の首都起動してちょうでゃあ | LAUNCH
dialect-nagoya | どうやって聞いたらええの教えてちょう | HELP
dialect-nagoya | ようわからんでかんわ使い方 | HELP
dialect-nagoya | もうええてやめてちょう | STOP
dialect-nagoya | うるさいでもう終わりだがね | STOP
dialect-nagoya | 今のなしにしといてちょう | CANCEL
dialect-nagoya | やっぱええわ取り消しだがや | CANCEL
dialect-nagoya | 今日の名古屋の最高気温は何度だがね | FB
dialect-nagoya | 熱田神宮の初詣の混み具合 | FB
dialect-nagoya | トヨタの工場がアメリカのケンタッキー州にあるでよ州都どこ | US-KY
dialect-nagoya | メキシコのグアナファト州にも工場あるんだわ州都は | MX-GUA
dialect-nagoya | 名古屋の姉妹都市シドニーだでニューサウスウェールズ州の州都 | AU-NSW
dialect-nagoya | ほんでロサンゼルスはカリフォルニアだけど州都はどこだったかね | US-CA
dialect-kagoshima | 世界の首都ば開いてたもんせ | LAUNCH
dialect-kagoshima | 世界の首都を起動してくいやい | LAUNCH
dialect-kagoshima | どげんして使うとな | HELP
dialect-kagoshima | 使い方がわからんで教えっくれ | HELP
dialect-kagoshima | もうよかど終わりじゃ | STOP
dialect-kagoshima | だまっちょれ | STOP
dialect-kagoshima | 今のは取り消しじゃっど | CANCEL
dialect-kagoshima | なんでんなか | CANCEL
dialect-kagoshima | 桜島ん灰はどっちに降っとな | FB
dialect-kagoshima | 鹿児島の姉妹都市はパースじゃっどね西オーストラリア州の州都はパース | AU-WA
dialect-kagoshima | ナポリはイタリアじゃろイタリアの首都はどこけ | IT
dialect-kagoshima | マイアミとも姉妹都市じゃっどフロリダ州の州都は | US-FL
dialect-kagoshima | 長沙も友好都市じゃっど中国の首都は北京やろ | CN
dialect-kagoshima | 薩摩藩が留学生ば送ったイギリスの首都 | GB
dialect-kyoto | 世界の首都開いておくれやす | LAUNCH
dialect-kyoto | 世界の首都起動しとくれやす | LAUNCH
dialect-kyoto | どないして聞いたらええのか教えとくれやす | HELP
dialect-kyoto | 使い方教えてくれはる | HELP
dialect-kyoto | もうよろしおすえ | STOP
dialect-kyoto | ほなもう終わりにしとくれやす | STOP
dialect-kyoto | 堪忍今のなしにしといて | CANCEL
dialect-kyoto | 今のは気にせんといておくれやす | CANCEL
dialect-kyoto | 祇園祭の山鉾巡行は何日 | FB
dialect-kyoto | 嵐山の混雑状況 | FB
dialect-kyoto | 京都の姉妹都市のパリはフランスの首都どすな | FR
dialect-kyoto | フィレンツェはイタリアの首都やないんやろか | IT
dialect-kyoto | 西安は中国の首都やったことあるけど今の首都はどこどす | CN
dialect-kyoto | キーウと姉妹都市やったかいなウクライナの首都はキーウでええの | UA
dialect-kyoto | プラハも姉妹都市どすチェコの首都はプラハで合うてる | CZ
dialect-kyoto | ザグレブはクロアチアの首都やったかいな | HR
dialect-sendai | 世界の首都開いてけさい | LAUNCH
dialect-sendai | 世界の首都起動すっぺ | LAUNCH
dialect-sendai | 使い方わかんねっちゃ教えて | HELP
dialect-sendai | なじょすればいいの | HELP
dialect-sendai | もういいっちゃやめて | STOP
dialect-sendai | 終わりにすっぺ | STOP
dialect-sendai | 今のなしだっちゃ | CANCEL
dialect-sendai | やっぱいいや取り消しといて | CANCEL
dialect-sendai | 七夕まつりの飾りはいつから | FB
dialect-sendai | 仙台の姉妹都市のリバサイドってアメリカのカリフォルニアだべ州都どこ | US-CA
dialect-sendai | ミンスクも姉妹都市だっちゃベラルーシの首都はミンスクでいいのすか | BY
dialect-sendai | 支倉常長が行ったスペインの首都 | ES
dialect-sendai | 支倉常長はメキシコも通ったべメキシコの首都は | MX
dialect-sendai | ダラスはテキサスだっちゃ州都は | US-TX
learner-indian | せかいのしゅとをひらいてください | LAUNCH
learner-indian | どうやってつかいますかヘルププリーズ | HELP
learner-indian | ストッププリーズ | STOP
learner-indian | キャンセルキャンセルノーノー | CANCEL
learner-indian | インドのしゅとはニューデリーですかデリーですか | IN
learner-indian | カルナータカのキャピタルはベンガルールですねバンガロールじゃない | IN-KA
learner-indian | わたしのくにはテランガーナですしゅうとはハイデラバードですか | IN-TS
learner-indian | ケーララしゅうのしゅうとながいなまえ | IN-KL
learner-indian | タミルナードゥのキャピタルはマドラスですかチェンナイですか | IN-TN
learner-indian | オディシャのしゅうとはブバネーシュワルですね | IN-OD
learner-indian | ゴアのしゅうとはパナジですかパンジムですか | IN-GA
learner-indian | アンダマンのキャピタルはポートブレアでしたが | IN-AN
learner-indian | にほんのクリケットのしあいは | FB
learner-indian | カレーのおいしいおみせ | FB
learner-french | せかいのしゅとをきどうしてください | LAUNCH
learner-french | わかりませんたすけてください | HELP
learner-french | とめてくださいおねがいします | STOP
learner-french | まちがえましたキャンセルです | CANCEL
learner-french | フランスのしゅとはパリですかほかにありますか | FR
learner-french | ケベックしゅうのしゅとはケベックシティですかモンレアルですか | CA-QC
learner-french | ベルギーのしゅとはブリュッセルです | BE
learner-french | スイスのしゅとはジュネーブじゃないですか | CH
learner-french | セネガルのしゅとはダカールですよね | SN
learner-french | マルティニークのしゅとはフォールドフランス | MQ
learner-french | レユニオンのしゅとはサンドニですか | RE
learner-french | ニューカレドニアのしゅとはヌメア | NC
learner-french | パリのてんきはどうですか | FB
learner-french | フランスごでアレクサつかえますか | FB
learner-turkish | せかいのしゅとをあけて | LAUNCH
learner-turkish | なにをいえばいいですかわからない | HELP
learner-turkish | もういいですストップ | STOP
learner-turkish | ちがうちがうけして | CANCEL
learner-turkish | トルコのしゅとはアンカライスタンブールじゃない | TR
learner-turkish | アゼルバイジャンのしゅとはバクーですねきょうだいのくに | AZ
learner-turkish | キプロスのしゅとはニコシアですか | CY
learner-turkish | トルクメニスタンのしゅとアシガバート | TM
learner-turkish | ブルガリアのしゅとどこ | BG
learner-turkish | イラクのしゅとバグダッドですか | IQ
learner-turkish | シリアのしゅとダマスカス | SY
learner-turkish | ケバブのつくりかた | FB
learner-turkish | わらびのしのバスのじかん | FB
learner-pakistani | せかいのしゅとをスタートしてください | LAUNCH
learner-pakistani | つかいかたおしえてしゃちょう | HELP
learner-pakistani | おわりですストップ | STOP
learner-pakistani | いまのはなしですキャンセル | CANCEL
learner-pakistani | パキスタンのしゅとはイスラマバードですねカラチじゃない | PK
learner-pakistani | ケニアにくるまをおくりますしゅとナイロビ | KE
learner-pakistani | タンザニアのしゅとダルエスサラームですか | TZ
learner-pakistani | ウガンダのしゅとカンパラ | UG
learner-pakistani | モザンビークのしゅとはどこですか | MZ
learner-pakistani | ザンビアのしゅとルサカですか | ZM
learner-pakistani | アラブしゅちょうこくれんぽうのしゅとはドバイじゃないアブダビ | AE
learner-pakistani | ドバイのふねのスケジュール | FB
learner-pakistani | ちゅうこしゃのねだん | FB
learner-egyptian | せかいのしゅとをひらいてくださいませ | LAUNCH
learner-egyptian | このスキルはなにができますか | HELP
learner-egyptian | もうやめてくださいませ | STOP
learner-egyptian | いまのことばをとりけしてください | CANCEL
learner-egyptian | エジプトのしゅとはカイロですアレクサンドリアじゃない | EG
learner-egyptian | マスルのしゅとはカイロ | EG
learner-egyptian | パレスチナのしゅとはどこですか | PS
learner-egyptian | ヨルダンのしゅとアンマン | JO
learner-egyptian | レバノンのしゅとベイルートですね | LB
learner-egyptian | クウェートのしゅとはクウェートですか | KW
learner-egyptian | カタールのしゅとドーハ | QA
learner-egyptian | オマーンのしゅと | OM
learner-egyptian | ラマダンはいつからですか | FB
learner-egyptian | おいのりのじかんをおしえて | FB
delivery-rider | 世界の首都起動して | LAUNCH
delivery-rider | 走りながら使えるの使い方は | HELP
delivery-rider | 今無理ストップ | STOP
delivery-rider | あごめん今のキャンセル | CANCEL
delivery-rider | 注文入ったから終わり | STOP
delivery-rider | 次の配達先までのルート | FB
delivery-rider | 雨いつ止む | FB
delivery-rider | 今日の売上いくらだっけ | FB
delivery-rider | 配達先の人ネパールの人っぽかったけど首都カトマンズだよね | NP
delivery-rider | さっきのインドの店の人バングラデシュ出身だって首都どこ | BD
delivery-rider | ベトナムのバインミーの店の国の首都はハノイ | VN
delivery-rider | タイ料理屋さんだからタイの首都 | TH
geography-teacher | 授業で使うから世界の首都を起動してください | LAUNCH
geography-teacher | 授業で使いたいので使い方を説明してください | HELP
geography-teacher | 授業が始まるので終了します | STOP
geography-teacher | 今の質問は取り消してください | CANCEL
geography-teacher | 中学の地理の教科書の改訂はいつ | FB
geography-teacher | 学習指導要領の地理の内容 | FB
geography-teacher | 首都が複数ある国を全部教えて | FB
geography-teacher | 南アフリカ共和国の三つの首都を行政立法司法の順で | ZA
geography-teacher | オランダの憲法上の首都と政府所在地 | NL
geography-teacher | ブルンジの今の首都はどこですか | BI
geography-teacher | ミャンマーの首都が移転した先は | MM
geography-teacher | インドネシアの首都はまだジャカルタですか | ID
geography-teacher | ナイジェリアの首都はラゴスからどこに移りましたか | NG
geography-teacher | カザフスタンの首都の現在の名称 | KZ
geography-teacher | コートジボワールの法律上の首都 | CI
game-streamer | 世界の首都を起動しまーす | LAUNCH
game-streamer | 世界の首都スタートしてみよう | LAUNCH
game-streamer | リスナーに説明したいから使い方言って | HELP
game-streamer | はい終了お疲れ様でした | STOP
game-streamer | 今のなしでカットで | CANCEL
game-streamer | 配信の同接何人 | FB
game-streamer | スパチャ読み上げて | FB
game-streamer | ジオゲッサーでブラジルに落ちたよブラジルの首都は | BR
game-streamer | ユーロビジョンの優勝国の首都 | FB
game-streamer | コメントでサンマリノの首都聞かれたんだけど | SM
game-streamer | リヒテンシュタインって首都あるの | LI
game-streamer | ナウルの首都ないって本当 | NR
game-streamer | ツバルの首都わかる人いないでしょ | TV
izakaya | 世界の首都開いてよ | LAUNCH
izakaya | これどう使うんだっけ | HELP
izakaya | うるせえもういい | STOP
izakaya | 今のなし今のなし | CANCEL
izakaya | 生ビール追加で | FB
izakaya | 会計いくら | FB
izakaya | 終電調べて | FB
izakaya | オーストラリアの首都シドニーだって言ってるやついるんだけど | AU
izakaya | カナダの首都はトロントで間違いないよな | CA
izakaya | ニュージーランドの首都オークランドだろ | NZ
izakaya | トルコの首都でビール一杯賭けてる | TR
izakaya | スコッチの国スコットランドの首都 | GB-SCT
izakaya | アイルランドのギネスの国の首都 | IE
izakaya | ベルギービールのベルギーの首都 | BE
crossword-grandma | 世界の首都を開いてちょうだい | LAUNCH
crossword-grandma | これどうやって使うのかしら教えて | HELP
crossword-grandma | もうおしまいにしましょ | STOP
crossword-grandma | あら今のは違うのよ取り消して | CANCEL
crossword-grandma | 五文字で北欧の首都 | FB
crossword-grandma | カナダの首都って何文字 | CA
crossword-grandma | アイスランドの首都をゆっくり言って | IS
crossword-grandma | ペルーの首都は二文字よね | PE
crossword-grandma | キューバの首都はハバナだったわよね | CU
crossword-grandma | ポルトガルの首都を教えてくださいな | PT
crossword-grandma | 鉛筆どこにやったかしら | FB
crossword-grandma | 今日の懸賞の締め切り | FB
hospital-wait | 世界の首都を開いて暇つぶし | LAUNCH
hospital-wait | 何ができるか教えて | HELP
hospital-wait | 消灯だからもう終わり | STOP
hospital-wait | 看護師さん来たからやめて | STOP
hospital-wait | 今のなしで | CANCEL
hospital-wait | ナースコールして | FB
hospital-wait | 面会時間は何時まで | FB
hospital-wait | リハビリの先生がフィリピンの人なんだけどフィリピンの首都 | PH
hospital-wait | 隣のベッドの人がハワイに住んでたんだってハワイ州の州都 | US-HI
hospital-wait | 退院したらスペインに行きたいスペインの首都 | ES
hospital-wait | 病院の先生がドイツに留学してたってドイツの首都はベルリンだよね | DE
dialect-tsugaru | もうしゃべねでいいじゃ | STOP
dialect-tsugaru | おわりだおわり | STOP
dialect-tsugaru | まんずいいや今のやめだ | CANCEL
dialect-tsugaru | なんとしたらいいべ教えでけ | HELP
dialect-tsugaru | 世界の首都っての開げでみでけろ | LAUNCH
dialect-tsugaru | ブルネイの首都ってどごだっきゃ | BN
dialect-nagoya | もうええでやめときゃあ | STOP
dialect-nagoya | しゃべらんでええて | STOP
dialect-nagoya | やっぱやめとくわ今のなしだでね | CANCEL
dialect-nagoya | なにを聞いたらええんだがね | HELP
dialect-nagoya | 世界の首都つけてちょうよ | LAUNCH
dialect-nagoya | エルサルバドルの首都ってどこだがね | SV
dialect-kagoshima | もうよかよか止めっくいやい | STOP
dialect-kagoshima | はいもう終わいじゃ | STOP
dialect-kagoshima | さっきんとはなしにしっくれ | CANCEL
dialect-kagoshima | なんち聞けばよかとな | HELP
dialect-kagoshima | 世界の首都ば起動してくれんね | LAUNCH
dialect-kagoshima | エルサルバドルん首都はサンサルバドルじゃっどか | SV
dialect-kyoto | もう結構どす | STOP
dialect-kyoto | しゃべらんといて | STOP
dialect-kyoto | 今のはやめとくわ忘れといて | CANCEL
dialect-kyoto | 何を聞いたらよろしいのん | HELP
dialect-kyoto | 世界の首都をつけてくれはる | LAUNCH
dialect-kyoto | ブルネイの首都てどこやったやろ | BN
dialect-sendai | もうおしまいにすっからね | STOP
dialect-sendai | 静かにしてけさい | STOP
dialect-sendai | ちがうちがう今のは忘れてけろ | CANCEL
dialect-sendai | なに聞けばいいんだべ | HELP
dialect-sendai | 世界の首都開いでみっぺ | LAUNCH
learner-indian | ストップしてくださいミーティングです | STOP
learner-indian | いまのノーカウントキャンセル | CANCEL
learner-indian | なにをきけますかおしえて | HELP
learner-indian | せかいのしゅとをスタートプリーズ | LAUNCH
learner-french | もうだいじょうぶですおわりです | STOP
learner-french | ちがいますとりけしです | CANCEL
learner-french | つかいかたをせつめいしてください | HELP
learner-french | せかいのしゅとをあけてくださいね | LAUNCH
learner-french | ブルネイのしゅとはなんですか | BN
learner-turkish | とまってくださいおわり | STOP
learner-turkish | いまのいらないキャンセル | CANCEL
learner-turkish | ヘルプください | HELP
learner-turkish | せかいのしゅとはじめて | LAUNCH
learner-pakistani | もうおわりおわり | STOP
learner-pakistani | いまのナシナシ | CANCEL
learner-pakistani | なにききますかおしえて | HELP
learner-pakistani | せかいのしゅとをきどうおねがいします | LAUNCH
learner-pakistani | エルサルバドルにもくるまうりますしゅとどこ | SV
learner-egyptian | もうけっこうですおわります | STOP
learner-egyptian | ごめんなさいまちがえましたキャンセル | CANCEL
learner-egyptian | どうやってしつもんしますか | HELP
learner-egyptian | せかいのしゅとをはじめてください | LAUNCH
delivery-rider | あとで使うから今は終わり | STOP
delivery-rider | 止めて止めて | STOP
delivery-rider | 今のやっぱいいわ | CANCEL
delivery-rider | 何て言えば首都教えてくれるの | HELP
delivery-rider | 休憩だし世界の首都開いて | LAUNCH
delivery-rider | 配達先がエルサルバドル料理屋だったんだけど首都どこ | SV
geography-teacher | それでは終了します | STOP
geography-teacher | 失礼しました今の質問はなかったことに | CANCEL
geography-teacher | 州都についても質問できますか | HELP
geography-teacher | 世界の首都を開いてください授業の準備です | LAUNCH
geography-teacher | ブルネイダルサラーム国の首都を正式名称で | BN
game-streamer | 配信終わるからストップ | STOP
game-streamer | 黙ってアレクサ今いいとこだから | STOP
game-streamer | 今のは取り消しで誤爆 | CANCEL
game-streamer | どういう質問に答えられるかリスナーに教えてあげて | HELP
game-streamer | 世界の首都開いて首都当て企画やります | LAUNCH
izakaya | もういいよしゃべんな | STOP
izakaya | はい終わり解散 | STOP
izakaya | やっぱいいや忘れて忘れて | CANCEL
izakaya | どうやって聞くのこれ | HELP
izakaya | 世界の首都起動してみ | LAUNCH
izakaya | ブルネイって金持ちの国の首都なんだっけ | BN
crossword-grandma | もういいわよありがとうおしまい | STOP
crossword-grandma | ちょっと静かにしてちょうだい | STOP
crossword-grandma | あら違うわ今のはなかったことにして | CANCEL
crossword-grandma | 何て言えばいいのか教えてちょうだい | HELP
crossword-grandma | 世界の首都ってのを開いてみてちょうだい | LAUNCH
crossword-grandma | エルサルバドルの首都はカタカナで何文字 | SV
hospital-wait | 疲れたからもうやめる | STOP
hospital-wait | ちょっと待って今のキャンセル | CANCEL
hospital-wait | どんなこと聞けるの | HELP
hospital-wait | 世界の首都でも開こうかな開いて | LAUNCH
hospital-wait | 隣の人の奥さんエルサルバドルの人なんだって首都どこ | SV
everyday-name | ブルネイの首都 | BN
everyday-name | エルサルバドルの首都 | SV
learner-indian | ナガランドのしゅうとはコヒマですね | IN-NL
learner-indian | ミゾラムのキャピタル | IN-MZ
learner-indian | シッキムのしゅうとガントクですか | IN-SK
learner-indian | ビハールのしゅうとパトナ | IN-BR
learner-french | ルクセンブルクのしゅとはルクセンブルクですか | LU
learner-french | モナコのしゅとはモナコ | MC
learner-french | マダガスカルのしゅとはアンタナナリボですか | MG
learner-french | カメルーンのしゅとはヤウンデですか | CM
learner-turkish | カザフスタンのしゅとはアスタナですかヌルスルタン | KZ
learner-turkish | キルギスのしゅとビシュケク | KG
learner-turkish | コソボのしゅとはどこですか | XK
learner-pakistani | モンバサからウガンダへ運ぶしゅとどこ | UG
learner-egyptian | スーダンのしゅとハルツームですか | SD
learner-egyptian | リビアのしゅとトリポリですか | LY
dialect-kagoshima | 台湾とは近かどん台湾の首都は台北け | TW
dialect-sendai | コソボの首都ってどこだべ | XK
dialect-nagoya | パレスチナの首都ってどこになるんだがね | PS
izakaya | パレスチナって首都あるの | PS
geography-teacher | コソボの首都の現地での発音 | XK
crossword-grandma | 台湾の首都は何ていうのかしら | TW
dialect-tsugaru | あやいまのはまぢがいだ取り消してけ | CANCEL
dialect-kyoto | あらいややわ今の取り消しといておくれやす | CANCEL
dialect-kagoshima | いんにゃ今のはよか | CANCEL
dialect-sendai | いいからいいから今のは気にしないでけろ | CANCEL
dialect-nagoya | ちゃうちゃう今のは取り消しだがや | CANCEL
izakaya | 悪い悪い今の質問なしで | CANCEL
game-streamer | あっ今のミスったキャンセルで | CANCEL
hospital-wait | やっぱり聞くのやめとく | CANCEL
crossword-grandma | いいのいいのやっぱりいいわ | CANCEL
delivery-rider | 今の聞き直すからキャンセル | CANCEL
learner-french | すみませんいまのはまちがいですけしてください | CANCEL
dialect-kagoshima | こいはどげん使うとですか | HELP
dialect-kyoto | 何を言うたら答えてくれはるの | HELP
izakaya | これ何て聞けば答えんの教えて | HELP
game-streamer | このスキル何ができるか説明よろしく | HELP
hospital-wait | 使い方をもう一回ゆっくり教えて | HELP
learner-turkish | どうやってきくかわかりませんおしえてください | HELP
crossword-grandma | 首都のほかに何が聞けるのかしら | HELP
dialect-tsugaru | もうしゃべんなてば | STOP
learner-egyptian | ストップしてくださいおいのりのじかんです | STOP
dialect-tsugaru | {}の首都ってどごだべ | カメルーン=CM; ブルネイ=BN; ハンガリー=HU
dialect-tsugaru | わさ{}の首都おしえでけろ | シンガポール=SG; ケニア=KE; エクアドル=EC
dialect-tsugaru | {}の首都はなんていうまちだっきゃ | サモア=WS; ヨルダン=JO; コスタリカ=CR
dialect-tsugaru | まんずわがんねな{}の首都どごさあるの | マーシャル諸島=MH; マダガスカル=MG; ツバル=TV
dialect-nagoya | {}の首都ってどこだったかね教えてちょう | バヌアツ=VU; ドイツ=DE; キューバ=CU
dialect-nagoya | ちょっと{}の首都ってどこだがね | ウルグアイ=UY; サンマリノ=SM; コロンビア=CO
dialect-nagoya | {}の首都ってわかるきゃあ | エチオピア=ET; ブルンジ=BI; インドネシア=ID
dialect-nagoya | 孫に聞かれてかんわ{}の首都ってどこだったかいね | チェコ=CZ; ラオス=LA; ポーランド=PL
dialect-kagoshima | {}の首都はどこじゃろかい | マリ=ML; エリトリア=ER; 中央アフリカ共和国=CF
dialect-kagoshima | おいに{}の首都ば教えてたもんせ | リトアニア=LT; マルタ=MT; エジプト=EG
dialect-kagoshima | {}ん首都はなんちゅう町け | ジャマイカ=JM; アルメニア=AM; ミクロネシア連邦=FM
dialect-kagoshima | わっぜわからんどん{}の首都はどこな | ナウル=NR; イエメン=YE; アンティグアバーブーダ=AG
dialect-kyoto | {}の首都てどこやったやろか | ブルキナファソ=BF; スロベニア=SI; ルクセンブルク=LU
dialect-kyoto | {}の首都教えておくれやす | リベリア=LR; ナミビア=NA; スペイン=ES
dialect-kyoto | ほなら{}の首都はどこどすか | ガボン=GA; ガーナ=GH; デンマーク=DK
dialect-kyoto | うちすぐ忘れてしまうんやけど{}の首都てどこえ | 中国=CN; コンゴ民主共和国=CD; キリバス=KI
dialect-sendai | {}の首都ってどこだっちゃ | グアテマラ=GT; モナコ=MC; モーリシャス=MU
dialect-sendai | {}の首都おしえてけさい | 南アフリカ=ZA; ドミニカ共和国=DO; ボスニアヘルツェゴビナ=BA
dialect-sendai | いぎなりわかんねえんだけど{}の首都ってどこ | ソマリア=SO; カンボジア=KH; ニジェール=NE
dialect-sendai | {}の首都ってなんていうとこだべ | ラトビア=LV; アイルランド=IE; カタール=QA
learner-indian | アクチュアリー{}のしゅとはなんですか | 南スーダン=SS; アルゼンチン=AR; キプロス=CY
learner-indian | {}のキャピタルシティはどこですか | トルコ=TR; パナマ=PA; タイ=TH
learner-indian | ヤーヤー{}のしゅとをおしえてください | バングラデシュ=BD; モザンビーク=MZ; トンガ=TO
learner-indian | わたしのともだち{}からきましたそこのしゅとはなに | インド=IN; バーレーン=BH; バルバドス=BB
learner-french | アロール{}のしゅとはどこですか | ザンビア=ZM; スロバキア=SK; トルクメニスタン=TM
learner-french | すみません{}のしゅとがわかりません | ブラジル=BR; バハマ=BS; マラウイ=MW
learner-french | ええと{}はしゅとがなにですか | ジブチ=DJ; ベリーズ=BZ; コンゴ共和国=CG
learner-french | {}のしゅとのなまえをいってください | シリア=SY; 東ティモール=TL; カーボベルデ=CV
learner-turkish | {}のしゅとはどこですかおしえて | アイスランド=IS; クウェート=KW; メキシコ=MX
learner-turkish | おにいさん{}のしゅとなに | オマーン=OM; イタリア=IT; ニカラグア=NI
learner-turkish | {}のしゅとのまちはなんといいますか | タンザニア=TZ; アルバニア=AL; ドミニカ国=DM
learner-turkish | {}のしゅとどこですかわたししらない | セネガル=SN; エスワティニ=SZ; ギニアビサウ=GW
learner-pakistani | しゃちょう{}のしゅとどこ | ナイジェリア=NG; ベネズエラ=VE; チリ=CL
learner-pakistani | {}にくるまをおくりますしゅとはどこですか | ソロモン諸島=SB; オランダ=NL; レバノン=LB
learner-pakistani | {}のしゅとおしえてくださいおねがいします | ミャンマー=MM; ガイアナ=GY; ボリビア=BO
learner-pakistani | {}のキャピタルなんですか | アラブ首長国連邦=AE; フィジー=FJ; ベナン=BJ
learner-egyptian | {}のしゅとはどこにありますか | ホンジュラス=HN; モーリタニア=MR; サウジアラビア=SA
learner-egyptian | {}にはしゅとがどこ | ジョージア=GE; アルジェリア=DZ; トリニダードトバゴ=TT
learner-egyptian | せんせいにききたい{}のしゅとは | ウクライナ=UA; タジキスタン=TJ; ベルギー=BE
learner-egyptian | えっと{}のしゅとのなまえ | イスラエル=IL; ペルー=PE; レソト=LS
delivery-rider | 信号待ちの間に{}の首都教えて | エルサルバドル=SV; 韓国=KR; パプアニューギニア=PG
delivery-rider | {}の首都だけ教えてすぐ次の配達だから | コートジボワール=CI; スーダン=SD; リヒテンシュタイン=LI
delivery-rider | アレクサ{}の首都どこ | クロアチア=HR; イラク=IQ; チュニジア=TN
delivery-rider | 休憩中なんだけど{}の首都ってどこだっけ | ウガンダ=UG; サントメプリンシペ=ST; 赤道ギニア=GQ
geography-teacher | 授業で使うので{}の首都を確認させてください | セーシェル=SC; ハイチ=HT; アメリカ合衆国=US
geography-teacher | {}の首都を正確に教えてください | リビア=LY; カナダ=CA; モルディブ=MV
geography-teacher | 明日のテストに出すんだけど{}の首都は | フィンランド=FI; ルワンダ=RW; チャド=TD
geography-teacher | 地理の教科書だと{}の首都ってどこになってる | ブータン=BT; ガンビア=GM; フィリピン=PH
game-streamer | はいリスナーさんからの質問です{}の首都は | ノルウェー=NO; ウズベキスタン=UZ; 北朝鮮=KP
game-streamer | コメントで聞かれたんだけど{}の首都どこ | ボツワナ=BW; 日本=JP; スイス=CH
game-streamer | 配信中ごめん{}の首都ってどこ | オーストラリア=AU; スリナム=SR; エストニア=EE
game-streamer | チャットが騒いでるから答え合わせ{}の首都 | ロシア=RU; パラオ=PW; ベトナム=VN
izakaya | おい{}の首都ってどこだよ | スウェーデン=SE; ジンバブエ=ZW; カザフスタン=KZ
izakaya | 賭けてんだよ{}の首都どこ | パラグアイ=PY; オーストリア=AT; グレナダ=GD
izakaya | {}の首都わかんねえ教えてくれ | 北マケドニア=MK; セントクリストファーネーヴィス=KN; セントビンセント及びグレナディーン諸島=VC
izakaya | 部長が言うには{}の首都ってどこなの | ニュージーランド=NZ; イギリス=GB; フランス=FR
crossword-grandma | クロスワードなんだけどね{}の首都はなんていうの | モルドバ=MD; ルーマニア=RO; イラン=IR
crossword-grandma | {}の首都はカタカナで何文字かしら | アフガニスタン=AF; パキスタン=PK; マレーシア=MY
crossword-grandma | ちょっと{}の首都を教えてちょうだいな | ギリシャ=GR; アンドラ=AD; ベラルーシ=BY
crossword-grandma | あのねえ{}の首都ってどこだったかしら | アンゴラ=AO; トーゴ=TG; モロッコ=MA
hospital-wait | 暇だから{}の首都教えて | アゼルバイジャン=AZ; シエラレオネ=SL; スリランカ=LK
hospital-wait | 点滴終わるまで{}の首都でも聞こうかな | セントルシア=LC; ネパール=NP; ギニア=GN
hospital-wait | 看護師さんと話してたんだけど{}の首都ってどこ | キルギス=KG; セルビア=RS; モンゴル=MN
hospital-wait | 小さい声で{}の首都は | ポルトガル=PT; モンテネグロ=ME; ブルガリア=BG
hospital-wait | 眠れないんだけど{}の首都ってどこ | コモロ=KM
subdivision | {}の州都とか首府ってどこ | リオデジャネイロ州=BR-RJ; サスカチュワン州=CA-SK; アッサム州=IN-AS
subdivision | {}の行政の中心はどこ | 西ベンガル州=IN-WB; アマゾナス州=BR-AM; ヘッセン州=DE-HE
subdivision | {}の首府を教えて | 仏領極南諸島=TF; オーストラリア首都特別地域=AU-ACT; ユタ州=US-UT
subdivision | {}の中心都市ってどこになるの | テネシー州=US-TN; ロンドニア州=BR-RO; ニューヨーク州=US-NY
subdivision | {}はどこが首都扱いなの | アンダマンニコバル諸島=IN-AN; スコットランド=GB-SCT; パライバ州=BR-PB
subdivision | {}の役所がある町はどこ | ハワイ州=US-HI; イリノイ州=US-IL; 香港=HK
subdivision | {}の首都みたいな町ってどこ | ウェールズ=GB-WLS; ゴイアス州=BR-GO; ロライマ州=BR-RR
subdivision | {}のいちばん偉い町ってどこ | マン島=IM; マニトバ州=CA-MB; アルバータ州=CA-AB
subdivision | {}の州都っていうか首府ってどこ | ダードラー及びナガルハヴェーリー及びダマンディーウ=IN-DH; セルジッペ州=BR-SE; スバールバル諸島ヤンマイエン島=SJ
subdivision | {}って首都はどこになるの | ドゥランゴ州=MX-DUR; 北マリアナ諸島=MP; ジャールカンド州=IN-JH
subdivision | {}の政庁所在地は | サウスカロライナ州=US-SC; アーンドラプラデーシュ州=IN-AP; リオグランデドノルテ州=BR-RN
subdivision | {}の首府はなんていう町 | アマパー州=BR-AP; ブランデンブルク州=DE-BB; ピアウイ州=BR-PI
subdivision | {}の州都あるいは首府は | バーモント州=US-VT; パラナ州=BR-PR; ニュージャージー州=US-NJ
subdivision | ええと{}の首都ってどこだっけ | リオグランデドスル州=BR-RS; カンザス州=US-KS; マヨット=YT
subdivision | {}の首都って決まってるの | ココス諸島=CC; 南極=AQ; ニーダーザクセン州=DE-NI
subdivision | {}の中心の町の名前 | コロラド州=US-CO; シュレースヴィヒホルシュタイン州=DE-SH; ウィスコンシン州=US-WI
subdivision | {}の行政府はどこに置かれてる | メリーランド州=US-MD; バイエルン州=DE-BY; キンタナロー州=MX-ROO
subdivision | {}にも首都ってあるのどこ | セアラー州=BR-CE; マルティニーク=MQ; ブリティッシュコロンビア州=CA-BC
subdivision | {}の州都的な場所 | タスマニア州=AU-TAS; ウォリスフツナ=WF; ケベック州=CA-QC
subdivision | {}の首府ってどこなんだろう | ニューハンプシャー州=US-NH; バイーア州=BR-BA; タマウリパス州=MX-TAM
dialect-tsugaru | {}の州都だが首都だがどごだべ | ケイマン諸島=KY; アリゾナ州=US-AZ; ニューカレドニア=NC
dialect-tsugaru | {}のいぢばん大きい役所あるまぢどご | サンパウロ州=BR-SP; オレゴン州=US-OR; オアハカ州=MX-OAX
dialect-tsugaru | {}の首府ってなんてまぢだべな | ユーコン準州=CA-YT; 英領インド洋地域=IO; カリフォルニア州=US-CA
dialect-tsugaru | あんちゃんさ聞がれだんだけど{}の首都どご | トラスカラ州=MX-TLA; ネバダ州=US-NV; モンタナ州=US-MT
dialect-nagoya | {}の州都ってどこだったきゃあ | アルナーチャルプラデーシュ州=IN-AR; ヌエボレオン州=MX-NLE; アルバ=AW
dialect-nagoya | {}の首府ってどこだがや | サンバルテルミー=BL; ヌナブト準州=CA-NU; バハカリフォルニアスル州=MX-BCS
dialect-nagoya | {}の中心はどこだでよ教えてちょう | オランダ領カリブ=BQ; ニューブランズウィック州=CA-NB; クック諸島=CK
dialect-nagoya | 名古屋の姉妹都市の関係で{}の首都知りたいんだわ | バーデンヴュルテンベルク州=DE-BW; オハイオ州=US-OH; ハリヤーナー州=IN-HR
dialect-kagoshima | {}の州都はどこけ | ノバスコシア州=CA-NS; ナヤリット州=MX-NAY; ウェストバージニア州=US-WV
dialect-kagoshima | {}の首府はどけあっとな | フロリダ州=US-FL; チャッティースガル州=IN-CG; コリマ州=MX-COL
dialect-kagoshima | {}ん中心ん町はどこじゃっとか | ノースウエスト準州=CA-NT; メーガーラヤ州=IN-ML; マカオ=MO
dialect-kagoshima | {}の首都ち言えばどこな | ポンディシェリ=IN-PY; マットグロッソ州=BR-MT; コアウイラ州=MX-COA
dialect-kyoto | {}の州都てどこどしたかいな | テキサス州=US-TX; ペンシルベニア州=US-PA; ビクトリア州=AU-VIC
dialect-kyoto | {}の首府はどこにあるんやろ | カンペチェ州=MX-CAM; デリー=IN-DL; ケーララ州=IN-KL
dialect-kyoto | {}の中心の町てどこやの | サカテカス州=MX-ZAC; ニューメキシコ州=US-NM; グジャラート州=IN-GJ
dialect-kyoto | 観光のお客さんに聞かれたんやけど{}の首都はどこえ | パンジャーブ州=IN-PB; マニプル州=IN-MN; グリーンランド=GL
dialect-sendai | {}の州都ってどこだっけや | ブラジリア連邦直轄区=BR-DF; テランガーナ州=IN-TS; ミネソタ州=US-MN
dialect-sendai | {}の首府はどこだべね | キュラソー=CW; トケラウ=TK; グアドループ=GP
dialect-sendai | {}の中心ってどごだっちゃ | タミルナードゥ州=IN-TN; タバスコ州=MX-TAB; ミズーリ州=US-MO
dialect-sendai | 楽天の外国人選手の出身なんだけど{}の首都どこ | モレロス州=MX-MOR; マディヤプラデーシュ州=IN-MP; メイン州=US-ME
learner-indian | {}のステートキャピタルはどこですか | オクラホマ州=US-OK; 米領ヴァージン諸島=VI; チワワ州=MX-CHH
learner-indian | {}のしゅふのなまえはなんですか | ニウエ=NU; マサチューセッツ州=US-MA; 米領サモア=AS
learner-indian | {}のメインシティはどこ | ラインラントプファルツ州=DE-RP; イングランド=GB-ENG; アイダホ州=US-ID
learner-french | {}のしゅとはありますかどこですか | サウスダコタ州=US-SD; クリスマス島=CX; ベラクルス州=MX-VER
learner-french | {}のちゅうしんのまちはなんですか | ウッタラーカンド州=IN-UK; ジブラルタル=GI; バチカン市国=VA
learner-french | {}のしゅうとはどこ | ブーベ島=BV; ペルナンブーコ州=BR-PE; 西サハラ=EH
learner-turkish | {}のしゅうとなんですか | 英領ヴァージン諸島=VG; ザクセンアンハルト州=DE-ST; ユカタン州=MX-YUC
learner-turkish | {}のいちばんだいじなまちはどこ | メキシコ州=MX-MEX; コネチカット州=US-CT; ノースカロライナ州=US-NC
learner-pakistani | {}のしゅうとどこですかしゃちょうききたい | ジャンムーカシミール=IN-JK; 南オーストラリア州=AU-SA; アンギラ=AI
learner-pakistani | {}のおおきいやくしょのまちどこ | アーカンソー州=US-AR; ロードアイランド州=US-RI; サンタカタリーナ州=BR-SC
learner-egyptian | {}のしゅうとをおしえてくださいませ | サンルイスポトシ州=MX-SLP; 北アイルランド=GB-NIR; ラクシャドウィープ=IN-LD
learner-egyptian | {}のしゅふはどこにありますか | マハーラーシュトラ州=IN-MH; テューリンゲン州=DE-TH; オディシャ州=IN-OD
delivery-rider | {}の州都ってどこ次の信号までに | プエブラ州=MX-PUE; ザクセン州=DE-SN; プリンスエドワードアイランド州=CA-PE
delivery-rider | 配達先のお客さんが{}の人でさ首都ってどこ | ブレーメン州=DE-HB; メクレンブルクフォアポンメルン州=DE-MV; チャンディーガル=IN-CH
delivery-rider | {}の首府ってどこ手短に | バミューダ=BM; グアナファト州=MX-GUA; サウスジョージアサウスサンドウィッチ諸島=GS
geography-teacher | {}の州都もしくは首府を確認したいです | オーランド諸島=AX; ネブラスカ州=US-NE; カルナータカ州=IN-KA
geography-teacher | 資料集の{}の首府の欄を埋めたいんだけど | ケレタロ州=MX-QUE; セントヘレナ=SH; コロンビア特別区=US-DC
geography-teacher | 生徒に質問されました{}の中心都市は | アラスカ州=US-AK; アラバマ州=US-AL; ガーンジー=GG
geography-teacher | {}の行政上の中心地を教えてください | ゴア州=IN-GA; フォークランド諸島=FK; ジャージー=JE
game-streamer | 次のお題は{}の州都です | ミナスジェライス州=BR-MG; エスピリトサント州=BR-ES; シナロア州=MX-SIN
game-streamer | {}の首府わかる人いるかなアレクサ答えて | オンタリオ州=CA-ON; サンピエール島ミクロン島=PM; ヒマーチャルプラデーシュ州=IN-HP
game-streamer | 地図で{}に落とされたんだけど首府どこ | フェロー諸島=FO; ゲレロ州=MX-GRO; ハード島マクドナルド諸島=HM
game-streamer | {}の首都当てられたら神 | モントセラト=MS; ラージャスターン州=IN-RJ; ミチョアカン州=MX-MIC
izakaya | {}の州都ってどこだっけなあ | ハリスコ州=MX-JAL; タークスカイコス諸島=TC; ワイオミング州=US-WY
izakaya | 隣の席の外国人さんが{}から来たって首都どこ | 南マットグロッソ州=BR-MS; 合衆国領有小離島=UM; アラゴアス州=BR-AL
izakaya | {}の首府ってわかるかあ | ビハール州=IN-BR; シッキム州=IN-SK; アグアスカリエンテス州=MX-AGU
izakaya | もう一軒行く前に{}の首都だけ教えて | ハンブルク州=DE-HH; アイオワ州=US-IA; 西オーストラリア州=AU-WA
crossword-grandma | {}の州都は何ていう名前だったかねえ | バージニア州=US-VA; 仏領ポリネシア=PF; ニューファンドランドラブラドール州=CA-NL
crossword-grandma | 縦の鍵が{}の首府なのよ | チアパス州=MX-CHP; クイーンズランド州=AU-QLD; プエルトリコ=PR
crossword-grandma | {}の中心の町を教えてくださいな | レユニオン=RE; ピトケアン諸島=PN; バハカリフォルニア州=MX-BCN
crossword-grandma | 孫が留学してる{}の首都ってどこだったかしら | ソノラ州=MX-SON; ノルトラインヴェストファーレン州=DE-NW; ノースダコタ州=US-ND
hospital-wait | {}の州都ってどこ | ミゾラム州=IN-MZ; ノーフォーク島=NF; マラニョン州=BR-MA
hospital-wait | 同じ部屋のおじいさんが{}に住んでたんだって首府はどこ | イダルゴ州=MX-HID; ノーザンテリトリー=AU-NT; ナガランド州=IN-NL
hospital-wait | {}の首府を教えてもらえる | トカンチンス州=BR-TO; 仏領ギアナ=GF; ルイジアナ州=US-LA
hospital-wait | 検査まで時間あるから{}の中心都市教えて | グアム=GU; ベルリン州=DE-BE; デラウェア州=US-DE
hospital-wait | テレビで{}が出てたんだけど首都どこ | パラー州=BR-PA; ウッタルプラデーシュ州=IN-UP; トリプラ州=IN-TR
subdivision | {}で一番大事な町つまり首都は | シントマールテン=SX; ワシントン州=US-WA; ザールラント州=DE-SL
subdivision | {}の政治の中心ってどこ | ケンタッキー州=US-KY; インディアナ州=US-IN; アクレ州=BR-AC
subdivision | {}の首都はどこかわかる | ジョージア州=US-GA; サンマルタン=MF; メキシコシティ=MX-CMX
subdivision | {}の主都ってどこ | ミシガン州=US-MI; ラダック=IN-LA; ニューサウスウェールズ州=AU-NSW
subdivision | 地図帳に載ってる{}の首府は | ミシシッピ州=US-MS
"""

if __name__ == "__main__":
    build_round(47, "ja", LINES, sys.argv, "tests/Eval/ja/round47/source/build_corpus.py")
