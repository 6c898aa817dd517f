namespace MineralGraph.Api.GraphQL.Limits;

/// <summary>
/// What a selection set adds up to with every fragment spread written out in place, worked out
/// without writing them out: each fragment is measured once and its measure reused at each spread.
/// </summary>
internal readonly record struct DocumentMeasure(long Fields, int Depth, int TypeDepth, int ListDepth)
{
    /// <summary>Fields beyond this are all the same to the bound; keeps sums of exponential counts from overflowing.</summary>
    public const long FieldCeiling = long.MaxValue / 4;

    /// <summary>The measure of two selections side by side: fields add up, depths take the larger.</summary>
    public DocumentMeasure Beside(DocumentMeasure other) => new(
        Math.Min(FieldCeiling, Fields + other.Fields),
        Math.Max(Depth, other.Depth),
        Math.Max(TypeDepth, other.TypeDepth),
        Math.Max(ListDepth, other.ListDepth));
}
