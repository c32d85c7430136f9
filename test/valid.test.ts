/** The valid docs produce zero messages with every rule on, always. */
import {readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {describeMessages, lintFixture, root} from './helpers.js'

const names = readdirSync(path.join(root, 'fixtures', 'valid')).filter((name) => name.endsWith('.md'))

describe('fixtures/valid', function () {
  it('has at least two complete design docs', function () {
    expect(names.length).toBeGreaterThanOrEqual(2)
  })

  for (const name of names) {
    it(`${name} has no messages`, async function () {
      const file = await lintFixture(path.join('fixtures', 'valid', name))
      expect(describeMessages(file)).toEqual([])
    })
  }
})
