using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Tests.Capitals;

public sealed class CapitalsDataTests
{
    private static readonly IReadOnlyList<Country> Countries = CapitalsData.Embedded.Countries;

    [Test]
    public void Data_covers_the_193_un_members_and_the_holy_see_palestine_taiwan_and_kosovo()
    {
        Assert.That(Countries.Count(c => c.Kind == CountryKinds.Sovereign), Is.EqualTo(193));
        Assert.That(Countries.Select(c => c.Id), Is.SupersetOf(new[] { "VA", "PS", "TW", "XK" }));
        Assert.That(Countries.Select(c => c.Kind).Distinct(), Is.SubsetOf(new[]
        {
            CountryKinds.Sovereign, CountryKinds.ObserverState, CountryKinds.PartiallyRecognised, CountryKinds.DisputedTerritory,
        }));
    }

    [Test]
    public void Every_country_has_a_unique_id_an_english_name_and_a_capital()
    {
        Assert.That(Countries.Select(c => c.Id), Is.Unique);
        foreach (var country in Countries)
        {
            Assert.That(country.Names.ContainsKey("en"), country.Id);
            Assert.That(country.Capitals, Is.Not.Empty, country.Id);
            Assert.That(country.Names.Keys, Is.SupersetOf(new[] { "de", "fr", "es", "it", "ja", "pt", "hi" }), country.Id);
        }
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
