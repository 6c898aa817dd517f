using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MineralGraph.Api.Auth;

public static class ApiKeyAuthenticationExtensions
{
    /// <summary>
    /// Adds API-key authentication as the default scheme, with its keys from the <c>Auth:ApiKeys</c>
    /// section (validated at start). Pair it with <c>app.UseAuthentication()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddApiKeyAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiKeyOptions>()
            .BindConfiguration(ApiKeyOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>();
        builder.Services.AddSingleton<ApiKeyRing>();
        builder.Services.AddAuthentication(ApiKeyDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.AuthenticationScheme, configureOptions: null);
        return builder;
    }
}
