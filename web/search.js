// The search box: calls Query.search as you type (debounced) and lists the hits; picking one
// (click, or Enter for the highlighted hit) calls `onPick(entity)`.
import { searchEntities } from './api.js';
import { labelStyle } from './styles.js';

/** Wires `input` and the `list` under it; returns { setText(text) }. */
export function attachSearch(input, list, onPick) {
  let hits = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const render = () => {
    list.replaceChildren();
    hits.forEach((hit, i) => {
      const e = hit.entity;
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.dataset.id = e.id;
      if (i === active) li.setAttribute('aria-selected', 'true');
      const dot = document.createElement('span');
      dot.className = 'dot';
      dot.style.background = labelStyle(e.label).color;
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = e.name;
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = `${e.label} · ${e.id}`;
      li.append(dot, name, meta);
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(i);
      });
      list.append(li);
    });
    if (!hits.length) {
      const li = document.createElement('li');
      li.className = 'none';
      li.textContent = 'No match.';
      list.append(li);
    }
    list.hidden = false;
  };
  const pick = (i) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.entity.name;
    close();
    onPick(hit.entity);
  };
  const run = async () => {
    const text = input.value.trim();
    if (!text) {
      hits = [];
      close();
      return;
    }
    const ticket = ++asked;
    try {
      const found = await searchEntities(text);
      if (ticket !== asked) return;
      hits = found;
      active = hits.length ? 0 : -1;
      render();
    } catch (err) {
      if (ticket !== asked) return;
      hits = [];
      list.replaceChildren(Object.assign(document.createElement('li'), { className: 'none', textContent: err.message }));
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!hits.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      clearTimeout(timer);
      if (!list.hidden && active >= 0) pick(active);
      else void run();
    } else if (ev.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return {
    setText(text) {
      input.value = text;
    },
  };
}
