using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jRevisionTests(Neo4jGraphStoreFixture fixture) : RevisionContract(fixture), IClassFixture<Neo4jGraphStoreFixture>;
