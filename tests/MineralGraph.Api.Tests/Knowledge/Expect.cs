using MineralGraph.Api.GraphQL.Types;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>
/// What the API answers for a value of the graph model, so the Knowledge tests compare enum-valued
/// properties (status, measure, qualifier…) in one place: the model's enums are GraphQL enums.
/// </summary>
internal static class Expect
{
    /// <summary>The API's spelling of a model enum value: "care-and-maintenance" is CARE_AND_MAINTENANCE.</summary>
    public static string Enum(string modelValue) => ModelEnumGraphType.ValueName(modelValue);
}
