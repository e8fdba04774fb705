using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Tests.Capitals;

/// <summary>A slot value that is not a known place, but holds one as a run of whole words among filler words.</summary>
public sealed class ExtraWordsLookupTests
{
    private static readonly CountryLookup Lookup = new(CapitalsData.Embedded);

    [TestCase("tanzania called", "TZ")]
    [TestCase("um france please", "FR")]
    [TestCase("france again", "FR")]
    [TestCase("france again please", "FR")]
    [TestCase("do you know the capital of kenya", "KE")]
    [TestCase("the capital of the gambia", "GM")]
    [TestCase("hey alexa what's the capital of peru", "PE")]
    [TestCase("so um what is the capital city of japan", "JP")]
    [TestCase("tell us the capital of the us", "US")]
    [TestCase("the people's republic of china please", "CN")]
    [TestCase("okay the kyrgyz republic", "KG")]
    [TestCase("france france", "FR")]
    [TestCase("guinea bissau called", "GW")]
    [TestCase("papua new guinea please", "PG")]
    [TestCase("equatorial guinea again", "GQ")]
    [TestCase("south korea please", "KR")]
    [TestCase("Côte d'Ivoire, please!", "CI")]
    [TestCase("the country of trinidad and tobago", "TT")]
    [TestCase("vatican city please", "VA")]
    [TestCase("the capital of spain is what", "ES")]
    [TestCase("sao tomé e principe", "ST")]
    // A place said right after another with only filler words between them (a repair) corrects it.
    [TestCase("chile i mean peru", "PE")]
    [TestCase("mali no sorry malawi please", "MW")]
    [TestCase("austria um no australia", "AU")]
    [TestCase("niger er nigeria", "NG")]
    [TestCase("guinea no wait guinea bissau", "GW")]
    [TestCase("kansas actually west virginia", "US-WV")]
    [TestCase("virginia i meant west virginia", "US-WV")]
    public void A_known_name_among_extra_words_is_found(string spoken, string id)
    {
        var result = Lookup.FindBySpokenName(spoken, "en-US");

        Assert.That(result.Country?.Id, Is.EqualTo(id));
        Assert.That(result.Match, Is.EqualTo(LookupMatch.ExtraWords));
    }

    // A repair in the speaker's own words, and with the little words that lead into the name again (at most two).
    [TestCase("coreia do norte errei da coreia do sul", "pt-BR", "KR")]
    [TestCase("áustria minto da austrália", "pt-BR", "AU")]
    [TestCase("philippinen ne von indonesien", "de-DE", "ID")]
    [TestCase("mali stopp ich meinte malawi", "de-DE", "MW")]
    [TestCase("la corée du nord attends non de la corée du sud", "fr-FR", "KR")]
    [TestCase("corea del nord scusa della corea del sud", "it-IT", "KR")]
    [TestCase("mali of wacht malawi", "nl-NL", "MW")]
    [TestCase("niet mali maar malawi", "nl-NL", "MW")]
    [TestCase("chile i mean the peru", "en-US", "PE")]
    public void A_repair_with_words_leading_into_the_name_names_the_later_place(string spoken, string locale, string id)
    {
        var result = Lookup.FindBySpokenName(spoken, locale);

        Assert.That(result.Country?.Id, Is.EqualTo(id));
    }

    // A name said in two parts, one of them a filler word, is a slip of the whole value.
    [TestCase("ne paul", "de-DE", "NP")]
    public void A_name_split_at_a_filler_word_is_a_slip_of_the_whole(string spoken, string locale, string id)
    {
        var result = Lookup.FindBySpokenName(spoken, locale);

        Assert.That((result.Country?.Id, result.Match), Is.EqualTo((id, LookupMatch.Forgiving)));
    }

    // More than two words, or other words than short words of names, between a repair word and the later place are no
    // repair: two places, no guess.
    [TestCase("mali no sorry i was thinking about malawi", "en-US")]
    [TestCase("mali ne ich glaube eher an malawi", "de-DE")]
    [TestCase("guiné e não guiné-bissau", "pt-BR")]
    [TestCase("mali please or maybe malawi", "en-US")]
    public void A_repair_word_far_from_the_later_place_repairs_nothing(string spoken, string locale) =>
        Assert.That(Lookup.FindBySpokenName(spoken, locale).Country, Is.Null);

    // A place said after another and a word that excludes it: the first place is meant.
    [TestCase("guinea not guinea-bissau", "en-US", "GN")]
    [TestCase("niger and not nigeria", "en-US", "NE")]
    [TestCase("guinea nicht guinea-bissau", "de-DE", "GN")]
    [TestCase("dominica nicht der dominikanischen republik", "de-DE", "DM")]
    [TestCase("la bolivie pas du brésil", "fr-FR", "BO")]
    [TestCase("l'arménie pas de l'albanie", "fr-FR", "AM")]
    [TestCase("niger non della nigeria", "it-IT", "NE")]
    [TestCase("austria non dell'australia", "it-IT", "AT")]
    [TestCase("mali en niet malawi", "nl-NL", "ML")]
    public void A_place_said_after_an_exclusion_word_is_not_meant(string spoken, string locale, string id) =>
        Assert.That(Lookup.FindBySpokenName(spoken, locale).Country?.Id, Is.EqualTo(id));

    // An exclusion word with other words beside it between the places is no exclusion: two places, no guess.
    [TestCase("niger is it not nigeria", "en-US")]
    [TestCase("niger oder doch nicht nigeria", "de-DE")]
    public void Other_words_beside_an_exclusion_word_give_no_guess(string spoken, string locale) =>
        Assert.That(Lookup.FindBySpokenName(spoken, locale).Country, Is.Null);

    // Words said after a place and a filler that replace part of its name (a repair of that part) name the other place.
    [TestCase("north dakota no south", "en-US", "US-SD")]
    [TestCase("carolina do sul digo do norte", "pt-BR", "US-NC")]
    [TestCase("dakota do norte não do sul", "pt-BR", "US-SD")]
    [TestCase("corea del nord no del sud", "it-IT", "KR")]
    [TestCase("corea del sur perdón del norte", "es-ES", "KP")]
    [TestCase("nordrhein-westfalen nein rheinland-pfalz", "de-DE", "DE-RP")]
    public void Words_that_repair_part_of_a_name_name_the_other_place(string spoken, string locale, string id)
    {
        var result = Lookup.FindBySpokenName(spoken, locale);

        Assert.That((result.Country?.Id, result.Match), Is.EqualTo((id, LookupMatch.ExtraWords)));
    }

    // Words after a place that make no other name with it, or make two, leave the place as it was found.
    [TestCase("north dakota no please", "en-US", "US-ND")]
    [TestCase("carolina do sul digo mesmo", "pt-BR", "US-SC")]
    public void Words_after_a_place_that_repair_nothing_leave_it(string spoken, string locale, string id) =>
        Assert.That(Lookup.FindBySpokenName(spoken, locale).Country?.Id, Is.EqualTo(id));

    // A country said with a place of a country (or a shared name with one) qualifies it; the skill decides what it does.
    [TestCase("punjab in india", "IN-PB", "IN")]
    [TestCase("punjab in pakistan", "IN-PB", "PK")]
    [TestCase("the state of victoria in australia", "AU-VIC", "AU")]
    [TestCase("punjab india", "IN-PB", "IN")]
    public void A_country_said_with_a_place_of_a_country_is_its_qualifier(string spoken, string id, string qualifier)
    {
        var result = Lookup.FindBySpokenName(spoken, "en-US");

        Assert.Multiple(() =>
        {
            Assert.That(result.Country?.Id, Is.EqualTo(id));
            Assert.That(result.Qualifier?.Id, Is.EqualTo(qualifier));
        });
    }

    // A country with a place of another country and words that are neither is the country: the other name is a word of
    // the sentence ("para", Portuguese "for", is also Pará without its accent). A place of that country stays qualified.
    [TestCase("peru para a prova", "pt-BR", "PE")]
    [TestCase("chile para o meu trabalho", "pt-BR", "CL")]
    [TestCase("punjab in india for my geography test", "en-US", "IN-PB")]
    public void A_country_with_another_countrys_place_and_other_words_is_the_country(string spoken, string locale, string id) =>
        Assert.That(Lookup.FindBySpokenName(spoken, locale).Country?.Id, Is.EqualTo(id));

    // A country and its shared name with words after them stay the shared name and its qualifier: the skill answers both.
    [TestCase("जॉर्जिया देश और जॉर्जिया स्टेट दोनों", "hi-IN", "GE+US-GA", "GE")]
    public void A_country_and_its_shared_name_with_other_words_stay_qualified(string spoken, string locale, string sharedId, string qualifier)
    {
        var result = Lookup.FindBySpokenName(spoken, locale);

        Assert.That((result.SharedName?.Id, result.Qualifier?.Id), Is.EqualTo((sharedId, qualifier)));
    }

    // A country said with a small slip of one of its own places is that place ("saxonny" is Saxony in Germany); a slip that
    // is no place of that country, or words that are no slip at all, leave the country.
    [TestCase("saxonny in germany", "en-US", "DE-SN", "DE")]
    [TestCase("the state of ontaryo in canada", "en-US", "CA-ON", "CA")]
    [TestCase("sachsn in deutschland", "de-DE", "DE-SN", "DE")]
    [TestCase("कनाडा के सस्काचवान", "hi-IN", "CA-SK", "CA")]
    [TestCase("जर्मनी के ब्रांडेनबुर्गा", "hi-IN", "DE-BB", "DE")]
    public void A_country_said_with_a_slip_of_one_of_its_places_is_that_place(string spoken, string locale, string id, string qualifier)
    {
        var result = Lookup.FindBySpokenName(spoken, locale);

        Assert.Multiple(() =>
        {
            Assert.That(result.Country?.Id, Is.EqualTo(id));
            Assert.That(result.Qualifier?.Id, Is.EqualTo(qualifier));
            Assert.That(result.Match, Is.EqualTo(LookupMatch.Forgiving));
        });
    }

    [TestCase("saxonny in france", "FR")]
    [TestCase("tanzania called", "TZ")]
    [TestCase("germany please", "DE")]
    [TestCase("canada eh", "CA")]
    public void A_country_with_words_that_slip_from_none_of_its_places_is_the_country(string spoken, string id)
    {
        var result = Lookup.FindBySpokenName(spoken, "en-US");

        Assert.Multiple(() =>
        {
            Assert.That(result.Country?.Id, Is.EqualTo(id));
            Assert.That(result.Qualifier, Is.Null);
        });
    }

    [TestCase("france or spain")]
    [TestCase("um france please or maybe spain")]
    [TestCase("peru chile")]
    [TestCase("the capital of kenya and the capital of uganda")]
    [TestCase("korea or japan")]
    [TestCase("niger nigeria")]
    [TestCase("california or texas")]
    public void Two_different_places_give_no_guess(string spoken)
    {
        var result = Lookup.FindBySpokenName(spoken, "en-US");

        Assert.That(result, Is.EqualTo(LookupResult.NotFound));
    }

    [TestCase("um please")]
    [TestCase("the capital of")]
    [TestCase("um uh er again please thank you")]
    [TestCase("please please please")]
    [TestCase("?! ... ,,,")]
    [TestCase("um ?! please")]
    [TestCase("atlantis called")]
    public void Only_filler_or_no_place_finds_nothing(string spoken)
    {
        Assert.That(Lookup.FindBySpokenName(spoken, "en-US"), Is.EqualTo(LookupResult.NotFound));
    }

    [TestCase("tanzanya called", "TZ")]
    [TestCase("um franse please", "FR")]
    [TestCase("the capital of argentinia again", "AR")]
    [TestCase("um guinea bisau please", "GW")]
    public void A_slip_among_filler_words_gets_the_forgiving_match(string spoken, string id)
    {
        var result = Lookup.FindBySpokenName(spoken, "en-US");

        Assert.That(result.Country?.Id, Is.EqualTo(id));
        Assert.That(result.Match, Is.EqualTo(LookupMatch.Forgiving));
    }

    [Test]
    public void Korea_among_filler_words_is_the_shared_name()
    {
        var result = Lookup.FindBySpokenName("um korea please", "en-US");

        Assert.That(result.SharedName?.Id, Is.EqualTo("KP+KR"));
        Assert.That(result.Country, Is.Null);
        Assert.That(result.Match, Is.EqualTo(LookupMatch.ExtraWords));
    }

    public static IEnumerable<TestCaseData> HugeValues()
    {
        yield return new TestCaseData(string.Join(' ', Enumerable.Repeat("france", 10_000))).SetName("Huge value: france ten thousand times");
        yield return new TestCaseData(string.Join(' ', Enumerable.Repeat("please", 50)) + " france").SetName("Huge value: fifty fillers then a name");
        yield return new TestCaseData(new string('x', 200_000)).SetName("Huge value: one enormous word");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("🌍 ", 20_000))).SetName("Huge value: symbols only");
        yield return new TestCaseData("\u0000 \u200B \t\n france \uFFFF").SetName("Huge value: control characters around a name");
    }

    [TestCaseSource(nameof(HugeValues))]
    public void Any_content_is_answered_without_throwing(string spoken)
    {
        Assert.That(() => Lookup.FindBySpokenName(spoken, "en-US"), Throws.Nothing);
    }

    [Test]
    public void A_value_with_more_words_than_a_place_and_a_few_extras_is_not_searched()
    {
        var spoken = string.Join(' ', Enumerable.Repeat("blah", 40)) + " france";

        Assert.That(Lookup.FindBySpokenName(spoken, "en-US"), Is.EqualTo(LookupResult.NotFound));
    }

    public static IEnumerable<TestCaseData> EnglishNamesAndAliases() =>
        CapitalsData.Embedded.Countries.SelectMany(country =>
            country.Aliases["en"].Prepend(country.Names["en"]).Where(name => !IsSharedName(name)).Select(name =>
                new TestCaseData(name, country.Id).SetName($"Filler around '{name}' keeps {country.Id}")));

    // The generator checks that no filler phrase is part of a name; this checks the skill's side of that promise.
    [TestCaseSource(nameof(EnglishNamesAndAliases))]
    public void Filler_words_around_any_name_or_alias_keep_its_country(string name, string id)
    {
        var result = Lookup.FindBySpokenName($"um what's the capital of {name} please", "en-US");

        Assert.That(result.Country?.Id, Is.EqualTo(id));
    }

    // "Georgia" is the name of GE and of US-GA: it finds both, as a shared name.
    private static bool IsSharedName(string name) =>
        CapitalsData.Embedded.SharedNames.Any(shared => shared.Names["en"].Contains(name, StringComparer.OrdinalIgnoreCase));

    [Test]
    public void Filler_words_are_data_of_the_language()
    {
        var data = new CapitalsData(CapitalsData.Embedded.Countries, CapitalsData.Embedded.SharedNames, fillerWords: new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["whatchamacallit"] });
        var lookup = new CountryLookup(data);

        Assert.Multiple(() =>
        {
            Assert.That(lookup.FindBySpokenName("whatchamacallit tanzanya", "en-US").Country?.Id, Is.EqualTo("TZ"));
            Assert.That(lookup.FindBySpokenName("please tanzanya", "en-US").Country, Is.Null);
            Assert.That(CapitalsData.Embedded.FillerWords["en"], Does.Contain("called").And.Contain("please").And.Contain("do you know"));
        });
    }
}
