using static MineralGraph.Seed.Generation.ReferenceCatalogue;

namespace MineralGraph.Seed.Generation;

/// <summary>Demand and policy: applications with their DEPENDS_ON chains, and regulations.</summary>
internal sealed partial class GenerationRun
{
    private const string ListKind = "list";
    private static readonly string[] RegulationKinds = ["executive order", "proclamation", "export control", "law", "rule", ListKind, "programme", "agreement", "investigation"];
    private static readonly string[] RegulationStatuses = ["in force", "in force", "suspended", "repealed", "proposed", "expired", "concluded"];
    private static readonly string[] Designations = ["critical", "strategic"];
    private static readonly string[] Measures = ["licence", "ban", "quota", "tariff"];
    private static readonly string[] Instruments = ["grant", "loan", "equity", "offtake", "price floor"];

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
            var kind = _random.Pick(RegulationKinds);
            using (var row = Node("Regulation", id, $"{CountryCode(issuer, 3)} critical minerals measure {i}"))
            {
                row.Set("code", $"SYN-{announced.Year}-{i}").Set("kind", kind)
                    .Set("announced", announced).Set("effective", effective).Set("status", _random.Pick(RegulationStatuses))
                    .Set("summary", $"Synthetic measure {i}: controls, support or review of critical-mineral supply chains.")
                    .Set("url", $"https://example.org/regulations/{i}");
            }

            Link("ISSUED_BY", id, AgencyId(issuer));
            Link("ISSUED_BY", id, CountryId(issuer));
            if (kind == ListKind)
            {
                WriteListing(id, announced.Year);
            }
            else
            {
                WriteRestrictions(id, effective);
            }
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
                WriteRegulationLink("IMPLEMENTS", id, i, effective, 0.1);
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

    /// <summary>An official list (critical minerals, strategic raw materials) names elements and minerals.</summary>
    private void WriteListing(string regulationId, int year)
    {
        for (var l = _random.Between(3, 8); l > 0; l--)
        {
            var listed = _random.Chance(0.8) ? _random.Pick(Elements).Id : _random.Pick(Minerals).Id;
            using var lists = Relationship("LISTS", regulationId, listed);
            lists.Set("year", year).Set("designation", _random.Pick(Designations));
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

}
