using GraphQL.Types;
using GraphQLParser.AST;

namespace MineralGraph.Api.Caching;

/// <summary>
/// Apollo's <c>@cacheControl</c> directive, so hints read the same as in Apollo Server:
/// <c>maxAge</c> in seconds, <c>scope</c> PUBLIC or PRIVATE, and <c>inheritMaxAge</c> to take
/// the maxAge of the field above.
/// </summary>
public sealed class CacheControlDirective : Directive
{
    public const string DirectiveName = "cacheControl";
    public const string MaxAgeArgument = "maxAge";
    public const string ScopeArgument = "scope";
    public const string InheritMaxAgeArgument = "inheritMaxAge";

    public CacheControlDirective()
        : base(DirectiveName, DirectiveLocation.FieldDefinition, DirectiveLocation.Object, DirectiveLocation.Interface, DirectiveLocation.Union)
    {
        Description = "How long, in seconds, and for whom a response that selects this field or type may be cached; a response gets the smallest maxAge of its fields, and is PRIVATE if any of them is.";
        Arguments = new QueryArguments(
            new QueryArgument<IntGraphType> { Name = MaxAgeArgument },
            new QueryArgument(new CacheControlScopeGraphType()) { Name = ScopeArgument },
            new QueryArgument<BooleanGraphType> { Name = InheritMaxAgeArgument });
    }
}
