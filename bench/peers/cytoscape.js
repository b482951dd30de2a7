// Cytoscape.js (its canvas renderer) drawing the dataset at its baked positions: the `preset`
// layout (positions as given, no layout run) with `fit`, no labels, nodes not grabbable (a drag
// pans). Ready at the first `render` event after `ready`.
'use strict';
peer.load().then((ds) => {
  const g = peer.graph(ds);
  const { look } = peer;
  const nodes = g.nodes.map((n) => ({ data: { id: n.id, color: n.color, d: (2 * n.r) / g.fit }, position: { x: n.x, y: n.y } }));
  const edges = g.links.map(([source, target]) => ({ data: { source, target } }));
  cytoscape({
    container: peer.container(),
    elements: { nodes, edges },
    layout: { name: 'preset', fit: true, padding: 10 },
    style: [
      { selector: 'node', style: { width: 'data(d)', height: 'data(d)', 'background-color': 'data(color)' } },
      { selector: 'edge', style: { width: look.edgeW / g.fit, 'line-color': look.edge } },
    ],
    autoungrabify: true,
    boxSelectionEnabled: false,
    ready: (e) => e.cy.one('render', () => peer.ready()),
  });
}).catch(peer.fail);
