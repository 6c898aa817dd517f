namespace MineralGraph.Api.Tests.Transport.Hosting;

/// <summary>
/// Lets the never-ending test field wait on its cancellation token and tells the test that
/// the token really fired, rather than the response merely arriving.
/// </summary>
public sealed class CancellationProbe
{
    private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Cancelled => _cancelled.Task;

    public async Task WaitForCancellationAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _cancelled.TrySetResult();
            throw;
        }
    }
}
