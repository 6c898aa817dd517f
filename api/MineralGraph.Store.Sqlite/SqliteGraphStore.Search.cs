using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace MineralGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// FTS5 prefix match on every word of the text, ranked: the whole name, then a whole alias,
    /// then a name that starts with the text, then BM25 (name weighted over aliases). BM25 grows
    /// with the size of the graph, so it is squashed into [0, 1) to stay below the 10 points
    /// between two ranks.
    /// </summary>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var match = ToMatchExpression(query.Text);
        if (match.Length == 0 || query.Limit < 1)
        {
            return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        }

        return RunAsync<IReadOnlyList<SearchHit>>(async connection =>
        {
            var parameters = new SqlParameters();
            var text = parameters.Add(query.Text.Trim());
            var sql = new StringBuilder("SELECT n.id, n.label, n.name, n.props, (CASE")
                .Append(" WHEN mg_fold(n.name) = mg_fold(").Append(text).Append(") THEN 30")
                .Append(" WHEN EXISTS (SELECT 1 FROM json_each(n.props, '$.aliases') a WHERE mg_fold(a.value) = mg_fold(").Append(text).Append(")) THEN 20")
                .Append(" WHEN substr(mg_fold(n.name), 1, length(").Append(text).Append(")) = mg_fold(").Append(text).Append(") THEN 10")
                .Append(" ELSE 0 END) + 1.0 - 1.0 / (1.0 - bm25(node_search, 4.0, 1.0)) AS score")
                .Append(" FROM node_search s JOIN node n ON n.rowid = s.rowid WHERE node_search MATCH ").Append(parameters.Add(match));
            if (query.Labels is { Count: > 0 })
            {
                sql.Append(" AND n.label IN (SELECT value FROM json_each(").Append(parameters.AddList(query.Labels)).Append("))");
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
    /// Each word of the text as a quoted FTS5 prefix term, so no character of the input is FTS5
    /// syntax. Words are runs of letters and digits (with their combining marks), split where
    /// the unicode61 tokenizer splits the indexed names: "America's" is "America" and "s".
    /// </summary>
    private static string ToMatchExpression(string text)
    {
        var terms = new StringBuilder();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || (word.Length > 0 && Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                word.Append(rune.ToString());
            }
            else
            {
                AppendTerm(terms, word);
            }
        }

        AppendTerm(terms, word);
        return terms.ToString();
    }

    private static void AppendTerm(StringBuilder terms, StringBuilder word)
    {
        if (word.Length > 0)
        {
            terms.Append(terms.Length == 0 ? "" : " ").Append('"').Append(word).Append("\"*");
            word.Clear();
        }
    }
}
