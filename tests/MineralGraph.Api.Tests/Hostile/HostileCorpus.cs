using System.Text;
using System.Text.Json;

namespace MineralGraph.Api.Tests.Hostile;

/// <summary>
/// Requests built to cost the server as much as possible: one per class of issue #12 and of the
/// OWASP GraphQL cheat sheet (deep nesting, alias and field floods, fragment cycles and bombs,
/// directive floods, huge variables and lists, batch arrays, oversized bodies), plus malformed
/// input. Each must be refused with its code, at the API's default settings. The benchmark in
/// bench/Hostile measures the same requests.
/// </summary>
public static class HostileCorpus
{
    private const int BadRequest = 400;

    public static IReadOnlyList<HostileRequest> All { get; } =
    [
        HostileRequest.Post("fragment bomb (2^30 fields in 1.5 KB)", Query(FragmentBomb(30)), BadRequest, "MAX_FIELDS_EXCEEDED"),
        HostileRequest.Get("fragment bomb over GET", FragmentBomb(30), BadRequest, "MAX_FIELDS_EXCEEDED"),
        HostileRequest.Post("fragment cycle", Query("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A __typename }"), BadRequest, "NO_FRAGMENT_CYCLES"),
        HostileRequest.Post("fragments flood (150 definitions)", Query("{ ...F0 } " + string.Join(" ", Enumerable.Range(0, 150).Select(i => $"fragment F{i} on Query {{ __typename }}"))), BadRequest, "MAX_FRAGMENTS_EXCEEDED"),
        HostileRequest.Post("alias flood (conflicting node(id:))", Query("{ " + string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"a{i}: node(id: \"x{i}\") {{ id }}")) + " }"), BadRequest, "MAX_TOKENS_EXCEEDED"),
        HostileRequest.Post("alias flood within the token bound", Query("{ " + string.Join(" ", Enumerable.Range(0, 200).Select(i => $"a{i}: __typename")) + " }"), BadRequest, "MAX_ALIASES_EXCEEDED"),
        HostileRequest.Post("same-name fields with different arguments (no aliases)", Query("{ " + string.Join(" ", Enumerable.Range(0, 900).Select(i => $"node(id: \"{i}\") {{ id }}")) + " }"), BadRequest, "OVERLAPPING_FIELDS_CAN_BE_MERGED"),
        HostileRequest.Post("field flood", Query("{ " + string.Concat(Enumerable.Repeat("__typename ", 3000)) + "}"), BadRequest, "MAX_FIELDS_EXCEEDED"),
        HostileRequest.Post("token flood (a 12,000-item list literal)", Query("{ nodes(ids: [" + string.Concat(Enumerable.Repeat("1 ", 12_000)) + "]) { id } }"), BadRequest, "MAX_TOKENS_EXCEEDED"),
        HostileRequest.Post("syntax-node flood (a 9,000-item list literal)", Query("{ nodes(ids: [" + string.Concat(Enumerable.Repeat("1 ", 9_000)) + "]) { id } }"), BadRequest, "MAX_NODES_EXCEEDED"),
        HostileRequest.Post("deep nesting past the parser (300 levels)", Query("{ " + string.Concat(Enumerable.Repeat("a { ", 300)) + "b" + string.Concat(Enumerable.Repeat(" }", 301))), BadRequest, "MAX_DEPTH_EXCEEDED"),
        HostileRequest.Post("deep input object past the parser", Query("{ elements(where: " + string.Concat(Enumerable.Repeat("{ a: ", 200)) + "1" + new string('}', 200) + ") { totalCount } }"), BadRequest, "MAX_DEPTH_EXCEEDED"),
        HostileRequest.Post("deep selection (20 levels)", Query("{ node(id: \"company:lynas\") { ... on Company { " + string.Concat(Enumerable.Repeat("subsidiaryOf(first: 1) { nodes { ", 10)) + "id" + new string('}', 20) + " } } }"), BadRequest, "MAX_DEPTH_EXCEEDED"),
        HostileRequest.Post("directive flood on one field", Query("{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", 50)) + "}"), BadRequest, "MAX_DIRECTIVES_EXCEEDED"),
        HostileRequest.Post("directive flood over a document", Query("{ " + string.Join(" ", Enumerable.Range(0, 60).Select(i => $"__typename @skip(if: false)")) + " }"), BadRequest, "MAX_DIRECTIVES_EXCEEDED"),
        HostileRequest.Post("unknown-directive flood", Query("{ __typename " + string.Concat(Enumerable.Range(0, 3000).Select(i => $"@d{i} ")) + "}"), BadRequest, "MAX_DIRECTIVES_EXCEEDED"),
        HostileRequest.Post("introspection: ofType nested 30 deep", Query("{ __type(name: \"Query\") { " + string.Concat(Enumerable.Repeat("ofType { ", 30)) + "name" + new string('}', 31) + " }"), BadRequest, "MAX_INTROSPECTION_DEPTH_EXCEEDED"),
        HostileRequest.Post("introspection: types through fields, 4 levels", Query("{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }"), BadRequest, "MAX_INTROSPECTION_DEPTH_EXCEEDED"),
        HostileRequest.Post("cost: 25 subgraph exports at depth 2", Query("{ " + string.Join(" ", Enumerable.Range(0, 25).Select(i => $"a{i}: subgraph(around: \"element:co\", depth: 2) {{ export }}")) + " }"), BadRequest, "MAX_COMPLEXITY_EXCEEDED"),
        HostileRequest.Post("cost: one subgraph at the deepest depth, 20 times", Query("{ " + string.Join(" ", Enumerable.Range(0, 20).Select(i => $"a{i}: subgraph(around: \"element:co\", depth: 8) {{ export }}")) + " }"), BadRequest, "MAX_COMPLEXITY_EXCEEDED"),
        HostileRequest.Post("cost: three nested pages of 100", Query("{ countries(first: 100) { nodes { locationOf(first: 100) { nodes { id ... on Mine { ownedBy(first: 100) { nodes { id } } } } } } } }"), BadRequest, "MAX_COMPLEXITY_EXCEEDED"),
        HostileRequest.Post("cost: page sizes from variables", Query("query($n: Int) { countries(first: $n) { nodes { locationOf(first: $n) { nodes { id ... on Mine { ownedBy(first: $n) { nodes { id } } } } } } } }", new { n = 100 }), BadRequest, "MAX_COMPLEXITY_EXCEEDED"),
        HostileRequest.Post("cost: dependents of 100 items", Query("query($of: [ID!]!) { dependents(of: $of, maxHops: 8) { dependent { id } } }", new { of = Enumerable.Range(0, 100).Select(i => $"element:{i}").ToArray() }), BadRequest, "MAX_COMPLEXITY_EXCEEDED"),
        HostileRequest.Post("huge variable list", Query("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Enumerable.Range(0, 15_000).Select(i => "x" + i).ToArray() }), 413, "REQUEST_TOO_LARGE"),
        HostileRequest.PostBytes("oversized body (200 KB)", Encoding.UTF8.GetBytes(Query("{ __typename }" + new string(' ', 200_000))), 413, "REQUEST_TOO_LARGE"),
        HostileRequest.Post("batch array", "[" + string.Join(",", Enumerable.Repeat(Query("{ __typename }"), 100)) + "]", BadRequest, "BAD_REQUEST"),
        HostileRequest.Post("subscription over plain HTTP", Query("subscription { __typename }"), BadRequest, "SUBSCRIPTION_NOT_SUPPORTED"),
        HostileRequest.PostBytes("invalid UTF-8 in the body", [.. "{\"query\":\"{ __typename "u8, 0xff, 0xfe, .. " }\"}"u8], BadRequest, "INVALID_JSON"),
        HostileRequest.Post("lone surrogate in variables", """{"query":"query($s: String) { __typename }","variables":{"s":"\ud800"}}""", BadRequest, "INVALID_JSON"),
        HostileRequest.Post("lone surrogate in the persisted-query hash", """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"\udc00"}}}""", BadRequest, "INVALID_JSON"),
        HostileRequest.Post("1e400 in variables", """{"query":"query($n: Float) { __typename }","variables":{"n":1e400}}""", BadRequest, "INVALID_JSON"),
        HostileRequest.Post("JSON nested 1,000 deep in variables", """{"query":"{ __typename }","variables":{"v":""" + new string('[', 1000) + new string(']', 1000) + "}}", BadRequest, "INVALID_JSON"),
        HostileRequest.PostBytes("empty body", [], BadRequest, "BAD_REQUEST"),
        HostileRequest.Post("syntax error right after a carriage return (found by the long fuzz)", Query("{ a {\rb t }"), BadRequest, "SYNTAX_ERROR"),
    ];

    /// <summary>Fragments that each spread the one before twice: <paramref name="levels"/> levels select 2^levels fields.</summary>
    public static string FragmentBomb(int levels) =>
        $"{{ ...F{levels} }} fragment F0 on Query {{ __typename }} " +
        string.Join(" ", Enumerable.Range(1, levels).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}"));

    private static string Query(string query, object? variables = null) => JsonSerializer.Serialize(new { query, variables });
}
