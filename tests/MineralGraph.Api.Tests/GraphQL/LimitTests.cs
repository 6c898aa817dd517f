using System.Text;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.GraphQL;

/// <summary>Each limit of <c>GraphQL:Limits</c> at its default, refused with its own error code and nothing executed.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class LimitTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task PageAboveTheMaximum_IsRefused()
    {
        var response = await _client.QueryAsync("{ countries(first: 101) { totalCount } }");

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], response.ErrorCodes);
        Assert.Contains("100", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task PageAtTheMaximum_IsServed()
    {
        var response = await _client.QueryAsync("{ countries(first: 100) { edges { node { id } } } }");

        Assert.Equal(100, response.DataWithoutErrors()["countries"]!["edges"]!.AsArray().Count);
    }

    [Fact]
    public async Task NegativePage_IsRefused()
    {
        var response = await _client.QueryAsync("{ countries(last: -1) { totalCount } }");

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task QueryDeeperThanTheMaximum_IsRefusedBeforeAnyStoreCall()
    {
        var query = new StringBuilder("{ node(id: \"company:lynas\") { ... on Company { ");
        for (var i = 0; i < 8; i++)
        {
            query.Append("subsidiaryOf(first: 1) { nodes { ");
        }

        query.Append("id").Append(new string('}', 8 * 2)).Append(" } } }");
        api.Store.Reset();

        var response = await _client.QueryAsync(query.ToString());

        Assert.Equal(["MAX_DEPTH_EXCEEDED"], response.ErrorCodes);
        Assert.Equal(0, api.Store.Calls);
    }

    [Fact]
    public async Task QueryCostlierThanTheMaximum_IsRefusedBeforeAnyStoreCall()
    {
        api.Store.Reset();

        var response = await _client.QueryAsync("{ countries(first: 100) { nodes { locationOf(first: 100) { nodes { id ... on Mine { ownedBy(first: 100) { nodes { id } } } } } } } }");

        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], response.ErrorCodes);
        Assert.Equal(0, api.Store.Calls);
    }

    [Fact]
    public async Task TooManyIds_AreRefused()
    {
        var ids = Enumerable.Range(0, 101).Select(i => $"element:{i}").ToArray();

        var response = await _client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal(["LIST_SIZE_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task TooLongAnInList_IsRefused()
    {
        var symbols = Enumerable.Range(0, 101).Select(i => $"X{i}").ToArray();

        var response = await _client.QueryAsync("query($s: [String!]) { elements(where: {symbol: {in: $s}}) { totalCount } }", new { s = symbols });

        Assert.Equal(["LIST_SIZE_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task TooManySearchHits_AreRefused()
    {
        var response = await _client.QueryAsync("{ search(text: \"rare\", first: 51) { score } }");

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task OverlongSearchText_IsRefused()
    {
        var response = await _client.QueryAsync("query($text: String!) { search(text: $text) { score } }", new { text = new string('a', 201) });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }
}
