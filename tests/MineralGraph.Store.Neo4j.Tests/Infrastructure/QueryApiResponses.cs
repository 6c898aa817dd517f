namespace MineralGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>Response bodies in the shapes the Query API documentation gives.</summary>
public static class QueryApiResponses
{
    public static string Rows(string fields, string values, string bookmark = "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q") =>
        $$"""{"data": {"fields": [{{fields}}], "values": [{{values}}]}, "bookmarks": ["{{bookmark}}"]}""";

    public static string Error(string code, string message) =>
        $$"""{"errors": [{"code": "{{code}}", "message": "{{message}}"}]}""";

    public static string TransactionOpened(string id, string values = "") =>
        $$$"""{"data": {"fields": [], "values": [{{{values}}}]}, "bookmarks": [], "transaction": {"id": "{{{id}}}", "expires": "2026-11-29T05:00:00Z"} }""";

    public static string Committed(string bookmark) => $$"""{"bookmarks": ["{{bookmark}}"]}""";
}
