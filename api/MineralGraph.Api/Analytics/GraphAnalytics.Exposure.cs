using MineralGraph.Api.Errors;
using MineralGraph.Store;

namespace MineralGraph.Api.Analytics;

public sealed partial class GraphAnalytics
{
    /// <summary>
    /// What a regulation reaches: the items it restricts (on <paramref name="asOf"/>, when given),
    /// the applications that need them through any chain, the sites that produce, process or use
    /// them, the companies that own, run those sites or make the affected applications, and the
    /// countries it targets or that issued it (directly or through their agencies).
    /// </summary>
    public async Task<RegulationExposure> RegulationExposureAsync(string regulationId, DateOnly? asOf, int maxHops, CancellationToken cancellationToken)
    {
        var regulation = (await RequireAsync([regulationId], cancellationToken))[0];
        if (regulation.Label != "Regulation")
        {
            throw new AnalyticsException(ErrorCodes.InvalidArgument, $"'{regulationId}' is a {regulation.Label}, not a Regulation.");
        }

        var inForce = await InForceAsync([regulation], asOf, cancellationToken);
        var restricted = (await NeighboursAsync([regulationId], RelationshipTypes.Restricts, Direction.Outgoing, cancellationToken))
            .Where(r => asOf is null || AppliesOn(r.Relationship, asOf.Value))
            .Select(r => new Restriction(r.Node, r.Relationship))
            .OrderBy(r => r.Item.Name, StringComparer.Ordinal)
            .ToList();
        var itemIds = restricted.Select(r => r.Item.Id).Distinct(StringComparer.Ordinal).ToList();

        var applications = await DependentsAsync(itemIds, maxHops, cancellationToken);
        var affectedProducts = applications.SelectMany(a => a.Chain.Nodes).Where(n => n.Label == "Product").Select(n => n.Id);
        var madeThings = itemIds.Concat(affectedProducts).Concat(applications.Select(a => a.Dependent.Id)).Distinct(StringComparer.Ordinal).ToList();

        var sites = new List<NodeRecord>();
        foreach (var type in new[] { RelationshipTypes.Produces, RelationshipTypes.Processes, RelationshipTypes.UsesTechnology })
        {
            sites.AddRange((await NeighboursAsync(itemIds, type, Direction.Incoming, cancellationToken)).Select(r => r.Node));
        }

        var siteIds = sites.Select(s => s.Id).Distinct(StringComparer.Ordinal).ToList();
        var companies = new List<NodeRecord>();
        companies.AddRange((await NeighboursAsync(madeThings, RelationshipTypes.Makes, Direction.Incoming, cancellationToken)).Select(r => r.Node));
        companies.AddRange((await NeighboursAsync(siteIds, RelationshipTypes.Owns, Direction.Incoming, cancellationToken)).Select(r => r.Node));
        companies.AddRange((await NeighboursAsync(siteIds, RelationshipTypes.Operates, Direction.Incoming, cancellationToken)).Select(r => r.Node));

        var countries = new List<NodeRecord>();
        countries.AddRange((await NeighboursAsync([regulationId], RelationshipTypes.Targets, Direction.Outgoing, cancellationToken)).Select(r => r.Node));
        var issuers = (await NeighboursAsync([regulationId], RelationshipTypes.IssuedBy, Direction.Outgoing, cancellationToken)).Select(r => r.Node).ToList();
        countries.AddRange(issuers.Where(n => n.Label == "Country"));
        var agencies = issuers.Where(n => n.Label == "Agency").Select(n => n.Id).ToList();
        countries.AddRange((await NeighboursAsync(agencies, RelationshipTypes.HeadquarteredIn, Direction.Outgoing, cancellationToken)).Select(r => r.Node));

        return new RegulationExposure(regulation, inForce.Contains(regulationId), restricted, applications, Distinct(sites), Distinct(companies), Distinct(countries));
    }

    /// <summary>For a country or a company: its sites, what they (or the country) supply, and every application that needs those supplies.</summary>
    public async Task<SupplyExposure> SupplyExposureAsync(string subjectId, int maxHops, CancellationToken cancellationToken)
    {
        var subject = (await RequireAsync([subjectId], cancellationToken))[0];
        var sites = subject.Label switch
        {
            "Country" => (await NeighboursAsync([subjectId], RelationshipTypes.LocatedIn, Direction.Incoming, cancellationToken)).Select(r => r.Node).ToList(),
            "Company" => (await NeighboursAsync([subjectId], RelationshipTypes.Owns, Direction.Outgoing, cancellationToken))
                .Concat(await NeighboursAsync([subjectId], RelationshipTypes.Operates, Direction.Outgoing, cancellationToken)).Select(r => r.Node).ToList(),
            _ => throw new AnalyticsException(ErrorCodes.InvalidArgument, $"'{subjectId}' is a {subject.Label}; supply exposure is for a Country or a Company."),
        };
        var distinctSites = Distinct(sites);
        var siteIds = distinctSites.Select(s => s.Id).ToList();

        var supplies = new List<NodeRecord>();
        supplies.AddRange((await NeighboursAsync(siteIds, RelationshipTypes.Produces, Direction.Outgoing, cancellationToken)).Select(r => r.Node));
        supplies.AddRange((await NeighboursAsync(siteIds, RelationshipTypes.Processes, Direction.Outgoing, cancellationToken)).Select(r => r.Node));
        if (subject.Label == "Country")
        {
            supplies.AddRange((await NeighboursAsync([subjectId], RelationshipTypes.ProducesShare, Direction.Outgoing, cancellationToken)).Select(r => r.Node));
        }
        else
        {
            supplies.AddRange((await NeighboursAsync([subjectId], RelationshipTypes.Makes, Direction.Outgoing, cancellationToken)).Select(r => r.Node));
        }

        var supplied = Distinct(supplies);
        var applications = await DependentsAsync(supplied.Select(s => s.Id).ToList(), maxHops, cancellationToken);
        return new SupplyExposure(subject, distinctSites, supplied, applications);
    }

    /// <summary>The regulations in force on a day, optionally only those restricting one item (NOT_FOUND when no node has its id).</summary>
    public async Task<IReadOnlyList<NodeRecord>> RegulationsInForceAsync(DateOnly on, string? restricting, CancellationToken cancellationToken)
    {
        if (restricting is not null)
        {
            await RequireAsync([restricting], cancellationToken);
        }

        IReadOnlyList<NodeFilter> filters = restricting is null
            ? []
            : [new RelationshipFilter(RelationshipTypes.Restricts, Direction.Outgoing, Quantifier.Some, null, [new PropertyFilter("id", FilterOperator.Equals, restricting)])];
        var regulations = await store.FindNodesAsync(new NodeQuery("Regulation", filters, SortOrder.ByName, new PageRequest(First: _options.MaxFanOut), IncludeTotalCount: false), cancellationToken);
        var inForce = await InForceAsync(regulations.Items, on, cancellationToken);
        return regulations.Items.Where(r => inForce.Contains(r.Id)).ToList();
    }

    /// <summary>
    /// Which regulations are in force: without a date, those whose status says so; on a date,
    /// those in effect by then (effective, else announced) that no regulation in effect by then
    /// suspends. Proposed measures are never in force.
    /// </summary>
    private async Task<HashSet<string>> InForceAsync(IReadOnlyList<NodeRecord> regulations, DateOnly? on, CancellationToken cancellationToken)
    {
        if (on is null)
        {
            return regulations.Where(r => r["status"] as string == "in force").Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        }

        var suspensions = await NeighboursAsync(regulations.Select(r => r.Id).ToList(), RelationshipTypes.Suspends, Direction.Incoming, cancellationToken);
        var suspended = suspensions
            .Where(s => (s.Relationship["date"] as DateOnly? ?? StartOf(s.Node)) is { } from && from <= on)
            .Select(s => s.Relationship.EndId)
            .ToHashSet(StringComparer.Ordinal);
        return regulations
            .Where(r => r["status"] as string != "proposed" && StartOf(r) is { } start && start <= on && !suspended.Contains(r.Id))
            .Select(r => r.Id)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static DateOnly? StartOf(NodeRecord regulation) =>
        regulation["effective"] as DateOnly? ?? regulation["announced"] as DateOnly?;

    private static bool AppliesOn(RelationshipRecord restriction, DateOnly day) =>
        (restriction["effective"] as DateOnly? is not { } from || from <= day) &&
        (restriction["until"] as DateOnly? is not { } until || day < until);

    private static List<NodeRecord> Distinct(IEnumerable<NodeRecord> nodes) =>
        nodes.DistinctBy(n => n.Id).OrderBy(n => n.Name, StringComparer.Ordinal).ToList();
}
