using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Tests.Capitals;

public sealed class CountryLookupTests
{
    private static readonly CountryLookup Lookup = new(CapitalsData.Embedded);

    public static IEnumerable<TestCaseData> EnglishAliases() =>
        CapitalsData.Embedded.Countries.SelectMany(country => country.Aliases["en"].Select(alias =>
            new TestCaseData(alias, country.Id).SetName($"Alias '{alias}' resolves to {country.Id}")));

    public static IEnumerable<TestCaseData> EnglishNames() =>
        CapitalsData.Embedded.Countries.Where(country => !IsSharedName(country, "en")).Select(country =>
            new TestCaseData(country.Names["en"], country.Id).SetName($"Name '{country.Names["en"]}' resolves to {country.Id}"));

    // A name two places have as their own ("Georgia"); see A_name_a_country_shares_with_a_part_of_another_country_means_both.
    // Another place has the same name, or the name is a shared name of the place's group (ja "ジョージア": the country, and
    // the US state, whose own name is "ジョージア州").
    private static bool IsSharedName(Country country, string language) =>
        CapitalsData.Embedded.Countries.Any(other => other != country && other.Names.TryGetValue(language, out var name)
            && string.Equals(name, country.Names[language], StringComparison.OrdinalIgnoreCase))
        || CapitalsData.Embedded.SharedNames.Any(shared => shared.PlaceIds.Contains(country.Id) && shared.Names.TryGetValue(language, out var names)
            && names.Contains(country.Names[language], StringComparer.OrdinalIgnoreCase));

    [TestCaseSource(nameof(EnglishAliases))]
    [TestCaseSource(nameof(EnglishNames))]
    public void Name_or_alias_resolves_exactly(string spoken, string id)
    {
        var result = Lookup.FindBySpokenName(spoken, "en-US");

        Assert.That(result.Country?.Id, Is.EqualTo(id));
        Assert.That(result.Match, Is.EqualTo(LookupMatch.Exact));
    }

    [TestCase("the gambia", "GM")]
    [TestCase("gambia", "GM")]
    [TestCase("The Gambia", "GM")]
    [TestCase("cote d'ivoire", "CI")]
    [TestCase("côte d’ivoire", "CI")]
    [TestCase("Côte d'Ivoire", "CI")]
    [TestCase("ivory coast", "CI")]
    [TestCase("the netherlands", "NL")]
    [TestCase("  NETHERLANDS!  ", "NL")]
    [TestCase("viet nam", "VN")]
    [TestCase("u.s.a.", "US")]
    [TestCase("the states", "US")]
    [TestCase("sao tome and principe", "ST")]
    [TestCase("Türkiye", "TR")]
    [TestCase("turkey", "TR")]
    [TestCase("czech republic", "CZ")]
    [TestCase("burma", "MM")]
    [TestCase("swaziland", "SZ")]
    [TestCase("east timor", "TL")]
    [TestCase("cape verde", "CV")]
    [TestCase("macedonia", "MK")]
    [TestCase("DRC", "CD")]
    [TestCase("congo-kinshasa", "CD")]
    [TestCase("congo-brazzaville", "CG")]
    [TestCase("south korea", "KR")]
    [TestCase("north korea", "KP")]
    [TestCase("the ROK", "KR")]
    [TestCase("DPRK", "KP")]
    [TestCase("vatican", "VA")]
    [TestCase("holland", "NL")]
    [TestCase("great britain", "GB")]
    // Round 4: everyday names of states and territories where they are said, a former name, a name without its "and".
    [TestCase("tassie", "AU-TAS")]
    [TestCase("the nt", "AU-NT")]
    [TestCase("wa", "AU-WA")]
    [TestCase("nwt", "CA-NT")]
    [TestCase("j and k", "IN-JK")]
    [TestCase("J&K", "IN-JK")]
    [TestCase("jammu kashmir", "IN-JK")]
    [TestCase("up", "IN-UP")]
    [TestCase("andaman", "IN-AN")]
    [TestCase("cali", "US-CA")]
    [TestCase("ceylon", "LK")]
    [TestCase("saint kitts nevis", "KN")]
    public void Spoken_forms_are_case_accent_punctuation_and_article_insensitive(string spoken, string id)
    {
        Assert.That(Lookup.FindBySpokenName(spoken, "en-US").Country?.Id, Is.EqualTo(id));
    }

    [TestCase("frence", "FR")]
    [TestCase("germny", "DE")]
    [TestCase("argentinia", "AR")]
    [TestCase("phillipines", "PH")]
    [TestCase("kazakstan", "KZ")]
    [TestCase("mosambique", "MZ")]
    [TestCase("sao tomay and principe", "ST")]
    [TestCase("guinea bisau", "GW")]
    [TestCase("venezuala", "VE")]
    public void Small_slips_are_forgiven(string spoken, string id)
    {
        var result = Lookup.FindBySpokenName(spoken, "en-US");

        Assert.That(result.Country?.Id, Is.EqualTo(id));
        Assert.That(result.Match, Is.EqualTo(LookupMatch.Forgiving));
    }

    [TestCase("niger", "NE")]
    [TestCase("nigeria", "NG")]
    [TestCase("austria", "AT")]
    [TestCase("australia", "AU")]
    [TestCase("iran", "IR")]
    [TestCase("iraq", "IQ")]
    [TestCase("mali", "ML")]
    [TestCase("malta", "MT")]
    [TestCase("dominica", "DM")]
    [TestCase("dominican republic", "DO")]
    [TestCase("guinea", "GN")]
    [TestCase("zambia", "ZM")]
    [TestCase("gambia", "GM")]
    [TestCase("slovakia", "SK")]
    [TestCase("slovenia", "SI")]
    public void Exact_name_of_a_country_is_never_forgiven_into_its_neighbour(string spoken, string id)
    {
        var result = Lookup.FindBySpokenName(spoken, "en-US");

        Assert.That(result.Country?.Id, Is.EqualTo(id));
        Assert.That(result.Match, Is.EqualTo(LookupMatch.Exact));
    }

    [TestCase("sambia")]
    [TestCase("atlantis")]
    [TestCase("narnia")]
    [TestCase("irak")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("?!")]
    [TestCase(null)]
    public void Unknown_ambiguous_or_empty_text_is_not_found(string? spoken)
    {
        var result = Lookup.FindBySpokenName(spoken, "en-US");

        Assert.That(result.Country, Is.Null, () => $"'{spoken}' gave {result.Country?.Id}");
        Assert.That(result.Match, Is.EqualTo(LookupMatch.None));
    }

    // A word the data's names put before another place's name to make a place of its own ("noord" in Noord-Korea and
    // Noord-Ierland, "new" in New Mexico and New Jersey) keeps the name after it from being found: a Dutch province is not
    // Holland. A kind said before a name ("staat" in "Staat Mexico", "staat Georgia") is no such word. A word that begins
    // the names of places whose rest names nothing ("north" in North Carolina and North Dakota) and once another place's
    // name ("North Korea" beside "Korea") is one too, though "North Macedonia" beside "Macedonia" names the same place.
    [TestCase("noord holland", "nl-NL", null)]
    [TestCase("north holland", "en-US", null)]
    [TestCase("north macedonia", "en-US", "MK")]
    [TestCase("north korea", "en-US", "KP")]
    [TestCase("nuova olanda", "it-IT", null)]
    [TestCase("zuid holland", "nl-NL", null)]
    [TestCase("new guinea", "en-US", null)]
    [TestCase("दक्षिण भारत", "hi-IN", null)]
    [TestCase("noord ierland", "nl-NL", "GB-NIR")]
    [TestCase("holland", "nl-NL", "NL")]
    [TestCase("de staat qatar", "nl-NL", "QA")]
    [TestCase("amerikaanse staat florida", "nl-NL", "US-FL")]
    [TestCase("ولاية كاليفورنيا", "ar-SA", "US-CA")]
    public void A_word_that_makes_another_place_of_a_name_keeps_it_from_being_found(string spoken, string locale, string? id)
    {
        var result = Lookup.FindBySpokenName(spoken, locale);

        Assert.That(result.Country?.Id, Is.EqualTo(id), () => $"'{spoken}' gave {result.Country?.Id}");
    }

    // Two slips that also change the first consonant make another name: a Dutch province is not the Netherlands.
    [TestCase("gelderland", "nl-NL")]
    [TestCase("de gelderland", "nl-NL")]
    public void Two_slips_and_another_first_consonant_are_another_name(string spoken, string locale)
    {
        var result = Lookup.FindBySpokenName(spoken, locale);

        Assert.That(result.Country, Is.Null, () => $"'{spoken}' gave {result.Country?.Id}");
    }

    // Two slips are still forgiven where the name begins as the place's does, or with another vowel.
    [TestCase("bangledash", "en-US", "BD")]
    [TestCase("इस्वाटिनि", "hi-IN", "SZ")]
    public void Two_slips_are_forgiven_when_the_name_begins_alike(string spoken, string locale, string id)
    {
        var result = Lookup.FindBySpokenName(spoken, locale);

        Assert.That(result.Country?.Id, Is.EqualTo(id));
        Assert.That(result.Match, Is.EqualTo(LookupMatch.Forgiving));
    }

    [TestCase("fr")]
    [TestCase("FR")]
    public void Id_lookup_is_case_insensitive(string id)
    {
        Assert.That(Lookup.FindById(id)?.Names["en"], Is.EqualTo("France"));
    }

    [TestCase("en")]
    [TestCase("de")]
    [TestCase("fr")]
    [TestCase("es")]
    [TestCase("it")]
    [TestCase("ja")]
    [TestCase("pt")]
    [TestCase("hi")]
    public void No_name_or_alias_names_two_countries_in_any_language(string language)
    {
        var lookup = new CountryLookup(CapitalsData.Embedded);

        Assert.That(() => lookup.FindBySpokenName("anything", language + "-XX"), Throws.Nothing);
        foreach (var country in CapitalsData.Embedded.Countries.Where(c => c.Names.ContainsKey(language) && !IsSharedName(c, language)))
            Assert.That(lookup.FindBySpokenName(country.Names[language], language + "-XX").Country, Is.SameAs(country), country.Id);
    }

    [TestCase("england", "GB-ENG")]
    [TestCase("scotland", "GB-SCT")]
    [TestCase("wales", "GB-WLS")]
    [TestCase("northern ireland", "GB-NIR")]
    [TestCase("california", "US-CA")]
    [TestCase("washington dc", "US-DC")]
    [TestCase("district of columbia", "US-DC")]
    [TestCase("ontario", "CA-ON")]
    [TestCase("greenland", "GL")]
    [TestCase("puerto rico", "PR")]
    [TestCase("hong kong", "HK")]
    [TestCase("bavaria", "DE-BY")]
    public void Places_beyond_countries_are_found_by_name(string spoken, string id)
    {
        Assert.That(Lookup.FindBySpokenName(spoken, "en-US").Country?.Id, Is.EqualTo(id));
    }

    [Test]
    public void A_name_a_country_shares_with_a_part_of_another_country_means_both()
    {
        var result = Lookup.FindBySpokenName("georgia", "en-US");

        Assert.That(result.Country, Is.Null);
        Assert.That(result.SharedName?.Id, Is.EqualTo("GE+US-GA"));
    }

    [Test]
    public void German_names_of_the_german_states_are_found_in_german()
    {
        Assert.That(Lookup.FindBySpokenName("Bayern", "de-DE").Country?.Id, Is.EqualTo("DE-BY"));
    }

    [Test]
    public void Other_languages_use_their_own_names()
    {
        Assert.That(Lookup.FindBySpokenName("Frankreich", "de-DE").Country?.Id, Is.EqualTo("FR"));
        Assert.That(Lookup.FindBySpokenName("Elfenbeinküste", "de-DE").Country?.Id, Is.EqualTo("CI"));
    }
}
