using Mestring.TestSupport;
using Mestring.Web.Tests.Support;

namespace Mestring.Web.Tests.Administration;

/// <summary>Issue 11: demo data a person would believe — possible ages, and assessments by a named person rather than a role.</summary>
public class DemoRealismTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData(DemoUsers.Caseworker1)]
    [InlineData(DemoUsers.Caseworker2)]
    [InlineData("caseworker3")]
    public async Task EveryCitizenInACaseload_HasAPossibleAge(string caseworker)
    {
        using var api = await app.As(caseworker);
        var citizens = (await api.GetAsync("/api/v1/citizens")).Arr();
        Assert.NotEmpty(citizens);
        Assert.All(citizens, c => Assert.InRange(c!["age"]!.GetValue<int>(), 0, 105));
    }

    [Theory]
    [InlineData(DemoUsers.Caseworker1, "Mette Hansen")]
    [InlineData(DemoUsers.Caseworker2, "Jonas Kristensen")]
    public async Task HandMadeAssessments_NameTheCaseworker_NotTheRole(string caseworker, string name)
    {
        using var api = await app.As(caseworker);
        var citizens = (await api.GetAsync("/api/v1/citizens")).Arr().Where(c => c.Str("personId").StartsWith('D')).ToList();
        Assert.NotEmpty(citizens);
        foreach (var c in citizens)
        {
            foreach (var a in (await api.GetAsync($"/api/v1/citizens/{c.Str("id")}/assessments")).Arr())
            {
                Assert.Equal(name, a.Str("assessedBy"));
            }
        }
        Assert.Equal(name, (await api.GetAsync("/api/v1/auth/me")).Str("displayName"));
    }
}
