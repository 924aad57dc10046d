// A Web Worker that runs one program in a fresh Pyodide: the page starts a new one for every run
// (state never leaks from one run into the next) and terminates it to stop a runaway program.
// Messages in: {type: "run", source, filename, modules}. Out: {type: "ready", version}, {type: "line",
// stream, text, ms}, {type: "done", status, ms, figures}, {type: "failed", message}.
import { canSwitchStacks, runSnippet, savedFigures } from "./pyodide-runner.mjs";

const runtime = new URL("../assets/pyodide/", import.meta.url);
const loading = import(new URL("pyodide.mjs", runtime)).then(({ loadPyodide }) =>
  loadPyodide({ indexURL: runtime.href }),
);

loading.then(
  (pyodide) =>
    postMessage({
      type: "ready",
      version: pyodide.version,
      python: pyodide.runPython("import sys; sys.version.split()[0]"),
      stackSwitching: canSwitchStacks(),
    }),
  (error) => postMessage({ type: "failed", message: String(error) }),
);

self.addEventListener("message", async ({ data }) => {
  if (data.type !== "run") return;
  try {
    const pyodide = await loading;
    const started = performance.now();
    const status = await runSnippet(
      pyodide,
      data.source,
      data.filename,
      (stream, text, ms) => postMessage({ type: "line", stream, text, ms }),
      data.modules,
    );
    postMessage({ type: "done", status, ms: performance.now() - started, figures: savedFigures(pyodide) });
  } catch (error) {
    postMessage({ type: "failed", message: String(error) });
  }
});
