using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jWriteTests(Neo4jGraphStoreFixture fixture) : WriteContract(fixture), IClassFixture<Neo4jGraphStoreFixture>;
