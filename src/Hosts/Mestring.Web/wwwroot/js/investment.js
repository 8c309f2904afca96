// Charts of the investment-case pages. The data sits in <script type="application/json"> islands (the CSP
// forbids inline script); every chart has the same numbers in a table next to it, so this is an enhancement.
(function () {
    "use strict";
    var ink = "#1b1d21", grid = "#e2e6eb", bad = "#a32117", ok = "#1d6b38", accent = "#b35900";
    var palette = ["#143d6b", "#b35900", "#1d6b38", "#6b2d8f", "#00707a", "#7d5a00"];

    function read(id) {
        var node = document.getElementById(id);
        return node ? JSON.parse(node.textContent) : null;
    }

    function kroner(value) {
        return new Intl.NumberFormat(document.documentElement.lang || "da", { maximumFractionDigits: 0 }).format(value);
    }

    function moneyAxis(label) {
        return { ticks: { color: ink, callback: function (v) { return kroner(v); } }, grid: { color: grid },
                 title: { display: true, text: label, color: ink } };
    }

    function flows(data) {
        var sets = data.series.map(function (s, i) {
            return { type: "bar", label: s.label, data: s.values, backgroundColor: palette[i % palette.length], stack: "net" };
        });
        sets.push({ type: "line", label: data.lineLabel, data: data.line, borderColor: ink, backgroundColor: ink,
                    borderWidth: 2, pointRadius: 3, tension: 0 });
        return { data: { labels: data.labels, datasets: sets },
                 options: { maintainAspectRatio: false, animation: false, interaction: { mode: "index", intersect: false },
                            plugins: { legend: { labels: { color: ink } } },
                            scales: { x: { stacked: true, ticks: { color: ink }, grid: { display: false } }, y: Object.assign(moneyAxis(data.axisLabel), { stacked: true }) } } };
    }

    function histogram(data) {
        return { type: "bar",
                 data: { labels: data.labels, datasets: [{ label: data.seriesLabel, data: data.values,
                         backgroundColor: data.positive.map(function (p) { return p ? ok : bad; }), categoryPercentage: 1, barPercentage: 1 }] },
                 options: { maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } },
                            scales: { x: { ticks: { color: ink, maxRotation: 60 }, grid: { display: false }, title: { display: true, text: data.axisLabel, color: ink } },
                                      y: { beginAtZero: true, ticks: { color: ink, precision: 0 }, grid: { color: grid }, title: { display: true, text: data.seriesLabel, color: ink } } } } };
    }

    function tornado(data) {
        return { type: "bar",
                 data: { labels: data.labels, datasets: [
                     { label: data.lowLabel, data: data.low, backgroundColor: accent, grouped: false },
                     { label: data.highLabel, data: data.high, backgroundColor: palette[0], grouped: false }] },
                 options: { indexAxis: "y", maintainAspectRatio: false, animation: false,
                            plugins: { legend: { labels: { color: ink } } },
                            scales: { x: moneyAxis(data.axisLabel), y: { ticks: { color: ink }, grid: { display: false } } } } };
    }

    document.addEventListener("DOMContentLoaded", function () {
        if (typeof Chart === "undefined") {
            return;
        }
        Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
        Chart.defaults.font.size = 14;
        document.querySelectorAll("canvas[data-investment-chart]").forEach(function (canvas) {
            var data = read(canvas.getAttribute("data-investment-chart"));
            if (!data) {
                return;
            }
            var config = data.kind === "flows" ? flows(data) : data.kind === "histogram" ? histogram(data) : tornado(data);
            new Chart(canvas, config);
        });
    });
})();
