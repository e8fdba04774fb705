using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Tests.Capitals;

public sealed class CapitalsDataTests
{
    private static readonly IReadOnlyList<Country> Countries = CapitalsData.Embedded.Countries;

    private static readonly string[] CountryKindValues =
    [
        CountryKinds.Sovereign, CountryKinds.ObserverState, CountryKinds.PartiallyRecognised, CountryKinds.DisputedTerritory,
    ];

    [Test]
    public void Data_covers_the_193_un_members_and_the_holy_see_palestine_taiwan_and_kosovo()
    {
        var countries = Countries.Where(c => c.Parent is null && CountryKindValues.Contains(c.Kind)).ToList();

        Assert.That(countries.Count(c => c.Kind == CountryKinds.Sovereign), Is.EqualTo(193));
        Assert.That(countries.Select(c => c.Id), Is.SupersetOf(new[] { "VA", "PS", "TW", "XK" }));
        Assert.That(countries, Has.Count.EqualTo(198));
    }

    [Test]
    public void Every_place_has_a_unique_id_an_english_name_and_a_capital_or_a_reason_for_none()
    {
        Assert.That(Countries.Select(c => c.Id), Is.Unique);
        foreach (var country in Countries)
        {
            Assert.That(country.Names.ContainsKey("en"), country.Id);
            Assert.That(country.Capitals.Count == 0, Is.EqualTo(country.NoCapital is not null), country.Id);
            if (!country.Id.Contains('-', StringComparison.Ordinal))
                Assert.That(country.Names.Keys, Is.SupersetOf(new[] { "de", "fr", "es", "it", "ja", "pt", "hi" }), country.Id);
        }
    }

    [Test]
    public void Every_place_of_a_country_names_a_country_of_the_data_and_subdivision_ids_start_with_it()
    {
        foreach (var place in Countries.Where(c => c.Parent is not null))
        {
            var parent = CapitalsData.Embedded.FindById(place.Parent);
            Assert.That(parent, Is.Not.Null, place.Id);
            Assert.That(parent!.Parent, Is.Null, place.Id);
            if (place.Id.Contains('-', StringComparison.Ordinal))
                Assert.That(place.Id, Does.StartWith(place.Parent + "-"));
        }
    }

    [TestCase("GB", "constituent-country", 4)]
    [TestCase("US", "state", 50)]
    [TestCase("US", "federal-district", 1)]
    [TestCase("CA", "province", 10)]
    [TestCase("CA", "territory", 3)]
    [TestCase("AU", "state", 6)]
    [TestCase("AU", "territory", 2)]
    [TestCase("IN", "state", 28)]
    [TestCase("IN", "union-territory", 8)]
    [TestCase("DE", null, 16)]
    [TestCase("BR", "state", 26)]
    [TestCase("BR", "federal-district", 1)]
    [TestCase("MX", "state", 31)]
    [TestCase("MX", "federal-entity", 1)]
    public void First_level_subdivisions_are_covered(string parent, string? kind, int count)
    {
        var places = Countries.Where(c => c.Id.StartsWith(parent + "-", StringComparison.Ordinal) && (kind is null || c.Kind == kind));

        Assert.That(places.Count(), Is.EqualTo(count));
    }

    [TestCase("GB-ENG", "London")]
    [TestCase("GB-SCT", "Edinburgh")]
    [TestCase("GB-WLS", "Cardiff")]
    [TestCase("GB-NIR", "Belfast")]
    [TestCase("US-CA", "Sacramento")]
    [TestCase("US-MN", "Saint Paul")]
    [TestCase("US-NY", "Albany")]
    [TestCase("US-WA", "Olympia")]
    [TestCase("CA-ON", "Toronto")]
    [TestCase("CA-BC", "Victoria")]
    [TestCase("AU-VIC", "Melbourne")]
    [TestCase("IN-PB", "Chandigarh")]
    [TestCase("DE-BY", "Munich")]
    [TestCase("BR-SP", "São Paulo")]
    [TestCase("MX-JAL", "Guadalajara")]
    [TestCase("GL", "Nuuk")]
    [TestCase("FO", "Tórshavn")]
    [TestCase("PR", "San Juan")]
    [TestCase("GU", "Hagåtña")]
    [TestCase("BM", "Hamilton")]
    [TestCase("KY", "George Town")]
    [TestCase("GI", "Gibraltar")]
    [TestCase("IM", "Douglas")]
    [TestCase("JE", "Saint Helier")]
    [TestCase("GG", "St. Peter Port")]
    [TestCase("NC", "Nouméa")]
    [TestCase("PF", "Papeete")]
    [TestCase("AW", "Oranjestad")]
    [TestCase("CW", "Willemstad")]
    public void Places_beyond_countries_have_their_capital(string id, string capital)
    {
        Assert.That(CapitalsData.Embedded.FindById(id)!.Capitals[0].Name, Is.EqualTo(capital));
    }

    [TestCase("HK", "city-territory")]
    [TestCase("MO", "city-territory")]
    [TestCase("AQ", "antarctica")]
    [TestCase("BV", "uninhabited")]
    [TestCase("HM", "uninhabited")]
    [TestCase("UM", "uninhabited")]
    [TestCase("US-DC", "national-capital")]
    [TestCase("MX-CMX", "national-capital")]
    public void Areas_without_a_capital_say_why(string id, string reason)
    {
        var place = CapitalsData.Embedded.FindById(id)!;

        Assert.That(place.Capitals, Is.Empty);
        Assert.That(place.NoCapital, Is.EqualTo(reason));
    }

    [Test]
    public void Every_iso_3166_1_code_except_the_reserved_ones_is_a_place()
    {
        // ISO 3166-1 has 249 codes; XK (Kosovo) is a user-assigned code on top.
        var alpha2 = Countries.Where(c => !c.Id.Contains('-', StringComparison.Ordinal)).Select(c => c.Id).ToList();

        Assert.That(alpha2, Has.Count.EqualTo(250));
        Assert.That(alpha2, Does.Contain("XK"));
    }

    [TestCase("MM", "Naypyidaw")]
    [TestCase("KZ", "Astana")]
    [TestCase("BI", "Gitega")]
    [TestCase("PW", "Ngerulmud")]
    [TestCase("MN", "Ulaanbaatar")]
    [TestCase("FR", "Paris")]
    [TestCase("TR", "Ankara")]
    [TestCase("UA", "Kyiv")]
    public void Capitals_are_current(string id, string capital)
    {
        Assert.That(CapitalsData.Embedded.FindById(id)!.Capitals[0].Name, Is.EqualTo(capital));
    }

    [TestCase("ZA", "Pretoria", "Cape Town", "Bloemfontein")]
    [TestCase("BO", "Sucre", "La Paz")]
    [TestCase("NL", "Amsterdam", "The Hague")]
    [TestCase("MY", "Kuala Lumpur", "Putrajaya")]
    [TestCase("BJ", "Porto-Novo", "Cotonou")]
    [TestCase("CI", "Yamoussoukro", "Abidjan")]
    [TestCase("SZ", "Mbabane", "Lobamba")]
    [TestCase("LK", "Sri Jayawardenepura Kotte", "Colombo")]
    public void Multi_capital_countries_list_every_capital_with_a_role(string id, params string[] capitals)
    {
        var country = CapitalsData.Embedded.FindById(id)!;

        Assert.That(country.Capitals.Select(c => c.Name), Is.EqualTo(capitals));
        Assert.That(country.Capitals.Select(c => c.Role), Has.None.Null);
    }

    [Test]
    public void Every_role_in_the_data_is_worded_in_every_speech_locale()
    {
        var catalog = SpeechCatalog.LoadEmbedded();
        var roles = Countries.SelectMany(c => c.Capitals).Select(c => c.Role).OfType<string>().Distinct().ToList();

        foreach (var locale in catalog.Locales)
            Assert.That(catalog.For(locale).Roles.Keys, Is.SupersetOf(roles), locale);
    }

    [TestCase("""{"countries":[{"id":"XX","kind":"sovereign","names":{"en":"X"},"aliases":{"en":[]}}]}""", "no 'capitals'")]
    [TestCase("""{"countries":[{"kind":"sovereign","names":{"en":"X"},"aliases":{},"capitals":[{"name":"Y"}]}]}""", "no 'id'")]
    [TestCase("""{"countries":[{"id":"XX","kind":"sovereign","names":{"en":"X"},"aliases":{},"capitals":[{"role":"official"}]}]}""", "no 'name'")]
    [TestCase("""{"sources":{}}""", "no 'countries'")]
    [TestCase("""{"countries":[{"id":"XX","kind":"sovereign","names":{"en":"X"},"aliases":{},"capitals":[]}]}""", "no capital and no 'noCapital'")]
    [TestCase("""{"countries":[],"sharedNames":[{"id":"A+B","places":["A","B"],"names":{"de":["X"]}}]}""", "no English name")]
    [TestCase("""{"countries":[],"sharedNames":[{"places":["A","B"],"names":{"en":["X"]}}]}""", "no 'id'")]
    [TestCase("""{"countries":[],"sharedNames":[{"id":"A+B","places":["A","B"],"names":{"en":["X"]}}]}""", "two or more known places")]
    public void Incomplete_data_is_refused_with_a_message(string json, string message)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.That(() => CapitalsData.Parse(stream), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(message));
    }

    [Test]
    public void Data_is_read_with_every_member()
    {
        var southAfrica = CapitalsData.Embedded.FindById("ZA")!;
        var netherlands = CapitalsData.Embedded.FindById("NL")!;

        Assert.That(southAfrica.Capitals[1].Role, Is.EqualTo("legislative"));
        Assert.That(netherlands.SentenceNameFor("en-US"), Is.EqualTo("the Netherlands"));
        Assert.That(netherlands.Aliases["en"], Does.Contain("Holland"));
        Assert.That(netherlands.Names["de"], Is.EqualTo("Niederlande"));
        Assert.That(CapitalsData.Embedded.FindById("US")!.Capitals[0].Speech, Is.EqualTo("Washington D.C."));
        Assert.That(CapitalsData.Embedded.FindById("IL")!.NoteFor("en-GB"), Does.Contain("Jerusalem"));
        Assert.That(CapitalsData.Embedded.FindById("GL")!.Parent, Is.EqualTo("DK"));
        Assert.That(CapitalsData.Embedded.FindById("GL")!.ParentNameFor("en-IN"), Is.EqualTo("the Kingdom of Denmark"));
        Assert.That(CapitalsData.Embedded.FindById("DE-BY")!.Names["de"], Is.EqualTo("Bayern"));
        Assert.That(CapitalsData.Embedded.FindById("IN-JK")!.Capitals.Select(c => c.Role), Is.EqualTo(new[] { "summer", "winter" }));
        Assert.That(CapitalsData.Embedded.FindSharedNameById("CD+CG")!.NameFor("en-GB"), Is.EqualTo("Congo"));
        Assert.That(CapitalsData.Embedded.FindSharedNameById("KP+KR")!.NameFor("de-DE"), Is.EqualTo("Korea"));
        Assert.That(CapitalsData.Embedded.FillerWords["en"], Does.Contain("the capital of"));
    }

    [TestCase("IL")]
    [TestCase("PS")]
    [TestCase("TW")]
    [TestCase("XK")]
    [TestCase("EH")]
    public void Disputed_cases_carry_a_neutral_note(string id)
    {
        var note = CapitalsData.Embedded.FindById(id)!.NoteFor("en-US");

        Assert.That(note, Is.Not.Null.And.Not.Empty);
        Assert.That(note, Does.Not.Contain("illegal").IgnoreCase.And.Not.Contain("occupied").IgnoreCase.And.Not.Contain("rightful").IgnoreCase);
    }
}
