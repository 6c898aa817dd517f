using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Sqlite.Adjacency;

/// <summary>
/// Pages of one read: for each parent, the slots the query walks, each in the query's order,
/// merged, bounded by the cursors and cut at the page size. The work is the page (a binary search
/// per slot, then the items taken), not the parent's degree; a slot is ordered by anything but
/// the tiebreak once, then kept until the graph changes. Conditions on the other node and on the
/// relationship's own properties are checked batch by batch, on the index's columns or in SQLite.
/// </summary>
internal sealed class AdjacencyReader(AdjacencyIndex index, Topology topology, ITopologySource source, ReadWork? work)
{
    /// <summary>Far nodes checked against the conditions in the first batch; each further batch doubles, up to the last.</summary>
    private const int FirstFilterBatch = 32;
    private const int LastFilterBatch = 4096;

    /// <summary>
    /// Candidates from which conditions are tested on the index's columns: reading a column once
    /// (every node of a label) is worth it for counts and long scans, not for a few rows.
    /// </summary>
    private const int ColumnFilterMinimum = 256;

    /// <summary>The relationships of one parent in scan order (reversed for backward pages), with one item more than the page when more follow.</summary>
    public ScannedPage Scan(string parentId, RelationshipQuery query)
    {
        var type = topology.TypeCode(query.Type);
        if (type < 0 || !topology.TryGetNode(parentId, out var parent))
        {
            return new ScannedPage([], query.IncludeTotalCount ? 0 : null);
        }

        var slots = new List<SlotView>();
        var farLabels = query.OtherLabels is null ? null : query.OtherLabels.Select(l => topology.LabelCode(l)).Where(c => c >= 0).ToArray();
        if (query.Direction is Direction.Outgoing or Direction.Both)
        {
            topology.CollectSlots(parent, type, incoming: false, farLabels, slots);
        }

        if (query.Direction is Direction.Incoming or Direction.Both)
        {
            topology.CollectSlots(parent, type, incoming: true, farLabels, slots);
        }

        long? total = query.IncludeTotalCount ? Count(slots, query) : null;
        if (!query.IncludeItems || slots.Count == 0)
        {
            return new ScannedPage([], total);
        }

        var runs = slots.Select(slot => Bounded(slot, query.Sort, query.Page)).Where(r => r.Low < r.High).ToList();
        var walkAscending = !(query.Sort.Descending ^ query.Page.IsBackward);
        var wanted = query.Page.Size + 1;
        var items = new List<ScannedEdge>(Math.Min(wanted, 128));
        if (query.OtherFilters.Count == 0 && query.RelationshipFilters.Count == 0)
        {
            foreach (var item in Merge(runs, walkAscending))
            {
                items.Add(item);
                if (items.Count == wanted)
                {
                    break;
                }
            }

            return new ScannedPage(items, total);
        }

        using var candidates = Merge(runs, walkAscending).GetEnumerator();
        var batch = new List<ScannedEdge>();
        var batchSize = FirstFilterBatch;
        var exhausted = false;
        while (items.Count < wanted && !exhausted)
        {
            batch.Clear();
            while (batch.Count < batchSize && !(exhausted = !candidates.MoveNext()))
            {
                batch.Add(candidates.Current);
            }

            var passes = Passing(batch, query);
            foreach (var candidate in batch.Where(passes))
            {
                items.Add(candidate);
                if (items.Count == wanted)
                {
                    break;
                }
            }

            batchSize = Math.Min(batchSize * 2, LastFilterBatch);
        }

        return new ScannedPage(items, total);
    }

    /// <summary>A relationship as the topology knows it: everything but its properties.</summary>
    public RelationshipRecord Relationship(int edge) =>
        new(topology.KeyOf(edge), topology.TypeName(topology.EdgeType(edge)), topology.NodeId(topology.Far(edge, incoming: true)), topology.NodeId(topology.Far(edge, incoming: false)), EmptyProperties);

    /// <summary>A node as the topology knows it: id, label and name.</summary>
    public NodeRecord Node(int node) =>
        new(topology.NodeId(node), topology.LabelName(topology.NodeLabel(node)), new Dictionary<string, object?>(1, StringComparer.Ordinal) { [GraphModel.NameProperty] = topology.NodeName(node) });

    private static readonly IReadOnlyDictionary<string, object?> EmptyProperties = new Dictionary<string, object?>();

    private long Count(List<SlotView> slots, RelationshipQuery query)
    {
        if (query.OtherFilters.Count == 0 && query.RelationshipFilters.Count == 0)
        {
            return slots.Sum(s => (long)s.Count);
        }

        var candidates = new List<ScannedEdge>();
        work?.Visited(slots.Sum(s => (long)s.Count));
        foreach (var slot in slots)
        {
            for (var i = 0; i < slot.Count; i++)
            {
                candidates.Add(new ScannedEdge(slot[i], topology.Far(slot[i], slot.Incoming)));
            }
        }

        return candidates.Count(Passing(candidates, query));
    }

    /// <summary>
    /// The relationships among the candidates whose other node passes the query's conditions on it,
    /// and which pass their own: on the index's columns where they can answer and the candidates
    /// are many, else in SQLite, in the reader's snapshot.
    /// </summary>
    private Func<ScannedEdge, bool> Passing(IReadOnlyCollection<ScannedEdge> candidates, RelationshipQuery query)
    {
        var onColumns = candidates.Count >= ColumnFilterMinimum;
        var farTest = onColumns && query.OtherFilters.Count > 0 ? ColumnFilter.ForNodes(query.OtherFilters, index, topology, source) : null;
        var ownTest = onColumns && query.RelationshipFilters.Count > 0 ? ColumnFilter.ForRelationships(query.RelationshipFilters, index, topology, source) : null;
        var far = query.OtherFilters.Count == 0 || farTest is not null ? null : source.Passing(candidates.Select(c => c.Far).ToHashSet(), query.OtherFilters);
        var own = query.RelationshipFilters.Count == 0 || ownTest is not null ? null : source.PassingRelationships(candidates.Select(c => c.Edge).ToHashSet(), query.RelationshipFilters);
        return c => (far?.Contains(c.Far) ?? farTest?.Invoke(c.Far) ?? true) && (own?.Contains(c.Edge) ?? ownTest?.Invoke(c.Edge) ?? true);
    }

    /// <summary>The k-way merge of the slots' runs in walk order: k is the number of labels (and directions) walked, a handful.</summary>
    private IEnumerable<ScannedEdge> Merge(List<Run> runs, bool ascending)
    {
        var next = runs.Select(r => ascending ? r.Low : r.High - 1).ToArray();
        while (true)
        {
            var best = -1;
            for (var i = 0; i < runs.Count; i++)
            {
                if (next[i] < runs[i].Low || next[i] >= runs[i].High)
                {
                    continue;
                }

                if (best < 0)
                {
                    best = i;
                    continue;
                }

                work?.Visited(1);
                var order = Compare(runs[i], runs[i].Edges[next[i]], runs[best], runs[best].Edges[next[best]]);
                if (ascending ? order < 0 : order > 0)
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                yield break;
            }

            work?.Visited(1);
            var run = runs[best];
            var edge = run.Edges[next[best]];
            next[best] += ascending ? 1 : -1;
            yield return new ScannedEdge(edge, topology.Far(edge, run.Slot.Incoming));
        }
    }

    /// <summary>The slot in ascending sort order, and the part of it strictly between the cursors.</summary>
    private Run Bounded(SlotView slot, SortOrder sort, PageRequest page)
    {
        // In tiebreak order the slot is read where it lies (positions are the slot's own in its array).
        var values = IsTiebreakOrder(sort) ? null : Values(slot, sort);
        var run = values is null
            ? new Run(slot, null, slot.Array, slot.Offset, slot.Offset + slot.Count)
            : new Run(slot, values, index.CachedOrder(slot, sort, () => Sort(slot, values)) ?? Sort(slot, values), 0, slot.Count);
        var (lower, upper) = sort.Descending ? (page.Before, page.After) : (page.After, page.Before);
        var low = lower is { } l ? Search(run, sort, l, inclusive: false) : run.Low;
        var high = upper is { } u ? Search(run, sort, u, inclusive: true) : run.High;
        return run with { Low = low, High = high };
    }

    /// <summary>The first position whose item is after the cursor (or, inclusive, not before it) in ascending order.</summary>
    private int Search(Run run, SortOrder sort, Cursor cursor, bool inclusive)
    {
        var value = SortKey.Of(cursor.SortValue);
        var (low, high) = (run.Low, run.High);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            work?.Visited(1);
            var order = CompareToCursor(run, run.Edges[middle], sort, value, cursor);
            if (order < 0 || (order == 0 && !inclusive))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The slot's edges in ascending order of value, then tiebreak.</summary>
    private int[] Sort(SlotView slot, Func<int, SortKey> valueOf)
    {
        work?.Visited(slot.Count * (1 + (long)Math.Log2(slot.Count + 1)));
        var edges = slot.Array.AsSpan(slot.Offset, slot.Count).ToArray();
        var values = new SortKey[edges.Length];
        for (var i = 0; i < edges.Length; i++)
        {
            values[i] = valueOf(edges[i]);
        }

        var positions = Enumerable.Range(0, edges.Length).ToArray();
        // The slot is already in tiebreak order, so among equal values the earlier position wins.
        Array.Sort(positions, (left, right) =>
        {
            var order = values[left].CompareTo(values[right]);
            return order != 0 ? order : left.CompareTo(right);
        });
        return [.. positions.Select(p => edges[p])];
    }

    private static bool IsTiebreakOrder(SortOrder sort) => sort is { Target: SortTarget.Node, Property: GraphModel.IdProperty };

    /// <summary>How the sort reads an edge of this slot: a relationship property, or the other node's name or property.</summary>
    private Func<int, SortKey> Values(SlotView slot, SortOrder sort)
    {
        if (sort.Target == SortTarget.Relationship)
        {
            var column = index.EdgeColumn(topology, source, topology.EdgeType(slot[0]), sort.Property);
            return edge => edge < column.Length ? column[edge] : SortKey.Absent;
        }

        if (sort.Property == GraphModel.NameProperty)
        {
            return edge => SortKey.Of(topology.NodeName(topology.Far(edge, slot.Incoming)));
        }

        var values = index.NodeColumn(topology, source, slot.FarLabel, sort.Property);
        return edge =>
        {
            var far = topology.Far(edge, slot.Incoming);
            return far < values.Length ? values[far] : SortKey.Absent;
        };
    }

    private int Compare(Run leftRun, int left, Run rightRun, int right)
    {
        if (leftRun.Values is { } leftValues)
        {
            var order = leftValues(left).CompareTo(rightRun.Values!(right));
            if (order != 0)
            {
                return order;
            }
        }

        var (leftFar, rightFar) = (topology.Far(left, leftRun.Slot.Incoming), topology.Far(right, rightRun.Slot.Incoming));
        var byId = leftFar == rightFar ? 0 : SortKey.CompareText(topology.NodeId(leftFar), topology.NodeId(rightFar));
        return byId != 0 || left == right ? byId : SortKey.CompareText(topology.KeyOf(left), topology.KeyOf(right));
    }

    private int CompareToCursor(Run run, int edge, SortOrder sort, SortKey value, Cursor cursor)
    {
        var far = topology.Far(edge, run.Slot.Incoming);
        if (run.Values is { } values)
        {
            var order = values(edge).CompareTo(value);
            if (order != 0)
            {
                return order;
            }
        }

        var byId = SortKey.CompareText(topology.NodeId(far), cursor.OtherId ?? (IsTiebreakOrder(sort) ? cursor.SortValue as string : null) ?? "");
        return byId != 0 ? byId : SortKey.CompareText(topology.KeyOf(edge), cursor.Key);
    }

    /// <summary>A slot in ascending sort order (<see cref="Values"/> null for the tiebreak order) and the range the cursors leave.</summary>
    private readonly record struct Run(SlotView Slot, Func<int, SortKey>? Values, int[] Edges, int Low, int High);
}

/// <summary>A relationship of a page and the node at its other end, by rowid.</summary>
internal readonly record struct ScannedEdge(int Edge, int Far);

/// <summary>A parent's page in scan order, before its rows are read.</summary>
internal sealed record ScannedPage(IReadOnlyList<ScannedEdge> Items, long? Total);
