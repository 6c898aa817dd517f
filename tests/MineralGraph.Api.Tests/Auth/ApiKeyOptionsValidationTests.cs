using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Auth;
using MineralGraph.Api.Tests.Mutations;

namespace MineralGraph.Api.Tests.Auth;

public sealed class ApiKeyOptionsValidationTests
{
    private static readonly string ValidHash = WritableApiFactory.Sha256Hex("a key");

    [Theory]
    [InlineData("", "editor", "hash", "Auth:ApiKeys:0:Name is empty")]
    [InlineData("ops", "admin", "hash", "Auth:ApiKeys:0:Role 'admin' is not a role: use one of editor, reader.")]
    [InlineData("ops", "editor", "the-key-itself", "Auth:ApiKeys:0:Sha256 must be the key's SHA-256 as 64 hex characters (it has 14 characters); configure the hash, never the key.")]
    public async Task Start_WithInvalidKey_FailsNamingTheEntry(string name, string role, string sha256, string expectedMessage)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
        {
            ["Auth:ApiKeys:0:Name"] = name,
            ["Auth:ApiKeys:0:Role"] = role,
            ["Auth:ApiKeys:0:Sha256"] = sha256 == "hash" ? ValidHash : sha256,
        }));

        Assert.Contains(expectedMessage, exception.Message);
    }

    [Fact]
    public async Task Start_WithTwoEntriesForOneKey_Fails()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
        {
            ["Auth:ApiKeys:0:Name"] = "one",
            ["Auth:ApiKeys:0:Role"] = "editor",
            ["Auth:ApiKeys:0:Sha256"] = ValidHash,
            ["Auth:ApiKeys:1:Name"] = "two",
            ["Auth:ApiKeys:1:Role"] = "reader",
            ["Auth:ApiKeys:1:Sha256"] = ValidHash.ToUpperInvariant(),
        }));

        Assert.Contains("Auth:ApiKeys:1:Sha256 is the hash of another configured key: give each holder its own key.", exception.Message);
    }

    private static async Task StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddApiKeyAuthentication();
        await using var app = builder.Build();
        await app.StartAsync();
        await app.StopAsync();
    }
}
