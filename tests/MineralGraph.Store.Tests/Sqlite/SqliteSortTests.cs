namespace MineralGraph.Store.Tests.Sqlite;

public sealed class SqliteSortTests(SqliteGraphStoreFixture fixture) : SortContract(fixture), IClassFixture<SqliteGraphStoreFixture>;
