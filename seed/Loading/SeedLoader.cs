using System.Diagnostics;
using MineralGraph.GraphSchema;
using MineralGraph.Seed.Validation;
using MineralGraph.Store;

namespace MineralGraph.Seed.Loading;

/// <summary>
/// Loads a seed folder into any <see cref="IGraphStore"/>: checks everything first, as
/// <c>seed validate</c> does (the model's checks, then the knowledge graph's integrity rules),
/// then ensures the schema (unless the caller just did) and imports in one transaction. Safe to
/// run at every start: the import upserts nodes by id and relationships by key.
/// </summary>
public static class SeedLoader
{
    /// <exception cref="SeedValidationException">The dataset has problems; the store was not touched.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static Task<SeedLoadResult> LoadAsync(IGraphStore store, string directory, CancellationToken cancellationToken) =>
        LoadAsync(store, directory, SeedChecks.Full, cancellationToken);

    /// <inheritdoc cref="LoadAsync(IGraphStore, string, CancellationToken)"/>
    public static Task<SeedLoadResult> LoadAsync(IGraphStore store, string directory, SeedChecks checks, CancellationToken cancellationToken) =>
        LoadAsync(store, directory, GraphModel.Default, ensureSchema: true, checks, cancellationToken);

    /// <inheritdoc cref="LoadAsync(IGraphStore, string, CancellationToken)"/>
    /// <param name="ensureSchema">
    /// False when the caller has just ensured the schema itself: on Neo4j that is every constraint and a
    /// wait for the indexes, not worth doing twice in one start.
    /// </param>
    public static async Task<SeedLoadResult> LoadAsync(IGraphStore store, string directory, GraphModel model, bool ensureSchema, SeedChecks checks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var clock = Stopwatch.StartNew();
        var read = await new SeedDatasetReader(model).ReadAsync(directory, cancellationToken).ConfigureAwait(false);
        if (!read.IsValid)
        {
            throw new SeedValidationException(read.Problems);
        }

        var reading = clock.Elapsed;
        if (checks == SeedChecks.Full && DatasetIntegrityCheck.Check(read.Dataset, model) is { IsClean: false } integrity)
        {
            throw new SeedValidationException(integrity.Problems, integrityRulesOnly: true);
        }

        var checking = clock.Elapsed - reading;
        if (ensureSchema)
        {
            await store.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        }

        var imported = await store.ImportAsync(read.Dataset, cancellationToken).ConfigureAwait(false);
        return new SeedLoadResult(imported, read.NodesByLabel, read.RelationshipsByType, reading, checking, clock.Elapsed - reading - checking);
    }
}
