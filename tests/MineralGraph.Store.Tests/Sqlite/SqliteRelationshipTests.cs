namespace MineralGraph.Store.Tests.Sqlite;

public sealed class SqliteRelationshipTests(SqliteGraphStoreFixture fixture) : RelationshipContract(fixture), IClassFixture<SqliteGraphStoreFixture>;
