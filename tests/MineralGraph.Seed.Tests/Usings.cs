namespace MineralGraph.Seed.Tests;
