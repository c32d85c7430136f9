/** The fix applier (src/fix/edits.ts): non-overlapping fixes in one pass, in text order. */
import {describe, expect, it} from 'vitest'
import {applyFixes, isFix} from '../src/fix/edits.js'

describe('applyFixes', () => {
  it('applies fixes in text order whatever order they come in', () => {
    expect(applyFixes('abc def ghi', [{range: [8, 11], text: 'GHI'}, {range: [0, 3], text: 'ABC'}])).toEqual({output: 'ABC def GHI', applied: 2})
  })

  it('skips a fix that overlaps one applied before it (the next pass gets it)', () => {
    expect(applyFixes('abcdef', [{range: [0, 4], text: 'X'}, {range: [2, 6], text: 'Y'}])).toEqual({output: 'Xef', applied: 1})
  })

  it('applies touching fixes and two insertions at one point, in the order given', () => {
    expect(applyFixes('ab', [{range: [0, 1], text: 'A'}, {range: [1, 1], text: '1'}, {range: [1, 1], text: '2'}, {range: [1, 2], text: 'B'}])).toEqual({
      output: 'A12B',
      applied: 4
    })
  })

  it('does not count a fix that changes nothing, and ignores malformed ones', () => {
    expect(applyFixes('abc', [{range: [0, 1], text: 'a'}])).toEqual({output: 'abc', applied: 0})
    expect(applyFixes('abc', [{range: [2, 9], text: 'x'}, {range: [2, 1], text: 'x'}, {range: [-1, 0], text: 'x'}])).toEqual({output: 'abc', applied: 0})
  })

  it('isFix checks the shape and the bounds', () => {
    expect(isFix({range: [0, 3], text: ''}, 3)).toBe(true)
    expect(isFix({range: [0, 4], text: ''}, 3)).toBe(false)
    expect(isFix({range: [0.5, 1], text: ''}, 3)).toBe(false)
    expect(isFix({range: [0, 1]}, 3)).toBe(false)
    expect(isFix(null, 3)).toBe(false)
  })
})
