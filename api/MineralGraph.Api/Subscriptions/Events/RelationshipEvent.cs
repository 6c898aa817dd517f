using MineralGraph.Store;

namespace MineralGraph.Api.Subscriptions.Events;

/// <summary>A <c>RelationshipChange</c> event: one relationship's change in a revision, or, without one, a revision whose changes are not listed.</summary>
internal sealed record RelationshipEvent(ChangeSet Revision, RelationshipChange? Change);
