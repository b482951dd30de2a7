// sigma.js v3 (WebGL) with a graphology graph, drawing the dataset at its baked positions: no
// layout, no labels; sigma fits the graph to its container by itself. Ready at the first
// `afterRender`. Sigma renders its first frame inside its constructor, before a listener could be
// added, so the first `afterRender` is caught by wrapping `emit` for the page's one instance.
'use strict';
peer.load().then((ds) => {
  const g = peer.graph(ds);
  const { look } = peer;
  const graph = new graphology.Graph({ type: 'undirected' });
  for (const n of g.nodes) graph.addNode(n.id, { x: n.x, y: -n.y, size: n.r, color: n.color });
  for (const [org, topic] of g.links) graph.mergeEdge(org, topic, { size: look.edgeW, color: look.edge });
  const emit = Sigma.prototype.emit;
  Sigma.prototype.emit = function (type, ...args) {
    if (type === 'afterRender') {
      Sigma.prototype.emit = emit;
      peer.ready();
    }
    return emit.call(this, type, ...args);
  };
  new Sigma(graph, peer.container(), { renderLabels: false, renderEdgeLabels: false });
}).catch(peer.fail);
