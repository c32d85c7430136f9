/**
 * Progress on a terminal: after a second, `files done / total` on one line
 * of stderr, redrawn in place and cleared before the report. Nothing on a
 * stream that is not a terminal.
 */
/** Shown after this long (ms); `ARCHDOC_LINT_PROGRESS_DELAY` changes it (the tests set 0, so a fast run shows it too). */
const delay = progressDelay(process.env.ARCHDOC_LINT_PROGRESS_DELAY);
const interval = 100;
function progressDelay(value) {
    const number = Number(value);
    return value !== undefined && value !== '' && Number.isFinite(number) && number >= 0 ? number : 1000;
}
export function showProgress(stream) {
    if (!stream.isTTY)
        return undefined;
    const started = Date.now();
    let shown = false;
    let last = 0;
    let state = { done: 0, total: 0 };
    const draw = () => {
        if (state.total === 0 || state.done >= state.total)
            return;
        last = Date.now();
        shown = true;
        stream.write(`\r\u001B[Karchdoc-lint: ${state.done}/${state.total} files`);
    };
    // A run that waits on a slow step still shows progress after a second.
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
                stream.write('\r\u001B[K');
            shown = false;
        }
    };
}
