using System.Text;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// The full-text index finds candidates; the ranking is the SQLite store's: the whole name,
    /// then a whole alias, then a name that starts with the text, then the index's score.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var lucene = LuceneQuery.Build(query.Text);
        if (lucene.Length == 0 || query.Limit < 1)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?>
        {
            ["query"] = lucene,
            ["text"] = query.Text.Trim(),
            ["limit"] = (long)query.Limit,
        };
        var cypher = new StringBuilder("CALL db.index.fulltext.queryNodes('").Append(Neo4jSchema.SearchIndex).Append("', $query) YIELD node, score\n");
        if (query.Labels is { Count: > 0 })
        {
            parameters["labels"] = query.Labels.ToArray();
            cypher.Append("WHERE any(label IN labels(node) WHERE label IN $labels)\n");
        }

        cypher.Append("WITH node, score + CASE")
            .Append(" WHEN toLower(node.`").Append(GraphModel.NameProperty).Append("`) = toLower($text) THEN 30.0")
            .Append(" WHEN any(alias IN coalesce(node.`").Append(GraphModel.AliasesProperty).Append("`, []) WHERE toLower(alias) = toLower($text)) THEN 20.0")
            .Append(" WHEN toLower(node.`").Append(GraphModel.NameProperty).Append("`) STARTS WITH toLower($text) THEN 10.0")
            .Append(" ELSE 0.0 END AS rank\n")
            .Append("ORDER BY rank DESC, node.`").Append(GraphModel.NameProperty).Append("` ASC, node.id ASC\nLIMIT $limit\nRETURN node, rank");

        var result = await _executor.RunAsync(new CypherStatement(cypher.ToString(), parameters), AccessMode.Read, cancellationToken);
        return [.. result.Rows.Select(row => new SearchHit(_reader.Node(row[0]), (double)row[1]!))];
    }
}
