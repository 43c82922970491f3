// The event table: one page of events at a time; a row opens its event's article view.
import { api } from "./api.js";

const rows = document.getElementById("event-rows");
const info = document.getElementById("page-info");
const previous = document.getElementById("page-prev");
const next = document.getElementById("page-next");
const sort = document.getElementById("sort");
const pageSize = document.getElementById("page-size");

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text ?? "";
  if (className) td.className = className;
  return td;
}

function actorNames(actors) {
  return actors.map((actor) => actor.name).join(", ") || "–";
}

function row(event, onOpen) {
  const tr = document.createElement("tr");
  tr.tabIndex = 0;
  tr.dataset.eventId = event.event_id;
  tr.setAttribute("aria-label", `${event.date || "undated"}: ${actorNames(event.sources)} ${event.plover || event.cameo} ${actorNames(event.targets)}; open its article`);
  tr.append(
    cell(event.date || "–"),
    cell(actorNames(event.sources)),
    cell(`${event.cameo} ${event.plover || ""} “${event.trigger}”`),
    cell(actorNames(event.targets)),
    cell(event.place?.name || "–"),
    cell(event.certainty),
    cell(event.goldstein, "number"),
    cell(event.sentence, "sentence"),
  );
  tr.classList.add(`quad-${event.quad_class}`);
  tr.addEventListener("click", () => onOpen(event));
  tr.addEventListener("keydown", (key) => {
    if (key.key === "Enter" || key.key === " ") {
      key.preventDefault();
      onOpen(event);
    }
  });
  return tr;
}

export function eventTable({ onOpen, onError }) {
  let filters = {};
  let offset = 0;
  let total = 0;

  async function load() {
    const limit = Number(pageSize.value);
    try {
      const page = await api.events({ ...filters, sort: sort.value, limit, offset });
      total = page.total;
      rows.replaceChildren(...page.items.map((event) => row(event, onOpen)));
      info.textContent = total ? `${offset + 1}–${offset + page.items.length} of ${total}` : "no events";
      previous.disabled = offset === 0;
      next.disabled = offset + limit >= total;
    } catch (error) {
      onError(error);
    }
  }

  previous.addEventListener("click", () => { offset = Math.max(0, offset - Number(pageSize.value)); load(); });
  next.addEventListener("click", () => { offset += Number(pageSize.value); load(); });
  sort.addEventListener("change", () => { offset = 0; load(); });
  pageSize.addEventListener("change", () => { offset = 0; load(); });

  return {
    show(newFilters) {
      filters = newFilters;
      offset = 0;
      return load();
    },
  };
}
