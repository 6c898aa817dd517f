using MineralGraph.Api.GraphQL.Types;
using MineralGraph.GraphSchema;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>
/// Turns the property values of a create or update input into the port's value types, checked
/// against the graph model: numbers within their range, no blank text, bounded lengths and
/// lists, required properties kept. GraphQL has already checked the types, and the allowed
/// values of the model's enums; this checks what GraphQL cannot.
/// </summary>
internal sealed class PropertyInputReader(MutationOptions options)
{
    /// <summary>The properties of a new node or relationship; absent, null and empty-list values are left out.</summary>
    public Dictionary<string, object?> ReadNew(IReadOnlyList<PropertyDefinition> properties, IDictionary<string, object?> input, MutationProblems problems)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (input.TryGetValue(property.Name, out var raw) && raw is not null
                && Read(property, raw, problems) is { } value && value is not IReadOnlyList<string> { Count: 0 })
            {
                values[property.Name] = value;
            }
        }

        return values;
    }

    /// <summary>The properties to set and to remove; an empty list in <c>set</c> removes the property.</summary>
    public PropertyChanges ReadChanges(
        IReadOnlyList<PropertyDefinition> properties, string owner, IDictionary<string, object?>? set, IReadOnlyList<string> unset, MutationProblems problems)
    {
        var changes = new PropertyChanges();
        foreach (var (name, raw) in set ?? new Dictionary<string, object?>())
        {
            if (raw is null)
            {
                problems.Add($"set.{name} is null: to remove {name}, list {NameCase.ToConstant(name)} in unset instead.");
                continue;
            }

            var value = Read(Find(properties, name), raw, problems);
            if (value is IReadOnlyList<string> { Count: 0 })
            {
                changes.Unset.Add(name);
            }
            else if (value is not null)
            {
                changes.Set[name] = value;
            }
        }

        foreach (var name in unset.Distinct(StringComparer.Ordinal))
        {
            if (set?.ContainsKey(name) == true)
            {
                problems.Add($"{name} is both in set and in unset: keep it in one of them.");
            }
            else
            {
                changes.Unset.Add(name);
            }
        }

        foreach (var name in changes.Unset)
        {
            if (name == GraphModel.SourcesProperty)
            {
                problems.Add($"sources cannot be removed: every {owner} cites at least one Source; set another list instead.");
            }
            else if (Find(properties, name).Required)
            {
                problems.Add($"{name} is required on every {owner} and cannot be removed: set a new value instead.");
            }
        }

        if (changes.Set.Count == 0 && changes.Unset.Count == 0 && (set?.Count ?? 0) == 0)
        {
            problems.Add("Nothing to change: give set, unset or both.");
        }

        return changes;
    }

    private static PropertyDefinition Find(IReadOnlyList<PropertyDefinition> properties, string name) =>
        properties.First(p => p.Name == name);

    private object? Read(PropertyDefinition property, object raw, MutationProblems problems) =>
        ReadValue(property, raw, problems) switch
        {
            long number when !property.Allows(number) => OutOfRange(property, number, problems),
            double number when !property.Allows(number) => OutOfRange(property, number, problems),
            var value => value,
        };

    private static object? OutOfRange(PropertyDefinition property, double value, MutationProblems problems)
    {
        problems.Add($"{property.Name} {PropertyDefinition.Format(value)} is out of range: {property.Name} must be {property.RangeText}.");
        return null;
    }

    private object? ReadValue(PropertyDefinition property, object raw, MutationProblems problems)
    {
        switch (property.Type, raw)
        {
            case (PropertyType.String, string text):
                return ReadText(property.Name, text, problems);
            case (PropertyType.Int, int number):
                return (long)number;
            case (PropertyType.Int, long number):
                return number;
            case (PropertyType.Float, double number) when double.IsFinite(number):
                return number;
            case (PropertyType.Float, int number):
                return (double)number;
            case (PropertyType.Boolean, bool flag):
                return flag;
            case (PropertyType.Date, DateOnly date):
                return date;
            case (PropertyType.StringList, IEnumerable<object?> items):
                return ReadList(property, items.ToList(), problems);
            default:
                problems.Add($"{property.Name} must be a {GraphQLTypeName(property.Type)}.");
                return null;
        }
    }

    private string[]? ReadList(PropertyDefinition property, List<object?> items, MutationProblems problems)
    {
        if (items.Count > options.MaxListItems)
        {
            problems.Add($"{property.Name} has {items.Count} items, more than the {options.MaxListItems} allowed: keep the essential ones.");
            return null;
        }

        var values = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is string text && ReadText($"{property.Name}[{i}]", text, problems) is { } value)
            {
                values.Add(value);
            }
        }

        // A repeated alias or source says nothing more; keep the first.
        return values.Count == items.Count ? [.. values.Distinct(StringComparer.Ordinal)] : null;
    }

    private string? ReadText(string name, string text, MutationProblems problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{name} is blank: give it a value, or leave it out.");
            return null;
        }

        if (text.Length > options.MaxStringLength)
        {
            problems.Add($"{name} has {text.Length} characters, more than the {options.MaxStringLength} allowed: shorten it.");
            return null;
        }

        return text;
    }

    private static string GraphQLTypeName(PropertyType type) => type switch
    {
        PropertyType.Int => "whole number (Int)",
        PropertyType.Float => "finite number (Float)",
        PropertyType.Boolean => "Boolean",
        PropertyType.Date => "Date (yyyy-MM-dd)",
        PropertyType.StringList => "list of strings",
        _ => "String",
    };
}
