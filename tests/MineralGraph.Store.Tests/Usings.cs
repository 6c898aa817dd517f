global using MineralGraph.GraphSchema;
global using MineralGraph.Store;
global using MineralGraph.Store.Tests.Contract;
