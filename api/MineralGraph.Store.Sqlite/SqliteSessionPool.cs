using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace MineralGraph.Store.Sqlite;

/// <summary>
/// Open sessions kept for reuse, so a call pays neither the open (pragmas, the fold function)
/// nor the planning of statements the session already prepared. A session goes back only after
/// a call that ended cleanly; one that failed is closed, whatever state it was left in.
/// </summary>
internal sealed class SqliteSessionPool(string connectionString) : IAsyncDisposable
{
    /// <summary>Idle sessions kept; more are opened under load and closed when returned.</summary>
    private const int MaxIdle = 16;

    private readonly ConcurrentStack<SqliteSession> _idle = new();

    public async ValueTask<SqliteSession> RentAsync(CancellationToken cancellationToken)
    {
        if (_idle.TryPop(out var session))
        {
            return session;
        }

        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            connection.CreateFunction("mg_fold", static (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
            return new SqliteSession(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask ReturnAsync(SqliteSession session)
    {
        session.Transaction = null;
        session.Work = null;
        if (_idle.Count < MaxIdle)
        {
            _idle.Push(session);
        }
        else
        {
            await session.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryPop(out var session))
        {
            await session.DisposeAsync();
        }
    }
}
