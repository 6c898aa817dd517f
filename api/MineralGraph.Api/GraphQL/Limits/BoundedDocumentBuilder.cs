using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Errors;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Errors;

namespace MineralGraph.Api.GraphQL.Limits;

/// <summary>
/// Parses a document within its bounds: tokens counted before parsing, the parser's depth, then
/// the <see cref="DocumentBounds"/> of the tree, all before any validation rule runs. Every
/// document GraphQL.NET or the document cache parses comes through here, and the document cache
/// keeps only documents that passed, so a kept document is never checked again.
/// </summary>
internal sealed class BoundedDocumentBuilder(IOptions<GraphQLLimitsOptions> options) : IDocumentBuilder
{
    private readonly GraphQLLimitsOptions _limits = options.Value;
    private readonly DocumentBounds _bounds = new(options.Value);

    public GraphQLDocument Build(string body)
    {
        CountTokens(body);
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(body, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = _limits.MaxParserDepth });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // Its message quotes the document; a refusal that says what to change is enough.
            throw new DocumentBoundError(ErrorCodes.DepthExceeded, $"The document nests braces, brackets or parentheses more than {_limits.MaxParserDepth} deep: flatten it, pass deep values as variables, or split it into several queries.");
        }
        catch (GraphQLSyntaxErrorException exception)
        {
            throw new SyntaxError(exception);
        }
        catch (IndexOutOfRangeException)
        {
            throw new UnparsableDocumentError();
        }

        _bounds.Check(document);
        return document;
    }

    /// <summary>
    /// Counts tokens with the parser's own lexer, stopping at the bound. A token takes at least one
    /// character, so a document shorter than the bound is not lexed twice.
    /// </summary>
    private void CountTokens(string body)
    {
        if (body.Length <= _limits.MaxTokens)
        {
            return;
        }

        var source = new ROM(body.AsMemory());
        var position = 0;
        for (var count = 0; count <= _limits.MaxTokens; count++)
        {
            Token token;
            try
            {
                token = Lexer.Lex(source, position);
            }
            catch (GraphQLSyntaxErrorException exception)
            {
                throw new SyntaxError(exception);
            }
            catch (IndexOutOfRangeException)
            {
                throw new UnparsableDocumentError();
            }

            if (token.Kind == TokenKind.EOF)
            {
                return;
            }

            position = token.End;
        }

        throw new DocumentBoundError(ErrorCodes.TokensExceeded, $"The document has more than {_limits.MaxTokens} tokens: send a shorter document (pass long lists and texts as variables), or split it into several requests.");
    }
}
