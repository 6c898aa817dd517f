using System.Globalization;
using System.Text;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// One statement: a CALL subquery that aggregates every count, minimum, maximum, sum and
    /// average in one pass, and one per count by value, which groups and collects.
    /// </summary>
    public async Task<AggregateResult> AggregateNodesAsync(NodeAggregateQuery query, CancellationToken cancellationToken)
    {
        var label = _names.Model.GetLabel(query.Label);
        var parameters = new CypherParameters();
        var match = $"MATCH (o:{_names.Label(query.Label)}){Where(_filters.Predicate("o", query.Filters, parameters))}";
        var (cypher, figures) = AggregateStatement("", "", match, query.Aggregations);
        var result = await _executor.RunAsync(new CypherStatement(cypher, parameters.Values), AccessMode.Read, cancellationToken);
        return result.Rows.Count == 0
            ? AggregateResult.Empty(figures)
            : ReadFigures(result.Rows[0], 0, figures, figure => figure.Property is { } property ? label.FindProperty(property) : null);
    }

    /// <summary>Per parent, as <see cref="GetRelationshipsAsync"/> walks: <c>UNWIND $parents</c>, then the figures' CALL subqueries, each finding the parent by id.</summary>
    public async Task<IReadOnlyDictionary<string, AggregateResult>> AggregateRelationshipsAsync(RelationshipAggregateQuery query, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, AggregateResult>(StringComparer.Ordinal);
        if (query.ParentIds.Count == 0)
        {
            return results;
        }

        var parameters = new CypherParameters();
        var parents = parameters.Add("parents", query.ParentIds.Distinct(StringComparer.Ordinal).ToArray());
        var walk = Walk(query.Type, query.Direction, query.OtherLabels);
        walk.Append(Where(Both(_filters.Predicate("o", query.OtherFilters, parameters), _filters.RelationshipPredicate("r", query.RelationshipFilters, parameters))));

        var (cypher, figures) = AggregateStatement($"UNWIND {parents} AS parentId\n", "parentId", walk.ToString(), query.Aggregations);
        var result = await _executor.RunAsync(new CypherStatement(cypher, parameters.Values), AccessMode.Read, cancellationToken);
        foreach (var row in result.Rows)
        {
            results[(string)row[0]!] = ReadFigures(row, 1, figures, figure => query.PropertyOf(_names.Model, figure));
        }

        foreach (var parent in query.ParentIds)
        {
            results.TryAdd(parent, AggregateResult.Empty(figures));
        }

        return results;
    }

    /// <summary>
    /// The parent found by id (<c>parentId</c>) among the labels it can hold, then <c>MATCH</c> of
    /// its relationships <c>r</c> of the type to the other nodes <c>o</c>: the start of every
    /// per-parent subquery, pages' and figures' alike.
    /// </summary>
    private StringBuilder Walk(string type, Direction direction, IReadOnlyList<string>? otherLabels)
    {
        var definition = _names.Relationship(type);
        var parentLabels = direction switch
        {
            Direction.Outgoing => definition.From,
            Direction.Incoming => definition.To,
            _ => definition.From.Concat(definition.To),
        };
        var walk = new StringBuilder();
        NodeLookup.Append(walk, _names, "parent", "parentId", parentLabels, "parentId");
        walk.Append("  MATCH ");
        _filters.AppendPattern(walk, "parent", "r", _names.Type(type), direction, "o", otherLabels);
        return walk;
    }

    /// <summary>
    /// The statement's CALL subqueries over <paramref name="match"/> (which binds <c>o</c>, and
    /// <c>r</c> over relationships), returning <paramref name="imports"/> then one column per figure.
    /// </summary>
    private (string Cypher, List<Aggregation> Figures) AggregateStatement(string prefix, string imports, string match, IReadOnlyList<Aggregation> aggregations)
    {
        var figures = aggregations.Distinct().ToList();
        var cypher = new StringBuilder(prefix);
        var scalars = figures.Select((figure, i) => (Figure: figure, Column: Column(i))).Where(f => f.Figure.Function != AggregateFunction.CountByValue).ToList();
        if (scalars.Count > 0)
        {
            cypher.Append("CALL (").Append(imports).Append(") {\n  ").Append(match).Append("\n  RETURN ")
                .AppendJoin(", ", scalars.Select(s => $"{ScalarCypher(s.Figure)} AS {s.Column}")).Append("\n}\n");
        }

        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].Function == AggregateFunction.CountByValue)
            {
                cypher.Append("CALL (").Append(imports).Append(") {\n  ").Append(match).Append("\n  WITH ").Append(ValueOf(figures[i]))
                    .Append(" AS value, count(*) AS records\n  RETURN collect([value, records]) AS ").Append(Column(i)).Append("\n}\n");
            }
        }

        cypher.Append("RETURN ").AppendJoin(", ", (imports.Length > 0 ? [imports] : Array.Empty<string>()).Concat(figures.Select((_, i) => Column(i))));
        return (cypher.ToString(), figures);
    }

    private string ScalarCypher(Aggregation figure) => figure.Function switch
    {
        AggregateFunction.Count => "count(*)",
        AggregateFunction.Min => $"min({ValueOf(figure)})",
        AggregateFunction.Max => $"max({ValueOf(figure)})",
        // Cypher sums no values to 0; the port says null, as SQL does.
        AggregateFunction.Sum => $"CASE WHEN count({ValueOf(figure)}) = 0 THEN null ELSE sum({ValueOf(figure)}) END",
        AggregateFunction.Average => $"avg({ValueOf(figure)})",
        _ => throw new GraphStoreException(StoreErrorKind.InvalidData, $"Aggregate {figure.Function} is not supported by the Neo4j store."),
    };

    private string ValueOf(Aggregation figure) =>
        _filters.ValueOf(figure.Target == SortTarget.Relationship ? "r" : "o", figure.Property ?? throw new GraphStoreException(StoreErrorKind.InvalidData, $"Aggregate {figure.Function} needs a property."));

    private static string Column(int index) => "f" + index.ToString(CultureInfo.InvariantCulture);

    private static AggregateResult ReadFigures(IReadOnlyList<object?> row, int first, List<Aggregation> figures, Func<Aggregation, PropertyDefinition?> propertyOf)
    {
        var values = new Dictionary<Aggregation, object?>();
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            var type = propertyOf(figure)?.Type;
            values[figure] = figure.Function == AggregateFunction.CountByValue
                ? AggregateResult.Order(((IEnumerable<object?>)row[first + i]!).Select(entry => (List<object?>)entry!)
                    .Select(pair => new ValueCount(AggregateResult.DecodeValue(RecordReader.Coerce(pair[0], type), type), (long)pair[1]!)))
                : AggregateResult.Decode(figure, RecordReader.Coerce(row[first + i], type), type);
        }

        return new AggregateResult(values);
    }
}
