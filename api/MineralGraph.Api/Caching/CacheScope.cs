namespace MineralGraph.Api.Caching;

/// <summary>Who may reuse a response: anyone (<see cref="Public"/>) or only the caller it was made for.</summary>
public enum CacheScope : byte
{
    Public = 0,
    Private = 1,
}
