using MineralGraph.GraphSchema;

namespace MineralGraph.Seed.Format;

/// <summary>
/// A property column of a seed CSV file, typed by its header. <see cref="Definition"/> is the
/// model's property when the model knows it; columns the model does not know are kept as extra properties.
/// </summary>
internal sealed record PropertyColumn(int Index, string Header, string Name, PropertyType Type, PropertyDefinition? Definition);
