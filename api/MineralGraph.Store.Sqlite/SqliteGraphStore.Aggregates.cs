using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string NoParent = "";

    /// <summary>
    /// One statement: the matching nodes once (a materialized CTE), then one grouped SELECT per
    /// figure, joined by UNION ALL into rows of (figure, parent, value, count).
    /// </summary>
    public async Task<AggregateResult> AggregateNodesAsync(NodeAggregateQuery query, CancellationToken cancellationToken)
    {
        var label = _model.GetLabel(query.Label);
        var parameters = new SqlParameters();
        var hits = new StringBuilder("SELECT '' AS parent, n.id AS oid, n.name AS oname, n.props AS oprops, NULL AS eprops FROM node n WHERE n.label = ")
            .Append(parameters.Add(query.Label));
        FilterTranslator.AppendConditions(hits, "n", query.Filters, parameters);
        var results = await AggregateAsync(hits.ToString(), query.Aggregations, aggregation => aggregation.Property is { } property ? label.FindProperty(property) : null, parameters, cancellationToken);
        return results.GetValueOrDefault(NoParent) ?? AggregateResult.Empty(query.Aggregations);
    }

    public async Task<IReadOnlyDictionary<string, AggregateResult>> AggregateRelationshipsAsync(RelationshipAggregateQuery query, CancellationToken cancellationToken)
    {
        if (query.ParentIds.Count == 0)
        {
            return new Dictionary<string, AggregateResult>();
        }

        var parameters = new SqlParameters();
        var parents = parameters.AddList(query.ParentIds.Distinct(StringComparer.Ordinal));
        var type = parameters.Add(query.Type);
        var labels = query.OtherLabels is { Count: > 0 } ? parameters.AddList(query.OtherLabels) : null;
        var hits = new StringBuilder();
        foreach (var (near, far) in FilterTranslator.Ends(query.Direction))
        {
            if (hits.Length > 0)
            {
                hits.Append(" UNION ALL ");
            }

            hits.Append("SELECT p.value AS parent, o.id AS oid, o.name AS oname, o.props AS oprops, e.props AS eprops FROM json_each(").Append(parents)
                .Append(") p CROSS JOIN edge e ON e.").Append(near).Append(" = p.value AND e.type = ").Append(type)
                .Append(" CROSS JOIN node o ON o.id = e.").Append(far).Append(" WHERE 1 = 1");
            if (labels is not null)
            {
                hits.Append(" AND o.label IN (SELECT value FROM json_each(").Append(labels).Append("))");
            }

            FilterTranslator.AppendConditions(hits, "o", query.OtherFilters, parameters);
            FilterTranslator.AppendEdgeConditions(hits, "e", query.RelationshipFilters, parameters);
        }

        var results = await AggregateAsync(hits.ToString(), query.Aggregations, aggregation => query.PropertyOf(_model, aggregation), parameters, cancellationToken);
        return query.ParentIds.Distinct(StringComparer.Ordinal)
            .ToDictionary(parent => parent, parent => results.GetValueOrDefault(parent) ?? AggregateResult.Empty(query.Aggregations), StringComparer.Ordinal);
    }

    private Task<Dictionary<string, AggregateResult>> AggregateAsync(
        string hits, IReadOnlyList<Aggregation> aggregations, Func<Aggregation, PropertyDefinition?> propertyOf, SqlParameters parameters, CancellationToken cancellationToken)
    {
        var figures = aggregations.Distinct().ToList();
        var sql = new StringBuilder("WITH hits AS MATERIALIZED (").Append(hits).Append(')');
        for (var i = 0; i < figures.Count; i++)
        {
            sql.Append(i == 0 ? " " : " UNION ALL ").Append(FigureSql(i, figures[i]));
        }

        return RunAsync(async connection =>
        {
            var rows = new Dictionary<string, Dictionary<Aggregation, object?>>(StringComparer.Ordinal);
            var groups = new Dictionary<(string Parent, Aggregation Figure), List<ValueCount>>();
            await using (var command = CreateCommand(connection, sql.ToString(), parameters))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var figure = figures[reader.GetInt32(0)];
                    var parent = reader.GetString(1);
                    var value = AggregateResult.Decode(figure, reader.IsDBNull(2) ? null : reader.GetValue(2), propertyOf(figure)?.Type);
                    if (figure.Function == AggregateFunction.CountByValue)
                    {
                        groups.TryAdd((parent, figure), []);
                        groups[(parent, figure)].Add(new ValueCount(value, reader.GetInt64(3)));
                    }
                    else
                    {
                        if (!rows.TryGetValue(parent, out var values))
                        {
                            values = [];
                            rows[parent] = values;
                        }

                        values[figure] = figure.Function == AggregateFunction.Count ? reader.GetInt64(3) : value;
                    }
                }
            }

            var results = new Dictionary<string, AggregateResult>(StringComparer.Ordinal);
            foreach (var parent in rows.Keys.Concat(groups.Keys.Select(k => k.Parent)).Distinct(StringComparer.Ordinal))
            {
                var values = new Dictionary<Aggregation, object?>(AggregateResult.Empty(figures).Values);
                foreach (var (figure, value) in rows.GetValueOrDefault(parent) ?? [])
                {
                    values[figure] = value;
                }

                foreach (var figure in figures.Where(f => groups.ContainsKey((parent, f))))
                {
                    values[figure] = AggregateResult.Order(groups[(parent, figure)]);
                }

                results[parent] = new AggregateResult(values);
            }

            return results;
        }, cancellationToken);
    }

    /// <summary>One figure as rows of (its index, parent, value, count) over the hits.</summary>
    private static string FigureSql(int index, Aggregation figure)
    {
        var i = index.ToString(CultureInfo.InvariantCulture);
        if (figure.Function == AggregateFunction.Count)
        {
            return $"SELECT {i}, parent, NULL, count(*) FROM hits GROUP BY parent";
        }

        var value = ValueOf(figure);
        return figure.Function switch
        {
            AggregateFunction.Min => $"SELECT {i}, parent, min({value}), NULL FROM hits GROUP BY parent",
            AggregateFunction.Max => $"SELECT {i}, parent, max({value}), NULL FROM hits GROUP BY parent",
            AggregateFunction.Sum => $"SELECT {i}, parent, sum({value}), NULL FROM hits GROUP BY parent",
            AggregateFunction.Average => $"SELECT {i}, parent, avg({value}), NULL FROM hits GROUP BY parent",
            AggregateFunction.CountByValue => $"SELECT {i}, parent, v, c FROM (SELECT parent, {value} AS v, count(*) AS c FROM hits GROUP BY parent, v)",
            _ => throw new NotSupportedException($"Aggregate {figure.Function} is not supported by the SQLite store."),
        };
    }

    /// <summary>A property's raw value in the hits, null when absent (unlike the blob stand-in filters and sorts use, which would count as a value).</summary>
    private static string ValueOf(Aggregation figure) => (figure.Target, figure.Property) switch
    {
        (SortTarget.Node, GraphModel.IdProperty) => "oid",
        (SortTarget.Node, GraphModel.NameProperty) => "oname",
        (SortTarget.Node, { } property) => $"json_extract(oprops, '$.{SqliteSchema.CheckIdentifier(property)}')",
        (SortTarget.Relationship, { } property) => $"json_extract(eprops, '$.{SqliteSchema.CheckIdentifier(property)}')",
        _ => throw new GraphStoreException(StoreErrorKind.InvalidData, $"Aggregate {figure.Function} needs a property."),
    };
}
