using GraphQLParser.AST;

namespace MineralGraph.Api.Caching;

/// <summary>One operation of a prepared document: its name ("" when anonymous), its type and, for queries, its cache policy.</summary>
internal sealed record PreparedOperation(string Name, OperationType Type, CachePolicy Policy);
