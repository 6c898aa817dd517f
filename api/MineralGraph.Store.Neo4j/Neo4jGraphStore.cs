using System.Text;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j;

/// <summary>
/// The graph store on Neo4j. Each port call is one Cypher statement (import, writes and schema aside),
/// built from the graph model with every value a parameter; the executor carries it to the server.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly ICypherExecutor _executor;
    private readonly Neo4jStoreOptions _options;
    private readonly CypherNames _names;
    private readonly FilterCypher _filters;
    private readonly RecordReader _reader;
    private readonly WriteCypher _writes;
    private readonly ChangeSetCodec _changes;
    private readonly IReadOnlyList<string> _schema;
    private readonly string _statistics;
    private readonly string _nodesById;

    public Neo4jGraphStore(ICypherExecutor executor, GraphModel model, Neo4jStoreOptions options)
    {
        _executor = executor;
        _options = options;
        _names = new CypherNames(model);
        _filters = new FilterCypher(_names);
        _reader = new RecordReader(model);
        _writes = new WriteCypher(_names);
        _changes = new ChangeSetCodec(model);
        _schema = Neo4jSchema.Statements(model);
        _statistics = BuildStatistics();
        _nodesById = NodeLookup.Append(new StringBuilder("UNWIND $ids AS nodeId\n"), _names, "n", "nodeId", AllLabels, "nodeId").Append("RETURN n").ToString();
    }

    private IEnumerable<string> AllLabels => _names.Model.Labels.Select(l => l.Name);

    /// <summary>Neo4j keeps its own caches; there is nothing to prepare in this process.</summary>
    public Task WarmUpAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in _schema)
        {
            await _executor.RunAsync(new CypherStatement(statement, Empty), AccessMode.Write, cancellationToken);
        }

        var wait = new Dictionary<string, object?> { ["seconds"] = (long)_options.IndexOnlineTimeoutSeconds };
        await _executor.RunAsync(new CypherStatement("CALL db.awaitIndexes($seconds)", wait), AccessMode.Read, cancellationToken);
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        var result = await _executor.RunAsync(new CypherStatement(_statistics, Empty), AccessMode.Read, cancellationToken);
        var nodes = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var relationships = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            if (row[2] is long total and > 0)
            {
                (row[0] is "node" ? nodes : relationships)[(string)row[1]!] = total;
            }
        }

        return new GraphStatistics(nodes, relationships);
    }

    public async Task<IReadOnlyDictionary<string, NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return nodes;
        }

        var parameters = new Dictionary<string, object?> { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToArray() };
        var result = await _executor.RunAsync(new CypherStatement(_nodesById, parameters), AccessMode.Read, cancellationToken);
        foreach (var row in result.Rows)
        {
            var node = _reader.Node(row[0]);
            nodes[node.Id] = node;
        }

        return nodes;
    }

    private static IReadOnlyDictionary<string, object?> Empty { get; } = new Dictionary<string, object?>();

    /// <summary>
    /// Counts per label and per type, one branch each so every count is read from Neo4j's count
    /// store instead of a scan: cheap enough to serve as the health probe.
    /// </summary>
    private string BuildStatistics()
    {
        var branches = AllLabels.Select(label => $"MATCH (n:{_names.Label(label)}) RETURN 'node' AS kind, '{label}' AS name, count(n) AS total")
            .Concat(_names.Model.Relationships.Select(r => $"MATCH ()-[r:{_names.Type(r.Type)}]->() RETURN 'relationship' AS kind, '{r.Type}' AS name, count(r) AS total"));
        return string.Join("\nUNION ALL\n", branches);
    }
}
