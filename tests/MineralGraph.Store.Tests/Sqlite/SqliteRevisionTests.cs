namespace MineralGraph.Store.Tests.Sqlite;

public sealed class SqliteRevisionTests(SqliteGraphStoreFixture fixture) : RevisionContract(fixture), IClassFixture<SqliteGraphStoreFixture>;
