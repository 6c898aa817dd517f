using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>What separates the aliases and identifiers a node's search row holds.</summary>
    private const string SearchSeparator = " ; ";

    /// <summary>
    /// Nodes matching any word of the text: the last word as a prefix (type-ahead), the others
    /// whole, in names, aliases and identifiers (the model's searchable properties). Ranked by
    /// tier (300 for the whole name, 200 for a whole alias or identifier, 100 for a name that
    /// starts with the text), then by the number of words matched, then by BM25 (name weighted
    /// over aliases and identifiers), squashed into [0, 1) to stay below one more word matched.
    /// One FTS5 query finds the candidates; one per word counts the words each matches.
    /// </summary>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var words = Words(query.Text);
        if (words.Count == 0 || query.Limit < 1)
        {
            return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        }

        return RunAsync<IReadOnlyList<SearchHit>>(async connection =>
        {
            var parameters = new SqlParameters();
            var text = parameters.Add(query.Text.Trim());
            var terms = words.Select((word, i) => Term(word, prefix: i == words.Count - 1)).ToList();
            var identifier = string.Concat(_model.SearchableProperties.Select(p => $" OR mg_fold(json_extract(n.props, '$.{SqliteSchema.CheckIdentifier(p)}')) = mg_fold({text})"));
            var sql = new StringBuilder("WITH hits AS (SELECT rowid, bm25(node_search, 4.0, 1.0) AS relevance FROM node_search WHERE node_search MATCH ")
                .Append(parameters.Add(string.Join(" OR ", terms))).Append(')')
                .Append(" SELECT n.id, n.label, n.name, n.props, (CASE")
                .Append(" WHEN mg_fold(n.name) = mg_fold(").Append(text).Append(") THEN 300")
                .Append(" WHEN EXISTS (SELECT 1 FROM json_each(n.props, '$.aliases') a WHERE mg_fold(a.value) = mg_fold(").Append(text).Append("))").Append(identifier).Append(" THEN 200")
                .Append(" WHEN substr(mg_fold(n.name), 1, length(").Append(text).Append(")) = mg_fold(").Append(text).Append(") THEN 100")
                .Append(" ELSE 0 END)");
            foreach (var term in terms)
            {
                sql.Append(" + (h.rowid IN (SELECT rowid FROM node_search WHERE node_search MATCH ").Append(parameters.Add(term)).Append("))");
            }

            sql.Append(" + 1.0 - 1.0 / (1.0 - h.relevance) AS score FROM hits h JOIN node n ON n.rowid = h.rowid");
            if (query.Labels is { Count: > 0 })
            {
                sql.Append(" WHERE n.label IN (SELECT value FROM json_each(").Append(parameters.AddList(query.Labels)).Append("))");
            }

            sql.Append(" ORDER BY score DESC, n.name, n.id LIMIT ").Append(parameters.Add(query.Limit));
            await using var command = CreateCommand(connection, sql.ToString(), parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var hits = new List<SearchHit>();
            while (await reader.ReadAsync(cancellationToken))
            {
                hits.Add(new SearchHit(ReadNode(reader, 0), reader.GetDouble(4)));
            }

            return hits;
        }, cancellationToken);
    }

    /// <summary>
    /// Writes the search index's rows of the nodes <paramref name="condition"/> selects (all of
    /// them when empty), replacing those it holds: the name, then the aliases and the values of the
    /// searchable properties (codes, symbols, tickers, ISO codes) in the second column. The one
    /// place that says what the index holds, for imports, writes and upgrades alike.
    /// </summary>
    private string IndexNodesSql(string condition)
    {
        var identifiers = string.Concat(_model.SearchableProperties.Select(p => $" UNION ALL SELECT json_extract(props, '$.{SqliteSchema.CheckIdentifier(p)}')"));
        return $"INSERT OR REPLACE INTO node_search(rowid, name, aliases) SELECT rowid, name, ifnull((SELECT group_concat(value, '{SearchSeparator}') FROM " +
            $"(SELECT value FROM json_each(props, '$.{GraphModel.AliasesProperty}'){identifiers})), '') FROM node{condition}";
    }

    /// <summary>Fills the search index again from the nodes, for a file whose index holds less than this version's.</summary>
    private Task RebuildSearchIndexAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, "DELETE FROM node_search; " + IndexNodesSql(""), cancellationToken);

    /// <summary>
    /// The words of the text: runs of letters and digits (with their combining marks), split
    /// where the unicode61 tokenizer splits the indexed names: "America's" is "America" and "s".
    /// </summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || (word.Length > 0 && Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>A word as a quoted FTS5 term, so no character of the input is FTS5 syntax; a prefix term for the last word.</summary>
    private static string Term(string word, bool prefix) => prefix ? $"\"{word}\"*" : $"\"{word}\"";
}
