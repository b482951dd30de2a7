// Writes the big hostile datasets that are not committed into tests/fixtures/hostile/generated/
// (git-ignored): a 50 MB file, 100,000 nodes without positions, 10,000 levels of nesting and a
// 1 MB name. Used by tests/e2e/hostile.spec.mjs; also runnable by hand:
//   node tools/hostile-gen.mjs [--bugs]   (--bugs adds the large files that once froze the app)
// Each file is written to a temporary name and renamed, so parallel workers never read half a file;
// a file that already has the expected size is kept.
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIR = 'tests/fixtures/hostile/generated';
const MIB = 1024 * 1024;

/** A small valid dataset, minified. */
const SMALL = JSON.stringify({
  version: 1,
  topics: [{ id: 'health-data', name: { en: 'Health data', fr: 'Données de santé' } }],
  organisations: [{ id: 'who', name: { en: 'WHO', fr: 'OMS' } }],
  links: [{ org: 'who', topic: 'health-data', sources: [{ url: 'https://www.who.int' }] }],
});

/** 1,000 topics and 99,000 organisations, each linked to one topic, no positions, minified. */
function nodes100k() {
  const topics = [];
  for (let t = 0; t < 1000; t++) topics.push(`{"id":"t${t}","name":{"en":"Topic ${t}","fr":"Thème ${t}"}}`);
  const orgs = [];
  const links = [];
  for (let o = 0; o < 99_000; o++) {
    orgs.push(`{"id":"o${o}","name":{"en":"Organisation ${o}","fr":"Organisation ${o}"}}`);
    links.push(`{"org":"o${o}","topic":"t${o % 1000}","sources":[{"url":"https://example.org/${o}"}]}`);
  }
  return `{"version":1,"topics":[${topics.join(',')}],"organisations":[${orgs.join(',')}],"links":[${links.join(',')}]}`;
}

/** The generated files: name → () => contents (a string or a Buffer). */
export const FILES = {
  // Valid JSON padded with spaces: refused by its size alone (the limit is 40 MiB).
  'huge-50mb.json': () => Buffer.concat([Buffer.from(SMALL), Buffer.alloc(50 * MIB - Buffer.byteLength(SMALL), ' ')]),
  'nodes-100k.json': nodes100k,
  'deep-10000.json': () =>
    `{"version": 1, "topics": [], "organisations": [], "links": [],\n "meta": {"title": ${'['.repeat(10_000)}1${']'.repeat(10_000)}}}`,
  // A name of 1 MiB (1,048,576 characters); the limit is 300.
  'name-1mb.json': () => SMALL.replace('"en":"WHO"', `"en":"${'A'.repeat(MIB)}"`),
};

/** Large files that once froze or crashed the app (regression tests). */
export const BUG_FILES = {
  // 40 MiB of `[`: the duplicate-key scan keeps a frame per bracket (gigabytes).
  'brackets-40mib.json': () => `{"version":1,"meta":${'['.repeat(40 * MIB - 20)}`,
  // 100,000 organisations without links, minified: one warning each, each placed by counting the
  // characters from the start of the (only) line.
  'unlinked-100k.json': () => {
    const orgs = [];
    for (let o = 0; o < 100_000; o++) orgs.push(`{"id":"o${o}","name":{"en":"O","fr":"O"}}`);
    return `{"version":1,"topics":[],"links":[],"organisations":[${orgs.join(',')}]}`;
  },
  // A dangling link whose topic id is 1 MiB long, among 1,000 topics: "did you mean" compares it
  // with every topic.
  'dangling-id-1mb.json': () => {
    const topics = [];
    for (let t = 0; t < 1000; t++) topics.push(`{"id":"t${t}","name":"T"}`);
    return `{"version":1,"topics":[${topics.join(',')}],"organisations":[{"id":"o","name":"O"}],"links":[{"org":"o","topic":"${'a'.repeat(MIB)}"}]}`;
  },
};

/** Writes the files (and the large regression files when `bugs`) into `dir`; returns their paths. */
export function generate({ dir = DIR, bugs = false } = {}) {
  mkdirSync(dir, { recursive: true });
  const all = { ...FILES, ...(bugs ? BUG_FILES : {}) };
  const paths = {};
  for (const [name, make] of Object.entries(all)) {
    const path = join(dir, name);
    const body = make();
    const size = Buffer.byteLength(body);
    let have = -1;
    try { have = statSync(path).size; } catch { /* not there yet */ }
    if (have !== size) {
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, body);
      renameSync(tmp, path);
    }
    paths[name] = path;
  }
  return paths;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const paths = generate({ bugs: process.argv.includes('--bugs') });
  for (const p of Object.values(paths)) console.log(`${p}: ${statSync(p).size} bytes`);
}
