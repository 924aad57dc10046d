// "브라우저에서 실행": edit a snippet and run it on the page, in Pyodide (CPython for WebAssembly),
// served by this site itself. Nothing loads until the reader first presses 실행. Every run gets a
// fresh interpreter in a Web Worker of its own (loaded ahead: SPARES); a run that does not end within the time limit is
// stopped by terminating its worker, as is one the reader stops (멈추기). The reader's edits are kept
// in the browser per snippet. An exercise's starting version has "확인" too: its run is checked
// against the solution's claims (exercise-check.mjs) and the page says which held. A figure the run
// saves (the project's timeline helper, fetched from the site like the download link) is drawn
// below the output, as the reader's run. Works after Material's instant navigation (document$).
// An ES module (mkdocs.yml loads it with type: module), so it knows its own address.
import { checkClaims } from "./exercise-check.mjs";

const WORKER = new URL("browser-run-worker.mjs", import.meta.url);
const TIME_LIMIT = 30_000; // ms
// Interpreters kept loaded for the next runs (each from the snapshot: a fifth of a second).
const SPARES = 1;
const state = { spares: [], loading: false, running: null, snapshot: null };

// A worker that is loading (or has loaded) the runtime, ready for the next run.
function startWorker() {
  const worker = new Worker(WORKER, { type: "module" });
  const ready = new Promise((resolve, reject) => {
    worker.addEventListener("message", function first({ data }) {
      if (data.type === "ready") resolve(data);
      if (data.type === "failed") reject(new Error(data.message));
      if (data.type === "ready" || data.type === "failed") worker.removeEventListener("message", first);
    });
    worker.addEventListener("error", (event) => reject(new Error(event.message || "worker error")));
  });
  ready.catch(() => {}); // reported when used
  // The first worker starts CPython and sends a snapshot of it; the later ones start from it.
  worker.addEventListener("message", ({ data }) => {
    if (data.type === "snapshot") state.snapshot ??= data.snapshot;
  });
  worker.postMessage({ type: "load", snapshot: state.snapshot });
  return { worker, ready };
}

function takeWorker() {
  return state.spares.shift() || startWorker();
}

// Load spares one at a time (two loading at once would slow both) until SPARES are kept; a load
// that fails stops it (the run that takes that spare reports why).
function keepSpares() {
  if (state.loading || state.spares.length >= SPARES) return;
  const spare = startWorker();
  state.spares.push(spare);
  state.loading = true;
  spare.ready.then(
    () => {
      state.loading = false;
      keepSpares();
    },
    () => {
      state.loading = false;
    },
  );
}

function element(tag, attributes = {}, text = "") {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text) node.textContent = text;
  return node;
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(2)}초`;
}

function addLine(output, stream, text, ms) {
  const line = element("span", {
    class: stream === "err" ? "browser-run__line snippet-stderr-line" : "browser-run__line",
  });
  line.append(
    element(
      "span",
      { class: "browser-run__time", "aria-label": `${seconds(ms)}에 도착` },
      `${seconds(ms).padStart(6)} │ `,
    ),
  );
  line.append(document.createTextNode(`${text}\n`));
  output.append(line);
}

function stopRun(message) {
  const run = state.running;
  if (!run) return;
  state.running = null;
  clearTimeout(run.timer);
  run.worker.terminate();
  run.finish(message);
}

function button(panel, action) {
  return panel.querySelector(`button[data-action="${action}"]`);
}

// The verdict of "확인": each claim of the exercise, held or not, with what the run did instead.
function showCheck(panel, checked) {
  const box = panel.querySelector(".browser-run__check");
  const passed = checked.every((claim) => claim.held);
  box.dataset.passed = String(passed);
  box.replaceChildren(
    element(
      "p",
      { class: "browser-run__check-title" },
      passed
        ? "확인: 모든 조건을 만족했습니다. 풀이와 비교해 보세요."
        : `확인: 조건 ${checked.filter((claim) => !claim.held).length}개를 만족하지 못했습니다. 고쳐서 다시 확인하세요.`,
    ),
  );
  const list = element("ul");
  for (const claim of checked) {
    const item = element("li", { "data-held": String(claim.held) }, `${claim.held ? "✓" : "✗"} ${claim.korean}`);
    if (claim.actual) item.append(element("span", { class: "browser-run__actual" }, ` (${claim.actual})`));
    list.append(item);
  }
  box.append(list);
}

// The project's helper modules the snippet imports, {"timeline.py": source}, from this site.
async function helperModules(panel) {
  const urls = JSON.parse(panel.dataset.modules || "{}");
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${name}: ${response.status}`);
      return [name, await response.text()];
    }),
  );
  return Object.fromEntries(entries);
}

// The figures of the reader's run, below its output: an <img> of the SVG (nothing in it runs).
function showFigures(panel, figures) {
  const box = panel.querySelector(".browser-run__figures");
  box.replaceChildren();
  for (const [, svg] of figures) {
    const description = new DOMParser().parseFromString(svg, "image/svg+xml").querySelector("desc")?.textContent;
    const figure = element("figure", { class: "snippet-figure browser-run__figure" });
    figure.append(
      element("img", { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, alt: description || "" }),
      element("figcaption", {}, `내 실행(브라우저)에서 그린 그림: ${description || ""}`),
    );
    box.append(figure);
  }
}

async function run(panel, checking = false) {
  if (state.running) stopRun("다른 실행을 시작해 멈췄습니다.");
  const editor = panel.querySelector("textarea");
  const output = panel.querySelector(".browser-run__output code");
  const status = panel.querySelector(".browser-run__status");
  const check = panel.querySelector(".browser-run__check");
  const runButtons = [button(panel, "run"), button(panel, "check")].filter(Boolean);
  const stopButton = button(panel, "stop");
  const streams = { out: [], err: [] };
  output.textContent = "";
  panel.querySelector(".browser-run__figures").replaceChildren();
  if (check) {
    delete check.dataset.passed; // set again by this run's verdict, if it gets one
    check.replaceChildren(checking ? "실행한 뒤 판정합니다…" : "");
  }
  const { worker, ready } = takeWorker();
  const started = performance.now();
  status.textContent = "브라우저의 Python을 준비하는 중입니다…";
  for (const runButton of runButtons) runButton.disabled = true;
  stopButton.disabled = false;
  const finish = (message) => {
    status.textContent = message;
    if (checking && !check.dataset.passed) check.textContent = "끝까지 실행되지 않아 판정하지 못했습니다.";
    for (const runButton of runButtons) runButton.disabled = false;
    stopButton.disabled = true;
    panel.dataset.state = "done";
    keepSpares(); // the next run starts on a fresh, already loaded interpreter
  };
  state.running = { worker, finish, panel, timer: null };
  let info;
  let modules;
  try {
    [info, modules] = await Promise.all([ready, helperModules(panel)]);
  } catch (error) {
    state.running = null;
    worker.terminate();
    finish(`브라우저의 Python을 불러오지 못했습니다: ${error.message}`);
    return;
  }
  if (state.running?.worker !== worker) return; // stopped while loading
  if (!info.stackSwitching && /asyncio\.run\(/.test(editor.value)) {
    state.running = null;
    worker.terminate();
    finish(
      "이 브라우저는 WebAssembly 스택 전환(JSPI)을 지원하지 않아 asyncio.run()을 실행할 수 없습니다. " +
        "최신 Chrome이나 Edge에서 열거나, 위의 '내려받기'로 받은 파일을 python으로 실행하세요.",
    );
    return;
  }
  const loaded = performance.now() - started;
  panel.dataset.interpreter = info.fromSnapshot ? "snapshot" : "fresh";
  keepSpares(); // from now on: this run's own interpreter has loaded
  status.textContent = `실행 중입니다… (Python ${info.python}, 준비 ${seconds(loaded)})`;
  panel.dataset.state = "running";
  // <html data-browser-run-limit="3000"> shortens the limit (the browser tests do).
  const limit = Number(document.documentElement.dataset.browserRunLimit) || TIME_LIMIT;
  state.running.timer = setTimeout(
    () =>
      stopRun(
        `${limit / 1000}초 안에 끝나지 않아 멈췄습니다. 끝없이 도는 코드가 없는지 확인하세요. 다시 실행할 수 있습니다.`,
      ),
    limit,
  );
  worker.addEventListener("message", ({ data }) => {
    if (state.running?.worker !== worker) return;
    if (data.type === "line") {
      addLine(output, data.stream, data.text, data.ms);
      streams[data.stream].push(data.text);
    }
    if (data.type === "done" || data.type === "failed") {
      clearTimeout(state.running.timer);
      state.running = null;
      worker.terminate();
      if (data.type === "done") showFigures(panel, data.figures || []);
      if (checking && data.type === "done") {
        const claims = JSON.parse(panel.dataset.claims);
        showCheck(
          panel,
          checkClaims(claims, { status: data.status, stdout: streams.out.join("\n"), stderr: streams.err.join("\n") }),
        );
      }
      finish(
        data.type === "done"
          ? `끝났습니다: 종료 코드 ${data.status} · 실행 ${seconds(data.ms)} (준비 ${seconds(loaded)})`
          : `실행하지 못했습니다: ${data.message}`,
      );
    }
  });
  worker.postMessage({ type: "run", source: editor.value, filename: panel.dataset.filename, modules });
}

// The reader's edits, kept in this browser per snippet and per version of its code (an edit of an
// older version is not offered for a newer one): they survive navigation and reload.
function originalSource(control) {
  // The whole program, the folded checking part included (what the copy button copies).
  return control.closest(".snippet").querySelector(".snippet-source").dataset.copy;
}

function editKey(control, source) {
  let hash = 0;
  for (const char of source) hash = (Math.imul(hash, 31) + char.codePointAt(0)) | 0;
  return `browser-run:${control.dataset.filename}:${(hash >>> 0).toString(36)}`;
}

function storage() {
  try {
    return window.localStorage; // null or throwing where the reader turned storage off
  } catch {
    return null;
  }
}

function open(control) {
  const source = originalSource(control);
  const key = editKey(control, source);
  const kept = storage()?.getItem(key);
  const id = `browser-run-${Math.random().toString(36).slice(2)}`;
  const panel = element("div", { class: "browser-run__panel", role: "region", "aria-label": "브라우저에서 실행" });
  panel.dataset.filename = control.dataset.filename;
  if (control.dataset.modules) panel.dataset.modules = control.dataset.modules;
  const exercise = control.dataset.claims;
  if (exercise) panel.dataset.claims = exercise;
  panel.append(
    element("label", { for: id }, "실행할 코드 (고쳐도 됩니다. Ctrl+Enter: 실행, Esc 다음 Tab: 코드 칸에서 나가기)"),
  );
  const editor = element("textarea", {
    id,
    spellcheck: "false",
    autocapitalize: "off",
    rows: String(Math.min(source.split("\n").length + 1, 30)),
  });
  editor.value = kept ?? source;
  const buttons = element("div", { class: "browser-run__buttons" });
  const primary = "md-button md-button--primary";
  const checkButton = exercise && element("button", { type: "button", class: primary, "data-action": "check" }, "확인");
  const runButton = element(
    "button",
    { type: "button", class: exercise ? "md-button" : primary, "data-action": "run" },
    "실행",
  );
  const stopButton = element(
    "button",
    { type: "button", class: "md-button", "data-action": "stop", disabled: "" },
    "멈추기",
  );
  const resetButton = element(
    "button",
    { type: "button", class: "md-button", "data-action": "reset" },
    exercise ? "시작 코드로" : "원래 코드로",
  );
  buttons.append(...[checkButton, runButton, stopButton, resetButton].filter(Boolean));
  const status = element(
    "p",
    { class: "browser-run__status", "aria-live": "polite" },
    (kept ? `이 브라우저에 저장해 둔, 고친 코드입니다. '${resetButton.textContent}'를 누르면 되돌립니다. ` : "") +
      `${exercise ? "실행이나 확인을" : "실행을"} 누르면 브라우저의 Python(최대 ${control.dataset.download})을 이 사이트에서 불러옵니다.`,
  );
  const title = element(
    "p",
    { class: "snippet-result__title" },
    `결과 · ${control.dataset.python} · 스레드와 프로세스는 쓸 수 없습니다 · 왼쪽은 줄이 도착한 시각`,
  );
  const output = element("div", { class: "snippet-output browser-run__output" });
  const pre = element("pre");
  pre.append(element("code"));
  output.append(pre);
  panel.append(editor, buttons, status);
  if (exercise) {
    panel.append(element("div", { class: "browser-run__check", "aria-live": "polite" }));
    checkButton.addEventListener("click", () => run(panel, true));
  }
  panel.append(title, output, element("div", { class: "browser-run__figures" }));
  runButton.addEventListener("click", () => run(panel));
  stopButton.addEventListener("click", () => {
    if (state.running?.panel === panel) stopRun("멈췄습니다. 다시 실행할 수 있습니다.");
  });
  resetButton.addEventListener("click", () => {
    editor.value = source;
    storage()?.removeItem(key);
  });
  editor.addEventListener("input", () => {
    if (editor.value === source) storage()?.removeItem(key);
    else storage()?.setItem(key, editor.value);
  });
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run(panel);
    } else if (event.key === "Tab" && !editor.dataset.escaped) {
      event.preventDefault();
      editor.setRangeText("    ", editor.selectionStart, editor.selectionEnd, "end");
    } else if (event.key === "Escape") {
      editor.dataset.escaped = "1"; // the next Tab leaves the code area
    } else if (event.key !== "Tab") {
      delete editor.dataset.escaped;
    }
  });
  control.replaceWith(panel);
  return editor;
}

function bind() {
  // After instant navigation the previous page's run has nowhere to show its output.
  if (state.running && !document.body.contains(state.running.panel)) stopRun("");
  for (const control of document.querySelectorAll(".browser-run:not([data-bound])")) {
    control.dataset.bound = "1";
    control.querySelector("button").addEventListener("click", () => open(control).focus());
    // Edits kept from an earlier visit: the editor is open again, with them (nothing loads yet).
    if (storage()?.getItem(editKey(control, originalSource(control)))) open(control);
  }
}

if (typeof document$ !== "undefined") document$.subscribe(bind);
else document.addEventListener("DOMContentLoaded", bind);
