using Mestring.TestSupport;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>Steps the tests share.</summary>
internal static class Pages
{
    /// <summary>Logs in through the Danish login form, as a person would.</summary>
    public static async Task LoginAsync(IPage page, string userName, string password = DemoUsers.Password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("Brugernavn").FillAsync(userName);
        await page.GetByLabel("Adgangskode").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/login"));
    }
}
