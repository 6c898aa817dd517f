using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using MineralGraph.Api.GraphQL.Pagination;
using MineralGraph.Api.GraphQL.Resolvers;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Types;

internal sealed partial class SchemaTypeBuilder
{
    /// <summary>A relationship of a node as a connection whose edges carry the relationship's properties and sources.</summary>
    private FieldType RelationshipConnectionField(RelationshipField field)
    {
        var otherType = OtherEndType(field.OtherLabels);
        if (!_relationshipConnections.TryGetValue(field.FieldName, out var connection))
        {
            connection = RelationshipConnectionType(field, otherType);
            _relationshipConnections[field.FieldName] = connection;
        }

        var arguments = new List<QueryArgument>
        {
            new(WhereOf(field.OtherLabels)) { Name = "where", Description = "Conditions on the related nodes." },
        };
        if (_relationshipWhereTypes.TryGetValue(field.Relationship.Type, out var edgeWhere))
        {
            arguments.Add(new QueryArgument(edgeWhere) { Name = RelationshipConnectionResolver.EdgeWhereArgument, Description = $"Conditions on the {field.Relationship.Type} relationships' own properties." });
        }

        arguments.Add(new QueryArgument(RelationshipOrder(field)) { Name = "orderBy", Description = "Sort order (default: the related node's name); ties are broken by the related node's id." });
        if (field.OtherLabels.Count > 1)
        {
            arguments.Add(new QueryArgument(ListOf(_labelEnum)) { Name = "labels", Description = $"Only related nodes with these labels ({string.Join(", ", field.OtherLabels)})." });
        }

        arguments.AddRange(PageArguments.Define(_limits, _int, _string));
        return new FieldType
        {
            Name = field.FieldName,
            Description = $"{field.Relationship.Description} ({(field.Direction == Direction.Outgoing ? "-" : "<-")}[:{field.Relationship.Type}]{(field.Direction == Direction.Outgoing ? "->" : "-")})",
            ResolvedType = new NonNullGraphType(connection),
            Arguments = new QueryArguments(arguments),
            Resolver = new RelationshipConnectionResolver(field, _whereReader, _limits, _propertyNames, RelationshipFieldAggregate(field).Plan),
        };
    }

    /// <summary>One connection type per relationship field name, shared by every label that has the field.</summary>
    private ObjectGraphType RelationshipConnectionType(RelationshipField field, IGraphType otherType)
    {
        var pascal = NameCase.ToPascal(field.FieldName);
        var edge = new ObjectGraphType { Name = pascal + "Edge", Description = $"A {field.Relationship.Type} relationship and the node at its other end." };
        edge.AddField(new FieldType { Name = "cursor", ResolvedType = new NonNullGraphType(_string), Resolver = new FuncFieldResolver<Edge<ConnectedNode>, string>(c => c.Source.Cursor) });
        edge.AddField(new FieldType { Name = "key", Description = $"The relationship's stable key, for update{NameCase.ToPascal(field.Relationship.Type)} and deleteRelationship.", ResolvedType = new NonNullGraphType(_id), Resolver = new FuncFieldResolver<Edge<ConnectedNode>, string>(c => c.Source.Node.Relationship.Key) });
        edge.AddField(new FieldType { Name = "node", ResolvedType = new NonNullGraphType(otherType), Resolver = new FuncFieldResolver<Edge<ConnectedNode>, NodeRecord>(c => c.Source.Node.Node) });
        foreach (var property in field.Relationship.Properties.Where(p => p.Name != GraphSchema.GraphModel.SourcesProperty))
        {
            edge.AddField(PropertyField(property));
        }

        edge.AddField(SourcesField("The sources that back this relationship.", source => ((Edge<ConnectedNode>)source!).Node.Relationship[GraphSchema.GraphModel.SourcesProperty] as IReadOnlyList<string>));
        var connection = ConnectionType(pascal + "Connection", $"{field.Relationship.Description} ({field.Relationship.Type}, {(field.Direction == Direction.Outgoing ? "outgoing" : "incoming")}).", edge, otherType,
            new FuncFieldResolver<Connection<ConnectedNode>, object>(c => c.Source.Edges),
            new FuncFieldResolver<Connection<ConnectedNode>, object>(c => c.Source.Page.Items.Select(i => i.Node)),
            new FuncFieldResolver<Connection<ConnectedNode>, long?>(c => c.Source.Page.TotalCount));
        connection.AddField(AggregateField(RelationshipFieldAggregate(field).Type, new FuncFieldResolver<Connection<ConnectedNode>, object?>(c => c.Source.Aggregates)));
        return connection;
    }

    /// <summary>A label's root connection field on Query.</summary>
    private FieldType LabelConnectionField(GraphSchema.LabelDefinition label)
    {
        var type = _labelTypes[label.Name];
        var edge = new ObjectGraphType { Name = label.Name + "Edge" };
        edge.AddField(new FieldType { Name = "cursor", ResolvedType = new NonNullGraphType(_string), Resolver = new FuncFieldResolver<Edge<NodeRecord>, string>(c => c.Source.Cursor) });
        edge.AddField(new FieldType { Name = "node", ResolvedType = new NonNullGraphType(type), Resolver = new FuncFieldResolver<Edge<NodeRecord>, NodeRecord>(c => c.Source.Node) });
        var connection = ConnectionType(label.Name + "Connection", $"A page of {label.Plural}.", edge, type,
            new FuncFieldResolver<Connection<NodeRecord>, object>(c => c.Source.Edges),
            new FuncFieldResolver<Connection<NodeRecord>, object>(c => c.Source.Page.Items),
            new FuncFieldResolver<Connection<NodeRecord>, long?>(c => c.Source.Page.TotalCount));
        var (aggregate, plan) = NodeAggregate([label.Name]);
        connection.AddField(AggregateField(aggregate, new FuncFieldResolver<Connection<NodeRecord>, object?>(c => c.Source.Aggregates)));

        var arguments = new List<QueryArgument>
        {
            new(_whereTypes[label.Name]) { Name = "where", Description = "Conditions: all must hold." },
            new(LabelOrder(label)) { Name = "orderBy", Description = "Sort order (default: name)." },
        };
        arguments.AddRange(PageArguments.Define(_limits, _int, _string));
        return new FieldType
        {
            Name = label.Plural,
            Description = $"{label.Description} Paged with Relay cursors.",
            ResolvedType = new NonNullGraphType(connection),
            Arguments = new QueryArguments(arguments),
            Resolver = new LabelConnectionResolver(label.Name, _whereReader, _limits, _propertyNames, plan),
        };
    }

    private ObjectGraphType ConnectionType(string name, string description, ObjectGraphType edge, IGraphType nodeType, IFieldResolver edges, IFieldResolver nodes, IFieldResolver totalCount)
    {
        var connection = new ObjectGraphType { Name = name, Description = description };
        connection.AddField(new FieldType { Name = "edges", ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge))), Resolver = edges });
        connection.AddField(new FieldType { Name = "nodes", ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(nodeType))), Resolver = nodes });
        connection.AddField(new FieldType { Name = "pageInfo", ResolvedType = new NonNullGraphType(_pageInfo), Resolver = new FuncFieldResolver<object?>(c => c.Source) });
        connection.AddField(new FieldType { Name = "totalCount", Description = "How many items match, on every page.", ResolvedType = new NonNullGraphType(_int), Resolver = totalCount });
        return connection;
    }
}
