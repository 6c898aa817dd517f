using System.Collections;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.GraphQL.Validation;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.GraphQL.Validation;

/// <summary>
/// For a document that already passed validation, <see cref="ValidatedDocumentValidator"/> gives what
/// GraphQL.NET's validator gives with no rule, field by field: the variables (values, defaults, whether
/// given), every field's and directive's argument values and their sources, and the errors (type,
/// message, code, locations, cause), over <see cref="ValidationCorpus"/> × its variable sets. Each
/// document is validated twice, so the second run uses the plan the first made.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class ValidatedDocumentValidatorTests(SeededApiFactory api)
{
    private readonly ISchema _schema = api.Services.GetRequiredService<ISchema>();
    private readonly IGraphQLTextSerializer _serializer = api.Services.GetRequiredService<IGraphQLTextSerializer>();

    [Fact]
    public async Task EveryCorpusDocument_WithEveryVariableSet_GivesGraphQLNetsResult()
    {
        var documents = await new ValidationCorpus(_schema).DocumentsAsync();
        var ours = new ValidatedDocumentValidator(new DocumentValidator());
        var mismatches = new List<string>();
        var compared = 0;
        var refused = 0;

        foreach (var document in documents)
        {
            foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            {
                foreach (var variables in new ValidationCorpus(_schema).VariableSets(operation))
                {
                    var options = Options(document, operation, variables);
                    var expected = Describe(await new DocumentValidator().ValidateAsync(options));
                    for (var run = 0; run < 2; run++)
                    {
                        var actual = Describe(await ours.ValidateAsync(options));
                        if (actual != expected)
                        {
                            mismatches.Add($"{document.Source}\nvariables {variables}, run {run}\nGraphQL.NET: {expected}\nours:        {actual}");
                        }
                    }

                    compared++;
                    refused += expected.StartsWith("invalid", StringComparison.Ordinal) ? 1 : 0;
                }
            }
        }

        Assert.Empty(mismatches.Take(5));
        // The corpus is what makes this test worth running: it must keep finding the test sources' documents and both outcomes.
        Assert.True(documents.Count >= 200, $"only {documents.Count} documents were collected");
        Assert.True(refused > 300 && compared - refused > 300, $"{compared} requests compared, {refused} refused");
    }

    [Fact]
    public async Task ConcurrentRequestsOfOneDocument_EachGetTheirOwnVariables()
    {
        var document = GraphQLParser.Parser.Parse("query($s: String!, $n: Int) { elements(where: { symbol: { eq: $s } }, first: $n) { totalCount } }");
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var sets = Enumerable.Range(0, 64).Select(i => i % 3 == 0 ? "{\"n\":1}" : $"{{\"s\":\"S{i}\",\"n\":{i}}}").ToArray();
        var expected = await Task.WhenAll(sets.Select(async set => Describe(await new DocumentValidator().ValidateAsync(Options(document, operation, set)))));
        var ours = new ValidatedDocumentValidator(new DocumentValidator());

        var actual = await Task.WhenAll(Enumerable.Range(0, 20 * sets.Length).Select(i => Task.Run(async () =>
            (Index: i % sets.Length, Result: Describe(await ours.ValidateAsync(Options(document, operation, sets[i % sets.Length])))))));

        Assert.All(actual, run => Assert.Equal(expected[run.Index], run.Result));
    }

    [Fact]
    public async Task NullForANullableVariableUsedAsNonNull_IsRefusedAsGraphQLNetRefusesIt()
    {
        var document = GraphQLParser.Parser.Parse("query($id: ID = \"element:nd\") { node(id: $id) { id } }");
        var options = Options(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single(), "{\"id\":null}");

        var result = await new ValidatedDocumentValidator(new DocumentValidator()).ValidateAsync(options);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Variable '$id' is invalid. Received a null input for a non-null variable.", error.Message);
        Assert.Equal("INVALID_VALUE", error.Code);
        Assert.Equal([(1, 7)], error.Locations!.Select(l => (l.Line, l.Column)));
    }

    [Fact]
    public async Task RequestWithRules_IsValidatedByGraphQLNet()
    {
        var document = GraphQLParser.Parser.Parse("{ elements { noSuchField } }");
        var options = Options(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single(), "{}") with { Rules = DocumentValidator.CoreRules };

        var result = await new ValidatedDocumentValidator(new DocumentValidator()).ValidateAsync(options);

        Assert.Contains(result.Errors, error => error.Message.Contains("noSuchField", StringComparison.Ordinal));
    }

    private ValidationOptions Options(GraphQLDocument document, GraphQLOperationDefinition operation, string variables) => new()
    {
        Schema = _schema,
        Document = document,
        Operation = operation,
        Rules = [],
        Variables = _serializer.Deserialize<Inputs>(variables) ?? Inputs.Empty,
        Extensions = Inputs.Empty,
        UserContext = new Dictionary<string, object?>(),
        Metrics = Metrics.None,
    };

    /// <summary>Everything a validation result carries, written out; nodes and definitions by identity.</summary>
    private static string Describe(IValidationResult result)
    {
        var text = new StringBuilder(result.IsValid ? "valid" : "invalid");
        foreach (var error in result.Errors)
        {
            text.Append($"\n error {error.GetType().Name} {error.Code} '{error.Message}' at {string.Join(";", error.Locations?.Select(l => $"{l.Line}:{l.Column}") ?? [])}"
                + $" path {string.Join(".", error.Path ?? [])} cause {error.InnerException?.GetType().Name} '{error.InnerException?.Message}'"
                + (error is ValidationError validation ? $" number {validation.Number}" : ""));
        }

        foreach (var variable in result.Variables ?? Variables.None)
        {
            text.Append($"\n variable {variable.Name} = {Value(variable.Value)} default {variable.IsDefault} given {variable.ValueSpecified} defined at {variable.Definition?.Location.Start}");
        }

        foreach (var (field, arguments) in result.ArgumentValues ?? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>())
        {
            text.Append($"\n field {field.Name.StringValue}@{field.Location.Start} {Arguments(arguments)}");
        }

        foreach (var (node, directives) in result.DirectiveValues ?? new Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>())
        {
            foreach (var (name, directive) in directives)
            {
                text.Append($"\n {node.Kind}@{node.Location.Start} @{name} {directive.Directive.GetHashCode()} {Arguments(directive.Arguments)}");
            }
        }

        return text.ToString();
    }

    private static string Arguments(IDictionary<string, ArgumentValue> arguments) =>
        string.Join(", ", arguments.Select(a => $"{a.Key}={Value(a.Value.Value)} ({a.Value.Source})"));

    private static string Value(object? value) => value switch
    {
        null => "null",
        string text => JsonSerializer.Serialize(text),
        IDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => $"{p.Key}: {Value(p.Value)}")) + "}",
        IEnumerable list => $"{value.GetType().Name}[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
        _ => $"{value.GetType().Name} {JsonSerializer.Serialize(value, value.GetType())}",
    };
}
