using System.Collections.Concurrent;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Sqlite.Adjacency;

/// <summary>
/// The in-memory index that serves relationship pages: the <see cref="Topology"/> at one store
/// revision, and the sort values and orders read from it on demand. SQLite stays the one source
/// of truth: before a read, the index is brought to the revision of the caller's snapshot, from
/// the change log every write commits with its data (so writes by other processes on the same
/// file are seen exactly), or by loading again. Many readers at once; catching up waits for them.
/// </summary>
internal sealed class AdjacencyIndex(GraphModel model)
{
    /// <summary>Slots up to this size are ordered for each read; larger ones keep each order they were asked for until the next change.</summary>
    private const int CachedOrderMinimum = 48;

    /// <summary>Slot entries kept in cached orders; past it the cache starts again.</summary>
    private const int MaxCachedEntries = 8_000_000;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly ConcurrentDictionary<(int Label, string Property), SortKey[]> _nodeColumns = new();
    private readonly ConcurrentDictionary<(int Type, string Property), SortKey[]> _edgeColumns = new();
    private readonly ConcurrentDictionary<(int Node, int Type, int FarLabel, bool Incoming, SortOrder Order), int[]> _orders = new();
    private int _cachedEntries;
    private Topology? _topology;
    private long _revision;

    /// <summary>
    /// Runs <paramref name="read"/> against the index at exactly <paramref name="revision"/>,
    /// catching up first when the index is older; returns false, without reading, when the index
    /// is already newer than the caller's snapshot (the caller starts a newer snapshot and retries).
    /// </summary>
    public bool TryRead<T>(ITopologySource source, long revision, ReadWork? work, Func<AdjacencyReader, T> read, out T result)
    {
        while (true)
        {
            _lock.EnterReadLock();
            try
            {
                if (_topology is not null && _revision == revision)
                {
                    result = read(new AdjacencyReader(this, _topology, source, work));
                    return true;
                }

                if (_topology is not null && _revision > revision)
                {
                    result = default!;
                    return false;
                }
            }
            finally
            {
                _lock.ExitReadLock();
            }

            _lock.EnterWriteLock();
            try
            {
                if (_topology is null || _revision < revision)
                {
                    CatchUp(source, revision);
                }
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
    }

    private void CatchUp(ITopologySource source, long revision)
    {
        var changes = _topology is null ? null : source.ChangesSince(_revision, revision);
        if (changes is null || _topology!.CopiedNodes + changes.NodeIds.Count + changes.RelationshipKeys.Count > Math.Max(10_000, _topology.NodeCount / 4))
        {
            var topology = new Topology(model);
            topology.Load(source.Nodes(topology.Labels), source.Edges(topology.Types));
            _topology = topology;
            _nodeColumns.Clear();
            _edgeColumns.Clear();
        }
        else
        {
            Apply(_topology, source, changes);
        }

        _orders.Clear();
        _cachedEntries = 0;
        _revision = revision;
    }

    /// <summary>
    /// The changed relationships leave first (found by key while their ends still have their ids),
    /// then nodes are set or forgotten, then the relationships as they are now come back.
    /// </summary>
    private void Apply(Topology topology, ITopologySource source, TopologyChanges changes)
    {
        var touchedTypes = new HashSet<int>();
        foreach (var key in changes.RelationshipKeys)
        {
            if (topology.TryFindEdge(key, out var edge))
            {
                touchedTypes.Add(topology.EdgeType(edge));
                topology.RemoveEdge(edge);
            }
        }

        var touchedLabels = new HashSet<int>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, id, label, name) in source.NodesById(changes.NodeIds))
        {
            present.Add(id);
            topology.SetNode(node, id, label, name);
            touchedLabels.Add(topology.NodeLabel(node));
        }

        foreach (var id in changes.NodeIds.Where(id => !present.Contains(id)))
        {
            if (topology.TryGetNode(id, out var node))
            {
                touchedLabels.Add(topology.NodeLabel(node));
                topology.RemoveNode(node);
            }
        }

        foreach (var (edge, key, type, start, end) in source.EdgesByKey(changes.RelationshipKeys))
        {
            if (topology.TryGetNode(start, out var from) && topology.TryGetNode(end, out var to))
            {
                topology.AddEdge(edge, key, type, from, to);
                touchedTypes.Add(topology.EdgeType(edge));
            }
        }

        // Sort values of changed records: the columns that hold any are read again when next asked for.
        foreach (var key in _nodeColumns.Keys.Where(k => touchedLabels.Contains(k.Label)))
        {
            _nodeColumns.TryRemove(key, out _);
        }

        foreach (var key in _edgeColumns.Keys.Where(k => touchedTypes.Contains(k.Type)))
        {
            _edgeColumns.TryRemove(key, out _);
        }
    }

    internal SortKey[] NodeColumn(Topology topology, ITopologySource source, int label, string property) =>
        _nodeColumns.GetOrAdd((label, property), static (key, state) =>
        {
            var (topology, source, labelName) = state;
            var column = new List<(int Node, object? Value)>(source.NodeValues(labelName, key.Property));
            var values = new SortKey[column.Count == 0 ? 0 : column.Max(c => c.Node) + 1];
            foreach (var (node, value) in column)
            {
                values[node] = SortKey.Of(value);
            }

            return values;
        }, (topology, source, topology.LabelName(label)));

    internal SortKey[] EdgeColumn(Topology topology, ITopologySource source, int type, string property) =>
        _edgeColumns.GetOrAdd((type, property), static (key, state) =>
        {
            var (source, typeName) = state;
            var column = new List<(int Edge, object? Value)>(source.EdgeValues(typeName, key.Property));
            var values = new SortKey[column.Count == 0 ? 0 : column.Max(c => c.Edge) + 1];
            foreach (var (edge, value) in column)
            {
                values[edge] = SortKey.Of(value);
            }

            return values;
        }, (source, topology.TypeName(type)));

    /// <summary>A large slot's edges in an order, computed once per change of the graph; small slots are ordered for each read.</summary>
    internal int[]? CachedOrder(SlotView slot, SortOrder order, Func<int[]> compute)
    {
        if (slot.Count < CachedOrderMinimum)
        {
            return null;
        }

        var key = (slot.Node, slot.Type, slot.FarLabel, slot.Incoming, order with { Descending = false });
        if (_orders.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var computed = compute();
        if (Interlocked.Add(ref _cachedEntries, computed.Length) > MaxCachedEntries)
        {
            _orders.Clear();
            _cachedEntries = computed.Length;
        }

        _orders[key] = computed;
        return computed;
    }
}
