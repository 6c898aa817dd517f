using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace MineralGraph.Api.GraphQL.Types;

/// <summary>
/// A property's allowed values from the graph model as a GraphQL enum: each value spelled as
/// GraphQL constants are (<c>care-and-maintenance</c> → <c>CARE_AND_MAINTENANCE</c>), standing
/// for the model's string, which is what the stores hold and filters compare. A value the enum
/// does not know is refused with the list of those it does.
/// </summary>
public sealed class ModelEnumGraphType : EnumerationGraphType
{
    public ModelEnumGraphType(string name, string description, IReadOnlyList<string> modelValues)
    {
        Name = name;
        Description = description;
        foreach (var value in modelValues)
        {
            Add(new EnumValueDefinition(ValueName(value), value) { Description = $"'{value}' in the graph model." });
        }
    }

    /// <summary><c>care-and-maintenance</c> → <c>CARE_AND_MAINTENANCE</c>, <c>in force</c> → <c>IN_FORCE</c>, <c>LREE</c> → <c>LREE</c>.</summary>
    public static string ValueName(string modelValue)
    {
        var name = new System.Text.StringBuilder(modelValue.Length + 1);
        foreach (var character in modelValue)
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                name.Append(char.ToUpperInvariant(character));
            }
            else if (name.Length > 0 && name[^1] != '_')
            {
                name.Append('_');
            }
        }

        var text = name.ToString().TrimEnd('_');
        return text.Length == 0 || char.IsAsciiDigit(text[0]) || text is "TRUE" or "FALSE" or "NULL" ? "_" + text : text;
    }

    /// <summary>The values a caller may write, for messages: <c>PRODUCING, DEVELOPMENT, …</c>.</summary>
    public string AllowedNames => string.Join(", ", Values.Select(v => v.Name));

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLEnumValue or GraphQLStringValue or GraphQLNullValue;

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLEnumValue named when Values.FindByName(named.Name.StringValue) is { } found => found.Value,
        GraphQLEnumValue named => throw Unknown(named.Name.StringValue),
        GraphQLStringValue text => throw Unknown($"\"{text.Value}\" (a string; write the value without quotes)"),
        _ => throw Unknown(value.Kind.ToString()),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string name when Values.FindByName(name) is { } found => found.Value,
        _ => throw Unknown($"\"{value}\""),
    };

    private InputValueException Unknown(string given) =>
        new($"{given} is not {English.A(Name)}: use one of {AllowedNames}.");
}
