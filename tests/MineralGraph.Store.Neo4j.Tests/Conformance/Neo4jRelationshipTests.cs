using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jRelationshipTests(Neo4jGraphStoreFixture fixture) : RelationshipContract(fixture), IClassFixture<Neo4jGraphStoreFixture>;
