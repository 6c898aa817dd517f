namespace MineralGraph.Store.Neo4j.Execution;

/// <summary>Whether a statement only reads, so a cluster may route it to a reader.</summary>
public enum AccessMode
{
    Read,
    Write,
}
