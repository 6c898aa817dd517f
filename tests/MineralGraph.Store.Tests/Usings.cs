namespace MineralGraph.Store.Tests;
