using GraphQL.DataLoader;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Pagination;

/// <summary>What a connection field resolves to: a store page and the sort its cursors were made for.</summary>
public sealed record Connection<T>(Page<T> Page, string SortName) : IPageInfo
{
    /// <summary>The figures its <c>aggregate</c> field shows, when the selection asks for them (batched for relationship connections).</summary>
    public IDataLoaderResult<AggregateResult>? Aggregates { get; init; }

    public IEnumerable<Edge<T>> Edges => Page.Items.Select((item, index) => new Edge<T>(item, CursorCodec.Encode(SortName, Page.Cursors[index])));

    public bool HasNextPage => Page.HasNextPage;

    public bool HasPreviousPage => Page.HasPreviousPage;

    public string? StartCursor => Page.Cursors.Count == 0 ? null : CursorCodec.Encode(SortName, Page.Cursors[0]);

    public string? EndCursor => Page.Cursors.Count == 0 ? null : CursorCodec.Encode(SortName, Page.Cursors[^1]);
}
