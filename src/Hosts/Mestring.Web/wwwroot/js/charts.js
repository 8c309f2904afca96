// Renders the charts whose data sits in <script type="application/json"> islands (the CSP forbids inline
// script). Every chart has the same numbers in a table next to it, so this is an enhancement only.
(function () {
    "use strict";
    var ink = "#1b1d21", grid = "#e2e6eb", brand = "#143d6b", accent = "#b35900", ok = "#1d6b38";

    function read(id) {
        var node = document.getElementById(id);
        return node ? JSON.parse(node.textContent) : null;
    }

    function progress(data) {
        return {
            type: "line",
            data: {
                labels: data.labels,
                datasets: [
                    { label: data.levelLabel, data: data.levels, yAxisID: "level", borderColor: brand, backgroundColor: brand,
                      borderWidth: 3, pointRadius: 5, pointStyle: "circle", spanGaps: true, tension: 0 },
                    { label: data.targetLabel, data: data.labels.map(function () { return data.target; }), yAxisID: "level",
                      borderColor: ok, borderDash: [6, 4], borderWidth: 2, pointRadius: 0 },
                    { label: data.ratingLabel, data: data.ratings, yAxisID: "rating", borderColor: accent, backgroundColor: accent,
                      borderWidth: 3, pointRadius: 5, pointStyle: "rectRot", spanGaps: true, tension: 0 }
                ]
            },
            options: {
                maintainAspectRatio: false,
                animation: false,
                interaction: { mode: "index", intersect: false },
                plugins: { legend: { labels: { color: ink, usePointStyle: true } } },
                scales: {
                    x: { ticks: { color: ink }, grid: { color: grid } },
                    // Lower function level is better: the axis is reversed so that "up" means progress.
                    level: { position: "left", reverse: true, min: 0, max: 4, ticks: { stepSize: 1, color: ink,
                             callback: function (v) { return v + " " + (data.levelNames[v] || ""); } },
                             grid: { color: grid }, title: { display: true, text: data.levelLabel, color: ink } },
                    rating: { position: "right", min: 1, max: 10, ticks: { stepSize: 1, color: ink }, grid: { drawOnChartArea: false },
                              title: { display: true, text: data.ratingLabel, color: ink } }
                }
            }
        };
    }

    function bar(data) {
        var sets = [{ label: data.seriesLabel, data: data.values, backgroundColor: brand, yAxisID: "y" }];
        var scales = { x: { ticks: { color: ink }, grid: { display: false } }, y: { beginAtZero: true, ticks: { color: ink, precision: 0 }, grid: { color: grid },
                       title: { display: true, text: data.seriesLabel, color: ink } } };
        if (data.values2) {
            sets.push({ label: data.series2Label, data: data.values2, backgroundColor: accent, yAxisID: "y2" });
            scales.y2 = { position: "right", beginAtZero: true, ticks: { color: ink }, grid: { drawOnChartArea: false },
                          title: { display: true, text: data.series2Label, color: ink } };
        }
        return { type: "bar", data: { labels: data.labels, datasets: sets },
                 options: { maintainAspectRatio: false, animation: false, plugins: { legend: { labels: { color: ink } } }, scales: scales } };
    }

    document.addEventListener("DOMContentLoaded", function () {
        if (typeof Chart === "undefined") {
            return;
        }
        Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
        Chart.defaults.font.size = 14;
        document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
            var data = read(canvas.getAttribute("data-chart"));
            if (!data) {
                return;
            }
            new Chart(canvas, data.kind === "progress" ? progress(data) : bar(data));
        });
    });
})();
