namespace MineralGraph.Api.Analytics;

/// <summary>The relationship types the researchers' queries walk (names from graph-schema/model.json).</summary>
internal static class RelationshipTypes
{
    public const string DependsOn = "DEPENDS_ON";
    public const string Requires = "REQUIRES";
    public const string Contains = "CONTAINS";
    public const string Restricts = "RESTRICTS";
    public const string Makes = "MAKES";
    public const string Produces = "PRODUCES";
    public const string Processes = "PROCESSES";
    public const string UsesTechnology = "USES_TECHNOLOGY";
    public const string Owns = "OWNS";
    public const string Operates = "OPERATES";
    public const string LocatedIn = "LOCATED_IN";
    public const string Targets = "TARGETS";
    public const string IssuedBy = "ISSUED_BY";
    public const string HeadquarteredIn = "HEADQUARTERED_IN";
    public const string Suspends = "SUSPENDS";
    public const string ProducesShare = "PRODUCES_SHARE";

    /// <summary>From a system down to its materials: DEPENDS_ON, then REQUIRES, then CONTAINS.</summary>
    public static IReadOnlyList<string> SupplyChain { get; } = [DependsOn, Requires, Contains];
}
