using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.ObjectPool;

namespace MineralGraph.Api.GraphQL.Validation;

/// <summary>
/// What GraphQL.NET's validator works out for one operation of a document when no rule runs, split
/// into what no request can change, made once, and what a request's variables decide. Made once:
/// where the variables are used (GraphQL.NET's own <see cref="ValidationContext"/> keeps that for
/// an operation; its contexts are pooled here, so they keep it across requests) and the values of
/// the arguments and directives that hold no variable. Per request, through GraphQL.NET's public
/// code: the variables' coercion (<see cref="ValidationContext.GetVariablesValuesAsync"/>) and the
/// arguments and directives that hold a variable (<see cref="ExecutionHelper"/>).
/// </summary>
internal sealed class OperationArgumentsPlan
{
    private readonly ISchema _schema;
    private readonly GraphQLDocument _document;

    // Contexts that coerce this operation's variables, one request at a time. GraphQL.NET's context
    // keeps the usages of the variables it found for an operation, so each finds them only once.
    private readonly DefaultObjectPool<ValidationContext>? _variableContexts;

    private readonly Site[] _sites;
    private readonly bool _anyVariableSite;
    private readonly Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? _fixedArguments;
    private readonly Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? _fixedDirectives;

    public OperationArgumentsPlan(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        _schema = schema;
        _document = document;
        if (operation.Variables?.Count > 0)
        {
            _variableContexts = new DefaultObjectPool<ValidationContext>(new VariableContexts(schema, document, operation));
        }

        var sites = new List<Site>();
        foreach (var (node, field) in ArgumentSites.Find(schema, document, operation))
        {
            if (Fix(node, field) is { } site)
            {
                sites.Add(site);
            }
        }

        _sites = [.. sites];
        _anyVariableSite = _sites.Any(site => site.DependsOnVariables);
        if (!_anyVariableSite)
        {
            (_fixedArguments, _fixedDirectives, _) = Parse(Variables.None);
        }
    }

    public async Task<IValidationResult> ValidateAsync(ValidationOptions options)
    {
        var (variables, variableErrors) = await CoerceVariablesAsync(options);
        if (variableErrors != null)
        {
            return new ValidationResult(variableErrors) { Variables = variables };
        }

        var (arguments, directives, errors) = _anyVariableSite ? Parse(variables) : (_fixedArguments, _fixedDirectives, null);
        return new ValidationResult(errors ?? [])
        {
            Variables = variables,
            ArgumentValues = arguments,
            DirectiveValues = directives,
        };
    }

    private async ValueTask<(Variables Variables, List<ValidationError>? Errors)> CoerceVariablesAsync(ValidationOptions options)
    {
        if (_variableContexts is null)
        {
            return (Variables.None, null);
        }

        var context = _variableContexts.Get();
        try
        {
            context.Variables = options.Variables;
            context.Extensions = options.Extensions;
            context.UserContext = options.UserContext;
            context.Metrics = options.Metrics;
            context.RequestServices = options.RequestServices;
            context.User = options.User;
            context.CancellationToken = options.CancellationToken;
            return await context.GetVariablesValuesAsync();
        }
        finally
        {
            _variableContexts.Return(context);
        }
    }

    /// <summary>Every site's values, in GraphQL.NET's order; a site that fails is reported and left out, as GraphQL.NET does.</summary>
    private (Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? Arguments, Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? Directives, List<ValidationError>? Errors) Parse(Variables variables)
    {
        Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments = null;
        Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? directives = null;
        List<ValidationError>? errors = null;
        foreach (var site in _sites)
        {
            try
            {
                if (site.Field is { } field)
                {
                    if ((site.Arguments ?? ParseArguments(site.Node, field, variables)) is { } values)
                    {
                        (arguments ??= []).Add((GraphQLField)site.Node, values);
                    }
                }
                else if ((site.Directives ?? ParseDirectives(site.Node, variables)) is { } values)
                {
                    (directives ??= []).Add(site.Node, values);
                }
            }
            catch (ValidationError error)
            {
                (errors ??= []).Add(error);
            }
        }

        return (arguments, directives, errors);
    }

    /// <summary>A site with its values when no variable can change them, or null when it yields nothing.</summary>
    private Site? Fix(ASTNode node, FieldType? field)
    {
        var holdsVariable = field is null
            ? ((IHasDirectivesNode)node).Directives!.Items.Any(directive => directive.Arguments?.Items.Any(argument => argument.Value.HoldsVariable()) == true)
            : ((GraphQLField)node).Arguments!.Items.Any(argument => argument.Value.HoldsVariable());
        if (holdsVariable)
        {
            return new Site(node, field, null, null);
        }

        try
        {
            return field is null
                ? ParseDirectives(node, Variables.None) is { } directives ? new Site(node, null, null, directives) : null
                : ParseArguments(node, field, Variables.None) is { } arguments ? new Site(node, field, arguments, null) : null;
        }
        catch (Exception)
        {
            // A literal GraphQL.NET refuses: parsed again for each request, which reports it as GraphQL.NET would.
            return new Site(node, field, null, null);
        }
    }

    private Dictionary<string, ArgumentValue>? ParseArguments(ASTNode node, FieldType field, Variables variables) =>
        ExecutionHelper.GetArguments(field.Arguments, ((GraphQLField)node).Arguments, variables, _document, node, null);

    private IDictionary<string, DirectiveInfo>? ParseDirectives(ASTNode node, Variables variables) =>
        ExecutionHelper.GetDirectives((IHasDirectivesNode)node, variables, _schema, _document);

    private sealed class VariableContexts(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation) : IPooledObjectPolicy<ValidationContext>
    {
        public ValidationContext Create() => new() { Schema = schema, Document = document, Operation = operation };

        /// <summary>Lets go of the request's objects; keeps what belongs to the operation.</summary>
        public bool Return(ValidationContext context)
        {
            context.Variables = null!;
            context.Extensions = null!;
            context.UserContext = null!;
            context.Metrics = null!;
            context.RequestServices = null;
            context.User = null;
            context.CancellationToken = default;
            return true;
        }
    }

    /// <summary>A field's arguments or a node's directives, with their values when fixed (null when a request's variables decide them).</summary>
    private sealed record Site(ASTNode Node, FieldType? Field, IDictionary<string, ArgumentValue>? Arguments, IDictionary<string, DirectiveInfo>? Directives)
    {
        public bool DependsOnVariables => Arguments is null && Directives is null;
    }
}
