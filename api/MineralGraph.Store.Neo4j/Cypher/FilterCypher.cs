using System.Globalization;
using System.Text;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Turns the port's node filters into a Cypher predicate. A missing property is null in Cypher,
/// and every comparison with null is null, so a node without the property never passes.
/// </summary>
internal sealed class FilterCypher(CypherNames names)
{
    /// <summary>The filters joined by AND, or null when there are none.</summary>
    public string? Predicate(string variable, IReadOnlyList<NodeFilter> filters, CypherParameters parameters, int depth = 0)
    {
        if (filters.Count == 0)
        {
            return null;
        }

        var cypher = new StringBuilder();
        AppendJunction(cypher, variable, filters, " AND ", parameters, depth);
        return cypher.ToString();
    }

    /// <summary>Conditions on the properties of the relationship bound to <paramref name="variable"/>, or null when there are none.</summary>
    public string? RelationshipPredicate(string variable, IReadOnlyList<NodeFilter> filters, CypherParameters parameters)
    {
        if (filters.Any(NodeFilters.WalksRelationships))
        {
            throw new GraphStoreException(StoreErrorKind.InvalidData, "A relationship's own conditions can test its properties, not relationships of its own; move that condition to the node.");
        }

        return Predicate(variable, filters, parameters);
    }

    /// <summary>Cypher's own three-valued logic gives the port's semantics: NOT of an unknown comparison is unknown.</summary>
    private void AppendFilter(StringBuilder cypher, string variable, NodeFilter filter, CypherParameters parameters, int depth)
    {
        switch (filter)
        {
            case PropertyFilter property:
                AppendProperty(cypher, variable, property, parameters);
                break;
            case RelationshipFilter relationship:
                AppendRelationship(cypher, variable, relationship, parameters, depth);
                break;
            case AllFilter all:
                AppendJunction(cypher, variable, all.Filters, " AND ", parameters, depth);
                break;
            case AnyFilter any:
                AppendJunction(cypher, variable, any.Filters, " OR ", parameters, depth);
                break;
            case NotFilter not:
                cypher.Append("NOT ");
                AppendFilter(cypher, variable, not.Filter, parameters, depth);
                break;
            default:
                throw new GraphStoreException(StoreErrorKind.InvalidData, $"Filter {filter.GetType().Name} is not supported by the Neo4j store.");
        }
    }

    /// <summary>
    /// The filters joined by AND or OR, in parentheses when there are several (a comparison binds
    /// tighter than NOT, AND and OR); with none, AND holds and OR does not.
    /// </summary>
    private void AppendJunction(StringBuilder cypher, string variable, IReadOnlyList<NodeFilter> filters, string junction, CypherParameters parameters, int depth)
    {
        if (filters.Count <= 1)
        {
            if (filters.Count == 0)
            {
                cypher.Append(junction == " AND " ? "true" : "false");
            }
            else
            {
                AppendFilter(cypher, variable, filters[0], parameters, depth);
            }

            return;
        }

        cypher.Append('(');
        for (var i = 0; i < filters.Count; i++)
        {
            if (i > 0)
            {
                cypher.Append(junction);
            }

            AppendFilter(cypher, variable, filters[i], parameters, depth);
        }

        cypher.Append(')');
    }

    public string ValueOf(string variable, string property) => variable + "." + names.Property(property);

    private void AppendProperty(StringBuilder cypher, string variable, PropertyFilter filter, CypherParameters parameters)
    {
        var value = ValueOf(variable, filter.Property);
        switch (filter.Operator)
        {
            case FilterOperator.Equals:
                cypher.Append(value).Append(" = ").Append(parameters.Add(filter.Value));
                break;
            case FilterOperator.In:
                cypher.Append(value).Append(" IN ").Append(parameters.Add(filter.Value));
                break;
            case FilterOperator.Contains:
                cypher.Append("toLower(").Append(value).Append(") CONTAINS toLower(").Append(parameters.Add(filter.Value)).Append(')');
                break;
            case FilterOperator.StartsWith:
                cypher.Append("toLower(").Append(value).Append(") STARTS WITH toLower(").Append(parameters.Add(filter.Value)).Append(')');
                break;
            case FilterOperator.GreaterThan:
                cypher.Append(value).Append(" > ").Append(parameters.Add(filter.Value));
                break;
            case FilterOperator.GreaterThanOrEqual:
                cypher.Append(value).Append(" >= ").Append(parameters.Add(filter.Value));
                break;
            case FilterOperator.LessThan:
                cypher.Append(value).Append(" < ").Append(parameters.Add(filter.Value));
                break;
            case FilterOperator.LessThanOrEqual:
                cypher.Append(value).Append(" <= ").Append(parameters.Add(filter.Value));
                break;
            case FilterOperator.Includes:
                cypher.Append(parameters.Add(filter.Value)).Append(" IN ").Append(value);
                break;
            default:
                throw new GraphStoreException(StoreErrorKind.InvalidData, $"Operator {filter.Operator} is not supported by the Neo4j store.");
        }
    }

    /// <summary>An existential subquery: <c>[NOT] EXISTS { MATCH (n)-[:T]-&gt;(o:L) WHERE … }</c>, nested filters one level deeper.</summary>
    private void AppendRelationship(StringBuilder cypher, string variable, RelationshipFilter filter, CypherParameters parameters, int depth)
    {
        var other = "o" + depth.ToString(CultureInfo.InvariantCulture);
        cypher.Append(filter.Quantifier == Quantifier.None ? "NOT EXISTS { MATCH " : "EXISTS { MATCH ");
        AppendPattern(cypher, variable, "", names.Type(filter.Type), filter.Direction, other, filter.OtherLabels);
        var nested = Predicate(other, filter.Other, parameters, depth + 1);
        if (nested is not null)
        {
            cypher.Append(" WHERE ").Append(nested);
        }

        cypher.Append(" }");
    }

    /// <summary><c>(near)-[rel:TYPE]-&gt;(far:Labels)</c> with the arrow for the direction, seen from the near node.</summary>
    public void AppendPattern(StringBuilder cypher, string near, string relationship, string typeExpression, Direction direction, string far, IReadOnlyList<string>? farLabels)
    {
        cypher.Append('(').Append(near).Append(')').Append(direction == Direction.Incoming ? "<-[" : "-[")
            .Append(relationship).Append(':').Append(typeExpression).Append(direction == Direction.Outgoing ? "]->(" : "]-(").Append(far);
        if (farLabels is { Count: > 0 })
        {
            cypher.Append(':').Append(names.AnyLabel(farLabels));
        }

        cypher.Append(')');
    }
}
