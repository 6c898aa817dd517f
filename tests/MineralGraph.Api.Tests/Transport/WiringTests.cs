using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace MineralGraph.Api.Tests.Transport;

public sealed class WiringTests
{
    [Fact]
    public async Task MapGraphQLHttp_WithoutAddGraphQL_FailsSayingHowToRegisterTheSchema()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.AddGraphQLHttpTransport();
        await using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapGraphQLHttp());

        Assert.Equal(
            "MapGraphQLHttp cannot find IDocumentExecuter<ISchema> among the registered services: register the schema with builder.Services.AddGraphQL(graphQL => graphQL.AddSchema<TSchema>()...).",
            exception.Message);
    }

    [Fact]
    public async Task MapGraphQLHttp_WithoutTheTransport_FailsSayingWhatToAdd()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapGraphQLHttp());

        Assert.Equal("MapGraphQLHttp cannot find the transport's services among the registered services: call builder.AddGraphQLHttpTransport() before building the app.", exception.Message);
    }
}
