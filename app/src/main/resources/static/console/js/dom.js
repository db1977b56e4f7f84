// Builds DOM nodes from data without innerHTML, so that text from a CRM can never become markup.

/**
 * h('td', {class: 'num'}, 'text', node, [more]) → an element. Attributes starting with "on" are listeners;
 * null, undefined and false children are skipped.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** A table with a header row; columns are {label, className}; rows are arrays of <tr>. */
export function table(columns, rows, attributes = {}) {
  return h('table', attributes,
    h('thead', {}, h('tr', {}, columns.map((column) => h('th', {class: column.className}, column.label)))),
    h('tbody', {}, rows));
}

/** A coloured pill; tone is one of good, warn, bad, info or empty for grey. */
export function badge(text, tone = '', extraClass = '') {
  return h('span', {class: `badge ${tone} ${extraClass}`.trim()}, text);
}

/** A <select> of [value, label] pairs with the given value selected. */
export function select(id, options, selected, onchange) {
  return h('select', {id, onchange: (event) => onchange(event.target.value)},
    options.map(([value, label]) => h('option', {value, selected: value === selected}, label)));
}

export function labelled(text, control) {
  return h('label', {}, text, control);
}

export function empty(text) {
  return h('div', {class: 'empty'}, text);
}
