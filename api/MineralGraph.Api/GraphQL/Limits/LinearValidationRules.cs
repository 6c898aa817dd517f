using GraphQL.Validation;
using GraphQL.Validation.Rules;

namespace MineralGraph.Api.GraphQL.Limits;

/// <summary>
/// The spec's validation rules, each linear in the document once the document is within its
/// <see cref="DocumentBounds"/>: GraphQL.NET's core rules with its quadratic
/// OverlappingFieldsCanBeMerged replaced by <see cref="FieldMergeRule"/>.
/// </summary>
public static class LinearValidationRules
{
    public static IReadOnlyList<IValidationRule> Core { get; } =
        [.. DocumentValidator.CoreRules.Select(rule => rule is OverlappingFieldsCanBeMerged ? FieldMergeRule.Instance : rule)];
}
