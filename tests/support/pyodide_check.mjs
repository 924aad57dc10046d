// Runs snippets in Pyodide under Node, each in a fresh interpreter in a thread of its own, the way the
// page runs them in a Web Worker. For tests/website/test_browser_runs.py:
//
//   node --experimental-wasm-stack-switching tests/support/pyodide_check.mjs <pyodide folder> [lanes] < jobs.json
//
// stdin: [{"name": "snippets/...", "source": "...", "modules"?: {"timeline.py": source}, "claims"?: [...]}];
// stdout: [{"name", "status", "lines": [[stream, text, ms]], "figures": [[file, svg]], "checked"?: [...]}]:
// a run with claims is checked as the page's "확인" checks it (docs/javascripts/exercise-check.mjs).
// Every interpreter starts from one memory snapshot taken right after start-up (0.2 s instead of 1.5 s).
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const RUNNER = new URL("../../docs/javascripts/pyodide-runner.mjs", import.meta.url);
const CHECK = new URL("../../docs/javascripts/exercise-check.mjs", import.meta.url);

if (isMainThread) {
  const folder = process.argv[2].replace(/\/?$/, "/");
  const jobs = JSON.parse(readFileSync(0, "utf8"));
  const { loadPyodide } = await import(pathToFileURL(folder + "pyodide.mjs"));
  const first = await loadPyodide({ indexURL: folder, _makeSnapshot: true });
  const snapshot = first.makeMemorySnapshot();
  const results = [];
  let next = 0;
  async function lane() {
    while (next < jobs.length) {
      const job = jobs[next++];
      results.push(
        await new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { folder, snapshot, job } });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
      );
    }
  }
  // Four runs per CPU by default: most of them only wait (a run whose timing suffered from the
  // crowd is run again alone by the caller).
  const lanes = Number(process.argv[3]) || 4 * cpus().length;
  await Promise.all(Array.from({ length: lanes }, lane));
  // Exit once the whole answer is written: stdout to a pipe is asynchronous, and exiting at once
  // would cut an answer longer than the pipe's buffer (figures make it long).
  process.stdout.write(JSON.stringify(results), () => process.exit(0));
} else {
  const { folder, snapshot, job } = workerData;
  const { loadPyodide } = await import(pathToFileURL(folder + "pyodide.mjs"));
  const { runSnippet, savedFigures } = await import(RUNNER);
  const pyodide = await loadPyodide({ indexURL: folder, _loadSnapshot: snapshot });
  const lines = [];
  const status = await runSnippet(
    pyodide,
    job.source,
    job.name,
    (stream, text, ms) => lines.push([stream, text, ms]),
    job.modules,
  );
  const ran = { name: job.name, status, lines, figures: savedFigures(pyodide) };
  if (job.claims) {
    const { checkClaims } = await import(CHECK);
    const stream = (name) => lines.filter(([kind]) => kind === name).map(([, text]) => text);
    ran.checked = checkClaims(job.claims, {
      status,
      stdout: stream("out").join("\n"),
      stderr: stream("err").join("\n"),
    });
  }
  parentPort.postMessage(ran);
}
