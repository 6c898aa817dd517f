namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>What <c>deleteNode</c> removed: the node and, with <c>detach</c>, its relationships.</summary>
internal sealed record DeleteNodePayload(string Id, IReadOnlyList<string> DeletedRelationshipKeys);
