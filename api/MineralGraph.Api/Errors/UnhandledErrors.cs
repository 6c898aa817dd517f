using System.Data.Common;
using GraphQL;
using GraphQL.Execution;
using MineralGraph.Api.Analytics;
using MineralGraph.Store;

namespace MineralGraph.Api.Errors;

/// <summary>
/// Turns an exception a resolver let out into the error a client sees: the researchers' and the
/// store's own refusals keep their message and get their code; a failure of the store itself is
/// <c>STORE_UNAVAILABLE</c> with no word of the backend (no driver message, no SQLite or Neo4j
/// code), and anything else is <c>INTERNAL_ERROR</c>. The errors carry no inner exception, whose
/// type would otherwise show in <c>extensions.codes</c>; the log keeps the whole exception.
/// </summary>
internal static partial class UnhandledErrors
{
    private const string StoreUnavailableMessage = "The graph store could not answer: try again shortly. If it persists, the operators have the details in the log.";

    public static void Handle(UnhandledExceptionContext context, bool exposeDetails)
    {
        var exception = context.OriginalException;
        var error = exception switch
        {
            AnalyticsException analytics => new ExecutionError(analytics.Message) { Code = analytics.Code },
            GraphStoreException store => FromStore(store),
            DbException or TimeoutException => new ExecutionError(StoreUnavailableMessage) { Code = ErrorCodes.StoreUnavailable },
            _ => null,
        };

        if (error is null || error.Code is ErrorCodes.StoreUnavailable or ErrorCodes.Timeout)
        {
            Log(context, exception);
        }

        if (error is not null)
        {
            context.Exception = error;
        }
        else if (!exposeDetails)
        {
            context.Exception = new ExecutionError("The server failed to answer this field; the operators have the details in the log.") { Code = ErrorCodes.InternalError };
        }
    }

    private static ExecutionError FromStore(GraphStoreException store)
    {
        var code = store.Kind switch
        {
            StoreErrorKind.LimitExceeded => ErrorCodes.TraversalTooLarge,
            StoreErrorKind.Timeout => ErrorCodes.Timeout,
            StoreErrorKind.InvalidData => ErrorCodes.InvalidArgument,
            StoreErrorKind.NotFound => ErrorCodes.NotFound,
            StoreErrorKind.Conflict => ErrorCodes.Conflict,
            _ => ErrorCodes.StoreUnavailable,
        };

        // An adapter's own refusal says what to change; one that wraps a driver's failure would quote the driver.
        var message = code == ErrorCodes.StoreUnavailable ? StoreUnavailableMessage
            : store.InnerException is null ? store.Message
            : code == ErrorCodes.Timeout ? "The graph store did not answer in time: ask for less (smaller pages, fewer hops) or try again."
            : "The graph store refused the data: check the values sent against the schema's descriptions.";
        return new ExecutionError(message) { Code = code };
    }

    private static void Log(UnhandledExceptionContext context, Exception exception)
    {
        var services = context.ExecutionOptions.RequestServices;
        var logger = services?.GetService<ILoggerFactory>()?.CreateLogger("MineralGraph.Api.GraphQL");
        if (logger is not null)
        {
            LogFailure(logger, context.FieldContext?.FieldDefinition.Name ?? "(document)", exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Resolving {Field} failed.")]
    private static partial void LogFailure(ILogger logger, string field, Exception exception);
}
