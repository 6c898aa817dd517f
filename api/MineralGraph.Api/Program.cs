using MineralGraph.Api.Auth;
using MineralGraph.Api.GraphQL;
using MineralGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddGraphStore();
builder.AddApiKeyAuthentication();
builder.AddMineralGraphSchema();
builder.AddGraphQLResponseCache();
builder.AddGraphQLHttpTransport();
builder.AddGraphQLSubscriptions();
builder.AddHttpCompression();
builder.AddOpenTelemetryTracing();
builder.AddExplorer();

var app = builder.Build();

app.UseHttpCompression();
app.UseGraphQLHttpCors();
app.UseAuthentication();
app.UseGraphQLSubscriptions();
app.MapGraphQLHttp();
app.MapGraphQLSdl();
app.MapGraphiQL();
app.MapExplorer();
app.MapGraphStoreHealth();

app.Run();

public partial class Program;
