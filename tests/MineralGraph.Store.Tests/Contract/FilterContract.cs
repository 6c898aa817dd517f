namespace MineralGraph.Store.Tests.Contract;

/// <summary>FindNodes filters: every operator, relationship filters, AND, and values that look like SQL.</summary>
public abstract class FilterContract(GraphStoreFixture fixture) : GraphStoreContract(fixture)
{
    private static readonly string[] RegulationsWithCode = ["regulation:eo-14017", "regulation:mofcom-2023-23", "regulation:mofcom-2025-18"];

    public static TheoryData<FilterOperator, object, string[]> OperatorsOnCode => new()
    {
        { FilterOperator.Equals, "EO 14017", ["regulation:eo-14017"] },
        { FilterOperator.In, new object[] { "EO 14017", "EO 13817" }, ["regulation:eo-14017"] },
        { FilterOperator.Contains, "", RegulationsWithCode },
        { FilterOperator.StartsWith, "", RegulationsWithCode },
        { FilterOperator.GreaterThan, "", RegulationsWithCode },
        { FilterOperator.GreaterThanOrEqual, "", RegulationsWithCode },
        { FilterOperator.LessThan, "zzz", RegulationsWithCode },
        { FilterOperator.LessThanOrEqual, "zzz", RegulationsWithCode },
    };

    [Theory]
    [MemberData(nameof(OperatorsOnCode))]
    public async Task AnyOperator_NodeWithoutTheProperty_NeverPasses(FilterOperator op, object value, string[] expected)
    {
        Assert.Equal(expected, await FindIdsAsync("Regulation", new PropertyFilter("code", op, value)));
    }

    [Fact]
    public async Task Equals_OnStringIntFloatBoolAndDate_MatchesExactValues()
    {
        Assert.Equal(["element:dysprosium"], await FindIdsAsync("Element", new PropertyFilter("category", FilterOperator.Equals, "HREE")));
        Assert.Equal(["element:neodymium"], await FindIdsAsync("Element", new PropertyFilter("atomicNumber", FilterOperator.Equals, 60L)));
        Assert.Equal(["facility:independence"], await FindIdsAsync("Facility", new PropertyFilter("capacityTpa", FilterOperator.Equals, 1000.0)));
        Assert.Equal(["element:gallium"], await FindIdsAsync("Element", new PropertyFilter("isRareEarth", FilterOperator.Equals, false)));
        Assert.Equal(["regulation:mofcom-2023-23"], await FindIdsAsync("Regulation", new PropertyFilter("effective", FilterOperator.Equals, new DateOnly(2023, 8, 1))));
    }

    [Fact]
    public async Task Equals_OnName_IsCaseSensitive()
    {
        Assert.Equal(["country:cn"], await FindIdsAsync("Country", new PropertyFilter("name", FilterOperator.Equals, "China")));
        Assert.Empty(await FindIdsAsync("Country", new PropertyFilter("name", FilterOperator.Equals, "china")));
    }

    [Fact]
    public async Task In_OnStringsAndInts_MatchesAnyListedValue()
    {
        Assert.Equal(["element:dysprosium", "element:neodymium"],
            await FindIdsAsync("Element", new PropertyFilter("symbol", FilterOperator.In, new object[] { "Nd", "Dy", "Xx" })));
        Assert.Equal(["element:dysprosium", "element:praseodymium"],
            await FindIdsAsync("Element", new PropertyFilter("atomicNumber", FilterOperator.In, new object[] { 59L, 66L })));
        Assert.Equal(["country:au", "country:us"], await FindIdsAsync("Country", new PropertyFilter("id", FilterOperator.In, new object[] { "country:us", "country:au" })));
        Assert.Empty(await FindIdsAsync("Country", new PropertyFilter("iso2", FilterOperator.In, Array.Empty<object>())));
    }

    [Fact]
    public async Task Contains_IgnoresCase_IncludingNonAsciiLetters()
    {
        Assert.Equal(["company:china-northern-rare-earth", "company:china-rare-earth-group", "company:lynas"],
            await FindIdsAsync("Company", new PropertyFilter("name", FilterOperator.Contains, "RARE earth")));
        Assert.Equal(["mineral:bastnasite"], await FindIdsAsync("Mineral", new PropertyFilter("name", FilterOperator.Contains, "ÄSITE")));
    }

    [Fact]
    public async Task StartsWith_IgnoresCase_OnNameAndOptionalProperty()
    {
        Assert.Equal(["country:us"], await FindIdsAsync("Country", new PropertyFilter("name", FilterOperator.StartsWith, "uNITED")));
        Assert.Equal(["company:mp-materials"], await FindIdsAsync("Company", new PropertyFilter("ticker", FilterOperator.StartsWith, "nyse:")));
    }

    [Fact]
    public async Task Comparisons_OnInts_RespectStrictness()
    {
        Assert.Equal(["element:dysprosium", "element:terbium"], await FindIdsAsync("Element", new PropertyFilter("atomicNumber", FilterOperator.GreaterThan, 60L)));
        Assert.Equal(["element:dysprosium", "element:neodymium", "element:terbium"],
            await FindIdsAsync("Element", new PropertyFilter("atomicNumber", FilterOperator.GreaterThanOrEqual, 60L)));
        Assert.Equal(["element:gallium", "element:praseodymium"], await FindIdsAsync("Element", new PropertyFilter("atomicNumber", FilterOperator.LessThan, 60L)));
        Assert.Equal(["element:gallium", "element:neodymium", "element:praseodymium"],
            await FindIdsAsync("Element", new PropertyFilter("atomicNumber", FilterOperator.LessThanOrEqual, 60L)));
    }

    [Fact]
    public async Task Comparisons_OnFloats_ExcludeNodesWithoutTheProperty()
    {
        Assert.Equal(["mine:bayan-obo", "mine:mountain-pass"], await FindIdsAsync("Mine", new PropertyFilter("latitude", FilterOperator.GreaterThan, 0.0)));
        Assert.Equal(["mine:mount-weld"], await FindIdsAsync("Mine", new PropertyFilter("latitude", FilterOperator.LessThan, 0.0)));
        Assert.Equal(["facility:independence", "facility:lynas-malaysia"],
            await FindIdsAsync("Facility", new PropertyFilter("capacityTpa", FilterOperator.GreaterThanOrEqual, 1000.0)));
        Assert.Equal(["facility:independence", "facility:lynas-malaysia"],
            await FindIdsAsync("Facility", new PropertyFilter("capacityTpa", FilterOperator.LessThanOrEqual, 10500.0)));
    }

    [Fact]
    public async Task IntegerValues_OnFloatProperties_CompareNumerically()
    {
        Assert.Equal(["facility:lynas-malaysia"], await FindIdsAsync("Facility", new PropertyFilter("capacityTpa", FilterOperator.GreaterThan, 1000L)));
        Assert.Equal(["facility:independence"], await FindIdsAsync("Facility", new PropertyFilter("capacityTpa", FilterOperator.Equals, 1000L)));
        Assert.Equal(["facility:independence"], await FindIdsAsync("Facility", new PropertyFilter("capacityTpa", FilterOperator.In, new object[] { 1000L, 1.5 })));
    }

    [Fact]
    public async Task Int32Values_OnIntProperties_MatchLikeInt64()
    {
        Assert.Equal(["element:neodymium"], await FindIdsAsync("Element", new PropertyFilter("atomicNumber", FilterOperator.Equals, 60)));
        Assert.Equal(["element:dysprosium", "element:praseodymium"], await FindIdsAsync("Element", new PropertyFilter("atomicNumber", FilterOperator.In, new object[] { 59, 66 })));
    }

    [Fact]
    public async Task Comparisons_OnDates_OrderByCalendar()
    {
        var august2023 = new DateOnly(2023, 8, 1);

        Assert.Equal(["regulation:mofcom-2025-18"], await FindIdsAsync("Regulation", new PropertyFilter("effective", FilterOperator.GreaterThan, august2023)));
        Assert.Equal(["regulation:mofcom-2023-23", "regulation:mofcom-2025-18"],
            await FindIdsAsync("Regulation", new PropertyFilter("effective", FilterOperator.GreaterThanOrEqual, august2023)));
        Assert.Equal(["regulation:eo-14017"], await FindIdsAsync("Regulation", new PropertyFilter("effective", FilterOperator.LessThan, august2023)));
        Assert.Equal(["regulation:eo-14017", "regulation:mofcom-2023-23"],
            await FindIdsAsync("Regulation", new PropertyFilter("effective", FilterOperator.LessThanOrEqual, august2023)));
    }

    [Fact]
    public async Task Includes_OnAliases_MatchesWholeAliasIncludingChinese()
    {
        Assert.Equal(["country:cn"], await FindIdsAsync("Country", new PropertyFilter("aliases", FilterOperator.Includes, "中国")));
        Assert.Equal(["company:china-rare-earth-group"], await FindIdsAsync("Company", new PropertyFilter("aliases", FilterOperator.Includes, "CREG")));
        Assert.Empty(await FindIdsAsync("Company", new PropertyFilter("aliases", FilterOperator.Includes, "CRE")));
    }

    [Theory]
    [InlineData(Direction.Outgoing, new[] { "application:ev", "application:traction-motor" })]
    [InlineData(Direction.Incoming, new[] { "application:rotor-assembly", "application:traction-motor" })]
    [InlineData(Direction.Both, new[] { "application:ev", "application:rotor-assembly", "application:traction-motor" })]
    public async Task RelationshipSome_InEachDirection_FollowsThatDirection(Direction direction, string[] expected)
    {
        Assert.Equal(expected, await FindIdsAsync("Application", new RelationshipFilter("DEPENDS_ON", direction, Quantifier.Some, null, [])));
    }

    [Theory]
    [InlineData(Direction.Outgoing, new[] { "application:rotor-assembly", "application:wind-turbine" })]
    [InlineData(Direction.Incoming, new[] { "application:ev", "application:wind-turbine" })]
    [InlineData(Direction.Both, new[] { "application:wind-turbine" })]
    public async Task RelationshipNone_InEachDirection_KeepsNodesWithoutSuchRelationship(Direction direction, string[] expected)
    {
        Assert.Equal(expected, await FindIdsAsync("Application", new RelationshipFilter("DEPENDS_ON", direction, Quantifier.None, null, [])));
    }

    [Fact]
    public async Task RelationshipSome_WithOtherLabels_OnlyCountsNeighboursOfThoseLabels()
    {
        Assert.Equal(["element:neodymium", "element:praseodymium"],
            await FindIdsAsync("Element", new RelationshipFilter("CONTAINS", Direction.Incoming, Quantifier.Some, ["Mineral"], [])));
        Assert.Equal(["company:lynas", "company:mp-materials"],
            await FindIdsAsync("Company", new RelationshipFilter("OPERATES", Direction.Outgoing, Quantifier.Some, ["Facility"], [])));
    }

    [Fact]
    public async Task RelationshipFilters_WithFiltersOnTheOtherNode_ApplyThem()
    {
        Assert.Equal(["company:lynas"], await FindIdsAsync("Company",
            new RelationshipFilter("OPERATES", Direction.Outgoing, Quantifier.Some, ["Mine"], [new PropertyFilter("latitude", FilterOperator.LessThan, 0.0)])));
        Assert.Equal(["company:lynas", "company:mp-materials"], await FindIdsAsync("Company",
            new RelationshipFilter("HEADQUARTERED_IN", Direction.Outgoing, Quantifier.None, null, [new PropertyFilter("iso2", FilterOperator.Equals, "CN")])));
    }

    [Fact]
    public async Task RelationshipSome_NestedTwoLevels_FindsElementsInProductsThatEnergyApplicationsRequire()
    {
        var requiredByEnergy = new RelationshipFilter("REQUIRES", Direction.Incoming, Quantifier.Some, ["Application"], [new PropertyFilter("sector", FilterOperator.Equals, "energy")]);

        Assert.Equal(["element:dysprosium", "element:neodymium", "element:terbium"],
            await FindIdsAsync("Element", new RelationshipFilter("CONTAINS", Direction.Incoming, Quantifier.Some, ["Product"], [requiredByEnergy])));
    }

    [Fact]
    public async Task SeveralFilters_AllMustHold()
    {
        Assert.Equal(["element:neodymium"], await FindIdsAsync("Element",
            new PropertyFilter("isRareEarth", FilterOperator.Equals, true),
            new PropertyFilter("atomicNumber", FilterOperator.GreaterThan, 59L),
            new RelationshipFilter("RESTRICTS", Direction.Incoming, Quantifier.None, null, [])));
    }

    [Fact]
    public async Task Any_MatchesNodesPassingOneOfTheFilters()
    {
        Assert.Equal(["element:dysprosium", "element:neodymium"], await FindIdsAsync("Element",
            new AnyFilter([new PropertyFilter("symbol", FilterOperator.Equals, "Nd"), new PropertyFilter("atomicNumber", FilterOperator.GreaterThan, 65L)])));
    }

    [Fact]
    public async Task Not_OnAProperty_LeavesOutNodesWithoutIt()
    {
        Assert.Equal(["element:dysprosium", "element:gallium"], await FindIdsAsync("Element", new NotFilter(new PropertyFilter("category", FilterOperator.Equals, "LREE"))));
        Assert.Equal(["mine:bayan-obo", "mine:mountain-pass"], await FindIdsAsync("Mine", new NotFilter(new PropertyFilter("latitude", FilterOperator.LessThan, 0.0))));
        Assert.Equal(["facility:lynas-malaysia"], await FindIdsAsync("Facility", new NotFilter(new PropertyFilter("capacityTpa", FilterOperator.In, new object[] { 1000.0 }))));
        Assert.Equal(["company:lynas", "company:mp-materials"], await FindIdsAsync("Company", new NotFilter(new PropertyFilter("ticker", FilterOperator.StartsWith, "sse:"))));
    }

    [Fact]
    public async Task Not_OnEveryOperator_IsTheComplementAmongNodesWithTheProperty()
    {
        string[] withCode = ["regulation:eo-14017", "regulation:mofcom-2023-23", "regulation:mofcom-2025-18"];
        foreach (var (op, value) in new (FilterOperator, object)[]
        {
            (FilterOperator.Equals, "EO 14017"), (FilterOperator.In, new object[] { "EO 14017" }), (FilterOperator.Contains, "announcement"),
            (FilterOperator.StartsWith, "eo"), (FilterOperator.GreaterThan, "M"), (FilterOperator.GreaterThanOrEqual, "EO 14017"),
            (FilterOperator.LessThan, "M"), (FilterOperator.LessThanOrEqual, "EO 14017"),
        })
        {
            var matching = await FindIdsAsync("Regulation", new PropertyFilter("code", op, value));
            var notMatching = await FindIdsAsync("Regulation", new NotFilter(new PropertyFilter("code", op, value)));

            Assert.Equal(withCode, matching.Concat(notMatching).Order(StringComparer.Ordinal));
            Assert.Empty(matching.Intersect(notMatching));
        }

        Assert.Equal(["company:china-northern-rare-earth", "company:china-rare-earth-group", "company:lynas"],
            await FindIdsAsync("Company", new NotFilter(new PropertyFilter("aliases", FilterOperator.Includes, "MP"))));
    }

    [Fact]
    public async Task NotAny_IsEveryNegationTogether_AndLeavesOutNodesWithoutTheProperties()
    {
        var neitherLightNorOutsideTheRareEarths = new NotFilter(new AnyFilter([new PropertyFilter("category", FilterOperator.Equals, "LREE"), new PropertyFilter("isRareEarth", FilterOperator.Equals, false)]));

        Assert.Equal(["element:dysprosium"], await FindIdsAsync("Element", neitherLightNorOutsideTheRareEarths));
        Assert.Equal(["element:dysprosium", "element:neodymium", "element:praseodymium"],
            await FindIdsAsync("Element", new NotFilter(new NotFilter(new PropertyFilter("isRareEarth", FilterOperator.Equals, true)))));
    }

    [Fact]
    public async Task NotAll_HoldsWhenOneFilterFails()
    {
        Assert.Equal(["element:dysprosium", "element:gallium", "element:praseodymium"], await FindIdsAsync("Element",
            new NotFilter(new AllFilter([new PropertyFilter("isRareEarth", FilterOperator.Equals, true), new PropertyFilter("atomicNumber", FilterOperator.Equals, 60L)])),
            new PropertyFilter("category", FilterOperator.In, new object[] { "LREE", "HREE", "other" })));
    }

    [Fact]
    public async Task Not_OnARelationshipFilter_TurnsSomeIntoNone()
    {
        var restricted = new RelationshipFilter("RESTRICTS", Direction.Incoming, Quantifier.Some, null, []);

        Assert.Equal(["element:neodymium", "element:praseodymium"], await FindIdsAsync("Element", new NotFilter(restricted)));
        Assert.Equal(["element:dysprosium", "element:gallium", "element:terbium"], await FindIdsAsync("Element", new NotFilter(restricted with { Quantifier = Quantifier.None })));
    }

    [Fact]
    public async Task AnyAndAll_WithoutFilters_MatchNothingAndEverything()
    {
        Assert.Empty(await FindIdsAsync("Country", new AnyFilter([])));
        Assert.Equal(["country:au", "country:cn", "country:my", "country:us"], await FindIdsAsync("Country", new AllFilter([])));
        Assert.Equal(["country:au", "country:cn", "country:my", "country:us"], await FindIdsAsync("Country", new NotFilter(new AnyFilter([]))));
    }

    [Fact]
    public async Task Combinations_NestInsideRelationshipFilters()
    {
        var operatesSouthernOrUnknownSite = new RelationshipFilter("OPERATES", Direction.Outgoing, Quantifier.Some, null,
            [new AnyFilter([new PropertyFilter("latitude", FilterOperator.LessThan, 0.0), new NotFilter(new PropertyFilter("stage", FilterOperator.Equals, "separation"))])]);

        Assert.Equal(["company:lynas", "company:mp-materials"], await FindIdsAsync("Company", operatesSouthernOrUnknownSite));
        Assert.Equal(["company:china-northern-rare-earth", "company:china-rare-earth-group"], await FindIdsAsync("Company", new NotFilter(operatesSouthernOrUnknownSite)));
    }

    [Theory]
    [InlineData("x' OR 1=1 --")]
    [InlineData("$.name")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("') OR json_extract(props, '$.name') IS NOT NULL --")]
    public async Task FilterValuesAndIds_LookingLikeSqlOrJsonPaths_AreMatchedAsPlainText(string value)
    {
        Assert.Empty(await FindIdsAsync("Company", new PropertyFilter("name", FilterOperator.Equals, value)));
        Assert.Empty(await FindIdsAsync("Company", new PropertyFilter("ticker", FilterOperator.Contains, value)));
        Assert.Empty(await FindIdsAsync("Company", new PropertyFilter("id", FilterOperator.In, new object[] { value })));
        Assert.Empty(await FindIdsAsync("Company", new PropertyFilter("aliases", FilterOperator.Includes, value)));
        Assert.Empty(await FindIdsAsync("Company", new RelationshipFilter(value, Direction.Both, Quantifier.Some, [value], [])));
        Assert.Equal(["country:cn"], (await Store.GetNodesAsync([value, "country:cn"], CancellationToken.None)).Keys);
        Assert.Equal(4, (await FindAsync("Company", ById, new PageRequest(First: 1))).TotalCount);
    }
}
