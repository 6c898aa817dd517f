using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Sqlite.Adjacency;

/// <summary>
/// The graph's shape in memory: every node's id, label and name and every relationship's type
/// and ends, addressed by their SQLite rowids, and each node's relationships grouped in slots
/// (type, direction, label of the other end), each slot ordered by the other node's id and then
/// the relationship key: the tiebreak of every relationship page. Slots are packed in one array
/// when loaded; a node whose relationships change later gets its own copy of its slots. Not
/// thread-safe: <see cref="AdjacencyIndex"/> guards it.
/// </summary>
internal sealed class Topology
{
    private const int LabelBits = 11;

    private readonly Dictionary<string, int> _labelCodes = new(StringComparer.Ordinal);
    private readonly List<string> _labels = [];
    private readonly Dictionary<string, int> _typeCodes = new(StringComparer.Ordinal);
    private readonly List<string> _types = [];

    private readonly Dictionary<string, int> _nodeById = new(StringComparer.Ordinal);
    private string?[] _nodeIds = [];
    private string?[] _nodeNames = [];
    private int[] _nodeLabels = [];

    private int[] _edgeTypes = [];
    private int[] _edgeStarts = [];
    private int[] _edgeEnds = [];

    /// <summary>n &gt; 0: the key is the n-th of <see cref="RelationshipKeys"/>' series; -1: see <see cref="_customKeys"/>.</summary>
    private int[] _edgeSuffixes = [];

    private readonly Dictionary<int, string> _customKeys = [];
    private readonly Dictionary<string, int> _edgeByCustomKey = new(StringComparer.Ordinal);

    private int[] _slotFirst = [0];
    private int[] _slotKeys = [];
    private int[] _slotOffsets = [];
    private int[] _slotCounts = [];
    private int[] _packed = [];
    private readonly Dictionary<int, Slot[]> _copied = [];

    public Topology(GraphModel model)
    {
        foreach (var label in model.Labels)
        {
            LabelCode(label.Name, create: true);
        }

        foreach (var relationship in model.Relationships)
        {
            TypeCode(relationship.Type, create: true);
        }
    }

    public int NodeCount => _nodeById.Count;

    /// <summary>Nodes whose slots were copied since the load: past a share of the graph, reloading packs them again.</summary>
    public int CopiedNodes => _copied.Count;

    public int LabelCode(string label, bool create = false) => Code(_labelCodes, _labels, label, create, 1 << LabelBits);

    public int TypeCode(string type, bool create = false) => Code(_typeCodes, _types, type, create, 1 << 19);

    public string TypeName(int type) => _types[type];

    public string LabelName(int label) => _labels[label];

    public bool TryGetNode(string id, out int node) => _nodeById.TryGetValue(id, out node);

    public bool HasNode(int node) => node < _nodeIds.Length && _nodeIds[node] is not null;

    public string NodeId(int node) => _nodeIds[node]!;

    public string NodeName(int node) => _nodeNames[node]!;

    public int NodeLabel(int node) => _nodeLabels[node];

    public bool HasEdge(int edge) => edge < _edgeTypes.Length && _edgeTypes[edge] >= 0;

    public int EdgeType(int edge) => _edgeTypes[edge];

    /// <summary>The node at the other end of an edge seen from a slot of this direction.</summary>
    public int Far(int edge, bool incoming) => incoming ? _edgeStarts[edge] : _edgeEnds[edge];

    public string KeyOf(int edge) => _edgeSuffixes[edge] switch
    {
        < 0 => _customKeys[edge],
        var n => RelationshipKeys.Nth(RelationshipKeys.First(NodeId(_edgeStarts[edge]), _types[_edgeTypes[edge]], NodeId(_edgeEnds[edge])), n),
    };

    /// <summary>The edge a key names, if the topology holds it.</summary>
    public bool TryFindEdge(string key, out int edge)
    {
        if (_edgeByCustomKey.TryGetValue(key, out edge))
        {
            return true;
        }

        var parts = key.Split('|');
        if (parts.Length is < 3 or > 4 || !TryGetNode(parts[0], out var start) || !TryGetNode(parts[2], out var end) || TypeCode(parts[1]) is var type && type < 0)
        {
            return false;
        }

        var slots = new List<SlotView>();
        CollectSlots(start, type, incoming: false, [_nodeLabels[end]], slots);
        foreach (var slot in slots)
        {
            for (var i = 0; i < slot.Count; i++)
            {
                if (_edgeEnds[slot[i]] == end && KeyOf(slot[i]) == key)
                {
                    edge = slot[i];
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The tiebreak order of a slot: the other node's id, then (for relationships between the same two nodes) the key.</summary>
    public int CompareTiebreak(int left, int right, bool incoming)
    {
        if (left == right)
        {
            return 0;
        }

        var byId = SortKey.CompareText(NodeId(Far(left, incoming)), NodeId(Far(right, incoming)));
        return byId != 0 ? byId : SortKey.CompareText(KeyOf(left), KeyOf(right));
    }

    /// <summary>Adds the slots of a node's relationships of one type and direction, with the other end among the labels (all when null).</summary>
    public void CollectSlots(int node, int type, bool incoming, int[]? farLabels, List<SlotView> into)
    {
        var low = SlotKey(type, incoming, 0);
        var high = low + (1 << LabelBits);
        if (_copied.TryGetValue(node, out var copied))
        {
            foreach (var slot in copied)
            {
                if (slot.Key >= low && slot.Key < high && slot.Edges.Length > 0 && (farLabels is null || farLabels.AsSpan().Contains(slot.Key - low)))
                {
                    into.Add(new SlotView(node, type, slot.Key - low, slot.Edges, 0, slot.Edges.Length, incoming));
                }
            }

            return;
        }

        if (node + 1 >= _slotFirst.Length)
        {
            return;
        }

        for (var s = _slotFirst[node]; s < _slotFirst[node + 1]; s++)
        {
            var key = _slotKeys[s];
            if (key >= low && key < high && (farLabels is null || farLabels.AsSpan().Contains(key - low)))
            {
                into.Add(new SlotView(node, type, key - low, _packed, _slotOffsets[s], _slotCounts[s], incoming));
            }
        }
    }

    public void SetNode(int node, string id, string label, string name)
    {
        EnsureNodeCapacity(node);
        if (_nodeById.TryGetValue(id, out var other) && other != node)
        {
            RemoveNode(other);
        }

        if (_nodeIds[node] is { } previous && previous != id)
        {
            _nodeById.Remove(previous);
        }

        _nodeIds[node] = id;
        _nodeNames[node] = name;
        _nodeLabels[node] = LabelCode(label, create: true);
        _nodeById[id] = node;
    }

    /// <summary>Forgets a node; its relationships must be gone already (a node is deleted with them).</summary>
    public void RemoveNode(int node)
    {
        if (!HasNode(node))
        {
            return;
        }

        _nodeById.Remove(_nodeIds[node]!);
        _nodeIds[node] = null;
        _nodeNames[node] = null;
        _nodeLabels[node] = -1;
        _copied.Remove(node);
    }

    public void AddEdge(int edge, string key, string type, int start, int end)
    {
        EnsureEdgeCapacity(edge);
        _edgeTypes[edge] = TypeCode(type, create: true);
        _edgeStarts[edge] = start;
        _edgeEnds[edge] = end;
        SetKey(edge, key);
        Insert(start, edge, incoming: false);
        Insert(end, edge, incoming: true);
    }

    public void RemoveEdge(int edge)
    {
        if (!HasEdge(edge))
        {
            return;
        }

        Remove(_edgeStarts[edge], edge, incoming: false);
        Remove(_edgeEnds[edge], edge, incoming: true);
        _edgeTypes[edge] = -1;
        if (_customKeys.Remove(edge, out var custom))
        {
            _edgeByCustomKey.Remove(custom);
        }
    }

    /// <summary>The labels and types the topology knows, in code order: what a load maps names to.</summary>
    public IReadOnlyList<string> Labels => _labels;

    public IReadOnlyList<string> Types => _types;

    /// <summary>
    /// Fills an empty topology: the nodes, which arrive in id order (so their rank in it is their
    /// order of arrival), then every relationship. Each node's slot entries are then sorted as
    /// integers, (slot, rank of the other node), by a counting sort over nodes and a sort within
    /// each node; relationships between the same two nodes are put in key order after.
    /// </summary>
    public void Load(IEnumerable<LoadedNode> nodesInIdOrder, IEnumerable<LoadedEdge> edges)
    {
        var maxNode = -1;
        var ranks = new List<int>();
        foreach (var node in nodesInIdOrder)
        {
            EnsureNodeCapacity(node.Node);
            _nodeIds[node.Node] = node.Id;
            _nodeNames[node.Node] = node.Name;
            _nodeLabels[node.Node] = node.Label >= 0 ? node.Label : LabelCode(node.OtherLabel!, create: true);
            _nodeById[node.Id] = node.Node;
            maxNode = Math.Max(maxNode, node.Node);
            ranks.Add(node.Node);
        }

        var rank = new int[maxNode + 1];
        for (var i = 0; i < ranks.Count; i++)
        {
            rank[ranks[i]] = i;
        }

        var nodeStarts = new int[maxNode + 2];
        var loaded = new List<int>();
        var (lastStartId, lastStart) = ("", -1);
        foreach (var edge in edges)
        {
            // Rows come grouped by start node (so a start id usually repeats), and a lookup in a
            // dictionary of a million ids misses the processor's caches: compare with the last one first.
            if (edge.Start != lastStartId)
            {
                (lastStartId, lastStart) = (edge.Start, _nodeById.TryGetValue(edge.Start, out var found) ? found : -1);
            }

            var start = lastStart;
            if (start < 0 || !_nodeById.TryGetValue(edge.End, out var end))
            {
                continue;
            }

            EnsureEdgeCapacity(edge.Edge);
            _edgeTypes[edge.Edge] = edge.Type >= 0 ? edge.Type : TypeCode(edge.OtherType!, create: true);
            _edgeStarts[edge.Edge] = start;
            _edgeEnds[edge.Edge] = end;
            _edgeSuffixes[edge.Edge] = edge.Suffix;
            if (edge.Suffix < 0)
            {
                _customKeys[edge.Edge] = edge.CustomKey!;
                _edgeByCustomKey[edge.CustomKey!] = edge.Edge;
            }

            nodeStarts[start + 1]++;
            nodeStarts[end + 1]++;
            loaded.Add(edge.Edge);
        }

        // A counting sort over nodes puts each node's entries in one run of the arrays.
        for (var node = 1; node < nodeStarts.Length; node++)
        {
            nodeStarts[node] += nodeStarts[node - 1];
        }

        var next = nodeStarts.AsSpan(0, maxNode + 1).ToArray();
        var sortKeys = new long[loaded.Count * 2];
        var sortedEdges = new int[loaded.Count * 2];
        foreach (var edge in loaded)
        {
            var (start, end) = (_edgeStarts[edge], _edgeEnds[edge]);
            var position = next[start]++;
            sortKeys[position] = ((long)SlotKey(_edgeTypes[edge], false, _nodeLabels[end]) << 32) | (uint)rank[end];
            sortedEdges[position] = edge;
            position = next[end]++;
            sortKeys[position] = ((long)SlotKey(_edgeTypes[edge], true, _nodeLabels[start]) << 32) | (uint)rank[start];
            sortedEdges[position] = edge;
        }

        for (var node = 0; node <= maxNode; node++)
        {
            var (from, count) = (nodeStarts[node], nodeStarts[node + 1] - nodeStarts[node]);
            Array.Sort(sortKeys, sortedEdges, from, count);
            OrderParallelEdges(sortKeys, sortedEdges, from, from + count);
        }

        Pack(sortKeys, sortedEdges, nodeStarts, maxNode);
    }

    /// <summary>Relationships of one type between the same two nodes share a sort key: their keys order them.</summary>
    private void OrderParallelEdges(long[] sortKeys, int[] edges, int from, int end)
    {
        for (var i = from + 1; i < end; i++)
        {
            if (sortKeys[i] != sortKeys[i - 1])
            {
                continue;
            }

            var run = i - 1;
            while (i < end && sortKeys[i] == sortKeys[run])
            {
                i++;
            }

            Array.Sort(edges, run, i - run, Comparer<int>.Create((left, right) => SortKey.CompareText(KeyOf(left), KeyOf(right))));
        }
    }

    /// <summary>The sorted entries become the packed slots: each run of one slot key within a node is a slot.</summary>
    private void Pack(long[] sortKeys, int[] edges, int[] nodeStarts, int maxNode)
    {
        var keys = new List<int>();
        var offsets = new List<int>();
        var counts = new List<int>();
        _slotFirst = new int[maxNode + 2];
        _packed = edges;
        for (var node = 0; node <= maxNode; node++)
        {
            _slotFirst[node] = keys.Count;
            for (var i = nodeStarts[node]; i < nodeStarts[node + 1];)
            {
                var slot = (int)(sortKeys[i] >> 32);
                var start = i;
                while (i < nodeStarts[node + 1] && (int)(sortKeys[i] >> 32) == slot)
                {
                    i++;
                }

                keys.Add(slot);
                offsets.Add(start);
                counts.Add(i - start);
            }
        }

        _slotFirst[maxNode + 1] = keys.Count;
        (_slotKeys, _slotOffsets, _slotCounts) = (keys.ToArray(), offsets.ToArray(), counts.ToArray());
    }

    private void Insert(int node, int edge, bool incoming)
    {
        var key = SlotKey(_edgeTypes[edge], incoming, _nodeLabels[Far(edge, incoming)]);
        var slots = CopySlots(node);
        var index = Array.FindIndex(slots, s => s.Key == key);
        if (index < 0)
        {
            slots = [.. slots, new Slot(key, [])];
            Array.Sort(slots, (left, right) => left.Key.CompareTo(right.Key));
            _copied[node] = slots;
            index = Array.FindIndex(slots, s => s.Key == key);
        }

        var edges = slots[index].Edges;
        var position = 0;
        var high = edges.Length;
        while (position < high)
        {
            var middle = (position + high) >>> 1;
            if (CompareTiebreak(edges[middle], edge, incoming) < 0)
            {
                position = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        slots[index] = new Slot(key, [.. edges.AsSpan(0, position), edge, .. edges.AsSpan(position)]);
    }

    private void Remove(int node, int edge, bool incoming)
    {
        var key = SlotKey(_edgeTypes[edge], incoming, _nodeLabels[Far(edge, incoming)]);
        var slots = CopySlots(node);
        var index = Array.FindIndex(slots, s => s.Key == key);
        if (index >= 0)
        {
            slots[index] = new Slot(key, [.. slots[index].Edges.Where(e => e != edge)]);
        }
    }

    /// <summary>The node's own, changeable slots: copied out of the packed array on its first change.</summary>
    private Slot[] CopySlots(int node)
    {
        if (_copied.TryGetValue(node, out var slots))
        {
            return slots;
        }

        var copy = new List<Slot>();
        if (node + 1 < _slotFirst.Length)
        {
            for (var s = _slotFirst[node]; s < _slotFirst[node + 1]; s++)
            {
                copy.Add(new Slot(_slotKeys[s], _packed.AsSpan(_slotOffsets[s], _slotCounts[s]).ToArray()));
            }
        }

        return _copied[node] = [.. copy];
    }

    private void SetKey(int edge, string key)
    {
        var first = RelationshipKeys.First(NodeId(_edgeStarts[edge]), _types[_edgeTypes[edge]], NodeId(_edgeEnds[edge]));
        var suffix = key == first ? 1 : -1;
        if (suffix < 0 && key.Length > first.Length + 1 && key.StartsWith(first, StringComparison.Ordinal)
            && int.TryParse(key.AsSpan(first.Length + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && RelationshipKeys.Nth(first, n) == key)
        {
            suffix = n;
        }

        _edgeSuffixes[edge] = suffix;
        if (_customKeys.Remove(edge, out var previous))
        {
            _edgeByCustomKey.Remove(previous);
        }

        if (suffix < 0)
        {
            _customKeys[edge] = key;
            _edgeByCustomKey[key] = edge;
        }
    }

    private static int SlotKey(int type, bool incoming, int farLabel) => (type << (LabelBits + 1)) | (incoming ? 1 << LabelBits : 0) | farLabel;

    private static int Code(Dictionary<string, int> codes, List<string> names, string name, bool create, int limit)
    {
        if (codes.TryGetValue(name, out var code))
        {
            return code;
        }

        if (!create)
        {
            return -1;
        }

        if (names.Count >= limit)
        {
            throw new GraphStoreException(StoreErrorKind.InvalidData, $"The graph has more than {limit} distinct labels or relationship types; the SQLite store's index cannot hold more.");
        }

        codes[name] = names.Count;
        names.Add(name);
        return names.Count - 1;
    }

    private void EnsureNodeCapacity(int node)
    {
        if (node >= _nodeIds.Length)
        {
            var size = Math.Max(node + 1, _nodeIds.Length * 2);
            Array.Resize(ref _nodeIds, size);
            Array.Resize(ref _nodeNames, size);
            var labels = _nodeLabels.Length;
            Array.Resize(ref _nodeLabels, size);
            _nodeLabels.AsSpan(labels).Fill(-1);
        }
    }

    private void EnsureEdgeCapacity(int edge)
    {
        if (edge >= _edgeTypes.Length)
        {
            var size = Math.Max(edge + 1, _edgeTypes.Length * 2);
            var types = _edgeTypes.Length;
            Array.Resize(ref _edgeTypes, size);
            _edgeTypes.AsSpan(types).Fill(-1);
            Array.Resize(ref _edgeStarts, size);
            Array.Resize(ref _edgeEnds, size);
            Array.Resize(ref _edgeSuffixes, size);
        }
    }

    private readonly record struct Slot(int Key, int[] Edges);
}

/// <summary>A node as a load reads it: its label as an index into <see cref="Topology.Labels"/>, or -1 and the label's name.</summary>
internal readonly record struct LoadedNode(int Node, string Id, int Label, string? OtherLabel, string Name);

/// <summary>
/// A relationship as a load reads it: its type as an index into <see cref="Topology.Types"/> (or
/// -1 and the type's name), its ends' ids, and its key: n for the n-th key of
/// <see cref="RelationshipKeys"/>' series, or -1 and the key itself.
/// </summary>
internal readonly record struct LoadedEdge(int Edge, int Type, string? OtherType, string Start, string End, int Suffix, string? CustomKey);

/// <summary>A slot seen by a reader: its node, its relationship type, the label of the other ends, its edges in tiebreak order, and which end of them the node is.</summary>
internal readonly record struct SlotView(int Node, int Type, int FarLabel, int[] Array, int Offset, int Count, bool Incoming)
{
    public int this[int index] => Array[Offset + index];
}
