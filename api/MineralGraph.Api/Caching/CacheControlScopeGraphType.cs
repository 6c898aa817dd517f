using GraphQL.Types;

namespace MineralGraph.Api.Caching;

/// <summary>The <c>CacheControlScope</c> enum of Apollo's <c>@cacheControl</c>.</summary>
public sealed class CacheControlScopeGraphType : EnumerationGraphType
{
    public CacheControlScopeGraphType()
    {
        Name = "CacheControlScope";
        Add("PUBLIC", CacheScope.Public, "Any caller may reuse the response.");
        Add("PRIVATE", CacheScope.Private, "Only the caller it was made for may reuse the response.");
    }
}
