namespace MineralGraph.Store.Tests.Contract;

/// <summary>
/// The hand-made graph every contract test reads: small enough to know every expected answer,
/// with absent optional properties, whole-number floats, dates, booleans, non-ASCII names and
/// aliases, a DEPENDS_ON chain, a cycle (PARTNERS_WITH both ways) and two relationships of one
/// type between the same pair (China's neodymium shares for 2023 and 2024).
/// </summary>
public static class TestGraph
{
    public static GraphDataset Dataset { get; } = new(Nodes(), Relationships());

    /// <summary>The key of a relationship: <c>{start}|{TYPE}|{end}</c>, with <c>|n</c> for the n-th of its pair and type.</summary>
    public static string Key(string start, string type, string end, int occurrence = 1) =>
        occurrence == 1 ? $"{start}|{type}|{end}" : $"{start}|{type}|{end}|{occurrence}";

    public static NodeRecord Node(string id, string label, string name, params (string Name, object Value)[] properties) =>
        new(id, label, ToDictionary([(GraphModel.NameProperty, name), .. properties]));

    public static RelationshipRecord Relationship(string start, string type, string end, params (string Name, object Value)[] properties) =>
        new(Key(start, type, end), type, start, end, ToDictionary(properties));

    private static Dictionary<string, object?> ToDictionary((string Name, object Value)[] properties) =>
        properties.ToDictionary(p => p.Name, p => (object?)p.Value, StringComparer.Ordinal);

    private static NodeRecord[] Nodes() =>
    [
        Node("element:neodymium", "Element", "Neodymium", ("symbol", "Nd"), ("atomicNumber", 60L), ("category", "LREE"), ("isRareEarth", true),
            ("aliases", new[] { "Nd" }), ("sources", new[] { "source:usgs-mcs-2025" }),
            ("discoveredBy", "Carl Auer von Welsbach"), ("discoveryYear", 1885L), ("meltingPointC", 1024.0), ("radioactive", false),
            ("oxidationStates", new[] { "+2", "+3" })),
        Node("element:praseodymium", "Element", "Praseodymium", ("symbol", "Pr"), ("atomicNumber", 59L), ("category", "LREE"), ("isRareEarth", true)),
        Node("element:dysprosium", "Element", "Dysprosium", ("symbol", "Dy"), ("atomicNumber", 66L), ("category", "HREE"), ("isRareEarth", true)),
        Node("element:terbium", "Element", "Terbium", ("symbol", "Tb"), ("atomicNumber", 65L)),
        Node("element:gallium", "Element", "Gallium", ("symbol", "Ga"), ("atomicNumber", 31L), ("category", "other"), ("isRareEarth", false)),

        Node("mineral:bastnasite", "Mineral", "Bastnäsite", ("formula", "(Ce,La,Nd)CO3F"), ("aliases", new[] { "Bastnaesite" })),
        Node("mineral:monazite", "Mineral", "Monazite"),

        Node("product:ndpr-oxide", "Product", "NdPr oxide", ("stage", "separated oxide"), ("aliases", new[] { "PrNd oxide" })),
        Node("product:ndfeb-magnet", "Product", "Sintered NdFeB magnet", ("stage", "magnet"), ("aliases", new[] { "NdFeB magnet" })),

        Node("application:ev", "Application", "Electric vehicle", ("sector", "automotive"), ("aliases", new[] { "EV" })),
        Node("application:traction-motor", "Application", "Traction motor", ("sector", "automotive")),
        Node("application:rotor-assembly", "Application", "Rotor assembly"),
        Node("application:wind-turbine", "Application", "Wind turbine", ("sector", "energy")),

        Node("mine:mountain-pass", "Mine", "Mountain Pass", ("status", "producing"), ("latitude", 35.4769), ("longitude", -115.5322), ("oreType", "carbonatite")),
        Node("mine:bayan-obo", "Mine", "Bayan Obo", ("status", "producing"), ("latitude", 41.7833), ("longitude", 109.9667), ("oreType", "carbonatite"),
            ("aliases", new[] { "白云鄂博" })),
        Node("mine:mount-weld", "Mine", "Mount Weld", ("status", "producing"), ("latitude", -28.8614), ("longitude", 122.5508), ("oreType", "laterite")),
        Node("mine:tanbreez", "Mine", "Tanbreez", ("status", "development")),

        Node("facility:lynas-malaysia", "Facility", "Lynas Malaysia", ("stage", "separation"), ("status", "operating"), ("capacityTpa", 10500.0),
            ("latitude", 3.9767), ("longitude", 103.4317), ("aliases", new[] { "LAMP" })),
        Node("facility:mountain-pass-separation", "Facility", "Mountain Pass Separation Facility", ("stage", "separation"), ("status", "operating")),
        Node("facility:independence", "Facility", "Independence", ("stage", "magnet"), ("status", "operating"), ("capacityTpa", 1000.0)),

        Node("company:mp-materials", "Company", "MP Materials", ("kind", "listed"), ("ticker", "NYSE:MP"), ("aliases", new[] { "MP", "Mountain Pass" })),
        Node("company:lynas", "Company", "Lynas Rare Earths", ("kind", "listed"), ("ticker", "ASX:LYC"), ("aliases", new[] { "Lynas" })),
        Node("company:china-rare-earth-group", "Company", "China Rare Earth Group", ("kind", "state-owned"), ("aliases", new[] { "中国稀土集团", "CREG" })),
        Node("company:china-northern-rare-earth", "Company", "China Northern Rare Earth Group", ("kind", "state-owned"), ("ticker", "SSE:600111"),
            ("aliases", new[] { "北方稀土" })),

        Node("country:cn", "Country", "China", ("iso2", "CN"), ("iso3", "CHN"), ("region", "East Asia"), ("aliases", new[] { "PRC", "中国" })),
        Node("country:us", "Country", "United States", ("iso2", "US"), ("iso3", "USA"), ("region", "North America"), ("aliases", new[] { "USA" })),
        Node("country:au", "Country", "Australia", ("iso2", "AU"), ("iso3", "AUS"), ("region", "Oceania")),
        Node("country:my", "Country", "Malaysia", ("iso2", "MY"), ("iso3", "MYS")),

        Node("agency:mofcom", "Agency", "Ministry of Commerce", ("aliases", new[] { "MOFCOM", "商务部" })),

        Node("regulation:mofcom-2025-18", "Regulation", "Export controls on medium and heavy rare earths", ("code", "MOFCOM/GAC Announcement No. 18 of 2025"),
            ("kind", "export control"), ("announced", new DateOnly(2025, 4, 4)), ("effective", new DateOnly(2025, 4, 4)), ("status", "in force")),
        Node("regulation:mofcom-2023-23", "Regulation", "Export controls on gallium and germanium", ("code", "MOFCOM/GAC Announcement No. 23 of 2023"),
            ("kind", "export control"), ("announced", new DateOnly(2023, 7, 3)), ("effective", new DateOnly(2023, 8, 1)), ("status", "in force")),
        Node("regulation:eo-14017", "Regulation", "Executive Order on America's Supply Chains", ("code", "EO 14017"), ("kind", "executive order"),
            ("announced", new DateOnly(2021, 2, 24)), ("effective", new DateOnly(2021, 2, 24)), ("status", "in force")),
        Node("regulation:critical-minerals-bill", "Regulation", "Critical Minerals Security Bill", ("kind", "law"), ("status", "proposed")),

        Node("source:usgs-mcs-2025", "Source", "USGS Mineral Commodity Summaries 2025", ("publisher", "USGS"), ("published", new DateOnly(2025, 1, 31))),
        Node("source:iea-outlook-2024", "Source", "IEA Global Critical Minerals Outlook 2024", ("publisher", "IEA"), ("published", new DateOnly(2024, 5, 17))),
    ];

    private static RelationshipRecord[] Relationships() =>
    [
        Relationship("mineral:bastnasite", "CONTAINS", "element:neodymium"),
        Relationship("mineral:bastnasite", "CONTAINS", "element:praseodymium"),
        Relationship("mineral:monazite", "CONTAINS", "element:neodymium"),
        Relationship("product:ndpr-oxide", "CONTAINS", "element:neodymium"),
        Relationship("product:ndpr-oxide", "CONTAINS", "element:praseodymium"),
        Relationship("product:ndfeb-magnet", "CONTAINS", "element:neodymium"),
        Relationship("product:ndfeb-magnet", "CONTAINS", "element:dysprosium"),
        Relationship("product:ndfeb-magnet", "CONTAINS", "element:terbium"),

        Relationship("mine:mountain-pass", "EXTRACTS", "mineral:bastnasite"),
        Relationship("mine:bayan-obo", "EXTRACTS", "mineral:bastnasite"),
        Relationship("mine:mount-weld", "EXTRACTS", "mineral:monazite"),

        Relationship("mine:mountain-pass", "LOCATED_IN", "country:us", ("region", "California")),
        Relationship("mine:bayan-obo", "LOCATED_IN", "country:cn", ("region", "Inner Mongolia")),
        Relationship("mine:mount-weld", "LOCATED_IN", "country:au", ("region", "Western Australia")),
        Relationship("facility:lynas-malaysia", "LOCATED_IN", "country:my", ("region", "Pahang")),
        Relationship("facility:mountain-pass-separation", "LOCATED_IN", "country:us", ("region", "California")),
        Relationship("facility:independence", "LOCATED_IN", "country:us", ("region", "Texas")),

        Relationship("company:mp-materials", "OPERATES", "mine:mountain-pass", ("stakePct", 100.0), ("since", new DateOnly(2017, 7, 17))),
        Relationship("company:mp-materials", "OPERATES", "facility:mountain-pass-separation", ("stakePct", 100.0), ("since", new DateOnly(2017, 7, 17))),
        Relationship("company:mp-materials", "OPERATES", "facility:independence", ("since", new DateOnly(2025, 1, 15))),
        Relationship("company:lynas", "OPERATES", "mine:mount-weld", ("stakePct", 100.0), ("since", new DateOnly(2007, 1, 1))),
        Relationship("company:lynas", "OPERATES", "facility:lynas-malaysia", ("stakePct", 100.0), ("since", new DateOnly(2012, 11, 1))),
        Relationship("company:china-northern-rare-earth", "OPERATES", "mine:bayan-obo"),

        Relationship("company:mp-materials", "HEADQUARTERED_IN", "country:us"),
        Relationship("company:lynas", "HEADQUARTERED_IN", "country:au"),
        Relationship("company:china-rare-earth-group", "HEADQUARTERED_IN", "country:cn"),
        Relationship("company:china-northern-rare-earth", "HEADQUARTERED_IN", "country:cn"),
        Relationship("agency:mofcom", "HEADQUARTERED_IN", "country:cn"),

        Relationship("facility:mountain-pass-separation", "PRODUCES", "product:ndpr-oxide", ("tonnesPerYear", 1294.0), ("year", 2024L)),
        Relationship("facility:lynas-malaysia", "PRODUCES", "product:ndpr-oxide", ("tonnesPerYear", 6558.0), ("year", 2024L)),
        Relationship("facility:independence", "PRODUCES", "product:ndfeb-magnet", ("year", 2025L)),

        Relationship("country:cn", "PRODUCES_SHARE", "element:neodymium", ("stage", "mining"), ("year", 2023L), ("tonnes", 240000.0), ("sharePct", 68.6),
            ("sources", new[] { "source:usgs-mcs-2025" })),
        Relationship("country:cn", "PRODUCES_SHARE", "element:neodymium", ("stage", "mining"), ("year", 2024L), ("tonnes", 270000.0), ("sharePct", 69.2),
            ("sources", new[] { "source:usgs-mcs-2025", "source:iea-outlook-2024" })) with { Key = Key("country:cn", "PRODUCES_SHARE", "element:neodymium", 2) },
        Relationship("country:us", "PRODUCES_SHARE", "element:neodymium", ("stage", "mining"), ("year", 2024L), ("tonnes", 45000.0), ("sharePct", 11.5)),
        Relationship("country:au", "PRODUCES_SHARE", "element:neodymium", ("stage", "mining"), ("year", 2024L), ("sharePct", 5.4)),
        Relationship("country:cn", "PRODUCES_SHARE", "element:dysprosium", ("stage", "refining"), ("year", 2024L), ("sharePct", 99.0)),

        Relationship("application:rotor-assembly", "REQUIRES", "product:ndfeb-magnet", ("kgPerUnit", 1.5), ("role", "rotor magnets")),
        Relationship("application:wind-turbine", "REQUIRES", "product:ndfeb-magnet", ("kgPerUnit", 600.0), ("role", "generator magnets")),

        Relationship("application:ev", "DEPENDS_ON", "application:traction-motor"),
        Relationship("application:traction-motor", "DEPENDS_ON", "application:rotor-assembly"),

        Relationship("regulation:mofcom-2025-18", "RESTRICTS", "element:dysprosium", ("measure", "licence"), ("effective", new DateOnly(2025, 4, 4))),
        Relationship("regulation:mofcom-2025-18", "RESTRICTS", "element:terbium", ("measure", "licence"), ("effective", new DateOnly(2025, 4, 4))),
        Relationship("regulation:mofcom-2023-23", "RESTRICTS", "element:gallium", ("measure", "licence"), ("effective", new DateOnly(2023, 8, 1))),

        Relationship("regulation:mofcom-2025-18", "ISSUED_BY", "agency:mofcom"),
        Relationship("regulation:mofcom-2023-23", "ISSUED_BY", "agency:mofcom"),
        Relationship("regulation:eo-14017", "ISSUED_BY", "country:us"),

        Relationship("country:us", "PARTNERS_WITH", "country:au", ("agreement", "Framework for Securing Critical Minerals"), ("date", new DateOnly(2025, 10, 20))),
        Relationship("country:au", "PARTNERS_WITH", "country:us", ("agreement", "Framework for Securing Critical Minerals"), ("date", new DateOnly(2025, 10, 20))),
    ];
}
