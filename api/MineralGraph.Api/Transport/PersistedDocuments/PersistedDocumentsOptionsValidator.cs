using Microsoft.Extensions.Options;

namespace MineralGraph.Api.Transport.PersistedDocuments;

/// <summary>
/// Refuses to start with settings the endpoint cannot honour, and reads the manifests (the
/// configured one and those the API's own pages ship) so a wrong or tampered one fails the
/// deployment, naming the file and the entries, instead of a request.
/// </summary>
internal sealed class PersistedDocumentsOptionsValidator(IHostEnvironment environment, IEnumerable<BundledTrustedDocuments> bundled) : IValidateOptions<PersistedDocumentsOptions>
{
    private const string Section = PersistedDocumentsOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, PersistedDocumentsOptions options)
    {
        var failures = new List<string>();

        if (!Enum.IsDefined(options.Mode))
        {
            failures.Add($"{Section}:Mode must be Automatic, TrustedOnly or Disabled (currently {options.Mode}).");
        }

        if (options.Ttl <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:Ttl must be positive, e.g. '1.00:00:00' (currently {options.Ttl}).");
        }

        if (options.AnonymousTtl <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:AnonymousTtl must be positive, e.g. '01:00:00' (currently {options.AnonymousTtl}).");
        }

        if (options.MaxDocumentBytes <= 0)
        {
            failures.Add($"{Section}:MaxDocumentBytes must be positive (currently {options.MaxDocumentBytes}).");
        }

        if (options.NewDocumentsPerMinute < 0 || options.AnonymousNewDocumentsPerMinute < 0)
        {
            failures.Add($"{Section}:NewDocumentsPerMinute and AnonymousNewDocumentsPerMinute must not be negative (currently {options.NewDocumentsPerMinute} and {options.AnonymousNewDocumentsPerMinute}); 0 keeps those clients from persisting.");
        }

        if (options.MemoryCacheBytes <= 0)
        {
            failures.Add($"{Section}:MemoryCacheBytes must be positive (currently {options.MemoryCacheBytes}).");
        }

        if (options.Mode == PersistedDocumentsMode.TrustedOnly && string.IsNullOrWhiteSpace(options.ManifestPath))
        {
            failures.Add($"{Section}:ManifestPath is required when {Section}:Mode is TrustedOnly: point it at the persisted-documents manifest your client build writes.");
        }
        else if (options.Mode != PersistedDocumentsMode.Disabled && !string.IsNullOrWhiteSpace(options.ManifestPath))
        {
            var path = TrustedDocumentManifest.FullPath(options.ManifestPath, environment);
            try
            {
                var manifest = TrustedDocumentManifest.Load(path);
                if (manifest.Count == 0 && options.Mode == PersistedDocumentsMode.TrustedOnly)
                {
                    failures.Add($"{Section}:ManifestPath '{path}' lists no documents, so in TrustedOnly mode nothing could run: deploy the manifest of your client build.");
                }
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                failures.Add($"{Section}:ManifestPath '{path}': {exception.Message}");
            }
        }

        if (options.Mode != PersistedDocumentsMode.Disabled)
        {
            foreach (var documents in bundled)
            {
                try
                {
                    TrustedDocumentManifest.Load(documents.ManifestPath);
                }
                catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
                {
                    failures.Add($"The trusted documents of {documents.Owner} at '{documents.ManifestPath}': {exception.Message} {documents.HowToBuild}");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
