using System.Text.RegularExpressions;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Tests.Capitals;

/// <summary>The capitals data in every language the skill speaks: place names, capital names and grammatical forms.</summary>
public sealed partial class LanguageDataTests
{
    private static readonly CapitalsData Data = CapitalsData.Embedded;

    private static readonly string[] Languages = ["en", "de", "fr", "es", "it", "ja", "pt", "hi", "nl", "ar"];

    private static readonly string[] OtherLanguages = Languages[1..];

    private static readonly string[] FormLanguages = ["de", "fr", "es", "it", "pt", "nl"];

    private static readonly string[] OwnScriptLanguages = ["ja", "hi", "ar"];

    [Test]
    public void Every_place_has_a_name_in_every_language()
    {
        var missing = Data.Countries
            .SelectMany(place => Languages.Where(language => !HasText(place.Names, language)).Select(language => $"{place.Id}:{language}"))
            .ToList();

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Every_capital_has_a_name_in_every_language()
    {
        var missing = Data.Countries
            .SelectMany(place => place.Capitals.SelectMany(capital => OtherLanguages
                .Where(language => capital.Names is null || !HasText(capital.Names, language))
                .Select(language => $"{place.Id} {capital.Name}:{language}")))
            .ToList();

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Every_note_is_in_every_language()
    {
        var missing = Data.Countries.Where(place => place.Note is not null)
            .SelectMany(place => Languages.Where(language => !HasText(place.Note!, language)).Select(language => $"{place.Id}:{language}"))
            .ToList();

        Assert.That(missing, Is.Empty);
    }

    // Everything the skill may say of a place in the language: its names, the name inside a sentence, its parent's name in
    // its description, its note, its capitals' names and the names it shares with other places, for every kind of place.
    [TestCaseSource(nameof(OwnScriptLanguages))]
    public void Everything_said_of_a_place_in_japanese_hindi_and_arabic_is_in_the_language_s_own_script(string language)
    {
        var script = ScriptOf(language);
        static IEnumerable<(string What, string Text)> In(string what, IReadOnlyDictionary<string, string>? map, string language) =>
            map is null ? [] : map.EntriesIn(language).Select(entry => ($"{what} {entry.Key}", entry.Value));
        var said = Data.Countries.SelectMany(place =>
                In($"{place.Id} ({place.Kind}) name", place.Names, language)
                    .Concat(In($"{place.Id} sentence name", place.SentenceNames, language))
                    .Concat(In($"{place.Id} parent name", place.ParentNames, language))
                    .Concat(In($"{place.Id} note", place.Note, language))
                    .Concat(place.Capitals.SelectMany(capital => In($"{place.Id} capital {capital.Name}", capital.Names, language))))
            .Concat(Data.SharedNames.SelectMany(shared => shared.Names.EntriesIn(language)
                .SelectMany(entry => entry.Value.Select(name => (What: $"shared name {shared.Id}", Text: name)))))
            .ToList();

        var wrong = said.Where(entry => LatinLetter().IsMatch(entry.Text) || !script.IsMatch(entry.Text))
            .Select(entry => $"{entry.What}: {entry.Text}")
            .ToList();

        Assert.That(said.Count(entry => entry.What.Contains(" name ", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(Data.Countries.Count));
        Assert.That(wrong, Is.Empty);
    }

    // Spanish of Latin America (es-MX, es-US) and French of Canada (fr-CA) name some places and capitals otherwise
    // (CLDR's locale data); every such name has the forms a sentence needs, each holding that name.
    [TestCase("es-MX")]
    [TestCase("es-US")]
    [TestCase("fr-CA")]
    public void Every_locale_name_has_its_own_forms(string locale)
    {
        var places = Data.Countries.Where(place => place.Names.ContainsKey(locale)).ToList();

        Assert.That(places, Is.Not.Empty);
        foreach (var place in places)
        {
            var name = place.Names[locale];
            var forms = place.PlaceNameFor(locale);
            var lastWord = name.Split(' ')[^1];
            var stem = lastWord[..Math.Max(1, lastWord.Length - 2)];
            Assert.That(forms.Name, Is.EqualTo(name), place.Id);
            Assert.That(forms.Of, Does.Contain(stem), $"{place.Id} {locale}");
            Assert.That(forms.Subject, Does.Contain(stem), $"{place.Id} {locale}");
            Assert.That(name, Is.Not.EqualTo(place.Names[Country.Language(locale)]).IgnoreCase, $"{place.Id}: a locale name differs from its language's");
        }
    }

    [TestCase("SA", "es-MX", "Arabia Saudita", "de Arabia Saudita", "es-ES", "Arabia Saudí")]
    [TestCase("SA", "es-US", "Arabia Saudita", "de Arabia Saudita", "es-ES", "Arabia Saudí")]
    [TestCase("RO", "es-MX", "Rumania", "de Rumania", "es-ES", "Rumanía")]
    [TestCase("TL", "es-MX", "Timor Oriental", "de Timor Oriental", "es-ES", "Timor-Leste")]
    [TestCase("CI", "es-US", "Costa de Marfil", "de Costa de Marfil", "es-MX", "Côte d’Ivoire")]
    [TestCase("BY", "fr-CA", "Bélarus", "du Bélarus", "fr-FR", "Biélorussie")]
    [TestCase("VN", "fr-CA", "Vietnam", "du Vietnam", "fr-FR", "Viêt Nam")]
    [TestCase("KN", "fr-CA", "Saint-Kitts-et-Nevis", "de Saint-Kitts-et-Nevis", "fr-FR", "Saint-Christophe-et-Niévès")]
    [TestCase("MP", "fr-CA", "Mariannes du Nord", "des Mariannes du Nord", "fr-FR", "Îles Mariannes du Nord")]
    public void A_locale_names_a_place_as_its_speakers_do_and_the_language_s_other_locales_keep_the_language_s_name(
        string id, string locale, string name, string of, string otherLocale, string otherName)
    {
        var place = Data.FindById(id)!;

        Assert.That(place.PlaceNameFor(locale).Name, Is.EqualTo(name));
        Assert.That(place.PlaceNameFor(locale).Of, Is.EqualTo(of));
        Assert.That(place.NameFor(otherLocale), Is.EqualTo(otherName));
    }

    [TestCase("CL", "Santiago", "es-MX", "Santiago", "es-ES", "Santiago de Chile")]
    [TestCase("US-HI", "Honolulu", "es-US", "Honolulu", "es-ES", "Honolulú")]
    [TestCase("BD", "Dhaka", "fr-CA", "Dacca", "fr-FR", "Dhaka")]
    [TestCase("BT", "Thimphu", "fr-CA", "Thimphou", "fr-FR", "Thimphu")]
    public void A_locale_names_a_capital_as_its_speakers_do(string id, string capital, string locale, string name, string otherLocale, string otherName)
    {
        var entry = Data.FindById(id)!.Capitals.Single(c => c.Name == capital);

        Assert.That(entry.NameFor(locale), Is.EqualTo(name));
        Assert.That(entry.NameFor(otherLocale), Is.EqualTo(otherName));
    }

    [Test]
    public void Every_place_has_forms_in_the_languages_with_articles()
    {
        var missing = Data.Countries
            .SelectMany(place => FormLanguages
                .Where(language => place.Forms is null || !place.Forms.TryGetValue(language, out var forms)
                    || string.IsNullOrWhiteSpace(forms.Of) || string.IsNullOrWhiteSpace(forms.Subject))
                .Select(language => $"{place.Id}:{language}"))
            .ToList();

        Assert.That(missing, Is.Empty);
    }

    [TestCaseSource(nameof(FormLanguages))]
    public void Every_form_contains_the_place_name(string language)
    {
        foreach (var place in Data.Countries)
        {
            var forms = place.Forms![language];
            var name = place.Names[language];
            // Endings change in German ("des Saarlandes", "der Vereinigten Arabischen Emirate"); the last word's stem stays.
            var lastWord = name.Split(' ')[^1];
            var stem = lastWord[..Math.Max(1, lastWord.Length - 2)];
            Assert.That(forms.Of, Does.Contain(stem).IgnoreCase, $"{place.Id} {language}");
            Assert.That(forms.Subject, Does.Contain(stem).IgnoreCase, $"{place.Id} {language}");
        }
    }

    [TestCase("fr", "JP", "du Japon", "le Japon")]
    [TestCase("fr", "FR", "de la France", "la France")]
    [TestCase("fr", "US", "des États-Unis", "les États-Unis")]
    [TestCase("fr", "IL", "d'Israël", "Israël")]
    [TestCase("fr", "IT", "de l'Italie", "l'Italie")]
    [TestCase("fr", "MX", "du Mexique", "le Mexique")]
    [TestCase("fr", "KH", "du Cambodge", "le Cambodge")]
    [TestCase("fr", "MZ", "du Mozambique", "le Mozambique")]
    [TestCase("fr", "ZW", "du Zimbabwe", "le Zimbabwe")]
    [TestCase("fr", "CU", "de Cuba", "Cuba")]
    [TestCase("fr", "MT", "de Malte", "Malte")]
    [TestCase("fr", "PH", "des Philippines", "les Philippines")]
    [TestCase("fr", "US-CA", "de la Californie", "la Californie")]
    [TestCase("fr", "US-TX", "du Texas", "le Texas")]
    [TestCase("fr", "CA-ON", "de l'Ontario", "l'Ontario")]
    [TestCase("fr", "CA-QC", "du Québec", "le Québec")]
    [TestCase("it", "US", "degli Stati Uniti", "gli Stati Uniti")]
    [TestCase("it", "IT", "dell'Italia", "l'Italia")]
    [TestCase("it", "FR", "della Francia", "la Francia")]
    [TestCase("it", "JP", "del Giappone", "il Giappone")]
    [TestCase("it", "NL", "dei Paesi Bassi", "i Paesi Bassi")]
    [TestCase("it", "PH", "delle Filippine", "le Filippine")]
    [TestCase("it", "ZW", "dello Zimbabwe", "lo Zimbabwe")]
    [TestCase("it", "CU", "di Cuba", "Cuba")]
    [TestCase("pt", "US", "dos Estados Unidos", "os Estados Unidos")]
    [TestCase("pt", "PT", "de Portugal", "Portugal")]
    [TestCase("pt", "FR", "da França", "a França")]
    [TestCase("pt", "JP", "do Japão", "o Japão")]
    [TestCase("pt", "BR", "do Brasil", "o Brasil")]
    [TestCase("pt", "PH", "das Filipinas", "as Filipinas")]
    [TestCase("pt", "IL", "de Israel", "Israel")]
    [TestCase("es", "FR", "de Francia", "Francia")]
    [TestCase("es", "GB", "del Reino Unido", "el Reino Unido")]
    [TestCase("es", "NL", "de los Países Bajos", "los Países Bajos")]
    [TestCase("es", "BS", "de las Bahamas", "las Bahamas")]
    [TestCase("es", "SV", "de El Salvador", "El Salvador")]
    [TestCase("de", "CH", "der Schweiz", "die Schweiz")]
    [TestCase("de", "FR", "von Frankreich", "Frankreich")]
    [TestCase("de", "DE", "von Deutschland", "Deutschland")]
    [TestCase("de", "NL", "der Niederlande", "die Niederlande")]
    [TestCase("de", "US", "der Vereinigten Staaten", "die Vereinigten Staaten")]
    [TestCase("de", "GB", "des Vereinigten Königreichs", "das Vereinigte Königreich")]
    [TestCase("de", "IQ", "des Irak", "der Irak")]
    [TestCase("de", "DE-BY", "von Bayern", "Bayern")]
    [TestCase("de", "DE-SL", "des Saarlandes", "das Saarland")]
    [TestCase("nl", "US", "van de Verenigde Staten", "de Verenigde Staten")]
    [TestCase("nl", "GB", "van het Verenigd Koninkrijk", "het Verenigd Koninkrijk")]
    [TestCase("nl", "FR", "van Frankrijk", "Frankrijk")]
    [TestCase("nl", "PH", "van de Filipijnen", "de Filipijnen")]
    public void A_sample_of_each_form_rule_is_right(string language, string id, string of, string subject)
    {
        var forms = Data.FindById(id)!.Forms![language];

        Assert.That(forms, Is.EqualTo(new PlaceForms(of, subject)));
    }

    [TestCase("AT", "Vienna", "de", "Wien")]
    [TestCase("GB", "London", "fr", "Londres")]
    [TestCase("GB", "London", "ja", "ロンドン")]
    [TestCase("GB", "London", "hi", "लंदन")]
    [TestCase("GB", "London", "ar", "لندن")]
    [TestCase("RU", "Moscow", "nl", "Moskou")]
    [TestCase("CN", "Beijing", "it", "Pechino")]
    [TestCase("NL", "The Hague", "fr", "La Haye")]
    [TestCase("DE-BY", "Munich", "de", "München")]
    [TestCase("US-CA", "Sacramento", "ja", "サクラメント")]
    [TestCase("BO", "La Paz", "ar", "لاباز")]
    [TestCase("MX-BCS", "La Paz", "ar", "لاباز")]
    public void Capitals_are_named_as_each_language_says_them(string id, string capital, string language, string expected)
    {
        var names = Data.FindById(id)!.Capitals.Single(c => c.Name == capital).Names!;

        Assert.That(names[language], Is.EqualTo(expected));
    }

    [TestCase("fr-FR", "euh la capitale de la Suisse s'il te plaît", "CH")]
    [TestCase("de-DE", "äh die Hauptstadt von Bayern bitte", "DE-BY")]
    [TestCase("es-MX", "la capital de Estados Unidos por favor", "US")]
    [TestCase("it-IT", "la capitale della Francia", "FR")]
    [TestCase("pt-BR", "a capital do Japão", "JP")]
    [TestCase("nl-NL", "de hoofdstad van Frankrijk", "FR")]
    [TestCase("ja-JP", "カリフォルニア", "US-CA")]
    [TestCase("hi-IN", "फ़्रांस की राजधानी", "FR")]
    [TestCase("ar-SA", "ما هي عاصمة فرنسا", "FR")]
    [TestCase("es-ES", "arabia saudita", "SA")]
    [TestCase("es-ES", "la capital de rumania", "RO")]
    [TestCase("es-MX", "rumanía", "RO")]
    [TestCase("es-US", "arabia saudí", "SA")]
    [TestCase("fr-FR", "la capitale du bélarus", "BY")]
    [TestCase("fr-CA", "biélorussie", "BY")]
    [TestCase("hi-IN", "संयुक्त राज्य", "US")]
    public void A_place_is_found_in_its_language_with_the_words_said_around_it(string locale, string spoken, string id)
    {
        var result = new CountryLookup(Data).FindBySpokenName(spoken, locale);

        Assert.That(result.Country?.Id, Is.EqualTo(id));
    }

    // The skill's own index throws when a name of a language leads to two places that no shared name declares.
    [TestCaseSource(nameof(Languages))]
    public void The_index_of_every_language_builds(string language)
    {
        var index = LanguageIndex.Build(language, Data);

        foreach (var place in Data.Countries)
        {
            var found = index.Names[SpokenName.Normalize(place.Names[language], language)];
            Assert.That(found.Country == place || found.SharedName?.PlaceIds.Contains(place.Id) == true, $"{place.Id} {language}");
        }
    }

    private static bool HasText(IReadOnlyDictionary<string, string> names, string language) =>
        names.TryGetValue(language, out var name) && !string.IsNullOrWhiteSpace(name);

    private static Regex ScriptOf(string language) => language switch
    {
        "ja" => JapaneseLetter(),
        "hi" => DevanagariLetter(),
        "ar" => ArabicLetter(),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    [GeneratedRegex(@"\p{IsKatakana}|\p{IsHiragana}|\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex JapaneseLetter();

    [GeneratedRegex(@"\p{IsDevanagari}")]
    private static partial Regex DevanagariLetter();

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetter();

    [GeneratedRegex("[A-Za-z\u00C0-\u024F]")]
    private static partial Regex LatinLetter();
}
