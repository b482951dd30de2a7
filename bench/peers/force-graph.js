// force-graph (canvas) drawing the dataset at its baked positions: every node pinned (fx, fy),
// no simulation tick (cooldownTicks 0), no labels or tooltips, nodes not draggable (a drag pans),
// fitted with zoomToFit. Ready after the first frame drawn once the engine has stopped, i.e. with
// every node and link in place.
'use strict';
peer.load().then((ds) => {
  const g = peer.graph(ds);
  const nodes = g.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, fx: n.x, fy: n.y, color: n.color, val: (n.r / g.fit) ** 2 }));
  const links = g.links.map(([source, target]) => ({ source, target }));
  let stopped = false;
  let marked = false;
  const el = peer.container();
  const fg = new ForceGraph(el)
    .width(peer.size.w).height(peer.size.h)
    .nodeLabel(null).linkLabel(null).enableNodeDrag(false)
    .nodeRelSize(1).nodeVal('val').nodeColor('color')
    .linkColor(() => peer.look.edge).linkWidth(peer.look.edgeW)
    .cooldownTicks(0)
    .onEngineStop(() => { stopped = true; })
    .onRenderFramePost(() => {
      if (stopped && !marked) {
        marked = true;
        peer.ready();
      }
    })
    .graphData({ nodes, links });
  fg.zoomToFit(0, 10);
}).catch(peer.fail);
