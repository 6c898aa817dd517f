using System.Text;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Upserts in one explicit transaction, all or nothing: the revision first (as in WriteAsync),
    /// then nodes by label, then relationships by type, in UNWIND batches of
    /// <see cref="Neo4jStoreOptions.ImportBatchSize"/> rows with MERGE on id and key, then one
    /// bulk change-log entry. A relationship whose key moved to other nodes is re-created between them.
    /// </summary>
    public async Task<ImportResult> ImportAsync(GraphDataset dataset, CancellationToken cancellationToken)
    {
        var nodeBatches = dataset.Nodes.GroupBy(n => n.Label, StringComparer.Ordinal)
            .SelectMany(group => group.Chunk(_options.ImportBatchSize).Select(batch => NodeBatch(group.Key, batch))).ToList();
        var relationshipBatches = dataset.Relationships.GroupBy(r => r.Type, StringComparer.Ordinal)
            .SelectMany(group => group.Chunk(_options.ImportBatchSize).Select(batch => RelationshipBatch(group.Key, batch))).ToList();

        await _executor.WriteTransactionAsync(async (transaction, token) =>
        {
            var revision = (long)(await transaction.RunAsync(BumpRevisionStatement(), token)).Rows[0][0]!;
            foreach (var batch in nodeBatches)
            {
                await transaction.RunAsync(batch, token);
            }

            foreach (var batch in relationshipBatches)
            {
                var result = await transaction.RunAsync(batch, token);
                var merged = result.Rows.Count > 0 ? ((List<object?>)result.Rows[0][0]!).Cast<string>().ToHashSet(StringComparer.Ordinal) : [];
                var rows = (IReadOnlyList<object?>)batch.Parameters["rows"]!;
                var missing = rows.Cast<IReadOnlyDictionary<string, object?>>().Select(row => (string)row["key"]!).FirstOrDefault(key => !merged.Contains(key));
                if (missing is not null)
                {
                    throw new GraphStoreException(StoreErrorKind.InvalidData,
                        $"Relationship '{missing}' links a node that does not exist or has a label its type cannot connect; import the node first or fix the relationship. Nothing was imported.");
                }
            }

            await transaction.RunAsync(AppendChangesStatement(ChangeSet.Bulk(revision, DateTimeOffset.UtcNow)), token);
            return true;
        }, cancellationToken);
        return new ImportResult(dataset.Nodes.Count, dataset.Relationships.Count);
    }

    private CypherStatement NodeBatch(string label, NodeRecord[] nodes)
    {
        var cypher = $"UNWIND $rows AS row\nMERGE (n:{_names.Label(label)} {{id: row.id}})\nSET n = row.properties";
        foreach (var node in nodes)
        {
            WriteChecks.NameOf(node);
        }

        var rows = nodes.Select(node => (object?)new Dictionary<string, object?>
        {
            ["id"] = node.Id,
            ["properties"] = StoredProperties(node.Properties, GraphModel.IdProperty, node.Id),
        }).ToList();
        return new CypherStatement(cypher, new Dictionary<string, object?> { ["rows"] = rows });
    }

    /// <summary>
    /// Finds both ends by id among the labels the type connects, drops a relationship that
    /// holds the key between other nodes, and merges on the key. Returns the keys merged, so
    /// a relationship whose ends are missing is named instead of silently skipped.
    /// </summary>
    private CypherStatement RelationshipBatch(string type, RelationshipRecord[] relationships)
    {
        var definition = _names.Relationship(type);
        var quotedType = _names.Type(type);
        var cypher = new StringBuilder("UNWIND $rows AS row\n");
        NodeLookup.Append(cypher, _names, "source", "row.start", definition.From, "row");
        NodeLookup.Append(cypher, _names, "target", "row.end", definition.To, "row");
        cypher.Append("CALL (row, source, target) {\n  MATCH (x)-[moved:").Append(quotedType).Append(" {`key`: row.key}]->(y)\n")
            .Append("  WHERE x <> source OR y <> target\n  DELETE moved\n}\n")
            .Append("MERGE (source)-[r:").Append(quotedType).Append(" {`key`: row.key}]->(target)\n")
            .Append("SET r = row.properties\nRETURN collect(row.key) AS merged");
        var rows = relationships.Select(relationship => (object?)new Dictionary<string, object?>
        {
            ["key"] = relationship.Key,
            ["start"] = relationship.StartId,
            ["end"] = relationship.EndId,
            ["properties"] = StoredProperties(relationship.Properties, RelationshipRecord.KeyProperty, relationship.Key),
        }).ToList();
        return new CypherStatement(cypher.ToString(), new Dictionary<string, object?> { ["rows"] = rows });
    }

    /// <summary>The properties as Neo4j stores them: the identity included, nulls left out (a property is either set or absent).</summary>
    private static Dictionary<string, object?> StoredProperties(IReadOnlyDictionary<string, object?> properties, string identity, string value)
    {
        var stored = new Dictionary<string, object?>(properties.Count + 1, StringComparer.Ordinal) { [identity] = value };
        foreach (var (name, property) in properties)
        {
            if (property is not null)
            {
                stored[name] = property;
            }
        }

        return stored;
    }
}
