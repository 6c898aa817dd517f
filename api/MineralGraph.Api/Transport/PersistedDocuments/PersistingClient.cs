using System.Net;

namespace MineralGraph.Api.Transport.PersistedDocuments;

/// <summary>Who persists a document: an API key's holder, or an anonymous client known by its address.</summary>
internal readonly record struct PersistingClient(string Name, bool Anonymous)
{
    public static PersistingClient Of(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? new PersistingClient("key:" + name, Anonymous: false)
            : new PersistingClient("address:" + (context.Connection.RemoteIpAddress ?? IPAddress.None), Anonymous: true);
}
