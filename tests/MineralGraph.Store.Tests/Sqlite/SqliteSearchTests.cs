namespace MineralGraph.Store.Tests.Sqlite;

public sealed class SqliteSearchTests(SqliteGraphStoreFixture fixture) : SearchContract(fixture), IClassFixture<SqliteGraphStoreFixture>;
