export declare function writeFileAtomic(target: string, text: string): Promise<void>;
