namespace Mestring.Oversight.Tests;

/// <summary>Each signal on small hand-made providers, just over and just under its line.</summary>
public sealed class HandMadeSignalTests
{
    private static readonly PriceIndex Index = new(new Dictionary<int, decimal> { [2023] = 97.5m, [2024] = 100m, [2025] = 102.6m });

    private static OversightInput Input(
        IReadOnlyList<OversightProvider> providers, IReadOnlyList<OversightOrder>? orders = null, IReadOnlyList<OversightInvoice>? invoices = null,
        IReadOnlyDictionary<string, DateOnly>? deaths = null, IReadOnlyList<OversightScore>? scores = null, IReadOnlyList<OversightLink>? links = null,
        IReadOnlyCollection<string>? quarantined = null) => new()
    {
        Providers = providers,
        Orders = orders ?? [],
        Invoices = invoices ?? [],
        Deaths = deaths ?? new Dictionary<string, DateOnly>(),
        Supervision = scores ?? [],
        Links = links ?? [],
        QuarantinedPersons = quarantined ?? [],
        PriceIndex = Index,
    };

    private static OversightProvider P(string id, string type = "botilbud_midlertidigt", int? capacity = null, string? owner = null, string? leader = null, bool quarantined = false) =>
        new(id, type, capacity, 2, owner, leader, quarantined);

    private static OversightOrder Order(string id, string provider, string person, DateOnly start, DateOnly? end = null, decimal price = 1000m,
        string legal = "SEL-107", string unit = "day", decimal perWeek = 7m) =>
        new(id, provider, person, "Y1", "G1", 2, legal, start, end, unit, perWeek, price);

    private static OversightInvoice Inv(string id, string provider, string person, string? service, DateOnly from, DateOnly to, decimal units, string unit = "day", decimal price = 1000m) =>
        new(id, provider, person, service, from, to, unit, units, units * price, to);

    private static IEnumerable<string> Kinds(OversightInput input, string provider) =>
        OversightEngine.Run(input).Where(s => s.ProviderId == provider).Select(s => s.Kind);

    [Theory]
    [InlineData(2322.00, false)]
    [InlineData(2322.01, true)]
    public void Takstloft_At2024Prices_JustUnderAndJustOver(double takst, bool breach)
    {
        var input = Input([P("H1", "herberg")], [Order("S1", "H1", "A", new DateOnly(2024, 3, 1), price: (decimal)takst, legal: "SEL-110")]);
        Assert.Equal(breach, Kinds(input, "H1").Contains(SignalKinds.TakstloftBreach));
    }

    [Theory]
    [InlineData(2382.37, false)] // 2,322 × 102.6 / 100 = 2,382.37 at 2025 prices
    [InlineData(2382.38, true)]
    public void Takstloft_IsIndexedToThePriceYear(double takst, bool breach)
    {
        var input = Input([P("H1", "herberg")], [Order("S1", "H1", "A", new DateOnly(2025, 3, 1), price: (decimal)takst, legal: "SEL-110")]);
        Assert.Equal(breach, Kinds(input, "H1").Contains(SignalKinds.TakstloftBreach));
    }

    [Fact]
    public void Krisecenter_TakstloftIs3197()
    {
        var input = Input([P("K1", "krisecenter")], [Order("S1", "K1", "A", new DateOnly(2024, 3, 1), price: 3197.5m, legal: "SEL-109")]);
        var signal = OversightEngine.Run(input).Single(s => s.Kind == SignalKinds.TakstloftBreach);
        Assert.Equal(3197m, signal.Evidence.Figures["takstloftDkk"]);
    }

    [Fact]
    public void TakstFarAbovePeers_IsFlagged_ItsPeersAreNot()
    {
        var providers = Enumerable.Range(1, 6).Select(i => P("T" + i)).ToList();
        var orders = providers.Select((p, i) => Order("S" + i, p.ProviderId, "A" + i, new DateOnly(2024, 1, 1), price: p.ProviderId == "T6" ? 2100m : 1000m + 20 * i)).ToList();
        var signals = OversightEngine.Run(Input(providers, orders)).Where(s => s.Kind == SignalKinds.TakstAbovePeers).ToList();
        var only = Assert.Single(signals);
        Assert.Equal("T6", only.ProviderId);
        Assert.Equal(6, only.Evidence.Rows.Count);
    }

    [Theory]
    [InlineData(62, false)] // 2 places × 31 days
    [InlineData(63, true)]  // one day beyond capacity
    public void Capacity_OneDayBeyondInAMonth(int days, bool flagged)
    {
        var invoices = new List<OversightInvoice> { Inv("I1", "B1", "A", null, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31), 31) };
        invoices.Add(Inv("I2", "B1", "B", null, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31), 31));
        if (days == 63)
        {
            invoices.Add(Inv("I3", "B1", "C", null, new DateOnly(2024, 1, 15), new DateOnly(2024, 1, 15), 1));
        }
        Assert.Equal(flagged, Kinds(Input([P("B1", capacity: 2)], invoices: invoices), "B1").Contains(SignalKinds.BillingOverCapacity));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)] // an invoice dated the day after death
    public void BillingAfterDeath_TheDayAfter(int daysAfterDeath, bool flagged)
    {
        var death = new DateOnly(2024, 5, 10);
        var invoices = new[] { Inv("I1", "B1", "A", null, new DateOnly(2024, 5, 1), death.AddDays(daysAfterDeath), 10 + daysAfterDeath) };
        var input = Input([P("B1")], invoices: invoices, deaths: new Dictionary<string, DateOnly> { ["A"] = death });
        Assert.Equal(flagged, Kinds(input, "B1").Contains(SignalKinds.BillingAfterDeath));
    }

    [Fact]
    public void BillingAfterOrderEnd_AndAboveOrder_AreSeparate()
    {
        var orders = new[] { Order("S1", "M1", "A", new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31), 500m, "SEL-85", "hour", 7m) };
        var afterEnd = new[] { Inv("I1", "M1", "A", "S1", new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29), 29, "hour", 500m) };
        Assert.Equal([SignalKinds.BillingAfterOrderEnd], Kinds(Input([P("M1", "mobilt_tilbud")], orders, afterEnd), "M1"));
        var above = new[] { Inv("I1", "M1", "A", "S1", new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31), 40, "hour", 500m) };
        Assert.Equal([SignalKinds.BillingAboveOrder], Kinds(Input([P("M1", "mobilt_tilbud")], orders, above), "M1"));
        var asOrdered = new[] { Inv("I1", "M1", "A", "S1", new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31), 31, "hour", 500m) };
        Assert.Empty(Kinds(Input([P("M1", "mobilt_tilbud")], orders, asOrdered), "M1"));
    }

    [Fact]
    public void OverlappingStays_TheLaterStayIsTheLead()
    {
        var orders = new[] { Order("S1", "B1", "A", new DateOnly(2024, 1, 1)), Order("S2", "B2", "A", new DateOnly(2024, 2, 10)) };
        var invoices = new[]
        {
            Inv("I1", "B1", "A", "S1", new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29), 29),
            Inv("I2", "B2", "A", "S2", new DateOnly(2024, 2, 10), new DateOnly(2024, 2, 29), 20),
        };
        var signals = OversightEngine.Run(Input([P("B1"), P("B2")], orders, invoices)).Where(s => s.Kind == SignalKinds.OverlappingStays).ToList();
        Assert.Equal("B2", Assert.Single(signals).ProviderId);
    }

    [Fact]
    public void OwnerLinkedThroughASecondCompany_ShowsThePath()
    {
        var providers = new[] { P("T1", owner: "C1", leader: "L1"), P("Q1", owner: "C2", leader: "L2", quarantined: true) };
        var links = new[] { new OversightLink("C1", "X", "owner"), new OversightLink("C2", "X", "board_member") };
        var signal = OversightEngine.Run(Input(providers, links: links)).Single(s => s.Kind == SignalKinds.SharedOwnerWithQuarantined);
        Assert.Equal("T1", signal.ProviderId);
        Assert.Equal(["T1", "C1", "X", "C2", "Q1"], signal.Evidence.Path);
    }

    [Fact]
    public void QuarantinedPerson_LinkedAsLeader()
    {
        var signal = OversightEngine.Run(Input([P("T1", leader: "L9")], quarantined: ["L9"])).Single();
        Assert.Equal(SignalKinds.SharedOwnerWithQuarantined, signal.Kind);
        Assert.Equal(["T1", "L9"], signal.Evidence.Path);
    }

    [Fact]
    public void FallingScores_ThreeAssessments_AndTheThemeSetChange()
    {
        static IEnumerable<OversightScore> Visit(string p, DateOnly d, int score, int themes) =>
            Enumerable.Range(0, themes).Select(t => new OversightScore(p, d, "t" + t, score));
        var falling = Visit("T1", new(2020, 3, 1), 4, 7).Concat(Visit("T1", new(2022, 3, 1), 3, 7)).Concat(Visit("T1", new(2025, 9, 1), 2, 5)).ToList();
        Assert.Contains(SignalKinds.FallingSupervisionScores, Kinds(Input([P("T1")], scores: falling), "T1"));
        var stable = Visit("T2", new(2020, 3, 1), 3, 7).Concat(Visit("T2", new(2022, 3, 1), 3, 7)).Concat(Visit("T2", new(2025, 9, 1), 3, 5)).ToList();
        Assert.Empty(Kinds(Input([P("T2")], scores: stable), "T2"));
    }

    [Fact]
    public void Fingerprint_ChangesWithTheEvidence_AndOnlyThen()
    {
        var death = new DateOnly(2024, 5, 10);
        OversightInput With(int days) => Input([P("B1")], invoices: [Inv("I1", "B1", "A", null, new DateOnly(2024, 5, 1), death.AddDays(days), 10 + days)],
            deaths: new Dictionary<string, DateOnly> { ["A"] = death });
        var a = OversightEngine.Run(With(3)).Single();
        var again = OversightEngine.Run(With(3)).Single();
        var changed = OversightEngine.Run(With(5)).Single();
        Assert.Equal(a.Fingerprint, again.Fingerprint);
        Assert.NotEqual(a.Fingerprint, changed.Fingerprint);
    }

    [Fact]
    public void PriceIndex_ParsesTheShippedFile_AndNamesABadLine()
    {
        Assert.Equal(100m, GeneratedInput.ShippedPriceIndex.Of(2024));
        var e = Assert.Throws<FormatException>(() => PriceIndex.Parse("year,index\n2024,100\n2024,101\n"));
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
    }
}
