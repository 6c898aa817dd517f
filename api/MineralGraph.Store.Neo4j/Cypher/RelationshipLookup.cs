using System.Text;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Finds a relationship by key when its type is not known. Keys are unique per type (one
/// constraint and index each), so a UNION of one index seek per type finds it without scanning
/// every relationship, as <see cref="NodeLookup"/> does for nodes.
/// </summary>
internal static class RelationshipLookup
{
    /// <summary>Appends <c>CALL () { MATCH ()-[r:`A`]->() WHERE r.`key` = keyExpression RETURN r UNION … }</c>.</summary>
    public static StringBuilder Append(StringBuilder cypher, CypherNames names, string variable, string keyExpression)
    {
        cypher.Append("CALL () {");
        var first = true;
        foreach (var relationship in names.Model.Relationships)
        {
            cypher.Append(first ? " " : " UNION ");
            first = false;
            cypher.Append("MATCH ()-[").Append(variable).Append(':').Append(names.Type(relationship.Type)).Append("]->() WHERE ")
                .Append(variable).Append(".`").Append(RelationshipRecord.KeyProperty).Append("` = ").Append(keyExpression).Append(" RETURN ").Append(variable);
        }

        return cypher.Append(" }\n");
    }
}
