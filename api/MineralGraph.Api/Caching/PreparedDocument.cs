using GraphQLParser.AST;

namespace MineralGraph.Api.Caching;

/// <summary>
/// A parsed document and what the response cache and the transport need to know about it, worked
/// out once: the hash of its normalized text (the same for every spelling that differs only in
/// whitespace or comments), the type and cache policy of each operation, and whether its cost
/// depends on the request's variables.
/// </summary>
internal sealed class PreparedDocument(GraphQLDocument document, string hash, PreparedOperation[] operations, bool costDependsOnVariables)
{
    public GraphQLDocument Document { get; } = document;

    /// <summary>Base64url SHA-256 of the document as GraphQLParser prints it, without comments or layout.</summary>
    public string Hash { get; } = hash;

    /// <summary>A variable feeds an argument the cost estimate reads (<c>first: $n</c>); otherwise the estimate made at validation holds for every request.</summary>
    public bool CostDependsOnVariables { get; } = costDependsOnVariables;

    private volatile bool _validated;

    /// <summary>Set once the document has passed every validation rule, when it is kept in the document cache.</summary>
    public bool Validated => _validated;

    public void MarkValidated() => _validated = true;

    /// <summary>The operation a request selects, as GraphQL.NET selects it; null when the name matches none or is required and missing.</summary>
    public PreparedOperation? Select(string? operationName)
    {
        if (string.IsNullOrEmpty(operationName))
        {
            return operations.Length == 1 ? operations[0] : null;
        }

        foreach (var operation in operations)
        {
            if (operation.Name == operationName)
            {
                return operation;
            }
        }

        return null;
    }
}
