using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using MineralGraph.Api.Caching;

namespace MineralGraph.Api.Tests.Caching;

/// <summary>
/// The layout of response keys, pinned: instances of different builds share Redis, so a key must
/// not change shape unless <see cref="CachedResponseSerializer.Version"/> does.
/// </summary>
public sealed class ResponseCacheKeysTests
{
    private static readonly PreparedOperation Operation = new("Things", OperationType.Query, default);
    private static readonly PreparedDocument Document = new(new GraphQLDocument([]), "document-hash", [Operation], costDependsOnVariables: false);

    private readonly ResponseCacheKeys _keys = new(BuildSchema());

    [Fact]
    public void For_KnownRequest_IsTheLayoutsPrefixTheRevisionAndTheUnpaddedHash()
    {
        var key = _keys.For(Document, Operation, Variables(("first", 2)), user: null, revision: 42);

        Assert.Equal("r1:a82bc9fcd40c:42:D4P1/Yyc/N2+YDFjF7w/fr0mXAfpqZyquHfpt1HR01g", key);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void For_AnyRevision_WritesItInFull(long revision)
    {
        var key = _keys.For(Document, Operation, variables: null, user: null, revision);

        Assert.Matches($"^r1:[0-9a-f]{{12}}:{revision}:[A-Za-z0-9+/]{{43}}$", key);
    }

    [Fact]
    public void For_VariablesInAnotherOrder_IsTheSameKey()
    {
        var first = _keys.For(Document, Operation, Variables(("first", 2), ("after", "x")), user: null, revision: 1);
        var reordered = _keys.For(Document, Operation, Variables(("after", "x"), ("first", 2)), user: null, revision: 1);

        Assert.Equal(first, reordered);
    }

    [Fact]
    public void For_OtherRevisionOrCaller_IsAnotherKey()
    {
        var alice = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "alice")], "Test"));

        var keys = new[]
        {
            _keys.For(Document, Operation, variables: null, user: null, revision: 1),
            _keys.For(Document, Operation, variables: null, user: null, revision: 2),
            _keys.For(Document, Operation, variables: null, alice, revision: 1),
        };

        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }

    private static Inputs Variables(params (string Name, object? Value)[] values) =>
        new(values.ToDictionary(value => value.Name, value => value.Value));

    private static Schema BuildSchema()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.AddField(new FieldType { Name = "things", ResolvedType = new StringGraphType() });
        return new Schema { Query = query };
    }
}
