// The timeline: events per period, stacked by QuadClass.
import { api } from "./api.js";

const QUADS = [1, 2, 3, 4];
const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const QUAD_COLOURS = { 1: "#6baed6", 2: "#2171b5", 3: "#fd8d3c", 4: "#cb181d" };

const INTERVALS = { day: d3.utcDay, week: d3.utcMonday, month: d3.utcMonth };
const LABELS = { day: d3.utcFormat("%Y-%m-%d"), week: d3.utcFormat("%Y-%m-%d"), month: d3.utcFormat("%Y-%m") };
const periodKey = d3.utcFormat("%Y-%m-%d");
const svg = d3.select("#timeline");
const by = document.getElementById("timeline-by");

function drawLegend() {
  const legend = d3.select("#timeline-legend");
  legend.selectAll("*").remove();
  for (const quad of QUADS) {
    const item = legend.append("span").attr("class", "legend-item");
    item.append("span").attr("class", "swatch").style("background", QUAD_COLOURS[quad]);
    item.append("span").text(`${quad} ${QUAD_NAMES[quad]}`);
  }
}

// Every period from the first to the last, those without events too, so that gaps show.
function allPeriods(counts, by) {
  const given = new Set(counts.map((count) => String(count.period)));
  const dates = [...given].map((period) => new Date(`${period}T00:00:00Z`)).filter((date) => !Number.isNaN(date.getTime()));
  if (dates.length) {
    const interval = INTERVALS[by];
    for (const date of interval.range(interval.floor(d3.min(dates)), interval.offset(d3.max(dates), 1))) given.add(periodKey(date));
  }
  return [...given].sort();
}

function draw(counts, by) {
  const periods = allPeriods(counts, by);
  const table = periods.map((period) => ({ period, 1: 0, 2: 0, 3: 0, 4: 0 }));
  const index = new Map(periods.map((period, i) => [period, i]));
  for (const count of counts) {
    const quad = Number(count.group);
    if (!QUADS.includes(quad)) continue;
    const row = table[index.get(String(count.period))];
    row[quad] += count.events;
    row[`goldstein${quad}`] = count.goldstein_mean;
  }
  const width = 960, height = 360, margin = { top: 10, right: 10, bottom: 60, left: 50 };
  svg.attr("viewBox", `0 0 ${width} ${height}`).selectAll("*").remove();
  const x = d3.scaleBand(periods, [margin.left, width - margin.right]).padding(0.15);
  const stacked = d3.stack().keys(QUADS)(table);
  const y = d3.scaleLinear([0, d3.max(stacked.at(-1) || [], (d) => d[1]) || 1], [height - margin.bottom, margin.top]).nice();
  svg.append("g").selectAll("g").data(stacked).join("g")
    .attr("fill", (series) => QUAD_COLOURS[series.key])
    .selectAll("rect").data((series) => series.map((d) => ({ d, quad: series.key }))).join("rect")
    .attr("x", ({ d }) => x(d.data.period)).attr("width", x.bandwidth())
    .attr("y", ({ d }) => y(d[1])).attr("height", ({ d }) => y(d[0]) - y(d[1]))
    .append("title").text(({ d, quad }) => `${d.data.period}, QuadClass ${quad}: ${d.data[quad]} events, mean Goldstein ${d3.format(".1f")(d.data[`goldstein${quad}`] ?? 0)}`);
  const ticks = periods.filter((_, i) => i % Math.ceil(periods.length / 24) === 0);
  const label = (period) => {
    const date = new Date(`${period}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? period : LABELS[by](date);
  };
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).tickValues(ticks).tickFormat(label))
    .selectAll("text").attr("transform", "rotate(-40)").style("text-anchor", "end");
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(6));
}

export function timeline({ onError }) {
  let filters = {};
  drawLegend();
  async function load() {
    try {
      draw(await api.counts({ ...filters, by: by.value, group: "quad_class" }), by.value);
    } catch (error) {
      onError(error);
    }
  }
  by.addEventListener("change", load);
  return {
    show(newFilters) {
      filters = newFilters;
      return load();
    },
  };
}
