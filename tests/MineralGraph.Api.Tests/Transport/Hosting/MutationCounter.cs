namespace MineralGraph.Api.Tests.Transport.Hosting;

/// <summary>Counts executions of the test mutation.</summary>
public sealed class MutationCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public int Increment() => Interlocked.Increment(ref _count);
}
