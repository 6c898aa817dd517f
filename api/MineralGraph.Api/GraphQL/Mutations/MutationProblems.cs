namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>
/// The problems found in one mutation's arguments. They are reported together, in one
/// INVALID_ARGUMENT error, so a caller fixes the input in one round instead of one per problem.
/// </summary>
internal sealed class MutationProblems
{
    private readonly List<string> _messages = [];

    public void Add(string message) => _messages.Add(message);

    public void ThrowIfAny()
    {
        if (_messages.Count > 0)
        {
            throw MutationErrors.InvalidArgument(string.Join(" ", _messages));
        }
    }
}
