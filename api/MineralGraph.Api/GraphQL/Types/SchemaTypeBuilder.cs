using GraphQL.Resolvers;
using GraphQL.Types;
using MineralGraph.Api.GraphQL.Filtering;
using MineralGraph.Api.GraphQL.Pagination;
using MineralGraph.Api.GraphQL.Resolvers;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Types;

/// <summary>
/// Builds the GraphQL types from the graph model, so the model stays the one source of truth:
/// an object type per label implementing <c>Node</c>, a connection per label and per
/// relationship direction, and the filter and order inputs that go with them.
/// </summary>
internal sealed partial class SchemaTypeBuilder
{
    private readonly GraphModel _model;
    private readonly GraphQLLimitsOptions _limits;
    private readonly WhereReader _whereReader;
    private readonly ModelEnums _enums;

    /// <summary>The model's property names but id and name, which every record carries: what a selection can ask a store to decode.</summary>
    private readonly IReadOnlySet<string> _propertyNames;

    private readonly IdGraphType _id = new();
    private readonly StringGraphType _string = new();
    private readonly IntGraphType _int = new();
    private readonly FloatGraphType _float = new();
    private readonly BooleanGraphType _boolean = new();
    private readonly DateGraphType _date = new();

    private readonly InterfaceGraphType _node = new() { Name = "Node", Description = "Anything in the graph; `id` is global and stable (e.g. `company:mp-materials`)." };
    private readonly Dictionary<string, ObjectGraphType> _labelTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectGraphType> _relationshipConnections = new(StringComparer.Ordinal);
    private readonly EnumerationGraphType _labelEnum = new() { Name = "Label", Description = "The labels of the graph's nodes." };
    private readonly EnumerationGraphType _orderDirection = new() { Name = "OrderDirection" };
    private readonly ObjectGraphType _pageInfo = new() { Name = "PageInfo", Description = "Where a page sits in its connection (Relay)." };

    public SchemaTypeBuilder(GraphModel model, GraphQLLimitsOptions limits)
    {
        _model = model;
        _limits = limits;
        _whereReader = new WhereReader(model, limits);
        _propertyNames = model.AllPropertyNames().Where(p => p is not (GraphModel.IdProperty or GraphModel.NameProperty)).ToHashSet(StringComparer.Ordinal);
        _enums = new ModelEnums(model);
        _orderDirection.Add("ASC", false, "Smallest first; absent values last.");
        _orderDirection.Add("DESC", true, "Largest first; absent values first.");
        foreach (var label in model.Labels)
        {
            _labelTypes[label.Name] = new ObjectGraphType { Name = label.Name, Description = label.Description };
            _labelEnum.Add(label.Name, label.Name, label.Description);
        }

        _node.ResolveType = ResolveLabelType;
        BuildLabelSets();
        BuildPageInfo();
        BuildFilterInputs();
    }

    public ObjectGraphType BuildQuery()
    {
        AddCommonFields(_node);
        foreach (var field in _node.Fields)
        {
            // An interface only declares its fields; each label type resolves them.
            field.Resolver = null;
        }

        foreach (var label in _model.Labels)
        {
            var type = _labelTypes[label.Name];
            AddCommonFields(type);
            foreach (var property in label.Properties.Where(p => !IsCommon(p.Name)))
            {
                type.AddField(PropertyField(property));
            }

            foreach (var field in RelationshipField.Of(_model, label.Name))
            {
                type.AddField(RelationshipConnectionField(field));
            }

            type.AddResolvedInterface(_node);
            _node.AddPossibleType(type);
        }

        CompleteLabelSets();
        return BuildQueryType();
    }

    private void AddCommonFields(IComplexGraphType type)
    {
        type.AddField(new FieldType { Name = GraphModel.IdProperty, Description = "Global, stable id.", ResolvedType = new NonNullGraphType(_id), Resolver = new FuncFieldResolver<object?>(c => ((NodeRecord)c.Source!).Id) });
        foreach (var property in GraphModel.NodeCommonProperties.Where(p => p.Name != GraphModel.SourcesProperty))
        {
            type.AddField(PropertyField(property));
        }

        type.AddField(SourcesField("The sources that back this node.", source => ((NodeRecord)source!)[GraphModel.SourcesProperty] as IReadOnlyList<string>));
    }

    private static bool IsCommon(string property) =>
        property == GraphModel.IdProperty || GraphModel.NodeCommonProperties.Any(p => p.Name == property);

    private FieldType PropertyField(PropertyDefinition property) => new()
    {
        Name = property.Name,
        Description = Describe(property),
        ResolvedType = OutputType(property),
        Resolver = new PropertyResolver(property.Name, property.Type),
    };

    /// <summary>The model's description, with the range mutations enforce; allowed values are the enum's own.</summary>
    private static string Describe(PropertyDefinition property) => property switch
    {
        { RangeText: { } range } => $"{property.Description} Must be {range}.",
        _ => property.Description,
    };

    private FieldType SourcesField(string description, Func<object?, IReadOnlyList<string>?> sourceIds) => new()
    {
        Name = GraphModel.SourcesProperty,
        Description = description,
        ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(_labelTypes["Source"]))),
        Resolver = new SourcesResolver(sourceIds),
    };

    private IGraphType OutputType(PropertyDefinition property)
    {
        IGraphType type = property.Type == PropertyType.StringList
            ? new NonNullGraphType(new ListGraphType(new NonNullGraphType(ValueType(property))))
            : ValueType(property);
        return property.Required && type is not NonNullGraphType ? new NonNullGraphType(type) : type;
    }

    /// <summary>The GraphQL type of one value of a property, for outputs and inputs alike: its enum, or the scalar of its type.</summary>
    private IGraphType ValueType(PropertyDefinition property) =>
        _enums.Find(property) ?? Scalar(property.Type == PropertyType.StringList ? PropertyType.String : property.Type);

    /// <summary>The GraphQL scalar of a single-valued property type.</summary>
    private IGraphType Scalar(PropertyType type) => type switch
    {
        PropertyType.String => _string,
        PropertyType.Int => _int,
        PropertyType.Float => _float,
        PropertyType.Boolean => _boolean,
        PropertyType.Date => _date,
        _ => throw new NotSupportedException($"Property type {type} has no GraphQL scalar."),
    };

    /// <summary>The type a relationship field leads to: the label's own type, or the interface of exactly the labels that can be there.</summary>
    private IGraphType OtherEndType(IReadOnlyList<string> labels) =>
        labels.Count == 1 ? _labelTypes[labels[0]] : LabelSetOf(labels).Type;

    private ObjectGraphType? ResolveLabelType(object value) =>
        value is NodeRecord node ? _labelTypes.GetValueOrDefault(node.Label) : null;

    private void BuildPageInfo()
    {
        _pageInfo.AddField(new FieldType { Name = "hasNextPage", ResolvedType = new NonNullGraphType(_boolean), Resolver = new FuncFieldResolver<IPageInfo, bool>(c => c.Source.HasNextPage) });
        _pageInfo.AddField(new FieldType { Name = "hasPreviousPage", ResolvedType = new NonNullGraphType(_boolean), Resolver = new FuncFieldResolver<IPageInfo, bool>(c => c.Source.HasPreviousPage) });
        _pageInfo.AddField(new FieldType { Name = "startCursor", ResolvedType = _string, Resolver = new FuncFieldResolver<IPageInfo, string?>(c => c.Source.StartCursor) });
        _pageInfo.AddField(new FieldType { Name = "endCursor", ResolvedType = _string, Resolver = new FuncFieldResolver<IPageInfo, string?>(c => c.Source.EndCursor) });
    }
}
