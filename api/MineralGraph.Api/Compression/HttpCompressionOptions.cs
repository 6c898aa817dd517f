using System.ComponentModel.DataAnnotations;

namespace MineralGraph.Api.Compression;

/// <summary>
/// How responses are compressed for clients that accept Brotli or gzip; bound from the
/// <c>Compression</c> configuration section and validated at start.
/// </summary>
public sealed class HttpCompressionOptions
{
    public const string SectionName = "Compression";

    /// <summary>Whether responses are compressed at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Responses whose length is known and smaller than this are sent as they are: below about
    /// one network packet, compressing saves nothing a client would notice and costs CPU.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int MinimumBytes { get; set; } = 1024;
}
