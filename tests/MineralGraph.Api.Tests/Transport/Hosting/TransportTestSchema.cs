using GraphQL.Types;

namespace MineralGraph.Api.Tests.Transport.Hosting;

/// <summary>A tiny schema that hosts the transport tests until the real schema is wired into Program.</summary>
public sealed class TransportTestSchema : Schema
{
    public TransportTestSchema(IServiceProvider services, TransportTestQuery query, TransportTestMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}
