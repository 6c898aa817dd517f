using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

using MineralGraph.Api.GraphQL.Limits;
using MineralGraph.Api.GraphQL.Validation;

namespace MineralGraph.Api.Caching;

/// <summary>
/// Query text → <see cref="PreparedDocument"/>, in memory and bounded by
/// <see cref="CacheOptions.DocumentCacheMaxChars"/>. Only documents that passed validation are
/// kept, so a client sending junk cannot fill it, and a kept document skips the validation
/// rules that depend on the document alone.
/// </summary>
internal sealed class DocumentCache : IDisposable
{
    // Printing drops comments and normalizes layout, so equivalent spellings hash the same.
    private static readonly SDLPrinter Printer = new(new SDLPrinterOptions
    {
        PrintComments = false,
        ArgumentsPrintMode = SDLPrinterArgumentsMode.None,
        IndentSize = 0,
    });

    private readonly IDocumentBuilder _builder;
    private readonly ISchema _schema;
    private readonly CacheMetrics _metrics;
    private readonly CachePolicyCalculator _policies;
    private readonly MemoryCache _documents;

    public DocumentCache(IDocumentBuilder builder, ISchema schema, IOptions<CacheOptions> options, CacheMetrics metrics)
    {
        _builder = builder;
        _schema = schema;
        _metrics = metrics;
        _policies = new CachePolicyCalculator(schema, options.Value.DefaultMaxAge);
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheMaxChars });
    }

    /// <summary>The kept document for this text, or a freshly parsed one (not yet validated); throws GraphQL.NET's syntax error.</summary>
    public async ValueTask<PreparedDocument> GetOrPrepareAsync(string query, CancellationToken cancellationToken)
    {
        if (_documents.TryGetValue(query, out PreparedDocument? kept))
        {
            _metrics.Hit(CacheMetrics.Document, CacheMetrics.LocalLevel);
            return kept!;
        }

        _metrics.Miss(CacheMetrics.Document);
        var document = _builder.Build(query);
        return new PreparedDocument(document, await HashAsync(document, cancellationToken), Operations(document), VariablesFeedPricedArguments(document));
    }

    /// <summary>Keeps a document that has just passed validation.</summary>
    public void Keep(string query, PreparedDocument document)
    {
        if (document.Validated)
        {
            return;
        }

        document.MarkValidated();
        _documents.Set(query, document, new MemoryCacheEntryOptions { Size = query.Length });
    }

    public void Dispose() => _documents.Dispose();

    private PreparedOperation[] Operations(GraphQLDocument document)
    {
        _schema.Initialize();
        var operations = new List<PreparedOperation>(1);
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation)
            {
                var policy = operation.Operation == OperationType.Query ? _policies.Calculate(document, operation) : default;
                operations.Add(new PreparedOperation(operation.Name?.StringValue ?? "", operation.Operation, policy));
            }
        }

        return [.. operations];
    }

    /// <summary>Whether a variable feeds an argument the cost estimate reads, anywhere in the document (fragments included).</summary>
    private static bool VariablesFeedPricedArguments(GraphQLDocument document)
    {
        var pending = new Stack<ASTNode>(document.Definitions);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case GraphQLField field:
                    if (field.Arguments?.Items.Any(a => CostRule.PricedArguments.Contains(a.Name.StringValue) && a.Value.HoldsVariable()) == true)
                    {
                        return true;
                    }

                    Push(pending, field.SelectionSet);
                    break;
                case GraphQLOperationDefinition operation:
                    Push(pending, operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    Push(pending, fragment.SelectionSet);
                    break;
                case GraphQLInlineFragment inline:
                    Push(pending, inline.SelectionSet);
                    break;
            }
        }

        return false;

        static void Push(Stack<ASTNode> pending, GraphQLSelectionSet? set)
        {
            foreach (var selection in set?.Selections ?? [])
            {
                pending.Push(selection);
            }
        }
    }

    private static async ValueTask<string> HashAsync(GraphQLDocument document, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        await using (var writer = new StringWriter(text))
        {
            await Printer.PrintAsync(document, writer, cancellationToken);
        }

        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
