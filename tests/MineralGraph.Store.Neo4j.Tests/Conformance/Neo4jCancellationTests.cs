using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jCancellationTests(Neo4jGraphStoreFixture fixture) : CancellationContract(fixture), IClassFixture<Neo4jGraphStoreFixture>;
