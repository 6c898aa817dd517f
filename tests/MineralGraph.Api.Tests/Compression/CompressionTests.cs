using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using MineralGraph.Api.Tests.Mutations;

namespace MineralGraph.Api.Tests.Compression;

/// <summary>What a browser gets back when it says it accepts Brotli or gzip.</summary>
[Collection(WritableApiCollection.Name)]
public sealed class CompressionTests(WritableApiFactory api)
{
    private const string FiftyElements = "graphql?query=%7B%20elements(first%3A%2050)%20%7B%20nodes%20%7B%20id%20name%20symbol%20atomicNumber%20%7D%20%7D%20%7D";
    private const string OneElement = "graphql?query=%7B%20elements(first%3A%201)%20%7B%20nodes%20%7B%20id%20%7D%20%7D%20%7D";

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    public async Task LargeJsonAnswer_ToAClientThatAcceptsCompression_IsCompressedAndDecompressesToTheSameJson(string acceptEncoding, string expected)
    {
        var plain = await GetBytesAsync(FiftyElements, acceptEncoding: null);

        using var response = await GetAsync(FiftyElements, acceptEncoding);

        Assert.Equal(expected, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.InRange(compressed.Length, 1, plain.Length / 3);
        Assert.Equal(plain, Decompress(compressed, expected));
    }

    [Fact]
    public async Task SmallAnswer_IsSentAsItIs()
    {
        using var response = await GetAsync(OneElement, "br, gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.InRange(response.Content.Headers.ContentLength ?? 0, 1, 1023);
    }

    [Fact]
    public async Task Answer_ToARequestWithAnApiKey_IsNotCompressed_SoNoSecretCanLeakThroughItsLength()
    {
        using var response = await GetAsync(FiftyElements, "br, gzip", WritableApiFactory.ReaderKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task CompressedAnswer_HasAWeakETag_ThatStillRevalidatesTo304()
    {
        using var compressed = await GetAsync(FiftyElements, "br");
        var etag = compressed.Headers.ETag!;
        using var request = Request(FiftyElements, "br");
        request.Headers.IfNoneMatch.Add(etag);

        using var revalidated = await api.CreateClient().SendAsync(request);

        Assert.True(etag.IsWeak, $"ETag {etag} of a compressed answer should be weak.");
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task Schema_IsCompressed()
    {
        using var response = await GetAsync("graphql/schema.graphql", "br");

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? acceptEncoding, string? key = null)
    {
        using var request = Request(url, acceptEncoding);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        var response = await api.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private async Task<byte[]> GetBytesAsync(string url, string? acceptEncoding)
    {
        using var response = await GetAsync(url, acceptEncoding);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static HttpRequestMessage Request(string url, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return request;
    }

    private static byte[] Decompress(byte[] content, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream stream = encoding == "br"
            ? new BrotliStream(new MemoryStream(content), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(content), CompressionMode.Decompress))
        {
            stream.CopyTo(output);
        }

        return output.ToArray();
    }
}
