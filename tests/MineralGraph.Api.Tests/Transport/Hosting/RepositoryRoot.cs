namespace MineralGraph.Api.Tests.Transport.Hosting;

/// <summary>Finds the repository from the test's output folder, by walking up to MineralGraph.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "MineralGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No MineralGraph.sln above {AppContext.BaseDirectory}: run the tests from inside the repository.");
    }
}
