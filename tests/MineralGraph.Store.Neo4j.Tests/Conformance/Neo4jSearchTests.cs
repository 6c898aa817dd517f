using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jSearchTests(Neo4jGraphStoreFixture fixture) : SearchContract(fixture), IClassFixture<Neo4jGraphStoreFixture>;
