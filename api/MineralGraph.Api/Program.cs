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

var app = builder.Build();

app.UseCors();
app.UseAuthentication();
app.UseGraphQLSubscriptions();
app.MapGraphQLHttp();
app.MapGraphiQL();
app.MapGraphStoreHealth();

app.Run();

public partial class Program;
