// Alerts: filter by type, severity, team and manager; each row names the record it is about.
import * as api from '../api.js';
import {t, label, integer} from '../i18n.js';
import {h, table, badge, select, labelled, empty} from '../dom.js';
import {replaceParams} from '../main.js';

const TYPES = ['STALE_KEY_ACCOUNT', 'OVERDUE_DEAL', 'UNRESOLVED_COMPLAINT', 'SATISFACTION_DROP', 'OVERLOAD'];
const SEVERITIES = ['HIGH', 'MEDIUM'];

export function severityBadge(severity) {
  return badge(label('severity', severity), {HIGH: 'bad', MEDIUM: 'warn', LOW: 'info'}[severity] || '', 'severity');
}

function subject(alert) {
  return h('span', {class: 'subject'},
    badge(label('subject', alert.subjectType), 'info'), ' ',
    h('code', {}, alert.subjectId),
    alert.subjectName ? [' ', alert.subjectName] : null);
}

function alertRow(alert) {
  return h('tr', {'data-type': alert.type, 'data-severity': alert.severity, 'data-manager': alert.managerId},
    h('td', {}, severityBadge(alert.severity)),
    h('td', {}, label('alertType', alert.type)),
    h('td', {}, alert.managerName, ' ', h('span', {class: 'muted'}, alert.managerId)),
    h('td', {}, alert.team || h('span', {class: 'muted'}, t('scorecards.noTeam'))),
    h('td', {}, subject(alert)),
    h('td', {}, alert.message));
}

export async function showAlerts(params) {
  const filters = {
    type: params.get('type') || '',
    severity: params.get('severity') || '',
    team: params.get('team') || '',
    manager: params.get('manager') || '',
  };
  const managers = await api.managers();
  const teams = [...new Set(managers.map((manager) => manager.team).filter(Boolean))].sort();
  const body = h('div', {class: 'panel', id: 'alerts'});
  const counts = h('div', {class: 'counts', id: 'alert-counts'});

  let latest = 0;
  async function load() {
    const ticket = ++latest;
    const alerts = await api.alerts({...filters});
    // Filters changed quickly one after another: only the answer to the latest change is shown.
    if (ticket !== latest) return;
    const bySeverity = SEVERITIES.map((severity) => [severity, alerts.filter((a) => a.severity === severity).length]);
    counts.replaceChildren(badge(t('alerts.count', integer(alerts.length)), 'info'),
      ...bySeverity.filter(([, count]) => count > 0).map(([severity, count]) =>
        badge(`${label('severity', severity)} ${integer(count)}`, severity === 'HIGH' ? 'bad' : 'warn')));
    body.replaceChildren(alerts.length === 0 ? empty(t('alerts.none')) : table([
      {label: t('alerts.severity')}, {label: t('alerts.type')}, {label: t('alerts.manager')},
      {label: t('alerts.team')}, {label: t('alerts.subject')}, {label: t('alerts.message')},
    ], alerts.map(alertRow)));
  }

  function managerSelect() {
    const options = managers
      .filter((manager) => !filters.team || manager.team === filters.team)
      .map((manager) => [manager.id, `${manager.name} (${manager.id})`]);
    return select('alert-manager', [['', t('common.all')], ...options], filters.manager, onChange('manager'));
  }

  function onChange(name) {
    return async (value) => {
      filters[name] = value;
      if (name === 'team') {
        // The manager list narrows to the team; a manager of another team would match nothing.
        const stillThere = managers.some((m) => m.id === filters.manager && (!value || m.team === value));
        if (!stillThere) filters.manager = '';
        managerLabel.replaceChildren(t('alerts.manager'), managerSelect());
      }
      replaceParams(filters);
      await load();
    };
  }

  const managerLabel = labelled(t('alerts.manager'), managerSelect());
  const toolbar = h('div', {class: 'toolbar'},
    labelled(t('alerts.type'), select('alert-type',
      [['', t('common.all')], ...TYPES.map((type) => [type, label('alertType', type)])], filters.type, onChange('type'))),
    labelled(t('alerts.severity'), select('alert-severity',
      [['', t('common.all')], ...SEVERITIES.map((s) => [s, label('severity', s)])], filters.severity, onChange('severity'))),
    labelled(t('alerts.team'), select('alert-team',
      [['', t('common.all')], ...teams.map((team) => [team, team])], filters.team, onChange('team'))),
    managerLabel,
    h('span', {class: 'spacer'}),
    h('button', {class: 'secondary', id: 'alert-clear', onclick: () => {
      window.location.hash = '#/alerts';
    }}, t('alerts.clear')));
  await load();
  return h('section', {}, h('h1', {}, t('alerts.title')), toolbar, counts, body);
}
