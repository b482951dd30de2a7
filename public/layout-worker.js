// The layout worker of Geneva Data Map (see src/web/layout_worker.rs): lays out a map that has no
// baked positions off the page's main thread. It imports the app's own glue, instantiates the
// app's compiled wasm module (sent by the page), and posts the positions between slices of work;
// the last message has `settled: true`. Any failure is posted as `{ error }`, and the page then
// lays the map out itself.
self.onmessage = async ({ data }) => {
  try {
    const app = await import(data.glue);
    await app.default({ module_or_path: data.module });
    const job = new app.WorkerLayout(data.radius, data.group, data.fixed, data.edges, data.seedHi, data.seedLo);
    for (let running = true; running;) {
      running = job.run(data.sliceMs);
      const positions = job.positions();
      self.postMessage({ positions, settled: !running }, [positions.buffer]);
    }
    job.free();
  } catch (e) {
    self.postMessage({ error: String((e && e.message) || e) });
  }
};
