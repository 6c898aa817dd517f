using GraphQL.Execution;
using GraphQLParser.AST;

namespace MineralGraph.Api.Telemetry;

/// <summary>Parses through the registered builder inside a <c>graphql.parse</c> span.</summary>
internal sealed class TracedDocumentBuilder(IDocumentBuilder inner) : IDocumentBuilder
{
    public GraphQLDocument Build(string body)
    {
        using var activity = MineralGraphActivitySource.Source.StartActivity(MineralGraphActivitySource.ParseSpan);
        try
        {
            return inner.Build(body);
        }
        catch (Exception exception)
        {
            MineralGraphActivitySource.Fail(activity, exception);
            throw;
        }
    }
}
