namespace MineralGraph.Store.Tests.Sqlite;

public sealed class SqliteAggregateTests(SqliteGraphStoreFixture fixture) : AggregateContract(fixture), IClassFixture<SqliteGraphStoreFixture>;
