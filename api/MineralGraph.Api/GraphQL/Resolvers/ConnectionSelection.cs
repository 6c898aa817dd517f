using GraphQL;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Resolvers;

/// <summary>
/// What a connection field's selection reads, through fragments and aliases: whether it needs
/// items at all (a connection asked only for <c>totalCount</c> needs none), and which properties
/// of its nodes and of its edges it reads, so the store decodes (or fetches) only those.
/// </summary>
internal sealed record ConnectionSelection(bool NeedsItems, PropertySelection NodeFields, PropertySelection EdgeFields)
{
    private static readonly HashSet<string> ItemFields = new(StringComparer.Ordinal) { "nodes", "edges", "pageInfo" };

    /// <param name="propertyNames">The model's property names: other fields (relationships, keys, cursors) read no property.</param>
    public static ConnectionSelection Of(IResolveFieldContext context, IReadOnlySet<string> propertyNames)
    {
        var nodeFields = new HashSet<string>(StringComparer.Ordinal);
        var edgeFields = new HashSet<string>(StringComparer.Ordinal);
        var needsItems = false;
        foreach (var field in SelectionFields.Of(context.Document, context.FieldAst.SelectionSet))
        {
            var name = field.Name.StringValue;
            needsItems |= ItemFields.Contains(name);
            if (name == "nodes")
            {
                nodeFields.UnionWith(SelectionFields.Of(context.Document, field.SelectionSet).Select(f => f.Name.StringValue));
            }
            else if (name == "edges")
            {
                foreach (var edgeField in SelectionFields.Of(context.Document, field.SelectionSet))
                {
                    if (edgeField.Name.StringValue == "node")
                    {
                        nodeFields.UnionWith(SelectionFields.Of(context.Document, edgeField.SelectionSet).Select(f => f.Name.StringValue));
                    }
                    else
                    {
                        edgeFields.Add(edgeField.Name.StringValue);
                    }
                }
            }
        }

        return new ConnectionSelection(needsItems, new PropertySelection(nodeFields.Where(propertyNames.Contains)), new PropertySelection(edgeFields.Where(propertyNames.Contains)));
    }

    /// <summary>A text naming what was selected, for batches: fields that read differently must not share one.</summary>
    public string Shape => $"{NeedsItems}|{string.Join(',', NodeFields.Names.Order(StringComparer.Ordinal))}|{string.Join(',', EdgeFields.Names.Order(StringComparer.Ordinal))}";
}
