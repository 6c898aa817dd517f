// Building the page's DOM without a framework: h() for HTML elements, svg() for SVG ones.
// Attributes are set as attributes, never as inline style text, so the page runs under a
// Content-Security-Policy without 'unsafe-inline'; sizes are set through element.style (CSSOM).

const svgNamespace = 'http://www.w3.org/2000/svg';
const properties = new Set(['value', 'checked', 'disabled', 'hidden', 'selected', 'open', 'indeterminate']);

function build(element, props, children) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      element.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    } else if (key === 'text') {
      element.textContent = value;
    } else if (properties.has(key)) {
      element[key] = value;
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends children: nodes, strings, numbers and (nested) arrays; null, undefined and false are skipped. */
export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export const h = (tag, props, ...children) => build(document.createElement(tag), props, children);

export const svg = (tag, props, ...children) => build(document.createElementNS(svgNamespace, tag), props, children);

/** Replaces an element's children. */
export function replace(element, ...children) {
  element.replaceChildren();
  return append(element, children);
}

let uniqueCounter = 0;

/** An id no other element of the page has, for label/aria references. */
export const uniqueId = (prefix) => `${prefix}-${++uniqueCounter}`;

/** Says something to screen-reader users through the page's polite status region. */
export function announce(message) {
  const region = document.getElementById('announcer');
  if (region) {
    // Clearing first makes the same message be read again.
    region.textContent = '';
    requestAnimationFrame(() => { region.textContent = message; });
  }
}

export const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Runs fn after the calls stop for `wait` milliseconds. */
export function debounce(fn, wait) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}

/**
 * Draws `container` again with `render()` and gives the focus back to the control that had it,
 * matched by its data-focus-key ("<what>|<id>"); when that control is gone (an Expand button
 * whose node is now expanded), to another control of the same id.
 */
export function keepFocus(container, render) {
  const key = container.contains(document.activeElement) ? document.activeElement.dataset?.focusKey : undefined;
  render();
  if (key) {
    const controls = [...container.querySelectorAll('[data-focus-key]')];
    const id = key.slice(key.indexOf('|') + 1);
    (controls.find((control) => control.dataset.focusKey === key)
      ?? controls.find((control) => control.dataset.focusKey.slice(control.dataset.focusKey.indexOf('|') + 1) === id))?.focus();
  }
}
