using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace MineralGraph.Api.Tests.Transport.Hosting;

/// <summary>A mutation that counts its calls, so a test can prove a refused mutation never ran.</summary>
public sealed class TransportTestMutation : ObjectGraphType
{
    public TransportTestMutation()
    {
        Name = "Mutation";

        Field<NonNullGraphType<IntGraphType>>("increment")
            .Resolve(context => context.RequestServices!.GetRequiredService<MutationCounter>().Increment());
    }
}
