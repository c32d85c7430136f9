/**
 * archdoc-lint's language server, on vscode-languageserver: full document
 * sync, diagnostics on open and on every change, the same config search and
 * messages as the CLI (./lint.ts), one lint at a time per document with
 * superseded results dropped (./queue.ts).
 *
 * It replaced unified-language-server, which stopped publishing for good once
 * a report passed 16 KiB and, under a burst of edits, published results out
 * of order and under versions they were not computed from (it recorded the
 * version before the lint's `await`). Those are in how it drives the engine
 * and schedules lints, so this server owns both.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeActionKind, createConnection, DidChangeConfigurationNotification, MessageType, ProposedFeatures, ShowMessageNotification, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic, toRange } from './diagnostics.js';
import { fixAllAction, fixAllKind, quickFixes, wantsFixAll } from './fixes.js';
import { lintText, readSettings } from './lint.js';
import { takeConfigWarnings } from '../cli/config.js';
import { LintQueue } from './queue.js';
export const configurationSection = 'archdoc-lint';
const transports = ['--stdio', '--node-ipc'];
/** Start the server. Talks over stdio unless `--node-ipc`, `--socket=<port>` or `--pipe=<name>` is given. */
export function startLanguageServer(argv = process.argv) {
    if (!argv.some((arg) => transports.includes(arg) || arg.startsWith('--socket=') || arg.startsWith('--pipe='))) {
        argv.push('--stdio');
    }
    serve(createConnection(ProposedFeatures.all));
}
export function serve(connection) {
    const documents = new TextDocuments(TextDocument);
    /** Workspace folders as paths, longest first (the closest to a file wins). */
    let folders = [];
    let pullSettings = false;
    let watchesFolders = false;
    let registersSettings = false;
    let pushedSettings = readSettings(undefined);
    const settingsByUri = new Map();
    function settingsFor(uri) {
        if (!pullSettings)
            return Promise.resolve(pushedSettings);
        let settings = settingsByUri.get(uri);
        if (!settings) {
            settings = connection.workspace.getConfiguration({ scopeUri: uri, section: configurationSection }).then(readSettings, () => pushedSettings);
            settingsByUri.set(uri, settings);
        }
        return settings;
    }
    function publish(params) {
        // Fails only when the connection is gone, and then there is no one to tell.
        connection.sendDiagnostics(params).catch(() => undefined);
    }
    async function lint(snapshot) {
        try {
            if (!snapshot.uri.startsWith('file:'))
                return [];
            const filePath = fileURLToPath(snapshot.uri);
            const messages = await lintText(snapshot.getText(), filePath, workspaceOf(filePath, folders), await settingsFor(snapshot.uri));
            // What the CLI prints on stderr about a config (sections with no role), once each per process.
            for (const warning of takeConfigWarnings()) {
                // A notification: a client that cannot show it loses nothing (showWarningMessage would be a request).
                connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `archdoc-lint: ${warning}` }).catch(() => undefined);
            }
            return messages.map(function (message) {
                const diagnostic = toDiagnostic(message, snapshot.uri);
                // The fix's offsets hold for the text of this version only (see ./fixes.ts).
                if (message.fix)
                    diagnostic.data = { fix: message.fix, version: snapshot.version };
                return diagnostic;
            });
        }
        catch (error) {
            // A bug of ours: one line in the doc, the stack in the client's log.
            connection.console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
            const reason = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
            return [{ range: toRange(undefined), message: `internal error: ${reason}`, severity: 1, source: 'archdoc-lint' }];
        }
    }
    const queue = new LintQueue(lint, (uri, version, diagnostics) => {
        publish({ uri, version, diagnostics });
    });
    function lintAll() {
        for (const document of documents.all())
            queue.request(document);
    }
    connection.onInitialize((params) => {
        const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
        folders = toFolders(uris);
        pullSettings = Boolean(params.capabilities.workspace?.configuration);
        watchesFolders = Boolean(params.capabilities.workspace?.workspaceFolders);
        registersSettings = Boolean(params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration);
        return {
            capabilities: {
                textDocumentSync: TextDocumentSyncKind.Full,
                codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] },
                workspace: watchesFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined
            },
            serverInfo: { name: 'archdoc-lint-language-server' }
        };
    });
    connection.onInitialized(() => {
        // A refused registration only means no notice of setting changes.
        if (pullSettings && registersSettings) {
            connection.client.register(DidChangeConfigurationNotification.type, { section: configurationSection }).catch(() => undefined);
        }
        // Only a client that said it sends folder changes may be asked for them.
        if (watchesFolders) {
            connection.workspace.onDidChangeWorkspaceFolders((event) => {
                const removed = new Set(toFolders(event.removed.map((folder) => folder.uri)));
                const kept = folders.filter((folder) => !removed.has(folder));
                folders = toFolders([...kept, ...event.added.map((folder) => folder.uri)]);
                lintAll();
            });
        }
    });
    connection.onDidChangeConfiguration((change) => {
        settingsByUri.clear();
        if (!pullSettings) {
            const settings = change.settings;
            const section = settings && typeof settings === 'object' && configurationSection in settings ? settings[configurationSection] : settings;
            pushedSettings = readSettings(section);
        }
        lintAll();
    });
    // A config or ignore file changed (if the client watches them).
    connection.onDidChangeWatchedFiles(lintAll);
    documents.onDidChangeContent((event) => queue.request(event.document));
    documents.onDidClose((event) => {
        queue.forget(event.document.uri);
        settingsByUri.delete(event.document.uri);
        publish({ uri: event.document.uri, version: event.document.version, diagnostics: [] });
    });
    connection.onCodeAction(async (params) => {
        const document = documents.get(params.textDocument.uri);
        if (!document)
            return [];
        const actions = quickFixes(document, params.context);
        if (wantsFixAll(params.context, actions.length) && document.uri.startsWith('file:')) {
            const filePath = fileURLToPath(document.uri);
            const settings = await settingsFor(document.uri);
            const fixAll = await fixAllAction(document, (text) => lintText(text, filePath, workspaceOf(filePath, folders), settings));
            if (fixAll)
                actions.push(fixAll);
        }
        return actions;
    });
    documents.listen(connection);
    connection.listen();
}
/** Folder URIs (or paths already) as paths, longest first. */
function toFolders(uris) {
    return uris
        .map((uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : uri))
        .map(withoutTrailingSeparator)
        .sort((left, right) => right.length - left.length);
}
function withoutTrailingSeparator(folder) {
    let end = folder.length;
    while (end > 1 && (folder[end - 1] === '/' || folder[end - 1] === '\\'))
        end--;
    return folder.slice(0, end);
}
/**
 * The folder a document is linted from (unified-engine's `cwd`: paths in
 * messages and ignore patterns are relative to it): the closest workspace
 * folder holding it; else the nearest folder upwards with a `package.json` or
 * `.git`; else its own folder. Config files are searched from the document's
 * folder upwards either way.
 */
function workspaceOf(filePath, folders) {
    const folder = folders.find((candidate) => filePath.startsWith(candidate + path.sep));
    if (folder)
        return folder;
    let current = path.dirname(filePath);
    for (;;) {
        if (existsSync(path.join(current, 'package.json')) || existsSync(path.join(current, '.git')))
            return current;
        const parent = path.dirname(current);
        if (parent === current)
            return path.dirname(filePath);
        current = parent;
    }
}
