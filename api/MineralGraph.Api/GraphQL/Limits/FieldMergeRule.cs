using System.Text;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using MineralGraph.Api.Errors;

namespace MineralGraph.Api.GraphQL.Limits;

/// <summary>
/// The spec's "field selection merging" (5.3.2) in time linear in the fields selected, replacing
/// GraphQL.NET's OverlappingFieldsCanBeMerged, which compares every pair of fields with the same
/// response name (quadratic, one error per pair: 1,000 aliases of <c>node(id:)</c> cost 21 CPU-s
/// and a 165 MB answer) and re-walks fragments at each spread.
/// </summary>
/// <remarks>
/// The fields that share a response name are checked as one group instead of pair by pair, after
/// the approach of "Overlapping fields can be merged efficiently" (Adameit, XING): their result
/// types must have the same shape, checked against the first one and then on their merged
/// sub-selections; and, for each concrete parent type, the fields that may run on it (those of that
/// type and those of interfaces or unions) must name the same field with the same arguments, then
/// their merged sub-selections must too. A group that breaks a rule gets one error, whatever its size.
/// </remarks>
internal sealed class FieldMergeRule : ValidationRuleBase
{
    public static readonly FieldMergeRule Instance = new();

    private FieldMergeRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var check = new Check(context);
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation && OperationRoots.Of(context.Schema, operation.Operation) is { } root)
            {
                check.SelectionSet(root, operation.SelectionSet);
            }
        }

        return default;
    }

    /// <summary>A field as selected: where it is selected (its parent type) and what it is there.</summary>
    private readonly record struct Selected(GraphQLField Field, IGraphType Parent, FieldType Definition)
    {
        public string Signature()
        {
            var text = new StringBuilder(Field.Name.StringValue);
            if (Field.Arguments is { Count: > 0 } arguments)
            {
                foreach (var argument in arguments.Items.OrderBy(a => a.Name.StringValue, StringComparer.Ordinal))
                {
                    text.Append('|').Append(argument.Name.StringValue).Append(':');
                    Print(argument.Value, text);
                }
            }

            return text.ToString();
        }

        private static void Print(GraphQLValue value, StringBuilder text)
        {
            switch (value)
            {
                case GraphQLVariable variable:
                    text.Append('$').Append(variable.Name.StringValue);
                    break;
                case GraphQLStringValue str:
                    text.Append('"').Append(str.Value.Length).Append(':').Append(str.Value.Span).Append('"');
                    break;
                case GraphQLListValue list:
                    text.Append('[');
                    foreach (var item in list.Values ?? [])
                    {
                        Print(item, text);
                        text.Append(',');
                    }

                    text.Append(']');
                    break;
                case GraphQLObjectValue obj:
                    text.Append('{');
                    foreach (var field in obj.Fields ?? [])
                    {
                        text.Append(field.Name.StringValue).Append(':');
                        Print(field.Value, text);
                        text.Append(',');
                    }

                    text.Append('}');
                    break;
                case GraphQLIntValue number:
                    text.Append(number.Value.Span);
                    break;
                case GraphQLFloatValue number:
                    text.Append(number.Value.Span);
                    break;
                case GraphQLBooleanValue boolean:
                    text.Append(boolean.BoolValue ? "true" : "false");
                    break;
                case GraphQLEnumValue enumeration:
                    text.Append(enumeration.Name.StringValue);
                    break;
                default:
                    text.Append("null");
                    break;
            }
        }
    }

    [Flags]
    private enum Rules
    {
        None = 0,
        Shape = 1,
        SameField = 2,
    }

    private sealed class Check(ValidationContext context)
    {
        private readonly ISchema _schema = context.Schema;
        private readonly GraphQLDocument _document = context.Document;
        private Dictionary<string, GraphQLFragmentDefinition>? _fragments;
        private int _steps;

        public void SelectionSet(IGraphType parent, GraphQLSelectionSet set)
        {
            var groups = new Dictionary<string, List<Selected>>(StringComparer.Ordinal);
            Collect(parent, set, groups, null);
            foreach (var (name, group) in groups)
            {
                Group(name, group, Rules.Shape | Rules.SameField);
            }
        }

        /// <summary>
        /// Checks the fields that share a response name, then their merged sub-selections, in one
        /// walk. Fields of different object types never run together, so once a group holds
        /// several, each type's share is checked for sameness on its own, and the whole goes on
        /// for shape only.
        /// </summary>
        private void Group(string responseName, List<Selected> group, Rules rules)
        {
            var first = group[0];
            if (group.Count > 1 && rules.HasFlag(Rules.Shape))
            {
                for (var i = 1; i < group.Count; i++)
                {
                    Step();
                    if (!SameShape(first.Definition.ResolvedType!, group[i].Definition.ResolvedType!))
                    {
                        Report(responseName, first.Field, group[i].Field, $"they return '{first.Definition.ResolvedType}' and '{group[i].Definition.ResolvedType}'");
                        rules &= ~Rules.Shape;
                        break;
                    }
                }
            }

            if (group.Count > 1 && rules.HasFlag(Rules.SameField))
            {
                var concrete = group.Where(s => s.Parent is IObjectGraphType).Select(s => s.Parent).Distinct().ToList();
                if (concrete.Count > 1)
                {
                    var abstracts = group.Where(s => s.Parent is not IObjectGraphType).ToList();
                    foreach (var type in concrete)
                    {
                        Group(responseName, [.. group.Where(s => s.Parent == type), .. abstracts], Rules.SameField);
                    }

                    rules &= ~Rules.SameField;
                }
                else if (!SameField(responseName, group))
                {
                    rules &= ~Rules.SameField;
                }
            }

            if (rules == Rules.None || first.Definition.ResolvedType!.GetNamedType() is not (IComplexGraphType or UnionGraphType))
            {
                return;
            }

            foreach (var (name, children) in Children(group))
            {
                Group(name, children, rules);
            }
        }

        private bool SameField(string responseName, List<Selected> group)
        {
            var signature = group[0].Signature();
            for (var i = 1; i < group.Count; i++)
            {
                Step();
                if (group[i].Signature() != signature)
                {
                    var reason = group[i].Field.Name.StringValue != group[0].Field.Name.StringValue
                        ? $"'{group[0].Field.Name.StringValue}' and '{group[i].Field.Name.StringValue}' are different fields"
                        : "they have different arguments";
                    Report(responseName, group[0].Field, group[i].Field, reason);
                    return false;
                }
            }

            return true;
        }

        /// <summary>The sub-selections of every field of a group, merged and grouped by response name.</summary>
        private Dictionary<string, List<Selected>> Children(List<Selected> group)
        {
            var children = new Dictionary<string, List<Selected>>(StringComparer.Ordinal);
            foreach (var selected in group)
            {
                if (selected.Field.SelectionSet is { } set)
                {
                    Collect(selected.Definition.ResolvedType!.GetNamedType(), set, children, null);
                }
            }

            return children;
        }

        /// <summary>The fields of a selection set with its fragments spread in, each fragment once per set, as execution collects them.</summary>
        private void Collect(IGraphType parent, GraphQLSelectionSet set, Dictionary<string, List<Selected>> groups, HashSet<string>? spread)
        {
            foreach (var selection in set.Selections)
            {
                Step();
                switch (selection)
                {
                    case GraphQLField field when Definition(parent, field) is { ResolvedType: not null } definition:
                        var name = (field.Alias?.Name ?? field.Name).StringValue;
                        if (!groups.TryGetValue(name, out var group))
                        {
                            groups[name] = group = new List<Selected>(1);
                        }

                        group.Add(new Selected(field, parent, definition));
                        break;
                    case GraphQLInlineFragment inline when TypeOf(inline.TypeCondition, parent) is { } type:
                        Collect(type, inline.SelectionSet, groups, spread);
                        break;
                    case GraphQLFragmentSpread fragmentSpread:
                        var fragmentName = fragmentSpread.FragmentName.Name.StringValue;
                        if ((spread ??= new HashSet<string>(StringComparer.Ordinal)).Add(fragmentName)
                            && Fragment(fragmentName) is { } fragment
                            && TypeOf(fragment.TypeCondition, parent) is { } fragmentType)
                        {
                            Collect(fragmentType, fragment.SelectionSet, groups, spread);
                        }

                        break;
                }
            }
        }

        private GraphQLFragmentDefinition? Fragment(string name)
        {
            if (_fragments is null)
            {
                _fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
                foreach (var definition in _document.Definitions)
                {
                    if (definition is GraphQLFragmentDefinition fragment)
                    {
                        _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
                    }
                }
            }

            return _fragments.GetValueOrDefault(name);
        }

        private IGraphType? TypeOf(GraphQLTypeCondition? condition, IGraphType parent) =>
            condition is null ? parent : _schema.AllTypes[condition.Type.Name.StringValue];

        private FieldType? Definition(IGraphType parent, GraphQLField field)
        {
            var name = field.Name.Value;
            if (name == "__typename")
            {
                return _schema.TypeNameMetaFieldType;
            }

            if (parent == _schema.Query)
            {
                if (name == "__schema")
                {
                    return _schema.SchemaMetaFieldType;
                }

                if (name == "__type")
                {
                    return _schema.TypeMetaFieldType;
                }
            }

            return (parent as IComplexGraphType)?.GetField(name);
        }

        private static bool SameShape(IGraphType a, IGraphType b)
        {
            while (true)
            {
                if (a is NonNullGraphType || b is NonNullGraphType)
                {
                    if (a is not NonNullGraphType nonNullA || b is not NonNullGraphType nonNullB)
                    {
                        return false;
                    }

                    (a, b) = (nonNullA.ResolvedType!, nonNullB.ResolvedType!);
                }
                else if (a is ListGraphType || b is ListGraphType)
                {
                    if (a is not ListGraphType listA || b is not ListGraphType listB)
                    {
                        return false;
                    }

                    (a, b) = (listA.ResolvedType!, listB.ResolvedType!);
                }
                else
                {
                    return a is IComplexGraphType or UnionGraphType && b is IComplexGraphType or UnionGraphType
                        || a.Name == b.Name;
                }
            }
        }

        private void Report(string responseName, GraphQLField first, GraphQLField second, string reason) =>
            context.ReportError(new ValidationError(
                context.Document.Source,
                "5.3.2",
                $"Fields '{responseName}' conflict because {reason}: give them different aliases to fetch both.",
                first,
                second)
            { Code = ErrorCodes.FieldsConflict });

        private void Step()
        {
            if ((++_steps & 1023) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }
        }
    }
}
