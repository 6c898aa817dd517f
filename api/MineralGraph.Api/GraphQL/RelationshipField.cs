using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL;

/// <summary>
/// A relationship type seen from one end: the GraphQL field that walks it, the direction it
/// walks, and the labels found at the other end.
/// </summary>
public sealed record RelationshipField(string FieldName, RelationshipDefinition Relationship, Direction Direction, IReadOnlyList<string> OtherLabels)
{
    /// <summary>Every relationship field of a label: outgoing types under their out-name, incoming under their in-name.</summary>
    public static IEnumerable<RelationshipField> Of(GraphModel model, string label)
    {
        foreach (var relationship in model.Relationships)
        {
            if (relationship.From.Contains(label))
            {
                yield return new RelationshipField(relationship.OutField, relationship, Direction.Outgoing, relationship.To);
            }

            if (relationship.To.Contains(label))
            {
                yield return new RelationshipField(relationship.InField, relationship, Direction.Incoming, relationship.From);
            }
        }
    }
}
