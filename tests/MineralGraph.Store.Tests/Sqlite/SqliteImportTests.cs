namespace MineralGraph.Store.Tests.Sqlite;

public sealed class SqliteImportTests(SqliteGraphStoreFixture fixture) : ImportContract(fixture), IClassFixture<SqliteGraphStoreFixture>;
