namespace WorldCapitals.Capitals.DynamoDb;

/// <summary>The names of the table's attributes and of the settings that select it (see README.md).</summary>
public static class CapitalsTable
{
    /// <summary>The environment variable naming the table; unset means the embedded data only.</summary>
    public const string TableVariable = "CAPITALS_TABLE";

    /// <summary>Partition key (S): the ISO 3166-1 alpha-2 id, as in capitals.json ("FR", "XK").</summary>
    public const string Id = "id";

    /// <summary>L of M: the capitals, primary first.</summary>
    public const string Capitals = "capitals";

    /// <summary>S, optional: when the item was last written (ISO 8601, UTC). Informational only.</summary>
    public const string UpdatedAt = "updatedAt";

    /// <summary>Inside each element of <see cref="Capitals"/>: S, required, not empty.</summary>
    public const string Name = "name";

    /// <summary>Inside each element of <see cref="Capitals"/>: S, optional, the form to speak.</summary>
    public const string Speech = "speech";

    /// <summary>Inside each element of <see cref="Capitals"/>: S, optional, the role key (executive, legislative, ...).</summary>
    public const string Role = "role";
}
