// Run one snippet in a fresh Pyodide interpreter, as CPython would run `python snippets/<name>.py`.
// Shared by the page's Web Worker (browser-run-worker.mjs) and the tests (tests/support/pyodide_check.mjs),
// so what the tests check is what the reader runs.

// Python side: the program runs as __main__; time.sleep blocks as in CPython (Pyodide turns it into a
// non-blocking sleep, which would make the "blocking call in async def" lesson lie); a traceback
// starts at the program's own frame; the exit status is what `python` would return.
const RUNNER = `
import sys, time, traceback
import pyodide.webloop as _webloop

time.sleep = _webloop._orig_sleep


def _run_snippet(source, filename):
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

// onLine(stream, text, milliseconds since the start) for each line; resolves to the exit status.
export async function runSnippet(pyodide, source, filename, onLine) {
  const started = performance.now();
  const emit = (stream) => (text) => onLine(stream, text, performance.now() - started);
  pyodide.setStdout({ batched: emit("out") });
  pyodide.setStderr({ batched: emit("err") });
  pyodide.runPython(RUNNER);
  const run = pyodide.globals.get("_run_snippet");
  try {
    return await pyodide.runPythonAsync("_run_snippet(_source, _filename)", {
      globals: pyodide.toPy({ _run_snippet: run, _source: source, _filename: filename }),
    });
  } finally {
    run.destroy();
  }
}

// Whether this JavaScript engine can suspend WebAssembly (JSPI): asyncio.run needs it.
export function canSwitchStacks() {
  return typeof WebAssembly.Suspending === "function" || typeof WebAssembly.Suspender === "function";
}
