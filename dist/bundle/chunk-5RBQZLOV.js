import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);

// dist/src/guard/utf8.js
function utf8SequenceLength(bytes, index) {
  const byte = bytes[index];
  let needed;
  let lower = 128;
  let upper = 191;
  if (byte < 128)
    return 1;
  if (byte >= 194 && byte <= 223)
    needed = 1;
  else if (byte >= 224 && byte <= 239) {
    needed = 2;
    if (byte === 224)
      lower = 160;
    if (byte === 237)
      upper = 159;
  } else if (byte >= 240 && byte <= 244) {
    needed = 3;
    if (byte === 240)
      lower = 144;
    if (byte === 244)
      upper = 143;
  } else
    return 0;
  for (let next = 1; next <= needed; next++) {
    const continuation = bytes[index + next];
    if (continuation === void 0 || continuation < lower || continuation > upper)
      return 0;
    lower = 128;
    upper = 191;
  }
  return needed + 1;
}

export {
  utf8SequenceLength
};
