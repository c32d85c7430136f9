export declare function readStdin(stream: NodeJS.ReadableStream, limit?: number): Promise<string>;
