namespace MineralGraph.Api.GraphQL.Types;

/// <summary>
/// An input value of the wrong form (an enum value the model does not allow, a date not written
/// yyyy-MM-dd), with a message that says what to write instead. GraphQL.NET puts it into its
/// own error for a literal; <see cref="InputValueErrorInfoProvider"/> shows it for a variable.
/// </summary>
public sealed class InputValueException(string message) : FormatException(message);
