namespace MineralGraph.GraphSchema;

/// <summary>The value types a property can hold, shared by every store and the CSV format.</summary>
public enum PropertyType
{
    String,
    Int,
    Float,
    Boolean,
    Date,
    StringList,
}
