// A Web Worker that runs one program in a fresh Pyodide: the page starts a new one for every run
// (state never leaks from one run into the next) and terminates it to stop a runaway program.
// Starting CPython takes about two seconds; restoring a memory snapshot of a just-started one takes a
// tenth of that. So the page's first worker starts CPython, takes a snapshot before any program runs
// and hands it to the page, and the later workers start from that snapshot (Pyodide's
// makeMemorySnapshot and the _loadSnapshot option of loadPyodide, experimental in the version
// package-lock.json pins: a snapshot that fails to load falls back to a plain start).
// Messages in: {type: "load", snapshot}, {type: "run", source, filename, modules}. Out: {type:
// "snapshot", snapshot}, {type: "ready", version, python, stackSwitching, fromSnapshot}, {type: "line",
// stream, text, ms}, {type: "done", status, ms, figures}, {type: "failed", message}.
import { canSwitchStacks, prepare, runSnippet, savedFigures } from "./pyodide-runner.mjs";

const runtime = new URL("../assets/pyodide/", import.meta.url);
let loading = null;

async function load(snapshot) {
  const { loadPyodide } = await import(new URL("pyodide.mjs", runtime));
  if (snapshot) {
    try {
      return [await loadPyodide({ indexURL: runtime.href, _loadSnapshot: snapshot }), true];
    } catch {
      // a plain start below
    }
  }
  const pyodide = await loadPyodide({ indexURL: runtime.href, _makeSnapshot: !snapshot });
  prepare(pyodide);
  if (!snapshot) postMessage({ type: "snapshot", snapshot: pyodide.makeMemorySnapshot() });
  return [pyodide, false];
}

self.addEventListener("message", async ({ data }) => {
  if (data.type === "load" && !loading) {
    loading = load(data.snapshot);
    loading.then(
      ([pyodide, fromSnapshot]) =>
        postMessage({
          type: "ready",
          version: pyodide.version,
          python: pyodide.runPython("import sys; sys.version.split()[0]"),
          stackSwitching: canSwitchStacks(),
          fromSnapshot,
        }),
      (error) => postMessage({ type: "failed", message: String(error) }),
    );
  }
  if (data.type !== "run") return;
  try {
    const [pyodide] = await loading;
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
