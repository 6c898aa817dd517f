using System.Collections.Frozen;
using System.Text.Json;

namespace MineralGraph.Api.Transport.PersistedDocuments;

/// <summary>
/// The trusted documents by hash, read from the manifest a client build writes: graphql-codegen
/// client preset's <c>{"&lt;sha256&gt;": "&lt;document&gt;"}</c> (keys may carry the <c>sha256:</c>
/// prefix) or Apollo's <c>{"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id", "body", …}]}</c>.
/// Every id is checked against the SHA-256 of its document, so a manifest can only ever run the
/// documents it shows.
/// </summary>
internal sealed class TrustedDocumentManifest
{
    private const string ApolloFormat = "apollo-persisted-query-manifest";
    private const int MaxReportedProblems = 10;

    public static readonly TrustedDocumentManifest Empty = new(FrozenDictionary<string, string>.Empty);

    private readonly FrozenDictionary<string, string> _documents;
    private readonly FrozenSet<string> _texts;

    private TrustedDocumentManifest(FrozenDictionary<string, string> documents)
    {
        _documents = documents;
        _texts = documents.Values.ToFrozenSet(StringComparer.Ordinal);
    }

    public int Count => _documents.Count;

    public bool TryGet(string hash, out string document) => _documents.TryGetValue(hash, out document!);

    public bool Contains(string hash) => _documents.ContainsKey(hash);

    /// <summary>Whether a document sent as text is one of the manifest's, exactly; every id was checked to be its text's hash, so no hashing is needed.</summary>
    public bool ContainsDocument(string text) => _texts.Contains(text);

    /// <summary>The documents of several manifests; a document listed twice is the same document, as its id is its hash.</summary>
    public static TrustedDocumentManifest Combine(IEnumerable<TrustedDocumentManifest> manifests)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var manifest in manifests)
        {
            foreach (var (hash, document) in manifest._documents)
            {
                documents[hash] = document;
            }
        }

        return new TrustedDocumentManifest(documents.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The manifest's path as configured, relative to the content root like the other data files.</summary>
    public static string FullPath(string manifestPath, IHostEnvironment environment) =>
        Path.GetFullPath(manifestPath, environment.ContentRootPath);

    /// <summary>Reads and checks the manifest; <see cref="InvalidDataException"/> says what is wrong and how to fix it.</summary>
    public static TrustedDocumentManifest Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException("the file does not exist: point it at the persisted-documents manifest your client build writes.");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"the file is not valid JSON ({exception.Message}): regenerate it with your client build.");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException(FormatHelp("the file is not a JSON object"));
            }

            var entries = root.TryGetProperty("format", out var format) ? ReadApollo(root, format) : ReadHashMap(root);
            return Verify(entries);
        }
    }

    private static List<(string Id, string Document)> ReadHashMap(JsonElement root)
    {
        var entries = new List<(string, string)>();
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException(FormatHelp($"entry '{property.Name}' is not a string"));
            }

            entries.Add((property.Name, property.Value.GetString()!));
        }

        return entries;
    }

    private static List<(string Id, string Document)> ReadApollo(JsonElement root, JsonElement format)
    {
        if (format.ValueKind != JsonValueKind.String || format.GetString() != ApolloFormat)
        {
            throw new InvalidDataException(FormatHelp($"its 'format' is {format.GetRawText()}, not \"{ApolloFormat}\""));
        }

        if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var number) || number != 1)
        {
            throw new InvalidDataException("its 'version' is not 1, the only version of Apollo's persisted query manifest this server reads: regenerate it with version 1.");
        }

        if (!root.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException(FormatHelp("it has no 'operations' array"));
        }

        var entries = new List<(string, string)>();
        var index = 0;
        foreach (var operation in operations.EnumerateArray())
        {
            if (operation.ValueKind != JsonValueKind.Object
                || !operation.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                || !operation.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException(FormatHelp($"operation {index} has no string 'id' and 'body'"));
            }

            entries.Add((id.GetString()!, body.GetString()!));
            index++;
        }

        return entries;
    }

    private static TrustedDocumentManifest Verify(List<(string Id, string Document)> entries)
    {
        var documents = new Dictionary<string, string>(entries.Count, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (id, document) in entries)
        {
            var hash = id.StartsWith(DocumentHash.DocumentIdPrefix, StringComparison.Ordinal) ? id[DocumentHash.DocumentIdPrefix.Length..] : id;
            if (!DocumentHash.IsValid(hash))
            {
                problems.Add($"'{id}' is not a SHA-256 hash");
                continue;
            }

            var actual = DocumentHash.Compute(document);
            if (actual != hash)
            {
                problems.Add($"'{id}' names a document whose SHA-256 is '{actual}'");
                continue;
            }

            documents[hash] = document;
        }

        if (problems.Count > 0)
        {
            var listed = string.Join("; ", problems.Take(MaxReportedProblems));
            var more = problems.Count > MaxReportedProblems ? $" and {problems.Count - MaxReportedProblems} more" : "";
            throw new InvalidDataException(
                $"{problems.Count} of its {entries.Count} ids are not the SHA-256 of their document ({listed}{more}): generate the manifest with SHA-256 ids of each document's exact text (graphql-codegen client preset: persistedDocuments: {{ hashAlgorithm: 'sha256' }}).");
        }

        return new TrustedDocumentManifest(documents.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static string FormatHelp(string problem) =>
        $"{problem}: write either {{\"<sha256>\": \"<document>\"}} (graphql-codegen client preset) or {{\"format\": \"{ApolloFormat}\", \"version\": 1, \"operations\": [{{\"id\": \"<sha256>\", \"body\": \"<document>\"}}]}} (Apollo).";
}
