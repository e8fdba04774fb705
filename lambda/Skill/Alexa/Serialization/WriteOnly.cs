namespace WorldCapitals.Skill.Alexa.Serialization;

/// <summary>The serializer writes request envelopes (for tools and tests); only <see cref="Parsing.EnvelopeReader"/> reads them.</summary>
internal static class WriteOnly
{
    public static NotSupportedException ReadRefused(Type type) =>
        new($"{type.Name} is read by EnvelopeReader, never by the serializer.");
}
