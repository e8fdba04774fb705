using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>A run of words said apart that stands for other words: the run as its words' keys, and the keys of the words
/// it stands for, in order. Dutch "hoofd stad" stands for the one word "hoofdstad", Japanese キャピタル for the two words
/// of 首都 (首 and 都, as the samples have them), and 宿題 for itself as one word (its 宿 is no hotel).</summary>
/// <param name="WrittenWithHiragana">Whether the run is written with hiragana: such a run is an ending or a particle, never part of
/// a katakana word, so it is not read where it would begin or end inside one (the えたい of 間違えたイラク, the けど of マケドニア).</param>
public sealed record WordJoin(IReadOnlyList<string> Run, IReadOnlyList<string> Words, bool WrittenWithHiragana = false)
{
    /// <summary>How many words the run drops before the words it stands for, when those are two or more of the run's own
    /// last words (the run only drops a lead-in: "قولي عاصمة ولاية" is "عاصمة ولاية"); otherwise null. A run that drops
    /// words after the ones it keeps ("de quel pays en asie" is "de quel pays") still stands whole for what it says, and
    /// so does one that comes down to one word ("هذا البلد" is "البلد", this country, not a country called so) or one in a
    /// script written without spaces, whose words are its characters (北マケドニア is マケドニア, one name).</summary>
    public int? LeadInWords =>
        Words.Count >= 2 && Words.Count < Run.Count && Words.SequenceEqual(Run.Skip(Run.Count - Words.Count))
        && !TextFolding.IsSpacelessScript(Run[0][0])
            ? Run.Count - Words.Count
            : null;
}
