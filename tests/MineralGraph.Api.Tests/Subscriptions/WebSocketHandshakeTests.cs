using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Mutations;
using MineralGraph.Api.Tests.Subscriptions.Infrastructure;

namespace MineralGraph.Api.Tests.Subscriptions;

/// <summary>
/// The WebSocket handshake held to GraphQL over HTTP's rules, before any socket is opened: a
/// key in the headers that matches nothing, a page of another origin, an address with too many
/// connections; and the per-key limit, checked at connection_init.
/// </summary>
public sealed class WebSocketHandshakeTests(LiveApiServer server) : IClassFixture<LiveApiServer>
{
    [Fact]
    public async Task Handshake_WithAKeyHeaderThatMatchesNothing_Gets401_AsOverHttp()
    {
        using var socket = NewSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer not-a-key");

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(WebSocketUri, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
    }

    [Fact]
    public async Task Handshake_FromAPageOfAnotherOrigin_Gets403()
    {
        using var socket = NewSocket();
        socket.Options.SetRequestHeader("Origin", "https://elsewhere.example");

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(WebSocketUri, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    [Fact]
    public async Task Handshake_FromAPageOfAnAllowedOrigin_IsAccepted()
    {
        using var socket = NewSocket();
        socket.Options.SetRequestHeader("Origin", LiveApiFactory.FrontendOrigin);

        await socket.ConnectAsync(WebSocketUri, CancellationToken.None);

        Assert.Equal(("graphql-transport-ws", WebSocketState.Open), (socket.SubProtocol, socket.State));
    }

    [Fact]
    public async Task Handshake_WithAValidKeyHeaderAndNoneInConnectionInit_IsThatKeysCaller()
    {
        using var socket = NewSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + WritableApiFactory.EditorKey);
        await socket.ConnectAsync(WebSocketUri, CancellationToken.None);

        await SendAsync(socket, """{"type":"connection_init"}""");
        await SendAsync(socket, """{"type":"subscribe","id":"m","payload":{"query":"mutation { updateCountry(id: \"country:my\", set: { region: \"South-Eastern Asia\" }) { region } }"}}""");

        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        var next = await ReceiveAsync(socket);
        Assert.Equal(("next", "South-Eastern Asia"), (next["type"]!.GetValue<string>(), next["payload"]!["data"]!["updateCountry"]!["region"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ConnectionsBeyondTheLimitOfAnAddress_AreRefusedWith429BeforeTheUpgrade()
    {
        var sockets = new List<ClientWebSocket>();
        try
        {
            HttpStatusCode? refused = null;
            for (var i = 0; i <= LiveApiFactory.MaxConnectionsPerAddress && refused is null; i++)
            {
                var socket = NewSocket();
                sockets.Add(socket);
                try
                {
                    await socket.ConnectAsync(WebSocketUri, CancellationToken.None);
                }
                catch (WebSocketException)
                {
                    refused = socket.HttpStatusCode;
                }
            }

            Assert.Equal(HttpStatusCode.TooManyRequests, refused);
        }
        finally
        {
            foreach (var socket in sockets)
            {
                socket.Abort();
                socket.Dispose();
            }
        }
    }

    [Fact]
    public async Task ConnectionsBeyondTheLimitOfAKey_AreClosedWith4403AtConnectionInit()
    {
        var request = new LiveRequest([new LiveOperation("subscription { revisionChanged { revision } }")], ApiKey: WritableApiFactory.ReaderKey);
        var clients = Enumerable.Range(0, LiveApiFactory.MaxConnectionsPerKey).Select(_ => LiveClient.WebSocket(server.GraphQLUri, request)).ToList();
        try
        {
            foreach (var client in clients)
            {
                await client.NextEventAsync("connected");
            }

            await using var oneMore = LiveClient.WebSocket(server.GraphQLUri, request);
            var closed = await oneMore.NextEventAsync("closed");

            Assert.Equal(4403, closed["code"]!.GetValue<int>());
            Assert.Contains($"{LiveApiFactory.MaxConnectionsPerKey} connections", closed["reason"]!.GetValue<string>());
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    private Uri WebSocketUri => new UriBuilder(server.GraphQLUri) { Scheme = "ws" }.Uri;

    private static ClientWebSocket NewSocket()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.CollectHttpResponseDetails = true;
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task<JsonNode> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[16384];
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        return JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, received.Count))!;
    }
}
