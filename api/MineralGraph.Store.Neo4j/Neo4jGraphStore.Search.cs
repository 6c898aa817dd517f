using System.Text;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// The full-text index (names, aliases and identifiers) is queried once per word, so each
    /// node counts the words it matches; the ranking is the SQLite store's: the whole name, then
    /// a whole alias or identifier, then a name that starts with the text, then the words
    /// matched, then the index's score squashed into [0, 1).
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var words = LuceneQuery.Words(query.Text);
        if (words.Count == 0 || query.Limit < 1)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?>
        {
            ["words"] = words.ToArray(),
            ["text"] = query.Text.Trim(),
            ["limit"] = (long)query.Limit,
        };
        var name = $"node.{_names.Property(GraphModel.NameProperty)}";
        var cypher = new StringBuilder("UNWIND range(0, size($words) - 1) AS word\n")
            .Append("CALL db.index.fulltext.queryNodes('").Append(Neo4jSchema.SearchIndex).Append("', $words[word]) YIELD node, score\n")
            .Append("WITH node, count(DISTINCT word) AS matched, sum(score) AS relevance\n");
        if (query.Labels is { Count: > 0 })
        {
            parameters["labels"] = query.Labels.ToArray();
            cypher.Append("WHERE any(label IN labels(node) WHERE label IN $labels)\n");
        }

        cypher.Append("WITH node, matched, relevance, CASE")
            .Append(" WHEN toLower(").Append(name).Append(") = toLower($text) THEN 300")
            .Append(" WHEN any(alias IN coalesce(node.").Append(_names.Property(GraphModel.AliasesProperty)).Append(", []) WHERE toLower(alias) = toLower($text))")
            .AppendJoin("", _names.Model.SearchableProperties.Select(p => $" OR toLower(node.{_names.Property(p)}) = toLower($text)"))
            .Append(" THEN 200")
            .Append(" WHEN toLower(").Append(name).Append(") STARTS WITH toLower($text) THEN 100")
            .Append(" ELSE 0 END AS tier\n")
            .Append("WITH node, tier + matched + 1.0 - 1.0 / (1.0 + relevance) AS rank\n")
            .Append("ORDER BY rank DESC, ").Append(name).Append(" ASC, node.id ASC\nLIMIT $limit\nRETURN node, rank");

        var result = await _executor.RunAsync(new CypherStatement(cypher.ToString(), parameters), AccessMode.Read, cancellationToken);
        return [.. result.Rows.Select(row => new SearchHit(_reader.Node(row[0]), (double)row[1]!))];
    }
}
