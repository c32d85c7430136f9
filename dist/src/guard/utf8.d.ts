/** UTF-8 as the WHATWG decoder reads it, one sequence at a time. */
/** The length (1 to 4) of the UTF-8 sequence at `index`, or 0 when the byte there does not start a valid one. */
export declare function utf8SequenceLength(bytes: Uint8Array, index: number): number;
