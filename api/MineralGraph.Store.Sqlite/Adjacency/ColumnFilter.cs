using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Sqlite.Adjacency;

/// <summary>
/// The port's conditions on a node (or on a relationship's own properties) tested on the index's
/// columns instead of in SQL, so that counting or filtering thousands of a parent's relationships
/// costs a lookup each rather than a row read and a JSON parse each. It gives the answers
/// <see cref="FilterTranslator"/>'s SQL gives: values compare as SQLite compares them
/// (<see cref="SortKey"/>), a condition on an absent property is unknown and so is its negation,
/// and negations are pushed down to the comparisons. Conditions the columns cannot answer
/// (text search, list membership, relationships of the other node, null values) compile to
/// nothing, and SQL answers them.
/// </summary>
internal static class ColumnFilter
{
    /// <summary>Integers beyond this are not exact as doubles; SQL compares them.</summary>
    private const double ExactIntegerLimit = 9007199254740992;

    /// <summary>A test of every filter on nodes, or null when one needs SQL.</summary>
    public static Func<int, bool>? ForNodes(IReadOnlyList<NodeFilter> filters, AdjacencyIndex index, Topology topology, ITopologySource source)
    {
        if (!filters.All(f => IsAnswerable(f, allowIdentity: true)))
        {
            return null;
        }

        return Compile(new AllFilter(filters), negated: false, property => property switch
        {
            GraphModel.IdProperty => node => SortKey.Of(topology.NodeId(node)),
            GraphModel.NameProperty => node => SortKey.Of(topology.NodeName(node)),
            _ => Reader(topology.NodeLabel, label => index.NodeColumn(topology, source, label, property)),
        });
    }

    /// <summary>A test of every filter on relationships' own properties, or null when one needs SQL.</summary>
    public static Func<int, bool>? ForRelationships(IReadOnlyList<NodeFilter> filters, AdjacencyIndex index, Topology topology, ITopologySource source)
    {
        if (!filters.All(f => IsAnswerable(f, allowIdentity: false)))
        {
            return null;
        }

        return Compile(new AllFilter(filters), negated: false, property => Reader(topology.EdgeType, type => index.EdgeColumn(topology, source, type, property)));
    }

    /// <summary>The filter, or its negation pushed down to the comparisons (De Morgan), as one test.</summary>
    private static Func<int, bool> Compile(NodeFilter filter, bool negated, Func<string, Func<int, SortKey>> valueOf)
    {
        switch (filter)
        {
            case PropertyFilter property:
                return Comparison(property, negated, valueOf(property.Property));
            case NotFilter not:
                return Compile(not.Filter, !negated, valueOf);
            case AllFilter or AnyFilter:
                var (children, every) = filter is AllFilter all ? (all.Filters, !negated) : (((AnyFilter)filter).Filters, negated);
                var tests = children.Select(f => Compile(f, negated, valueOf)).ToArray();
                return every ? record => Array.TrueForAll(tests, test => test(record)) : record => Array.Exists(tests, test => test(record));
            default:
                throw new NotSupportedException($"Filter {filter.GetType().Name} cannot be tested on the index's columns.");
        }
    }

    /// <summary>A comparison, or its negation, which also requires the property, as in SQL.</summary>
    private static Func<int, bool> Comparison(PropertyFilter filter, bool negated, Func<int, SortKey> valueOf)
    {
        Func<SortKey, bool> holds = filter.Operator switch
        {
            FilterOperator.Equals => Ordered(filter.Value, order => order == 0),
            FilterOperator.In => ((IEnumerable<object>)filter.Value).Select(SortKey.Of).ToHashSet().Contains,
            FilterOperator.GreaterThan => Ordered(filter.Value, order => order > 0),
            FilterOperator.GreaterThanOrEqual => Ordered(filter.Value, order => order >= 0),
            FilterOperator.LessThan => Ordered(filter.Value, order => order < 0),
            FilterOperator.LessThanOrEqual => Ordered(filter.Value, order => order <= 0),
            _ => throw new NotSupportedException($"Operator {filter.Operator} cannot be tested on the index's columns."),
        };
        return record => valueOf(record) is var value && value.Kind != SortKeyKind.Absent && holds(value) != negated;
    }

    private static Func<SortKey, bool> Ordered(object value, Func<int, bool> accepts)
    {
        var bound = SortKey.Of(value);
        return key => accepts(key.CompareTo(bound));
    }

    /// <summary>A property of a record read from the column of the record's label (or type), each column fetched once.</summary>
    private static Func<int, SortKey> Reader(Func<int, int> ownerOf, Func<int, SortKey[]> load)
    {
        var columns = new Dictionary<int, SortKey[]>();
        return record =>
        {
            var owner = ownerOf(record);
            if (!columns.TryGetValue(owner, out var column))
            {
                columns[owner] = column = owner < 0 ? [] : load(owner);
            }

            return record < column.Length ? column[record] : SortKey.Absent;
        };
    }

    private static bool IsAnswerable(NodeFilter filter, bool allowIdentity) => filter switch
    {
        PropertyFilter property => IsAnswerable(property, allowIdentity),
        AllFilter all => all.Filters.All(f => IsAnswerable(f, allowIdentity)),
        AnyFilter any => any.Filters.All(f => IsAnswerable(f, allowIdentity)),
        NotFilter not => IsAnswerable(not.Filter, allowIdentity),
        _ => false,
    };

    private static bool IsAnswerable(PropertyFilter filter, bool allowIdentity)
    {
        if (!allowIdentity && filter.Property is GraphModel.IdProperty or GraphModel.NameProperty)
        {
            return false;
        }

        return filter.Operator switch
        {
            FilterOperator.Equals or FilterOperator.GreaterThan or FilterOperator.GreaterThanOrEqual
                or FilterOperator.LessThan or FilterOperator.LessThanOrEqual => IsComparable(filter.Value),
            FilterOperator.In => filter.Value is IEnumerable<object> values && values.All(IsComparable),
            _ => false,
        };
    }

    /// <summary>A value whose <see cref="SortKey"/> is exactly what SQLite compares; null, whose comparisons are unknown in SQL, is not.</summary>
    private static bool IsComparable(object? value) => value switch
    {
        string or bool or DateOnly or int => true,
        long number => Math.Abs((double)number) < ExactIntegerLimit,
        double number => double.IsFinite(number),
        _ => false,
    };
}
