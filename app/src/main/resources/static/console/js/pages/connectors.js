// Connectors: type, health, last and next run, a Run-now button, and the run history below.
import * as api from '../api.js';
import {t, label, integer, dateTime, duration} from '../i18n.js';
import {h, table, badge, select, labelled, empty} from '../dom.js';
import {notify, replaceParams} from '../main.js';

const POLL_MILLIS = 1000;
const POLL_LIMIT = 120;

export function healthBadge(health) {
  const tone = {UP: 'good', DOWN: 'bad', OUT_OF_SERVICE: 'bad', DEGRADED: 'warn'}[health] || '';
  return badge(label('health', health || 'UNKNOWN'), tone, 'health');
}

export function statusBadge(status) {
  const tone = {
    SUCCEEDED: 'good', SUCCESS: 'good', COMPLETED: 'good', RUNNING: 'info',
    FAILED: 'bad', QUOTA_EXHAUSTED: 'warn', PARTIAL: 'warn', STOPPED: 'warn', INTERRUPTED: 'warn',
  }[status] || '';
  return badge(label('runStatus', status), tone, 'status');
}

function modeBadges(connector) {
  return [
    connector.read ? badge(t('connectors.mode.read'), 'info') : null,
    connector.write ? badge(t('connectors.mode.write'), 'good') : null,
  ];
}

function connectorRow(connector, onRun) {
  const last = connector.lastRun;
  const button = h('button', {class: 'primary run-now', 'data-connector': connector.name}, t('connectors.runNow'));
  button.addEventListener('click', () => onRun(connector, button));
  return h('tr', {'data-connector': connector.name},
    h('td', {}, h('strong', {}, connector.name)),
    h('td', {}, h('code', {}, connector.type)),
    h('td', {}, modeBadges(connector)),
    h('td', {title: connector.healthDetail || ''}, healthBadge(connector.health)),
    h('td', {}, last ? [statusBadge(last.status), ' ', h('span', {class: 'muted'}, dateTime(last.startedAt))]
      : h('span', {class: 'muted'}, t('connectors.never'))),
    h('td', {}, connector.nextRun ? dateTime(connector.nextRun) : h('span', {class: 'muted'}, t('connectors.notScheduled'))),
    h('td', {class: 'num'}, last ? integer(last.recordsRead) : t('common.none')),
    h('td', {class: 'num'}, last ? integer(last.apiCalls) : t('common.none')),
    h('td', {}, button));
}

function runRow(run) {
  return h('tr', {'data-run': run.id, 'data-status': run.status},
    h('td', {class: 'num'}, h('code', {}, run.id)),
    h('td', {}, label('trigger', run.trigger)),
    h('td', {}, run.connectors.map((name) => h('code', {}, name)).flatMap((node) => [node, ' '])),
    h('td', {class: 'when'}, dateTime(run.startedAt)),
    h('td', {}, run.finishedAt ? duration(run.startedAt, run.finishedAt) : h('span', {class: 'muted'}, t('runs.stillRunning'))),
    h('td', {}, statusBadge(run.status)),
    h('td', {class: 'num'}, integer(run.recordsRead)),
    h('td', {class: 'num'}, integer(run.rejected)),
    h('td', {class: 'num'}, integer(run.deleted)),
    h('td', {class: 'num'}, integer(run.pushed)),
    h('td', {class: 'num'}, integer(run.apiCalls)),
    h('td', {class: 'error'}, run.error || ''));
}

function historyTable(runs) {
  if (runs.length === 0) return h('div', {class: 'panel', id: 'runs'}, empty(t('common.empty')));
  return h('div', {class: 'panel', id: 'runs'}, table([
    {label: t('runs.id'), className: 'num'}, {label: t('runs.trigger')}, {label: t('runs.connector')},
    {label: t('runs.started')},
    {label: t('runs.duration')}, {label: t('runs.status')}, {label: t('runs.read'), className: 'num'},
    {label: t('runs.rejected'), className: 'num'}, {label: t('runs.deleted'), className: 'num'},
    {label: t('runs.pushed'), className: 'num'}, {label: t('runs.apiCalls'), className: 'num'}, {label: t('runs.error')},
  ], runs.map(runRow)));
}

export async function showConnectors(params) {
  let filter = params.get('connector') || '';
  const [connectors, runs] = await Promise.all([api.connectors(), api.runs(filter)]);
  const history = h('div', {}, historyTable(runs));
  const connectorTable = h('div', {class: 'panel', id: 'connectors'});

  async function refresh() {
    const [freshConnectors, freshRuns] = await Promise.all([api.connectors(), api.runs(filter)]);
    renderConnectors(freshConnectors);
    history.replaceChildren(historyTable(freshRuns));
    return freshRuns;
  }

  /** Starts a run, then follows it in the history until it has finished. */
  async function runNow(connector, button) {
    button.disabled = true;
    button.textContent = t('connectors.runStarting');
    const before = new Set((await api.runs('')).map((run) => String(run.id)));
    try {
      await api.startRun(connector.name);
      notify(t('connectors.runStarted', connector.name));
    } catch (error) {
      notify(t('connectors.runFailed', connector.name, error.message), 'bad');
      button.disabled = false;
      button.textContent = t('connectors.runNow');
      return;
    }
    for (let poll = 0; poll < POLL_LIMIT; poll += 1) {
      const shown = await refresh();
      // The history may be filtered to another connector; the new run is looked for among all runs.
      const fresh = filter && filter !== connector.name ? await api.runs('') : shown;
      const started = fresh.filter((run) => !before.has(String(run.id)));
      if (started.length > 0 && started.every((run) => run.status !== 'RUNNING')) return;
      await new Promise((resolve) => window.setTimeout(resolve, POLL_MILLIS));
    }
  }

  function renderConnectors(list) {
    connectorTable.replaceChildren(list.length === 0 ? empty(t('common.empty')) : table([
      {label: t('connectors.name')}, {label: t('connectors.type')}, {label: t('connectors.mode')},
      {label: t('connectors.health')}, {label: t('connectors.lastRun')}, {label: t('connectors.nextRun')},
      {label: t('connectors.records'), className: 'num'}, {label: t('connectors.apiCalls'), className: 'num'},
      {label: t('connectors.actions')},
    ], list.map((connector) => connectorRow(connector, runNow))));
  }
  renderConnectors(connectors);

  const filterSelect = select('runs-connector',
    [['', t('common.all')], ...connectors.map((connector) => [connector.name, connector.name])], filter,
    async (value) => {
      filter = value;
      replaceParams({connector: value});
      history.replaceChildren(historyTable(await api.runs(filter)));
    });

  return h('section', {},
    h('h1', {}, t('connectors.title')),
    connectorTable,
    h('h2', {}, t('runs.title')),
    h('div', {class: 'toolbar'}, labelled(t('runs.filter'), filterSelect),
      h('span', {class: 'spacer'}),
      h('button', {class: 'secondary', onclick: () => refresh()}, t('common.refresh'))),
    history);
}
