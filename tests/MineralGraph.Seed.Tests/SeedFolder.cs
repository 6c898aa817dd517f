using MineralGraph.Seed.Validation;

namespace MineralGraph.Seed.Tests;

/// <summary>
/// A throwaway seed folder: a copy of the minimal fixture (or nothing) that a test edits to
/// break one thing at a time.
/// </summary>
internal sealed class SeedFolder : IDisposable
{
    private static readonly string Fixture = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal");

    private SeedFolder()
    {
        Path = Directory.CreateTempSubdirectory("mineralgraph-seed-").FullName;
    }

    public string Path { get; }

    public static SeedFolder Empty() => new();

    public static SeedFolder FromFixture()
    {
        var folder = new SeedFolder();
        foreach (var file in Directory.GetFiles(Fixture, "*.csv", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder.Path, System.IO.Path.GetRelativePath(Fixture, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    public SeedFolder Write(string relativePath, string content)
    {
        var target = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllText(target, content);
        return this;
    }

    public SeedFolder AppendLine(string relativePath, string line)
    {
        File.AppendAllText(System.IO.Path.Combine(Path, relativePath), line + "\n");
        return this;
    }

    public SeedFolder Replace(string relativePath, string oldText, string newText)
    {
        var target = System.IO.Path.Combine(Path, relativePath);
        var content = File.ReadAllText(target);
        Assert.Contains(oldText, content);
        File.WriteAllText(target, content.Replace(oldText, newText, StringComparison.Ordinal));
        return this;
    }

    public SeedFolder Delete(string relativePath)
    {
        File.Delete(System.IO.Path.Combine(Path, relativePath));
        return this;
    }

    public Task<SeedReadResult> ReadAsync() => new SeedDatasetReader().ReadAsync(Path, CancellationToken.None);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
