// Evidence charts (forest plot and funnel plot) from <script type="application/json"> islands; the CSP forbids
// inline script. Every chart has the same numbers in a table next to it, so this is an enhancement only.
(function () {
    "use strict";
    var ink = "#1b1d21", grid = "#e2e6eb", brand = "#143d6b", accent = "#b35900", bad = "#a4161a";

    function read(id) {
        var node = document.getElementById(id);
        return node ? JSON.parse(node.textContent) : null;
    }

    // Horizontal intervals (floating bars) with the estimate as a point; a line at 0.
    function forest(d) {
        return {
            type: "bar",
            data: {
                labels: d.labels,
                datasets: [
                    { type: "scatter", label: d.estimateLabel, data: d.estimates.map(function (v, i) { return { x: v, y: d.labels[i] }; }),
                      backgroundColor: accent, borderColor: accent, pointRadius: 6, pointStyle: "rectRot" },
                    { label: d.intervalLabel, data: d.low.map(function (v, i) { return [v, d.high[i]]; }), backgroundColor: brand,
                      barThickness: 6 }
                ]
            },
            options: {
                indexAxis: "y", maintainAspectRatio: false, animation: false,
                plugins: { legend: { labels: { color: ink } } },
                scales: {
                    x: { ticks: { color: ink }, grid: { color: function (c) { return c.tick && c.tick.value === 0 ? ink : grid; } },
                         title: { display: true, text: d.axisLabel, color: ink } },
                    y: { type: "category", ticks: { color: ink }, grid: { display: false } }
                }
            }
        };
    }

    function funnel(d) {
        function line(points, key, label, color, dash) {
            return { type: "line", label: label, data: points.map(function (p) { return { x: p.x, y: p[key] }; }), borderColor: color,
                     borderDash: dash, borderWidth: 1.5, pointRadius: 0, fill: false };
        }
        return {
            type: "scatter",
            data: {
                datasets: [
                    { label: d.pointsLabel, data: d.points, backgroundColor: brand, pointRadius: 5 },
                    { label: d.flaggedLabel, data: d.flagged, backgroundColor: bad, pointRadius: 7, pointStyle: "triangle" },
                    line(d.band95, "lo", d.band95Label, accent, [6, 4]),
                    line(d.band95, "hi", d.band95Label, accent, [6, 4]),
                    line(d.band998, "lo", d.band998Label, ink, [2, 3]),
                    line(d.band998, "hi", d.band998Label, ink, [2, 3])
                ]
            },
            options: {
                maintainAspectRatio: false, animation: false,
                plugins: {
                    legend: { labels: { color: ink, filter: function (item, data) {
                        // one legend entry per band
                        return data.datasets.findIndex(function (s) { return s.label === item.text; }) === item.datasetIndex;
                    } } },
                    tooltip: { callbacks: { label: function (c) { return (c.raw.id || "") + " n=" + c.raw.x + ": " + Number(c.raw.y).toFixed(3); } } }
                },
                scales: {
                    x: { type: "linear", ticks: { color: ink }, grid: { color: grid }, title: { display: true, text: d.xLabel, color: ink } },
                    y: { ticks: { color: ink }, grid: { color: grid }, title: { display: true, text: d.yLabel, color: ink } }
                }
            }
        };
    }

    document.addEventListener("DOMContentLoaded", function () {
        if (typeof Chart === "undefined") {
            return;
        }
        Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
        Chart.defaults.font.size = 14;
        document.querySelectorAll("canvas[data-evidence-chart]").forEach(function (canvas) {
            var data = read(canvas.getAttribute("data-evidence-chart"));
            if (!data) {
                return;
            }
            new Chart(canvas, data.kind === "funnel" ? funnel(data) : forest(data));
        });
    });
})();
