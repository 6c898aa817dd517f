global using MineralGraph.GraphSchema;
global using MineralGraph.Store.Neo4j.Execution;
global using MineralGraph.Store.Neo4j.Tests.Infrastructure;
