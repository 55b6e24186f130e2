// Replays answer sequences on ODK's own form engine (@getodk/xforms-engine, the engine of
// ODK Web Forms) and prints, after each step, what the engine says about every node: the
// other half of forms/tests/odk_engine.rs, which does the same on Sauti's engine and
// compares. Read README.md beside this file first.
//
// Usage: node replay.mjs <node_modules dir>   (the job, JSON, on stdin; the states on stdout)
//
// The engine needs a DOM (DOMParser, XMLSerializer, document): jsdom gives it one, as the
// engine's own tests do in Node. Its XPath parser is tree-sitter in wasm, whose loader asks
// for `__dirname`, which an ES module lacks.
import fs from 'node:fs';
import path from 'node:path';

const modules = process.argv[2];
const { JSDOM } = await import(path.join(modules, 'jsdom/lib/api.js'));
const dom = new JSDOM('');
for (const key of ['DOMParser', 'XMLSerializer', 'document', 'Node', 'Element', 'Document', 'NodeFilter']) {
  globalThis[key] = dom.window[key];
}
globalThis.__dirname = path.join(modules, '@getodk/xforms-engine/dist');
const { createInstance } = await import(path.join(modules, '@getodk/xforms-engine/dist/index.js'));

/**
 * The text a leaf holds in the instance, as it would be submitted: `<age>34</age>`.
 * Read by hand: each document jsdom parses registers listeners on its one window, so
 * parsing one per leaf and step grows slower with every call.
 */
function text(node) {
  const xml = node.instanceState.instanceXML;
  if (!xml || xml.endsWith('/>')) return '';
  const inner = xml.slice(xml.indexOf('>') + 1, xml.lastIndexOf('</'));
  return inner.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, e) =>
    ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ??
    String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));
}

/** Every node by its reference (`/data/member[2]/age`); references move when instances do. */
function index(root) {
  const out = new Map();
  const walk = (node) => {
    out.set(node.currentState.reference, node);
    for (const child of node.currentState.children ?? []) walk(child);
  };
  walk(root);
  return out;
}

const QUESTIONS = new Set(['input', 'select', 'range', 'rank', 'trigger', 'upload']);

/** What the engine says about each node now, in the shape the Rust side writes. */
function state(root) {
  const out = {};
  for (const [reference, node] of index(root)) {
    const s = node.currentState;
    switch (node.nodeType) {
      case 'root':
      case 'repeat-instance':
        break;
      case 'group':
        out[reference] = { r: s.relevant };
        break;
      case 'repeat-range:controlled':
      case 'repeat-range:uncontrolled':
        out[reference] = { r: s.relevant, n: s.children.length };
        break;
      case 'note':
        out[reference] = { r: s.relevant };
        break;
      case 'model-value':
        out[reference] = { r: s.relevant, v: text(node) };
        break;
      default:
        if (QUESTIONS.has(node.nodeType)) {
          out[reference] = {
            r: s.relevant,
            q: s.required,
            c: node.validationState.constraint.valid,
            v: text(node),
          };
        }
    }
  }
  return out;
}

/** Give a question the text `value`, through the call its kind of node offers. */
function set(node, value) {
  switch (node.nodeType) {
    case 'select':
      if (node.selectType === 'select') node.selectValues(value === '' ? [] : value.split(' '));
      else node.selectValue(value === '' ? null : value);
      break;
    case 'rank':
      node.setValues(value === '' ? [] : value.split(' '));
      break;
    case 'trigger':
      node.setValue(value === 'OK');
      break;
    default:
      node.setValue(value);
  }
}

/** The attached files a form reads (`jr://file/buildings.geojson`), from `dir`. */
function attachments(dir) {
  return async (url) => {
    const file = dir && path.join(dir, path.basename(decodeURIComponent(new URL(url).pathname)));
    if (!file || !fs.existsSync(file)) return new Response('', { status: 404 });
    return new Response(fs.readFileSync(file), { status: 200 });
  };
}

/**
 * Sauti keeps no answer to a question that is not asked, nor a choice its question no
 * longer offers (README: deviations): ODK keeps either out of sight (it reads as blank
 * meanwhile) and brings it back when the question is asked, or the choice offered, again.
 * Cleared here as Sauti clears them, so that what follows is compared on the same answers;
 * how many were cleared is reported. `answered`: what this run gave each question, even
 * an empty answer (a hidden value cannot be read). A question asked again starts anew
 * in Sauti, with its default: `initial`, what it held when the form opened.
 */
function clearUnasked(root, answered, initial) {
  const cleared = { unasked: 0, unoffered: 0 };
  const words = (value) => value.split(' ').filter((w) => w !== '').sort().join(' ');
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    for (const [, node] of index(root)) {
      if (!node.currentState.relevant) {
        if (answered.has(node)) {
          set(node, initial.get(node) ?? '');
          answered.delete(node);
          changed = true;
          cleared.unasked++;
        } else if (node.nodeType === 'repeat-range:uncontrolled' && node.currentState.children.length > 0) {
          node.removeInstances(0, node.currentState.children.length);
          changed = true;
          cleared.unasked++;
          break; // the index is stale now
        }
      } else if ((node.nodeType === 'select' || node.nodeType === 'rank') && answered.get(node)) {
        const shown = node.currentState.value.join(' ');
        if (words(shown) !== words(answered.get(node))) {
          set(node, shown);
          if (shown === '') answered.delete(node);
          else answered.set(node, shown);
          changed = true;
          cleared.unoffered++;
        }
      }
    }
    if (!changed) break;
  }
  return cleared;
}

async function run(form, sequence) {
  const instance = await createInstance(form.xml, {
    form: { fetchFormAttachment: attachments(form.attachments), missingResourceBehavior: 'BLANK' },
    instance: { preloadProperties: { deviceID: 'odk-diff', username: 'odk-diff' } },
  });
  const root = instance.root;
  // pyxform writes one instance of each repeat into the form; Sauti's phone starts a
  // repeat empty and the enumerator adds the first (README: deviations).
  for (const [, node] of index(root)) {
    if (node.nodeType === 'repeat-range:uncontrolled' && node.currentState.children.length > 0) {
      node.removeInstances(0, node.currentState.children.length);
    }
  }
  const answered = new Map();
  // What each question holds when first asked, before this run answers it: its default
  // (a value out of sight cannot be read, so it is read once the question is asked).
  const initial = new Map();
  const asked = () => {
    for (const [, node] of index(root)) {
      if (QUESTIONS.has(node.nodeType) && node.currentState.relevant && !initial.has(node) && !answered.has(node)) {
        initial.set(node, text(node));
      }
    }
  };
  const first = clearUnasked(root, answered, initial);
  asked();
  const states = [{ ...state(root), '': first }];
  for (const step of sequence) {
    const nodes = index(root);
    const node = nodes.get(step.path);
    const at = {};
    if (!node) {
      at.missing = step.path;
    } else if (step.op === 'set') {
      set(node, step.value);
      answered.set(node, step.value);
    } else if (step.op === 'probe') {
      // A value of the wrong kind: does the engine keep it? Then the old one is back.
      const before = text(node);
      set(node, step.value);
      at.accepted = text(node) !== '';
      set(node, before);
    } else if (step.op === 'add') {
      node.addInstances();
    } else if (step.op === 'remove') {
      node.removeInstances(step.index, 1);
    }
    const cleared = clearUnasked(root, answered, initial);
    asked();
    states.push({ ...state(root), '': { ...at, ...cleared } });
  }
  return states;
}

const job = JSON.parse(fs.readFileSync(0, 'utf8'));
const results = [];
for (const form of job.forms) {
  const began = Date.now();
  try {
    const runs = [];
    for (const sequence of form.sequences) runs.push(await run(form, sequence));
    results.push({ name: form.name, runs });
    if (process.env.SAUTI_ODK_VERBOSE) console.error(`${form.name}: ${Date.now() - began} ms`);
  } catch (error) {
    results.push({ name: form.name, error: String(error && error.stack || error) });
  }
}
process.stdout.write(JSON.stringify(results));
