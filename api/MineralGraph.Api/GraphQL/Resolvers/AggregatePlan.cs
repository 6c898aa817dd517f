using GraphQL;
using GraphQLParser.AST;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Resolvers;

/// <summary>
/// What the fields of an aggregate object read from the store: each field its figures, or the
/// plan of the object it leads to (a relationship aggregate's <c>node</c> and <c>edge</c>). A
/// connection reads the plan once, for every field its selection asks, so all the figures of a
/// connection come from one store call.
/// </summary>
internal sealed class AggregatePlan
{
    /// <summary>The field of a connection that holds its figures.</summary>
    public const string FieldName = "aggregate";

    private readonly Dictionary<string, Aggregation[]> _figures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AggregatePlan> _nested = new(StringComparer.Ordinal);

    public void Add(string field, params Aggregation[] figures) => _figures[field] = figures;

    public void Nest(string field, AggregatePlan plan) => _nested[field] = plan;

    /// <summary>The figures every <c>aggregate</c> field in the connection's selection reads, under any alias or fragment; none when it asks for none.</summary>
    public IReadOnlyList<Aggregation> FiguresUnder(IResolveFieldContext connection)
    {
        var figures = new HashSet<Aggregation>();
        foreach (var aggregate in SelectionFields.Of(connection.Document, connection.FieldAst.SelectionSet).Where(f => f.Name.StringValue == FieldName))
        {
            Collect(connection.Document, aggregate.SelectionSet, figures);
        }

        return [.. figures];
    }

    private void Collect(GraphQLDocument document, GraphQLSelectionSet? selection, HashSet<Aggregation> figures)
    {
        foreach (var field in SelectionFields.Of(document, selection))
        {
            if (_figures.TryGetValue(field.Name.StringValue, out var read))
            {
                figures.UnionWith(read);
            }
            else if (_nested.TryGetValue(field.Name.StringValue, out var nested))
            {
                nested.Collect(document, field.SelectionSet, figures);
            }
        }
    }
}
