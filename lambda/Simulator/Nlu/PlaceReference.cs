namespace WorldCapitals.Simulator.Nlu;

/// <summary>Words that refer back to a place named before them (<see cref="Keys"/>: Dutch "dat land", Hindi "वहाँ की"),
/// and the words they stand for, with <see cref="Place"/> where the place's own words go ("in {place}", "{place} की").</summary>
internal sealed record PlaceReference(string[] Keys, string StandIn)
{
    public const string Place = "{place}";
}
