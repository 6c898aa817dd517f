namespace MineralGraph.Store.Tests.Sqlite;

public sealed class SqliteWriteTests(SqliteGraphStoreFixture fixture) : WriteContract(fixture), IClassFixture<SqliteGraphStoreFixture>;
