using WorldCapitals.Simulator.Model;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// A nationality word ("péruvien", "peruanischer") names its place only when nothing else is understood. The slot values'
/// synonyms hold the capitals data's nationality words (<see cref="Country.Nationalities"/>), so "la capitale péruvienne"
/// resolves; but a speaker's place name outweighs an adjective or a person noun said beside it, as a statistical NLU weighs
/// them: an utterance is first read without the nationality words ("un espagnol demande la capitale de la colombie", "de
/// quel état américain sacramento est la capitale"), and read again with them only when that reading reaches the fallback
/// intent or leaves a custom slot value unresolved ("un client péruvien veut savoir sa capitale").
/// </summary>
public sealed partial class NluEngine
{
    // The same engine over the model without the nationality words; null when the language has none (or in that engine).
    private readonly NluEngine? _byNamesOnly;

    /// <summary>The keys of the nationality words of the model's language, as the lexicon reads them.</summary>
    private static HashSet<string> NationalityKeys(string locale, NluLexicon lexicon)
    {
        var language = Country.Language(locale);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in CapitalsData.Embedded.Countries)
        {
            if (place.Nationalities is not null && place.Nationalities.TryGetValue(language, out var words))
                keys.UnionWith(words.Select(word => Tokenizer.PhraseKey(word, lexicon.Elisions)));
        }
        return keys;
    }

    private static InteractionModel WithoutSynonyms(InteractionModel model, HashSet<string> keys, NluLexicon lexicon) => model with
    {
        Types = [.. model.Types.Select(type => type with
        {
            Values = [.. type.Values.Select(value => value with
            {
                Synonyms = [.. value.Synonyms.Where(synonym => !keys.Contains(Tokenizer.PhraseKey(synonym, lexicon.Elisions)))],
            })],
        })],
    };

    private static bool IsUnderstood(Interpretation? interpretation) =>
        interpretation is not null && interpretation.IntentName != FallbackIntent
        && interpretation.Slots.All(slot => slot.Value is null || slot.Resolution is null || slot.Resolution.IsMatch);
}
