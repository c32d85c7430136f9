export interface Progress {
    update: (done: number, total: number) => void;
    clear: () => void;
}
export declare function showProgress(stream: NodeJS.WritableStream & {
    isTTY?: boolean;
}): Progress | undefined;
