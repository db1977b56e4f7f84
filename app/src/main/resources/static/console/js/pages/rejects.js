// Rejects: per connector and stream, where a bad row is, why, its raw value and how often it was seen.
import * as api from '../api.js';
import {t, label, integer, dateTime} from '../i18n.js';
import {h, table, badge, select, labelled, empty} from '../dom.js';
import {replaceParams} from '../main.js';

function rejectRow(reject) {
  return h('tr', {'data-stream': reject.stream},
    h('td', {}, reject.connector),
    h('td', {}, label('stream', reject.stream)),
    h('td', {}, h('code', {}, reject.where)),
    h('td', {}, reject.reason),
    h('td', {}, reject.rawValue === null || reject.rawValue === undefined || reject.rawValue === ''
      ? h('span', {class: 'muted'}, t('common.none')) : h('span', {class: 'raw'}, reject.rawValue)),
    h('td', {class: 'num'}, badge(t('rejects.times', integer(reject.count)), reject.count > 1 ? 'warn' : '')),
    h('td', {class: 'when'}, dateTime(reject.firstSeen)),
    h('td', {class: 'when'}, dateTime(reject.lastSeen)));
}

/** Rows grouped by connector and stream, most frequent first, so the worst source problem leads. */
function grouped(rejects) {
  const groups = new Map();
  for (const reject of rejects) {
    const key = `${reject.connector}\u0000${reject.stream}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(reject);
  }
  const rows = [];
  for (const list of groups.values()) {
    list.sort((a, b) => (b.count - a.count) || String(a.where).localeCompare(String(b.where)));
    const first = list[0];
    rows.push(h('tr', {class: 'stream-head'},
      h('td', {colspan: 8}, `${first.connector} · ${label('stream', first.stream)} · ${t('common.total', integer(list.length))}`)));
    rows.push(...list.map(rejectRow));
  }
  return rows;
}

export async function showRejects(params) {
  const connectors = await api.connectors();
  let connector = params.get('connector') || '';
  const body = h('div', {class: 'panel', id: 'rejects'});
  const counts = h('div', {class: 'counts'});

  let latest = 0;
  async function load() {
    const ticket = ++latest;
    const names = connector ? [connector] : connectors.map((item) => item.name);
    const rejects = (await Promise.all(names.map((name) => api.rejects(name)))).flat();
    if (ticket !== latest) return;
    const perStream = new Map();
    rejects.forEach((reject) => perStream.set(reject.stream, (perStream.get(reject.stream) || 0) + 1));
    counts.replaceChildren(...[...perStream.entries()].map(([stream, count]) =>
      badge(`${label('stream', stream)} ${integer(count)}`, 'warn')));
    body.replaceChildren(rejects.length === 0 ? empty(t('rejects.none')) : table([
      {label: t('rejects.connector')}, {label: t('rejects.stream')}, {label: t('rejects.where')},
      {label: t('rejects.reason')}, {label: t('rejects.raw')}, {label: t('rejects.count'), className: 'num'},
      {label: t('rejects.firstSeen')}, {label: t('rejects.lastSeen')},
    ], grouped(rejects)));
  }
  await load();

  const chooser = select('rejects-connector',
    [['', t('common.all')], ...connectors.map((item) => [item.name, item.name])], connector,
    async (value) => {
      connector = value;
      replaceParams({connector: value});
      await load();
    });

  return h('section', {},
    h('h1', {}, t('rejects.title')),
    h('p', {class: 'intro'}, t('rejects.intro')),
    h('div', {class: 'toolbar'}, labelled(t('rejects.connector'), chooser)),
    counts,
    body);
}
