using MineralGraph.Api.GraphQL.Types;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>Checks that every id cited in <c>sources</c> is a Source node.</summary>
internal static class SourceCitations
{
    /// <param name="found">The nodes looked up, the cited ids among them.</param>
    /// <param name="self">The id of a Source being written, which may cite itself.</param>
    public static void Check(IReadOnlyList<string> sources, IReadOnlyDictionary<string, NodeRecord> found, string? self)
    {
        var missing = sources.Where(id => id != self && !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw MutationErrors.NotFound(
                $"sources cites {Quote(missing)}, which no node has as its id: create the Source first with createSource, or cite an existing one.");
        }

        if (sources.Where(id => id != self).Select(id => found[id]).FirstOrDefault(node => node.Label != GraphModel.SourceLabel) is { } wrong)
        {
            throw MutationErrors.InvalidArgument($"sources cites '{wrong.Id}', which is {English.A(wrong.Label)}, not a Source: cite only Source nodes.");
        }
    }

    private static string Quote(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => $"'{id}'"));
}
