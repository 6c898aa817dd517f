using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Analytics;
using MineralGraph.Api.Errors;
using MineralGraph.Api.GraphQL.Batching;
using MineralGraph.Api.GraphQL.Mutations;
using MineralGraph.Api.GraphQL.Types;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL;

public static class GraphQLSchemaExtensions
{
    /// <summary>
    /// Adds the schema generated from the graph model (queries, and mutations for the editor role),
    /// its per-request batch loaders, and its limits.
    /// </summary>
    public static IHostApplicationBuilder AddMineralGraphSchema(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLLimitsOptions>()
            .BindConfiguration(GraphQLLimitsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<MutationOptions>()
            .BindConfiguration(MutationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddOptions<AnalyticsOptions>()
            .BindConfiguration(AnalyticsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<GraphAnalytics>();
        var exposeExceptionDetails = builder.Environment.IsDevelopment();
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<MineralGraphSchema>()
            .AddSystemTextJson()
            .AddValidationRule(MutationAuthorizationRule.Instance, useForCachedDocuments: true)
            .AddErrorInfoProvider(new InputValueErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = exposeExceptionDetails }))
            .AddComplexityAnalyzerForEveryDocument((options, services) =>
            {
                var limits = services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
                options.MaxDepth = limits.MaxDepth;
                options.MaxComplexity = limits.MaxComplexity;
                // A connection without first/last returns the default page, so that is what it costs.
                options.DefaultListImpactMultiplier = limits.DefaultPageSize;
                options.ValidateComplexityDelegate = context =>
                {
                    if (context.Error is ComplexityError)
                    {
                        context.Error = context.MaxDepth > limits.MaxDepth
                            ? new ValidationError($"The query nests {context.MaxDepth} levels deep; at most {limits.MaxDepth} are allowed. Split it into several queries.") { Code = ErrorCodes.DepthExceeded }
                            : new ValidationError($"The query's estimated cost is {context.TotalImpact:0}; at most {limits.MaxComplexity} is allowed. Ask for smaller pages (first/last) or fewer nested connections.") { Code = ErrorCodes.ComplexityExceeded };
                    }

                    return Task.CompletedTask;
                };
            })
            .AddUnhandledExceptionHandler(context =>
            {
                if (context.OriginalException is AnalyticsException analytics)
                {
                    context.Exception = new ExecutionError(analytics.Message, analytics) { Code = analytics.Code };
                }
                else if (context.OriginalException is GraphStoreException store)
                {
                    context.Exception = new ExecutionError(store.Message, store)
                    {
                        Code = store.Kind switch
                        {
                            StoreErrorKind.LimitExceeded => ErrorCodes.TraversalTooLarge,
                            StoreErrorKind.Timeout => ErrorCodes.Timeout,
                            StoreErrorKind.InvalidData => ErrorCodes.InvalidArgument,
                            StoreErrorKind.NotFound => ErrorCodes.NotFound,
                            StoreErrorKind.Conflict => ErrorCodes.Conflict,
                            _ => ErrorCodes.StoreUnavailable,
                        },
                    };
                }
            }));
        return builder;
    }

    /// <summary>
    /// GraphQL.NET's complexity analyzer, registered to run on cached (already validated)
    /// documents too, unlike <c>AddComplexityAnalyzer</c>: the cost depends on the variables
    /// (<c>first: $n</c>), which change from request to request.
    /// </summary>
    private static IGraphQLBuilder AddComplexityAnalyzerForEveryDocument(this IGraphQLBuilder graphql, Action<ComplexityOptions, IServiceProvider> configure)
    {
        graphql.AddValidationRule<ComplexityValidationRule>(useForCachedDocuments: true);
        graphql.Services.Configure(configure);
        return graphql;
    }
}
