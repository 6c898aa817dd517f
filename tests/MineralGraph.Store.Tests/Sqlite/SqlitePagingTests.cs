namespace MineralGraph.Store.Tests.Sqlite;

public sealed class SqlitePagingTests(SqliteGraphStoreFixture fixture) : PagingContract(fixture), IClassFixture<SqliteGraphStoreFixture>;
