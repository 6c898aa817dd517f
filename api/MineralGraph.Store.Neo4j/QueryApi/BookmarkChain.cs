namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>
/// The bookmarks of the latest transaction this client saw commit. Sending them with the next
/// request makes a cluster member wait until it has caught up, so a read after a write sees it.
/// </summary>
internal sealed class BookmarkChain
{
    private volatile IReadOnlyList<string> _latest = [];

    public IReadOnlyList<string> Latest => _latest;

    public void Advance(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0)
        {
            _latest = bookmarks;
        }
    }
}
