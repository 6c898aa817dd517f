using GraphQL.Resolvers;
using GraphQL.Types;
using MineralGraph.Api.GraphQL.Mutations;
using MineralGraph.GraphSchema;

namespace MineralGraph.Api.GraphQL.Types;

/// <summary>
/// The Mutation type, typed per label and per relationship type as users of @neo4j/graphql or
/// Hasura expect: <c>createMine</c>, <c>updateMine</c>, <c>createOwns</c>, <c>updateOwns</c>, and
/// <c>deleteNode</c> and <c>deleteRelationship</c> for any label or type.
/// </summary>
internal sealed partial class SchemaTypeBuilder
{
    /// <summary>Builds the Mutation type; call after <see cref="BuildQuery"/>, whose label types it returns.</summary>
    public ObjectGraphType BuildMutation(MutationOptions options)
    {
        var reader = new PropertyInputReader(options);
        var mutation = new ObjectGraphType
        {
            Name = "Mutation",
            Description = "Changes to the graph, for API keys with the editor role. Each field is one atomic write, checked against the graph model first; a refused change writes nothing. Fields run one after another.",
        };
        foreach (var label in _model.Labels)
        {
            var properties = PropertyEnum(label.Name + "Property", $"The properties of {English.A(label.Name)}, for update{label.Name}'s unset; required ones cannot be removed.", label.Properties);
            mutation.AddField(new FieldType
            {
                Name = "create" + label.Name,
                Description = $"Creates {English.A(label.Name)}.",
                ResolvedType = new NonNullGraphType(_labelTypes[label.Name]),
                Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(NodeCreateInput(label))) { Name = "input" }),
                Resolver = new CreateNodeResolver(label, reader, options),
            });
            mutation.AddField(new FieldType
            {
                Name = "update" + label.Name,
                Description = $"Sets and removes properties of {English.A(label.Name)}; the rest stay as they are.",
                ResolvedType = new NonNullGraphType(_labelTypes[label.Name]),
                Arguments = new QueryArguments(
                    new QueryArgument(new NonNullGraphType(_id)) { Name = GraphModel.IdProperty },
                    new QueryArgument(UpdateInput(label.Name + "UpdateInput", $"New values for properties of {English.A(label.Name)}; an empty list removes a list.", label.Properties)) { Name = "set" },
                    new QueryArgument(ListOf(properties)) { Name = "unset", Description = "Properties to remove; required ones cannot be." }),
                Resolver = new UpdateNodeResolver(label, reader, _limits),
            });
        }

        mutation.AddField(new FieldType
        {
            Name = "deleteNode",
            Description = "Deletes a node of any label. A node with relationships is deleted only with detach: true, which deletes them too; a Source still cited is not deleted.",
            ResolvedType = new NonNullGraphType(DeleteNodePayloadType()),
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(_id)) { Name = GraphModel.IdProperty },
                new QueryArgument(_boolean) { Name = "detach", DefaultValue = false, Description = "Also delete the node's relationships." }),
            Resolver = DeleteNodeResolver.Instance,
        });

        foreach (var relationship in _model.Relationships)
        {
            AddRelationshipMutations(mutation, relationship, reader);
        }

        mutation.AddField(new FieldType
        {
            Name = "deleteRelationship",
            Description = "Deletes a relationship of any type by its key.",
            ResolvedType = new NonNullGraphType(DeleteRelationshipPayloadType()),
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(_id)) { Name = "key" }),
            Resolver = DeleteRelationshipResolver.Instance,
        });
        return mutation;
    }

    private void AddRelationshipMutations(ObjectGraphType mutation, RelationshipDefinition relationship, PropertyInputReader reader)
    {
        var pascal = NameCase.ToPascal(relationship.Type);
        var output = new NonNullGraphType(_relationshipTypes[relationship.Type]);
        var properties = PropertyEnum(pascal + "Property", $"The properties of {English.A(relationship.Type)} relationship, for update{pascal}'s unset; required ones cannot be removed.", relationship.Properties);
        mutation.AddField(new FieldType
        {
            Name = "create" + pascal,
            Description = $"Creates {English.A(relationship.Type)} relationship from {English.A(string.Join(" or ", relationship.From))} to {English.A(string.Join(" or ", relationship.To))}. Its key is '<from>|{relationship.Type}|<to>', with |2, |3… when the pair already has one.",
            ResolvedType = output,
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(_id)) { Name = "from", Description = $"The id of the {string.Join(" or ", relationship.From)} it starts at." },
                new QueryArgument(new NonNullGraphType(_id)) { Name = "to", Description = $"The id of the {string.Join(" or ", relationship.To)} it ends at." },
                new QueryArgument(new NonNullGraphType(RelationshipCreateInput(relationship, pascal))) { Name = "input" }),
            Resolver = new CreateRelationshipResolver(relationship, reader),
        });
        mutation.AddField(new FieldType
        {
            Name = "update" + pascal,
            Description = $"Sets and removes properties of {English.A(relationship.Type)} relationship; its ends never change (delete it and create another instead).",
            ResolvedType = output,
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(_id)) { Name = "key", Description = "The relationship's key, as its edge's key field gives it." },
                new QueryArgument(UpdateInput(pascal + "UpdateInput", $"New values for properties of {English.A(relationship.Type)} relationship; an empty list removes a list.", relationship.Properties)) { Name = "set" },
                new QueryArgument(ListOf(properties)) { Name = "unset", Description = "Properties to remove; required ones cannot be." }),
            Resolver = new UpdateRelationshipResolver(relationship, reader, _model, _limits),
        });
    }

    private InputObjectGraphType NodeCreateInput(LabelDefinition label)
    {
        var prefix = NodeIds.Prefix(label.Name);
        var input = new InputObjectGraphType { Name = label.Name + "CreateInput", Description = $"A new {label.Name}." };
        AddInput(input, GraphModel.IdProperty, _id, $"Its global id: '{prefix}' then lower-case letters, digits, '.', '_' or '-'. Left out, it is made from the name ('{prefix}<name in lower case, words joined by ->'), with -2, -3… when taken.");
        foreach (var property in label.Properties)
        {
            if (property.Name == GraphModel.SourcesProperty && label.Name == GraphModel.SourceLabel)
            {
                AddInput(input, property.Name, ListOf(_id), "Ids of the Sources this Source relies on. Left out, the Source cites itself, as the seed's Sources do.");
            }
            else
            {
                AddCreateInput(input, property);
            }
        }

        return input;
    }

    private InputObjectGraphType RelationshipCreateInput(RelationshipDefinition relationship, string pascal)
    {
        var input = new InputObjectGraphType { Name = pascal + "CreateInput", Description = $"The properties of a new {relationship.Type} relationship." };
        foreach (var property in relationship.Properties)
        {
            AddCreateInput(input, property);
        }

        return input;
    }

    /// <summary>A property of a create input: required as in the model, and <c>sources</c> always, since every fact cites one.</summary>
    private void AddCreateInput(InputObjectGraphType input, PropertyDefinition property)
    {
        var type = InputType(property);
        var required = property.Required || property.Name == GraphModel.SourcesProperty;
        AddInput(input, property.Name, required ? new NonNullGraphType(type) : type, InputDescription(property));
    }

    private InputObjectGraphType UpdateInput(string name, string description, IEnumerable<PropertyDefinition> properties)
    {
        var input = new InputObjectGraphType { Name = name, Description = description };
        foreach (var property in properties)
        {
            AddInput(input, property.Name, InputType(property), InputDescription(property));
        }

        return input;
    }

    private static EnumerationGraphType PropertyEnum(string name, string description, IEnumerable<PropertyDefinition> properties)
    {
        var values = new EnumerationGraphType { Name = name, Description = description };
        foreach (var property in properties)
        {
            values.Add(NameCase.ToConstant(property.Name), property.Name, property.Description);
        }

        return values;
    }

    private IGraphType InputType(PropertyDefinition property) => property switch
    {
        { Name: GraphModel.SourcesProperty } => ListOf(_id),
        { Type: PropertyType.StringList } => ListOf(ValueType(property)),
        _ => ValueType(property),
    };

    private static string InputDescription(PropertyDefinition property) => property switch
    {
        { Name: GraphModel.SourcesProperty } => "Ids of the Source nodes that back it; at least one.",
        _ => Describe(property),
    };

    private ObjectGraphType DeleteNodePayloadType()
    {
        var payload = new ObjectGraphType { Name = "DeleteNodePayload", Description = "What deleteNode removed." };
        payload.AddField(new FieldType { Name = GraphModel.IdProperty, Description = "The deleted node's id.", ResolvedType = new NonNullGraphType(_id), Resolver = new FuncFieldResolver<DeleteNodePayload, string>(c => c.Source.Id) });
        payload.AddField(new FieldType { Name = "deletedRelationshipKeys", Description = "The keys of the relationships deleted with it (detach: true).", ResolvedType = new NonNullGraphType(ListOf(_id)), Resolver = new FuncFieldResolver<DeleteNodePayload, IReadOnlyList<string>>(c => c.Source.DeletedRelationshipKeys) });
        return payload;
    }

    private ObjectGraphType DeleteRelationshipPayloadType()
    {
        var payload = new ObjectGraphType { Name = "DeleteRelationshipPayload", Description = "What deleteRelationship removed." };
        payload.AddField(new FieldType { Name = "key", Description = "The deleted relationship's key.", ResolvedType = new NonNullGraphType(_id), Resolver = new FuncFieldResolver<DeleteRelationshipPayload, string>(c => c.Source.Key) });
        return payload;
    }
}
