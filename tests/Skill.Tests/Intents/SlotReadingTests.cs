using WorldCapitals.Skill.Alexa;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Intents;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>The ids entity resolution matched, read from a slot; and a locale's language, read many times per request.</summary>
public sealed class SlotReadingTests
{
    private static ResolutionAuthority Authority(string code, params string?[] ids) => new()
    {
        Status = new ResolutionStatus { Code = code },
        Values = [.. ids.Select(id => new ResolutionValueWrapper { Value = new ResolutionValue { Id = id } })],
    };

    [Test]
    public void Matched_ids_come_in_order_from_every_authority_that_matched()
    {
        var slot = new Slot
        {
            Name = "country",
            Resolutions = new Resolutions
            {
                ResolutionsPerAuthority =
                [
                    Authority(ResolutionStatusCodes.SuccessMatch, "KP", "KR"),
                    Authority(ResolutionStatusCodes.SuccessNoMatch, "XX"),
                    Authority(ResolutionStatusCodes.SuccessMatch, "GE"),
                ],
            },
        };

        Assert.That(SlotReading.MatchedIds(slot), Is.EqualTo(new[] { "KP", "KR", "GE" }));
    }

    [Test]
    public void Matched_ids_are_read_from_the_structured_slot_value_too()
    {
        var slot = new Slot
        {
            SlotValue = new SlotValue
            {
                Type = SlotValueTypes.Simple,
                Resolutions = new Resolutions { ResolutionsPerAuthority = [Authority(ResolutionStatusCodes.SuccessMatch, "FR")] },
            },
        };

        Assert.That(SlotReading.MatchedIds(slot), Is.EqualTo(new[] { "FR" }));
    }

    [Test]
    public void A_slot_without_a_match_has_no_ids()
    {
        var unmatched = new Slot { Resolutions = new Resolutions { ResolutionsPerAuthority = [Authority(ResolutionStatusCodes.SuccessNoMatch, "FR")] } };

        Assert.That(SlotReading.MatchedIds(null), Is.Empty);
        Assert.That(SlotReading.MatchedIds(new Slot { Value = "france" }), Is.Empty);
        Assert.That(SlotReading.MatchedIds(unmatched), Is.Empty);
    }

    [TestCase("en-US", "en")]
    [TestCase("fr-CA", "fr")]
    [TestCase("ar-SA", "ar")]
    [TestCase("de", "de")]
    [TestCase("sw-KE", "sw")]
    [TestCase("zh-Hant-TW", "zh")]
    public void A_locale_s_language_is_its_part_before_the_first_dash(string locale, string language)
    {
        Assert.That(Country.Language(locale), Is.EqualTo(language));
    }
}
