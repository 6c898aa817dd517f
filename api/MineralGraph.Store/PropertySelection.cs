namespace MineralGraph.Store;

/// <summary>
/// The properties a reader asks of a record, so a store decodes (and, where it can, fetches) only
/// those. Ids, labels, types, keys and names are always read; so is the property a page is sorted
/// by, which its cursors carry.
/// </summary>
public sealed class PropertySelection
{
    private readonly HashSet<string> _names;

    public PropertySelection(IEnumerable<string> names) => _names = new HashSet<string>(names, StringComparer.Ordinal);

    /// <summary>No property beyond those always read.</summary>
    public static PropertySelection None { get; } = new([]);

    public bool IsEmpty => _names.Count == 0;

    public IReadOnlyCollection<string> Names => _names;

    public bool Includes(string property) => _names.Contains(property);

    /// <summary>This selection and one more property (the sort's).</summary>
    public PropertySelection With(string property) => _names.Contains(property) ? this : new PropertySelection(_names.Append(property));
}
