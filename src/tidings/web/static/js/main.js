// The page: tabs, the shared filters, and the views they drive.
import { api, setToken, token } from "./api.js";
import { renderArticle } from "./article.js";
import { filterParams, onFiltersChange, setFilter, suggestActors } from "./filters.js";
import { actorNetwork } from "./network.js";
import { eventTable } from "./table.js";
import { timeline } from "./timeline.js";
import { worldMap } from "./map.js";

const message = document.getElementById("message");
const tabs = [...document.querySelectorAll('[role="tab"]')];

function showError(error) {
  message.textContent = error.status === 401 ? `${error.message} (enter the API token above)` : String(error.message || error);
  message.classList.add("error");
}

function clearError() {
  message.textContent = "";
  message.classList.remove("error");
}

const views = {
  events: eventTable({ onOpen: openEvent, onError: showError }),
  timeline: timeline({ onError: showError }),
  map: worldMap({ onError: showError }),
  network: actorNetwork({ onActor: (actor) => { selectTab("events"); setFilter("actor", actor); }, onError: showError }),
};
const shownWith = {}; // the filters each view was last drawn with

function selectTab(name) {
  for (const tab of tabs) {
    const selected = tab.id === `tab-${name}`;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute("aria-controls")).hidden = !selected;
  }
  refresh(name);
}

function refresh(name) {
  const filters = filterParams();
  const key = JSON.stringify(filters);
  if (views[name] && shownWith[name] !== key) {
    shownWith[name] = key;
    views[name].show(filters);
  }
}

function showRecord(record, eventId = null) {
  selectTab("article");
  renderArticle(document.getElementById("article"), record, { eventId });
}

function showCluster(cluster) {
  const box = document.getElementById("article-cluster");
  box.textContent = cluster && cluster.articles > 1
    ? `This event is one of ${cluster.reports.length} reports in ${cluster.articles} articles (cluster ${cluster.cluster_id})${cluster.disagreements.length ? `; they disagree on ${cluster.disagreements.length} points` : ""}.`
    : "";
}

async function openEvent(row) {
  clearError();
  try {
    const found = await api.event(row.event_id);
    showCluster(found.cluster);
    showRecord(found.record, found.event.local_id);
  } catch (error) {
    showError(error);
  }
}

tabs.forEach((tab, index) => {
  tab.addEventListener("click", () => selectTab(tab.id.slice(4)));
  tab.addEventListener("keydown", (key) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[key.key];
    if (!step) return;
    const next = tabs[(index + step + tabs.length) % tabs.length];
    next.focus();
    selectTab(next.id.slice(4));
  });
});

onFiltersChange(() => {
  clearError();
  const current = tabs.find((tab) => tab.getAttribute("aria-selected") === "true").id.slice(4);
  selectTab(current in views ? current : "events");
});
suggestActors(showError);

const tokenInput = document.getElementById("token");
tokenInput.value = token();
tokenInput.addEventListener("change", () => {
  setToken(tokenInput.value.trim());
  clearError();
  for (const name of Object.keys(shownWith)) delete shownWith[name];
  showHealth();
  selectTab("events");
});

document.getElementById("paste").addEventListener("submit", async (submit) => {
  submit.preventDefault();
  clearError();
  const form = new FormData(submit.target);
  const article = { text: form.get("text") };
  for (const field of ["published", "title", "url"]) {
    if (form.get(field)) article[field] = form.get(field);
  }
  try {
    const result = await api.read(article);
    if (result.errors.length) throw new Error(result.errors[0].error);
    showCluster(null);
    showRecord(result.records[0]);
  } catch (error) {
    showError(error);
  }
});

async function showHealth() {
  try {
    const health = await api.health();
    document.getElementById("health").textContent = `${health.events} events in ${health.articles} articles · tidings ${health.version}`;
  } catch (error) {
    showError(error);
  }
}

showHealth();
selectTab("events");
