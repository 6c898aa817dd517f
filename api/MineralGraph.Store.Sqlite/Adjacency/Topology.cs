using System.Runtime.InteropServices;
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
                    into.Add(new SlotView(node, slot.Key - low, slot.Edges, 0, slot.Edges.Length, incoming));
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
                into.Add(new SlotView(node, key - low, _packed, _slotOffsets[s], _slotCounts[s], incoming));
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

    /// <summary>Fills an empty topology: nodes first, then every edge, packed slot by slot in tiebreak order.</summary>
    public void Load(IEnumerable<(int Node, string Id, string Label, string Name)> nodes, IEnumerable<(int Edge, string Key, string Type, string Start, string End)> edges)
    {
        var maxNode = 0;
        foreach (var (node, id, label, name) in nodes)
        {
            SetNode(node, id, label, name);
            maxNode = Math.Max(maxNode, node);
        }

        var entries = new List<SlotEntry>();
        foreach (var (edge, key, type, startId, endId) in edges)
        {
            if (!_nodeById.TryGetValue(startId, out var start) || !_nodeById.TryGetValue(endId, out var end))
            {
                continue;
            }

            EnsureEdgeCapacity(edge);
            var code = TypeCode(type, create: true);
            _edgeTypes[edge] = code;
            _edgeStarts[edge] = start;
            _edgeEnds[edge] = end;
            SetKey(edge, key);
            entries.Add(new SlotEntry(start, SlotKey(code, false, _nodeLabels[end]), end, edge));
            entries.Add(new SlotEntry(end, SlotKey(code, true, _nodeLabels[start]), start, edge));
        }

        var rank = RankNodesById(maxNode);
        var sorted = CollectionsMarshal.AsSpan(entries);
        sorted.Sort((left, right) =>
        {
            var order = left.Node.CompareTo(right.Node);
            if (order == 0)
            {
                order = left.Slot.CompareTo(right.Slot);
            }

            if (order == 0)
            {
                order = rank[left.Far].CompareTo(rank[right.Far]);
            }

            return order != 0 || left.Edge == right.Edge ? order : SortKey.CompareText(KeyOf(left.Edge), KeyOf(right.Edge));
        });

        Pack(sorted, maxNode);
    }

    private void Pack(ReadOnlySpan<SlotEntry> sorted, int maxNode)
    {
        var keys = new List<int>();
        var offsets = new List<int>();
        var counts = new List<int>();
        _slotFirst = new int[maxNode + 2];
        _packed = new int[sorted.Length];
        var i = 0;
        for (var node = 0; node <= maxNode; node++)
        {
            _slotFirst[node] = keys.Count;
            while (i < sorted.Length && sorted[i].Node == node)
            {
                var slot = sorted[i].Slot;
                keys.Add(slot);
                offsets.Add(i);
                var start = i;
                while (i < sorted.Length && sorted[i].Node == node && sorted[i].Slot == slot)
                {
                    _packed[i] = sorted[i].Edge;
                    i++;
                }

                counts.Add(i - start);
            }
        }

        _slotFirst[maxNode + 1] = keys.Count;
        (_slotKeys, _slotOffsets, _slotCounts) = (keys.ToArray(), offsets.ToArray(), counts.ToArray());
    }

    /// <summary>Each node's position in id order, so the load sorts millions of slot entries by integers, not strings.</summary>
    private int[] RankNodesById(int maxNode)
    {
        var order = Enumerable.Range(0, maxNode + 1).Where(HasNode).ToArray();
        Array.Sort(order, (left, right) => SortKey.CompareText(NodeId(left), NodeId(right)));
        var rank = new int[maxNode + 1];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        return rank;
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

    private readonly record struct SlotEntry(int Node, int Slot, int Far, int Edge);

    private readonly record struct Slot(int Key, int[] Edges);
}

/// <summary>A slot seen by a reader: its node, the label of the other ends, its edges in tiebreak order, and which end of them the node is.</summary>
internal readonly record struct SlotView(int Node, int FarLabel, int[] Array, int Offset, int Count, bool Incoming)
{
    public int this[int index] => Array[Offset + index];
}
