using GraphQL.DataLoader;

namespace MineralGraph.Api.GraphQL.Batching;

/// <summary>
/// Collects the keys that resolvers ask for while GraphQL.NET executes one level of a query
/// and fetches them in one call when the first deferred result is awaited. GraphQL.NET awaits
/// <see cref="IDataLoaderResult"/>s only after every field of the level has run, so one level
/// of the query becomes one store round trip.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private Batch? _open;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            _open ??= new Batch(this);
            _open.Keys.Add(key);
            return new Deferred(_open, key);
        }
    }

    /// <summary>The values for several keys, in their order; a key with no value gives a default.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue?>> LoadMany(IReadOnlyList<TKey> keys)
    {
        lock (_gate)
        {
            _open ??= new Batch(this);
            _open.Keys.UnionWith(keys);
            return new DeferredMany(_open, keys);
        }
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Fetch is null)
            {
                // Keys asked for from now on belong to the next level's batch.
                if (ReferenceEquals(_open, batch))
                {
                    _open = null;
                }

                batch.Fetch = fetch([.. batch.Keys], cancellationToken);
            }

            return batch.Fetch;
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        public HashSet<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>>? Fetch { get; set; }

        public Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(CancellationToken cancellationToken) => owner.Dispatch(this, cancellationToken);
    }

    private sealed class Deferred(Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.RunAsync(cancellationToken);
            return values.TryGetValue(key, out var value) ? value : default;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private sealed class DeferredMany(Batch batch, IReadOnlyList<TKey> keys) : IDataLoaderResult<IReadOnlyList<TValue?>>
    {
        public async Task<IReadOnlyList<TValue?>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.RunAsync(cancellationToken);
            var found = new TValue?[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                found[i] = values.GetValueOrDefault(keys[i]);
            }

            return found;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
