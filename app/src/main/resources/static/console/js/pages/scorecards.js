// Scorecards: pick a period and a team; the leaderboard links each manager to the explanation of the figures.
import * as api from '../api.js';
import {t, integer, decimal, percent, money, dateTime} from '../i18n.js';
import {h, table, badge, select, labelled, empty} from '../dom.js';
import {replaceParams} from '../main.js';

export function ratingBadge(rating) {
  const value = rating || 'NA';
  return badge(value === 'NA' ? 'N/A' : value, '', `rating rating-${value}`);
}

function managerHref(card) {
  return `#/manager/${encodeURIComponent(card.managerId)}?period=${encodeURIComponent(card.period)}`;
}

function leaderRow(card) {
  const open = () => { window.location.hash = managerHref(card); };
  return h('tr', {class: 'clickable', 'data-manager': card.managerId, onclick: open},
    h('td', {class: 'num'}, integer(card.rank)),
    h('td', {class: 'manager-name'},
      h('a', {href: managerHref(card), class: 'manager-link'}, card.managerName), ' ',
      h('span', {class: 'muted'}, card.managerId),
      card.active === false ? [' ', badge(t('scorecards.inactive'))] : null),
    h('td', {}, card.team || h('span', {class: 'muted'}, t('scorecards.noTeam'))),
    h('td', {class: 'num'}, decimal(card.score, 2)),
    h('td', {}, ratingBadge(card.rating)),
    h('td', {class: 'num'}, percent(card.attainment)),
    h('td', {class: 'num'}, percent(card.csat)),
    h('td', {class: 'num'}, percent(card.retention)),
    h('td', {class: 'num'}, money(card.wonRevenue)),
    h('td', {class: 'num'}, money(card.bonus)));
}

/** Team by team as the ranks are per team, each by rank. */
function ordered(cards) {
  return [...cards].sort((a, b) =>
    String(a.team || '\uffff').localeCompare(String(b.team || '\uffff')) || (a.rank - b.rank));
}

export async function showScorecards(params) {
  const periods = await api.periods();
  const period = params.get('period') || api.defaultPeriod(periods);
  const team = params.get('team') || '';
  const all = await api.scorecards(period, '');
  const teams = [...new Set(all.map((card) => card.team).filter(Boolean))].sort();
  const cards = ordered(team ? all.filter((card) => card.team === team) : all);

  const go = (nextPeriod, nextTeam) => {
    const query = new URLSearchParams(Object.entries({period: nextPeriod, team: nextTeam}).filter(([, v]) => v));
    window.location.hash = `#/scorecards?${query}`;
  };
  replaceParams({period, team});
  const toolbar = h('div', {class: 'toolbar'},
    labelled(t('scorecards.period'), select('scorecard-period',
      [...periods].reverse().map((p) => [p, p]), period, (value) => go(value, team))),
    labelled(t('scorecards.team'), select('scorecard-team',
      [['', t('common.all')], ...teams.map((name) => [name, name])], team, (value) => go(period, value))));

  const meta = api.resultsMeta(all);
  return h('section', {},
    h('h1', {}, t('scorecards.title')),
    toolbar,
    h('h2', {}, `${t('scorecards.leaderboard')} · ${period}${team ? ` · ${team}` : ''}`),
    h('p', {class: 'hint'}, t('scorecards.hint'),
      meta.asOf ? [' ', t('scorecards.asOf', dateTime(meta.asOf), meta.rulesVersion || t('common.none'))] : null),
    h('div', {class: 'panel', id: 'leaderboard'}, cards.length === 0 ? empty(t('common.empty')) : table([
      {label: t('scorecards.rank'), className: 'num'}, {label: t('scorecards.manager')},
      {label: t('scorecards.team')}, {label: t('figure.score'), className: 'num'}, {label: t('figure.rating')},
      {label: t('figure.attainment'), className: 'num'}, {label: t('figure.csat'), className: 'num'},
      {label: t('figure.retention'), className: 'num'}, {label: t('figure.wonRevenue'), className: 'num'},
      {label: t('figure.bonus'), className: 'num'},
    ], cards.map(leaderRow))));
}
