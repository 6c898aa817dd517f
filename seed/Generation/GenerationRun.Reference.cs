using MineralGraph.GraphSchema;
using static MineralGraph.Seed.Generation.ReferenceCatalogue;

namespace MineralGraph.Seed.Generation;

/// <summary>Sources, elements, minerals, products, technologies, countries and their agencies.</summary>
internal sealed partial class GenerationRun
{
    private static readonly string[] Regions = ["Asia", "Africa", "Europe", "North America", "South America", "Oceania"];
    private static readonly string[] Publishers = ["US Geological Survey", "International Energy Agency", "European Commission", "Synthetic Minerals Review", "Company filings"];
    private static readonly string[] ShareStages = ["mining", "refining", "magnet"];

    private void WriteSources()
    {
        for (var i = 0; i < _sourceIds.Length; i++)
        {
            var published = Date(0, 3_900);
            using var row = Node(GraphModel.SourceLabel, _sourceIds[i], $"Synthetic minerals report {i}", cite: false);
            row.Set("title", $"Synthetic minerals report {i}: supply, demand and policy")
                .Set("publisher", _random.Pick(Publishers))
                .Set("url", $"https://example.org/reports/{i}")
                .Set("published", published);
        }
    }

    private void WriteElementsAndMaterials()
    {
        foreach (var element in Elements)
        {
            using var row = Node("Element", element.Id, element.Name);
            row.Set("symbol", element.Symbol).Set("atomicNumber", element.AtomicNumber)
                .Set("category", element.Category).Set("isRareEarth", element.IsRareEarth);
        }

        foreach (var mineral in Minerals)
        {
            using (var row = Node("Mineral", mineral.Id, mineral.Name))
            {
                if (mineral.Formula is not null)
                {
                    row.Set("formula", mineral.Formula);
                }
            }

            foreach (var symbol in mineral.Symbols)
            {
                Link("CONTAINS", mineral.Id, MaterialId(symbol));
            }
        }

        foreach (var product in Products)
        {
            using (var row = Node("Product", product.Id, product.Name))
            {
                row.Set("stage", product.Stage);
            }

            foreach (var symbol in product.Symbols)
            {
                Link("CONTAINS", product.Id, MaterialId(symbol));
            }
        }

        foreach (var technology in Technologies)
        {
            Node("Technology", technology.Id, technology.Name).Dispose();
        }
    }

    private void WriteCountriesAndAgencies()
    {
        for (var i = 0; i < _countries; i++)
        {
            var id = CountryId(i);
            using (var row = Node("Country", id, "Republic of " + Word(3)))
            {
                row.Set("iso2", CountryCode(i, 2)).Set("iso3", CountryCode(i, 3)).Set("region", _random.Pick(Regions));
            }

            WriteCountryFigures(id);
            if (_countries > 1 && _random.Chance(0.3))
            {
                using var partner = Relationship("PARTNERS_WITH", id, CountryId(OtherThan(i, _countries)));
                partner.Set("agreement", "Critical minerals partnership " + Word(2)).Set("date", Date(1_000, 3_900));
            }

            Node("Agency", AgencyId(i), "Ministry of Industry of " + CountryCode(i, 3)).Dispose();
            Link("HEADQUARTERED_IN", AgencyId(i), id);
            if (_random.Chance(0.5))
            {
                // A state-asset agency supervising, and holding a stake in, a state enterprise.
                var enterprise = CompanyId(_random.Next(_companies));
                Link("SUPERVISES", AgencyId(i), enterprise);
                using var owns = Relationship("OWNS", AgencyId(i), enterprise);
                owns.Set("stakePct", _random.Between(20.0, 100.0), 1);
            }

            if (_random.Chance(0.2))
            {
                // A non-state armed group holding mines, as in Kachin State.
                var group = $"organization:o{i:D3}";
                using (var row = Node("Organization", group, $"{Word(2)} Independence Army"))
                {
                    row.Set("kind", "armed group");
                }

                Link("HEADQUARTERED_IN", group, id);
                using var controls = Relationship("CONTROLS", group, MineId(_random.Next(_options.Mines)));
                controls.Set("since", Date(0, 3_900));
            }
        }
    }

    /// <summary>Several figures per country and element (one per stage and year) exercise repeated-pair keys.</summary>
    private void WriteCountryFigures(string countryId)
    {
        foreach (var element in Elements)
        {
            if (_random.Chance(0.25))
            {
                foreach (var stage in ShareStages)
                {
                    for (var year = 2023; year <= 2024; year++)
                    {
                        var sharePct = _random.Between(0.1, 70.0);
                        var tonnes = _random.Between(50.0, 60_000.0);
                        using var share = Relationship("PRODUCES_SHARE", countryId, element.Id);
                        share.Set("stage", stage).Set("year", year).Set("tonnes", tonnes, 0).Set("unit", Unit(element))
                            .Set("worldTonnes", tonnes * 100 / sharePct, 0).Set("sharePct", sharePct, 1);
                    }
                }
            }

            if (_random.Chance(0.2))
            {
                using var reserves = Relationship("HOLDS_RESERVES", countryId, element.Id);
                reserves.Set("year", 2024).Set("tonnes", _random.Between(1_000.0, 40_000_000.0), 0).Set("unit", Unit(element));
            }
        }
    }

    /// <summary>Rare earths are counted as oxide (REO), as the USGS does; other elements as contained metal.</summary>
    private static string Unit(Element element) => element.IsRareEarth ? "t REO" : "t contained metal";
}
