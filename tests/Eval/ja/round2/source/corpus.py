"""Japanese (ja-JP), round 2: how people in Japan ask Alexa for a capital, plain and polite, written blind on
30 November 2026. Transcripts as recognition writes them: no spaces, no punctuation, country names in katakana or
kanji as usually written (フランス, 中国, 韓国, 米国), verbs in kanji and kana as commonly written (教えて, 調べて).
States take 州都 ("カリフォルニア州の州都はどこ")."""
from round2_world_corpus import family, place

LANGUAGE = "ja"
LOCALE = "ja-JP"
SEED = "round2-20261130-ja"
TEXT = r"[\u3005\u3040-\u30FF\u4E00-\u9FFF]+"


def forms(name):
    return {"x": name}


COUNTRIES = [
    place("FR", "フランス"), place("DE", "ドイツ"), place("IT", "イタリア"), place("ES", "スペイン"),
    place("PT", "ポルトガル"), place("GB", "イギリス", "英国"), place("IE", "アイルランド"), place("CH", "スイス"),
    place("AT", "オーストリア"), place("BE", "ベルギー"), place("DK", "デンマーク"), place("NO", "ノルウェー"),
    place("SE", "スウェーデン"), place("FI", "フィンランド"), place("IS", "アイスランド"), place("PL", "ポーランド"),
    place("CZ", "チェコ"), place("HU", "ハンガリー"), place("RO", "ルーマニア"), place("BG", "ブルガリア"),
    place("GR", "ギリシャ"), place("TR", "トルコ"), place("HR", "クロアチア"), place("RS", "セルビア"),
    place("UA", "ウクライナ"), place("RU", "ロシア"), place("BY", "ベラルーシ"), place("LT", "リトアニア"),
    place("LV", "ラトビア"), place("EE", "エストニア"), place("LU", "ルクセンブルク"), place("MT", "マルタ"),
    place("CY", "キプロス"), place("AL", "アルバニア"), place("SK", "スロバキア"), place("SI", "スロベニア"),
    place("EG", "エジプト"), place("MA", "モロッコ"), place("DZ", "アルジェリア"), place("TN", "チュニジア"),
    place("LY", "リビア"), place("KE", "ケニア"), place("ET", "エチオピア"), place("GH", "ガーナ"),
    place("SN", "セネガル"), place("TZ", "タンザニア"), place("MG", "マダガスカル"), place("AO", "アンゴラ"),
    place("MZ", "モザンビーク"), place("ZW", "ジンバブエ"), place("CN", "中国"), place("KR", "韓国"),
    place("KP", "北朝鮮"), place("TW", "台湾"), place("MN", "モンゴル"), place("IN", "インド"),
    place("PK", "パキスタン"), place("BD", "バングラデシュ"), place("NP", "ネパール"), place("BT", "ブータン"),
    place("TH", "タイ"), place("VN", "ベトナム"), place("KH", "カンボジア"), place("LA", "ラオス"),
    place("MM", "ミャンマー"), place("PH", "フィリピン"), place("ID", "インドネシア"), place("BN", "ブルネイ"),
    place("TL", "東ティモール"), place("AU", "オーストラリア", "豪州"), place("NZ", "ニュージーランド"),
    place("FJ", "フィジー"), place("PG", "パプアニューギニア"), place("US", "アメリカ", "米国"), place("CA", "カナダ"),
    place("MX", "メキシコ"), place("CU", "キューバ"), place("JM", "ジャマイカ"), place("PA", "パナマ"),
    place("CR", "コスタリカ"), place("BR", "ブラジル"), place("AR", "アルゼンチン"), place("CL", "チリ"),
    place("PE", "ペルー"), place("CO", "コロンビア"), place("VE", "ベネズエラ"), place("EC", "エクアドル"),
    place("UY", "ウルグアイ"), place("PY", "パラグアイ"), place("IR", "イラン"), place("IQ", "イラク"),
    place("SA", "サウジアラビア", "サウジ"), place("AE", "アラブ首長国連邦"), place("QA", "カタール"),
    place("KW", "クウェート"), place("IL", "イスラエル"), place("JO", "ヨルダン"), place("LB", "レバノン"),
    place("SY", "シリア"), place("AF", "アフガニスタン"), place("KZ", "カザフスタン"), place("UZ", "ウズベキスタン"),
    place("AZ", "アゼルバイジャン"), place("AM", "アルメニア"), place("MK", "北マケドニア"), place("XK", "コソボ"),
    place("VA", "バチカン"), place("WS", "サモア"), place("TO", "トンガ"), place("PW", "パラオ"), place("JP", "日本"),
]

OFFICIAL = [
    place("US", "アメリカ合衆国"), place("KR", "大韓民国"), place("CN", "中華人民共和国"), place("RU", "ロシア連邦"),
    place("DE", "ドイツ連邦共和国"), place("FR", "フランス共和国"), place("IN", "インド共和国"),
    place("BR", "ブラジル連邦共和国"), place("AU", "オーストラリア連邦"), place("TH", "タイ王国"),
    place("SA", "サウジアラビア王国"), place("KP", "朝鮮民主主義人民共和国"), place("MN", "モンゴル国"),
    place("CH", "スイス連邦"), place("CZ", "チェコ共和国"), place("PH", "フィリピン共和国"),
]

EVERYDAY = [
    place("US", "米国"), place("GB", "英国"), place("AU", "豪州"), place("MM", "ビルマ"), place("SA", "サウジ"),
    place("BY", "白ロシア"), place("CI", "象牙海岸"), place("GE", "グルジア"), place("SZ", "スワジランド"),
    place("VA", "バチカン市国"), place("TL", "東チモール"),
]

SEVERAL = [
    place("ZA", "南アフリカ", "南ア", tags="three"), place("BO", "ボリビア", tags="two"),
    place("NL", "オランダ", tags="two"), place("CI", "コートジボワール", tags="two"), place("BJ", "ベナン", tags="two"),
    place("LK", "スリランカ", tags="two"), place("MY", "マレーシア", tags="two"), place("PS", "パレスチナ", tags="two"),
    place("SZ", "エスワティニ", "スワジランド", tags="two"),
]

SHARED = [
    place("CD+CG", "コンゴ"), place("CG", "コンゴ共和国"), place("CD", "コンゴ民主共和国"), place("GN", "ギニア"),
    place("GQ", "赤道ギニア"), place("GW", "ギニアビサウ"), place("NE", "ニジェール"), place("NG", "ナイジェリア"),
    place("SD", "スーダン"), place("SS", "南スーダン"), place("DM", "ドミニカ国"), place("DO", "ドミニカ共和国"),
    place("GE", "ジョージア"), place("VG+VI", "バージン諸島"),
]

SUBDIVISIONS = [
    place("US-CA", "カリフォルニア州", "カリフォルニア", tags="state"), place("US-TX", "テキサス州", "テキサス", tags="state"),
    place("US-NY", "ニューヨーク州", tags="state"), place("US-FL", "フロリダ州", "フロリダ", tags="state"),
    place("US-HI", "ハワイ州", "ハワイ", tags="state"), place("US-WA", "ワシントン州", tags="state"),
    place("US-GA", "ジョージア州", tags="state"), place("CA-QC", "ケベック州", tags="state"),
    place("DE-BY", "バイエルン州", tags="state"), place("GB-SCT", "スコットランド"), place("GB-ENG", "イングランド"),
    place("GB-WLS", "ウェールズ"), place("GB-NIR", "北アイルランド"), place("GL", "グリーンランド"),
    place("PR", "プエルトリコ"), place("GU", "グアム"),
]

POOLS = {"countries": COUNTRIES, "official": OFFICIAL, "everyday": EVERYDAY, "several": SEVERAL, "shared": SHARED,
         "subdivisions": SUBDIVISIONS}

FAMILIES = [
    family("direct-question", "countries", 16,
           "{x}の首都はどこ", "{x}の首都はどこですか", "{x}の首都は何", "{x}の首都ってどこ", "{x}の首都はどこなの",
           "{x}の首都はどこでしょう", "{x}の首都は何ですか", "{x}の首都はどの都市ですか", "{x}の首都って何"),
    family("polite-request", "countries", 13,
           "{x}の首都を教えて", "{x}の首都を教えてください", "{x}の首都を教えてくれる", "{x}の首都を教えてもらえますか",
           "{x}の首都が知りたい", "{x}の首都を知りたいです", "すみません{x}の首都はどこですか", "{x}の首都を教えてくれない",
           "{x}の首都を教えてほしい"),
    family("imperative", "countries", 8,
           "{x}の首都を調べて", "{x}の首都を言って", "{x}の首都を検索して", "{x}の首都を答えて", "{x}の首都調べて"),
    family("do-you-know", "countries", 10,
           "{x}の首都知ってる", "{x}の首都ってわかる", "{x}の首都を知っていますか", "{x}の首都忘れちゃった",
           "{x}の首都がわからない", "{x}の首都知ってますか", "{x}の首都ってなんだったか忘れた"),
    family("inverted-order", "countries", 8,
           "首都はどこ{x}の", "首都はどこですか{x}の", "首都教えて{x}の", "首都ってどこ{x}の"),
    family("particle-dropped", "countries", 12,
           "{x}って首都どこ", "{x}の首都どこ", "{x}首都どこ", "{x}の首都は", "{x}の首都どこだっけ", "{x}って首都どこだっけ",
           "{x}首都は", "{x}って首都は"),
    family("leading-filler", "countries", 10,
           "ねえ{x}の首都はどこ", "えっと{x}の首都はどこ", "あの{x}の首都ってどこ", "アレクサ{x}の首都はどこ",
           "ちょっと聞きたいんだけど{x}の首都はどこ", "えーと{x}の首都を教えて", "そういえば{x}の首都ってどこ",
           "ところで{x}の首都はどこですか"),
    family("trailing-words", "countries", 10,
           "{x}の首都はどこだっけ", "{x}の首都ってどこなんだろう", "{x}の首都はどこかな", "{x}の首都はどこですかね",
           "{x}の首都はどこなのかな", "{x}の首都ってどこだったっけ", "{x}の首都はどこか教えて", "{x}の首都って何だっけ"),
    family("bare-name", "countries", 8,
           "{x}の首都", "{x}首都", "{x}の首都をお願い", "{x}の首都は何という都市"),
    family("follow-up", "countries", 12,
           "じゃあ{x}は", "{x}は", "{x}はどう", "では{x}の首都は", "じゃあ{x}の首都は", "次は{x}", "{x}の首都も教えて",
           "それじゃ{x}は", "{x}の場合は", "じゃ{x}はどこ", "{x}の方は"),
    family("official-name", "official", 8,
           "{x}の首都はどこ", "{x}の首都を教えて", "{x}の首都はどこですか", "{x}の首都って"),
    family("everyday-name", "everyday", 8,
           "{x}の首都はどこ", "{x}の首都を教えて", "{x}の首都ってどこ"),
    family("plural-capitals", "several", 12,
           "{x}の首都はいくつあるの", "{x}には首都がいくつありますか", "{x}の首都を全部教えて",
           ("{x}の二つの首都はどこ", "two"), ("{x}の三つの首都を教えて", "three"), ("{x}の首都はどことどこ", "two"),
           "{x}は首都が複数あるの", "{x}の首都は何個あるの", "{x}の首都を全部言って"),
    family("shared-name", "shared", 12,
           "{x}の首都はどこ", "{x}の首都を教えて", "{x}の首都はどこですか", "{x}の首都ってどこ"),
    family("subdivision", "subdivisions", 14,
           ("{x}の州都はどこ", "state"), "{x}の首都はどこ", ("{x}の州都を教えて", "state"), "{x}の中心都市はどこ",
           ("{x}の州都ってどこ", "state")),
]

OTHER = {
    "out-of-domain": ("AMAZON.FallbackIntent", [
        "今日の天気は", "明日の東京の天気を教えて", "キッチンタイマーをセットして", "音楽をかけて", "米津玄師の曲をかけて",
        "フランスの人口は", "日本の通貨は何", "ブラジルの公用語は何語", "ロンドンは今何時", "アメリカの大統領は誰",
        "オーストラリアで一番大きい都市は", "エベレストの高さは", "電気を消して", "面白い話をして",
        "買い物リストに牛乳を追加して", "首都高速の渋滞情報を教えて", "資本金って何", "東京から大阪までの距離は",
        "イタリアの国旗の色は", "ニュースを教えて", "首都圏の地震情報", "カナダの面積はどのくらい"]),
    "help": ("AMAZON.HelpIntent", ["ヘルプ", "助けて", "使い方を教えて", "何ができるの", "何を聞けばいいの"]),
    "stop": ("AMAZON.StopIntent", ["ストップ", "止めて", "終了", "やめて", "終わり"]),
    "cancel": ("AMAZON.CancelIntent", ["キャンセル", "取り消し", "キャンセルして", "今のはキャンセル", "取り消して"]),
}
