using GraphQL.Types;

namespace MineralGraph.Api.GraphQL.Types;

/// <summary>A calendar date, written yyyy-MM-dd (ISO 8601), as dates are written in the seed CSV and in Cypher.</summary>
public sealed class DateGraphType : DateOnlyGraphType
{
    public DateGraphType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, yyyy-MM-dd.";
    }
}
