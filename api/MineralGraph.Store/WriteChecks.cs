using MineralGraph.GraphSchema;

namespace MineralGraph.Store;

/// <summary>
/// The checks every adapter makes before a change reaches its database, so both refuse the same
/// writes with the same message: identities stay out of properties, a node keeps a string name,
/// and a property is either set or unset.
/// </summary>
public static class WriteChecks
{
    /// <summary>The node's name; every node written, by a write or an import, must have one.</summary>
    public static string NameOf(NodeRecord node) =>
        node.Properties.GetValueOrDefault(GraphModel.NameProperty) as string
        ?? throw Invalid($"Node '{node.Id}' has no name; give every node a string '{GraphModel.NameProperty}' property.");

    public static void NewNode(NodeRecord node)
    {
        NameOf(node);
        if (node.Properties.ContainsKey(GraphModel.IdProperty))
        {
            throw Invalid($"Node '{node.Id}' has an '{GraphModel.IdProperty}' property; give the id only as the node's id.");
        }
    }

    public static void NewRelationship(RelationshipRecord relationship)
    {
        if (relationship.Properties.ContainsKey(RelationshipRecord.KeyProperty))
        {
            throw Invalid($"Relationship '{relationship.Key}' has a '{RelationshipRecord.KeyProperty}' property; give the key only as the relationship's key.");
        }
    }

    /// <summary>
    /// The changes of an update as one map: the set values, and null for each property to remove
    /// (a null among the set values removes too, as in Cypher's <c>SET n += $map</c>).
    /// </summary>
    public static Dictionary<string, object?> NodeChanges(UpdateNode update)
    {
        var changes = Changes($"node '{update.Id}'", GraphModel.IdProperty, update.Set, update.Unset);
        if (changes.TryGetValue(GraphModel.NameProperty, out var name) && name is not string)
        {
            throw Invalid($"The update of node '{update.Id}' removes its name; every node needs a string '{GraphModel.NameProperty}', so set a new one instead.");
        }

        return changes;
    }

    public static Dictionary<string, object?> RelationshipChanges(UpdateRelationship update) =>
        Changes($"relationship '{update.Key}'", RelationshipRecord.KeyProperty, update.Set, update.Unset);

    /// <summary>Applies changes from <see cref="NodeChanges"/> or <see cref="RelationshipChanges"/> to properties read from the store.</summary>
    public static void Apply(IDictionary<string, object?> properties, IReadOnlyDictionary<string, object?> changes)
    {
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                properties.Remove(name);
            }
            else
            {
                properties[name] = value;
            }
        }
    }

    private static Dictionary<string, object?> Changes(string subject, string identity, IReadOnlyDictionary<string, object?> set, IReadOnlyList<string> unset)
    {
        var changes = new Dictionary<string, object?>(set, StringComparer.Ordinal);
        foreach (var name in unset)
        {
            if (set.ContainsKey(name))
            {
                throw Invalid($"The update of {subject} both sets and unsets '{name}'; do one or the other.");
            }

            changes[name] = null;
        }

        if (changes.ContainsKey(identity))
        {
            throw Invalid($"The update of {subject} changes its '{identity}', which never changes; create a new one and delete this one instead.");
        }

        return changes;
    }

    private static GraphStoreException Invalid(string message) => WriteRefusals.Refused(StoreErrorKind.InvalidData, message);
}
