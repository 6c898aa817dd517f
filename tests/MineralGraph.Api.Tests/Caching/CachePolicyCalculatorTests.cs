using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using MineralGraph.Api.Caching;

namespace MineralGraph.Api.Tests.Caching;

/// <summary>Apollo's cache-hint rules, on a small schema built for the purpose.</summary>
public sealed class CachePolicyCalculatorTests
{
    private const int DefaultMaxAge = 60;

    private readonly ISchema _schema = BuildSchema();

    [Theory]
    [InlineData("{ plain }", 60, CacheScope.Public)]
    [InlineData("{ short }", 10, CacheScope.Public)]
    [InlineData("{ plain short }", 10, CacheScope.Public)]
    [InlineData("{ plain secret }", 60, CacheScope.Private)]
    [InlineData("{ long { name } }", 300, CacheScope.Public)]
    [InlineData("{ long { name detail { name } } }", 300, CacheScope.Public)]
    [InlineData("{ long { unhinted { name } } }", 60, CacheScope.Public)]
    [InlineData("{ long { name } short }", 10, CacheScope.Public)]
    [InlineData("{ long { personal { name } } }", 60, CacheScope.Private)]
    [InlineData("{ long { brief } }", 5, CacheScope.Public)]
    [InlineData("{ __typename }", 60, CacheScope.Public)]
    public void Calculate_Query_FollowsApollosRules(string query, int maxAge, CacheScope scope)
    {
        Assert.Equal(new CachePolicy(maxAge, scope), Calculate(query));
    }

    [Fact]
    public void Calculate_FieldsInFragments_Count()
    {
        Assert.Equal(new CachePolicy(5, CacheScope.Private), Calculate("""
            { long { ...Parts } }
            fragment Parts on Thing { ... on Thing { brief } personal { name } }
            """));
    }

    [Fact]
    public void Calculate_FragmentsThatSpreadEachOther_Terminates()
    {
        // Invalid (validation refuses cycles), but the policy is worked out before validation.
        Assert.Equal(new CachePolicy(300, CacheScope.Public), Calculate("""
            { long { ...A } }
            fragment A on Thing { name ...B }
            fragment B on Thing { ...A }
            """));
    }

    [Fact]
    public void Calculate_UnknownField_IsIgnored()
    {
        Assert.Equal(new CachePolicy(10, CacheScope.Public), Calculate("{ short noSuchField { name } }"));
    }

    private CachePolicy Calculate(string query)
    {
        var document = new GraphQLDocumentBuilder().Build(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        return new CachePolicyCalculator(_schema, DefaultMaxAge).Calculate(document, operation);
    }

    private static Schema BuildSchema()
    {
        var other = new ObjectGraphType { Name = "Other" };
        other.AddField(new FieldType { Name = "name", ResolvedType = new StringGraphType() });

        var thing = new ObjectGraphType { Name = "Thing" };
        thing.ApplyDirective(CacheControlDirective.DirectiveName, CacheControlDirective.InheritMaxAgeArgument, true);
        thing.AddField(new FieldType { Name = "name", ResolvedType = new StringGraphType() });
        thing.AddField(new FieldType { Name = "detail", ResolvedType = thing });
        thing.AddField(new FieldType { Name = "unhinted", ResolvedType = other });
        thing.AddField(new FieldType { Name = "personal", ResolvedType = other }
            .ApplyDirective(CacheControlDirective.DirectiveName, d => d.AddArgument(new DirectiveArgument(CacheControlDirective.ScopeArgument) { Value = CacheScope.Private })));
        thing.AddField(new FieldType { Name = "brief", ResolvedType = new StringGraphType() }
            .ApplyDirective(CacheControlDirective.DirectiveName, CacheControlDirective.MaxAgeArgument, 5));

        var query = new ObjectGraphType { Name = "Query" };
        query.AddField(new FieldType { Name = "plain", ResolvedType = new StringGraphType() });
        query.AddField(new FieldType { Name = "short", ResolvedType = new StringGraphType() }
            .ApplyDirective(CacheControlDirective.DirectiveName, CacheControlDirective.MaxAgeArgument, 10));
        query.AddField(new FieldType { Name = "secret", ResolvedType = new StringGraphType() }
            .ApplyDirective(CacheControlDirective.DirectiveName, CacheControlDirective.ScopeArgument, CacheScope.Private));
        query.AddField(new FieldType { Name = "long", ResolvedType = thing }
            .ApplyDirective(CacheControlDirective.DirectiveName, CacheControlDirective.MaxAgeArgument, 300));

        var schema = new Schema { Query = query };
        schema.Directives.Register(new CacheControlDirective());
        schema.Initialize();
        return schema;
    }
}
