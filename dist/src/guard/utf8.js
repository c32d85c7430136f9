/** UTF-8 as the WHATWG decoder reads it, one sequence at a time. */
/** The length (1 to 4) of the UTF-8 sequence at `index`, or 0 when the byte there does not start a valid one. */
export function utf8SequenceLength(bytes, index) {
    const byte = bytes[index];
    let needed;
    let lower = 0x80;
    let upper = 0xbf;
    if (byte < 0x80)
        return 1;
    if (byte >= 0xc2 && byte <= 0xdf)
        needed = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
        needed = 2;
        if (byte === 0xe0)
            lower = 0xa0;
        if (byte === 0xed)
            upper = 0x9f;
    }
    else if (byte >= 0xf0 && byte <= 0xf4) {
        needed = 3;
        if (byte === 0xf0)
            lower = 0x90;
        if (byte === 0xf4)
            upper = 0x8f;
    }
    else
        return 0;
    for (let next = 1; next <= needed; next++) {
        const continuation = bytes[index + next];
        if (continuation === undefined || continuation < lower || continuation > upper)
            return 0;
        lower = 0x80;
        upper = 0xbf;
    }
    return needed + 1;
}
