using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jImportTests(Neo4jGraphStoreFixture fixture) : ImportContract(fixture), IClassFixture<Neo4jGraphStoreFixture>;
