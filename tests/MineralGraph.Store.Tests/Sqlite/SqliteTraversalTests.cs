namespace MineralGraph.Store.Tests.Sqlite;

public sealed class SqliteTraversalTests(SqliteGraphStoreFixture fixture) : TraversalContract(fixture), IClassFixture<SqliteGraphStoreFixture>;
