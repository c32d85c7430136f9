import type { Processor } from 'unified';
declare module 'vfile' {
    interface DataMap {
        /** Set when the input guard refused the file: why, in one line. Rules skip such a file. */
        archdocNotLinted: string;
    }
}
export default function archdocGuard(this: Processor): void;
