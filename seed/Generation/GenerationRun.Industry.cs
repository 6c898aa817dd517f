using MineralGraph.GraphSchema;
using static MineralGraph.Seed.Generation.ReferenceCatalogue;

namespace MineralGraph.Seed.Generation;

/// <summary>Companies and the sites they run: the part of the graph that grows with <c>--mines</c>.</summary>
internal sealed partial class GenerationRun
{
    private static readonly string[] CompanySuffixes = ["Resources", "Rare Earths, Inc.", "Mining Ltd", "Metals Group", "Materials Corp.", "Magnetics"];
    private static readonly string[] MineStatuses = ["producing", "producing", "producing", "development", "care-and-maintenance", "closed"];
    private static readonly string[] FacilityStages = ["separation", "refining", "metal", "magnet", "recycling"];
    private static readonly string[] FacilityStatuses = ["operating", "operating", "construction", "planned", "closed"];
    private static readonly string[] CompanyKinds = ["state-owned", "listed", "private"];

    private void WriteCompanies()
    {
        for (var i = 0; i < _companies; i++)
        {
            Cancelled();
            var id = CompanyId(i);
            var kind = _random.Pick(CompanyKinds);
            var word = Word(2);
            using (var row = Node("Company", id, $"{word} {_random.Pick(CompanySuffixes)}"))
            {
                row.Set("kind", kind);
                if (kind == "listed")
                {
                    row.Set("ticker", $"SYN:{word.ToUpperInvariant()}{i % 100}");
                }

                if (_random.Chance(0.3))
                {
                    row.SetList(GraphModel.AliasesProperty, [word.ToUpperInvariant(), $"{word} Co."]);
                }
            }

            Link("HEADQUARTERED_IN", id, CountryId(_random.Next(_countries)));
            if (i > 0 && _random.Chance(0.15))
            {
                using var parent = Relationship("SUBSIDIARY_OF", id, CompanyId(_random.Next(i)));
                parent.Set("stakePct", _random.Between(20.0, 100.0), 1);
            }

            if (i > 0 && _random.Chance(0.01))
            {
                using var merger = Relationship("MERGED_INTO", id, CompanyId(_random.Next(i)));
                merger.Set("date", Date(0, 3_900));
            }

            if (i > 0 && _random.Chance(0.02))
            {
                using var acquisition = Relationship("ACQUIRED", id, CompanyId(_random.Next(i)));
                acquisition.Set("date", Date(0, 3_900)).Set("stakePct", _random.Between(10.0, 100.0), 1).Set("price", _random.Between(1e6, 1e9), 0).Set("currency", "USD");
            }

            if (_random.Chance(0.1))
            {
                using var supply = Relationship("SUPPLIES", id, CompanyId(OtherThan(i, _companies)));
                supply.Set("product", _random.Pick(Products).Name).Set("since", Date(0, 3_900));
            }

            if (_random.Chance(0.1))
            {
                var made = _random.Chance(0.5) ? _random.Pick(Products).Id : ApplicationId(_random.Next(_applications));
                using var makes = Relationship("MAKES", id, made);
                makes.Set("since", Date(0, 3_900));
            }

            if (_random.Chance(0.03))
            {
                using var partner = Relationship("PARTNERS_WITH", id, CompanyId(OtherThan(i, _companies)));
                partner.Set("agreement", "Offtake and processing agreement").Set("date", Date(1_000, 3_900));
            }
        }
    }

    private void WriteMines()
    {
        for (var i = 0; i < _options.Mines; i++)
        {
            Cancelled();
            var id = MineId(i);
            var mineral = _random.Pick(Minerals);
            var name = _random.Chance(0.05) ? $"Mount \"{Word(2)}\" mine" : $"{Word(3)} {mineral.Name} mine";
            using (var row = Node("Mine", id, name))
            {
                row.Set("status", _random.Pick(MineStatuses)).Set("latitude", _random.Between(-60.0, 70.0), 5)
                    .Set("longitude", _random.Between(-180.0, 180.0), 5).Set("locationPrecision", "site").Set("oreType", mineral.OreType);
                if (_random.Chance(0.1))
                {
                    row.SetList(GraphModel.AliasesProperty, [$"M-{i}"]);
                }
            }

            WriteSite(id, _random.Between(0, 1));
            Link("EXTRACTS", id, mineral.Id);
            if (_random.Chance(0.2))
            {
                var second = _random.Pick(Minerals);
                if (second != mineral)
                {
                    Link("EXTRACTS", id, second.Id);
                }
            }

            var outputs = _random.Between(1, Math.Min(3, mineral.Symbols.Length));
            for (var o = 0; o < outputs; o++)
            {
                using var produces = Relationship("PRODUCES", id, MaterialId(mineral.Symbols[o]));
                produces.Set("tonnesPerYear", _random.Between(10.0, 50_000.0), 1).Set("year", _random.Between(2020, 2024));
            }

            if (_random.Chance(0.3))
            {
                using var concentrate = Relationship("PRODUCES", id, "product:" + mineral.Slug + "-concentrate");
                concentrate.Set("tonnesPerYear", _random.Between(100.0, 200_000.0), 1).Set("year", 2024);
            }
        }
    }

    private void WriteFacilities()
    {
        for (var i = 0; i < _facilities; i++)
        {
            Cancelled();
            var id = FacilityId(i);
            var stage = _random.Pick(FacilityStages);
            using (var row = Node("Facility", id, $"{Word(2)} {stage} plant"))
            {
                row.Set("stage", stage).Set("status", _random.Pick(FacilityStatuses)).Set("capacityTpa", _random.Between(100.0, 40_000.0), 0)
                    .Set("latitude", _random.Between(-60.0, 70.0), 5).Set("longitude", _random.Between(-180.0, 180.0), 5).Set("locationPrecision", "site");
            }

            WriteSite(id, _random.Between(0, 1));
            var processed = _random.Between(1, 3);
            var first = _random.Next(Elements.Length - processed + 1);
            for (var p = 0; p < processed; p++)
            {
                using var processes = Relationship("PROCESSES", id, Elements[first + p].Id);
                processes.Set("stage", stage).Set("capacityTpa", _random.Between(50.0, 10_000.0), 0);
            }

            using (var produces = Relationship("PRODUCES", id, _random.Pick(Products).Id))
            {
                produces.Set("tonnesPerYear", _random.Between(10.0, 20_000.0), 1).Set("year", _random.Between(2020, 2024));
            }

            Link("USES_TECHNOLOGY", id, _random.Pick(Technologies).Id);
        }
    }

    /// <summary>Where a mine or facility is, who runs it and who owns it.</summary>
    private void WriteSite(string siteId, int extraOwners)
    {
        using (var located = Relationship("LOCATED_IN", siteId, CountryId(_random.Next(_countries))))
        {
            located.Set("region", $"{Word(2)} province");
        }

        var operatorIndex = _random.Next(_companies);
        using (var operates = Relationship("OPERATES", CompanyId(operatorIndex), siteId))
        {
            operates.Set("since", Date(0, 3_900));
        }

        var remaining = 100.0;
        for (var o = 0; o <= extraOwners; o++)
        {
            var stake = o == extraOwners ? remaining : Math.Round(_random.Between(10.0, remaining - 10.0), 1);
            remaining -= stake;
            var owner = o == 0 ? operatorIndex : _random.Next(_companies);
            using var owns = Relationship("OWNS", CompanyId(owner), siteId);
            owns.Set("stakePct", stake, 1).Set("since", Date(0, 3_900));
        }
    }
}
