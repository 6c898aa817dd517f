using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jTraversalTests(Neo4jGraphStoreFixture fixture) : TraversalContract(fixture), IClassFixture<Neo4jGraphStoreFixture>;
