namespace MineralGraph.Store.Tests.Sqlite;

public sealed class SqliteCancellationTests(SqliteGraphStoreFixture fixture) : CancellationContract(fixture), IClassFixture<SqliteGraphStoreFixture>;
