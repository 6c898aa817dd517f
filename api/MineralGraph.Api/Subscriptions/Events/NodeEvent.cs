using MineralGraph.Store;

namespace MineralGraph.Api.Subscriptions.Events;

/// <summary>A <c>NodeChange</c> event: one node's change in a revision, or, without one, a revision whose changes are not listed.</summary>
internal sealed record NodeEvent(ChangeSet Revision, NodeChange? Change);
