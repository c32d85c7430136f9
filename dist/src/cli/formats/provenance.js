/**
 * Where the linted files came from, for SARIF's `versionControlProvenance`:
 * the git repository holding the cwd, its commit and branch. Read from the
 * repository's files (HEAD, refs, packed-refs, config), not by running git:
 * the CLI starts no process. Only in a git work tree with a remote (SARIF
 * requires the repository's URI; a local path would say nothing to a code
 * scanning service). Credentials in a remote URL are dropped. Not followed:
 * config `include`s and `url.<base>.insteadOf` rewrites.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
function read(file) {
    try {
        return readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The work tree's top folder and its git folder (`.git`, or where a worktree's `.git` file points). */
function findRepository(cwd) {
    let folder = realpathSync(cwd);
    for (;;) {
        const dotGit = path.join(folder, '.git');
        if (existsSync(dotGit)) {
            if (statSync(dotGit).isDirectory())
                return { top: folder, gitDir: dotGit };
            const pointer = /^gitdir:(.*)$/m.exec(read(dotGit) ?? '')?.[1]?.trim();
            return pointer ? { top: folder, gitDir: path.resolve(folder, pointer) } : undefined;
        }
        const parent = path.dirname(folder);
        if (parent === folder)
            return undefined;
        folder = parent;
    }
}
const objectId = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** The commit a ref names: a loose ref file (in the worktree's or the common git folder), else packed-refs. */
function resolveRef(ref, gitDir, commonDir) {
    for (const folder of [gitDir, commonDir]) {
        const value = read(path.join(folder, ref))?.trim();
        if (value && objectId.test(value))
            return value;
    }
    for (const line of (read(path.join(commonDir, 'packed-refs')) ?? '').split('\n')) {
        const [id, name] = line.trim().split(' ');
        if (name === ref && id && objectId.test(id))
            return id;
    }
    return undefined;
}
/** The URL of `origin`, else of the first remote, in a git config file. */
function remoteUrl(config) {
    const urls = new Map();
    let remote;
    for (const line of config.split('\n')) {
        const section = /^\s*\[\s*remote\s+"([^"]*)"\s*\]/.exec(line);
        if (section) {
            remote = section[1];
            continue;
        }
        if (/^\s*\[/.test(line)) {
            remote = undefined;
            continue;
        }
        const url = /^\s*url\s*=(.*)$/i.exec(line)?.[1]?.trim();
        if (remote !== undefined && url && !urls.has(remote))
            urls.set(remote, url.replace(/^"(.*)"$/, '$1'));
    }
    return urls.get('origin') ?? urls.values().next().value;
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
    if (!/^(?:https?|ssh|git):$/.test(url.protocol))
        return undefined;
    // Keep the user of an ssh URL (it names the account, not a secret); drop any password or token.
    if (url.protocol !== 'ssh:')
        url.username = '';
    url.password = '';
    return url.href;
}
/** The provenance of `cwd`, or undefined outside a git work tree, before the first commit, or without a remote. */
export function versionControlProvenance(cwd) {
    const repository = findRepository(cwd);
    if (!repository)
        return undefined;
    const { top, gitDir } = repository;
    const common = read(path.join(gitDir, 'commondir'))?.trim();
    const commonDir = common ? path.resolve(gitDir, common) : gitDir;
    const head = read(path.join(gitDir, 'HEAD'))?.trim() ?? '';
    const symbolic = /^ref:\s*(\S+)$/.exec(head);
    const revisionId = symbolic ? resolveRef(symbolic[1], gitDir, commonDir) : objectId.test(head) ? head : undefined;
    const url = remoteUrl(read(path.join(commonDir, 'config')) ?? '');
    const repositoryUri = url && remoteUri(url);
    if (!revisionId || !repositoryUri)
        return undefined;
    const branch = symbolic?.[1].startsWith('refs/heads/') ? symbolic[1].slice('refs/heads/'.length) : undefined;
    // Result locations are relative to the cwd (%SRCROOT%); the repository's
    // root may be above it (`../..`: only `..` segments, nothing to encode).
    const up = path.relative(realpathSync(cwd), top).split(path.sep).join('/');
    return [
        {
            repositoryUri,
            revisionId,
            ...(branch ? { branch } : {}),
            mappedTo: up ? { uri: up + '/', uriBaseId: '%SRCROOT%' } : { uriBaseId: '%SRCROOT%' }
        }
    ];
}
