using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Mestring.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Mestring.Browser.Tests;

/// <summary>
/// Every page reachable from the menu, as every role, in Danish and English, at 1366 px and 390 px: no server error, no
/// horizontal scrolling, no raw codes on the page (snake_case keys, <c>kommune.</c>-style keys, ISO timestamps,
/// English units on Danish pages), and axe-core's WCAG 2.1 AA rules with no serious or critical violation.
/// </summary>
public sealed partial class MenuCrawlTests(BrowserFixture app, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Users = [DemoUsers.Caseworker1, DemoUsers.Provider1, DemoUsers.Citizen1, DemoUsers.Manager1, DemoUsers.Admin, "auditor1"];
    private static readonly (string Locale, string Lang)[] Languages = [("da-DK", "da"), ("en-GB", "en")];
    private static readonly int[] Widths = [1366, 390];

    [GeneratedRegex(@"\b[a-z]+_[a-z_]+\b")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"\b(kommune|region|stat)\.[a-z]")]
    private static partial Regex DottedKey();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex IsoTimestamp();

    [GeneratedRegex(@"\b(hour|hours|night|nights|day|days)\b")]
    private static partial Regex EnglishUnit();

    [BrowserFact]
    public async Task EveryMenuPage_AsEveryRole_InBothLanguages_AtDesktopAndPhoneWidth_IsCleanAndAccessible()
    {
        var failures = new List<string>();
        var visits = 0;
        var pagesPerRole = new Dictionary<string, int>(StringComparer.Ordinal);
        var axeCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var user in Users)
        {
            foreach (var (locale, lang) in Languages)
            {
                foreach (var width in Widths)
                {
                    var page = await app.NewPageAsAsync(user, locale: locale);
                    await page.SetViewportSizeAsync(width, 900);
                    await page.GotoAsync("/");
                    var links = await page.Locator("header nav a[href^='/']").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
                    var paths = new[] { "/" }.Concat(links.Where(l => !l.StartsWith("/sprog", StringComparison.Ordinal) && !l.StartsWith("/logout", StringComparison.Ordinal))).Distinct().ToList();
                    pagesPerRole[user] = paths.Count;
                    foreach (var path in paths)
                    {
                        visits++;
                        var where = $"{user} {lang} {width}px {path}";
                        var response = await page.GotoAsync(path);
                        if (response is null || response.Status >= 500)
                        {
                            failures.Add($"{where}: status {response?.Status}");
                            continue;
                        }
                        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                        if (overflow > 1)
                        {
                            failures.Add($"{where}: scrolls horizontally by {overflow} px");
                        }
                        var text = await page.Locator("main").InnerTextAsync();
                        foreach (var (name, pattern) in new[] { ("snake_case", SnakeCase()), ("dotted key", DottedKey()), ("ISO time", IsoTimestamp()) }
                            .Concat(lang == "da" ? [("English unit", EnglishUnit())] : []))
                        {
                            if (pattern.Match(text) is { Success: true } m)
                            {
                                failures.Add($"{where}: {name} '{m.Value}'");
                            }
                        }
                        var axe = await page.RunAxe(new AxeRunOptions
                        {
                            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
                        });
                        foreach (var v in axe.Violations.Where(v => v.Impact is "serious" or "critical"))
                        {
                            axeCounts[v.Id] = axeCounts.GetValueOrDefault(v.Id) + 1;
                            failures.Add($"{where}: axe {v.Impact} {v.Id} ({v.Nodes.Length}× e.g. {v.Nodes.FirstOrDefault()?.Target})");
                        }
                    }
                    await page.Context.CloseAsync();
                }
            }
        }
        output.WriteLine($"Crawled {visits} page loads: {string.Join(", ", pagesPerRole.Select(p => $"{p.Key} {p.Value} pages"))} × {Languages.Length} languages × {Widths.Length} widths.");
        output.WriteLine($"Serious/critical axe violations by rule: {(axeCounts.Count == 0 ? "none" : string.Join(", ", axeCounts.Select(a => $"{a.Key} {a.Value}")))}");
        Assert.True(failures.Count == 0, $"{failures.Count} problems in {visits} page loads:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }
}
