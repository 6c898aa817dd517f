namespace MineralGraph.Store;

/// <summary>
/// Where a new store's revision starts: the current time in microseconds, not 0, so a store
/// wiped and rebuilt never repeats a revision that a shared cache may still hold.
/// </summary>
public static class RevisionOrigin
{
    public static long Now() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
}
