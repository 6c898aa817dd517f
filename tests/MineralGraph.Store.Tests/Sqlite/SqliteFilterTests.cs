namespace MineralGraph.Store.Tests.Sqlite;

public sealed class SqliteFilterTests(SqliteGraphStoreFixture fixture) : FilterContract(fixture), IClassFixture<SqliteGraphStoreFixture>;
