using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Types;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>
/// <c>create&lt;Label&gt;(input:)</c>: checks the input against the model, then one read (id
/// candidates and cited sources together) and one write; a generated id that another request
/// took meanwhile is read again and the next free one written, so concurrent creates of one name
/// get <c>-2</c>, <c>-3</c>… rather than CONFLICT.
/// </summary>
internal sealed class CreateNodeResolver(LabelDefinition label, PropertyInputReader reader, MutationOptions options) : IFieldResolver
{
    /// <summary>Reads and writes tried when concurrent creates keep taking the free id first; past the numbered ids a random suffix ends the race.</summary>
    private const int MaxAttempts = 25;

    private readonly bool _isSource = label.Name == GraphModel.SourceLabel;

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var input = context.InputObject("input")!;
        var problems = new MutationProblems();
        var properties = reader.ReadNew(label.Properties, input, problems);
        var id = input.TryGetValue(GraphModel.IdProperty, out var given) ? given as string : null;
        if (id is not null)
        {
            CheckId(id, problems);
        }

        var sources = properties.GetValueOrDefault(GraphModel.SourcesProperty) as IReadOnlyList<string> ?? [];
        if (sources.Count == 0 && !_isSource)
        {
            problems.Add($"sources is empty: cite at least one Source that backs this {label.Name}.");
        }

        problems.ThrowIfAny();

        var aliases = properties.GetValueOrDefault(GraphModel.AliasesProperty) as IReadOnlyList<string> ?? [];
        var candidates = id is null ? NodeIds.Candidates(label.Name, (string)properties[GraphModel.NameProperty]!, aliases) : [id];
        var store = context.Store();
        for (var attempt = 1; ; attempt++)
        {
            var found = await store.GetNodesAsync([.. candidates, .. sources], context.CancellationToken);
            if (id is not null && found.TryGetValue(id, out var existing))
            {
                throw MutationErrors.Conflict(
                    $"The id '{id}' is taken by {English.A(existing.Label)}: choose another id, or leave id out to have one made from the name; to change that node, use update{existing.Label}.");
            }

            var chosen = id ?? candidates.FirstOrDefault(candidate => !found.ContainsKey(candidate)) ?? NodeIds.WithRandomSuffix(candidates[^1]);
            if (_isSource && sources.Count == 0)
            {
                // As in the seed, a Source that relies on no other Source cites itself.
                properties[GraphModel.SourcesProperty] = new[] { chosen };
            }

            SourceCitations.Check(sources, found, _isSource ? chosen : null);
            try
            {
                var result = await store.WriteAsync(new GraphWrite([new CreateNode(new NodeRecord(chosen, label.Name, properties))]), context.CancellationToken);
                return result.Nodes[0];
            }
            catch (GraphStoreException exception) when (exception.Kind == StoreErrorKind.Conflict && id is null && attempt < MaxAttempts)
            {
                // Another request took the free id between the read and this write (in this
                // process or another on the same store): read again and take the next one.
            }
        }
    }

    private void CheckId(string id, MutationProblems problems)
    {
        var prefix = NodeIds.Prefix(label.Name);
        if (id.Length > options.MaxIdLength)
        {
            problems.Add($"id has {id.Length} characters, more than the {options.MaxIdLength} allowed: shorten it, or leave it out to have one made from the name.");
        }
        else if (!NodeIds.IsWellFormed(id, label.Name))
        {
            problems.Add($"id '{id}' is not {English.A(label.Name)} id: write '{prefix}' then lower-case letters, digits, '.', '_' or '-' (e.g. '{prefix}{NodeIds.ToSlug("Example " + label.Name)}'), or leave it out to have one made from the name.");
        }
    }
}
