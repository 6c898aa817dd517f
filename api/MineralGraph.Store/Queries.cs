namespace MineralGraph.Store;

public enum Direction
{
    /// <summary>The parent is the relationship's start node.</summary>
    Outgoing,

    /// <summary>The parent is the relationship's end node.</summary>
    Incoming,

    /// <summary>Either end.</summary>
    Both,
}

/// <summary>Which record a sort property is read from, for relationship pages.</summary>
public enum SortTarget
{
    Node,
    Relationship,
}

/// <summary>
/// A sort on one property; ties are broken by node id (node pages), or by the other node's id and
/// then the relationship key (relationship pages, where two relationships of a type may link the
/// same nodes). Nulls sort last ascending and first descending, as in Neo4j.
/// </summary>
public sealed record SortOrder(string Property, bool Descending = false, SortTarget Target = SortTarget.Node)
{
    public static SortOrder ByName { get; } = new(GraphSchema.GraphModel.NameProperty);

    /// <summary>
    /// A node's position in a page of this order. The sort value is the node's own property, as
    /// the store decoded it with the node, so every store's cursors carry the same value types
    /// and a store need not return the sort value a second time.
    /// </summary>
    public Cursor CursorOf(NodeRecord node) => new(node[Property], node.Id);

    /// <summary>A relationship's position in a page of this order: the sort value from the record <see cref="Target"/> names.</summary>
    public Cursor CursorOf(ConnectedNode item) =>
        new(Target == SortTarget.Relationship ? item.Relationship[Property] : item.Node[Property], item.Relationship.Key, item.Node.Id);
}

/// <summary>
/// A position in a sorted page: the sort value of an item and its tiebreak: the node id (node
/// pages), or the other node's id then the relationship key (relationship pages, where
/// <paramref name="OtherId"/> is set). Keyset pagination compares against it instead of skipping rows.
/// </summary>
public readonly record struct Cursor(object? SortValue, string Key, string? OtherId = null);

/// <summary>Relay-style page arguments: <c>First</c> with <c>After</c> pages forward, <c>Last</c> with <c>Before</c> backward.</summary>
public sealed record PageRequest(int? First = null, Cursor? After = null, int? Last = null, Cursor? Before = null)
{
    public bool IsBackward => Last is not null;

    public int Size => Last ?? First ?? throw new InvalidOperationException("A page request needs First or Last.");
}

/// <summary>One page of items in sort order, with the cursor of each.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, IReadOnlyList<Cursor> Cursors, bool HasPreviousPage, bool HasNextPage, long? TotalCount)
{
    public static Page<T> Empty(long? totalCount) => new([], [], false, false, totalCount);

    /// <summary>
    /// The page from a keyset scan that read one item more than the page holds, in scan order
    /// (reversed for backward pages): the extra item only says that more follow.
    /// </summary>
    public static Page<T> FromScan(List<T> items, List<Cursor> cursors, PageRequest page, long? totalCount)
    {
        var more = items.Count > page.Size;
        if (more)
        {
            items.RemoveAt(items.Count - 1);
            cursors.RemoveAt(cursors.Count - 1);
        }

        if (page.IsBackward)
        {
            items.Reverse();
            cursors.Reverse();
            return new Page<T>(items, cursors, HasPreviousPage: more, HasNextPage: page.Before is not null, totalCount);
        }

        return new Page<T>(items, cursors, HasPreviousPage: page.After is not null, HasNextPage: more, totalCount);
    }
}

public sealed record NodeQuery(
    string Label,
    IReadOnlyList<NodeFilter> Filters,
    SortOrder Sort,
    PageRequest Page,
    bool IncludeTotalCount)
{
    /// <summary>The properties the caller reads; a store may leave the others out. Null reads all.</summary>
    public PropertySelection? Properties { get; init; }
}

/// <summary>
/// One relationship type walked from each parent. <see cref="IncludeItems"/> false asks only for
/// the count (the page is then empty); <see cref="NodeProperties"/> and
/// <see cref="RelationshipProperties"/> name what the caller reads (null reads all).
/// </summary>
public sealed record RelationshipQuery(
    IReadOnlyList<string> ParentIds,
    string Type,
    Direction Direction,
    IReadOnlyList<string>? OtherLabels,
    IReadOnlyList<NodeFilter> OtherFilters,
    SortOrder Sort,
    PageRequest Page,
    bool IncludeTotalCount)
{
    public bool IncludeItems { get; init; } = true;

    public PropertySelection? NodeProperties { get; init; }

    public PropertySelection? RelationshipProperties { get; init; }

    /// <summary>Conditions on the relationship's own properties (no <see cref="RelationshipFilter"/>), beside <see cref="OtherFilters"/> on the node at its other end.</summary>
    public IReadOnlyList<NodeFilter> RelationshipFilters { get; init; } = [];
}

public sealed record SearchQuery(string Text, IReadOnlyList<string>? Labels, int Limit);

/// <summary>
/// A bounded variable-length expansion. <paramref name="Types"/> empty means every type;
/// <paramref name="MaxRows"/> bounds the work: a walk that would visit more raises
/// <see cref="StoreErrorKind.LimitExceeded"/>.
/// </summary>
public sealed record ExpandQuery(
    IReadOnlyList<string> StartIds,
    IReadOnlyList<string> Types,
    Direction Direction,
    int MaxHops,
    int MaxRows);

/// <summary>
/// Shortest paths between two nodes. <paramref name="MaxRows"/> bounds the partial paths visited
/// (hops ≥ 1): a search that would visit more raises <see cref="StoreErrorKind.LimitExceeded"/>.
/// </summary>
public sealed record PathQuery(
    string FromId,
    string ToId,
    IReadOnlyList<string> Types,
    Direction Direction,
    int MaxHops,
    int Limit,
    int MaxRows);
