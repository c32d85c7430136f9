import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import "./chunk-7Y7VROCR.js";

// dist/src/cli/progress.js
var delay = progressDelay(process.env.ARCHDOC_LINT_PROGRESS_DELAY);
var interval = 100;
function progressDelay(value) {
  const number = Number(value);
  return value !== void 0 && value !== "" && Number.isFinite(number) && number >= 0 ? number : 1e3;
}
function showProgress(stream) {
  if (!stream.isTTY)
    return void 0;
  const started = Date.now();
  let shown = false;
  let last = 0;
  let state = { done: 0, total: 0 };
  const draw = () => {
    if (state.total === 0 || state.done >= state.total)
      return;
    last = Date.now();
    shown = true;
    stream.write(`\r\x1B[Karchdoc-lint: ${state.done}/${state.total} files`);
  };
  const timer = setTimeout(draw, delay);
  timer.unref();
  return {
    update(done, total) {
      state = { done, total };
      const now = Date.now();
      if (now - started >= delay && now - last >= interval)
        draw();
    },
    clear() {
      clearTimeout(timer);
      if (shown)
        stream.write("\r\x1B[K");
      shown = false;
    }
  };
}
export {
  showProgress
};
