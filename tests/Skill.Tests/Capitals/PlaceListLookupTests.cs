using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Tests.Capitals;

/// <summary>A value that is a list of places joined by the language's list words (<see cref="CountryLookup.FindList"/>).</summary>
public sealed class PlaceListLookupTests
{
    private static readonly CountryLookup Lookup = new(CapitalsData.Embedded);

    [TestCase("en-US", "chile and argentina", "CL AR")]
    [TestCase("en-US", "the netherlands and belgium", "NL BE")]
    [TestCase("en-US", "chad niger and mali", "TD NE ML")]
    [TestCase("en-US", "spain, portugal, france and italy", "ES PT FR IT")]
    [TestCase("en-US", "south sudan and sudan", "SS SD")]
    [TestCase("de-DE", "dänemark und von norwegen", "DK NO")]
    [TestCase("fr-FR", "du canada et des états-unis", "CA US")]
    [TestCase("es-ES", "chile y perú", "CL PE")]
    [TestCase("es-ES", "alemania e irlanda", "DE IE")]
    [TestCase("it-IT", "austria ed ungheria", "AT HU")]
    [TestCase("pt-BR", "angola e moçambique", "AO MZ")]
    [TestCase("nl-NL", "frankrijk en duitsland", "FR DE")]
    [TestCase("hi-IN", "नेपाल और भूटान", "NP BT")]
    [TestCase("hi-IN", "रूस तथा चीन", "RU CN")]
    [TestCase("ar-SA", "العراق وسوريا", "IQ SY")]
    [TestCase("ar-SA", "لبنان و الأردن", "LB JO")]
    [TestCase("ja-JP", "タイとベトナム", "TH VN")]
    [TestCase("ja-JP", "韓国や日本", "KR JP")]
    [TestCase("ar-SA", "السودان وجنوب السودان", "SD SS")]
    [TestCase("ar-SA", "تشاد وغينيا بيساو", "TD GW")]
    [TestCase("en-US", "peru and that of chile", "PE CL")]
    [TestCase("nl-NL", "estland en die van letland", "EE LV")]
    [TestCase("nl-NL", "kenia en dat van oeganda", "KE UG")]
    [TestCase("de-DE", "peru und die von chile", "PE CL")]
    [TestCase("es-ES", "perú y la de chile", "PE CL")]
    [TestCase("fr-FR", "pérou et celle de la bolivie", "PE BO")]
    [TestCase("fr-CA", "chili pis celle de l'argentine", "CL AR")]
    [TestCase("fr-CA", "du mali pis du niger", "ML NE")]
    // Session 47: two names that share words said once.
    [TestCase("en-US", "north and south dakota", "US-ND US-SD")]
    [TestCase("hi-IN", "उत्तर और दक्षिण कोरिया", "KP KR")]
    [TestCase("es-ES", "corea del norte y del sur", "KP KR")]
    [TestCase("es-MX", "dakota del norte y del sur", "US-ND US-SD")]
    public void A_list_finds_every_place_in_the_order_said(string locale, string spoken, string ids)
    {
        var list = Lookup.FindList(spoken, locale);

        Assert.That(list, Is.Not.Null);
        Assert.That(string.Join(' ', list!.Select(part => part.Country?.Id ?? part.SharedName?.Id)), Is.EqualTo(ids));
        Assert.That(list!.Select(part => part.Match), Has.All.EqualTo(LookupMatch.Exact));
    }

    [TestCase("en-US", "trinidad and tobago", Description = "a name with the list word")]
    [TestCase("en-US", "antigua and barbuda")]
    [TestCase("en-US", "sales and marketing", Description = "no part is guessed: not Wales")]
    [TestCase("en-US", "spain and spane", Description = "a slip is no part")]
    [TestCase("en-US", "spain and the weather")]
    [TestCase("en-US", "north and south", Description = "shared words are said once, not left out")]
    [TestCase("en-US", "west and south africa", Description = "a part that names a place only with words no name shares")]
    [TestCase("en-US", "spain or portugal", Description = "'or' is no list word")]
    [TestCase("en-US", "spain and spain", Description = "one place twice is no list")]
    [TestCase("en-US", "a and b and c and d and e")]
    [TestCase("en-US", "france germany italy spain and portugal", Description = "five parts: more than four")]
    [TestCase("pt-BR", "são tomé e príncipe")]
    [TestCase("nl-NL", "bosnië en herzegovina")]
    [TestCase("ar-SA", "البوسنة والهرسك")]
    [TestCase("en-US", "peru and that of the weather", Description = "a list phrase with no place after it")]
    [TestCase("nl-NL", "estland en die van mij", Description = "'en die van' with no place after it")]
    [TestCase("ja-JP", "ベトナム", Description = "ト inside a katakana name is no list word")]
    public void Not_a_list(string locale, string spoken)
    {
        Assert.That(Lookup.FindList(spoken, locale), Is.Null);
    }
}
