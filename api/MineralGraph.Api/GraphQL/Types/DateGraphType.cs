using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace MineralGraph.Api.GraphQL.Types;

/// <summary>
/// A calendar date, written yyyy-MM-dd (ISO 8601), as dates are written in the seed CSV and in
/// Cypher. Anything else is refused with the format to use.
/// </summary>
public sealed class DateGraphType : DateOnlyGraphType
{
    public const string Format = "yyyy-MM-dd";

    public DateGraphType()
    {
        Name = "Date";
        Description = $"A calendar date in ISO 8601 form, {Format}.";
    }

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLStringValue or GraphQLNullValue || base.CanParseLiteral(value);

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => Parse(text.Value.ToString()),
        GraphQLNullValue => null,
        _ => throw Invalid(value.Kind.ToString()),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Parse(text),
        DateOnly date => date,
        _ => throw Invalid(value.ToString() ?? ""),
    };

    private static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : throw Invalid($"\"{text}\"");

    private static InputValueException Invalid(string given) =>
        new($"{given} is not a Date: write a calendar date as {Format}, e.g. 2025-04-04.");
}
