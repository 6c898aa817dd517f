using System.Text;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Sqlite;

/// <summary>
/// Turns the port's filters into a SQL condition on a node alias (or on an edge alias, for a
/// relationship's own properties). Negations are pushed down to the comparisons, where a
/// negated comparison also requires the property: SQL's and Cypher's three-valued logic, in
/// which a condition on an absent property is unknown and so is its negation, spelled out for
/// absent values that are stored as the empty blob.
/// </summary>
internal static class FilterTranslator
{
    public static void AppendConditions(StringBuilder sql, string alias, IReadOnlyList<NodeFilter> filters, SqlParameters parameters, int depth = 0)
    {
        foreach (var filter in filters)
        {
            sql.Append(" AND ");
            AppendCondition(sql, alias, filter, negated: false, parameters, depth);
        }
    }

    /// <summary>Conditions on the properties of the relationship behind <paramref name="edgeAlias"/> (an <c>edge</c> row).</summary>
    public static void AppendEdgeConditions(StringBuilder sql, string edgeAlias, IReadOnlyList<NodeFilter> filters, SqlParameters parameters)
    {
        if (filters.Any(NodeFilters.WalksRelationships))
        {
            throw new GraphStoreException(StoreErrorKind.InvalidData, "A relationship's own conditions can test its properties, not relationships of its own; move that condition to the node.");
        }

        AppendConditions(sql, edgeAlias, filters, parameters);
    }

    private static void AppendCondition(StringBuilder sql, string alias, NodeFilter filter, bool negated, SqlParameters parameters, int depth)
    {
        switch (filter)
        {
            case PropertyFilter property when negated:
                if (property.Property is not (GraphModel.IdProperty or GraphModel.NameProperty))
                {
                    sql.Append('(').Append(TextOf(alias, property.Property)).Append(" IS NOT NULL AND ");
                }
                else
                {
                    sql.Append('(');
                }

                sql.Append("NOT (");
                AppendProperty(sql, alias, property, parameters);
                sql.Append("))");
                break;
            case PropertyFilter property:
                sql.Append('(');
                AppendProperty(sql, alias, property, parameters);
                sql.Append(')');
                break;
            case RelationshipFilter relationship:
                AppendRelationship(sql, alias, negated ? relationship with { Quantifier = Opposite(relationship.Quantifier) } : relationship, parameters, depth);
                break;
            case AllFilter all:
                AppendJunction(sql, alias, all.Filters, negated ? " OR " : " AND ", negated, parameters, depth);
                break;
            case AnyFilter any:
                AppendJunction(sql, alias, any.Filters, negated ? " AND " : " OR ", negated, parameters, depth);
                break;
            case NotFilter not:
                AppendCondition(sql, alias, not.Filter, !negated, parameters, depth);
                break;
            default:
                throw new NotSupportedException($"Filter {filter.GetType().Name} is not supported by the SQLite store.");
        }
    }

    /// <summary>The filters joined by AND or OR; with none, AND holds and OR does not.</summary>
    private static void AppendJunction(StringBuilder sql, string alias, IReadOnlyList<NodeFilter> filters, string junction, bool negated, SqlParameters parameters, int depth)
    {
        if (filters.Count == 0)
        {
            sql.Append(junction == " AND " ? "1" : "0");
            return;
        }

        sql.Append('(');
        for (var i = 0; i < filters.Count; i++)
        {
            if (i > 0)
            {
                sql.Append(junction);
            }

            AppendCondition(sql, alias, filters[i], negated, parameters, depth);
        }

        sql.Append(')');
    }

    private static Quantifier Opposite(Quantifier quantifier) => quantifier == Quantifier.Some ? Quantifier.None : Quantifier.Some;

    /// <summary>The expression a property is compared and sorted by; see <see cref="SqliteSchema.NodeValue"/>.</summary>
    public static string ValueOf(string alias, string property) => property switch
    {
        GraphModel.IdProperty => alias + ".id",
        GraphModel.NameProperty => alias + ".name",
        _ => SqliteSchema.NodeValue(alias + ".props", property),
    };

    /// <summary>The raw value, null when absent, for text functions that must not see the blob stand-in.</summary>
    private static string TextOf(string alias, string property) => property switch
    {
        GraphModel.IdProperty or GraphModel.NameProperty => ValueOf(alias, property),
        _ => $"json_extract({alias}.props, '$.{SqliteSchema.CheckIdentifier(property)}')",
    };

    private static void AppendProperty(StringBuilder sql, string alias, PropertyFilter filter, SqlParameters parameters)
    {
        var value = ValueOf(alias, filter.Property);
        switch (filter.Operator)
        {
            case FilterOperator.Equals:
                sql.Append(value).Append(" = ").Append(parameters.Add(filter.Value));
                break;
            case FilterOperator.In:
                sql.Append(value).Append(" IN (SELECT value FROM json_each(").Append(parameters.AddList((IEnumerable<object>)filter.Value)).Append("))");
                break;
            case FilterOperator.Contains:
                sql.Append("instr(mg_fold(").Append(TextOf(alias, filter.Property)).Append("), mg_fold(").Append(parameters.Add(filter.Value)).Append(")) > 0");
                break;
            case FilterOperator.StartsWith:
                var prefix = parameters.Add(filter.Value);
                sql.Append("substr(mg_fold(").Append(TextOf(alias, filter.Property)).Append("), 1, length(").Append(prefix).Append(")) = mg_fold(").Append(prefix).Append(')');
                break;
            case FilterOperator.GreaterThan:
            case FilterOperator.GreaterThanOrEqual:
                // An absent value is the empty blob, which sorts above everything: exclude it explicitly.
                sql.Append(value).Append(filter.Operator == FilterOperator.GreaterThan ? " > " : " >= ").Append(parameters.Add(filter.Value))
                    .Append(" AND ").Append(value).Append(" < x''");
                break;
            case FilterOperator.LessThan:
                sql.Append(value).Append(" < ").Append(parameters.Add(filter.Value));
                break;
            case FilterOperator.LessThanOrEqual:
                sql.Append(value).Append(" <= ").Append(parameters.Add(filter.Value));
                break;
            case FilterOperator.Includes:
                sql.Append("EXISTS (SELECT 1 FROM json_each(").Append(alias).Append(".props, '$.").Append(SqliteSchema.CheckIdentifier(filter.Property))
                    .Append("') WHERE value = ").Append(parameters.Add(filter.Value)).Append(')');
                break;
            default:
                throw new NotSupportedException($"Operator {filter.Operator} is not supported by the SQLite store.");
        }
    }

    private static void AppendRelationship(StringBuilder sql, string alias, RelationshipFilter filter, SqlParameters parameters, int depth)
    {
        var other = "o" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var edge = "e" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var type = parameters.Add(filter.Type);
        sql.Append(filter.Quantifier == Quantifier.None ? "NOT (" : "(");
        var first = true;
        foreach (var (near, far) in Ends(filter.Direction))
        {
            if (!first)
            {
                sql.Append(" OR ");
            }

            first = false;
            sql.Append("EXISTS (SELECT 1 FROM edge ").Append(edge).Append(" JOIN node ").Append(other)
                .Append(" ON ").Append(other).Append(".id = ").Append(edge).Append('.').Append(far)
                .Append(" WHERE ").Append(edge).Append('.').Append(near).Append(" = ").Append(alias).Append(".id AND ")
                .Append(edge).Append(".type = ").Append(type);
            if (filter.OtherLabels is { Count: > 0 } labels)
            {
                sql.Append(" AND ").Append(other).Append(".label IN (SELECT value FROM json_each(").Append(parameters.AddList(labels)).Append("))");
            }

            AppendConditions(sql, other, filter.Other, parameters, depth + 1);
            sql.Append(')');
        }

        sql.Append(')');
    }

    /// <summary>The edge columns holding the near (parent) and far (other) ends, for each direction walked.</summary>
    public static IEnumerable<(string Near, string Far)> Ends(Direction direction)
    {
        if (direction is Direction.Outgoing or Direction.Both)
        {
            yield return ("start_id", "end_id");
        }

        if (direction is Direction.Incoming or Direction.Both)
        {
            yield return ("end_id", "start_id");
        }
    }
}
