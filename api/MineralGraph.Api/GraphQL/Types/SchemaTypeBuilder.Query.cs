using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using MineralGraph.Api.Errors;
using MineralGraph.Api.GraphQL.Batching;
using MineralGraph.Api.GraphQL.Resolvers;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Types;

internal sealed partial class SchemaTypeBuilder
{
    private ObjectGraphType BuildQueryType()
    {
        var query = new ObjectGraphType { Name = "Query", Description = "The critical-minerals knowledge graph." };
        query.AddField(new FieldType
        {
            Name = "node",
            Description = "The node with this id, or null.",
            ResolvedType = _node,
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(_id)) { Name = "id" }),
            Resolver = new FuncFieldResolver<object?>(c => c.Loaders().Nodes.Load(c.GetArgument<string>("id"))),
        });
        query.AddField(new FieldType
        {
            Name = "nodes",
            Description = $"The nodes with these ids, in the same order; null where an id matches nothing. At most {_limits.MaxListSize} ids.",
            ResolvedType = new NonNullGraphType(new ListGraphType(_node)),
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(ListOf(_id))) { Name = "ids" }),
            Resolver = new FuncFieldResolver<object?>(c => c.Loaders().Nodes.LoadMany(c.ReadList("ids", _limits)!)),
        });

        var hit = new ObjectGraphType { Name = "SearchHit", Description = "A node whose name, aliases or identifiers match, with its relevance." };
        hit.AddField(new FieldType { Name = "score", Description = "Higher is better: 300 for the whole name, 200 for a whole alias or identifier (a code, symbol, ticker or ISO code), 100 for a name that starts with the text; plus one per word matched; plus text relevance, below 1.", ResolvedType = new NonNullGraphType(_float), Resolver = new FuncFieldResolver<SearchHit, double>(c => c.Source.Score) });
        hit.AddField(new FieldType { Name = "node", ResolvedType = new NonNullGraphType(_node), Resolver = new FuncFieldResolver<SearchHit, NodeRecord>(c => c.Source.Node) });
        query.AddField(new FieldType
        {
            Name = "search",
            Description = $"Nodes whose names, aliases or identifiers ({string.Join(", ", _model.SearchableProperties)}) contain any word of the text, the last word as a prefix (type-ahead), best first: the whole name, then a whole alias or identifier, then a name that starts with the text, then more words matched. Diacritics and case are ignored.",
            ResolvedType = new NonNullGraphType(ListOf(hit)),
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(_string)) { Name = "text", Description = $"Words to look for: at most {SearchResolver.MaxWords}, in at most {SearchResolver.MaxTextLength} characters." },
                new QueryArgument(ListOf(_labelEnum)) { Name = "labels", Description = "Only nodes with these labels." },
                new QueryArgument(_int) { Name = "first", DefaultValue = 10, Description = $"At most this many hits (at most {_limits.MaxSearchResults})." }),
            Resolver = new SearchResolver(_limits),
        });

        foreach (var label in _model.Labels)
        {
            query.AddField(LabelConnectionField(label));
        }

        AddAnalyticsFields(query);
        return query;
    }
}
