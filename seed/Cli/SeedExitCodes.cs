namespace MineralGraph.Seed.Cli;

/// <summary>The seed tool's exit codes, for scripts and CI.</summary>
public static class SeedExitCodes
{
    public const int Ok = 0;

    /// <summary>The dataset has problems; they were listed and nothing was written.</summary>
    public const int DataProblems = 1;

    /// <summary>The command line was wrong or a folder does not exist.</summary>
    public const int Usage = 2;
}
