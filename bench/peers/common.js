// The bench's comparison pages (bench/README.md, "Peers and the floor"): what every page shares.
// Loaded first, in <head>, so the dataset's download starts at once (as our app's early download
// does). The page's URL says what to draw: `?data=` the dataset's path, `?w=&h=` the map's size in
// CSS pixels (our app's map box in the same configuration). `peer.load()` resolves to the parsed
// dataset (after marking `datamap:data-loaded`); `peer.graph(ds)` turns it into nodes and links
// at the file's baked positions; `peer.ready()` marks `datamap:ready`, which the harness waits for
// as it does for our app.
'use strict';
(() => {
  const q = new URLSearchParams(location.search);
  const path = q.get('data');
  const text = fetch(path).then((r) => {
    if (!r.ok) throw new Error(`${path}: the server answered ${r.status}`);
    return r.text();
  });
  const size = { w: Number(q.get('w')) || 1040, h: Number(q.get('h')) || 668 };
  /** Node radii and the edge width in CSS pixels at the camera that fits every node. */
  const look = { topicR: 6, orgR: 3, edgeW: 0.8, org: '#9aa3ad', edge: '#c3c9d1', topic: '#2f6db5' };

  function fail(e) {
    console.error(`peer page: ${e && e.message ? e.message : e}`);
  }

  /** The dataset's nodes (topics first) with their baked positions and colours, and its links. */
  function graph(ds) {
    const positions = ds.positions || {};
    const colours = new Map((ds.categories || []).map((c) => [c.id, c.color]));
    const nodes = [];
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    const add = (id, topic, color) => {
      const p = positions[id];
      if (!Array.isArray(p)) throw new Error(`no baked position for ${id}: the peers draw baked files only`);
      const [x, y] = p;
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
      nodes.push({ id, topic, x, y, color, r: topic ? look.topicR : look.orgR });
    };
    for (const t of ds.topics) add(t.id, true, colours.get(t.category) || look.topic);
    for (const o of ds.organisations) add(o.id, false, look.org);
    const links = ds.links.map((l) => [l.org, l.topic]);
    // The zoom that shows every node in the map box (as the app's "fit all", margin 0.9).
    const fit = 0.9 * Math.min(size.w / Math.max(x1 - x0, 1e-9), size.h / Math.max(y1 - y0, 1e-9));
    return { nodes, links, fit };
  }

  /** The map's element, sized as our app's map box. */
  function container() {
    const el = document.getElementById('map');
    el.style.width = `${size.w}px`;
    el.style.height = `${size.h}px`;
    return el;
  }

  window.peer = {
    size, look, graph, container, fail,
    load: () => text.then((t) => {
      const ds = JSON.parse(t);
      performance.mark('datamap:data-loaded');
      return ds;
    }),
    ready: () => performance.mark('datamap:ready'),
  };
})();
