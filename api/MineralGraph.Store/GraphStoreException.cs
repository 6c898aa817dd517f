using System.Globalization;

namespace MineralGraph.Store;

public enum StoreErrorKind
{
    /// <summary>The store cannot be reached or refused the credentials.</summary>
    Unavailable,

    /// <summary>The request asked for more work than its bounds allow.</summary>
    LimitExceeded,

    /// <summary>The data breaks the graph model or the store's constraints.</summary>
    InvalidData,

    /// <summary>The store did not answer in time.</summary>
    Timeout,

    /// <summary>A write names a node or relationship that does not exist.</summary>
    NotFound,

    /// <summary>A write clashes with the stored graph: the id or key is taken, or the node is still linked or cited.</summary>
    Conflict,
}

/// <summary>The only exception a store adapter lets out; its message says what the caller can change.</summary>
public sealed class GraphStoreException(StoreErrorKind kind, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public StoreErrorKind Kind { get; } = kind;

    /// <summary>A traversal that would visit more than <see cref="ExpandQuery.MaxRows"/> (or <see cref="PathQuery.MaxRows"/>) paths, in every store's words.</summary>
    public static GraphStoreException TooManyPaths(int maxRows) => new(StoreErrorKind.LimitExceeded,
        $"The traversal visits more than {maxRows.ToString(CultureInfo.InvariantCulture)} paths; lower the hop count or restrict the relationship types.");
}
