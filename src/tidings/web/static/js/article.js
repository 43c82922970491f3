// The article view: a Record's text with its evidence marked (actors, places, times, event
// triggers coloured by factuality, quotes, hedges), and its coded events beside it. Clicking an
// event lights up its trigger, its actors, its place and its time, and scrolls there.
// No imports: `tidings read --format html` inlines this file into a self-contained page.

const RANK = { quote: 0, actor: 1, place: 1, time: 1, cue: 2, trigger: 3 }; // outer marks first

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function factualityWords(factuality) {
  const words = [];
  if (factuality.polarity === "NEG") words.push("negated");
  if (factuality.time === "FUTURE") words.push("future");
  words.push({ CERTAIN: "asserted", PROBABLE: "probable", POSSIBLE: "possible" }[factuality.certainty] || "underspecified");
  return words.join(", ");
}

function factualityClasses(factuality) {
  const classes = [`tv-f-${factuality.certainty.toLowerCase()}`];
  if (factuality.polarity === "NEG") classes.push("tv-f-negated");
  if (factuality.time === "FUTURE") classes.push("tv-f-future");
  return classes;
}

// Every marked stretch of text: {start, end, kind, ids, label, classes}; marks of one kind over
// the same characters are one mark naming all their items.
function collectMarks(record) {
  const marks = new Map();
  const add = (span, kind, id, label, classes = []) => {
    if (!span || span.end <= span.start) return;
    const key = `${kind}:${span.start}:${span.end}`;
    const mark = marks.get(key);
    if (mark) {
      if (!mark.ids.includes(id)) mark.ids.push(id);
      mark.label += `; ${label}`;
    } else {
      marks.set(key, { start: span.start, end: span.end, kind, ids: [id], label, classes });
    }
  };
  for (const actor of record.actors) {
    for (const span of actor.spans) add(span, "actor", actor.id, `actor: ${actor.name}${actor.cameo ? ` (${actor.cameo})` : ""}`);
  }
  for (const place of record.places) {
    for (const span of place.spans) add(span, "place", place.id, `place: ${place.name}${place.country ? `, ${place.country}` : ""}`);
  }
  for (const time of record.times) {
    for (const span of time.spans) add(span, "time", time.id, `time: ${time.value}`);
  }
  for (const quote of record.quotes) {
    for (const span of quote.spans) add(span, "quote", quote.id, `quote ${quote.id}`);
    add(quote.cue_span, "cue", quote.id, `speech cue: ${quote.cue || ""}`);
  }
  for (const event of record.events) {
    const label = `event ${event.id}: ${event.cameo} ${event.plover || ""} (${factualityWords(event.factuality)})`;
    const triggers = event.mentions.length ? event.mentions : event.spans.slice(0, 1);
    for (const span of triggers) add(span, "trigger", event.id, label, factualityClasses(event.factuality));
    for (const span of event.factuality.cues) add(span, "cue", event.id, `factuality cue of ${event.id}`);
  }
  return [...marks.values()];
}

function byPosition(a, b) {
  return a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind];
}

// Marks as a tree in which every child lies inside its parent: a mark that crosses the end of an
// enclosing one is cut there, and its rest placed after it.
function nestMarks(marks, length) {
  const sorted = marks.slice().sort(byPosition);
  const rests = []; // the cut-off rests, kept sorted
  const root = { start: 0, end: length, children: [] };
  const stack = [root];
  let next = 0;
  while (next < sorted.length || rests.length) {
    const fromRests = rests.length && (next >= sorted.length || byPosition(rests[0], sorted[next]) < 0);
    let mark = fromRests ? rests.shift() : sorted[next++];
    while (stack.length > 1 && stack[stack.length - 1].end <= mark.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (mark.end > parent.end) {
      const rest = { ...mark, start: parent.end };
      const at = rests.findIndex((other) => byPosition(rest, other) < 0);
      rests.splice(at < 0 ? rests.length : at, 0, rest);
      mark = { ...mark, end: parent.end };
    }
    if (mark.end <= mark.start) continue;
    const node = { ...mark, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

function renderNode(node, text, parent) {
  let position = node.start;
  for (const child of node.children) {
    if (child.start > position) parent.append(text.slice(position, child.start));
    const mark = element("mark", ["tv-mark", `tv-${child.kind}`, ...child.classes].join(" "));
    mark.dataset.kind = child.kind;
    mark.dataset.id = child.ids.join(" ");
    mark.dataset.start = child.start;
    mark.dataset.end = child.end;
    mark.title = child.label;
    renderNode(child, text, mark);
    parent.append(mark);
    position = child.end;
  }
  if (node.end > position) parent.append(text.slice(position, node.end));
}

// The record's actors, places and times by id, looked up once per view.
function lookup(record) {
  const byId = (items) => new Map(items.map((item) => [item.id, item]));
  const actors = byId(record.actors), places = byId(record.places), times = byId(record.times);
  const names = (actorIds) => actorIds.map((id) => actors.get(id)?.name || id).join(" + ") || "–";
  return {
    names,
    eventLabel(event) {
      const place = places.get(event.place);
      const time = times.get(event.when);
      const parts = [`${names(event.sources)} → ${names(event.targets)}`];
      if (place) parts.push(`at ${place.name}`);
      if (time) parts.push(time.value);
      return parts.join(" · ");
    },
  };
}

function renderPanel(record) {
  const { names, eventLabel } = lookup(record);
  const panel = element("aside", "tv-panel");
  panel.setAttribute("aria-label", "Coded events");
  panel.append(element("h3", "", `Events (${record.events.length})`));
  const list = element("ol", "tv-events");
  for (const event of record.events) {
    const button = element("button", ["tv-event", ...factualityClasses(event.factuality)].join(" "));
    button.type = "button";
    button.dataset.event = event.id;
    button.append(
      element("span", "tv-event-code", `${event.cameo} ${event.plover || ""}`),
      element("span", "tv-event-trigger", ` “${event.spans[0]?.text || event.trigger}” `),
      element("span", "tv-event-who", eventLabel(event)),
      element("span", "tv-event-factuality", factualityWords(event.factuality)),
    );
    const item = element("li");
    item.append(button);
    list.append(item);
  }
  panel.append(list);
  if (record.quotes.length) {
    panel.append(element("h3", "", `Quotes (${record.quotes.length})`));
    const quotes = element("ul", "tv-quotes");
    for (const quote of record.quotes) {
      const speaker = quote.speaker ? names([quote.speaker]) : "unknown speaker";
      quotes.append(element("li", "", `${speaker}${quote.via ? ` via ${names([quote.via])}` : ""}: ${quote.content}`));
    }
    panel.append(quotes);
  }
  panel.append(legend());
  return panel;
}

function legend() {
  const box = element("dl", "tv-legend");
  const entries = [
    ["tv-actor", "actor"], ["tv-place", "place"], ["tv-time", "time"], ["tv-quote", "quote"],
    ["tv-cue", "cue (speech, hedge)"], ["tv-trigger tv-f-certain", "trigger, asserted"],
    ["tv-trigger tv-f-probable", "trigger, probable"], ["tv-trigger tv-f-possible", "trigger, possible"],
    ["tv-trigger tv-f-certain tv-f-negated", "trigger, negated"], ["tv-trigger tv-f-certain tv-f-future", "trigger, future"],
  ];
  for (const [classes, words] of entries) {
    const term = element("dt");
    term.append(element("mark", `tv-mark ${classes}`, "abc"));
    box.append(term, element("dd", "", words));
  }
  return box;
}

// The marks that show one item's evidence for an event: those inside the event's sentence,
// else all of the item's marks.
function itemMarks(text, kind, id, sentence) {
  const marks = [...text.querySelectorAll(`mark[data-kind="${kind}"]`)].filter((m) => m.dataset.id.split(" ").includes(id));
  if (!sentence) return marks;
  const inside = marks.filter((m) => Number(m.dataset.start) >= sentence.start && Number(m.dataset.end) <= sentence.end);
  return inside.length ? inside : marks;
}

export function renderArticle(container, record, { eventId = null } = {}) {
  const article = record.article;
  const view = element("article", "tv-article");
  const header = element("header", "tv-header");
  header.append(element("h2", "tv-title", article.title || `Article ${article.id}`));
  const meta = element("p", "tv-meta", `published ${article.published || "?"} · ${record.events.length} events · id ${article.id}`);
  if (article.url) {
    const link = element("a", "", article.url);
    link.href = article.url;
    link.rel = "noreferrer noopener";
    meta.append(" · ", link);
  }
  header.append(meta);
  const body = element("div", "tv-body");
  const text = element("div", "tv-text");
  text.setAttribute("aria-label", "Article text with its evidence marked");
  renderNode(nestMarks(collectMarks(record), article.text.length), article.text, text);
  const panel = renderPanel(record);
  body.append(text, panel);
  view.append(header, body);
  container.replaceChildren(view);

  const events = new Map(record.events.map((event) => [event.id, event]));
  function select(id) {
    const event = events.get(id);
    if (!event) return;
    for (const lit of view.querySelectorAll(".tv-lit")) lit.classList.remove("tv-lit");
    for (const button of panel.querySelectorAll(".tv-event")) button.setAttribute("aria-pressed", String(button.dataset.event === id));
    const triggers = itemMarks(text, "trigger", id, null);
    const evidence = [
      ...triggers,
      ...[...event.sources, ...event.targets].flatMap((actor) => itemMarks(text, "actor", actor, event.sentence)),
      ...(event.place ? itemMarks(text, "place", event.place, event.sentence) : []),
      ...(event.when ? itemMarks(text, "time", event.when, event.sentence) : []),
      ...itemMarks(text, "cue", id, null),
    ];
    for (const mark of evidence) mark.classList.add("tv-lit");
    triggers[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
  }
  panel.addEventListener("click", (click) => {
    const button = click.target.closest(".tv-event");
    if (button) select(button.dataset.event);
  });
  text.addEventListener("click", (click) => {
    const trigger = click.target.closest("mark.tv-trigger");
    if (trigger) select(trigger.dataset.id.split(" ")[0]);
  });
  if (eventId) select(eventId);
  return { select };
}
