// The comparison pages of `make bench` (bench/README.md, "Peers and the floor"): three graph
// libraries drawing the same baked datasets as our app, and a floor page that only fetches and
// parses the file. Their pages live in bench/peers/; the libraries come from node_modules/ (pinned
// in package.json), copied with the pages into the served copy of dist/, so the bench's own
// server serves them (no CDN). A page run is a load until `datamap:ready` and, for the peers, the
// same scripted pan and zoom as our app's runs.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as inpage from './inpage.mjs';
import { figuresOfLoad, figuresOfPanZoom, recordPanZoom, withLoadedPage } from './run.mjs';

/**
 * The peers, in run order: the npm packages whose versions the report names, and the files the
 * page loads from node_modules/ (each page: bench/peers/<id>.html and <id>.js).
 */
export const PEERS = [
  { id: 'force-graph', renderer: 'canvas', packages: ['force-graph'], libs: ['force-graph/dist/force-graph.min.js'] },
  { id: 'cytoscape', renderer: 'canvas', packages: ['cytoscape'], libs: ['cytoscape/dist/cytoscape.min.js'] },
  { id: 'sigma', renderer: 'WebGL', packages: ['sigma', 'graphology'], libs: ['graphology/dist/graphology.umd.min.js', 'sigma/dist/sigma.min.js'] },
];
/** The floor: fetch the file, JSON.parse it, mark ready; no drawing, so no pan and zoom. */
export const FLOOR = { id: 'floor', renderer: 'none: fetch and JSON.parse only', packages: [], libs: [] };
/** Our app's map box at 1280x800 on the real dataset, for a peer page run before any of ours. */
const DEFAULT_BOX = { width: 1040, height: 668 };

/**
 * Copies bench/peers/ and the peers' library files into `served`/peers/ (`served`: the copy of
 * dist/ the bench serves). Returns, per page id, the packages and versions it uses.
 */
export function stagePeers(root, served) {
  const dir = join(served, 'peers');
  cpSync(join(root, 'bench', 'peers'), dir, { recursive: true });
  mkdirSync(join(dir, 'lib'), { recursive: true });
  const versions = {};
  for (const p of [...PEERS, FLOOR]) {
    for (const lib of p.libs) {
      const file = join(root, 'node_modules', lib);
      if (!existsSync(file)) throw new Error(`node_modules/${lib} is missing: run \`npm ci\` (or \`make setup\`)`);
      copyFileSync(file, join(dir, 'lib', basename(lib)));
    }
    versions[p.id] = p.packages.map((name) => {
      const pkg = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
      return `${name} ${pkg.version}`;
    }).join(', ');
  }
  return versions;
}

/** A comparison page's URL: the dataset, and the map box our app had in the same configuration. */
export function pageUrl(server, page, dataPath, box) {
  const { width, height } = box ?? DEFAULT_BOX;
  const q = new URLSearchParams({ data: dataPath, w: String(Math.round(width)), h: String(Math.round(height)) });
  return `${server}/peers/${page.id}.html?${q}`;
}

/** What WebGL the browser offers (the sigma page needs it): the unmasked renderer, or why none. */
export async function webglRenderer(browser) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
      if (!gl) return 'none: no WebGL context';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return `${gl instanceof WebGL2RenderingContext ? 'WebGL 2' : 'WebGL 1'}, ${gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)}`;
    });
  } finally {
    await page.close();
  }
}

/**
 * One run of a comparison page. `cfg`: { url, dataPath, readyTimeoutMs, panZoomMs (0: load only) }.
 * Throws with `readyTimeout` set when `datamap:ready` does not come in time.
 */
export async function measurePage(browser, cfg) {
  return withLoadedPage(browser, cfg, async (page, errors) => {
    const load = await page.evaluate(inpage.loadFigures, cfg.dataPath);
    const pz = cfg.panZoomMs ? await recordPanZoom(page, await page.locator('#map').boundingBox(), cfg.panZoomMs) : null;
    return {
      figures: { ...figuresOfLoad(load, load.longtasks), ...(pz ? figuresOfPanZoom(pz) : {}) },
      details: { longtasks: load.longtasks, panZoom: pz ? { frames: pz.frames } : null, errors },
    };
  });
}
