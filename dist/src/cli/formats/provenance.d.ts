export interface VersionControlDetails {
    repositoryUri: string;
    revisionId: string;
    branch?: string;
    mappedTo: {
        uri?: string;
        uriBaseId: string;
    };
}
/** A remote as a URI without credentials: `git@host:owner/repo.git` becomes `ssh://git@host/owner/repo.git`. */
export declare function remoteUri(remote: string): string | undefined;
/** The provenance of `cwd`, or undefined outside a git work tree, before the first commit, or without a remote. */
export declare function versionControlProvenance(cwd: string): VersionControlDetails[] | undefined;
