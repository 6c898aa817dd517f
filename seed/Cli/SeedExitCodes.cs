namespace MineralGraph.Seed.Cli;

/// <summary>The seed tool's exit codes, for scripts and CI.</summary>
public static class SeedExitCodes
{
    public const int Ok = 0;

    /// <summary>The dataset has problems; they were listed and nothing was written.</summary>
    public const int DataProblems = 1;

    /// <summary>The command line was wrong or a folder does not exist.</summary>
    public const int Usage = 2;

    /// <summary>The store could not be opened or refused the import; its message says why.</summary>
    public const int StoreFailed = 3;

    /// <summary>Stopped by Ctrl+C, as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
