using Mestring.Application.Evidence;
using Mestring.Application.Investments;
using System.Net;
using Mestring.Data.Database;
using Mestring.Data.Identity;
using Mestring.Domain.Organisation;
using Mestring.TestSupport;
using Mestring.Web.Features.Investments;
using Mestring.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Web.Tests.Investments;

/// <summary>
/// End to end with the real evaluation: on a seeded municipality (the use case behind <c>mestring seed</c>), a manager's case builder
/// offers the rows of GET /api/v1/evidence/methods and takes one into a case as absoluteChange with its se,
/// and the saved case records the method, n, verdict and computedAt of that row.
/// </summary>
public sealed class SeededLocalEstimateTests
{
    private const string Code = "996";
    private const string ManagerName = "seeded-investment-manager";
    private const string BuilderForm = "<form method=\"post\" class=\"form form--wide\"";

    [Fact]
    public async Task ALocalEstimateFromASeededMunicipality_IsTakenIntoACase()
    {
        await using var database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        await SeededMunicipality.LoadAsync(database.ConnectionString, inhabitants: 5000, years: 6, seed: 3, Code);
        await using var factory = new MestringWebFactory(database);
        _ = factory.Server;
        await CreateManagerAsync(factory);
        using var manager = await Support.Api.LoginAsync(factory, ManagerName);

        // The municipality's own evaluation, as the API gives it; the builder reads the same contract in-process.
        using var evidenceResponse = await manager.Client.GetAsync(new Uri(EvidenceQueriesSource.Path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, evidenceResponse.StatusCode);
        var rows = LocalEstimateJson.Parse(await evidenceResponse.Content.ReadAsByteArrayAsync());
        var chosen = rows.Where(r => r.CatalogueOutcome is not null && r.Se is > 0 && r.N is > 0).OrderByDescending(r => r.N).FirstOrDefault();
        Assert.True(chosen is not null, "the seeded municipality's evaluation has no row with a catalogue outcome and an SE: " + rows.Count + " rows");

        using var get = await manager.Client.GetAsync(new Uri("/investering/ny", UriKind.Relative));
        var html = await get.Content.ReadAsStringAsync();
        Assert.Contains(chosen.Key, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        var fields = HtmlForm.Fields(html, BuilderForm);
        var row = RowOf(fields, chosen.CatalogueOutcome!);
        var include = fields.FindIndex(f => f.Key == $"Form.Outcomes[{row}].Include");
        fields.Insert(include, new($"Form.Outcomes[{row}].Include", "true")); // tick the box (before its hidden "false")
        HtmlForm.Set(fields, $"Form.Outcomes[{row}].Baseline", "10");
        HtmlForm.Set(fields, $"Form.Outcomes[{row}].LocalEstimateKey", chosen.Key);
        HtmlForm.Set(fields, "Form.Costs[0].PerParticipant", "20000");
        HtmlForm.Set(fields, "Form.Draws", "100");
        foreach (var empty in fields.Where(f => f.Key.EndsWith(".Baseline", StringComparison.Ordinal) && f.Value.Length == 0).Select(f => f.Key).ToList())
        {
            HtmlForm.Set(fields, empty, "1");
        }
        using var evaluate = await manager.Client.PostAsync(new Uri("/investering/ny?handler=Evaluate", UriKind.Relative), new FormUrlEncodedContent(fields));
        var result = await evaluate.Content.ReadAsStringAsync();
        Assert.DoesNotContain("error-summary", result, StringComparison.Ordinal);
        Assert.Contains("data-provenance=\"local-evaluation\"", result, StringComparison.Ordinal);

        var save = HtmlForm.Fields(result, "action=\"/investering/json?handler=Save\"");
        using var saved = await manager.Client.PostAsync(new Uri("/investering/json?handler=Save", UriKind.Relative), new FormUrlEncodedContent(save));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.ToString().Split('/')[^1];
        var stored = await manager.GetAsync($"/api/v1/investment-cases/{id}");
        var effect = stored["case"]!["effects"]!.AsArray().Single(e => e!["outcome"]!.GetValue<string>() == chosen.CatalogueOutcome)!;
        Assert.Equal(chosen.Estimate, effect["absoluteChange"]!.GetValue<double>());
        Assert.Equal(chosen.Se, effect["se"]!.GetValue<double>());
        var provenance = effect["provenance"]!;
        Assert.Equal("local-evaluation", provenance.Str("kind"));
        Assert.Equal(chosen.Method, provenance.Str("method"));
        Assert.Equal(chosen.N, provenance["n"]!.GetValue<int>());
        Assert.Equal(chosen.Verdict, provenance.Str("verdict"));
        Assert.Equal(chosen.ComputedAt, provenance.Str("computedAt"));
        Assert.Contains(stored["provenance"].Arr("figures"), f => f.Str("kind") == "local-evaluation" && f!["local"]!.GetValue<bool>());
    }

    private static async Task CreateManagerAsync(MestringWebFactory factory)
    {
        Guid municipality;
        await using (var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(factory.ConnectionString)))
        {
            municipality = await db.Municipalities.Where(m => m.Code == Code).Select(m => m.Id).SingleAsync();
        }
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var created = await users.CreateAsync(new AppUser { UserName = ManagerName, DisplayName = "Leder, seedet kommune", Role = Roles.Manager, MunicipalityId = municipality }, DemoUsers.Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
    }

    private static int RowOf(List<KeyValuePair<string, string>> fields, string outcomeId)
    {
        var name = fields.First(f => f.Key.StartsWith("Form.Outcomes[", StringComparison.Ordinal) && f.Key.EndsWith(".Id", StringComparison.Ordinal) && f.Value == outcomeId).Key;
        return int.Parse(name["Form.Outcomes[".Length..name.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }

}
