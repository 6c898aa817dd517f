namespace MineralGraph.Api.GraphQL.Pagination;

/// <summary>The Relay <c>PageInfo</c> of any connection.</summary>
public interface IPageInfo
{
    bool HasNextPage { get; }

    bool HasPreviousPage { get; }

    string? StartCursor { get; }

    string? EndCursor { get; }
}
