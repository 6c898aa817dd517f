using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.GraphQL;

[Collection(SeededApiCollection.Name)]
public sealed class PaginationTests(SeededApiFactory api)
{
    private const string Lanthanides = "{atomicNumber: {gte: 57, lte: 71}}";
    private const string ByNumber = "{field: ATOMIC_NUMBER, direction: ASC}";
    private readonly GraphQLClient _client = new(api.CreateClient());

    private async Task<GraphQLResponse> Page(string arguments) =>
        await _client.QueryAsync($$"""{ elements(where: {{Lanthanides}}, orderBy: {{ByNumber}}, {{arguments}}) { totalCount edges { cursor node { id symbol } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""");

    private static IReadOnlyList<string> Symbols(GraphQLResponse response) =>
        response.DataWithoutErrors()["elements"]!["edges"]!.AsArray().Select(e => e!["node"]!["symbol"]!.GetValue<string>()).ToList();

    private static (bool Next, bool Previous, string? Start, string? End) Info(GraphQLResponse response)
    {
        var info = response.Data["elements"]!["pageInfo"]!;
        return (info["hasNextPage"]!.GetValue<bool>(), info["hasPreviousPage"]!.GetValue<bool>(), info["startCursor"]?.GetValue<string>(), info["endCursor"]?.GetValue<string>());
    }

    [Fact]
    public async Task First_ReturnsTheFirstItemsAndSaysMoreFollow()
    {
        var response = await Page("first: 3");

        Assert.Equal(["La", "Ce", "Pr"], Symbols(response));
        Assert.Equal((true, false), (Info(response).Next, Info(response).Previous));
        Assert.Equal(15, response.Data["elements"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task FirstAfter_ContinuesFromTheCursor()
    {
        var first = await Page("first: 3");

        var second = await Page($"first: 3, after: \"{Info(first).End}\"");

        Assert.Equal(["Nd", "Pm", "Sm"], Symbols(second));
        Assert.Equal((true, true), (Info(second).Next, Info(second).Previous));
        Assert.Equal(15, second.Data["elements"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Last_ReturnsTheFinalItemsInOrder()
    {
        var response = await Page("last: 2");

        Assert.Equal(["Yb", "Lu"], Symbols(response));
        Assert.Equal((false, true), (Info(response).Next, Info(response).Previous));
    }

    [Fact]
    public async Task LastBefore_PagesBackwardFromTheCursor()
    {
        var end = await Page("last: 2");

        var previous = await Page($"last: 3, before: \"{Info(end).Start}\"");

        Assert.Equal(["Ho", "Er", "Tm"], Symbols(previous));
        Assert.Equal((true, true), (Info(previous).Next, Info(previous).Previous));
    }

    [Fact]
    public async Task FirstAfterBefore_ReturnsTheItemsBetweenTheCursors()
    {
        var all = await Page("first: 15");
        var cursors = all.Data["elements"]!["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()).ToList();

        var between = await Page($"first: 10, after: \"{cursors[1]}\", before: \"{cursors[5]}\"");

        Assert.Equal(["Pr", "Nd", "Pm"], Symbols(between));
    }

    [Fact]
    public async Task PageEndingExactlyAtTheLastItem_SaysNothingFollows()
    {
        var response = await Page("first: 15");

        Assert.Equal(15, Symbols(response).Count);
        Assert.False(Info(response).Next);
    }

    [Fact]
    public async Task AfterTheLastItem_IsEmptyWithNullCursors()
    {
        var whole = await Page("first: 15");

        var past = await Page($"first: 5, after: \"{Info(whole).End}\"");

        Assert.Empty(Symbols(past));
        Assert.Equal((false, true, null, null), Info(past));
    }

    [Fact]
    public async Task EmptyResult_HasNoEdgesAndZeroTotal()
    {
        var response = await _client.QueryAsync("""{ elements(where: {symbol: {eq: "Zz"}}) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""");

        var elements = response.DataWithoutErrors()["elements"]!;
        Assert.Equal(0, elements["totalCount"]!.GetValue<int>());
        Assert.Empty(elements["edges"]!.AsArray());
        Assert.Null(elements["pageInfo"]!["endCursor"]);
    }

    [Fact]
    public async Task WalkingForwardPageByPage_VisitsEveryItemOnceInOrder()
    {
        var visited = new List<string>();
        string? after = null;
        do
        {
            var response = await Page(after is null ? "first: 4" : $"first: 4, after: \"{after}\"");
            visited.AddRange(Symbols(response));
            after = Info(response).Next ? Info(response).End : null;
        }
        while (after is not null);

        Assert.Equal(Symbols(await Page("first: 15")), visited);
    }

    [Fact]
    public async Task DescendingSort_PagesFromTheLargest()
    {
        var first = await _client.QueryAsync("""{ elements(where: {atomicNumber: {gte: 57, lte: 71}}, orderBy: {field: ATOMIC_NUMBER, direction: DESC}, first: 2) { nodes { symbol } pageInfo { endCursor } } }""");
        var end = first.DataWithoutErrors()["elements"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var second = await _client.QueryAsync($$$"""{ elements(where: {atomicNumber: {gte: 57, lte: 71}}, orderBy: {field: ATOMIC_NUMBER, direction: DESC}, first: 2, after: "{{{end}}}") { nodes { symbol } } }""");

        Assert.Equal(["Lu", "Yb"], first.Data["elements"]!["nodes"]!.AsArray().Select(n => n!["symbol"]!.GetValue<string>()));
        Assert.Equal(["Tm", "Er"], second.DataWithoutErrors()["elements"]!["nodes"]!.AsArray().Select(n => n!["symbol"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CursorFromAnotherSort_IsRefusedWithACode()
    {
        var byName = await _client.QueryAsync("{ elements(first: 1) { pageInfo { endCursor } } }");
        var cursor = byName.DataWithoutErrors()["elements"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await Page($"first: 2, after: \"{cursor}\"");

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    [Fact]
    public async Task MalformedCursor_IsRefusedWithACode()
    {
        var response = await Page("first: 2, after: \"not-a-cursor\"");

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    [Fact]
    public async Task FirstAndLastTogether_AreRefused()
    {
        var response = await Page("first: 2, last: 2");

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task RelationshipConnection_PagesPerParent()
    {
        const string query = """
            query($after: String) { node(id: "regulation:cn-mofcom-2025-18") { ... on Regulation {
              restricts(first: 3, after: $after, orderBy: {field: NODE_NAME, direction: ASC}) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } } }
            """;
        var first = await _client.QueryAsync(query);
        var restricts = first.DataWithoutErrors()["node"]!["restricts"]!;
        var end = restricts["pageInfo"]!["endCursor"]!.GetValue<string>();

        var second = await _client.QueryAsync(query, new { after = end });

        var firstIds = GraphQLResponse.Ids(restricts);
        var secondIds = GraphQLResponse.Ids(second.DataWithoutErrors()["node"]!["restricts"]);
        Assert.Equal(3, firstIds.Count);
        Assert.True(restricts["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.Equal(restricts["totalCount"]!.GetValue<int>(), second.Data["node"]!["restricts"]!["totalCount"]!.GetValue<int>());
    }
}
