namespace MineralGraph.Seed.Cli;

/// <summary>
/// One command's arguments: positionals, <c>--name value</c> options and <c>--name</c> flags.
/// Unknown options and missing values are errors, so a typo never silently falls back to a default.
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandArguments()
    {
    }

    public List<string> Positionals { get; } = [];

    public static bool TryParse(IReadOnlyList<string> args, IReadOnlyCollection<string> allowedOptions, out CommandArguments parsed, out string? error) =>
        TryParse(args, allowedOptions, [], out parsed, out error);

    public static bool TryParse(IReadOnlyList<string> args, IReadOnlyCollection<string> allowedOptions, IReadOnlyCollection<string> allowedFlags, out CommandArguments parsed, out string? error)
    {
        parsed = new CommandArguments();
        error = null;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Positionals.Add(arg);
                continue;
            }

            if (allowedFlags.Contains(arg))
            {
                parsed._flags.Add(arg);
                continue;
            }

            if (!allowedOptions.Contains(arg))
            {
                error = $"unknown option '{arg}' for '{args[0]}'";
                return false;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"option '{arg}' needs a value";
                return false;
            }

            parsed._options[arg] = args[++i];
        }

        return true;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Has(string flag) => _flags.Contains(flag);
}
