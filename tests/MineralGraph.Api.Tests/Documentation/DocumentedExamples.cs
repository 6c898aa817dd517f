using System.Text.RegularExpressions;
using MineralGraph.Api.Tests.Transport.Hosting;

namespace MineralGraph.Api.Tests.Documentation;

/// <summary>The GraphQL a reader is shown: the README's ```graphql blocks and the IDE's example tabs, in order.</summary>
public static partial class DocumentedExamples
{
    public static IReadOnlyList<string> ReadmeBlocks { get; } =
        [.. GraphQLBlock().Matches(File.ReadAllText(RepositoryRoot.Combine("README.md"))).Select(match => match.Groups["body"].Value)];

    public static IReadOnlyList<string> IdeExamples { get; } =
        [.. Directory.GetFiles(RepositoryRoot.Combine("api", "MineralGraph.Api", "GraphiQL", "Examples"), "*.graphql").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    public static bool IsMutation(string document) =>
        document.Split('\n').Select(line => line.Trim()).First(line => line.Length > 0 && !line.StartsWith('#')).StartsWith("mutation", StringComparison.Ordinal);

    /// <summary>The first line with a word that is not a comment: what names the example in a test's display name.</summary>
    public static string FirstCodeLine(string document) =>
        document.Split('\n').Select(line => line.Trim()).First(line => line.Any(char.IsLetter) && !line.StartsWith('#'));

    [GeneratedRegex("^```graphql\\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
