namespace MineralGraph.Store.Tests.Sqlite;

public sealed class SqliteChangeLogTests(SqliteGraphStoreFixture fixture) : ChangeLogContract(fixture), IClassFixture<SqliteGraphStoreFixture>;
