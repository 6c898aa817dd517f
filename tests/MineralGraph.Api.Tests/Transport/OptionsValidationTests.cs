using Microsoft.Extensions.Options;
using MineralGraph.Api.Tests.Transport.Hosting;

namespace MineralGraph.Api.Tests.Transport;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("GraphQL:Http:AllowedOrigins:0", "*", "GraphQL:Http:AllowedOrigins must list origins, not '*'")]
    [InlineData("GraphQL:Http:AllowedOrigins:0", "https://app.example/", "GraphQL:Http:AllowedOrigins entry 'https://app.example/' is not an origin")]
    [InlineData("GraphQL:Http:AllowedHeaders:0", "x-a, x-b", "GraphQL:Http:AllowedHeaders entry 'x-a, x-b' is not a header name")]
    [InlineData("GraphQL:Http:AllowedHeaders:0", "*", "GraphQL:Http:AllowedHeaders entry '*' is not a header name")]
    [InlineData("GraphQL:Http:ExposedHeaders:0", "X Request Id", "GraphQL:Http:ExposedHeaders entry 'X Request Id' is not a header name")]
    [InlineData("GraphQL:Http:Path", "graphql", "GraphQL:Http:Path must start with '/'")]
    [InlineData("GraphQL:Http:MaxRequestBodyBytes", "0", "GraphQL:Http:MaxRequestBodyBytes must be positive")]
    [InlineData("GraphQL:Http:ExecutionTimeout", "00:00:00", "GraphQL:Http:ExecutionTimeout must be positive")]
    public async Task Start_WithInvalidSetting_FailsNamingTheKey(string key, string value, string expectedMessage)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TransportTestServer.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(expectedMessage, exception.Message);
    }
}
