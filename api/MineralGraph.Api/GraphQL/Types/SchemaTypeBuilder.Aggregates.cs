using GraphQL.Resolvers;
using GraphQL.Types;
using MineralGraph.Api.GraphQL.Resolvers;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Types;

/// <summary>
/// The <c>aggregate</c> field of connections, in the spirit of @neo4j/graphql's and Hasura's:
/// <c>count</c>; min, max, sum and average of each number property and min and max of each
/// date; and <c>countBy…</c>, the counts of each value of a property whose values the model
/// bounds (enums, booleans, whole numbers within a short range). Over relationships, the same
/// figures of the related nodes (<c>node</c>) and of the relationships (<c>edge</c>).
/// </summary>
internal sealed partial class SchemaTypeBuilder
{
    /// <summary>A whole-number property whose range spans at most this many values (a year, an atomic number) can be counted by value.</summary>
    private const double MaxCountedRange = 1000;

    private readonly Dictionary<string, (ObjectGraphType Type, AggregatePlan Plan)> _aggregates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectGraphType> _figureTypes = new(StringComparer.Ordinal);

    /// <summary>The aggregate of nodes of these labels: the label's own, or that of the interface of the set (over the properties they share).</summary>
    private (ObjectGraphType Type, AggregatePlan Plan) NodeAggregate(IReadOnlyList<string> labels)
    {
        if (labels.Count == 1)
        {
            var label = _model.GetLabel(labels[0]);
            return Aggregate(label.Name + "Aggregate", $"Figures over the {label.Plural} that match.", label.Properties, SortTarget.Node, "nodes");
        }

        var set = LabelSetOf(labels);
        return Aggregate(set.Name + "Aggregate", $"Figures over the {string.Join(" and ", set.Labels)} nodes that match.", set.SharedProperties, SortTarget.Node, "nodes");
    }

    /// <summary>The aggregate of a relationship field: the count, the related nodes' figures and, where it has any, the relationships' own.</summary>
    private (ObjectGraphType Type, AggregatePlan Plan) RelationshipFieldAggregate(RelationshipField field)
    {
        var name = NameCase.ToPascal(field.FieldName) + "Aggregate";
        if (_aggregates.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var type = new ObjectGraphType { Name = name, Description = $"Figures over the {field.Relationship.Type} relationships that match where and edgeWhere, and over the nodes they lead to." };
        var plan = new AggregatePlan();
        AddCount(type, plan, "relationships");
        var (nodeType, nodePlan) = NodeAggregate(field.OtherLabels);
        type.AddField(new FieldType { Name = "node", Description = "Figures of the related nodes, one per relationship.", ResolvedType = new NonNullGraphType(nodeType), Resolver = new FuncFieldResolver<AggregateResult, AggregateResult>(c => c.Source) });
        plan.Nest("node", nodePlan);
        var pascal = NameCase.ToPascal(field.Relationship.Type);
        var (edgeType, edgePlan) = Aggregate(pascal + "EdgeAggregate", $"Figures of the {field.Relationship.Type} relationships' own properties.", field.Relationship.Properties, SortTarget.Relationship, countOf: null);
        if (edgeType.Fields.Count > 0)
        {
            type.AddField(new FieldType { Name = "edge", Description = "Figures of the relationships' own properties.", ResolvedType = new NonNullGraphType(edgeType), Resolver = new FuncFieldResolver<AggregateResult, AggregateResult>(c => c.Source) });
            plan.Nest("edge", edgePlan);
        }

        return _aggregates[name] = (type, plan);
    }

    /// <summary>An aggregate object over properties read from <paramref name="target"/>, with a count of <paramref name="countOf"/> when given.</summary>
    private (ObjectGraphType Type, AggregatePlan Plan) Aggregate(string name, string description, IEnumerable<PropertyDefinition> properties, SortTarget target, string? countOf)
    {
        if (_aggregates.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var type = new ObjectGraphType { Name = name, Description = description };
        var plan = new AggregatePlan();
        if (countOf is not null)
        {
            AddCount(type, plan, countOf);
        }

        foreach (var property in properties.Where(p => !p.IsList && !IsCommon(p.Name)))
        {
            if (FigureFunctions(property.Type) is { } functions)
            {
                var figures = FigureType(property.Type);
                type.AddField(new FieldType
                {
                    Name = property.Name,
                    Description = property.Type == PropertyType.Date
                        ? $"The earliest and latest {property.Name}, over those that have one."
                        : $"The smallest, largest, sum and mean of {property.Name}, over those that have one.",
                    ResolvedType = new NonNullGraphType(figures),
                    Resolver = new FuncFieldResolver<AggregateResult, PropertyFigures>(c => new PropertyFigures(c.Source, property.Name, target)),
                });
                plan.Add(property.Name, [.. functions.Select(f => new Aggregation(f, property.Name, target))]);
            }

            if (IsCountedByValue(property))
            {
                var field = "countBy" + NameCase.ToPascal(property.Name);
                var counted = new Aggregation(AggregateFunction.CountByValue, property.Name, target);
                type.AddField(new FieldType
                {
                    Name = field,
                    Description = $"How many have each {property.Name} (null: those without one), most first.",
                    ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(ValueCountType(property)))),
                    Resolver = new FuncFieldResolver<AggregateResult, object?>(c => c.Source[counted]),
                });
                plan.Add(field, counted);
            }
        }

        return _aggregates[name] = (type, plan);
    }

    private void AddCount(ObjectGraphType type, AggregatePlan plan, string counted)
    {
        type.AddField(new FieldType { Name = "count", Description = $"How many {counted} match.", ResolvedType = new NonNullGraphType(_int), Resolver = new FuncFieldResolver<AggregateResult, int>(c => checked((int)(long)c.Source[Aggregation.Count]!)) });
        plan.Add("count", Aggregation.Count);
    }

    private static AggregateFunction[]? FigureFunctions(PropertyType type) => type switch
    {
        PropertyType.Int or PropertyType.Float => [AggregateFunction.Min, AggregateFunction.Max, AggregateFunction.Sum, AggregateFunction.Average],
        PropertyType.Date => [AggregateFunction.Min, AggregateFunction.Max],
        _ => null,
    };

    /// <summary>Whether the model bounds the values a property can take, so its counts by value are a short list.</summary>
    private bool IsCountedByValue(PropertyDefinition property) =>
        _enums.Find(property) is not null
        || property.Type == PropertyType.Boolean
        || property is { Type: PropertyType.Int, Minimum: { } min, Maximum: { } max } && max - min < MaxCountedRange;

    /// <summary><c>IntAggregate</c>, <c>FloatAggregate</c> or <c>DateAggregate</c>: the figures of one property.</summary>
    private ObjectGraphType FigureType(PropertyType propertyType)
    {
        var name = propertyType + "Aggregate";
        if (_figureTypes.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var type = new ObjectGraphType { Name = name, Description = $"Figures of a {propertyType.ToString().ToLowerInvariant()} property over the records that have it; null when none has." };
        var value = Scalar(propertyType);
        type.AddField(FigureField("min", "The smallest.", value, AggregateFunction.Min));
        type.AddField(FigureField("max", "The largest.", value, AggregateFunction.Max));
        if (propertyType != PropertyType.Date)
        {
            type.AddField(FigureField("sum", "The sum.", _float, AggregateFunction.Sum));
            type.AddField(FigureField("average", "The mean.", _float, AggregateFunction.Average));
        }

        return _figureTypes[name] = type;
    }

    private static FieldType FigureField(string name, string description, IGraphType type, AggregateFunction function) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Resolver = new FuncFieldResolver<PropertyFigures, object?>(c => PropertyResolver.Present(c.Source[function])),
    };

    /// <summary><c>MineStatusCount</c>, <c>BooleanCount</c>, <c>IntCount</c>: a value of a property and how many have it.</summary>
    private ObjectGraphType ValueCountType(PropertyDefinition property)
    {
        var value = ValueType(property);
        var name = value.Name + "Count";
        if (_figureTypes.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var type = new ObjectGraphType { Name = name, Description = $"A {value.Name} value and how many have it." };
        type.AddField(new FieldType { Name = "value", Description = "The value; null for those without one.", ResolvedType = value, Resolver = new FuncFieldResolver<ValueCount, object?>(c => PropertyResolver.Present(c.Source.Value)) });
        type.AddField(new FieldType { Name = "count", ResolvedType = new NonNullGraphType(_int), Resolver = new FuncFieldResolver<ValueCount, int>(c => checked((int)c.Source.Count)) });
        return _figureTypes[name] = type;
    }

    /// <summary>The <c>aggregate</c> field of a connection; its resolver hands on the figures the connection fetched.</summary>
    private static FieldType AggregateField(ObjectGraphType aggregate, IFieldResolver figures) => new()
    {
        Name = AggregatePlan.FieldName,
        Description = "Figures over everything that matches, not only this page: count, min, max, sum and average of numbers and dates, counts by value. Asked alone, no page is read.",
        ResolvedType = new NonNullGraphType(aggregate),
        Resolver = figures,
    };
}
