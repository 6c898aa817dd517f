using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jPagingTests(Neo4jGraphStoreFixture fixture) : PagingContract(fixture), IClassFixture<Neo4jGraphStoreFixture>;
