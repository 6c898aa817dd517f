using GraphQL.Types;
using MineralGraph.Api.GraphQL.Filtering;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Types;

internal sealed partial class SchemaTypeBuilder
{
    private readonly Dictionary<PropertyType, InputObjectGraphType> _scalarFilters = [];
    private readonly Dictionary<ModelEnumGraphType, InputObjectGraphType> _enumFilters = [];
    private readonly InputObjectGraphType _idFilter = new() { Name = "IdFilter", Description = "Conditions on a node id." };
    private readonly Dictionary<string, InputObjectGraphType> _whereTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputObjectGraphType> _relationFilters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputObjectGraphType> _relationshipWhereTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputObjectGraphType> _orderTypes = new(StringComparer.Ordinal);

    private void BuildFilterInputs()
    {
        AddInput(_idFilter, "eq", _id, "Equals.");
        AddInput(_idFilter, "in", ListOf(_id), "Equals one of these.");
        _scalarFilters[PropertyType.String] = ComparisonFilter("StringFilter", _string, ranges: false, text: true);
        _scalarFilters[PropertyType.Int] = ComparisonFilter("IntFilter", _int, ranges: true, text: false);
        _scalarFilters[PropertyType.Float] = ComparisonFilter("FloatFilter", _float, ranges: true, text: false);
        _scalarFilters[PropertyType.Date] = ComparisonFilter("DateFilter", _date, ranges: true, text: false);
        var booleanFilter = new InputObjectGraphType { Name = "BooleanFilter", Description = "Conditions on a true/false property." };
        AddInput(booleanFilter, "eq", _boolean, "Equals.");
        _scalarFilters[PropertyType.Boolean] = booleanFilter;
        var listFilter = new InputObjectGraphType { Name = "StringListFilter", Description = "Conditions on a list of strings." };
        AddInput(listFilter, "includes", _string, "The list holds this value exactly.");
        _scalarFilters[PropertyType.StringList] = listFilter;

        foreach (var label in _model.Labels)
        {
            _whereTypes[label.Name] = WhereType(label.Name + "Where", $"Conditions on {English.A(label.Name)}");
            _relationFilters[label.Name] = RelationFilter(label.Name + "RelationFilter", _whereTypes[label.Name]);
        }

        foreach (var set in _labelSets.Values)
        {
            _whereTypes[set.Name] = WhereType(set.Name + "Where", $"Conditions on {string.Join(" or ", set.Labels.Select(English.A))}");
            _relationFilters[set.Name] = RelationFilter(set.Name + "RelationFilter", _whereTypes[set.Name]);
            AddWhereFields(_whereTypes[set.Name], [.. GraphModel.NodeCommonProperties.Where(p => p.Name != GraphModel.SourcesProperty), .. set.SharedProperties], []);
        }

        foreach (var label in _model.Labels)
        {
            AddWhereFields(_whereTypes[label.Name], label.Properties.Where(p => p.Name != GraphModel.SourcesProperty), RelationshipField.Of(_model, label.Name));
        }

        foreach (var relationship in _model.Relationships.Where(r => FilterableProperties(r).Any()))
        {
            var pascal = NameCase.ToPascal(relationship.Type);
            var where = WhereType(pascal + "Where", $"Conditions on {English.A(relationship.Type)} relationship's own properties");
            foreach (var property in FilterableProperties(relationship))
            {
                AddInput(where, property.Name, PropertyFilterType(property), property.Description);
            }

            _relationshipWhereTypes[relationship.Type] = where;
        }
    }

    /// <summary>The properties of a relationship type its edges can be filtered by: all but the list of sources.</summary>
    private static IEnumerable<PropertyDefinition> FilterableProperties(RelationshipDefinition relationship) =>
        relationship.Properties.Where(p => p.Name != GraphModel.SourcesProperty);

    /// <summary>The <c>where</c> input of nodes of these labels: the label's own, or that of the interface of the set.</summary>
    private InputObjectGraphType WhereOf(IReadOnlyList<string> labels) =>
        _whereTypes[labels.Count == 1 ? labels[0] : LabelSetOf(labels).Name];

    /// <summary>A <c>where</c> input with AND, OR and NOT over itself; its other fields are added by the caller.</summary>
    private static InputObjectGraphType WhereType(string name, string subject)
    {
        var where = new InputObjectGraphType
        {
            Name = name,
            Description = $"{subject}: every field given must hold. AND, OR and NOT combine whole conditions, nested up to {WhereReader.MaxBooleanNesting} levels, with at most {WhereReader.MaxConditions} comparisons in all. A condition on a property a node lacks is unknown, and so is its NOT: such a node matches neither.",
        };
        AddInput(where, WhereReader.And, ListOf(where), "Every condition holds.");
        AddInput(where, WhereReader.Or, ListOf(where), "At least one condition holds (an empty list matches nothing).");
        AddInput(where, WhereReader.Not, where, "The condition does not hold.");
        return where;
    }

    private void AddWhereFields(InputObjectGraphType where, IEnumerable<PropertyDefinition> properties, IEnumerable<RelationshipField> relationships)
    {
        AddInput(where, GraphModel.IdProperty, _idFilter, "The node's id.");
        foreach (var property in properties)
        {
            AddInput(where, property.Name, PropertyFilterType(property), property.Description);
        }

        foreach (var relationship in relationships)
        {
            var other = relationship.OtherLabels.Count == 1 ? relationship.OtherLabels[0] : LabelSetOf(relationship.OtherLabels).Name;
            AddInput(where, relationship.FieldName, _relationFilters[other], $"Conditions on the nodes reached through {relationship.Relationship.Type}.");
        }
    }

    /// <summary>The filter input of a property: its enum's, or its scalar type's.</summary>
    private InputObjectGraphType PropertyFilterType(PropertyDefinition property)
    {
        if (_enums.Find(property) is not { } values || property.IsList)
        {
            return _scalarFilters[property.Type];
        }

        if (!_enumFilters.TryGetValue(values, out var filter))
        {
            filter = new InputObjectGraphType { Name = values.Name + "Filter", Description = $"Conditions on a {values.Name}; a node without the property never matches." };
            AddInput(filter, "eq", values, "Equals.");
            AddInput(filter, "in", ListOf(values), "Equals one of these.");
            _enumFilters[values] = filter;
        }

        return filter;
    }

    private InputObjectGraphType ComparisonFilter(string name, ScalarGraphType valueType, bool ranges, bool text)
    {
        var filter = new InputObjectGraphType { Name = name, Description = "Conditions on a property: all given must hold; a node without the property never matches." };
        AddInput(filter, "eq", valueType, "Equals.");
        AddInput(filter, "in", ListOf(valueType), "Equals one of these.");
        if (text)
        {
            AddInput(filter, "contains", valueType, "Contains this text, ignoring case.");
            AddInput(filter, "startsWith", valueType, "Starts with this text, ignoring case.");
        }

        if (ranges)
        {
            AddInput(filter, "gt", valueType, "Greater than.");
            AddInput(filter, "gte", valueType, "Greater than or equal to.");
            AddInput(filter, "lt", valueType, "Less than.");
            AddInput(filter, "lte", valueType, "Less than or equal to.");
        }

        return filter;
    }

    private static InputObjectGraphType RelationFilter(string name, InputObjectGraphType where)
    {
        var filter = new InputObjectGraphType { Name = name, Description = "Conditions on a node's relationships of one type." };
        AddInput(filter, "some", where, "At least one related node matches.");
        AddInput(filter, "none", where, "No related node matches.");
        return filter;
    }

    /// <summary>The <c>orderBy</c> input of a label's root connection.</summary>
    private InputObjectGraphType LabelOrder(LabelDefinition label)
    {
        var fields = new EnumerationGraphType { Name = label.Name + "OrderField", Description = $"What {label.Plural} can be sorted by." };
        fields.Add("ID", new SortOrder(GraphModel.IdProperty), "The id.");
        foreach (var property in label.Properties.Where(p => !p.IsList))
        {
            fields.Add(NameCase.ToConstant(property.Name), new SortOrder(property.Name), property.Description);
        }

        return OrderInput(label.Name + "Order", fields, "NAME");
    }

    /// <summary>
    /// The <c>orderBy</c> input of a relationship field: the related node's name, id or any of its
    /// properties (<c>NODE_</c>…), or a property of the relationship. One per field name, since
    /// the two ends of a type have different properties.
    /// </summary>
    private InputObjectGraphType RelationshipOrder(RelationshipField field)
    {
        var name = NameCase.ToPascal(field.FieldName) + "Order";
        if (_orderTypes.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var fields = new EnumerationGraphType { Name = name + "Field", Description = $"What {field.FieldName} can be sorted by: the related node's name, id or properties, or the {field.Relationship.Type} relationship's properties." };
        fields.Add("NODE_NAME", new SortOrder(GraphModel.NameProperty), "The related node's name.");
        fields.Add("NODE_ID", new SortOrder(GraphModel.IdProperty), "The related node's id.");
        var nodeProperties = field.OtherLabels.SelectMany(l => _model.GetLabel(l).Properties).Where(p => !p.IsList && p.Name != GraphModel.NameProperty).DistinctBy(p => p.Name);
        foreach (var property in nodeProperties)
        {
            fields.Add("NODE_" + NameCase.ToConstant(property.Name), new SortOrder(property.Name), $"The related node's {property.Name}: {property.Description}");
        }

        foreach (var property in field.Relationship.Properties.Where(p => !p.IsList))
        {
            fields.Add(NameCase.ToConstant(property.Name), new SortOrder(property.Name, Target: SortTarget.Relationship), property.Description);
        }

        return _orderTypes[name] = OrderInput(name, fields, "NODE_NAME");
    }

    private InputObjectGraphType OrderInput(string name, EnumerationGraphType fields, string defaultField)
    {
        var order = new InputObjectGraphType { Name = name, Description = $"A sort; ties are broken by id. Default: {defaultField} ASC." };
        order.AddField(new FieldType { Name = "field", ResolvedType = new NonNullGraphType(fields) });
        order.AddField(new FieldType { Name = "direction", ResolvedType = new NonNullGraphType(_orderDirection), DefaultValue = false });
        return order;
    }

    private static ListGraphType ListOf(IGraphType type) => new(new NonNullGraphType(type));

    private static void AddInput(IComplexGraphType input, string name, IGraphType type, string description) =>
        input.AddField(new FieldType { Name = name, ResolvedType = type, Description = description });
}
