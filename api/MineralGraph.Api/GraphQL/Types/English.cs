namespace MineralGraph.Api.GraphQL.Types;

/// <summary>Grammar for descriptions and messages built from the model's names.</summary>
internal static class English
{
    /// <summary><c>Mine</c> → <c>a Mine</c>; <c>Element</c> → <c>an Element</c>; <c>OWNS relationship</c> → <c>an OWNS relationship</c>.</summary>
    public static string A(string noun) => ("AEIOUaeiou".Contains(noun[0]) ? "an " : "a ") + noun;
}
