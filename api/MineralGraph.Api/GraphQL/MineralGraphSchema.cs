using GraphQL.Conversion;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Caching;
using MineralGraph.Api.GraphQL.Introspection;
using MineralGraph.Api.GraphQL.Mutations;
using MineralGraph.Api.GraphQL.Types;
using MineralGraph.GraphSchema;

namespace MineralGraph.Api.GraphQL;

/// <summary>The GraphQL schema, generated from the graph model (see <c>graph-schema/schema.graphql</c> for its SDL).</summary>
public sealed class MineralGraphSchema : Schema
{
    public MineralGraphSchema(IServiceProvider services, GraphModel model, IOptions<GraphQLLimitsOptions> limits, IOptions<MutationOptions> mutations, IOptions<CacheOptions> cache)
        : base(services)
    {
        // Introspection as graphql-js 16 answers it, so GraphiQL, graphql-codegen, Apollo and Relay
        // tooling get their standard query answered: isRepeatable, and deprecated arguments.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        // Names come from the model already spelled for GraphQL; camel-casing them would turn AND into aND.
        NameConverter = DefaultNameConverter.Instance;
        Description = "MineralGraph: critical minerals, who mines, refines and needs them, and the rules that govern them. Every fact cites its sources.";
        var types = new SchemaTypeBuilder(model, limits.Value);
        Query = types.BuildQuery();
        Mutation = types.BuildMutation(mutations.Value);
        Subscription = types.BuildSubscription();
        Directives.Register(new CacheControlDirective());
        types.ApplyCacheHints(Query, cache.Value);
    }

    protected override void OnBeforeInitializeType(IGraphType graphType) => StandardIntrospection.Complete(graphType);
}
