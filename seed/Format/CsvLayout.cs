namespace MineralGraph.Seed.Format;

/// <summary>
/// The columns of one seed CSV file, resolved against the model: where the id, label or
/// endpoints are, and which columns are properties. An index of -1 means the column is absent.
/// </summary>
internal sealed class CsvLayout(int columnCount, PropertyColumn[] properties)
{
    public int ColumnCount { get; } = columnCount;

    public PropertyColumn[] Properties { get; } = properties;

    /// <summary>The property names, shared by the <see cref="RowProperties"/> of every row.</summary>
    public string[] PropertyNames { get; } = Array.ConvertAll(properties, p => p.Name);

    public int Id { get; init; } = -1;

    public int Label { get; init; } = -1;

    public int StartId { get; init; } = -1;

    public int EndId { get; init; } = -1;

    public int Type { get; init; } = -1;

    public int Key { get; init; } = -1;
}
