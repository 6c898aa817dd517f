using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jSortTests(Neo4jGraphStoreFixture fixture) : SortContract(fixture), IClassFixture<Neo4jGraphStoreFixture>;
