using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Hostile;

/// <summary>
/// Introspection is bounded by its own rules, never by the cost limit meant for data (issue #13:
/// the standard introspection query cost 6.7 million and was refused). The README's examples, the
/// mines of a country with their owners among them, run within the cost limit in DocumentedExampleTests.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class IntrospectionAndCostTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    public static TheoryData<string> IntrospectionVariants => [nameof(IntrospectionQueries.Default), nameof(IntrospectionQueries.WithoutDescriptions), nameof(IntrospectionQueries.AllOptions)];

    [Theory]
    [MemberData(nameof(IntrospectionVariants))]
    public async Task TheStandardIntrospectionQuery_IsAnswered(string variant)
    {
        var query = variant switch
        {
            nameof(IntrospectionQueries.Default) => IntrospectionQueries.Default,
            nameof(IntrospectionQueries.WithoutDescriptions) => IntrospectionQueries.WithoutDescriptions,
            _ => IntrospectionQueries.AllOptions,
        };

        var response = await _client.QueryAsync(query);

        var schema = response.DataWithoutErrors()["__schema"]!;
        Assert.Equal("Query", schema["queryType"]!["name"]!.GetValue<string>());
        Assert.Contains(schema["types"]!.AsArray(), type => type!["name"]!.GetValue<string>() == "Mine");
    }

    [Fact]
    public async Task AllOptions_AnswerIsRepeatable_AndSpecifiedByUrl()
    {
        var response = await _client.QueryAsync(IntrospectionQueries.AllOptions);

        var schema = response.DataWithoutErrors()["__schema"]!;
        Assert.All(schema["directives"]!.AsArray(), directive => Assert.NotNull(directive!["isRepeatable"]));
        Assert.All(schema["types"]!.AsArray(), type => Assert.True(type!.AsObject().ContainsKey("specifiedByURL")));
    }

    [Fact]
    public async Task Subgraph_IsInTheCost_FromItsDepth()
    {
        var one = await _client.QueryAsync("""{ subgraph(around: "element:co", depth: 2) { export } }""");
        var many = await _client.QueryAsync("{ " + string.Join(" ", Enumerable.Range(0, 21).Select(i => $"a{i}: subgraph(around: \"element:co\", depth: 2) {{ export }}")) + " }");

        Assert.NotNull(one.DataWithoutErrors()["subgraph"]);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], many.ErrorCodes);
    }

    [Fact]
    public async Task CachedDocument_WhoseVariablesFeedTheCost_IsPricedAgainAtEveryRequest()
    {
        // 5 mines × 5 owners × 5 of their sites fits; the same text with pages of 100 (a million fields) does not.
        const string query = "query Owners($mines: Int, $owners: Int) { mines(first: $mines) { nodes { name operatedBy(first: $owners) { nodes { name ... on Company { operates(first: $owners) { nodes { name } } } } } } } }";

        var small = await _client.QueryAsync(query, new { mines = 5, owners = 5 });
        var large = await _client.QueryAsync(query, new { mines = 100, owners = 100 });

        Assert.NotNull(small.DataWithoutErrors()["mines"]);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], large.ErrorCodes);
    }

    [Fact]
    public async Task CachedMutation_SentAgainWithoutAKey_IsStillRefused()
    {
        const string mutation = "mutation { deleteNode(id: \"mine:nowhere\") { id } }";

        var first = await _client.QueryAsync(mutation);
        var again = await _client.QueryAsync(mutation);

        Assert.Equal(["UNAUTHENTICATED"], first.ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], again.ErrorCodes);
    }
}
