using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Hostile;

/// <summary>Issue #12, findings 7 and 8: inputs that answered a generic error or matched everything.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class InputRegressionTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task WhatIf_WithTheSameItemTwice_IsRefusedWithInvalidArgument()
    {
        var response = await _client.QueryAsync("""{ whatIf(remove: ["country:cd"], stage: MINING, items: ["element:co", "element:co"]) { items { remainingSupplyPct } } }""");

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("'items' names 'element:co' 2 times", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task WhatIf_WithTheSameRemovalTwice_IsRefusedWithInvalidArgument()
    {
        var response = await _client.QueryAsync("""{ whatIf(remove: ["country:cd", "country:cd"], stage: MINING, items: ["element:co"]) { items { remainingSupplyPct } } }""");

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("contains", "\u0000")]
    [InlineData("startsWith", "\u0000")]
    [InlineData("eq", "Lynas\u0000")]
    [InlineData("contains", "ly\u001bnas")]
    [InlineData("in", "\u007f")]
    public async Task TextFilter_WithAControlCharacter_IsRefusedWithInvalidArgument_NotMatchingEverything(string filter, string text)
    {
        object value = filter == "in" ? new[] { text } : text;
        var query = filter == "in"
            ? "query($v: [String!]) { companies(where: { name: { in: $v } }) { totalCount } }"
            : $"query($v: String) {{ companies(where: {{ name: {{ {filter}: $v }} }}) {{ totalCount }} }}";

        var response = await _client.QueryAsync(query, new { v = value });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("control character", response.Errors![0]!["message"]!.GetValue<string>());
    }
}
