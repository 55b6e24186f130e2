// Answer every question shown on the interview's current page, as an enumerator would:
// a valid value for its kind, the `attempt`-th candidate (so a constraint that refuses
// the first value gets another), only questions still empty or marked invalid after the
// first attempt. arguments[0]: { name: kind } from the form; arguments[1]: the attempt;
// arguments[2]: { name: [values] } to type into a number or text question, best first
// (read from its constraint: tests/src/candidates.rs).
// Returns { skipped: what it could not answer, as "name: why"; capture: [css, accept]
// of each empty file input (the caller gives it a file); sign: css of each empty
// signature pad (the caller draws on it); again: a search box was typed in, whose
// choices show once the page has drawn them (the caller runs this again) }.
const kinds = arguments[0];
const attempt = arguments[1];
const typed = arguments[2] || {};
const pick = (list) => list[attempt % list.length];
// A typed question's values are tried in their order from its first answer on, whatever
// the attempt: one shown only after an earlier answer on its page (`relevant`) starts
// with its best value, not with the attempt's.
window.sautiWalkTried = window.sautiWalkTried || {};
const next = (name, list) => {
  const n = window.sautiWalkTried[name] || 0;
  window.sautiWalkTried[name] = n + 1;
  return list[n % list.length];
};
const setValue = (el, value) => {
  const proto = el.tagName === 'SELECT' ? HTMLSelectElement.prototype
    : el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
};
const shown = (el) => el && el.offsetParent !== null;
const skipped = [];
const capture = [];
const sign = [];
let again = false;
const choiceRows = (q) => q.querySelectorAll('.choices input[type=radio], .choices input[type=checkbox]');
// A filtered list with nothing for the answers given (a posto its attached file has no
// associations for, a district with no settlement).
const isEmptyList = (q) => {
  const list = q.querySelector('select');
  return (q.querySelector('.choices') || list) && !choiceRows(q).length
    && (!list || list.options.length <= 1)
    && !q.querySelector('input[type=search]:not([hidden])')
    && q.querySelector('[role=status]:not([hidden])');
};
const questions = [...document.querySelectorAll('.page .question[data-name]')]
  .filter((q) => shown(q) && !q.querySelector('fieldset[disabled]'));
// On a page where a cascade left a list empty for the answers given (not one still
// waiting for them), later attempts choose again in the page's other lists too (another
// district may have settlements), as an enumerator would.
const pageStuck = questions.some((q) => isEmptyList(q) && !q.querySelector('[role=status][data-waits]'));
for (const q of questions) {
  const name = q.dataset.name;
  const kind = kinds[name] || 'text';
  const invalid = q.classList.contains('invalid');
  const rows = choiceRows(q);
  const list = q.querySelector('select');
  if (isEmptyList(q)) {
    // Said as such in the walk's report.
    skipped.push(`${name}: an empty list`);
    continue;
  }
  if (attempt > 0 && !invalid && !(pageStuck && (rows.length || list))) continue;
  const radios = [...q.querySelectorAll('.choices input[type=radio], .choices input[type=checkbox]')];
  const input = q.querySelector('input:not([type=search]):not([type=radio]):not([type=checkbox]), textarea, select');
  if (kind === 'geotrace' || kind === 'geoshape') {
    if (attempt === 0 && q.querySelectorAll('.geo-points li').length > 0) continue;
    // Around one place, a few metres apart (never 0 0).
    const base = [-1.29 - attempt * 0.01, 36.82];
    const corners = kind === 'geoshape' ? 3 : 2;
    for (const li of [...q.querySelectorAll('.geo-points li .remove-point')]) li.click();
    for (let i = 0; i < corners; i++) {
      setValue(q.querySelector('.geo-typed input[id$=-lat]'), String(base[0] + (i === 2 ? 0.001 : 0)));
      setValue(q.querySelector('.geo-typed input[id$=-lon]'), String(base[1] + (i === 1 ? 0.001 : 0)));
      q.querySelector('button.add-point').click();
    }
  } else if (q.querySelector('.local-date')) {
    // A date in another calendar (`ethiopian`, `nepali`…): day, month, year.
    const date = q.querySelector('.local-date');
    const [day, year] = [...date.querySelectorAll('input')];
    if (attempt === 0 && day.value && year.value) continue;
    setValue(day, pick(['15', '1', '10']));
    setValue(date.querySelector('select'), pick(['6', '1', '3']));
    setValue(year, pick(['2012', '1380', '1440', '2075', '1400', '2010']));
  } else if (kind === 'rank') {
    const keep = q.querySelector('[id$=-keep]');
    if (shown(keep)) keep.click();
  } else if (kind === 'range') {
    const star = [...q.querySelectorAll('button.star')];
    if (star.length) star[attempt % star.length].click();
    else {
      const more = q.querySelector('button[id$=-more]');
      if (attempt === 0 && q.querySelector('.scale-value')?.textContent.trim()) continue;
      for (let i = 0; i <= attempt; i++) more?.click();
    }
  } else if (!radios.length && shown(q.querySelector('input[type=search]'))) {
    // A long list or `autocomplete`: its choices show once something is typed (in a
    // list in Arabic, Dari or Pashto, a word's first letter is often alef, `ال…`).
    setValue(q.querySelector('input[type=search]'), pick(['e', 'a', 'ا', 'i', 'o', '1', 'n']));
    again = true;
  } else if (radios.length) {
    const checked = radios.filter((r) => r.checked);
    if (attempt === 0 && checked.length) continue;
    for (const r of checked) if (r.type === 'checkbox') r.click();
    // Several boxes on later attempts (`count-selected(.) > 1`: the 3 main sources).
    const boxes = radios[0].type === 'checkbox' ? [1, 1, 2, 3, 1, 2, 1][attempt % 7] : 1;
    for (let i = 0; i < Math.min(boxes, radios.length); i++) {
      radios[(attempt + i) % radios.length].click();
    }
  } else if (input && input.tagName === 'SELECT') {
    if (attempt === 0 && input.value) continue;
    const options = [...input.options].filter((o) => o.value !== '');
    if (options.length) setValue(input, options[attempt % options.length].value);
  } else if (q.querySelector('.signature-question canvas')) {
    const pad = q.querySelector('.signature-question');
    if (attempt === 0 && invalid === false && pad.dataset.signed) continue;
    pad.dataset.signed = '1';
    sign.push(`#${CSS.escape(pad.id)} canvas`);
  } else if (input && input.type === 'file') {
    if (attempt === 0 && q.querySelector('.capture-preview, .remove:not([hidden])')) continue;
    capture.push([`#${CSS.escape(input.id)}`, input.accept]);
  } else if (input) {
    if (attempt === 0 && input.value) continue;
    const type = input.type;
    let value;
    // A date its constraint bounds (`. >= date('2019-10-01')`): the dates read from it.
    if ((type === 'date' || type === 'month') && typed[name]) value = next(name, typed[name]).slice(0, type === 'month' ? 7 : 10);
    else if (type === 'date') value = pick(['2020-06-15', '2024-01-10', '2000-01-01', '2040-06-15', '2025-11-20']);
    else if (type === 'month') value = pick(['2020-06', '2024-01', '2000-01']);
    else if (type === 'time') value = pick(['10:30', '08:00', '15:45']);
    else if (type === 'datetime-local') value = pick(['2020-06-15T10:30', '2024-01-10T08:00']);
    else if (kind === 'geopoint') value = pick(['-1.29 36.82', '9.03 38.74 2300 5']);
    else if (typed[name]) value = next(name, typed[name]);
    else if (kind === 'date' && input.inputMode === 'numeric') value = pick(['2020', '2024', '2000']);
    else value = pick(['Amina', '123456', 'yes', '1', 'amina@example.org', 'A1', 'ABC12']);
    setValue(input, value);
  } else if (!q.querySelector('.note, .calculated')) {
    skipped.push(`${name}: no input drawn for ${kind}`);
  }
}
return { skipped, capture, sign, again };
