using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Cli.Model;

/// <summary>
/// Derives the CAPITAL_CITY slot values of one locale from the capitals data: one value per capital city (every
/// capital of every place, a name several places' capitals share being one value), id
/// <see cref="CapitalCity.Id"/>, the name in the locale (es-MX "Santiago"), else its language, as the value and its other
/// spoken names (<see cref="CapitalCity.SpokenNames(string)"/>: "Santiago de Chile", "Brasilia", "Saint John's", the
/// English name where the language writes in Latin script) as synonyms; only the speakable ones are kept ("Washington, D.C." gives way to its spoken form).
/// </summary>
internal static class CitySlotValues
{
    public static IReadOnlyList<CountrySlotValue> For(string locale, CapitalsData data)
    {
        ArgumentNullException.ThrowIfNull(locale);
        ArgumentNullException.ThrowIfNull(data);
        var values = new List<CountrySlotValue>();
        foreach (var city in CapitalCity.AllOf(data))
        {
            var spoken = city.SpokenNames(Country.Language(locale)).Prepend(city.NameFor(locale))
                .SelectMany(CountrySlotValues.SpokenForms)
                .Where(name => name.Length <= CountrySlotValues.MaxLength)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (spoken.Count == 0)
                throw new InvalidDataException($"The capital {city.Name} has no speakable name in {locale}.");
            values.Add(new CountrySlotValue(city.Id, spoken[0], spoken[1..]));
        }
        return values;
    }
}
