using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jFilterTests(Neo4jGraphStoreFixture fixture) : FilterContract(fixture), IClassFixture<Neo4jGraphStoreFixture>;
