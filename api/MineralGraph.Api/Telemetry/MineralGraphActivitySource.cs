using System.Diagnostics;

namespace MineralGraph.Api.Telemetry;

/// <summary>
/// The API's own spans: GraphQL parse, validate and execute, named and tagged as the
/// OpenTelemetry GraphQL semantic conventions say, and one span for each call to the graph store.
/// Without a listener (no tracer provider), starting a span returns null and costs next to nothing.
/// </summary>
public static class MineralGraphActivitySource
{
    public const string Name = "MineralGraph.Api";

    public const string ParseSpan = "graphql.parse";
    public const string ValidateSpan = "graphql.validate";
    public const string ExecuteSpan = "graphql.execute";

    public const string OperationNameTag = "graphql.operation.name";
    public const string OperationTypeTag = "graphql.operation.type";
    public const string DocumentTag = "graphql.document";

    internal static ActivitySource Source { get; } = new(Name, typeof(MineralGraphActivitySource).Assembly.GetName().Version?.ToString());

    /// <summary>Marks a span failed by an exception, with the exception as an event, and passes the exception on.</summary>
    internal static void Fail(Activity? activity, Exception exception)
    {
        if (activity is null || exception is OperationCanceledException)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity.AddException(exception);
    }
}
