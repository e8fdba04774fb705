using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.EndToEnd;

/// <summary>One-shot utterances and what the skill must say (a fragment) and whether the session ends.</summary>
internal static class UtteranceCases
{
    public const string Help = "You can ask me for the capital of any country";
    public const string Goodbye = "Goodbye";
    public const string Fallback = "Sorry, I can't help with that";
    public const string Welcome = "Welcome to World Capitals";

    /// <summary>Every CapitalIntent sample of the en-US model, with France in the slot, and a qualifier that fits it
    /// ("the country of France"); a sample with the parent slot is said of Georgia in the US.</summary>
    public static IEnumerable<TestCaseData> EverySample() =>
        LocalSkill.Nlu.Model.FindIntent("CapitalIntent")!.Samples.Select(sample =>
            (sample.Contains("{parent}", StringComparison.Ordinal)
                ? new TestCaseData(Fill(sample, "Georgia", "US"), "The capital of Georgia is Atlanta.", true)
                : new TestCaseData(Fill(sample, "France", "US"), "The capital of France is Paris.", true))
                .SetArgDisplayNames(sample));

    private static string Fill(string sample, string country, string parent) => sample
        .Replace("{country}", country, StringComparison.Ordinal)
        .Replace("{kind}", "country", StringComparison.Ordinal)
        .Replace("{parent}", parent, StringComparison.Ordinal);

    public static IEnumerable<TestCaseData> CountriesAndAliases() => new (string Utterance, string Expected)[]
    {
        ("what's the capital of peru", "The capital of Peru is Lima."),
        ("What is the capital of Japan?", "Tokyo"),
        ("tell me the capital of kenya", "Nairobi"),
        ("capital of germany", "Berlin"),
        ("what's the capital of the uk", "London"),
        ("what's the capital of UK", "London"),
        ("what's the capital of britain", "London"),
        ("what's the capital of great britain", "London"),
        ("what is the capital of the usa", "Washington"),
        ("what is the capital of america", "Washington"),
        ("what is the capital of the united states", "Washington"),
        ("what's the capital of holland", "Amsterdam"),
        ("what's the capital of burma", "Naypyidaw"),
        ("what's the capital of myanmar", "Naypyidaw"),
        ("what's the capital of ivory coast", "Yamoussoukro"),
        ("what's the capital of Côte d'Ivoire", "Yamoussoukro"),
        ("what's the capital of cote d'ivoire", "Abidjan"),
        ("what's the capital of the czech republic", "Prague"),
        ("what's the capital of czechia", "Prague"),
        ("what's the capital of east timor", "Dili"),
        ("what's the capital of swaziland", "Mbabane"),
        ("what's the capital of turkey", "Ankara"),
        ("what's the capital of Türkiye", "Ankara"),
        ("what's the capital of russia", "Moscow"),
        ("what's the capital of the russian federation", "Moscow"),
        ("what's the capital of south korea", "Seoul"),
        ("what's the capital of north korea", "Pyongyang"),
        ("what's the capital of the drc", "Kinshasa"),
        ("what's the capital of dr congo", "Kinshasa"),
        ("what's the capital of congo brazzaville", "Brazzaville"),
        ("what's the capital of new zealand", "Wellington"),
        ("what's the capital of australia", "Canberra"),
        ("what's the capital of canada", "Ottawa"),
        ("what's the capital of brazil", "Bras"),
        ("what's the capital of india", "New Delhi"),
        ("what's the capital of china", "Beijing"),
        ("what's the capital of egypt", "Cairo"),
        ("what's the capital of nigeria", "Abuja"),
        ("what's the capital of argentina", "Buenos Aires"),
        ("what's the capital of mexico", "Mexico City"),
        ("what's the capital of st. kitts", "Basseterre"),
        ("what's the capital of saint lucia", "Castries"),
        ("what's the capital of trinidad", "Port of Spain"),
        ("what's the capital of bosnia", "Sarajevo"),
        ("what's the capital of the uae", "Abu Dhabi"),
        ("what's the capital of the philippines", "Manila"),
        ("what's the capital of philippines", "Manila"),
        ("what's the capital of the gambia", "Banjul"),
        ("what's the capital of gambia", "Banjul"),
        ("what's the capital of the bahamas", "Nassau"),
        ("what's the capital of iceland", "Reykjav"),
        ("whats the capital of italy", "Rome"),
        ("WHAT IS THE CAPITAL OF SPAIN", "Madrid"),
        ("  what   is the capital of... Portugal?! ", "Lisbon"),
        ("the capital of germny", "Berlin"),
        ("what's the capital of argentinia", "Buenos Aires"),
        ("Egypt's capital", "Cairo"),
        ("what is Kenya’s capital", "Nairobi"),
        ("tell me Chile's capital", "Santiago"),
        ("peru", "Lima"),
        ("Norway", "Oslo"),
        ("ask world capitals what's the capital of peru", "Lima"),
        ("Alexa, ask World Capitals: what is the capital of Greece?", "Athens"),
        ("tell world capitals to tell me the capital of poland", "Warsaw"),
        ("ask world capitals about sweden", "Stockholm"),
        ("ask world capitals for the capital of finland", "Helsinki"),
    }.Select(c => new TestCaseData(c.Utterance, c.Expected, true).SetArgDisplayNames(c.Utterance));

    public static IEnumerable<TestCaseData> MultiCapitalCountries() => new (string Utterance, string[] Capitals)[]
    {
        ("what's the capital of south africa", ["three capitals", "Pretoria", "Cape Town", "Bloemfontein"]),
        ("what is south africa's capital", ["Pretoria", "Cape Town", "Bloemfontein"]),
        ("what's the capital of rsa", ["Pretoria"]),
        ("what's the capital of bolivia", ["two capitals", "Sucre", "La Paz"]),
        ("what's the capital of the netherlands", ["two capitals", "Amsterdam", "The Hague"]),
        ("what's the capital of malaysia", ["Kuala Lumpur", "Putrajaya"]),
        ("what's the capital of eswatini", ["Mbabane", "Lobamba"]),
        ("what's the capital of sri lanka", ["Colombo", "Kotte"]),
        ("what's the capital of côte d’ivoire", ["Yamoussoukro", "Abidjan"]),
    }.Select(c => new TestCaseData(c.Utterance, c.Capitals).SetArgDisplayNames(c.Utterance));

    public static IEnumerable<TestCaseData> UnknownPlaces() => new[]
    {
        ("what's the capital of narnia", "Narnia"),
        ("what about Narnia", "Narnia"),
        ("what is the capital of atlantis", "Atlantis"),
        ("capital of mordor", "Mordor"),
        ("tell me the capital of wakanda", "Wakanda"),
        ("what's the capital of the moon", "the Moon"),
        ("what's the capital of lilliput", "Lilliput"),
        ("what's the capital of paris", "Paris"),
        ("how about gondor", "Gondor"),
        ("what's the capital of middle earth", "Middle Earth"),
    }.Select(c => new TestCaseData(c.Item1, $"I don't know the capital of {c.Item2} yet", false).SetArgDisplayNames(c.Item1));

    /// <summary>The usual phrasings of each built-in intent the model declares, with what the skill answers to it.</summary>
    public static IEnumerable<TestCaseData> BuiltInPhrasings()
    {
        var expected = new Dictionary<string, (string Speech, bool Ends)>
        {
            ["AMAZON.HelpIntent"] = (Help, false),
            ["AMAZON.StopIntent"] = (Goodbye, true),
            ["AMAZON.CancelIntent"] = (Goodbye, true),
            ["AMAZON.NavigateHomeIntent"] = (Goodbye, true),
        };
        foreach (var (intent, phrasings) in WorldCapitals.Simulator.Nlu.BuiltInPhrasings.For("en-US", LocalSkill.Nlu.Model.InvocationName))
        {
            if (!expected.TryGetValue(intent, out var answer))
                continue;
            foreach (var phrasing in phrasings)
                yield return new TestCaseData(phrasing, answer.Speech, answer.Ends).SetArgDisplayNames($"{intent}: {phrasing}");
        }
    }

    public static IEnumerable<TestCaseData> FallbackAndLaunch() => new (string Utterance, string Expected, bool Ends)[]
    {
        ("tell me a joke", Fallback, false),
        ("blah blah gibberish", Fallback, false),
        ("what's the weather like", Fallback, false),
        ("play some music", Fallback, false),
        ("how tall is mount everest", Fallback, false),
        ("order a pizza", Fallback, false),
        ("narnia", Fallback, false),
        ("xyzzy", Fallback, false),
        ("the kingdom of narnia", Fallback, false),
        ("what is the population of france", Fallback, false),
        ("open world capitals", Welcome, false),
        ("Alexa, open World Capitals", Welcome, false),
        ("launch world capitals", Welcome, false),
        ("start world capitals", Welcome, false),
        ("ask world capitals", Welcome, false),
    }.Select(c => new TestCaseData(c.Utterance, c.Expected, c.Ends).SetArgDisplayNames(c.Utterance));
}
