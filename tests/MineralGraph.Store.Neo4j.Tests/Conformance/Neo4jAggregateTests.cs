using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jAggregateTests(Neo4jGraphStoreFixture fixture) : AggregateContract(fixture), IClassFixture<Neo4jGraphStoreFixture>;
