using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace MineralGraph.Api.Tests.Transport.Hosting;

/// <summary>Query fields that exercise the transport: a plain value, a field error and a never-ending field.</summary>
public sealed class TransportTestQuery : ObjectGraphType
{
    public TransportTestQuery()
    {
        Name = "Query";

        Field<NonNullGraphType<StringGraphType>>("hello")
            .Argument<StringGraphType>("name")
            .Resolve(context => $"Hello, {context.GetArgument("name", "world")}");

        Field<StringGraphType>("failing")
            .Resolve(_ => throw new ExecutionError("This field always fails.") { Code = "TEST_FAILURE" });

        Field<StringGraphType>("slow")
            .ResolveAsync(async context =>
            {
                var probe = context.RequestServices!.GetRequiredService<CancellationProbe>();
                await probe.WaitForCancellationAsync(context.CancellationToken);
                return "never";
            });
    }
}
