using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>400 when <c>extensions.persistedQuery.version</c> is not 1, the only version of the Apollo protocol.</summary>
public sealed class PersistedQueryVersionNotSupportedError(string version)
    : TransportError(
        $"Persisted query version {version} is not supported: send \"persistedQuery\": {{\"version\": 1, \"sha256Hash\": \"<hash>\"}}.",
        ErrorCodes.PersistedQueryVersionNotSupported,
        StatusCodes.Status400BadRequest);
