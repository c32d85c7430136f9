export declare function warmParsers(texts: string[]): void;
