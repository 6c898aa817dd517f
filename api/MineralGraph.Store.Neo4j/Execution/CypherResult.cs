namespace MineralGraph.Store.Neo4j.Execution;

/// <summary>
/// The rows of one statement. Values are decoded to null, <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/>, <see cref="DateOnly"/>, <see cref="CypherNode"/>,
/// <c>List&lt;object?&gt;</c> or <c>Dictionary&lt;string, object?&gt;</c>; other temporal and
/// spatial values keep their text.
/// </summary>
public sealed record CypherResult(IReadOnlyList<string> Fields, IReadOnlyList<object?[]> Rows)
{
    public static CypherResult Empty { get; } = new([], []);

    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return i;
            }
        }

        throw new GraphStoreException(StoreErrorKind.InvalidData, $"The Neo4j result has no field '{field}'; it has {string.Join(", ", Fields)}.");
    }
}
