import { request, isAbort } from './api.js';
import { h, replace, uniqueId, debounce } from './dom.js';
import { labelIcon } from './labels.js';

// A search box with type-ahead over the API's search (names, aliases and codes), as the WAI-ARIA
// combobox pattern has it: the list opens as you type; Down and Up move through it, Enter
// chooses, Escape closes it (or clears the box), Home and End move in the text.

const resultsShown = 10;

/**
 * A labelled search box. `labels` limits the hits to those labels; `onChoose(node)` gets the
 * chosen hit ({ __typename, id, name }). Returns { element, input, setNode(node), clear() }.
 */
export function createCombobox({ label, labels = null, placeholder = 'Name, alias or code', onChoose, hideLabel = false }) {
  const inputId = uniqueId('combobox');
  const listId = uniqueId('listbox');
  const hintId = uniqueId('hint');
  let hits = [];
  let active = -1;
  let controller = null;
  let chosen = null;
  // Enter pressed before the first results came: choose the best one when they come.
  let chooseWhenReady = false;

  const input = h('input', {
    id: inputId,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-describedby': hintId,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'combobox-list', 'aria-label': `${label}: results`, hidden: true });
  const hint = h('span', { id: hintId, class: 'visually-hidden' }, 'Type to search; Down and Up move through the results, Enter chooses.');
  const message = h('p', { class: 'combobox-message', role: 'status' });
  const element = h('div', { class: 'combobox' },
    h('label', { for: inputId, class: hideLabel ? 'visually-hidden' : 'field-label' }, label), hint,
    h('div', { class: 'combobox-field' }, input, list), message);

  function open(isOpen) {
    list.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) {
      setActive(-1);
    }
  }

  function setActive(index) {
    active = index;
    const options = [...list.children];
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && options[index]) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(index) {
    const hit = hits[index];
    if (!hit) {
      return;
    }
    setNode(hit.node);
    open(false);
    onChoose(hit.node);
  }

  function render() {
    replace(list, hits.map((hit, index) => h('li', {
      id: `${listId}-${index}`,
      role: 'option',
      class: 'combobox-option',
      'aria-selected': 'false',
      onmousedown: (event) => event.preventDefault(),
      onclick: () => choose(index),
    },
    labelIcon(hit.node.__typename),
    h('span', { class: 'option-name' }, hit.node.name, hit.node.code ? h('span', { class: 'option-code' }, ` ${hit.node.code}`) : null),
    h('span', { class: 'option-label' }, hit.node.__typename),
    matchedAlias(hit.node, input.value) ? h('span', { class: 'option-alias' }, `also ${matchedAlias(hit.node, input.value)}`) : null)));
    open(hits.length > 0);
  }

  const search = debounce(async (text) => {
    controller?.abort();
    if (text.trim().length === 0) {
      hits = [];
      message.textContent = '';
      render();
      return;
    }
    controller = new AbortController();
    try {
      const { data } = await request('Search', { text, labels, first: resultsShown }, { signal: controller.signal });
      hits = data.search;
      message.textContent = hits.length === 0 ? `Nothing matches “${text}”.` : `${hits.length} results.`;
      render();
      if (chooseWhenReady) {
        chooseWhenReady = false;
        choose(0);
      }
    } catch (error) {
      if (!isAbort(error)) {
        hits = [];
        render();
        message.textContent = error.message;
      }
    }
  }, 150);

  input.addEventListener('input', () => {
    chosen = null;
    chooseWhenReady = false;
    search(input.value);
  });
  input.addEventListener('keydown', (event) => {
    const isOpen = !list.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isOpen && hits.length > 0) {
          open(true);
        }
        setActive(Math.min(active + 1, hits.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive(Math.max(active - 1, 0));
        break;
      case 'Enter':
        event.preventDefault();
        if (isOpen) {
          choose(active >= 0 ? active : 0);
        } else if (input.value.trim() && !chosen) {
          chooseWhenReady = true;
          search(input.value);
        }
        break;
      case 'Escape':
        if (isOpen) {
          event.preventDefault();
          open(false);
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          chosen = null;
          hits = [];
          message.textContent = '';
        }
        break;
      case 'Tab':
        open(false);
        break;
      default:
    }
  });
  input.addEventListener('blur', () => open(false));
  input.addEventListener('focus', () => {
    if (hits.length > 0 && !chosen) {
      open(true);
    }
  });

  function setNode(node) {
    chosen = node;
    input.value = node ? node.name : '';
    message.textContent = '';
  }

  return {
    element,
    input,
    setNode,
    get node() { return chosen; },
    clear() { setNode(null); hits = []; },
  };
}

/** The alias that made a hit match, when its name does not show why. */
function matchedAlias(node, text) {
  const words = text.trim().toLowerCase();
  if (!words || node.name.toLowerCase().includes(words)) {
    return null;
  }
  return (node.aliases ?? []).find((alias) => alias.toLowerCase().includes(words)) ?? null;
}
