using System.Text;
using System.Text.Json;

namespace MineralGraph.Api.Tests.Hostile;

/// <summary>
/// Random requests to the GraphQL endpoint, reproducible from a seed: methods, headers, JSON bodies
/// (well-formed, mutated byte by byte, or of the wrong shape), query strings and documents (valid,
/// hostile, or token soup). The test suite sends a bounded run; bench/Hostile sends long ones.
/// </summary>
public sealed class TransportFuzzer(int seed)
{
    private static readonly string[] OtherMethods = ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FUZZ"];

    private static readonly string[] Accepts =
    [
        "application/json", "application/graphql-response+json", "*/*", "application/*", "text/html", "application/graphql-response+json;q=0.9, application/json;q=0.1",
        "", "application/json;charset=latin1", "garbage;;q=x", "application/xml", "application/json;q=0", new string('a', 3000),
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json", "application/json; charset=utf-8", "application/json;charset=UTF8", "application/json; charset=latin1",
        "text/plain", "application/graphql", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "application/json; boundary", "/",
    ];

    private static readonly string[] Documents =
    [
        "{ __typename }",
        "{ countries(first: 2) { nodes { id name } } }",
        "query Q($id: ID!) { node(id: $id) { id name } }",
        "query($n: Int) { elements(first: $n) { totalCount edges { cursor node { symbol } } } }",
        "{ search(text: \"lynas\", first: 3) { score node { id } } }",
        "mutation { deleteNode(id: \"company:lynas\") { id } }",
        "subscription { __typename }",
        "{ node(id: \"x\") { ... on Mine { ownedBy(first: 1) { edges { stakePct } } } } }",
        "query A { __typename } query B { __typename }",
        "{ __schema { types { name } } }",
        "{ whatIf(remove: [\"country:cd\"], stage: MINING, items: [\"element:co\"]) { items { remainingSupplyPct } } }",
        "{ companies(where: { name: { contains: \"\u0000\" } }) { totalCount } }",
        HostileCorpus.FragmentBomb(20),
        "{ ...F } fragment F on Query { ...F }",
        "{ a: __typename a: node(id: \"1\") { id } }",
        "{ __typename @skip(if: $x) }",
    ];

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "!", "$", "@", "...", "=", "|", "&", "query", "mutation", "subscription", "fragment", "on",
        "node", "nodes", "id", "__typename", "__schema", "first", "1", "-1", "1e400", "0.5", "\"s\"", "\"\"\"block\"\"\"", "true", "null", "#c\n", ",",
        "\"\\u0000\"", "\"\\ud800\"", "x", "countries", "edges", "ofType",
    ];

    private static readonly string[] Headers = ["Authorization", "X-API-Key", "Origin", "If-None-Match", "Content-Length", "Transfer-Encoding", "X-Forwarded-For", "Cookie"];

    private readonly Random _random = new(seed);

    public HttpRequestMessage Next()
    {
        // Mostly the two methods that reach GraphQL, so most requests get past the transport's first checks.
        var method = Chance(0.1) ? Pick(OtherMethods) : Chance(0.45) ? "GET" : "POST";
        var request = new HttpRequestMessage(new HttpMethod(method), "graphql" + (method == "GET" || Chance(0.1) ? "?" + QueryString() : ""));
        if (Chance(0.8))
        {
            request.Headers.TryAddWithoutValidation("Accept", Pick(Accepts));
        }

        if (Chance(0.3))
        {
            request.Headers.TryAddWithoutValidation(Pick(Headers), Chance(0.5) ? "Bearer " + Text(20) : Text(Chance(0.1) ? 5000 : 30));
        }

        if (method is "POST" or "PUT" or "PATCH" || (method is "DELETE" or "OPTIONS" or "FUZZ" && Chance(0.3)))
        {
            request.Content = new ByteArrayContent(Body());
            if (Chance(0.95))
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", Pick(ContentTypes));
            }
        }

        return request;
    }

    private byte[] Body() => _random.Next(10) switch
    {
        0 => [],
        1 => Mutate(WellFormed()),
        2 => Mutate(WellFormed()),
        3 => Encoding.UTF8.GetBytes(WrongShape()),
        4 => RandomBytes(_random.Next(1, 200)),
        _ => WellFormed(),
    };

    private byte[] WellFormed()
    {
        var body = new Dictionary<string, object?> { ["query"] = Document() };
        if (Chance(0.4))
        {
            body["variables"] = Variables();
        }

        if (Chance(0.3))
        {
            body["operationName"] = Chance(0.5) ? "Q" : Text(8);
        }

        if (Chance(0.15))
        {
            body["extensions"] = new Dictionary<string, object?> { ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = Chance(0.8) ? 1 : Text(3), ["sha256Hash"] = Chance(0.5) ? new string('a', 64) : Text(64) } };
            if (Chance(0.5))
            {
                body.Remove("query");
            }
        }

        if (Chance(0.05))
        {
            body["documentId"] = "sha256:" + Text(64);
        }

        return JsonSerializer.SerializeToUtf8Bytes(body);
    }

    private Dictionary<string, object?> Variables() => _random.Next(6) switch
    {
        0 => new() { ["id"] = "company:lynas", ["n"] = _random.Next(-5, 200) },
        1 => new() { ["n"] = 1.7e308, ["x"] = true },
        2 => new() { ["id"] = new string('x', _random.Next(1, 5000)) },
        3 => new() { ["id"] = new object?[] { 1, null, "a", new Dictionary<string, object?>() } },
        4 => new() { ["ids"] = Enumerable.Range(0, _random.Next(0, 300)).Select(i => $"element:{i}").ToArray() },
        _ => new() { [Text(5)] = Text(10) },
    };

    private string WrongShape() => _random.Next(12) switch
    {
        0 => "[" + string.Join(",", Enumerable.Repeat("{\"query\":\"{ __typename }\"}", _random.Next(0, 50))) + "]",
        1 => "{\"query\": 42}",
        2 => "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}",
        3 => "{\"query\": \"query($n: Float) { __typename }\", \"variables\": {\"n\": 1e400}}",
        4 => "{\"query\": \"{ __typename }\", \"variables\": {\"s\": \"\\ud800\"}}",
        5 => "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"\\udfff\"}}}",
        6 => new string('[', _random.Next(1, 3000)),
        7 => "null",
        8 => "\"" + Text(40) + "\"",
        9 => "{\"query\": \"{ __typename }\", \"query\": \"{ __schema { types { name } } }\"}",
        10 => "{\"query\": null, \"documentId\": 5}",
        _ => "{\"query\": \"{ __typename }\", \"extensions\": [1]}",
    };

    private string QueryString()
    {
        var parts = new List<string>();
        if (Chance(0.9))
        {
            parts.Add("query=" + (Chance(0.1) ? "%FF%FE%zz%" : Uri.EscapeDataString(Document())));
        }

        if (Chance(0.3))
        {
            parts.Add("variables=" + Uri.EscapeDataString(Chance(0.5) ? JsonSerializer.Serialize(Variables()) : Text(20)));
        }

        if (Chance(0.2))
        {
            parts.Add("extensions=" + Uri.EscapeDataString(Chance(0.5) ? "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + Text(64) + "\"}}" : Text(10)));
        }

        if (Chance(0.1))
        {
            parts.Add("operationName=" + Uri.EscapeDataString(Text(6)));
        }

        if (Chance(0.05))
        {
            parts.Add("query=%7B__typename%7D");
        }

        if (Chance(0.05))
        {
            parts.Add("documentId=sha256%3A" + Uri.EscapeDataString(Text(64)));
        }

        return string.Join("&", parts.OrderBy(_ => _random.Next()));
    }

    private string Document() => _random.Next(4) switch
    {
        0 => string.Join(" ", Enumerable.Range(0, _random.Next(1, 60)).Select(_ => Pick(Tokens))),
        _ => Pick(Documents),
    };

    private byte[] Mutate(byte[] body)
    {
        var bytes = body.ToList();
        for (var i = _random.Next(1, 6); i > 0 && bytes.Count > 0; i--)
        {
            var at = _random.Next(bytes.Count);
            switch (_random.Next(4))
            {
                case 0:
                    bytes[at] = (byte)_random.Next(256);
                    break;
                case 1:
                    bytes.RemoveAt(at);
                    break;
                case 2:
                    bytes.InsertRange(at, RandomBytes(_random.Next(1, 8)));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private string Text(int length)
    {
        const string alphabet = "abcdefXYZ0129 _-:{}\"\\\u00e9\u4e2d\u0001";
        return string.Create(length, _random, static (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[random.Next(alphabet.Length)];
            }
        });
    }

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    /// <summary>The request, shown in a failure message.</summary>
    public static async Task<string> DescribeAsync(HttpRequestMessage request)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync();
        return $"{request.Method} {request.RequestUri} [{string.Join("; ", request.Headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}"))}] {body[..Math.Min(body.Length, 300)]}";
    }
}
