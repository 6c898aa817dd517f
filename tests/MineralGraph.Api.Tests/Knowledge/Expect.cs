namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>
/// What the API answers for a value of the graph model, so the Knowledge tests compare enum-valued
/// properties (status, measure, qualifier…) in one place while the schema turns them into GraphQL enums.
/// </summary>
internal static class Expect
{
    /// <summary>The API's text for a model enum value, e.g. "care-and-maintenance".</summary>
    public static string Enum(string modelValue) => modelValue;
}
