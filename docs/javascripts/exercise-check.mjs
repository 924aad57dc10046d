// "확인": the claims of an exercise (the `data-claims` of its starting version's control, made by
// src/snippet_pipeline/browser.py `claims`) checked on the reader's run, with the rules the build
// applies to the solution's run (src/snippet_pipeline/result.py, Result.problems). Shared by the
// page (browser-run.mjs) and the tests (tests/support/pyodide_check.mjs), which prove on every
// exercise that this check and the build's agree.

// The exception lines a traceback ends with: the last line, and for an exception group each
// exception it holds (result.py, final_exceptions).
export function finalExceptions(stderr) {
  const lines = stderr.split("\n").filter((line) => line.trim() && /[^+\-| ]/.test(line.trim()));
  const found = lines.length ? [lines[lines.length - 1].trim()] : [];
  for (const line of lines) if (line.startsWith("  | ") && !line.startsWith("  |  ")) found.push(line.slice(4));
  return found;
}

function escaped(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// run: {status, stdout, stderr}. Returns [{korean, held, actual}] in the order of the claims;
// `actual` says what the run did instead when the claim did not hold.
export function checkClaims(claims, run) {
  return claims.map((claim) => {
    let held;
    let actual = "";
    if (claim.kind === "output") {
      held = run.stdout.includes(claim.text);
      const verdicts = run.stdout.split("\n").filter((line) => line.includes("판정"));
      actual = verdicts.length ? `나온 판정: ${verdicts.join(" / ")}` : "나온 판정 없음";
    } else if (claim.kind === "stderr") held = run.stderr.includes(claim.text);
    else if (claim.kind === "quiet") {
      held = run.stderr === "";
      actual = `표준 에러: ${run.stderr.trim().split("\n").pop()}`;
    } else if (claim.kind === "error") {
      const ended = finalExceptions(run.stderr);
      const pattern = new RegExp(`^([\\w.]+\\.)?${escaped(claim.text)}(:|$)`);
      held = ended.some((line) => pattern.test(line));
      actual = `끝난 예외: ${ended.join(", ") || "예외 없음"}`;
    } else if (claim.kind === "exit") {
      held = run.status === claim.code;
      actual = `실제 종료 코드: ${run.status}`;
    } else throw new Error(`unknown claim kind: ${claim.kind}`);
    return { korean: claim.korean, held, actual: held ? "" : actual };
  });
}
