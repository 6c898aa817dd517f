namespace MineralGraph.Api.Tests;
