using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jChangeLogTests(Neo4jGraphStoreFixture fixture) : ChangeLogContract(fixture), IClassFixture<Neo4jGraphStoreFixture>;
