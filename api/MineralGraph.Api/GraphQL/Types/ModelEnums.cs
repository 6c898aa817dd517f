using MineralGraph.GraphSchema;

namespace MineralGraph.Api.GraphQL.Types;

/// <summary>
/// The GraphQL enum of every property the model gives allowed values. One enum per owner
/// (<c>MineStatus</c>, <c>RegulationKind</c>, <c>RestrictsMeasure</c>), and one for a property
/// that several labels share with the same values, named for the property alone
/// (<c>LocationPrecision</c>).
/// </summary>
internal sealed class ModelEnums
{
    private readonly Dictionary<PropertyDefinition, ModelEnumGraphType> _byProperty = new(ReferenceEqualityComparer.Instance);

    public ModelEnums(GraphModel model)
    {
        var owned = model.Labels.SelectMany(l => l.Properties.Select(p => (Owner: l.Name, Property: p)))
            .Concat(model.Relationships.SelectMany(r => r.Properties.Select(p => (Owner: NameCase.ToPascal(r.Type), Property: p))))
            .Where(o => o.Property.AllowedValues.Count > 0)
            .ToList();
        var groups = owned.GroupBy(o => (o.Property.Name, Values: string.Join('\n', o.Property.AllowedValues))).ToList();
        foreach (var group in groups)
        {
            var (name, property) = (group.Key.Name, group.First().Property);
            var shared = group.Count() > 1 && groups.Count(g => g.Key.Name == name) == 1;
            var typeName = shared ? NameCase.ToPascal(name) : string.Concat(group.Select(o => o.Owner).Distinct()) + NameCase.ToPascal(name);
            var type = new ModelEnumGraphType(typeName, property.Description, property.AllowedValues);
            var clash = property.AllowedValues.GroupBy(ModelEnumGraphType.ValueName).FirstOrDefault(g => g.Count() > 1);
            if (clash is not null)
            {
                throw new InvalidOperationException($"The allowed values {string.Join(" and ", clash.Select(v => $"'{v}'"))} of '{name}' are both {clash.Key} in GraphQL; spell them apart in graph-schema/model.json.");
            }

            foreach (var (_, member) in group)
            {
                _byProperty[member] = type;
            }
        }
    }

    /// <summary>The enum of a property of the model, or null when the model does not restrict its values.</summary>
    public ModelEnumGraphType? Find(PropertyDefinition property) => _byProperty.GetValueOrDefault(property);
}
