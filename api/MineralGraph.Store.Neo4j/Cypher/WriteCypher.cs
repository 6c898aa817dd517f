using System.Text;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// The statements of WriteAsync, of the graph revision and of the change log. Every value is a parameter
/// (<c>$id</c>, <c>$key</c>, <c>$properties</c>, <c>$changes</c>…); labels and types come from the
/// model. Each statement that changes something returns a row only when it did, so a missing
/// row means the change was refused and the adapter works out why.
/// </summary>
internal sealed class WriteCypher
{
    private readonly CypherNames _names;
    private readonly string _nodeById;
    private readonly string _relationshipByKey;
    private readonly string _revisionNode;
    private readonly string _changeNode;

    public WriteCypher(CypherNames names)
    {
        _names = names;
        var labels = names.Model.Labels.Select(l => l.Name).ToList();
        _nodeById = NodeLookup.Append(new StringBuilder(), names, "n", "$id", labels, "").ToString();
        _relationshipByKey = RelationshipLookup.Append(new StringBuilder(), names, "r", "$key").ToString();
        _revisionNode = $"(g:`{Neo4jSchema.RevisionLabel}` {{`{RelationshipRecord.KeyProperty}`: '{Neo4jSchema.RevisionKey}'}})";
        _changeNode = $"`{Neo4jSchema.ChangeLabel}`";
        UpdateNode = _nodeById + "SET n += $changes\nRETURN n";
        InspectNode = _nodeById + $"OPTIONAL MATCH (n)-[r]-()\nWITH n, collect(DISTINCT r) AS linked\nRETURN labels(n) AS labels, [r IN linked | {RecordReader.RelationshipIdentity}] AS relationships";
        DeleteNode = _nodeById + "DETACH DELETE n";
        KeyTaken = _relationshipByKey + "RETURN count(r) AS taken";
        UpdateRelationship = _relationshipByKey + $"SET r += $changes\nRETURN {RecordReader.RelationshipProjection} AS relationship";
        DeleteRelationship = _relationshipByKey + $"WITH r, {RecordReader.RelationshipIdentity} AS deleted\nDELETE r\nRETURN deleted";
        Citations = new StringBuilder("CALL () {\n  MATCH (c:").Append(names.AnyLabel(labels)).Append(") WHERE $id IN c.`").Append(GraphModel.SourcesProperty)
            .Append("` AND c.id <> $id RETURN 'node' AS kind, c.id AS citer\n  UNION ALL\n  MATCH ()-[c:").Append(names.AnyType(names.Model.Relationships.Select(r => r.Type)))
            .Append("]->() WHERE $id IN c.`").Append(GraphModel.SourcesProperty).Append("` AND NOT c.`").Append(RelationshipRecord.KeyProperty)
            .Append("` IN $detached RETURN 'relationship' AS kind, c.`").Append(RelationshipRecord.KeyProperty).Append("` AS citer\n}\nRETURN kind, citer\nLIMIT 1")
            .ToString();
        Revision = $"OPTIONAL MATCH {_revisionNode}\nRETURN g.revision AS revision";
        BumpRevision = $"MERGE {_revisionNode}\nSET g.revision = coalesce(g.revision, $origin) + 1\nRETURN g.revision AS revision";
        AppendChanges = $"CREATE (:{_changeNode} {{revision: $revision, changeSet: $changeSet}})\nWITH 1 AS appended\nMATCH (old:{_changeNode}) WHERE old.revision <= $prunedThrough\nDELETE old";
        ReadChanges = $"OPTIONAL MATCH {_revisionNode}\nCALL () {{\n  MATCH (c:{_changeNode}) WHERE c.revision > $after\n  WITH c ORDER BY c.revision LIMIT $limit\n  RETURN collect(c.changeSet) AS changeSets\n}}\nRETURN g.revision AS revision, changeSets";
    }

    /// <summary>Sets and removes properties (<c>$changes</c> holds null for each removal); returns the node.</summary>
    public string UpdateNode { get; }

    /// <summary>The node's labels and the key, type and ends of each of its relationships; no row when it is missing.</summary>
    public string InspectNode { get; }

    public string DeleteNode { get; }

    /// <summary>How many relationships, of any type, hold <c>$key</c>.</summary>
    public string KeyTaken { get; }

    public string UpdateRelationship { get; }

    /// <summary>Deletes the relationship and returns its key, type and ends; no row when it is missing.</summary>
    public string DeleteRelationship { get; }

    /// <summary>One node or relationship, other than those about to be deleted (<c>$detached</c>), that cites the Source <c>$id</c>.</summary>
    public string Citations { get; }

    public string Revision { get; }

    /// <summary>
    /// Bumps the revision, starting from <c>$origin</c> in a new database. It runs first in every
    /// write transaction: the lock on the revision node queues writers, so what a write checks
    /// (an id is free, a node is unlinked) still holds when it acts.
    /// </summary>
    public string BumpRevision { get; }

    /// <summary>Logs a revision's change set (JSON, <c>$changeSet</c>) and deletes the entries up to <c>$prunedThrough</c>.</summary>
    public string AppendChanges { get; }

    /// <summary>The revision, and the change sets above <c>$after</c>, oldest first, at most <c>$limit</c>.</summary>
    public string ReadChanges { get; }

    /// <summary>Creates the node unless a node of any label holds its id; returns it, or no row.</summary>
    public string CreateNode(string label) =>
        _nodeById + $"WITH count(n) AS taken\nWHERE taken = 0\nCREATE (n:{_names.Label(label)})\nSET n = $properties\nRETURN n";

    /// <summary>
    /// Creates the relationship between ends found among the labels its type connects, unless a
    /// relationship of any type holds its key; returns it, or no row.
    /// </summary>
    public string CreateRelationship(string type)
    {
        var definition = _names.Relationship(type);
        var cypher = new StringBuilder(_relationshipByKey).Append("WITH count(r) AS taken\nWHERE taken = 0\n");
        NodeLookup.Append(cypher, _names, "source", "$start", definition.From, "");
        NodeLookup.Append(cypher, _names, "target", "$end", definition.To, "");
        return cypher.Append("CREATE (source)-[r:").Append(_names.Type(type)).Append("]->(target)\nSET r = $properties\n")
            .Append("RETURN ").Append(RecordReader.RelationshipProjection).Append(" AS relationship").ToString();
    }
}
