namespace MineralGraph.Store.Sqlite;

/// <summary>
/// What reads cost, counted when a test asks (<see cref="SqliteGraphStore.Work"/>): the entries
/// of the in-memory index they visited, the rows SQLite returned, and the statements they ran,
/// so a test can assert that a page costs its size, not its parent's degree, and check the plan
/// of every statement.
/// </summary>
internal sealed class ReadWork
{
    private readonly List<string> _statements = [];
    private long _indexEntries;
    private long _rows;

    public long IndexEntries => Interlocked.Read(ref _indexEntries);

    public long Rows => Interlocked.Read(ref _rows);

    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_statements)
            {
                return [.. _statements.Distinct(StringComparer.Ordinal)];
            }
        }
    }

    public void Visited(long entries) => Interlocked.Add(ref _indexEntries, entries);

    public void Read(long rows) => Interlocked.Add(ref _rows, rows);

    public void Ran(string sql)
    {
        lock (_statements)
        {
            _statements.Add(sql);
        }
    }
}
