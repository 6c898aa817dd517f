using MineralGraph.GraphSchema;

namespace MineralGraph.Seed.Format;

/// <summary>
/// Maps Neo4j admin-import header types (<c>name:int</c>, <c>aliases:string[]</c>) to the
/// model's property types and back, so the same files load into Neo4j and the seed loader.
/// </summary>
internal static class ImportTypes
{
    /// <summary>Neo4j's default array delimiter.</summary>
    public const char ArrayDelimiter = ';';

    public const string DateFormat = "yyyy-MM-dd";

    public const string Supported = "int, long, float, double, boolean, date, string, string[]";

    public static bool TryParse(ReadOnlySpan<char> headerType, out PropertyType type)
    {
        switch (headerType)
        {
            case "" or "string":
                type = PropertyType.String;
                return true;
            case "int" or "long":
                type = PropertyType.Int;
                return true;
            case "float" or "double":
                type = PropertyType.Float;
                return true;
            case "boolean":
                type = PropertyType.Boolean;
                return true;
            case "date":
                type = PropertyType.Date;
                return true;
            case "string[]":
                type = PropertyType.StringList;
                return true;
            default:
                type = default;
                return false;
        }
    }

    /// <summary>The header a column of this type carries, e.g. <c>year:int</c>; strings stay untyped.</summary>
    public static string Header(string property, PropertyType type) =>
        type == PropertyType.String ? property : property + ":" + Describe(type);

    public static string Describe(PropertyType type) => type switch
    {
        PropertyType.String => "string",
        PropertyType.Int => "int",
        PropertyType.Float => "float",
        PropertyType.Boolean => "boolean",
        PropertyType.Date => "date",
        PropertyType.StringList => "string[]",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a model property type."),
    };
}
