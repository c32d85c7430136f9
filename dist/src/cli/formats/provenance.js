/**
 * Where the linted files came from, for SARIF's `versionControlProvenance`:
 * the repository holding the cwd, its commit and branch, read from git. Only
 * in a git work tree with a remote (SARIF requires the repository's URI; a
 * local path would say nothing to a code scanning service). Credentials in a
 * remote URL are dropped.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
function git(cwd, args) {
    try {
        const output = execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
        return output.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** A remote as a URI without credentials: `git@host:owner/repo.git` becomes `ssh://git@host/owner/repo.git`. */
export function remoteUri(remote) {
    const scp = /^([\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(remote);
    const candidate = scp ? `ssh://${scp[1] ?? ''}${scp[2]}/${scp[3]}` : remote;
    let url;
    try {
        url = new URL(candidate);
    }
    catch {
        return undefined;
    }
    // Keep the user of an ssh URL (it names the account type, not a secret); drop any password or token.
    if (url.protocol !== 'ssh:')
        url.username = '';
    url.password = '';
    return url.href;
}
/** The provenance of `cwd`, or undefined outside a git work tree or without a remote. */
export function versionControlProvenance(cwd) {
    const top = git(cwd, ['rev-parse', '--show-toplevel']);
    const revisionId = top && git(cwd, ['rev-parse', '--verify', '-q', 'HEAD']);
    if (!top || !revisionId)
        return undefined;
    const remotes = (git(cwd, ['remote']) ?? '').split('\n').filter(Boolean);
    const remote = remotes.includes('origin') ? 'origin' : remotes[0];
    const url = remote && git(cwd, ['remote', 'get-url', remote]);
    const repositoryUri = url && remoteUri(url);
    if (!repositoryUri)
        return undefined;
    const branch = git(cwd, ['symbolic-ref', '--short', '-q', 'HEAD']);
    // Result locations are relative to the cwd (%SRCROOT%); the repository's
    // root may be above it (`../..`: only `..` segments, nothing to encode).
    const up = path.relative(realpathSync(cwd), path.resolve(top)).split(path.sep).join('/');
    return [
        {
            repositoryUri,
            revisionId,
            ...(branch ? { branch } : {}),
            mappedTo: up ? { uri: up + '/', uriBaseId: '%SRCROOT%' } : { uriBaseId: '%SRCROOT%' }
        }
    ];
}
