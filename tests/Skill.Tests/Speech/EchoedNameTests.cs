using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Tests.Speech;

/// <summary>A name the user said, written back in a not-found answer: every word capitalised but the locale's articles,
/// prepositions and conjunctions, after a space or a hyphen, an elided article kept before its word.</summary>
public sealed class EchoedNameTests
{
    private static readonly SpeechCatalog Catalog = SpeechCatalog.LoadEmbedded();

    [TestCase("en-US", "atlantis", "Atlantis")]
    [TestCase("en-US", "the kingdom of atlantis", "the Kingdom of Atlantis")]
    [TestCase("en-GB", "france or spain", "France or Spain")]
    [TestCase("en-US", "guinea-bissau and narnia", "Guinea-Bissau and Narnia")]
    [TestCase("fr-FR", "la bretagne", "la Bretagne")]
    [TestCase("fr-CA", "trinité-et-tobago du nord", "Trinité-et-Tobago du Nord")]
    [TestCase("fr-FR", "l'atlantide", "l'Atlantide")]
    [TestCase("fr-FR", "d\u2019atlantide", "d\u2019Atlantide")]
    [TestCase("es-MX", "la patagonia y los andes", "la Patagonia y los Andes")]
    [TestCase("it-IT", "la repubblica dei sogni", "la Repubblica dei Sogni")]
    [TestCase("pt-BR", "a terra do nunca", "a Terra do Nunca")]
    [TestCase("de-DE", "die freie stadt von narnia", "die Freie Stadt von Narnia")]
    [TestCase("nl-NL", "het land van ooit", "het Land van Ooit")]
    [TestCase("ja-JP", "アトランティス", "アトランティス")]
    [TestCase("hi-IN", "अटलांटिस", "अटलांटिस")]
    [TestCase("ar-SA", "اطلانتس", "اطلانتس")]
    public void Capitalises_every_word_but_the_locales_lowercase_words(string locale, string spoken, string expected)
    {
        Assert.That(EchoedName.Write(spoken, Catalog.For(locale)), Is.EqualTo(expected));
    }

    [TestCase("en-US", "")]
    [TestCase("en-US", " - ")]
    [TestCase("fr-FR", "l'")]
    public void Leaves_a_name_without_letters_to_capitalise_as_it_is(string locale, string spoken)
    {
        Assert.That(EchoedName.Write(spoken, Catalog.For(locale)), Is.EqualTo(spoken));
    }
}
