// Run one snippet in a fresh Pyodide interpreter, as CPython would run `python snippets/<name>.py`.
// Shared by the page's Web Worker (browser-run-worker.mjs) and the tests (tests/support/pyodide_check.mjs),
// so what the tests check is what the reader runs.

// Python side: the program runs as __main__; time.sleep blocks as in CPython (Pyodide turns it into a
// non-blocking sleep, which would make the "blocking call in async def" lesson lie); a traceback
// starts at the program's own frame; the exit status is what `python` would return. The project's
// helper modules it imports (e.g. timeline.py) sit in its folder, and the figures it saves go to
// FIGURES (SNIPPET_FIGURE_DIR, as in the build), to be shown below its output.
const FOLDER = "/home/pyodide/snippet";
const FIGURES = "/home/pyodide/figures";
const RUNNER = `
import os, sys, time, traceback
import pyodide.webloop as _webloop

time.sleep = _webloop._orig_sleep


def _run_snippet(source, filename, modules):
    os.makedirs("${FOLDER}", exist_ok=True)
    os.makedirs("${FIGURES}", exist_ok=True)
    for name, text in modules.items():
        with open(os.path.join("${FOLDER}", name), "w", encoding="utf-8") as file:
            file.write(text)
    os.chdir("${FOLDER}")
    sys.path.insert(0, "${FOLDER}")
    os.environ["SNIPPET_FIGURE_DIR"] = "${FIGURES}"
    namespace = {"__name__": "__main__", "__file__": filename, "__builtins__": __builtins__}
    try:
        exec(compile(source, filename, "exec"), namespace)
    except SystemExit as done:
        code = done.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except BaseException as error:
        traceback.print_exception(type(error), error, error.__traceback__.tb_next)
        return 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return 0
`;

// What every run needs, defined before the first one (and so in a memory snapshot of the interpreter).
export function prepare(pyodide) {
  pyodide.runPython(RUNNER);
}

// onLine(stream, text, milliseconds since the start) for each line; modules: {"timeline.py": source}
// of the helpers it imports. Resolves to the exit status.
export async function runSnippet(pyodide, source, filename, onLine, modules = {}) {
  const started = performance.now();
  const emit = (stream) => (text) => onLine(stream, text, performance.now() - started);
  pyodide.setStdout({ batched: emit("out") });
  pyodide.setStderr({ batched: emit("err") });
  prepare(pyodide);
  const run = pyodide.globals.get("_run_snippet");
  try {
    return await pyodide.runPythonAsync("_run_snippet(_source, _filename, _modules)", {
      globals: pyodide.toPy({ _run_snippet: run, _source: source, _filename: filename, _modules: modules }),
    });
  } finally {
    run.destroy();
  }
}

// The figures the run saved, [[file name, SVG text]] in name order.
export function savedFigures(pyodide) {
  if (!pyodide.FS.analyzePath(FIGURES).exists) return [];
  return pyodide.FS.readdir(FIGURES)
    .filter((name) => name.endsWith(".svg"))
    .sort()
    .map((name) => [name, pyodide.FS.readFile(`${FIGURES}/${name}`, { encoding: "utf8" })]);
}

// Whether this JavaScript engine can suspend WebAssembly (JSPI): asyncio.run needs it.
export function canSwitchStacks() {
  return typeof WebAssembly.Suspending === "function" || typeof WebAssembly.Suspender === "function";
}
