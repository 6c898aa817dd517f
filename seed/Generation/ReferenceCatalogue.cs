namespace MineralGraph.Seed.Generation;

/// <summary>
/// The fixed, real-world part of a synthetic graph: elements, ore minerals, products,
/// technologies and applications. Only the sites, companies, countries, regulations and
/// sources are invented, so generated graphs read like the real one.
/// </summary>
internal static class ReferenceCatalogue
{
    public sealed record Element(string Symbol, string Name, int AtomicNumber, string Category, bool IsRareEarth)
    {
        public string Id => "element:" + Symbol.ToLowerInvariant();
    }

    public sealed record Mineral(string Slug, string Name, string? Formula, string OreType, string[] Symbols)
    {
        public string Id => "mineral:" + Slug;
    }

    public sealed record Product(string Slug, string Name, string Stage, string[] Symbols)
    {
        public string Id => "product:" + Slug;
    }

    public sealed record Technology(string Slug, string Name)
    {
        public string Id => "technology:" + Slug;
    }

    /// <summary>An application; <see cref="DependsOn"/> and <see cref="Requires"/> name slugs of applications and products or element symbols.</summary>
    public sealed record Application(string Slug, string Name, string Sector, string[] DependsOn, string[] Requires)
    {
        public string Id => "application:" + Slug;
    }

    public static readonly Element[] Elements =
    [
        new("La", "lanthanum", 57, "LREE", true), new("Ce", "cerium", 58, "LREE", true),
        new("Pr", "praseodymium", 59, "LREE", true), new("Nd", "neodymium", 60, "LREE", true),
        new("Pm", "promethium", 61, "LREE", true), new("Sm", "samarium", 62, "LREE", true),
        new("Eu", "europium", 63, "LREE", true), new("Gd", "gadolinium", 64, "HREE", true),
        new("Tb", "terbium", 65, "HREE", true), new("Dy", "dysprosium", 66, "HREE", true),
        new("Ho", "holmium", 67, "HREE", true), new("Er", "erbium", 68, "HREE", true),
        new("Tm", "thulium", 69, "HREE", true), new("Yb", "ytterbium", 70, "HREE", true),
        new("Lu", "lutetium", 71, "HREE", true), new("Y", "yttrium", 39, "HREE", true),
        new("Sc", "scandium", 21, "other", true), new("Ga", "gallium", 31, "other", false),
        new("Ge", "germanium", 32, "other", false), new("Li", "lithium", 3, "other", false),
        new("Co", "cobalt", 27, "other", false), new("Ni", "nickel", 28, "other", false),
        new("C", "graphite", 6, "other", false), new("W", "tungsten", 74, "other", false),
        new("Sb", "antimony", 51, "other", false),
    ];

    public static readonly Mineral[] Minerals =
    [
        new("bastnaesite", "bastnäsite", "(Ce,La)CO3F", "carbonatite", ["Ce", "La", "Nd", "Pr"]),
        new("monazite", "monazite", "(Ce,La,Nd,Th)PO4", "heavy-mineral sands", ["Ce", "La", "Nd", "Pr", "Sm", "Gd"]),
        new("xenotime", "xenotime", "YPO4", "heavy-mineral sands", ["Y", "Dy", "Er", "Yb", "Tb"]),
        new("ion-adsorption-clay", "ion-adsorption clay", null, "ionic clay", ["Y", "Dy", "Tb", "Eu", "Gd", "Nd"]),
        new("loparite", "loparite", "(Ce,Na,Ca)(Ti,Nb)O3", "alkaline intrusion", ["Ce", "La", "Nd"]),
        new("spodumene", "spodumene", "LiAlSi2O6", "pegmatite", ["Li"]),
        new("pentlandite", "pentlandite", "(Fe,Ni)9S8", "magmatic sulphide", ["Ni", "Co"]),
        new("wolframite", "wolframite", "(Fe,Mn)WO4", "vein", ["W"]),
        new("stibnite", "stibnite", "Sb2S3", "vein", ["Sb"]),
        new("sphalerite", "sphalerite", "(Zn,Fe)S", "sediment-hosted", ["Ga", "Ge"]),
        new("graphite", "flake graphite", "C", "metamorphic", ["C"]),
    ];

    public static readonly Product[] Products = BuildProducts();

    public static readonly Technology[] Technologies =
    [
        new("solvent-extraction", "solvent-extraction separation"), new("ion-exchange", "ion-exchange separation"),
        new("acid-roasting", "sulphuric-acid roasting"), new("molten-salt-electrolysis", "molten-salt electrolysis"),
        new("strip-casting", "strip casting"), new("hydrogen-decrepitation", "hydrogen decrepitation"),
        new("ndfeb-sintering", "NdFeB sintering"), new("magnet-recycling", "hydrometallurgical magnet recycling"),
    ];

    /// <summary>Listed components before the systems that depend on them.</summary>
    public static readonly Application[] Applications =
    [
        new("traction-motor", "EV traction motor", "automotive", [], ["sintered-ndfeb-magnet", "Dy"]),
        new("li-ion-cell", "Li-ion battery cell", "energy", [], ["li-ion-cathode", "graphite-anode"]),
        new("electric-vehicle", "battery-electric vehicle", "automotive", ["traction-motor", "li-ion-cell"], []),
        new("catalytic-converter", "catalytic converter", "automotive", [], ["cerium-oxide"]),
        new("wind-generator", "direct-drive wind generator", "energy", [], ["sintered-ndfeb-magnet"]),
        new("offshore-wind-turbine", "offshore wind turbine", "energy", ["wind-generator"], []),
        new("grid-battery", "grid-scale battery", "energy", ["li-ion-cell"], []),
        new("flight-actuator", "aircraft flight actuator", "defense", [], ["smco-magnet"]),
        new("aesa-radar", "AESA radar", "defense", [], ["gan-wafer"]),
        new("night-vision", "thermal night-vision optics", "defense", [], ["Ge"]),
        new("guided-munition", "precision-guided munition", "defense", ["flight-actuator"], ["W"]),
        new("fighter-aircraft", "fighter aircraft", "defense", ["flight-actuator", "aesa-radar", "night-vision"], []),
        new("vibration-motor", "vibration motor", "electronics", [], ["sintered-ndfeb-magnet"]),
        new("led-phosphor", "LED phosphor", "electronics", [], ["europium-oxide", "terbium-oxide", "yttrium-oxide"]),
        new("smartphone", "smartphone", "electronics", ["vibration-motor", "led-phosphor", "li-ion-cell"], ["Ga"]),
        new("hard-disk-drive", "hard-disk drive", "electronics", [], ["sintered-ndfeb-magnet"]),
        new("mri-scanner", "MRI scanner", "medical", [], ["gadolinium-oxide", "sintered-ndfeb-magnet"]),
        new("servo-motor", "servo motor", "industrial", [], ["sintered-ndfeb-magnet"]),
        new("industrial-robot", "industrial robot", "industrial", ["servo-motor"], []),
        new("fcc-catalyst", "fluid catalytic cracking catalyst", "industrial", [], ["lanthanum-oxide"]),
    ];

    private static Product[] BuildProducts()
    {
        var products = new List<Product>();
        foreach (var mineral in Minerals)
        {
            products.Add(new(mineral.Slug + "-concentrate", mineral.Name + " concentrate", "concentrate", mineral.Symbols));
        }

        foreach (var element in Elements)
        {
            products.Add(new(element.Name + "-oxide", element.Name + " oxide", "separated oxide", [element.Symbol]));
            products.Add(new(element.Name + "-metal", element.Name + " metal", "metal", [element.Symbol]));
        }

        products.Add(new("ndpr-oxide", "NdPr oxide", "separated oxide", ["Nd", "Pr"]));
        products.Add(new("ndfeb-alloy", "NdFeB alloy", "alloy", ["Nd", "Pr", "Dy"]));
        products.Add(new("sintered-ndfeb-magnet", "sintered NdFeB magnet", "magnet", ["Nd", "Pr", "Dy", "Tb"]));
        products.Add(new("smco-magnet", "SmCo magnet", "magnet", ["Sm", "Co"]));
        products.Add(new("li-ion-cathode", "NMC cathode", "component", ["Li", "Ni", "Co"]));
        products.Add(new("graphite-anode", "graphite anode", "component", ["C"]));
        products.Add(new("gan-wafer", "GaN wafer", "component", ["Ga"]));
        return [.. products];
    }
}
