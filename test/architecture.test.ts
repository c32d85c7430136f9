/**
 * The layers of the code (declared in scripts/layers.js): no import goes up
 * a layer, no two folders import each other, directly or through others.
 */
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain JavaScript script without types
import {checkLayers} from '../scripts/layers.js'
import {workspaces} from './helpers.js'

const {workspace: tree} = workspaces('architecture')

describe('layers', function () {
  it('hold in this repository: no upward import, no cycle between folders', function () {
    expect(checkLayers()).toEqual([])
  })

  it('catch a type import that goes up a layer', function () {
    const root = tree({
      'src/document/model.ts': "import type {AshModel} from '../ash/model.js'\nexport interface DocumentModel {ash?: AshModel}\n",
      'src/ash/model.ts': 'export interface AshModel {resources: string[]}\n'
    })
    expect(checkLayers(root)).toEqual([
      'src/document/model.ts imports src/ash/model.ts: src/document (the Markdown document) must not import src/ash (domain models, a higher layer)'
    ])
  })

  it('catch a cycle between folders of one layer, through a re-export', function () {
    const root = tree({
      'src/phoenix/contexts.ts': "export {readRest} from '../rest/endpoints.js'\nexport const contexts = 1\n",
      'src/rest/endpoints.ts': "export function readRest() { return import('../phoenix/contexts.js') }\n"
    })
    expect(checkLayers(root)).toEqual(['import cycle: src/phoenix/contexts.ts → src/rest/endpoints.ts, src/rest/endpoints.ts → src/phoenix/contexts.ts'])
  })

  it('name a folder that no layer declares', function () {
    const root = tree({'src/misc/helper.ts': 'export const x = 1\n'})
    expect(checkLayers(root)).toEqual(['src/misc/helper.ts: in no layer (declare its folder in scripts/layers.js)'])
  })
})
