using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Picks the response media type from the Accept header as RFC 9110 ranks it: for each
/// candidate the most specific matching range gives its quality, and the higher quality wins.
/// </summary>
internal static class AcceptHeaderNegotiator
{
    private enum Specificity
    {
        None,
        AnyType,
        AnySubtype,
        Exact,
    }

    /// <summary>The media type to answer with, or null when the client accepts neither (406).</summary>
    public static ResponseMediaType? Negotiate(StringValues accept)
    {
        // Legacy clients send no Accept; the spec says to treat them as asking for application/json.
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        var graphQL = Rank(ranges, ResponseMediaType.GraphQLResponseJson);
        var json = Rank(ranges, ResponseMediaType.Json);

        if (graphQL.Quality <= 0 && json.Quality <= 0)
        {
            return null;
        }

        if (graphQL.Quality != json.Quality)
        {
            return graphQL.Quality > json.Quality ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
        }

        // A tie between wildcards keeps application/json, which every client understands; a client
        // that names application/graphql-response+json explicitly gets it.
        return graphQL.Specificity == Specificity.Exact ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
    }

    private static (double Quality, Specificity Specificity) Rank(IList<MediaTypeHeaderValue> ranges, ResponseMediaType candidate)
    {
        var best = (Quality: 0d, Specificity: Specificity.None);
        foreach (var range in ranges)
        {
            var specificity = Match(range, candidate);
            if (specificity == Specificity.None || specificity < best.Specificity)
            {
                continue;
            }

            var quality = range.Quality ?? 1d;
            if (specificity > best.Specificity || quality > best.Quality)
            {
                best = (quality, specificity);
            }
        }

        return best;
    }

    private static Specificity Match(MediaTypeHeaderValue range, ResponseMediaType candidate)
    {
        // Responses are always UTF-8; a range that demands another charset does not match.
        if (range.Charset.HasValue
            && !range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !range.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Specificity.None;
        }

        if (range.MatchesAllTypes)
        {
            return Specificity.AnyType;
        }

        if (range.MatchesAllSubTypes)
        {
            return range.Type.Equals("application", StringComparison.OrdinalIgnoreCase) ? Specificity.AnySubtype : Specificity.None;
        }

        return range.MediaType.Equals(candidate.MediaType, StringComparison.OrdinalIgnoreCase) ? Specificity.Exact : Specificity.None;
    }
}
