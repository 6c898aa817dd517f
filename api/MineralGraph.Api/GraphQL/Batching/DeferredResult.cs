using GraphQL.DataLoader;

namespace MineralGraph.Api.GraphQL.Batching;

public static class DeferredResult
{
    /// <summary>Shapes a batched value once it arrives, without awaiting it now (which would end the batch early).</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> deferred, Func<T, TResult> map) =>
        new Mapped<T, TResult>(deferred, map);

    /// <summary>A value already at hand, where a deferred one is expected.</summary>
    public static IDataLoaderResult<T> Of<T>(T value) => new Completed<T>(value);

    private sealed class Completed<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
