using GraphQL;
using GraphQL.Types;
using MineralGraph.Api.Caching;

namespace MineralGraph.Api.GraphQL.Types;

/// <summary>
/// Apollo-style <c>@cacheControl</c> hints: each root field says how long its answer may be
/// cached (the researchers' questions longer, since a traversal is costly to redo), and every
/// type below inherits the maxAge of the root field it hangs from, so a node reached through a
/// path keeps the path's age.
/// </summary>
internal sealed partial class SchemaTypeBuilder
{
    private const string AnalyticsFieldKey = "MineralGraph.AnalyticsField";

    public void ApplyCacheHints(IObjectGraphType query, CacheOptions options)
    {
        var seen = new HashSet<IGraphType>();
        foreach (var field in query.Fields)
        {
            var maxAge = field.GetMetadata(AnalyticsFieldKey, false) ? options.AnalyticsMaxAge : options.DefaultMaxAge;
            field.ApplyDirective(CacheControlDirective.DirectiveName, CacheControlDirective.MaxAgeArgument, maxAge);
            InheritMaxAge(field.ResolvedType!.GetNamedType(), seen);
        }
    }

    private static void InheritMaxAge(IGraphType type, HashSet<IGraphType> seen)
    {
        if (type is not (IObjectGraphType or IInterfaceGraphType or UnionGraphType) || !seen.Add(type))
        {
            return;
        }

        type.ApplyDirective(CacheControlDirective.DirectiveName, CacheControlDirective.InheritMaxAgeArgument, true);
        if (type is IComplexGraphType complex)
        {
            foreach (var field in complex.Fields)
            {
                InheritMaxAge(field.ResolvedType!.GetNamedType(), seen);
            }
        }

        if (type is IAbstractGraphType abstractType)
        {
            foreach (var possible in abstractType.PossibleTypes)
            {
                InheritMaxAge(possible, seen);
            }
        }
    }
}
