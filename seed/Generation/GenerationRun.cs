using MineralGraph.GraphSchema;
using MineralGraph.Seed.Validation;
using static MineralGraph.Seed.Generation.ReferenceCatalogue;

namespace MineralGraph.Seed.Generation;

/// <summary>
/// One generation: every file open at once, entities written in id order. Ids are derived from
/// indexes, so a relationship can point at any entity without keeping it in memory.
/// </summary>
internal sealed class GenerationRun : IDisposable
{
    private static readonly DateOnly Epoch = new(2015, 1, 1);
    private static readonly string[] Syllables = ["ka", "ro", "mi", "ta", "lu", "ven", "dor", "sa", "ne", "bri", "tho", "gal", "mar", "zen", "o", "ri", "an", "bel", "cu", "dra"];
    private static readonly string[] Regions = ["Asia", "Africa", "Europe", "North America", "South America", "Oceania"];
    private static readonly string[] Publishers = ["US Geological Survey", "International Energy Agency", "European Commission", "Synthetic Minerals Review", "Company filings"];
    private static readonly string[] CompanySuffixes = ["Resources", "Rare Earths, Inc.", "Mining Ltd", "Metals Group", "Materials Corp.", "Magnetics"];
    private static readonly string[] MineStatuses = ["producing", "producing", "producing", "development", "care-and-maintenance", "closed"];
    private static readonly string[] FacilityStages = ["separation", "refining", "metal", "magnet", "recycling"];
    private static readonly string[] FacilityStatuses = ["operating", "operating", "construction", "planned", "closed"];
    private static readonly string[] CompanyKinds = ["state-owned", "listed", "private"];
    private static readonly string[] RegulationKinds = ["executive order", "export control", "law", "programme", "agreement", "investigation"];
    private static readonly string[] RegulationStatuses = ["in force", "in force", "suspended", "repealed", "proposed", "expired"];
    private static readonly string[] Measures = ["licence", "ban", "quota", "tariff"];
    private static readonly string[] Instruments = ["grant", "loan", "equity", "offtake", "price floor"];
    private static readonly string[] ShareStages = ["mining", "refining", "magnet"];

    private readonly GeneratorOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly DeterministicRandom _random;
    private readonly Dictionary<string, TableWriter> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TableWriter> _relationships = new(StringComparer.Ordinal);
    private readonly string[] _sourceBuffer = new string[2];
    private readonly int _sources;
    private readonly int _countries;
    private readonly int _companies;
    private readonly int _facilities;
    private readonly int _applications;
    private readonly int _regulations;

    public GenerationRun(GraphModel model, GeneratorOptions options, CancellationToken cancellationToken)
    {
        _options = options;
        _cancellationToken = cancellationToken;
        _random = new DeterministicRandom(options.Seed);
        var mines = options.Mines;
        _sources = 20 + (mines / 200);
        _countries = Math.Min(12 + (mines / 2_000), 26 * 26);
        _companies = Math.Max(20, mines / 4);
        _facilities = Math.Max(10, mines / 10);
        _applications = Applications.Length + (mines / 2_000);
        _regulations = 30 + (mines / 1_000);

        var nodesFolder = Directory.CreateDirectory(Path.Combine(options.OutputDirectory, SeedDatasetReader.NodesFolder)).FullName;
        var relationshipsFolder = Directory.CreateDirectory(Path.Combine(options.OutputDirectory, SeedDatasetReader.RelationshipsFolder)).FullName;
        foreach (var label in model.Labels)
        {
            _nodes.Add(label.Name, TableWriter.ForLabel(nodesFolder, label));
        }

        foreach (var relationship in model.Relationships)
        {
            _relationships.Add(relationship.Type, TableWriter.ForRelationship(relationshipsFolder, relationship));
        }
    }

    public GenerationSummary Write()
    {
        WriteSources();
        WriteElementsAndMaterials();
        WriteCountriesAndAgencies();
        WriteCompanies();
        WriteMines();
        WriteFacilities();
        WriteApplications();
        WriteRegulations();
        return new GenerationSummary(
            Path.GetFullPath(_options.OutputDirectory),
            _nodes.ToDictionary(t => t.Key, t => t.Value.Rows, StringComparer.Ordinal),
            _relationships.ToDictionary(t => t.Key, t => t.Value.Rows, StringComparer.Ordinal));
    }

    public void Dispose()
    {
        foreach (var table in _nodes.Values.Concat(_relationships.Values))
        {
            table.Dispose();
        }
    }

    private static string SourceId(int i) => $"source:s{i:D5}";

    private static string CountryId(int i) => $"country:{CountryCode(i, 2).ToLowerInvariant()}";

    private static string AgencyId(int i) => $"agency:g{i:D3}";

    private static string CompanyId(int i) => $"company:c{i:D7}";

    private static string MineId(int i) => $"mine:m{i:D7}";

    private static string FacilityId(int i) => $"facility:f{i:D7}";

    private static string ApplicationId(int i) => i < Applications.Length ? Applications[i].Id : $"application:a{i:D5}";

    private static string RegulationId(int i) => $"regulation:r{i:D5}";

    /// <summary>Letters from the index: AA, AB, … for iso2; AAA… for iso3.</summary>
    private static string CountryCode(int i, int length) => length == 2
        ? string.Concat((char)('A' + (i / 26)), (char)('A' + (i % 26)))
        : string.Concat((char)('A' + (i / 26)), (char)('A' + (i % 26)), 'X');

    private static string MaterialId(string reference) =>
        Array.Find(Elements, e => e.Symbol == reference)?.Id ?? "product:" + reference;

    private void WriteSources()
    {
        for (var i = 0; i < _sources; i++)
        {
            var published = Date(0, 3_900);
            using var row = Node("Source", SourceId(i), $"Synthetic minerals report {i}", cite: false);
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
                        var tonnes = _random.Between(50.0, 60_000.0);
                        using var share = Relationship("PRODUCES_SHARE", countryId, element.Id);
                        share.Set("stage", stage).Set("year", year).Set("tonnes", tonnes, 0).Set("unit", "t contained metal").Set("sharePct", _random.Between(0.1, 70.0), 1);
                    }
                }
            }

            if (_random.Chance(0.2))
            {
                using var reserves = Relationship("HOLDS_RESERVES", countryId, element.Id);
                reserves.Set("year", 2024).Set("tonnes", _random.Between(1_000.0, 40_000_000.0), 0).Set("unit", "t contained metal");
            }
        }
    }

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
                    row.SetList("aliases", [word.ToUpperInvariant(), $"{word} Co."]);
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

            if (_random.Chance(0.1))
            {
                using var supply = Relationship("SUPPLIES", id, CompanyId(OtherThan(i, _companies)));
                supply.Set("product", _random.Pick(Products).Name).Set("since", Date(0, 3_900));
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
                    .Set("longitude", _random.Between(-180.0, 180.0), 5).Set("oreType", mineral.OreType);
                if (_random.Chance(0.1))
                {
                    row.SetList("aliases", [$"M-{i}"]);
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
                    .Set("latitude", _random.Between(-60.0, 70.0), 5).Set("longitude", _random.Between(-180.0, 180.0), 5);
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

    private void WriteApplications()
    {
        for (var i = 0; i < _applications; i++)
        {
            var id = ApplicationId(i);
            if (i < Applications.Length)
            {
                var application = Applications[i];
                using (var row = Node("Application", id, application.Name))
                {
                    row.Set("sector", application.Sector);
                }

                foreach (var component in application.DependsOn)
                {
                    Link("DEPENDS_ON", id, "application:" + component);
                }

                foreach (var material in application.Requires)
                {
                    WriteRequirement(id, MaterialId(material));
                }

                continue;
            }

            // Synthetic systems depend on earlier applications only, so DEPENDS_ON stays acyclic
            // while chains grow longer with scale.
            var basis = Applications[_random.Next(Applications.Length)];
            using (var row = Node("Application", id, $"{Word(2)} {basis.Name} system"))
            {
                row.Set("sector", basis.Sector);
            }

            var firstComponent = _random.Next(i);
            Link("DEPENDS_ON", id, ApplicationId(firstComponent));
            if (_random.Chance(0.5))
            {
                Link("DEPENDS_ON", id, ApplicationId(OtherThan(firstComponent, i)));
            }

            WriteRequirement(id, _random.Pick(Products).Id);
        }
    }

    private void WriteRequirement(string applicationId, string materialId)
    {
        using var requires = Relationship("REQUIRES", applicationId, materialId);
        requires.Set("kgPerUnit", _random.Between(0.001, 600.0), 3).Set("role", "functional material");
    }

    private void WriteRegulations()
    {
        for (var i = 0; i < _regulations; i++)
        {
            var id = RegulationId(i);
            var announced = Date(1_000, 3_900);
            var effective = announced.AddDays(_random.Between(0, 180));
            var issuer = _random.Next(_countries);
            using (var row = Node("Regulation", id, $"{CountryCode(issuer, 3)} critical minerals measure {i}"))
            {
                row.Set("code", $"SYN-{announced.Year}-{i}").Set("kind", _random.Pick(RegulationKinds))
                    .Set("announced", announced).Set("effective", effective).Set("status", _random.Pick(RegulationStatuses))
                    .Set("summary", $"Synthetic measure {i}: controls, support or review of critical-mineral supply chains.")
                    .Set("url", $"https://example.org/regulations/{i}");
            }

            Link("ISSUED_BY", id, AgencyId(issuer));
            Link("ISSUED_BY", id, CountryId(issuer));
            WriteRestrictions(id, effective);
            for (var t = _random.Between(0, 2); t > 0; t--)
            {
                Link("TARGETS", id, CountryId(_random.Next(_countries)));
            }

            for (var s = _random.Between(0, 3); s > 0; s--)
            {
                using var supports = Relationship("SUPPORTS", _random.Chance(0.5) ? id : AgencyId(issuer), SupportedSite());
                supports.Set("amountUsd", _random.Between(1e6, 1e9), 0).Set("instrument", _random.Pick(Instruments)).Set("date", effective);
            }

            if (i > 0)
            {
                WriteRegulationLink("AMENDS", id, i, effective, 0.2);
                WriteRegulationLink("RESPONDS_TO", id, i, announced, 0.15);
                WriteRegulationLink("SUSPENDS", id, i, effective, 0.05);
            }
        }
    }

    private void WriteRestrictions(string regulationId, DateOnly effective)
    {
        for (var r = _random.Between(1, 3); r > 0; r--)
        {
            var target = _random.Next(3) switch
            {
                0 => _random.Pick(Products).Id,
                1 => _random.Pick(Technologies).Id,
                _ => _random.Pick(Elements).Id,
            };
            using var restricts = Relationship("RESTRICTS", regulationId, target);
            restricts.Set("measure", _random.Pick(Measures)).Set("effective", effective);
            if (_random.Chance(0.2))
            {
                restricts.Set("until", effective.AddYears(_random.Between(1, 5)));
            }
        }
    }

    private void WriteRegulationLink(string type, string regulationId, int index, DateOnly date, double probability)
    {
        if (_random.Chance(probability))
        {
            using var link = Relationship(type, regulationId, RegulationId(_random.Next(index)));
            link.Set("date", date);
        }
    }

    private string SupportedSite() => _random.Next(3) switch
    {
        0 => CompanyId(_random.Next(_companies)),
        1 => MineId(_random.Next(_options.Mines)),
        _ => FacilityId(_random.Next(_facilities)),
    };

    private TableRow Node(string label, string id, string name, bool cite = true)
    {
        var row = _nodes[label].NewRow();
        row.Set(GraphModel.IdProperty, id).Set(Format.HeaderParser.LabelHeader, label).Set(GraphModel.NameProperty, name);
        if (cite)
        {
            Cite(row);
        }

        return row;
    }

    private TableRow Relationship(string type, string startId, string endId)
    {
        var row = _relationships[type].NewRow();
        row.Set(Format.HeaderParser.StartIdHeader, startId).Set(Format.HeaderParser.EndIdHeader, endId).Set(Format.HeaderParser.TypeHeader, type);
        Cite(row);
        return row;
    }

    private void Link(string type, string startId, string endId) => Relationship(type, startId, endId).Dispose();

    /// <summary>Every fact but a Source cites one or two sources, as provenance requires.</summary>
    private void Cite(TableRow row)
    {
        var count = _random.Between(1, 2);
        _sourceBuffer[0] = SourceId(_random.Next(_sources));
        _sourceBuffer[1] = SourceId(_random.Next(_sources));
        row.SetList(GraphModel.SourcesProperty, count == 2 && _sourceBuffer[0] != _sourceBuffer[1] ? _sourceBuffer : _sourceBuffer.AsSpan(0, 1));
    }

    private string Word(int syllables)
    {
        Span<char> buffer = stackalloc char[syllables * 3];
        var length = 0;
        for (var s = 0; s < syllables; s++)
        {
            var syllable = _random.Pick(Syllables);
            syllable.CopyTo(buffer[length..]);
            length += syllable.Length;
        }

        buffer[0] = char.ToUpperInvariant(buffer[0]);
        return buffer[..length].ToString();
    }

    private DateOnly Date(int minDays, int maxDays) => Epoch.AddDays(_random.Between(minDays, maxDays));

    private int OtherThan(int index, int count) => (index + 1 + _random.Next(count - 1)) % count;

    private void Cancelled() => _cancellationToken.ThrowIfCancellationRequested();
}
