/**
 * Keep the parsers' WebAssembly on V8's baseline compiler (Liftoff): no
 * function is recompiled by the optimizing compiler ("tier-up").
 *
 * Why: V8 tiers up the functions that run most, and in these parsers those
 * are the giant ones: libpg-query's 101,939-byte function (PostgreSQL's
 * grammar) and the Elixir grammar's 82,515-byte one. Optimizing one costs
 * transient compiler memory that shows in the process's peak: Node 24's V8
 * 13.6 (its Turboshaft WASM pipeline) takes 610 MB and 206 MB of compiler
 * zone for those two, so a one-file run with a `sql` block peaked at ~690 MB
 * instead of ~115 MB (and such compiles are known to abort the process on
 * larger grammars). On Node 20, 22 and 26 the zones are 8-35 MB each, but the
 * tier-ups of a run together still add 70-90 MB to a one-file run's peak.
 * Without tier-up every supported version peaks within a few MB of the
 * others; the time this costs is measured in the README's Speed section.
 *
 * How: `--liftoff-only` says this, but V8 reads it only at start-up, from
 * node's command line. `--wasm-tier-up-filter=<index>` ("only this function
 * may tier up") is read when a function is first compiled, so it works when
 * set at run time, before the parsers compile; an index no module has means
 * none tiers up. V8 flags are per process: worker threads share them.
 */
import { setFlagsFromString } from 'node:v8';
/** Larger than any function index V8 accepts (it allows 1,000,000 functions). */
const noFunction = 2 ** 31 - 1;
let set = false;
/** For archdoc-lint's own processes (the CLI, its workers, the language server). */
export function keepWasmOnBaselineTier() {
    if (set)
        return;
    set = true;
    setFlagsFromString(`--wasm-tier-up-filter=${noFunction}`);
}
/**
 * For any host that loads the parsers (remark-cli, an editor's remark
 * server): its V8 flags are not ours to change, except where tier-up is
 * pathological, V8 13 (Node 24).
 */
export function keepWasmOnBaselineTierWhereTierUpBlowsUp() {
    if (Number(process.versions.v8.split('.')[0]) === 13)
        keepWasmOnBaselineTier();
}
