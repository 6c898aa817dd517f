using GraphQL.Validation;
using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// 400 for a subscription sent as a plain GET or POST: that request gets one answer, and a
/// subscription needs a stream of them (GraphQL over HTTP, "single result" requests only).
/// </summary>
public sealed class SubscriptionOverHttpError : ValidationError, IHttpStatusError
{
    public SubscriptionOverHttpError()
        : base("Subscriptions are not answered over a plain GET or POST, which returns one result: send queries and mutations here, and subscribe over a streaming transport.")
    {
        Code = ErrorCodes.SubscriptionNotSupported;
    }

    public int StatusCode => StatusCodes.Status400BadRequest;
}
