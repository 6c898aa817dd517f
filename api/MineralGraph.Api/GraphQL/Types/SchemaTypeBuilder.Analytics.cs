using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using MineralGraph.Api.Analytics;
using MineralGraph.Api.Analytics.Export;
using MineralGraph.Api.GraphQL.Resolvers;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Types;

/// <summary>The researchers' questions as fields of Query: paths, dependency chains, exposure, concentration, what-if, as-of and export.</summary>
internal sealed partial class SchemaTypeBuilder
{
    private readonly EnumerationGraphType _relationshipTypeEnum = new() { Name = "RelationshipType", Description = "The relationship types of the graph." };
    private readonly InterfaceGraphType _relationship = new() { Name = "Relationship", Description = "A relationship of any type, with its ends and sources." };
    private readonly Dictionary<string, ObjectGraphType> _relationshipTypes = new(StringComparer.Ordinal);

    private void AddAnalyticsFields(ObjectGraphType query)
    {
        BuildRelationshipTypes();
        var path = new ObjectGraphType { Name = "Path", Description = "A chain of relationships; nodes[i] and nodes[i+1] are the ends of relationships[i]." };
        path.AddField(Field("length", new NonNullGraphType(_int), (GraphPath p) => p.Length, "Number of relationships."));
        path.AddField(Field("nodes", NonNullList(_node), (GraphPath p) => p.Nodes));
        path.AddField(Field("relationships", NonNullList(_relationship), (GraphPath p) => p.Relationships));

        var dependency = new ObjectGraphType { Name = "Dependency", Description = "Something that needs an item, and the chain from the one to the other." };
        dependency.AddField(Field("dependent", new NonNullGraphType(_node), (Dependency d) => d.Dependent, "The application or product that needs the item."));
        dependency.AddField(Field("item", new NonNullGraphType(_node), (Dependency d) => d.Item, "The element or product needed."));
        dependency.AddField(Field("kgPerUnit", _float, (Dependency d) => d.KgPerUnit, "Quantity on the chain's last REQUIRES, when a source gives one."));
        dependency.AddField(Field("chain", new NonNullGraphType(path), (Dependency d) => d.Chain, "From the dependent down to the item."));

        var restriction = new ObjectGraphType { Name = "Restriction", Description = "An item a regulation restricts." };
        restriction.AddField(Field("item", new NonNullGraphType(_node), (Restriction r) => r.Item));
        restriction.AddField(Field("relationship", new NonNullGraphType(_relationshipTypes["RESTRICTS"]), (Restriction r) => r.Relationship, "Measure, dates and sources."));

        var regulationExposure = new ObjectGraphType { Name = "RegulationExposure", Description = "What a regulation reaches." };
        regulationExposure.AddField(Field("regulation", new NonNullGraphType(_labelTypes["Regulation"]), (RegulationExposure e) => e.Regulation));
        regulationExposure.AddField(Field("inForce", new NonNullGraphType(_boolean), (RegulationExposure e) => e.InForce, "In force on asOf (or by its status, without asOf)."));
        regulationExposure.AddField(Field("restricted", NonNullList(restriction), (RegulationExposure e) => e.Restricted, "Items restricted (on asOf, when given)."));
        regulationExposure.AddField(Field("applications", NonNullList(dependency), (RegulationExposure e) => e.Applications, "Applications that need a restricted item, through any chain."));
        regulationExposure.AddField(Field("sites", NonNullList(_node), (RegulationExposure e) => e.Sites, "Mines and facilities that produce, process or use a restricted item."));
        regulationExposure.AddField(Field("companies", NonNullList(_labelTypes["Company"]), (RegulationExposure e) => e.Companies, "Companies that own or run those sites, or make the affected applications and products."));
        regulationExposure.AddField(Field("countries", NonNullList(_labelTypes["Country"]), (RegulationExposure e) => e.Countries, "Countries it targets or that issued it."));

        var supplyExposure = new ObjectGraphType { Name = "SupplyExposure", Description = "Everything whose supply runs through a country or company." };
        supplyExposure.AddField(Field("subject", new NonNullGraphType(_node), (SupplyExposure e) => e.Subject));
        supplyExposure.AddField(Field("sites", NonNullList(_node), (SupplyExposure e) => e.Sites));
        supplyExposure.AddField(Field("supplies", NonNullList(_node), (SupplyExposure e) => e.Supplies, "Elements and products produced or processed there."));
        supplyExposure.AddField(Field("applications", NonNullList(dependency), (SupplyExposure e) => e.Applications));

        var share = new ObjectGraphType { Name = "Share", Description = "A holder's share of an item's output." };
        share.AddField(Field("holder", new NonNullGraphType(_node), (ShareFigure s) => s.Holder, "A country or a company."));
        share.AddField(Field("sharePct", new NonNullGraphType(_float), (ShareFigure s) => s.SharePct, "Percent of world output (of the listed holders' total where sources give tonnes only)."));
        share.AddField(Field("tonnes", _float, (ShareFigure s) => s.Tonnes));
        share.AddField(SourcesField("The sources of the figure.", source => ((ShareFigure)source!).Sources));

        var concentration = ConcentrationType(share);
        var whatIfItem = new ObjectGraphType { Name = "WhatIfItem", Description = "An item's concentration before and after the removal." };
        whatIfItem.AddField(Field("before", new NonNullGraphType(concentration), (WhatIfItem w) => w.Before));
        whatIfItem.AddField(Field("after", new NonNullGraphType(concentration), (WhatIfItem w) => w.After));
        whatIfItem.AddField(Field("remainingSupplyPct", new NonNullGraphType(_float), (WhatIfItem w) => w.RemainingSupplyPct, "Percent of world output left."));
        var risk = new ObjectGraphType { Name = "SupplyRisk", Description = "An application whose supply of an item falls below the threshold." };
        risk.AddField(Field("application", new NonNullGraphType(_labelTypes["Application"]), (SupplyRisk r) => r.Application));
        risk.AddField(Field("item", new NonNullGraphType(_node), (SupplyRisk r) => r.Item));
        risk.AddField(Field("remainingSupplyPct", new NonNullGraphType(_float), (SupplyRisk r) => r.RemainingSupplyPct));
        risk.AddField(Field("chain", new NonNullGraphType(path), (SupplyRisk r) => r.Chain));
        var whatIf = new ObjectGraphType { Name = "WhatIf", Description = "The supply after removing countries, companies or sites." };
        whatIf.AddField(Field("removed", NonNullList(_node), (WhatIfResult w) => w.Removed));
        whatIf.AddField(Field("items", NonNullList(whatIfItem), (WhatIfResult w) => w.Items));
        whatIf.AddField(Field("applicationsAtRisk", NonNullList(risk), (WhatIfResult w) => w.ApplicationsAtRisk));

        var stage = StageType();
        var format = new EnumerationGraphType { Name = "ExportFormat" };
        format.Add("GRAPHML", "graphml", "GraphML (Gephi, yEd, NetworkX read_graphml).");
        format.Add("NODE_LINK_JSON", "node-link", "Node-link JSON (NetworkX node_link_graph, Cytoscape, d3).");

        query.AddField(AnalyticsField("paths", NonNullList(path), "The shortest paths between two nodes, relationships followed either way.",
            [Arg("from", new NonNullGraphType(_id)), Arg("to", new NonNullGraphType(_id)), new QueryArgument(_int) { Name = "maxHops", DefaultValue = 4 }, Arg("via", ListOf(_relationshipTypeEnum), "Only these relationship types."), new QueryArgument(_int) { Name = "first", DefaultValue = 1, Description = "How many shortest paths." }],
            (c, a) => a.PathsAsync(c.GetArgument<string>("from"), c.GetArgument<string>("to"), Strings(c, "via"), c.GetArgument<int>("maxHops"), c.GetArgument<int>("first"), c.CancellationToken)));
        query.AddField(AnalyticsField("dependencies", NonNullList(dependency), "What an application or product needs, down to elements, through DEPENDS_ON, REQUIRES and CONTAINS.",
            [Arg("of", new NonNullGraphType(_id)), Hops()],
            (c, a) => a.DependenciesAsync(c.GetArgument<string>("of"), c.GetArgument<int>("maxHops"), c.CancellationToken)));
        query.AddField(AnalyticsField("dependents", NonNullList(dependency), "The applications that need any of these elements or products, with the chain to each.",
            [Arg("of", new NonNullGraphType(ListOf(_id))), Hops()],
            (c, a) => a.DependentsAsync(Strings(c, "of"), c.GetArgument<int>("maxHops"), c.CancellationToken)));
        query.AddField(AnalyticsField("regulationExposure", new NonNullGraphType(regulationExposure), "What a regulation restricts and everything that depends on it.",
            [Arg("regulation", new NonNullGraphType(_id)), Arg("asOf", _date, "Judge restrictions and force on this day."), Hops()],
            (c, a) => a.RegulationExposureAsync(c.GetArgument<string>("regulation"), c.GetArgument<DateOnly?>("asOf"), c.GetArgument<int>("maxHops"), c.CancellationToken)));
        query.AddField(AnalyticsField("supplyExposure", new NonNullGraphType(supplyExposure), "For a country or company: its sites, what they supply and who needs it.",
            [Arg("of", new NonNullGraphType(_id)), Hops()],
            (c, a) => a.SupplyExposureAsync(c.GetArgument<string>("of"), c.GetArgument<int>("maxHops"), c.CancellationToken)));
        query.AddField(AnalyticsField("concentration", new NonNullGraphType(concentration), "How concentrated an element's or product's supply is at a stage.",
            [Arg("of", new NonNullGraphType(_id)), Arg("stage", new NonNullGraphType(stage)), Arg("year", _int, "Default: the latest year with figures (on or before asOf)."), Arg("asOf", _date), Arg("excluding", ListOf(_id), "Countries, companies or sites to leave out.")],
            (c, a) => a.ConcentrationAsync(c.GetArgument<string>("of"), c.GetArgument<string>("stage"), c.GetArgument<int?>("year"), c.GetArgument<DateOnly?>("asOf"), Strings(c, "excluding").ToHashSet(StringComparer.Ordinal), c.Selects("byCompany"), c.CancellationToken)));
        query.AddField(AnalyticsField("whatIf", new NonNullGraphType(whatIf), "Remove countries, companies or sites and see concentration and the applications left short.",
            [Arg("remove", new NonNullGraphType(ListOf(_id))), Arg("stage", new NonNullGraphType(stage)), Arg("items", ListOf(_id), "Elements or products to assess (default: every element with figures)."), Arg("year", _int), Arg("asOf", _date), new QueryArgument(_float) { Name = "thresholdPct", DefaultValue = 50.0, Description = "At risk below this percent of world supply left." }, Hops()],
            (c, a) => a.WhatIfAsync(Strings(c, "remove"), Strings(c, "items"), c.GetArgument<string>("stage"), c.GetArgument<int?>("year"), c.GetArgument<DateOnly?>("asOf"), c.GetArgument<double>("thresholdPct"), c.GetArgument<int>("maxHops"), c.CancellationToken)));
        query.AddField(AnalyticsField("regulationsInForce", NonNullList(_labelTypes["Regulation"]), "Regulations in force on a day: in effect by then and not suspended by then.",
            [Arg("on", new NonNullGraphType(_date)), Arg("restricting", _id, "Only those restricting this item.")],
            (c, a) => a.RegulationsInForceAsync(c.GetArgument<DateOnly>("on"), c.GetArgument<string?>("restricting"), c.CancellationToken)));
        var subgraph = new ObjectGraphType { Name = "Subgraph", Description = "The nodes within some hops of a node and every relationship among them." };
        subgraph.AddField(Field("around", new NonNullGraphType(_node), (Subgraph g) => g.Around, "The node it was taken around."));
        subgraph.AddField(Field("nodes", NonNullList(_node), (Subgraph g) => g.Nodes, "Every node within depth hops, the one it was taken around first."));
        subgraph.AddField(Field("relationships", NonNullList(_relationship), (Subgraph g) => g.Relationships, "Every relationship between two of its nodes."));
        subgraph.AddField(new FieldType
        {
            Name = "export",
            Description = "The subgraph as a file for graph tools.",
            ResolvedType = new NonNullGraphType(_string),
            Arguments = new QueryArguments(new QueryArgument(format) { Name = "format", DefaultValue = "node-link" }),
            Resolver = new FuncFieldResolver<Subgraph, string>(c => c.GetArgument<string>("format") == "graphml" ? GraphMLWriter.Write(c.Source) : NodeLinkWriter.Write(c.Source)),
        });
        query.AddField(AnalyticsField("subgraph", new NonNullGraphType(subgraph), "The nodes within depth hops of a node and every relationship among them: typed, and as a file for graph tools (export).",
            [Arg("around", new NonNullGraphType(_id)), new QueryArgument(_int) { Name = "depth", DefaultValue = 1 }],
            (c, a) => a.SubgraphAsync(c.GetArgument<string>("around"), c.GetArgument<int>("depth"), _model, c.CancellationToken)));

        QueryArgument Hops() => new(_int) { Name = "maxHops", DefaultValue = 6, Description = "Longest chain followed." };
        IReadOnlyList<string> Strings(IResolveFieldContext context, string name) => context.ReadList(name, _limits) ?? [];
    }

    /// <summary>The stages of the value chain that have production statistics: the model's PRODUCES_SHARE stages.</summary>
    private ModelEnumGraphType StageType() =>
        _enums.Find(_model.GetRelationship(RelationshipTypes.ProducesShare).FindProperty("stage")!)!;

    private ObjectGraphType ConcentrationType(ObjectGraphType share)
    {
        var concentration = new ObjectGraphType { Name = "Concentration", Description = "Shares of an item's output at a stage, and how concentrated they are." };
        concentration.AddField(Field("item", new NonNullGraphType(_node), (Concentration c) => c.Item));
        concentration.AddField(Field("stage", new NonNullGraphType(StageType()), (Concentration c) => c.Stage));
        concentration.AddField(Field("year", _int, (Concentration c) => c.Year, "The year of the figures; null when there are none."));
        concentration.AddField(Field("unit", _string, (Concentration c) => c.Unit, "What the tonnes measure."));
        concentration.AddField(Field("byCountry", NonNullList(share), (Concentration c) => c.ByCountry, "Largest first."));
        concentration.AddField(Field("byCompany", NonNullList(share), (Concentration c) => c.ByCompany, "From the recorded output of sites, split by ownership stakes; largest first. In whatIf, worked out only when companies or sites are removed."));
        concentration.AddField(Field("top", share, (Concentration c) => c.Top, "The largest country share."));
        concentration.AddField(Field("hhi", _float, (Concentration c) => c.Hhi, "Herfindahl–Hirschman index of the country shares (0–10,000)."));
        concentration.AddField(new FieldType
        {
            Name = "shareOutside",
            Description = "Percent of output outside a country.",
            ResolvedType = _float,
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(_id)) { Name = "country" }),
            Resolver = new FuncFieldResolver<Concentration, double?>(c => c.Source.ShareOutside(c.GetArgument<string>("country"))),
        });
        concentration.AddField(SourcesField("Every source behind the country shares.", source => ((Concentration)source!).Sources));
        concentration.AddField(Field("explanation", _string, (Concentration c) => c.Explanation, "Why there are no country shares, and where the figures are: only bounds at this stage, figures at other stages or for other years, every country with figures excluded, or figures kept on the products that contain an element (or the elements a product contains). Null when there are shares."));
        concentration.AddField(Field("stagesWithFigures", NonNullList(StageType()), (Concentration c) => c.StagesWithFigures, "The stages the item has production figures at."));
        concentration.AddField(Field("yearsWithFigures", NonNullList(_int), (Concentration c) => c.YearsWithFigures, "The years the item has figures for at this stage."));
        concentration.AddField(Field("relatedItemsWithFigures", NonNullList(_node), (Concentration c) => c.RelatedWithFigures, "When the item has no figures at this stage: the products containing it, or the elements it contains, that have."));
        return concentration;
    }

    /// <summary>The <c>Relationship</c> interface and one object type per relationship type (<c>LOCATED_IN</c> → <c>LocatedIn</c>).</summary>
    private void BuildRelationshipTypes()
    {
        AddRelationshipCommonFields(_relationship);
        foreach (var field in _relationship.Fields)
        {
            field.Resolver = null;
        }

        _relationship.ResolveType = value => value is RelationshipRecord r ? _relationshipTypes.GetValueOrDefault(r.Type) : null;
        foreach (var definition in _model.Relationships)
        {
            _relationshipTypeEnum.Add(definition.Type, definition.Type, definition.Description);
            var type = new ObjectGraphType { Name = NameCase.ToPascal(definition.Type), Description = $"{definition.Description} ({string.Join("|", definition.From)})-[:{definition.Type}]->({string.Join("|", definition.To)})" };
            AddRelationshipCommonFields(type);
            foreach (var property in definition.Properties.Where(p => p.Name != GraphModel.SourcesProperty))
            {
                type.AddField(PropertyField(property));
            }

            type.AddResolvedInterface(_relationship);
            _relationship.AddPossibleType(type);
            _relationshipTypes[definition.Type] = type;
        }
    }

    private void AddRelationshipCommonFields(IComplexGraphType type)
    {
        type.AddField(Field("key", new NonNullGraphType(_id), (RelationshipRecord r) => r.Key, "Stable key of the relationship."));
        type.AddField(Field("type", new NonNullGraphType(_relationshipTypeEnum), (RelationshipRecord r) => r.Type));
        type.AddField(new FieldType { Name = "start", ResolvedType = new NonNullGraphType(_node), Resolver = new FuncFieldResolver<RelationshipRecord, object>(c => c.Loaders().Nodes.Load(c.Source.StartId)) });
        type.AddField(new FieldType { Name = "end", ResolvedType = new NonNullGraphType(_node), Resolver = new FuncFieldResolver<RelationshipRecord, object>(c => c.Loaders().Nodes.Load(c.Source.EndId)) });
        type.AddField(SourcesField("The sources that back this relationship.", source => ((RelationshipRecord)source!)[GraphModel.SourcesProperty] as IReadOnlyList<string>));
    }

    private static FieldType Field<TSource, TValue>(string name, IGraphType type, Func<TSource, TValue> read, string? description = null) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Resolver = new FuncFieldResolver<TSource, TValue>(c => read(c.Source)),
    };

    private static FieldType AnalyticsField<T>(string name, IGraphType type, string description, QueryArgument[] arguments, Func<IResolveFieldContext, GraphAnalytics, Task<T>> resolve) => new FieldType
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Arguments = new QueryArguments(arguments),
        Resolver = new FuncFieldResolver<object?>(async context => await resolve(context, context.RequestServices!.GetRequiredService<GraphAnalytics>())),
    }.WithMetadata(AnalyticsFieldKey, true);

    private static QueryArgument Arg(string name, IGraphType type, string? description = null) => new(type) { Name = name, Description = description };

    private static NonNullGraphType NonNullList(IGraphType type) => new(new ListGraphType(new NonNullGraphType(type)));
}
