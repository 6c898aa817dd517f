using MineralGraph.GraphSchema;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>One read of the revision node; a database no write has reached yet is at revision 0.</summary>
    public async ValueTask<long> GetRevisionAsync(CancellationToken cancellationToken)
    {
        var result = await _executor.RunAsync(new CypherStatement(_writes.Revision, Empty), AccessMode.Read, cancellationToken);
        return result.Rows.Count > 0 && result.Rows[0][0] is long revision ? revision : 0;
    }

    /// <summary>
    /// One explicit transaction: the revision first (it queues writers, see
    /// <see cref="WriteCypher.BumpRevision"/>), then one statement per change, each
    /// returning the record it wrote. A refused change throws, and the executor rolls back.
    /// </summary>
    public async Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken)
    {
        if (write.Changes.Count == 0)
        {
            return new WriteResult(await GetRevisionAsync(cancellationToken), [], [], [], []);
        }

        return await _executor.WriteTransactionAsync(async (transaction, token) =>
        {
            var revision = (long)(await transaction.RunAsync(BumpRevisionStatement(), token)).Rows[0][0]!;
            var log = new WriteLog();
            var nodes = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);
            var relationships = new Dictionary<string, RelationshipRecord>(StringComparer.Ordinal);
            foreach (var change in write.Changes)
            {
                switch (change)
                {
                    case CreateNode create:
                        Written(nodes, log, await CreateNodeAsync(transaction, create.Node, token));
                        break;
                    case UpdateNode update:
                        Written(nodes, log, await UpdateNodeAsync(transaction, update, token));
                        break;
                    case DeleteNode delete:
                        await DeleteNodeAsync(transaction, delete, log, token);
                        break;
                    case CreateRelationship create:
                        Written(relationships, log, await CreateRelationshipAsync(transaction, create.Relationship, token));
                        break;
                    case UpdateRelationship update:
                        Written(relationships, log, await UpdateRelationshipAsync(transaction, update, token));
                        break;
                    case DeleteRelationship delete:
                        await DeleteRelationshipAsync(transaction, delete.Key, log, token);
                        break;
                    default:
                        throw new GraphStoreException(StoreErrorKind.InvalidData, $"The Neo4j store cannot apply a {change.GetType().Name}; send node and relationship creates, updates and deletes only.");
                }
            }

            return log.ToResult(revision, nodes, relationships);
        }, cancellationToken);
    }

    private CypherStatement BumpRevisionStatement() => new(_writes.BumpRevision, new Dictionary<string, object?>
    {
        ["origin"] = RevisionOrigin.Now(),
    });

    private async Task<NodeRecord> CreateNodeAsync(ICypherTransaction transaction, NodeRecord node, CancellationToken cancellationToken)
    {
        WriteChecks.NewNode(node);
        var statement = new CypherStatement(_writes.CreateNode(node.Label), new Dictionary<string, object?>
        {
            ["id"] = node.Id,
            ["properties"] = StoredProperties(node.Properties, GraphModel.IdProperty, node.Id),
        });
        var result = await transaction.RunAsync(statement, cancellationToken);
        return result.Rows.Count > 0
            ? _reader.Node(result.Rows[0][0])
            : throw WriteRefusals.NodeExists(node.Id);
    }

    private async Task<NodeRecord> UpdateNodeAsync(ICypherTransaction transaction, UpdateNode update, CancellationToken cancellationToken)
    {
        var changes = WriteChecks.NodeChanges(update);
        var statement = new CypherStatement(_writes.UpdateNode, new Dictionary<string, object?> { ["id"] = update.Id, ["changes"] = changes });
        var result = await transaction.RunAsync(statement, cancellationToken);
        return result.Rows.Count > 0 ? _reader.Node(result.Rows[0][0]) : throw WriteRefusals.NodeMissing(update.Id);
    }

    private async Task DeleteNodeAsync(ICypherTransaction transaction, DeleteNode delete, WriteLog log, CancellationToken cancellationToken)
    {
        var id = new Dictionary<string, object?> { ["id"] = delete.Id };
        var inspected = await transaction.RunAsync(new CypherStatement(_writes.InspectNode, id), cancellationToken);
        if (inspected.Rows.Count == 0)
        {
            throw WriteRefusals.NodeMissing(delete.Id);
        }

        var labels = ((List<object?>)inspected.Rows[0][0]!).Cast<string>();
        var keys = ((List<object?>)inspected.Rows[0][1]!).Cast<string>().ToList();
        if (keys.Count > 0 && !delete.Detach)
        {
            throw WriteRefusals.NodeLinked(delete.Id, keys.Count, keys[0]);
        }

        if (labels.Contains(GraphModel.SourceLabel))
        {
            var parameters = new Dictionary<string, object?> { ["id"] = delete.Id, ["detached"] = keys };
            var citations = await transaction.RunAsync(new CypherStatement(_writes.Citations, parameters), cancellationToken);
            if (citations.Rows.Count > 0)
            {
                throw WriteRefusals.SourceCited(delete.Id, (string)citations.Rows[0][0]!, (string)citations.Rows[0][1]!);
            }
        }

        await transaction.RunAsync(new CypherStatement(_writes.DeleteNode, id), cancellationToken);
        keys.ForEach(log.RelationshipDeleted);
        log.NodeDeleted(delete.Id);
    }

    private async Task<RelationshipRecord> CreateRelationshipAsync(ICypherTransaction transaction, RelationshipRecord relationship, CancellationToken cancellationToken)
    {
        WriteChecks.NewRelationship(relationship);
        var statement = new CypherStatement(_writes.CreateRelationship(relationship.Type), new Dictionary<string, object?>
        {
            ["key"] = relationship.Key,
            ["start"] = relationship.StartId,
            ["end"] = relationship.EndId,
            ["properties"] = StoredProperties(relationship.Properties, RelationshipRecord.KeyProperty, relationship.Key),
        });
        var result = await transaction.RunAsync(statement, cancellationToken);
        if (result.Rows.Count > 0)
        {
            return _reader.Relationship(result.Rows[0][0]);
        }

        throw await WhyNotCreatedAsync(transaction, relationship, cancellationToken);
    }

    /// <summary>Tells a taken key from a missing end, and a missing end from one whose label the type does not connect.</summary>
    private async Task<GraphStoreException> WhyNotCreatedAsync(ICypherTransaction transaction, RelationshipRecord relationship, CancellationToken cancellationToken)
    {
        var taken = await transaction.RunAsync(new CypherStatement(_writes.KeyTaken, new Dictionary<string, object?> { ["key"] = relationship.Key }), cancellationToken);
        if (taken.Rows[0][0] is long count and > 0)
        {
            return WriteRefusals.RelationshipExists(relationship.Key);
        }

        var ends = await transaction.RunAsync(new CypherStatement(_nodesById, new Dictionary<string, object?> { ["ids"] = new[] { relationship.StartId, relationship.EndId } }), cancellationToken);
        var found = ends.Rows.Select(row => _reader.Node(row[0])).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var definition = _names.Relationship(relationship.Type);
        foreach (var (id, allowed) in new[] { (relationship.StartId, definition.From), (relationship.EndId, definition.To) })
        {
            if (!found.TryGetValue(id, out var node))
            {
                return WriteRefusals.EndMissing(relationship, id);
            }

            if (!allowed.Contains(node.Label))
            {
                return new GraphStoreException(StoreErrorKind.InvalidData,
                    $"Relationship '{relationship.Key}' cannot link '{id}', a {node.Label}: a {relationship.Type} relationship links {string.Join("|", definition.From)} to {string.Join("|", definition.To)}. Nothing was written.");
            }
        }

        return new GraphStoreException(StoreErrorKind.Unavailable, $"Neo4j did not create relationship '{relationship.Key}' and gave no reason; retry the write. Nothing was written.");
    }

    private async Task<RelationshipRecord> UpdateRelationshipAsync(ICypherTransaction transaction, UpdateRelationship update, CancellationToken cancellationToken)
    {
        var changes = WriteChecks.RelationshipChanges(update);
        var statement = new CypherStatement(_writes.UpdateRelationship, new Dictionary<string, object?> { ["key"] = update.Key, ["changes"] = changes });
        var result = await transaction.RunAsync(statement, cancellationToken);
        return result.Rows.Count > 0
            ? _reader.Relationship(result.Rows[0][0])
            : throw WriteRefusals.RelationshipMissing(update.Key);
    }

    private async Task DeleteRelationshipAsync(ICypherTransaction transaction, string key, WriteLog log, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(new CypherStatement(_writes.DeleteRelationship, new Dictionary<string, object?> { ["key"] = key }), cancellationToken);
        if (result.Rows.Count == 0)
        {
            throw WriteRefusals.DeletedRelationshipMissing(key);
        }

        log.RelationshipDeleted(key);
    }

    private static void Written(Dictionary<string, NodeRecord> nodes, WriteLog log, NodeRecord node)
    {
        nodes[node.Id] = node;
        log.NodeWritten(node.Id);
    }

    private static void Written(Dictionary<string, RelationshipRecord> relationships, WriteLog log, RelationshipRecord relationship)
    {
        relationships[relationship.Key] = relationship;
        log.RelationshipWritten(relationship.Key);
    }
}
