using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Tests.Capitals;

/// <summary>
/// German declines a name's adjectives after an article ("hauptstadt der vereinigten arabischen emirate", "vom vereinigten
/// königreich"): the declined name of each place's of form and its names with their adjectives declined are its aliases
/// (tools/capitals-data: addGermanDeclinedNames), so the declined words are words of that place's names and never turn
/// another place's name into a slip or a shorter name inside them.
/// </summary>
public class GermanDeclinedNameLookupTests
{
    private static LookupResult Find(string spoken) => new CountryLookup(CapitalsData.Embedded).FindBySpokenName(spoken, "de-DE");

    [TestCase("vereinigten arabischen emirate", "AE")]
    [TestCase("vereinigten königreichs", "GB")]
    [TestCase("vereinigten staaten", "US")]
    [TestCase("vereinigten staaten von amerika", "US")]
    [TestCase("vereinigten mexikanischen staaten", "MX", Description = "once the United States: 'staaten' inside it")]
    [TestCase("demokratischen republik kongo", "CD")]
    [TestCase("saarlandes", "DE-SL")]
    [TestCase("nördlichen marianen", "MP")]
    [TestCase("französischen republik", "FR", Description = "once no place: 'französischen' became a word of the declined TF name")]
    [TestCase("vereinigten königreich", "GB", Description = "after vom: the strong -es declined")]
    [TestCase("tschechischen republik", "CZ")]
    [TestCase("russischen föderation", "RU")]
    public void A_name_declined_after_der_or_des_is_its_place(string spoken, string id) =>
        Assert.That(Find(spoken).Country?.Id, Is.EqualTo(id));

    /// <summary>Every place whose German of form is its name after "der"/"des" is found by the declined name alone.</summary>
    [Test]
    public void Every_declined_of_form_finds_its_place()
    {
        var declined = CapitalsData.Embedded.Countries
            .Where(place => place.Forms is not null && place.Forms.TryGetValue("de", out var forms) && (forms.Of.StartsWith("der ", StringComparison.Ordinal) || forms.Of.StartsWith("des ", StringComparison.Ordinal)))
            .Select(place => (place.Id, Name: place.Forms!["de"].Of[4..]))
            .ToList();

        Assert.That(declined, Has.Count.GreaterThan(10));
        Assert.Multiple(() =>
        {
            foreach (var (id, name) in declined)
                Assert.That(Find(name.ToLowerInvariant()).Country?.Id, Is.EqualTo(id), name);
        });
    }
}
