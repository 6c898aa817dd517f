namespace MineralGraph.Api.Transport.PersistedDocuments;

/// <summary>
/// The trusted documents of a page this API serves itself, such as the explorer's, which its build
/// generates: added to the configured manifest in Automatic and TrustedOnly modes, so the page runs
/// wherever only trusted documents may. Registered by the feature that serves the page.
/// </summary>
/// <param name="Owner">Who ships them, for the start-up log and errors (e.g. "the explorer").</param>
/// <param name="ManifestPath">The manifest's full path, in graphql-codegen's <c>{"&lt;sha256&gt;": "&lt;document&gt;"}</c> form.</param>
/// <param name="HowToBuild">What to do when the file is missing.</param>
public sealed record BundledTrustedDocuments(string Owner, string ManifestPath, string HowToBuild);
