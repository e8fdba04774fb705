using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Tests.Speech;

/// <summary>
/// The speech files in lambda/Skill/Speech: every language file has every member English has, a locale file only
/// members of its language's file, and every placeholder a template uses is one the renderer fills for that member.
/// </summary>
public sealed partial class SpeechFilesTests
{
    // The placeholders that name a place: the renderer also fills {XOf} and {XSubject} for each.
    private static readonly string[] PlacePlaceholders = ["country", "place", "parent", "name"];

    // {places} is a place (its names joined with their forms) only in the member that says a group of places; in
    // cityAnswer it is the finished text of every place.
    private const string GroupMember = "cityPlaceGroup";
    private const string GroupPlaceholder = "places";

    // Members only a language with its own word for a kind's capital has (Japanese 州都 beside 首都): English has none.
    private static readonly string[] KindCapitalWordMembers = ["capitalWord", "capitalWordsByKind"];

    private static string SpeechDirectory => Path.Combine(Repository.Root, "lambda", "Skill", "Speech");

    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(SpeechDirectory, "*.json").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal);

    public static IEnumerable<string> LanguageFiles() => Files().Where(file => !file.Contains('-', StringComparison.Ordinal));

    public static IEnumerable<string> LocaleFiles() => Files().Where(file => file.Contains('-', StringComparison.Ordinal));

    private static JsonObject Read(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(SpeechDirectory, file + ".json")))!.AsObject();

    [Test]
    public void English_is_one_language_file_and_every_file_is_embedded()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LanguageFiles(), Does.Contain("en"));
            Assert.That(SpeechCatalog.LoadEmbedded().Locales, Is.EquivalentTo(Files()));
        });
    }

    [TestCaseSource(nameof(LanguageFiles))]
    public void A_language_file_has_every_member_and_every_entry_english_has_and_no_other(string language)
    {
        var english = Read("en");
        var file = Read(language);

        Assert.Multiple(() =>
        {
            Assert.That(file.Select(member => member.Key).Except(KindCapitalWordMembers), Is.EquivalentTo(english.Select(member => member.Key)), language);
            foreach (var (member, value) in english)
            {
                if (value is JsonObject entries && file[member] is JsonObject own)
                {
                    // A kind may also be worded for one parent country ("state@DE"), beside its general wording.
                    var general = own.Select(entry => entry.Key).Where(key => !key.Contains('@', StringComparison.Ordinal));
                    var inParent = own.Select(entry => entry.Key).Where(key => key.Contains('@', StringComparison.Ordinal));
                    Assert.That(general, Is.EquivalentTo(entries.Select(entry => entry.Key)), $"{language}: {member}");
                    Assert.That(inParent.Select(key => key[..key.IndexOf('@', StringComparison.Ordinal)]), Is.SubsetOf(entries.Select(entry => entry.Key)), $"{language}: {member}");
                }
                else
                {
                    Assert.That(file[member]?.GetValueKind(), Is.EqualTo(value!.GetValueKind()), $"{language}: {member}");
                }
            }
        });
    }

    [TestCaseSource(nameof(LanguageFiles))]
    public void A_kind_capital_word_replaces_a_word_the_answer_says_for_kinds_english_describes(string language)
    {
        var file = Read(language);
        if (file["capitalWordsByKind"] is not JsonObject words)
        {
            Assert.That(file["capitalWord"], Is.Null, language);
            return;
        }
        var kinds = Read("en")["placeDescriptions"]!.AsObject().Select(entry => entry.Key);
        Assert.Multiple(() =>
        {
            Assert.That((string)file["capitalAnswer"]!, Does.Contain((string)file["capitalWord"]!), language);
            Assert.That(words.Select(entry => entry.Key.Split('@')[0]), Is.SubsetOf(kinds), language);
        });
    }

    [TestCaseSource(nameof(LocaleFiles))]
    public void A_locale_file_holds_only_members_of_its_language_file(string locale)
    {
        var language = Read(locale[..locale.IndexOf('-', StringComparison.Ordinal)]);

        Assert.Multiple(() =>
        {
            foreach (var (member, value) in Read(locale))
            {
                Assert.That(language.ContainsKey(member), Is.True, $"{locale}: {member}");
                if (value is JsonObject entries && language[member] is JsonObject own)
                    Assert.That(entries.Select(entry => entry.Key), Is.SubsetOf(own.Select(entry => entry.Key)), $"{locale}: {member}");
            }
        });
    }

    [TestCaseSource(nameof(Files))]
    public void Every_placeholder_is_one_the_renderer_fills_for_its_member(string file)
    {
        var english = Read("en");

        Assert.Multiple(() =>
        {
            foreach (var (member, value) in Read(file))
            {
                var allowed = Allowed(english[member], member == GroupMember ? [.. PlacePlaceholders, GroupPlaceholder] : PlacePlaceholders);
                foreach (var (where, template) in Templates(member, value))
                    Assert.That(Placeholders(template), Is.SubsetOf(allowed), $"{file}: {where}: \"{template}\"");
            }
        });
    }

    [TestCaseSource(nameof(LanguageFiles))]
    public void Every_language_loads_through_the_catalog(string language)
    {
        var speech = SpeechCatalog.LoadEmbedded().For(language + "-XX");

        Assert.That(speech.SkillName, Is.EqualTo((string?)Read(language)["skillName"]));
    }

    // The placeholders English uses in a member (in any entry of a map member: the renderer fills the same ones for
    // every entry), with the forms of the place placeholders.
    private static HashSet<string> Allowed(JsonNode? english, string[] placePlaceholders)
    {
        var used = Templates("", english).SelectMany(template => Placeholders(template.Template)).ToHashSet(StringComparer.Ordinal);
        foreach (var place in placePlaceholders.Where(used.Contains).ToList())
        {
            used.Add(place + SpeechValue.OfSuffix);
            used.Add(place + SpeechValue.SubjectSuffix);
        }
        return used;
    }

    private static IEnumerable<(string Where, string Template)> Templates(string member, JsonNode? value) => value switch
    {
        JsonObject entries => entries.Select(entry => ($"{member}.{entry.Key}", (string?)entry.Value ?? "")),
        JsonValue text when text.GetValueKind() == System.Text.Json.JsonValueKind.String => [(member, (string)text!)],
        _ => [],
    };

    private static IEnumerable<string> Placeholders(string template) =>
        PlaceholderPattern().Matches(template).Select(match => match.Groups[1].Value);

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex PlaceholderPattern();
}
