// Starts the console: who is signed in, which language, then the page the URL's hash names.
import * as api from './api.js';
import * as i18n from './i18n.js';
import {h} from './dom.js';
import {showConnectors} from './pages/connectors.js';
import {showRejects} from './pages/rejects.js';
import {showScorecards} from './pages/scorecards.js';
import {showExplanation} from './pages/explanation.js';
import {showAlerts} from './pages/alerts.js';

const PAGES = {
  connectors: showConnectors,
  rejects: showRejects,
  scorecards: showScorecards,
  manager: showExplanation,
  alerts: showAlerts,
};

let session;
let shownRoute = 0;

/** The route in the hash: #/scorecards?period=2026-Q3&team=X → {page, params}. */
function route() {
  const [path, query = ''] = window.location.hash.replace(/^#\/?/, '').split('?');
  const [page, ...rest] = path.split('/');
  const params = new URLSearchParams(query);
  rest.forEach((segment, index) => params.set(`_${index}`, decodeURIComponent(segment)));
  return {page: PAGES[page] ? page : 'connectors', params};
}

/** Changes the hash's query without leaving the page, so a filtered view can be bookmarked and shared. */
export function replaceParams(params) {
  const {page} = route();
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value)).toString();
  const current = window.location.hash.split('?')[0] || `#/${page}`;
  window.history.replaceState(null, '', `${current}${query ? `?${query}` : ''}`);
}

export function notify(text, tone = '') {
  const notice = document.getElementById('notice');
  notice.textContent = text;
  notice.className = `notice ${tone}`.trim();
  notice.hidden = false;
  window.clearTimeout(notify.timer);
  notify.timer = window.setTimeout(() => { notice.hidden = true; }, 6000);
}

async function show() {
  const {page, params} = route();
  const ticket = ++shownRoute;
  document.querySelectorAll('#tabs a').forEach((tab) => {
    const active = tab.dataset.page === page || (page === 'manager' && tab.dataset.page === 'scorecards');
    tab.classList.toggle('active', active);
  });
  const main = document.getElementById('page');
  main.replaceChildren(h('div', {class: 'empty'}, i18n.t('common.loading')));
  main.dataset.page = page;
  main.dataset.state = 'loading';
  try {
    const content = await PAGES[page](params);
    // A slower page started before the user clicked elsewhere must not overwrite the newer one.
    if (ticket === shownRoute) {
      main.replaceChildren(content);
      main.dataset.state = 'ready';
    }
  } catch (error) {
    if (ticket === shownRoute) {
      main.replaceChildren(h('div', {class: 'empty error', id: 'page-error'}, i18n.t('common.error', error.message)));
      main.dataset.state = 'error';
    }
  }
}

function renderShell() {
  document.title = i18n.t('app.title');
  document.querySelectorAll('[data-text]').forEach((node) => { node.textContent = i18n.t(node.dataset.text); });
  document.getElementById('user').textContent = i18n.t('user.signedInAs', session.user);
  const language = document.getElementById('language');
  const names = {'zh-CN': '中文', en: 'English'};
  language.replaceChildren(...session.languages.map((tag) =>
    h('option', {value: tag, selected: tag === i18n.language()}, names[tag] || tag)));
  const csrf = document.getElementById('logout-csrf');
  if (session.csrfToken) {
    csrf.name = '_csrf';
    csrf.value = session.csrfToken;
  }
}

async function start() {
  session = await api.session();
  await i18n.load(i18n.chooseLanguage(session), session);
  renderShell();
  document.getElementById('language').addEventListener('change', async (event) => {
    i18n.rememberLanguage(event.target.value);
    await i18n.load(event.target.value, session);
    renderShell();
    await show();
  });
  window.addEventListener('hashchange', show);
  await show();
  document.body.dataset.ready = 'true';
}

start().catch((error) => {
  document.getElementById('page').replaceChildren(h('div', {class: 'empty error'}, String(error.message || error)));
});
