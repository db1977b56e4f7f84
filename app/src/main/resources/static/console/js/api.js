// The REST API as the console uses it: every URL and JSON field the console reads is named here, and turned
// into the plain objects the pages render, so that the pages never see the wire format (docs/api.md).

const API = '/api/v1';
// What the REST API does not offer: running one connector now (com.crmbridge.app.web.console).
const CONSOLE_API = '/console/api';
const HISTORY = 50;
const MAX_REJECTS = 1000;
let csrf = null;

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function request(method, path, body) {
  const headers = {Accept: 'application/json'};
  if (method !== 'GET' && csrf) headers[csrf.header] = csrf.token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 || (response.redirected && new URL(response.url).pathname === '/login')) {
    // The session ended: sign in again and come back to this page.
    window.location.assign('/login');
    throw new ApiError(401, 'signed out');
  }
  if (!response.ok) {
    let detail = `HTTP ${response.status}`;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.message || problem.title || detail;
    } catch (ignored) {
      // Not JSON: keep the status line.
    }
    throw new ApiError(response.status, detail);
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : null;
}

const get = (path) => request('GET', path);

function query(params) {
  const entries = Object.entries(params).filter(([, value]) => value !== '' && value !== null && value !== undefined);
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries)}`;
}

/** A JSON number, or a decimal written as a string, as a number for display; null stays null. */
export function number(value) {
  if (value === null || value === undefined || value === '') return null;
  const parsed = Number(value);
  return Number.isNaN(parsed) ? null : parsed;
}

function list(body) {
  if (Array.isArray(body)) return body;
  if (body && Array.isArray(body.items)) return body.items;
  if (body && Array.isArray(body.content)) return body.content;
  return [];
}

/** The signed-in user, languages, zone, currency and CSRF token (served by the console itself). */
export async function session() {
  const body = await get('/console/session');
  csrf = body.csrfHeader && body.csrfToken ? {header: body.csrfHeader, token: body.csrfToken} : null;
  return body;
}

// ---- connectors and runs -------------------------------------------------------------------------------

const sum = (items, field) => items.reduce((total, item) => total + (number(item[field]) ?? 0), 0);

/**
 * A run of the whole pipeline (pull every reading connector, compute, push) with its totals; {@code only}
 * narrows the totals to one connector's streams and push.
 */
function toRun(run, only = '') {
  const streams = (run.streams ?? []).filter((stream) => !only || stream.connector === only);
  const pushes = (run.pushes ?? []).filter((push) => !only || push.connector === only);
  const errors = [...streams, ...pushes].map((part) => part.error).filter(Boolean);
  return {
    id: run.id,
    trigger: run.trigger ?? null,
    connectors: [...new Set([...streams, ...pushes].map((part) => part.connector))],
    startedAt: run.startedAt,
    finishedAt: run.finishedAt ?? null,
    status: run.status,
    recordsRead: sum(streams, 'read'),
    rejected: sum(streams, 'rejected'),
    deleted: sum(streams, 'deleted'),
    pushed: sum(pushes, 'created') + sum(pushes, 'updated'),
    apiCalls: sum(streams, 'apiCalls'),
    scorecards: number(run.scorecards),
    alerts: number(run.alerts),
    error: [run.message, ...errors].filter(Boolean).join(' · ') || null,
  };
}

function toConnector(connector) {
  return {
    name: connector.name,
    type: connector.type,
    read: Boolean(connector.read),
    write: Boolean(connector.write),
    health: connector.health ?? 'UNKNOWN',
    healthDetail: (connector.healthDetails ?? []).join('; ') || null,
    lastRun: connector.lastRun ? toRun(connector.lastRun, connector.name) : null,
    nextRun: connector.nextRun ?? null,
  };
}

export async function connectors() {
  return list(await get(`${API}/connectors`)).map(toConnector);
}

/** Runs newest first, of one connector or of all when connector is empty. */
export async function runs(connector) {
  const all = list(await get(`${API}/runs${query({limit: HISTORY})}`));
  const touching = (run) => [...(run.streams ?? []), ...(run.pushes ?? [])].some((part) => part.connector === connector);
  return (connector ? all.filter(touching) : all).map((run) => toRun(run, connector));
}

export async function startRun(connector) {
  return request('POST', `${CONSOLE_API}/connectors/${encodeURIComponent(connector)}/runs`);
}

// ---- rejects -------------------------------------------------------------------------------------------

/** deals.csv:118:amount, or the CRM object and record id when there is no line. */
function place(reject) {
  const parts = [reject.where ?? reject.location ?? ''];
  if (number(reject.line) > 0) parts.push(reject.line);
  if (reject.column) parts.push(reject.column);
  const where = parts.join(':');
  return reject.recordId ? `${where} #${reject.recordId}` : where;
}

export async function rejects(connector) {
  return list(await get(`${API}/rejects${query({connector, limit: MAX_REJECTS})}`)).map((reject) => ({
    connector: reject.connector ?? connector,
    stream: reject.stream,
    where: place(reject),
    reason: reject.reason,
    rawValue: reject.rawValue ?? reject.raw ?? null,
    count: number(reject.count) ?? 1,
    firstSeen: reject.firstSeen,
    lastSeen: reject.lastSeen,
  }));
}

// ---- scorecards ----------------------------------------------------------------------------------------

/** A record an explanation names: the source's id shown, connector:id on hover. */
function sourceRef(ref) {
  if (typeof ref === 'string') return {text: ref.slice(ref.indexOf(':') + 1), title: ref};
  const text = [ref.connector, ref.stream, ref.externalId ?? ref.id].filter(Boolean).join(':');
  return {text: ref.externalId ?? ref.id ?? text, title: text};
}

function toScorecard(card) {
  const manager = card.manager ?? {};
  const explanations = {};
  for (const [figure, explanation] of Object.entries(card.explanations ?? {})) {
    explanations[figure] = {formula: explanation.formula, records: (explanation.records ?? []).map(sourceRef)};
  }
  const figures = {};
  for (const [name, value] of Object.entries(card)) {
    if (typeof value === 'number' || typeof value === 'string' || value === null) figures[name] = value;
  }
  return {
    ...figures,
    managerId: card.managerId ?? manager.id,
    managerKey: card.managerKey ?? manager.key,
    managerName: card.managerName ?? manager.name,
    team: card.team ?? manager.team ?? null,
    active: card.active ?? manager.active ?? true,
    period: card.period?.label ?? card.period,
    rating: card.rating,
    explanations,
    asOf: card.asOf ?? null,
    rulesVersion: card.rulesVersion ?? null,
  };
}

/** The periods that have scorecards, oldest first. */
export async function periods() {
  return list(await get(`${API}/periods`)).map((period) => period.label ?? period);
}

/** The latest complete period, else the latest: the one a team lead reviews. */
export function defaultPeriod(all) {
  return all.length > 1 ? all[all.length - 2] : all[0];
}

export async function scorecards(period, team) {
  return list(await get(`${API}/scorecards${query({period, team})}`)).map(toScorecard);
}

/** asOf and rules version of the results shown. */
export function resultsMeta(cards) {
  return cards.length === 0 ? {} : {asOf: cards[0].asOf, rulesVersion: cards[0].rulesVersion};
}

/** Every period's scorecard of one manager, oldest first. */
export async function managerScorecards(managerId) {
  return list(await get(`${API}/managers/${encodeURIComponent(managerId)}/scorecards`)).map(toScorecard);
}

/** One manager's scorecard in one period, with its explanations, from the manager's history. */
export function scorecardDetail(period, history) {
  return history.find((card) => card.period === period) ?? history[history.length - 1];
}

// ---- managers and alerts -------------------------------------------------------------------------------

export async function managers() {
  return list(await get(`${API}/managers`)).map((manager) => ({
    id: manager.id, key: manager.key, name: manager.name, team: manager.team ?? null, active: manager.active,
  }));
}

export async function alerts(filters) {
  return list(await get(`${API}/alerts${query(filters)}`)).map((alert) => {
    const manager = alert.manager ?? {};
    const subject = alert.subject ?? {};
    return {
      type: alert.type,
      severity: alert.severity,
      managerId: alert.managerId ?? manager.id,
      managerName: alert.managerName ?? manager.name,
      team: alert.team ?? manager.team ?? null,
      subjectType: alert.subjectType,
      subjectId: alert.subjectId ?? subject.externalId ?? subject.id,
      subjectName: alert.subjectName ?? subject.name ?? null,
      message: alert.message,
    };
  });
}
