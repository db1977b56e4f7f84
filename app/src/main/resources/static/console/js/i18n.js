// The console's texts and number, money and date formats, for the chosen language.

const state = {
  language: 'zh-CN',
  texts: {},
  zone: 'Asia/Shanghai',
  currency: 'CNY',
};

const STORAGE_KEY = 'crmbridge.console.language';

/** Picks the language: the user's last choice if the server has it, else the configured one. */
export function chooseLanguage(session) {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return session.languages.includes(stored) ? stored : session.language;
}

export function rememberLanguage(language) {
  window.localStorage.setItem(STORAGE_KEY, language);
}

export async function load(language, session) {
  const response = await fetch(`/console/messages/${encodeURIComponent(language)}`, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'},
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  state.texts = await response.json();
  state.language = language;
  state.zone = session.zone;
  state.currency = session.currency;
  document.documentElement.lang = language;
}

export function language() {
  return state.language;
}

/** The text for key with {0}, {1}… filled in; the key itself when there is none, so a gap shows. */
export function t(key, ...args) {
  const text = state.texts[key];
  if (text === undefined) return key;
  return text.replace(/\{(\d+)\}/g, (match, index) => (args[index] === undefined ? match : String(args[index])));
}

/** The text for prefix.value, or the raw value when the console has no text for it (a plugin's value). */
export function label(prefix, value) {
  if (value === null || value === undefined || value === '') return t('common.none');
  const key = `${prefix}.${value}`;
  return key in state.texts ? state.texts[key] : String(value);
}

const NONE = () => t('common.none');

function isBlank(value) {
  return value === null || value === undefined || value === '' || Number.isNaN(Number(value));
}

export function integer(value) {
  return isBlank(value) ? NONE() : new Intl.NumberFormat(state.language).format(Number(value));
}

export function decimal(value, digits = 2) {
  return isBlank(value)
    ? NONE()
    : new Intl.NumberFormat(state.language, {minimumFractionDigits: digits, maximumFractionDigits: digits})
        .format(Number(value));
}

/** A ratio such as 0.8734 as a percentage, 87.3 %. */
export function percent(value, digits = 1) {
  return isBlank(value)
    ? NONE()
    : new Intl.NumberFormat(state.language, {
        style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits,
      }).format(Number(value));
}

/** An amount in the base currency, to the cent: ¥23,000.00. */
export function money(value) {
  return isBlank(value)
    ? NONE()
    : new Intl.NumberFormat(state.language, {
        style: 'currency', currency: state.currency, currencyDisplay: 'narrowSymbol',
      }).format(Number(value));
}

/** An instant (ISO-8601 text) as a date and time in the configured zone. */
export function dateTime(value) {
  if (!value) return NONE();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(state.language, {
    timeZone: state.zone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  }).format(date);
}

/** The time between two instants, e.g. 1.2 s or 3 min 4 s. */
export function duration(startValue, endValue) {
  if (!startValue || !endValue) return NONE();
  const millis = new Date(endValue).getTime() - new Date(startValue).getTime();
  if (!(millis >= 0)) return NONE();
  const unit = (amount, name, digits = 0) => new Intl.NumberFormat(state.language, {
    style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits,
  }).format(amount);
  if (millis < 60000) return unit(millis / 1000, 'second', 1);
  return `${unit(Math.floor(millis / 60000), 'minute')} ${unit(Math.round((millis % 60000) / 1000), 'second')}`;
}
