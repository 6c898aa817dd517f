namespace MineralGraph.Store.Neo4j.Tests.Infrastructure;

public sealed record RecordedStatement(CypherStatement Statement, AccessMode Mode, bool InTransaction)
{
    public string Text => Statement.Text;
}
