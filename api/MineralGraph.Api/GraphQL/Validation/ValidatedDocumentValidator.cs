using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace MineralGraph.Api.GraphQL.Validation;

/// <summary>
/// GraphQL.NET's <see cref="DocumentValidator"/>, with a shorter way for a request that runs no rule:
/// one whose document already passed them (the transport's document cache, see
/// <c>GraphQLRequestExecutor</c>). For such a request GraphQL.NET still walks the whole operation
/// twice, to find where each variable is used and to parse every argument; here both walks are made
/// once per document and operation (<see cref="OperationArgumentsPlan"/>), and a request only coerces
/// its variables and parses the arguments that hold one, with GraphQL.NET's own code, so the
/// variables, argument values, directive values and errors are the same. Requests with rules go to
/// GraphQL.NET's validator.
/// </summary>
internal sealed class ValidatedDocumentValidator(IDocumentValidator inner) : IDocumentValidator
{
    // Keyed by the document object: a plan lives as long as the cached document it was made for.
    private readonly ConditionalWeakTable<GraphQLDocument, DocumentPlans> _plans = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.Rules is not { } rules || rules.Any() || options.Operation is null)
        {
            return inner.ValidateAsync(options);
        }

        options.Schema.Initialize();
        return Plans(options).For(options.Operation).ValidateAsync(options);
    }

    private DocumentPlans Plans(in ValidationOptions options)
    {
        if (_plans.TryGetValue(options.Document, out var plans) && plans.Schema == options.Schema)
        {
            return plans;
        }

        plans = new DocumentPlans(options.Schema, options.Document);
        _plans.AddOrUpdate(options.Document, plans);
        return plans;
    }
}
