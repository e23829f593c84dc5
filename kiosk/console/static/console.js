// Draws the KPI page's charts from the JSON the server put in #chart-data (no inline scripts).
(function () {
  "use strict";
  var source = document.getElementById("chart-data");
  if (!source || typeof Chart === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  var palette = ["#0b6e79", "#f2a541", "#4aa3c7", "#8a97a3", "#2e8b57"];
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = "#5f6f7c";
  Chart.defaults.animation = false;

  var visits = document.getElementById("chart-visits");
  if (visits && data.visits) {
    new Chart(visits, {
      type: "line",
      data: { labels: data.visits.labels, datasets: [{
        data: data.visits.values, borderColor: palette[0], backgroundColor: "rgba(11,110,121,.12)",
        fill: true, pointRadius: 0, borderWidth: 2, tension: 0.25 }] },
      options: { plugins: { legend: { display: false } }, scales: {
        x: { ticks: { maxTicksLimit: 8 }, grid: { display: false } }, y: { beginAtZero: true } } }
    });
  }
  var people = document.getElementById("chart-people");
  if (people && data.people && data.people.series) {
    new Chart(people, {
      type: "bar",
      data: { labels: data.people.labels, datasets: data.people.series.map(function (s, i) {
        return { label: s.label, data: s.values, backgroundColor: palette[i % palette.length], borderRadius: 3 };
      }) },
      options: { plugins: { legend: { position: "bottom" } },
                 scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, beginAtZero: true } } }
    });
  }
}());
