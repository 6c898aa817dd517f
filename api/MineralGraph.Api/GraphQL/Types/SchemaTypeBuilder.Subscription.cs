using GraphQL;
using GraphQL.Types;
using MineralGraph.Api.GraphQL.Resolvers;
using MineralGraph.Api.Subscriptions.Events;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Types;

/// <summary>
/// The Subscription type: live updates fed by the store's committed writes, over WebSocket
/// (graphql-transport-ws) or Server-Sent Events. Each event carries the revision it belongs to
/// and what changed, with the properties after, typed by the graph model's labels and
/// relationship types, so a client can patch its cache or read again.
/// </summary>
internal sealed partial class SchemaTypeBuilder
{
    private const string Requery = "REQUERY";

    private readonly LongGraphType _long = new() { Description = "A 64-bit integer. Revisions are microseconds since 1970, below 2^53, so JavaScript numbers hold them exactly." };
    private readonly DateTimeGraphType _dateTime = new();

    /// <summary>Builds the Subscription type; call after <see cref="BuildQuery"/>, whose node and relationship types it uses.</summary>
    public ObjectGraphType BuildSubscription()
    {
        var kind = new EnumerationGraphType { Name = "ChangeKind", Description = "How a committed write changed a node or relationship." };
        kind.Add(KindName(ChangeKind.Created), KindName(ChangeKind.Created), "It did not exist before the write.");
        kind.Add(KindName(ChangeKind.Updated), KindName(ChangeKind.Updated), "It existed before and after; its properties may have changed.");
        kind.Add(KindName(ChangeKind.Deleted), KindName(ChangeKind.Deleted), "It no longer exists.");
        kind.Add(Requery, Requery, "The revision's changes are not listed (a bulk import, a write of more than a thousand changes, or changes older than the store's change log keeps): read again what you show.");

        var nodeChange = NodeChangeType(kind);
        var relationshipChange = RelationshipChangeType(kind);
        var revisionChange = new ObjectGraphType { Name = "RevisionChange", Description = "A revision of the graph: one committed write or import, and what it changed." };
        AddRevisionFields(revisionChange, (ChangeSet c) => c);
        revisionChange.AddField(Field("requery", new NonNullGraphType(_boolean), (ChangeSet c) => c.IsBulk, "True when the changes are not listed (a bulk import, a very large write, or changes this API missed): read again what you show."));
        revisionChange.AddField(Field("nodes", NonNullList(nodeChange), (ChangeSet c) => c.Nodes.Select(n => new NodeEvent(c, n)), "The nodes the revision created, updated or deleted, in change order; empty when requery is true."));
        revisionChange.AddField(Field("relationships", NonNullList(relationshipChange), (ChangeSet c) => c.Relationships.Select(r => new RelationshipEvent(c, r)), "The relationships it created, updated or deleted (a deleted node's too), in change order; empty when requery is true."));

        var subscription = new ObjectGraphType
        {
            Name = "Subscription",
            Description = "Live updates from committed writes, over WebSocket (graphql-transport-ws) or Server-Sent Events (graphql-sse). Events arrive in revision order, each once, whichever API instance committed the write.",
        };
        subscription.AddField(new FieldType
        {
            Name = "revisionChanged",
            Description = "One event per revision of the graph.",
            ResolvedType = new NonNullGraphType(revisionChange),
            Arguments = new QueryArguments(AfterRevision()),
            StreamResolver = new ChangeStreamResolver(_ => changes => [changes]),
        });
        subscription.AddField(new FieldType
        {
            Name = "nodeChanged",
            Description = "One event per node a write creates, updates or deletes, among those asked for; one REQUERY event for a revision whose changes are not listed.",
            ResolvedType = new NonNullGraphType(nodeChange),
            Arguments = new QueryArguments(
                new QueryArgument(ListOf(_id)) { Name = "ids", Description = $"Only these nodes (at most {_limits.MaxListSize})." },
                new QueryArgument(ListOf(_labelEnum)) { Name = "labels", Description = "Only nodes with these labels." },
                AfterRevision()),
            StreamResolver = new ChangeStreamResolver(NodeEvents),
        });
        subscription.AddField(new FieldType
        {
            Name = "relationshipChanged",
            Description = "One event per relationship a write creates, updates or deletes, among those asked for; one REQUERY event for a revision whose changes are not listed.",
            ResolvedType = new NonNullGraphType(relationshipChange),
            Arguments = new QueryArguments(
                new QueryArgument(ListOf(_relationshipTypeEnum)) { Name = "types", Description = "Only relationships of these types." },
                new QueryArgument(ListOf(_id)) { Name = "touching", Description = $"Only relationships that start or end at one of these nodes (at most {_limits.MaxListSize})." },
                AfterRevision()),
            StreamResolver = new ChangeStreamResolver(RelationshipEvents),
        });
        return subscription;
    }

    private ObjectGraphType NodeChangeType(EnumerationGraphType kind)
    {
        var type = new ObjectGraphType { Name = "NodeChange", Description = "A node a committed write created, updated or deleted." };
        AddRevisionFields(type, (NodeEvent e) => e.Revision);
        type.AddField(Field("kind", new NonNullGraphType(kind), (NodeEvent e) => KindName(e.Change?.Kind)));
        type.AddField(Field("id", _id, (NodeEvent e) => e.Change?.Id, "The node's id; null with REQUERY."));
        type.AddField(Field("label", _labelEnum, (NodeEvent e) => e.Change?.Label, "The node's label; null with REQUERY."));
        type.AddField(Field("node", _node, (NodeEvent e) => e.Change?.Node, "The node as the write left it, every property included; null when DELETED or REQUERY. Its relationships are read when the event is sent."));
        return type;
    }

    private ObjectGraphType RelationshipChangeType(EnumerationGraphType kind)
    {
        var type = new ObjectGraphType { Name = "RelationshipChange", Description = "A relationship a committed write created, updated or deleted." };
        AddRevisionFields(type, (RelationshipEvent e) => e.Revision);
        type.AddField(Field("kind", new NonNullGraphType(kind), (RelationshipEvent e) => KindName(e.Change?.Kind)));
        type.AddField(Field("key", _id, (RelationshipEvent e) => e.Change?.Key, "The relationship's key; null with REQUERY."));
        type.AddField(Field("type", _relationshipTypeEnum, (RelationshipEvent e) => e.Change?.Type, "The relationship's type; null with REQUERY."));
        type.AddField(Field("startId", _id, (RelationshipEvent e) => e.Change?.StartId, "The id of the node it starts at; null with REQUERY."));
        type.AddField(Field("endId", _id, (RelationshipEvent e) => e.Change?.EndId, "The id of the node it ends at; null with REQUERY."));
        type.AddField(Field("relationship", _relationship, (RelationshipEvent e) => e.Change?.Relationship, "The relationship as the write left it, every property included; null when DELETED or REQUERY."));
        return type;
    }

    private void AddRevisionFields<TSource>(ObjectGraphType type, Func<TSource, ChangeSet> revision)
    {
        type.AddField(Field("revision", new NonNullGraphType(_long), (TSource source) => revision(source).Revision, "The graph revision this change belongs to; pass it as afterRevision to resume after it."));
        type.AddField(Field("committedAt", new NonNullGraphType(_dateTime), (TSource source) => revision(source).CommittedAt.UtcDateTime, "When the write was committed (for changes this API missed, when it noticed)."));
    }

    /// <summary>The <c>ChangeKind</c> value of a change; <c>REQUERY</c> for an event without one.</summary>
    private static string KindName(ChangeKind? kind) => kind switch
    {
        ChangeKind.Created => "CREATED",
        ChangeKind.Updated => "UPDATED",
        ChangeKind.Deleted => "DELETED",
        _ => Requery,
    };

    private QueryArgument AfterRevision() => new(_long)
    {
        Name = ChangeStreamResolver.AfterRevisionArgument,
        Description = "Resume after this revision (one an event carried): the changes since, as far as the store's change log still holds them, then live ones. Left out: from now.",
    };

    private Func<ChangeSet, IEnumerable<object>> NodeEvents(IResolveFieldContext context)
    {
        var ids = context.ReadList("ids", _limits)?.ToHashSet(StringComparer.Ordinal);
        var labels = context.ReadList("labels", _limits)?.ToHashSet(StringComparer.Ordinal);
        return changes => changes.IsBulk
            ? [new NodeEvent(changes, null)]
            : changes.Nodes.Where(n => (ids is null || ids.Contains(n.Id)) && (labels is null || labels.Contains(n.Label))).Select(n => new NodeEvent(changes, n));
    }

    private Func<ChangeSet, IEnumerable<object>> RelationshipEvents(IResolveFieldContext context)
    {
        var types = context.ReadList("types", _limits)?.ToHashSet(StringComparer.Ordinal);
        var touching = context.ReadList("touching", _limits);
        return changes => changes.IsBulk
            ? [new RelationshipEvent(changes, null)]
            : changes.Relationships.Where(r => (types is null || types.Contains(r.Type)) && (touching is null || touching.Any(r.Touches))).Select(r => new RelationshipEvent(changes, r));
    }
}
