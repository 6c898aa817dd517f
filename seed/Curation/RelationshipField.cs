using MineralGraph.GraphSchema;

namespace MineralGraph.Seed.Curation;

/// <summary>
/// A relationship as a curated record writes it: a list under one of its ends, named as the GraphQL
/// field is on that end. A mine lists its owners under <c>ownedBy</c>; a company could list the same
/// relationship under <c>owns</c>. Each entry names the node at the other end.
/// </summary>
public sealed record RelationshipField(string Name, RelationshipDefinition Relationship, bool Outgoing)
{
    /// <summary>The key of the other end in an entry.</summary>
    public const string NodeKey = "node";

    /// <summary>The labels the node at the other end may have.</summary>
    public IReadOnlyList<string> OtherLabels => Outgoing ? Relationship.To : Relationship.From;

    /// <summary>Every relationship field of a label, in model order, the outgoing one first where a type links a label to itself.</summary>
    public static IReadOnlyList<RelationshipField> Of(GraphModel model, string label)
    {
        List<RelationshipField> fields = [];
        foreach (var relationship in model.Relationships)
        {
            if (relationship.From.Contains(label))
            {
                fields.Add(new RelationshipField(relationship.OutField, relationship, Outgoing: true));
            }

            if (relationship.To.Contains(label))
            {
                fields.Add(new RelationshipField(relationship.InField, relationship, Outgoing: false));
            }
        }

        return fields;
    }
}
