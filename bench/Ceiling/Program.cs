// The framework's ceiling for bench/cache-load.mjs: ASP.NET Core with the API's defaults, answering
// GET and POST /graphql with one constant body, the exact bytes of a cached API response. What a
// cache hit costs beyond this is what the API spends finding and sending a stored answer.
const string ContentType = "application/graphql-response+json; charset=utf-8";

var builder = WebApplication.CreateBuilder(args);
var bodyFile = builder.Configuration["BodyFile"]
    ?? throw new InvalidOperationException("Pass --BodyFile <path>: the file whose bytes every response carries.");
var body = await File.ReadAllBytesAsync(bodyFile);

var app = builder.Build();
app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], () => Results.Bytes(body, ContentType));
await app.RunAsync();
