using GraphQL.Types;
using MineralGraph.GraphSchema;

namespace MineralGraph.Api.GraphQL.Types;

/// <summary>
/// The interfaces of relationship ends that hold several labels: ISSUED_BY ends at an
/// <c>AgencyOrCountry</c>, implemented by exactly <c>Agency</c> and <c>Country</c>, with the
/// fields of <c>Node</c> and the properties those labels share.
/// </summary>
internal sealed partial class SchemaTypeBuilder
{
    private readonly Dictionary<string, LabelSet> _labelSets = new(StringComparer.Ordinal);

    /// <summary>One interface per set of labels a relationship end can hold, named for them in the model's order.</summary>
    private void BuildLabelSets()
    {
        foreach (var relationship in _model.Relationships)
        {
            foreach (var labels in new[] { relationship.From, relationship.To }.Where(l => l.Count > 1))
            {
                var key = LabelSetKey(labels);
                if (!_labelSets.ContainsKey(key))
                {
                    var name = string.Join("Or", labels);
                    var type = new InterfaceGraphType
                    {
                        Name = name,
                        Description = $"{string.Join(" or ", labels.Select(English.A))}: the labels one end of a relationship can hold.",
                        ResolveType = ResolveLabelType,
                    };
                    _labelSets[key] = new LabelSet(name, labels, type, SharedProperties(labels));
                }
            }
        }
    }

    /// <summary>Gives each interface its fields and its label types; called once the label types have theirs.</summary>
    private void CompleteLabelSets()
    {
        foreach (var set in _labelSets.Values)
        {
            AddCommonFields(set.Type);
            foreach (var property in set.SharedProperties)
            {
                set.Type.AddField(PropertyField(property));
            }

            foreach (var field in set.Type.Fields)
            {
                field.Resolver = null;
            }

            set.Type.AddResolvedInterface(_node);
            foreach (var label in set.Labels)
            {
                _labelTypes[label].AddResolvedInterface(set.Type);
                set.Type.AddPossibleType(_labelTypes[label]);
            }
        }
    }

    private LabelSet LabelSetOf(IReadOnlyList<string> labels) => _labelSets[LabelSetKey(labels)];

    private static string LabelSetKey(IEnumerable<string> labels) => string.Join('|', labels.Order(StringComparer.Ordinal));

    /// <summary>The properties, besides those of every node, that every label of the set has with the same GraphQL type.</summary>
    private List<PropertyDefinition> SharedProperties(IReadOnlyList<string> labels) =>
        [.. _model.GetLabel(labels[0]).Properties.Where(property => !IsCommon(property.Name) && labels.Skip(1).All(label =>
            _model.GetLabel(label).FindProperty(property.Name) is { } other
            && (other.Type, other.Required) == (property.Type, property.Required)
            && ReferenceEquals(_enums.Find(other), _enums.Find(property))))];

    /// <summary>A set of labels, its interface, and the properties its where and aggregate offer besides id, name and aliases.</summary>
    private sealed record LabelSet(string Name, IReadOnlyList<string> Labels, InterfaceGraphType Type, IReadOnlyList<PropertyDefinition> SharedProperties);
}
