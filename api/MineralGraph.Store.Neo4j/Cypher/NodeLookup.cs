using System.Text;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Finds a node by id when only its possible labels are known. Ids are unique per label (one
/// constraint and index each), so a UNION of one index seek per label finds the node without
/// scanning every node.
/// </summary>
internal static class NodeLookup
{
    /// <summary>Appends <c>CALL (imports) { MATCH (v:`A`) WHERE v.id = idExpression RETURN v UNION … }</c>.</summary>
    public static StringBuilder Append(StringBuilder cypher, CypherNames names, string variable, string idExpression, IEnumerable<string> labels, string imports)
    {
        cypher.Append("CALL (").Append(imports).Append(") {");
        var first = true;
        foreach (var label in labels.Distinct(StringComparer.Ordinal))
        {
            cypher.Append(first ? " " : " UNION ");
            first = false;
            cypher.Append("MATCH (").Append(variable).Append(':').Append(names.Label(label)).Append(") WHERE ").Append(variable).Append(".id = ").Append(idExpression)
                .Append(" RETURN ").Append(variable);
        }

        return cypher.Append(" }\n");
    }
}
