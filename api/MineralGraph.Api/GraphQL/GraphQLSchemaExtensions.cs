using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MineralGraph.Api.Analytics;
using MineralGraph.Api.Errors;
using MineralGraph.Api.GraphQL.Batching;
using MineralGraph.Api.GraphQL.Limits;
using MineralGraph.Api.GraphQL.Mutations;
using MineralGraph.Api.GraphQL.Types;
using MineralGraph.Api.GraphQL.Validation;

namespace MineralGraph.Api.GraphQL;

public static class GraphQLSchemaExtensions
{
    /// <summary>
    /// Adds the schema generated from the graph model (queries, and mutations for the editor role),
    /// its per-request batch loaders, and its limits: the document's bounds at parse time,
    /// the cost of each request before it runs, and the errors clients see for failures.
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
        // The transport picks the rules a request needs (GraphQLRequestExecutor); the schema gives these two.
        builder.Services.AddSingleton<CostRule>();
        builder.Services.AddSingleton(MutationAuthorizationRule.Instance);
        var exposeExceptionDetails = builder.Environment.IsDevelopment();
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<MineralGraphSchema>()
            .AddSystemTextJson()
            .AddErrorInfoProvider(new InputValueErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = exposeExceptionDetails }))
            .AddUnhandledExceptionHandler(context => UnhandledErrors.Handle(context, exposeExceptionDetails)));
        builder.Services.Replace(ServiceDescriptor.Singleton<IDocumentBuilder, BoundedDocumentBuilder>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IDocumentValidator>(new ValidatedDocumentValidator(new DocumentValidator())));
        return builder;
    }
}
