// The world map: countries shaded by their events, places drawn as circles sized by their events.
// Shapes: Natural Earth via world-atlas, served by the app; no tiles.
import { api } from "./api.js";

const PAGE = 1000; // events (or places) asked for at most
const svg = d3.select("#map");
const note = document.getElementById("map-note");
const width = 960, height = 500;
const projection = d3.geoNaturalEarth1().fitExtent([[5, 5], [width - 5, height - 5]], { type: "Sphere" });
const path = d3.geoPath(projection);

let shapes = null; // {countries, numbers}: loaded at the first drawing

async function loadShapes() {
  if (!shapes) {
    const [world, numbers] = await Promise.all([
      fetch("/static/vendor/countries-110m.json").then((response) => response.json()),
      fetch("/static/data/country-numbers.json").then((response) => response.json()),
    ]);
    shapes = { countries: topojson.feature(world, world.objects.countries).features, numbers };
  }
  return shapes;
}

// Places with their event counts: all stored places without filters, else the places of the
// first PAGE filtered events.
async function placeCounts(filters) {
  if (!Object.keys(filters).length) {
    const places = await api.places(PAGE);
    return { places, note: `${places.length} places with events` };
  }
  const page = await api.events({ ...filters, limit: PAGE });
  const byId = new Map();
  for (const event of page.items) {
    if (!event.place) continue;
    const place = byId.get(event.place.id) || { ...event.place, events: 0 };
    place.events += 1;
    byId.set(place.id, place);
  }
  const shown = page.total > page.items.length ? `the first ${page.items.length} of ${page.total}` : `all ${page.total}`;
  return { places: [...byId.values()], note: `places of ${shown} filtered events` };
}

function draw({ countries, numbers }, places) {
  const byCountry = new Map();
  for (const place of places) {
    const number = numbers[place.country];
    if (number) byCountry.set(number, (byCountry.get(number) || 0) + place.events);
  }
  const most = d3.max(byCountry.values()) || 1;
  const shade = d3.scaleSequentialSqrt([0, most], d3.interpolateOranges);
  svg.attr("viewBox", `0 0 ${width} ${height}`).selectAll("*").remove();
  svg.append("path").attr("d", path({ type: "Sphere" })).attr("class", "sphere");
  svg.append("g").selectAll("path").data(countries).join("path")
    .attr("class", "country").attr("d", path)
    .attr("fill", (country) => (byCountry.get(country.id) ? shade(byCountry.get(country.id)) : "#eef0f2"))
    .append("title").text((country) => `${country.properties.name}: ${byCountry.get(country.id) || 0} events`);
  const located = places.filter((place) => place.lat !== null && place.lon !== null && place.lat !== undefined);
  const radius = d3.scaleSqrt([0, d3.max(located, (place) => place.events) || 1], [2, 14]);
  svg.append("g").selectAll("circle").data(located).join("circle")
    .attr("class", "place")
    .attr("cx", (place) => projection([place.lon, place.lat])[0])
    .attr("cy", (place) => projection([place.lon, place.lat])[1])
    .attr("r", (place) => radius(place.events))
    .append("title").text((place) => `${place.name}${place.country ? `, ${place.country}` : ""}: ${place.events} events`);
}

export function worldMap({ onError }) {
  return {
    async show(filters) {
      try {
        const [loaded, counts] = await Promise.all([loadShapes(), placeCounts(filters)]);
        draw(loaded, counts.places);
        note.textContent = `Countries shaded and places sized by their events (${counts.note}); events with no known place are not shown.`;
      } catch (error) {
        onError(error);
      }
    },
  };
}
