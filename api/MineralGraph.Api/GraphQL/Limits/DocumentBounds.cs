using GraphQLParser.AST;
using MineralGraph.Api.Errors;

namespace MineralGraph.Api.GraphQL.Limits;

/// <summary>
/// The bounds that depend on a document's text alone: syntax-tree nodes, aliases, directives (in
/// all and on one field), fragments, fragment cycles, fields with every fragment spread written
/// out, selection depth, and, for introspection, the depth of <c>ofType</c> chains and of nested
/// type lists. One walk of each definition: fragments are measured once each, in dependency
/// order, and a spread adds its fragment's measure instead of walking it again, so a document
/// whose spreads would expand to 2^30 fields is measured, and refused, in time linear in its size.
/// </summary>
internal sealed class DocumentBounds(GraphQLLimitsOptions limits)
{
    /// <summary>Introspection fields that list the schema's types or fields: each level multiplies the answer by the schema's size.</summary>
    private static readonly HashSet<string> IntrospectionLists = new(StringComparer.Ordinal) { "fields", "inputFields", "interfaces", "possibleTypes" };

    /// <summary>Throws a <see cref="DocumentBoundError"/> naming the first bound the document exceeds.</summary>
    public void Check(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
            {
                if (fragments.Count == limits.MaxFragments)
                {
                    throw Refuse(ErrorCodes.FragmentsExceeded, $"The document defines more than {limits.MaxFragments} fragments: merge fragments or split the document, or raise {Setting(nameof(limits.MaxFragments))}.");
                }

                // A repeated name is the validation rule UniqueFragmentNames' to report; the first one counts here.
                fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
            }
        }

        var walk = new Walk(limits, fragments);
        foreach (var fragment in DependencyOrder(fragments))
        {
            walk.MeasureFragment(fragment);
        }

        var fields = 0L;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation)
            {
                var measure = walk.MeasureOperation(operation);
                fields = Math.Min(DocumentMeasure.FieldCeiling, fields + measure.Fields);
                if (measure.Depth > limits.MaxDepth)
                {
                    throw Refuse(ErrorCodes.DepthExceeded, $"The query nests {measure.Depth} levels deep; at most {limits.MaxDepth} are allowed. Split it into several queries.");
                }
            }
        }

        if (fields > limits.MaxFields)
        {
            var count = fields >= DocumentMeasure.FieldCeiling ? "an astronomical number of" : $"{fields}";
            throw Refuse(ErrorCodes.FieldsExceeded, $"With its fragments spread out, the document selects {count} fields; at most {limits.MaxFields} are allowed. Spread each fragment fewer times, or split the document into several requests.");
        }

        if (walk.MaxTypeDepth > limits.MaxIntrospectionTypeDepth)
        {
            throw Refuse(ErrorCodes.IntrospectionDepthExceeded, $"The introspection query nests 'ofType' {walk.MaxTypeDepth} times; at most {limits.MaxIntrospectionTypeDepth} are allowed, enough for every type of this schema. Use the standard introspection query.");
        }

        if (walk.MaxListDepth > limits.MaxIntrospectionListDepth)
        {
            throw Refuse(ErrorCodes.IntrospectionDepthExceeded, $"The introspection query nests the lists 'fields', 'inputFields', 'interfaces' and 'possibleTypes' {walk.MaxListDepth} deep; at most {limits.MaxIntrospectionListDepth} are allowed. Ask for '__schema {{ types {{ ... }} }}' once instead of following types through their fields.");
        }
    }

    private static string Setting(string name) => $"{GraphQLLimitsOptions.SectionName}:{name}";

    private static DocumentBoundError Refuse(string code, string message) => new(code, message);

    /// <summary>Each fragment after the fragments it spreads (depth-first, without recursion), or a refusal naming a cycle.</summary>
    private static List<GraphQLFragmentDefinition> DependencyOrder(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        var order = new List<GraphQLFragmentDefinition>(fragments.Count);
        var state = new Dictionary<string, bool>(fragments.Count, StringComparer.Ordinal); // false: on the path; true: done
        var stack = new Stack<(GraphQLFragmentDefinition Fragment, List<string> Spreads, int Next)>();
        foreach (var root in fragments.Values)
        {
            if (state.ContainsKey(root.FragmentName.Name.StringValue))
            {
                continue;
            }

            state[root.FragmentName.Name.StringValue] = false;
            stack.Push((root, Spreads(root.SelectionSet), 0));
            while (stack.Count > 0)
            {
                var (fragment, spreads, next) = stack.Pop();
                if (next == spreads.Count)
                {
                    state[fragment.FragmentName.Name.StringValue] = true;
                    order.Add(fragment);
                    continue;
                }

                stack.Push((fragment, spreads, next + 1));
                var name = spreads[next];
                if (!fragments.TryGetValue(name, out var target))
                {
                    continue;
                }

                if (state.TryGetValue(name, out var done))
                {
                    if (!done)
                    {
                        throw Refuse(ErrorCodes.FragmentCycle, $"Fragment '{name}' spreads itself (through '{fragment.FragmentName.Name.StringValue}'): a fragment cannot include itself; write the repeated part out to a fixed depth.");
                    }

                    continue;
                }

                state[name] = false;
                stack.Push((target, Spreads(target.SelectionSet), 0));
            }
        }

        return order;
    }

    private static List<string> Spreads(GraphQLSelectionSet set)
    {
        var names = new List<string>();
        var sets = new Stack<GraphQLSelectionSet>();
        sets.Push(set);
        while (sets.Count > 0)
        {
            foreach (var selection in sets.Pop().Selections)
            {
                switch (selection)
                {
                    case GraphQLFragmentSpread spread:
                        names.Add(spread.FragmentName.Name.StringValue);
                        break;
                    case IHasSelectionSetNode { SelectionSet: { } inner }:
                        sets.Push(inner);
                        break;
                }
            }
        }

        return names;
    }

    /// <summary>One walk over the definitions, counting as it goes and refusing as soon as a count passes its bound.</summary>
    private sealed class Walk(GraphQLLimitsOptions limits, Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, DocumentMeasure> _measured = new(fragments.Count, StringComparer.Ordinal);
        private int _nodes;
        private int _aliases;
        private int _directives;

        public int MaxTypeDepth { get; private set; }

        public int MaxListDepth { get; private set; }

        public void MeasureFragment(GraphQLFragmentDefinition fragment)
        {
            Count(2);
            Directives(fragment.Directives);
            var introspection = fragment.TypeCondition.Type.Name.Value.Span.StartsWith("__");
            var measure = SelectionSet(fragment.SelectionSet, introspection);
            _measured[fragment.FragmentName.Name.StringValue] = measure;
            MaxListDepth = Math.Max(MaxListDepth, measure.ListDepth);
        }

        public DocumentMeasure MeasureOperation(GraphQLOperationDefinition operation)
        {
            Count(1);
            Directives(operation.Directives);
            if (operation.Variables is { } variables)
            {
                foreach (var variable in variables.Items)
                {
                    Count(3);
                    Value(variable.DefaultValue);
                    Directives(variable.Directives);
                }
            }

            var measure = SelectionSet(operation.SelectionSet, introspection: false);
            MaxListDepth = Math.Max(MaxListDepth, measure.ListDepth);
            return measure;
        }

        private DocumentMeasure SelectionSet(GraphQLSelectionSet set, bool introspection)
        {
            Count(1);
            var measure = default(DocumentMeasure);
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        measure = measure.Beside(Field(field, introspection));
                        break;
                    case GraphQLInlineFragment inline:
                        Count(inline.TypeCondition is null ? 1 : 2);
                        Directives(inline.Directives);
                        measure = measure.Beside(SelectionSet(inline.SelectionSet, introspection));
                        break;
                    case GraphQLFragmentSpread spread:
                        Count(1);
                        Directives(spread.Directives);
                        if (_measured.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment))
                        {
                            measure = measure.Beside(fragment);
                        }

                        break;
                }
            }

            return measure;
        }

        private DocumentMeasure Field(GraphQLField field, bool introspection)
        {
            Count(1);
            if (field.Alias is not null)
            {
                Count(1);
                if (++_aliases > limits.MaxAliases)
                {
                    throw Refuse(ErrorCodes.AliasesExceeded, $"The document has more than {limits.MaxAliases} aliases: ask for a list in one field (e.g. nodes(ids: [...]) instead of one aliased node(id:) per id), or split the document.");
                }
            }

            if (field.Arguments is { } arguments)
            {
                foreach (var argument in arguments.Items)
                {
                    Count(1);
                    Value(argument.Value);
                }
            }

            Directives(field.Directives);
            var name = field.Name.Value.Span;
            var enters = introspection || name.SequenceEqual("__schema") || name.SequenceEqual("__type");
            var child = field.SelectionSet is null ? default : SelectionSet(field.SelectionSet, enters);

            var typeDepth = enters && name.SequenceEqual("ofType") ? child.TypeDepth + 1 : 0;
            MaxTypeDepth = Math.Max(MaxTypeDepth, Math.Max(typeDepth, child.TypeDepth));
            var isList = introspection && IntrospectionLists.Contains(field.Name.StringValue);
            return new DocumentMeasure(
                Math.Min(DocumentMeasure.FieldCeiling, child.Fields + 1),
                // Introspection answers are bounded by the schema and by their own rules, not by the data's depth.
                introspection ? 0 : enters ? 1 : child.Depth + 1,
                typeDepth,
                child.ListDepth + (isList ? 1 : 0));
        }

        private void Directives(GraphQLDirectives? directives)
        {
            if (directives is null)
            {
                return;
            }

            if (directives.Count > limits.MaxDirectivesPerField)
            {
                throw Refuse(ErrorCodes.DirectivesExceeded, $"A field, fragment or operation has {directives.Count} directives; at most {limits.MaxDirectivesPerField} are allowed on one. Remove the repeated ones.");
            }

            _directives += directives.Count;
            if (_directives > limits.MaxDirectives)
            {
                throw Refuse(ErrorCodes.DirectivesExceeded, $"The document has more than {limits.MaxDirectives} directives: remove repeated ones, or split the document.");
            }

            foreach (var directive in directives.Items)
            {
                Count(1);
                if (directive.Arguments is { } arguments)
                {
                    foreach (var argument in arguments.Items)
                    {
                        Count(1);
                        Value(argument.Value);
                    }
                }
            }
        }

        private void Value(GraphQLValue? value)
        {
            switch (value)
            {
                case null:
                    return;
                case GraphQLListValue list:
                    Count(1);
                    if (list.Values is { } items)
                    {
                        foreach (var item in items)
                        {
                            Value(item);
                        }
                    }

                    return;
                case GraphQLObjectValue obj:
                    Count(1);
                    if (obj.Fields is { } fields)
                    {
                        foreach (var field in fields)
                        {
                            Count(1);
                            Value(field.Value);
                        }
                    }

                    return;
                default:
                    Count(1);
                    return;
            }
        }

        private void Count(int nodes)
        {
            _nodes += nodes;
            if (_nodes > limits.MaxNodes)
            {
                throw Refuse(ErrorCodes.NodesExceeded, $"The document has more than {limits.MaxNodes} syntax nodes (fields, arguments, values): send a smaller document, pass long lists as variables, or split it into several requests.");
            }
        }
    }
}
