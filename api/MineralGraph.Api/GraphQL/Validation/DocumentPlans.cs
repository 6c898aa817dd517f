using GraphQL.Types;
using GraphQLParser.AST;

namespace MineralGraph.Api.GraphQL.Validation;

/// <summary>The <see cref="OperationArgumentsPlan"/> of each operation of one document, made when first asked for.</summary>
internal sealed class DocumentPlans(ISchema schema, GraphQLDocument document)
{
    private readonly Lock _lock = new();
    private KeyValuePair<GraphQLOperationDefinition, OperationArgumentsPlan>[] _plans = [];

    public ISchema Schema { get; } = schema;

    public OperationArgumentsPlan For(GraphQLOperationDefinition operation)
    {
        // Read without the lock: the array is replaced, never changed, and a document has few operations.
        if (Find(operation) is { } plan)
        {
            return plan;
        }

        lock (_lock)
        {
            if (Find(operation) is { } planned)
            {
                return planned;
            }

            var made = new OperationArgumentsPlan(Schema, document, operation);
            _plans = [.. _plans, new(operation, made)];
            return made;
        }
    }

    private OperationArgumentsPlan? Find(GraphQLOperationDefinition operation)
    {
        foreach (var (planned, plan) in _plans)
        {
            if (planned == operation)
            {
                return plan;
            }
        }

        return null;
    }
}
