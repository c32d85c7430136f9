export declare function packageRoot(): string;
export declare function packageVersion(): string;
