using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using MineralGraph.Api.Errors;

namespace MineralGraph.Api.GraphQL.Types;

/// <summary>
/// Answers an input value of the wrong form (<see cref="InputValueException"/>) as
/// INVALID_ARGUMENT, like every other argument the API refuses, and shows why a variable's
/// value was refused: GraphQL.NET reports "Unable to convert 'x' to 'Date'" and keeps the
/// reason ("write it yyyy-MM-dd", "use one of …") in the inner exception.
/// </summary>
public sealed class InputValueErrorInfoProvider(ErrorInfoProviderOptions options) : ErrorInfoProvider(options)
{
    private const string Invalid = " is invalid.";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError.InnerException is not InputValueException reason)
        {
            return info;
        }

        if (executionError is InvalidVariableError)
        {
            // "Variable '$d' is invalid. Unable to convert …": keep the part that names the variable.
            var named = info.Message.IndexOf(Invalid, StringComparison.Ordinal);
            info.Message = named < 0 ? reason.Message : $"{info.Message[..(named + Invalid.Length)]} {reason.Message}";
        }

        info.Extensions ??= new Dictionary<string, object?>();
        info.Extensions["code"] = ErrorCodes.InvalidArgument;
        info.Extensions["codes"] = new[] { ErrorCodes.InvalidArgument };
        return info;
    }
}
