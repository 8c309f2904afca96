using System.Text.Json;
using Microsoft.Playwright;

namespace Mestring.Browser.Tests;

/// <summary>One Tab stop: the link text (for a link), whether it is a disclosure's summary, and the index of the scrolling table area it sits in (-1 for none).</summary>
internal sealed record TabStop(string? Link, bool Summary, int TableWrap);

/// <summary>Walks a page with the Tab key, as a keyboard user does, and finds the table areas that scroll sideways.</summary>
internal static class KeyboardWalk
{
    /// <summary>The indices (among all .table-wrap) of the visible table areas that are wider than the screen and scroll.</summary>
    public static Task<int[]> ScrollingTablesAsync(IPage page) => page.EvaluateAsync<int[]>(
        "() => [...document.querySelectorAll('.table-wrap')].map((w, i) => w.checkVisibility() && w.scrollWidth > w.clientWidth ? i : -1).filter(i => i >= 0)");

    /// <summary>Presses Tab from the top of a freshly loaded page until focus leaves the page or wraps round; returns every stop.</summary>
    public static async Task<List<TabStop>> TabThroughAsync(IPage page)
    {
        var stops = new List<TabStop>();
        var previous = -1;
        for (var i = 0; i < 150; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var json = await page.EvaluateAsync<string?>("""
                () => {
                    const a = document.activeElement;
                    if (!a || a === document.body) return null;
                    const wrap = a.closest('.table-wrap');
                    return JSON.stringify({
                        position: [...document.querySelectorAll('*')].indexOf(a),
                        link: a.tagName === 'A' ? a.innerText.trim() : null,
                        summary: a.tagName === 'SUMMARY',
                        tableWrap: wrap ? [...document.querySelectorAll('.table-wrap')].indexOf(wrap) : -1
                    });
                }
                """);
            if (json is null)
            {
                break;
            }
            var stop = JsonSerializer.Deserialize<JsonElement>(json);
            var position = stop.GetProperty("position").GetInt32();
            if (position <= previous)
            {
                break;
            }
            previous = position;
            stops.Add(new TabStop(stop.GetProperty("link").GetString(), stop.GetProperty("summary").GetBoolean(), stop.GetProperty("tableWrap").GetInt32()));
        }
        return stops;
    }
}
