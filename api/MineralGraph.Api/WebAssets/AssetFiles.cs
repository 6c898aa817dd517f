using System.Reflection;
using Microsoft.Extensions.FileProviders;

namespace MineralGraph.Api.WebAssets;

/// <summary>
/// Reads the files of the pages this API serves: those the build writes into wwwroot (from npm),
/// and those embedded in the assembly. A missing file fails at mapping time, saying how to make it,
/// rather than as a blank page.
/// </summary>
internal static class AssetFiles
{
    /// <summary>A file under wwwroot; <paramref name="howToBuild"/> tells the reader how to get it when it is missing.</summary>
    public static byte[] ReadWebRootFile(IFileProvider webRoot, string path, string howToBuild)
    {
        var file = webRoot.GetFileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"The page asset wwwroot/{path} is missing: {howToBuild}");
        }

        using var stream = file.CreateReadStream();
        using var content = new MemoryStream((int)file.Length);
        stream.CopyTo(content);
        return content.ToArray();
    }

    /// <summary>An embedded resource by its logical name, as the feature's .targets file names it.</summary>
    public static byte[] ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing: check the .targets file that embeds it.");
        using var content = new MemoryStream();
        stream.CopyTo(content);
        return content.ToArray();
    }
}
