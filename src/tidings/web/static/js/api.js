// Requests to the tidings API (same origin). Event and cluster ids come as strings of digits
// (60-bit integers, past what a JavaScript number holds exactly).

const TOKEN_KEY = "tidings-token";

class ApiError extends Error {
  constructor(status, body) {
    super(body?.error ? `${body.error}${body.detail ? `: ${typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)}` : ""}` : `HTTP ${status}`);
    this.status = status;
  }
}

export function setToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

async function request(path, options = {}) {
  const headers = { Accept: "application/json", ...(options.headers || {}) };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  const response = await fetch(path, { ...options, headers });
  const text = await response.text();
  if (!response.ok) {
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (a proxy's page): the status says enough
    }
    throw new ApiError(response.status, body);
  }
  return JSON.parse(text);
}

function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined) search.set(name, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export const api = {
  health: () => request("/api/health"),
  events: (params) => request(`/api/events${query(params)}`),
  event: (id) => request(`/api/events/${encodeURIComponent(id)}`),
  actors: (q, limit = 20) => request(`/api/actors${query({ q, limit })}`),
  places: (limit) => request(`/api/places${query({ limit })}`),
  counts: (params) => request(`/api/counts${query(params)}`),
  network: (params) => request(`/api/network${query(params)}`),
  read: (article) => request("/api/read", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(article) }),
};
