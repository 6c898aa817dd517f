using System.Diagnostics;
using GraphQL.Validation;

namespace MineralGraph.Api.Telemetry;

/// <summary>
/// Validates through the registered validator inside a <c>graphql.validate</c> span, failed with
/// the first error when the document is refused (a cost or depth limit, an unknown field…).
/// </summary>
internal sealed class TracedDocumentValidator(IDocumentValidator inner) : IDocumentValidator
{
    // An async method cannot take an 'in' parameter; the copy also keeps the span's Activity.Current inside the async flow.
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options) => ValidateCopyAsync(options);

    private async Task<IValidationResult> ValidateCopyAsync(ValidationOptions options)
    {
        using var activity = MineralGraphActivitySource.Source.StartActivity(MineralGraphActivitySource.ValidateSpan);
        try
        {
            var result = await inner.ValidateAsync(options);
            if (!result.IsValid)
            {
                activity?.SetStatus(ActivityStatusCode.Error, result.Errors[0].Message);
            }

            return result;
        }
        catch (Exception exception)
        {
            MineralGraphActivitySource.Fail(activity, exception);
            throw;
        }
    }
}
