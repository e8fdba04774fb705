using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Tests.Capitals;

/// <summary>One form for the ways a name is written, per script; and the name keys built on it.</summary>
public sealed class TextFoldingTests
{
    [TestCase("Côte d’Ivoire", "Cote d'Ivoire")]
    [TestCase("São Tomé", "Sao Tome")]
    [TestCase("Straße", "Strasse")]
    [TestCase("Bogota\u0301", "Bogota", Description = "a combining accent")]
    [TestCase("ＦＲＡＮＣＥ　２", "FRANCE 2", Description = "full-width letters, digit and space")]
    [TestCase("ﾌﾗﾝｽ", "フランス", Description = "half-width katakana")]
    [TestCase("ｶﾞｰﾅ", "ガナ", Description = "a half-width voiced mark composes (and the long vowel mark is dropped)")]
    [TestCase("ﾍﾟﾙｰ", "ペル", Description = "a half-width semi-voiced mark composes")]
    [TestCase("カ\u3099ーナ", "ガナ", Description = "a combining voiced mark composes")]
    [TestCase("う\u3099", "ブ", Description = "a voiced mark after hiragana composes (ヴ), and hiragana folds to katakana")]
    [TestCase("ヴァチカン", "バチカン", Description = "ヴァ as バ")]
    [TestCase("ヴィクトリア", "ビクトリア", Description = "ヴィ as ビ")]
    [TestCase("ヴェネズエラ", "ベネズエラ", Description = "ヴェ as ベ")]
    [TestCase("ヴォルゴグラード", "ボルゴグラド", Description = "ヴォ as ボ")]
    [TestCase("ウルグァイ", "ウルグアイ", Description = "a small vowel as the large one")]
    [TestCase("ノルウェー", "ノルウエ", Description = "small ェ as エ, the long vowel mark dropped")]
    [TestCase("アルゼンティン", "アルゼンチン", Description = "ティ as チ")]
    [TestCase("サウディアラビア", "サウジアラビア", Description = "ディ as ジ")]
    [TestCase("じぶてぃ", "ジブチ", Description = "hiragana てぃ as チ")]
    [TestCase("ゔぁーじん", "バジン", Description = "hiragana ゔぁ as バ")]
    [TestCase("ヴ", "ブ", Description = "ヴ alone as ブ")]
    [TestCase("ふらんす", "フランス", Description = "hiragana")]
    [TestCase("ぶらじる", "ブラジル", Description = "hiragana with voiced sounds")]
    [TestCase("ぺるー", "ペル", Description = "hiragana with a semi-voiced sound and the long vowel mark")]
    [TestCase("ケーララ", "ケララ", Description = "the long vowel mark dropped: names are written with and without it")]
    [TestCase("カーボベルデ", "カボベルデ", Description = "the long vowel mark dropped inside a name")]
    [TestCase("ゝゞ", "ヽヾ", Description = "hiragana iteration marks")]
    [TestCase("首都はどこ", "首都ハドコ", Description = "kanji stay as they are")]
    [TestCase("أفغانستان", "افغانستان", Description = "alef with hamza above")]
    [TestCase("إيران", "ايران", Description = "alef with hamza below")]
    [TestCase("آسيا", "اسيا", Description = "alef with madda")]
    [TestCase("الدوحة", "الدوحه", Description = "taa marbuta")]
    [TestCase("بنغازى", "بنغازي", Description = "alef maqsura")]
    [TestCase("مَدْرِيد", "مدريد", Description = "tashkeel")]
    [TestCase("القـاهرة", "القاهره", Description = "tatweel")]
    [TestCase("फ़्रांस", "फ्रांस", Description = "combining nukta")]
    [TestCase("\u095E्रांस", "फ्रांस", Description = "precomposed letter with nukta")]
    [TestCase("हिँदी", "हिंदि", Description = "chandrabindu as anusvara (and long I as short)")]
    [TestCase("क्\u200Dष", "क्ष", Description = "zero-width joiner")]
    [TestCase("लन्दन", "लंदन", Description = "a nasal with virama before a consonant as anusvara")]
    [TestCase("हिन्दी", "हिंदि", Description = "the same, dental")]
    [TestCase("पम्प", "पंप", Description = "the same, labial")]
    [TestCase("फ़्रान्स", "फ्रांस", Description = "the same, before a sibilant")]
    [TestCase("कान्सास", "कांसास", Description = "the same, before a sibilant inside a word")]
    [TestCase("चेन्नई", "चेन्नइ", Description = "a double nasal stays")]
    [TestCase("न्यूयॉर्क", "न्युयार्क", Description = "a nasal before y stays")]
    [TestCase("कन्", "कन्", Description = "a final virama stays")]
    [TestCase("ऑस्ट्रेलिया", "आस्ट्रेलिया", Description = "candra O letter as long A")]
    [TestCase("वॉशिंगटन", "वाशिंगटन", Description = "candra O sign as long A sign")]
    [TestCase("फ़िलीपींस", "फिलिपिंस", Description = "long I sign as short I sign")]
    [TestCase("ईराक", "इराक", Description = "long I letter as short I letter")]
    [TestCase("ऊटी", "उटि", Description = "long U letter as short U letter")]
    [TestCase("तुवालू", "तुवालु", Description = "long U sign as short U sign")]
    [TestCase("आयरलैंड", "आइरलैंड", Description = "the diphthong ai written आय before a consonant as आइ")]
    [TestCase("थायलैंड", "थाइलैंड", Description = "the same with the vowel sign ाय")]
    [TestCase("उपाय", "उपाइ", Description = "the same at the end of a word")]
    [TestCase("आयोवा", "आयोवा", Description = "य before a vowel sign stays a consonant")]
    [TestCase("गयाना", "गयाना", Description = "य after a consonant stays")]
    [TestCase("जापाण", "जापान", Description = "the retroflex nasal as the dental one")]
    [TestCase("कण्ठ", "कंठ", Description = "the retroflex nasal with virama before a stop as anusvara, as before")]
    public void Folds_to_one_form(string written, string folded) =>
        Assert.That(TextFolding.Fold(written), Is.EqualTo(folded));

    [TestCase("ja", "ﾌﾗﾝｽ", "フランス")]
    [TestCase("ar", "مِصر", "مصر")]
    [TestCase("ar", "قطر", "قَطَر")]
    [TestCase("hi", "फ्रांस", "फ़्रांस")]
    [TestCase("hi", "लन्दन", "लंदन")]
    [TestCase("ja", "ふらんす", "フランス")]
    [TestCase("fr", "du Japon", "Japon")]
    [TestCase("fr", "d'Israël", "Israel")]
    [TestCase("fr", "de la France", "France")]
    [TestCase("it", "dell’Italia", "Italia")]
    [TestCase("nl", "van de Verenigde Staten", "Verenigde Staten")]
    [TestCase("de", "der Schweiz", "Schweiz")]
    public void Name_keys_compare_written_variants_equal(string language, string said, string name) =>
        Assert.That(SpokenName.Normalize(said, language), Is.EqualTo(SpokenName.Normalize(name, language)));

    [TestCase("ja", "フランス", "フランス")]
    [TestCase("hi", "भारत", "भारत")]
    public void Marks_and_letters_of_other_scripts_stay_in_the_key(string language, string name, string key) =>
        Assert.That(SpokenName.Normalize(name, language), Is.EqualTo(key));

    [Test]
    public void Spaceless_script_characters_are_han_and_kana_letters_only()
    {
        Assert.Multiple(() =>
        {
            Assert.That("首都ふらんすフランスｶ".All(TextFolding.IsSpacelessScript), Is.True);
            Assert.That("a・。、 é".Any(TextFolding.IsSpacelessScript), Is.False);
        });
    }
}
