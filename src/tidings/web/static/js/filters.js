// The filter form: its values as API query parameters, and a change handler.
import { api } from "./api.js";

const form = document.getElementById("filters");

export function filterParams() {
  const params = {};
  for (const [name, value] of new FormData(form)) {
    if (String(value).trim()) params[name] = String(value).trim();
  }
  return params;
}

export function setFilter(name, value) {
  form.elements[name].value = value;
  form.requestSubmit();
}

export function onFiltersChange(handler) {
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    handler(filterParams());
  });
  form.addEventListener("reset", () => setTimeout(() => handler(filterParams())));
}

// Actor names offered as the user types.
export function suggestActors(onError) {
  const input = form.elements.actor;
  const list = document.getElementById("actor-names");
  let asked = "";
  input.addEventListener("input", async () => {
    const text = input.value.trim();
    if (text.length < 2 || text === asked) return;
    asked = text;
    try {
      const actors = await api.actors(text);
      list.replaceChildren(...actors.map((actor) => {
        const option = document.createElement("option");
        option.value = actor.name;
        option.label = `${actor.name} (${actor.cameo || actor.id}, ${actor.events} events)`;
        return option;
      }));
    } catch (error) {
      onError(error);
    }
  });
}
