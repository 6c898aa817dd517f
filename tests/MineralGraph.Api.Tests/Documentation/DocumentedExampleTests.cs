using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.Api.Tests.Mutations;

namespace MineralGraph.Api.Tests.Documentation;

/// <summary>
/// Every example a reader copies, from the README or from the IDE's tabs, runs on the seed with
/// the default limits and answers data without errors; the README's mutations run in order, with
/// an editor key, on a store of their own.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class DocumentedExampleTests(SeededApiFactory api)
{
    public static TheoryData<string, string> ReadmeQueries => Examples(DocumentedExamples.ReadmeBlocks.Where(block => !DocumentedExamples.IsMutation(block)));

    public static TheoryData<string, string> IdeExamples => Examples(DocumentedExamples.IdeExamples);

    [Theory]
    [MemberData(nameof(ReadmeQueries))]
    public async Task ReadmeQuery_OnTheSeed_AnswersDataWithoutErrors(string firstLine, string document)
    {
        var response = await new GraphQLClient(api.CreateClient()).QueryAsync(document);

        AssertAnswered(firstLine, response);
    }

    [Theory]
    [MemberData(nameof(IdeExamples))]
    public async Task IdeExample_OnTheSeed_AnswersDataWithoutErrors(string firstLine, string document)
    {
        var response = await new GraphQLClient(api.CreateClient()).QueryAsync(document);

        AssertAnswered(firstLine, response);
    }

    [Fact]
    public async Task ReadmeMutations_InOrder_WithAnEditorKey_OnAScratchStore_AnswerDataWithoutErrors()
    {
        var mutations = DocumentedExamples.ReadmeBlocks.Where(DocumentedExamples.IsMutation).ToList();
        await using var scratch = new WritableApiFactory();
        var editor = scratch.Editor();

        Assert.NotEmpty(mutations);
        foreach (var mutation in mutations)
        {
            AssertAnswered(DocumentedExamples.FirstCodeLine(mutation), await editor.QueryAsync(mutation));
        }
    }

    [Fact]
    public void Readme_HasGraphQLExamples_ForQueriesAndMutations()
    {
        Assert.True(DocumentedExamples.ReadmeBlocks.Count >= 8, $"Found only {DocumentedExamples.ReadmeBlocks.Count} ```graphql blocks in README.md.");
        Assert.Contains(DocumentedExamples.ReadmeBlocks, DocumentedExamples.IsMutation);
    }

    private static void AssertAnswered(string example, GraphQLResponse response)
    {
        Assert.True(response.Errors is null, $"The example '{example}' answered errors: {response.Errors?.ToJsonString()}");
        var fields = response.Data.AsObject();
        Assert.NotEmpty(fields);
        Assert.All(fields, field => Assert.True(field.Value is not null, $"The example '{example}' answered null for {field.Key}."));
    }

    private static TheoryData<string, string> Examples(IEnumerable<string> documents)
    {
        var data = new TheoryData<string, string>();
        foreach (var document in documents)
        {
            data.Add(DocumentedExamples.FirstCodeLine(document), document);
        }

        return data;
    }
}
