using System.Text;
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
    /// returning the record it wrote, then the change-log entry. A refused change throws, and
    /// the executor rolls back.
    /// </summary>
    public async Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken)
    {
        if (write.Changes.Count == 0)
        {
            return WriteResult.Unchanged(await GetRevisionAsync(cancellationToken));
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
                        log.NodeCreated(Written(nodes, await CreateNodeAsync(transaction, create.Node, token)));
                        break;
                    case UpdateNode update:
                        log.NodeUpdated(Written(nodes, await UpdateNodeAsync(transaction, update, token)));
                        break;
                    case DeleteNode delete:
                        await DeleteNodeAsync(transaction, delete, log, token);
                        break;
                    case CreateRelationship create:
                        log.RelationshipCreated(Written(relationships, await CreateRelationshipAsync(transaction, create.Relationship, token)));
                        break;
                    case UpdateRelationship update:
                        log.RelationshipUpdated(Written(relationships, await UpdateRelationshipAsync(transaction, update, token)));
                        break;
                    case DeleteRelationship delete:
                        await DeleteRelationshipAsync(transaction, delete.Key, log, token);
                        break;
                    default:
                        throw new GraphStoreException(StoreErrorKind.InvalidData, $"The Neo4j store cannot apply a {change.GetType().Name}; send node and relationship creates, updates and deletes only.");
                }
            }

            var changes = log.ToChangeSet(revision, DateTimeOffset.UtcNow, nodes, relationships);
            await transaction.RunAsync(AppendChangesStatement(changes), token);
            return log.ToResult(revision, nodes, relationships, changes);
        }, cancellationToken);
    }

    /// <summary>The change log from a revision onward, with the revision read in the same statement.</summary>
    public async Task<ChangeLogPage> ReadChangesAsync(long afterRevision, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var parameters = new Dictionary<string, object?> { ["after"] = afterRevision, ["limit"] = (long)limit };
        var result = await _executor.RunAsync(new CypherStatement(_writes.ReadChanges, parameters), AccessMode.Read, cancellationToken);
        var revision = result.Rows.Count > 0 && result.Rows[0][0] is long current ? current : 0;
        var changeSets = result.Rows.Count > 0
            ? ((IEnumerable<object?>)result.Rows[0][1]!).Select(json => _changes.Deserialize(Encoding.UTF8.GetBytes((string)json!))).ToList()
            : [];
        var complete = revision <= afterRevision || (changeSets.Count > 0 && changeSets[0].Revision == afterRevision + 1);
        return new ChangeLogPage(changeSets, revision, complete);
    }

    /// <summary>Logs a revision's changes in its write transaction and deletes the entries past <see cref="Neo4jStoreOptions.ChangeLogRevisions"/>.</summary>
    private CypherStatement AppendChangesStatement(ChangeSet changes) => new(_writes.AppendChanges, new Dictionary<string, object?>
    {
        ["revision"] = changes.Revision,
        ["changeSet"] = Encoding.UTF8.GetString(ChangeSetCodec.Serialize(changes)),
        ["prunedThrough"] = changes.Revision - _options.ChangeLogRevisions,
    });

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

        var labels = ((List<object?>)inspected.Rows[0][0]!).Cast<string>().ToList();
        var linked = ((List<object?>)inspected.Rows[0][1]!).Select(RelationshipIdentity).ToList();
        if (linked.Count > 0 && !delete.Detach)
        {
            throw WriteRefusals.NodeLinked(delete.Id, linked.Count, linked[0].Key);
        }

        if (labels.Contains(GraphModel.SourceLabel))
        {
            var parameters = new Dictionary<string, object?> { ["id"] = delete.Id, ["detached"] = linked.Select(r => r.Key).ToList() };
            var citations = await transaction.RunAsync(new CypherStatement(_writes.Citations, parameters), cancellationToken);
            if (citations.Rows.Count > 0)
            {
                throw WriteRefusals.SourceCited(delete.Id, (string)citations.Rows[0][0]!, (string)citations.Rows[0][1]!);
            }
        }

        await transaction.RunAsync(new CypherStatement(_writes.DeleteNode, id), cancellationToken);
        foreach (var (key, type, start, end) in linked)
        {
            log.RelationshipDeleted(key, type, start, end);
        }

        log.NodeDeleted(delete.Id, labels.FirstOrDefault(l => _names.Model.FindLabel(l) is not null) ?? labels.FirstOrDefault() ?? "");
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

        var (_, type, start, end) = RelationshipIdentity(result.Rows[0][0]);
        log.RelationshipDeleted(key, type, start, end);
    }

    /// <summary>A <see cref="RecordReader.RelationshipIdentity"/> map.</summary>
    private static (string Key, string Type, string Start, string End) RelationshipIdentity(object? value)
    {
        var map = (IReadOnlyDictionary<string, object?>)value!;
        return ((string)map["key"]!, (string)map["type"]!, (string)map["start"]!, (string)map["end"]!);
    }

    private static string Written(Dictionary<string, NodeRecord> nodes, NodeRecord node)
    {
        nodes[node.Id] = node;
        return node.Id;
    }

    private static string Written(Dictionary<string, RelationshipRecord> relationships, RelationshipRecord relationship)
    {
        relationships[relationship.Key] = relationship;
        return relationship.Key;
    }
}
