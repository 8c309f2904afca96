using System.Net;
using System.Text.RegularExpressions;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Investments;

/// <summary>The investment pages render, evaluate, save and reopen a case; other roles are kept out.</summary>
public partial class InvestmentPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [Fact]
    public async Task Manager_PastesJson_Evaluates_Saves_AndReopensTheSavedCase()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var (status, list) = await GetAsync(manager, "/investering");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Investeringscases", list, StringComparison.Ordinal);

        var (_, form) = await GetAsync(manager, "/investering/json");
        var token = Token().Match(form).Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["CaseJson"] = InvestmentExamples.SpecExample,
            ["Draws"] = "500",
            ["Seed"] = "3",
        };
        var (evalStatus, result) = await PostFormAsync(manager, "/investering/json?handler=Evaluate", fields);
        Assert.Equal(HttpStatusCode.OK, evalStatus);
        Assert.Contains("inv-chart-flows", result, StringComparison.Ordinal);
        Assert.Contains("inv-chart-histogram", result, StringComparison.Ordinal);
        Assert.Contains("inv-chart-tornado", result, StringComparison.Ordinal);

        fields["__RequestVerificationToken"] = Token().Match(result).Groups[1].Value;
        fields["Name"] = "Sidetest";
        using var save = await manager.Client.PostAsync(new Uri("/investering/json?handler=Save", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var location = save.Headers.Location!.ToString();
        Assert.StartsWith("/investering/", location, StringComparison.Ordinal);
        var (savedStatus, saved) = await GetAsync(manager, location);
        Assert.Equal(HttpStatusCode.OK, savedStatus);
        Assert.Contains("Sidetest", saved, StringComparison.Ordinal);
        Assert.Contains("export.xlsx", saved, StringComparison.Ordinal);
        Assert.Contains("notice--ok", saved, StringComparison.Ordinal);

        var (_, invalid) = await PostFormAsync(manager, "/investering/json?handler=Evaluate", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["CaseJson"] = InvestmentExamples.Invalid,
            ["Draws"] = "0",
            ["Seed"] = "1",
        });
        Assert.Contains("$.participants", invalid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manager_BuildsACaseFromTheCatalogue_WithLocalAndCatalogueLabels()
    {
        using var manager = await app.As(DemoUsers.Manager1);
        var (status, form) = await GetAsync(manager, "/investering/ny?method=housing_first");
        Assert.Equal(HttpStatusCode.OK, status);
        var token = Token().Match(form).Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.MethodId"] = "housing_first",
            ["Form.Name"] = "Housing First fra kataloget",
            ["Form.Participants"] = "30",
            ["Form.SuccessRatePercent"] = "70",
            ["Form.DeadweightPercent"] = "10",
            ["Form.HorizonYears"] = "10",
            ["Form.DiscountRatePercent"] = "3",
            ["Form.PriceYear"] = "2025",
            ["Form.Costs[0].Holder"] = "kommune.social",
            ["Form.Costs[0].FromYear"] = "0",
            ["Form.Costs[0].ToYear"] = "1",
            ["Form.Costs[0].PerParticipant"] = "60000",
            ["Form.Outcomes[0].Id"] = "herberg_nat",
            ["Form.Outcomes[0].Include"] = "true",
            ["Form.Outcomes[0].Baseline"] = "100",
            ["Form.Outcomes[1].Id"] = "skadestue_besoeg",
            ["Form.Outcomes[1].Include"] = "true",
            ["Form.Outcomes[1].Baseline"] = "2",
            ["Form.Outcomes[1].LocalChangePercent"] = "-30",
            ["Form.Outcomes[1].LocalSePercent"] = "10",
            ["Form.Outcomes[1].LocalSource"] = "Egen evaluering 2025",
            ["Form.LegalBasis"] = "SEL-110",
            ["Form.YearsBefore"] = "2",
            ["Form.Draws"] = "300",
            ["Form.Seed"] = "1",
        };
        var (evalStatus, result) = await PostFormAsync(manager, "/investering/ny?handler=Evaluate", fields);
        Assert.Equal(HttpStatusCode.OK, evalStatus);
        Assert.Contains("inv-chart-flows", result, StringComparison.Ordinal);
        Assert.Contains("data-provenance=\"catalogue-default\">katalog (standard)<", result, StringComparison.Ordinal);
        Assert.Contains("data-provenance=\"local-entered\">lokal (indtastet)<", result, StringComparison.Ordinal);
        Assert.Contains("Egen evaluering 2025", result, StringComparison.Ordinal);

        var (baseStatus, _) = await PostFormAsync(manager, "/investering/ny?handler=Baselines", fields);
        Assert.Equal(HttpStatusCode.OK, baseStatus);
    }

    [Fact]
    public async Task Builder_WithoutLocalEstimatesForTheUser_SaysSo_AndStillBuildsFromTheCatalogue()
    {
        // A caseworker may build cases but not read the municipality's evaluation; before the evaluation endpoint
        // exists nobody has local estimates. Either way the picker degrades to a note.
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var (status, form) = await GetAsync(caseworker, "/investering/ny?method=housing_first");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-local-estimates=\"none\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain(".LocalEstimateKey\"", form, StringComparison.Ordinal);
        Assert.True(form.Contains("Ingen lokale estimater endnu", StringComparison.Ordinal) || form.Contains("kan kun ses af ledere", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DemoUsers.Citizen1)]
    [InlineData(DemoUsers.Provider1)]
    public async Task OtherRoles_AreKeptOut(string user)
    {
        using var api = await app.As(user);
        var (status, _) = await GetAsync(api, "/investering");
        Assert.NotEqual(HttpStatusCode.OK, status);
    }

    private static async Task<(HttpStatusCode Status, string Text)> GetAsync(Support.Api api, string url)
    {
        using var response = await api.Client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<(HttpStatusCode Status, string Text)> PostFormAsync(Support.Api api, string url, Dictionary<string, string> fields)
    {
        using var response = await api.Client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
