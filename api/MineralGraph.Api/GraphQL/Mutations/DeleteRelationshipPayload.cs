namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>What <c>deleteRelationship</c> removed.</summary>
internal sealed record DeleteRelationshipPayload(string Key);
