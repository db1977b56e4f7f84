// One manager in one period: every figure with its formula and records, and trends over the periods.
import * as api from '../api.js';
import {t, label, integer, decimal, percent, money} from '../i18n.js';
import {h, table, badge, select, labelled, empty} from '../dom.js';
import {ratingBadge} from './scorecards.js';
import {trendChart} from '../charts.js';

const MAX_RECORDS = 24;

/** How each figure is shown; figures not listed here are shown as plain numbers. */
const FORMATS = {
  wonRevenue: money, target: money, bonus: money,
  wonDeals: integer, lostDeals: integer, responses: integer, complaints: integer, newCustomers: integer,
  rank: integer,
  attainment: percent, growth: percent, winRate: percent, csat: percent, complaintResolution: percent,
  retention: percent,
  avgScore: (value) => decimal(value, 2), score: (value) => decimal(value, 2),
};

/** The figures in the order a team lead reads a scorecard: the result first, then what made it. */
const ORDER = ['score', 'rating', 'rank', 'bonus', 'wonRevenue', 'target', 'attainment', 'growth', 'wonDeals',
  'lostDeals', 'winRate', 'responses', 'csat', 'avgScore', 'complaints', 'complaintResolution', 'retention',
  'newCustomers'];

function shown(card, figure) {
  if (figure === 'rating') return ratingBadge(card.rating);
  const format = FORMATS[figure] || ((value) => decimal(value, 4));
  return format(card[figure]);
}

function figureCard(card, figure) {
  return h('div', {class: 'figure-card', 'data-figure': figure},
    h('div', {class: 'label'}, label('figure', figure)),
    h('div', {class: 'value'}, shown(card, figure)));
}

function recordChips(records) {
  if (records.length === 0) return h('span', {class: 'muted'}, t('explanation.noRecords'));
  const chips = records.slice(0, MAX_RECORDS).map((record) =>
    h('span', {class: 'raw', title: record.title}, record.text));
  if (records.length > MAX_RECORDS) chips.push(badge(t('explanation.moreRecords', integer(records.length - MAX_RECORDS))));
  return h('div', {class: 'records'}, chips);
}

function explanationRows(card) {
  const explained = Object.keys(card.explanations);
  const figures = [...ORDER.filter((figure) => figure in card || explained.includes(figure)),
    ...explained.filter((figure) => !ORDER.includes(figure)).sort()];
  return figures.map((figure) => {
    const explanation = card.explanations[figure];
    return h('tr', {'data-figure': figure},
      h('td', {}, h('strong', {}, label('figure', figure))),
      h('td', {class: 'num'}, figure in card ? shown(card, figure) : t('common.none')),
      h('td', {class: 'formula'}, explanation ? explanation.formula : h('span', {class: 'muted'}, t('explanation.noExplanation'))),
      h('td', {}, explanation ? recordChips(explanation.records) : null));
  });
}

export async function showExplanation(params) {
  const managerId = params.get('_0');
  const history = await api.managerScorecards(managerId);
  if (history.length === 0) return empty(t('common.empty'));
  const periods = history.map((card) => card.period);
  const period = periods.includes(params.get('period')) ? params.get('period') : periods[periods.length - 1];
  const card = api.scorecardDetail(period, history);

  const periodSelect = select('explanation-period', [...periods].reverse().map((p) => [p, p]), period, (value) => {
    window.location.hash = `#/manager/${encodeURIComponent(managerId)}?period=${encodeURIComponent(value)}`;
  });
  const back = `#/scorecards?period=${encodeURIComponent(period)}${card.team ? `&team=${encodeURIComponent(card.team)}` : ''}`;

  return h('section', {id: 'explanation'},
    h('a', {class: 'back', href: back}, `← ${t('explanation.back')}`),
    h('h1', {}, t('explanation.title', `${card.managerName} (${card.managerId})`, period),
      card.team ? [' ', badge(card.team, 'info')] : null,
      card.active === false ? [' ', badge(t('scorecards.inactive'))] : null),
    h('div', {class: 'toolbar'}, labelled(t('scorecards.period'), periodSelect)),
    h('div', {class: 'figures'}, ['score', 'rating', 'rank', 'attainment', 'csat', 'retention', 'bonus']
      .map((figure) => figureCard(card, figure))),
    h('h2', {}, t('explanation.trends')),
    h('div', {class: 'charts'},
      trendChart('trend-score', t('figure.score'), periods, history.map((c) => api.number(c.score)), 'score', '#2563eb'),
      trendChart('trend-attainment', t('figure.attainment'), periods, history.map((c) => api.number(c.attainment)), 'ratio', '#16a34a'),
      trendChart('trend-csat', t('figure.csat'), periods, history.map((c) => api.number(c.csat)), 'ratio', '#d97706')),
    h('h2', {}, t('explanation.figures')),
    h('div', {class: 'panel', id: 'explanations'}, table([
      {label: t('explanation.figure')}, {label: t('explanation.value'), className: 'num'},
      {label: t('explanation.formula')}, {label: t('explanation.records')},
    ], explanationRows(card))));
}
