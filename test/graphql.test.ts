/**
 * GraphQL: `graphql-syntax` and `graphql-schema`, the stage that parses and
 * validates each block once (src/code/graphql.ts), and accuracy on GitHub's
 * public schema embedded in a design doc.
 */
import {schema as github} from '@octokit/graphql-schema'
import {parse as parseGraphql, visit, type ObjectTypeDefinitionNode} from 'graphql'
import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import graphqlSchema from '../rules/graphql-schema.js'
import graphqlSyntax from '../rules/graphql-syntax.js'
import {findDeepNesting, maxNesting} from '../src/code/graphql.js'
import type {GraphqlCode} from '../src/code/types.js'
import archdocDocument from '../src/pipeline/plugin.js'
import {describeMessages, lint, lintFixture} from './helpers.js'

type SchemaOptions = {scalars?: string[]}

function graphqlRules(options?: SchemaOptions) {
  return [graphqlSyntax, [graphqlSchema, options]] as never
}

async function messagesOf(value: string, options?: SchemaOptions): Promise<string[]> {
  return describeMessages(await lint(value, {plugins: graphqlRules(options)}))
}

/** Like `messagesOf`, on a tree already parsed from `value` (the rules do not change it). */
async function messagesOfTree({value, tree}: {value: string; tree: Root}, options?: SchemaOptions): Promise<string[]> {
  const file = new VFile({path: 'doc.md', value})
  await unified().use(remarkParse).use(remarkGfm).use(archdocDocument).use(graphqlRules(options)).run(tree, file)
  return describeMessages(file)
}

async function fixtureMessages(name: string, options?: SchemaOptions): Promise<string[]> {
  return describeMessages(await lintFixture('fixtures/graphql/' + name, {plugins: graphqlRules(options)}))
}

/** A design doc whose GraphQL Schema subsection holds `sdl`; the block's first line is Markdown line 8. */
function designDoc(sdl: string): string {
  return '# Architecture Design Changes\n\n## API Design\n\n### GraphQL Schema\n\n```graphql\n' + sdl + (sdl.endsWith('\n') ? '' : '\n') + '```\n'
}

/** The GraphQL code of the document's blocks. */
async function graphqlCodeOf(value: string): Promise<GraphqlCode[]> {
  const file = await lint(value, {plugins: []})
  return file.data.archdoc!.blocks.map((block) => block.code).filter((code): code is GraphqlCode => code?.language === 'graphql')
}

describe('rule metadata', function () {
  it('graphql-syntax and graphql-schema are errors', function () {
    expect(graphqlSyntax.meta.id).toBe('graphql-syntax')
    expect(graphqlSyntax.meta.severity).toBe('error')
    expect(graphqlSchema.meta.id).toBe('graphql-schema')
    expect(graphqlSchema.meta.severity).toBe('error')
  })

  it('graphql-schema checks its options', async function () {
    await expect(lint('# T\n', {plugins: [[graphqlSchema, {scalars: 'DateTime'}]] as never})).rejects.toThrow(
      'graphql-schema: option `scalars` must be array'
    )
    await expect(lint('# T\n', {plugins: [[graphqlSchema, {scalars: ['Date Time']}]] as never})).rejects.toThrow(
      'graphql-schema: option `scalars.0` must match pattern'
    )
    await expect(lint('# T\n', {plugins: [[graphqlSchema, {types: []}]] as never})).rejects.toThrow(
      'graphql-schema: unknown option `types` (known: `scalars`)'
    )
  })
})

describe('fixtures/graphql', function () {
  it('valid/team-invitations.md has no messages (interfaces, unions, inputs, enums, extended root types, an example query)', async function () {
    expect(await fixtureMessages('valid/team-invitations.md')).toEqual([])
  })

  it('valid/external-scalars.md is clean when its scalars are given, and names each unknown use otherwise', async function () {
    expect(await fixtureMessages('valid/external-scalars.md', {scalars: ['JSON']})).toEqual([])
    // `DateTime` is an AshGraphql scalar, known in every block; `JSON` is not (AshGraphql's is `Json`).
    expect(await fixtureMessages('valid/external-scalars.md')).toEqual(['13:12-13:16: Unknown type "JSON". Did you mean "Json"? [graphql-schema]'])
  })

  it('invalid/syntax-error.md: graphql\'s own syntax error at its Markdown place', async function () {
    expect(await fixtureMessages('invalid/syntax-error.md')).toEqual([
      '10:9-10:9: Syntax Error: Expected ":", found Name "String". [graphql-syntax]'
    ])
  })

  it('invalid/unknown-types.md: every unknown type, with graphql\'s "Did you mean"', async function () {
    expect(await fixtureMessages('invalid/unknown-types.md')).toEqual([
      '8:28-8:32: Unknown type "Node". [graphql-schema]',
      '10:10-10:15: Unknown type "Strng". Did you mean "String"? [graphql-schema]',
      '11:9-11:14: Unknown type "Teams". Did you mean "Team"? [graphql-schema]',
      '19:42-19:48: Unknown type "Member". [graphql-schema]'
    ])
  })

  it('invalid/unknown-types.md: names given as scalars are known, and what they then break is reported', async function () {
    // `Node` and `Member` really are scalars now: a scalar cannot be implemented
    // nor be a union member. While they were unknown these were not reported.
    expect(await fixtureMessages('invalid/unknown-types.md', {scalars: ['DateTime', 'Node', 'Member']})).toEqual([
      '8:28-8:32: Type Invitation must only implement Interface types, it cannot implement Node. [graphql-schema]',
      '10:10-10:15: Unknown type "Strng". Did you mean "String"? [graphql-schema]',
      '11:9-11:14: Unknown type "Teams". Did you mean "Team"? [graphql-schema]',
      '19:42-19:48: Union type SearchResult can only include Object types, it cannot include Member. [graphql-schema]'
    ])
  })

  it('invalid/unknown-types.md: "Did you mean" also suggests the scalars of the option', async function () {
    expect(await fixtureMessages('invalid/unknown-types.md', {scalars: ['DateTimeTz', 'Strong']})).toEqual([
      '8:28-8:32: Unknown type "Node". [graphql-schema]',
      '10:10-10:15: Unknown type "Strng". Did you mean "String" or "Strong"? [graphql-schema]',
      '11:9-11:14: Unknown type "Teams". Did you mean "Team"? [graphql-schema]',
      '19:42-19:48: Unknown type "Member". [graphql-schema]'
    ])
  })

  it('invalid/duplicates.md: duplicate type, field, enum value and argument, at the first, naming the others', async function () {
    expect(await fixtureMessages('invalid/duplicates.md')).toEqual([
      '8:6-8:10: There can be only one type named "Team". [graphql-schema]',
      '10:3-10:7: Field "Team.name" can only be defined once. [graphql-schema]',
      // Same line: the column tells the places apart.
      '14:13-14:18: Enum value "Role.ADMIN" can only be defined once. [graphql-schema]',
      '17:9-17:14: Argument "Query.teams(first:)" can only be defined once. [graphql-schema]'
    ])
  })

  it('invalid/interfaces.md: objects that do not implement their interfaces', async function () {
    expect(await fixtureMessages('invalid/interfaces.md')).toEqual([
      '9:7-9:10: Interface field Node.id expects type ID! but Team.id is type String!. [graphql-schema]',
      '13:3-13:7: Interface field Named.name expected but Member does not provide it. [graphql-schema]',
      '13:8-13:14: Interface field argument Named.name(locale:) expected but Team.name does not provide it. [graphql-schema]',
      '25:28-25:32: Type Invitation must only implement Interface types, it cannot implement Team. [graphql-schema]'
    ])
  })

  it('invalid/directives-and-io.md: unknown directives and arguments, input and output types misused', async function () {
    expect(await fixtureMessages('invalid/directives-and-io.md')).toEqual([
      '9:9-9:13: The type of InviteInput.team must be Input Type but got: Team. [graphql-schema]',
      '10:18-10:28: Unknown directive "@sensitive". [graphql-schema]',
      '15:12-15:23: The type of Team.pending must be Output Type but got: InviteInput. [graphql-schema]',
      '16:38-16:42: The type of Team.invite(owner:) must be Input Type but got: Team. [graphql-schema]',
      '16:62-16:76: Unknown argument "because" on directive "@deprecated". [graphql-schema]',
      '19:27-19:33: Union type Everything can only include Object types, it cannot include String. [graphql-schema]'
    ])
  })
})

describe('graphql-syntax', function () {
  it('reports a missing name at the token that was found', async function () {
    expect(await messagesOf(designDoc('type Team {\n  id: ID!\n  : String\n}'))).toEqual([
      '10:3-10:3: Syntax Error: Expected Name, found ":". [graphql-syntax]'
    ])
    expect(await messagesOf(designDoc('type Team {\n  id: ID!\n  name: \n}'))).toEqual([
      '11:1-11:1: Syntax Error: Expected Name, found "}". [graphql-syntax]'
    ])
  })

  it('reports an unterminated string and an unexpected end of the block', async function () {
    expect(await messagesOf(designDoc('type Team {\n  "the name\n  name: String\n}'))).toEqual([
      '9:12-9:12: Syntax Error: Unterminated string. [graphql-syntax]'
    ])
    expect(await messagesOf(designDoc('type Team {\n  id: ID!'))).toEqual([
      '9:10-9:10: Syntax Error: Expected Name, found <EOF>. [graphql-syntax]'
    ])
  })

  it('reports each block on its own, in document order', async function () {
    const doc = '# T\n\n```graphql\ntype A { id: ID! }\n```\n\n```gql\ntype B { id ID! }\n```\n\n```graphql\nenum E { }\n```\n'
    expect(await messagesOf(doc)).toEqual([
      '8:13-8:13: Syntax Error: Expected ":", found Name "ID". [graphql-syntax]',
      '12:10-12:10: Syntax Error: Expected Name, found "}". [graphql-syntax]'
    ])
  })

  it('leaves template placeholder blocks to no-template-placeholders', async function () {
    expect(await messagesOf('# T\n\n```graphql\n# fields\n```\n')).toEqual([])
  })

  it('reports a block nested too deeply for graphql-js instead of crashing', async function () {
    const depth = 10_000
    const doc = designDoc('type Deep {\n  list: ' + '['.repeat(depth) + 'Int' + ']'.repeat(depth) + '\n}')
    // The 501st bracket: the type's `{` is the first, so the 500th `[`.
    expect(await messagesOf(doc)).toEqual([
      '9:508-9:509: GraphQL block nests too deeply (more than 500 levels of brackets); it is not parsed [graphql-syntax]'
    ])
    const values = designDoc('directive @d(v: Int) on FIELD_DEFINITION\ntype T {\n  f: Int @d(v: ' + '{a: '.repeat(3000) + '1' + '}'.repeat(3000) + ')\n}')
    expect(await messagesOf(values)).toEqual([
      '10:2008-10:2009: GraphQL block nests too deeply (more than 500 levels of brackets); it is not parsed [graphql-syntax]'
    ])
  })

  it('counts only real brackets: not those in comments and strings', function () {
    expect(maxNesting).toBe(500)
    const shallow = '# [[[[\n"[[[[" """ [[[ \\""" [[ """ type A { f: [[Int]] }'
    // `{`, `[`, `[`: three levels.
    expect(findDeepNesting(shallow, 3)).toBe(undefined)
    expect(findDeepNesting(shallow, 2)).toBe(shallow.indexOf('[[Int') + 1)
    expect(findDeepNesting('[[[', 3)).toBe(undefined)
    expect(findDeepNesting('[[[[', 3)).toBe(3)
  })

  it('a block of 499 levels inside a type (500 brackets) parses and validates', async function () {
    const doc = designDoc('type A {\n  f: ' + '['.repeat(499) + 'Int' + ']'.repeat(499) + '\n}')
    expect(await messagesOf(doc)).toEqual([])
  })
})

describe('graphql-schema', function () {
  it('accepts a partial schema: no Query type, extended root types, built-in scalars and directives', async function () {
    const sdl = [
      'type Team { id: ID!, name: String, score: Float, size: Int, active: Boolean @deprecated(reason: "gone") }',
      'extend type Query { team(id: ID!): Team }',
      'extend type Mutation { rename(id: ID!, name: String!): Team }',
      'extend type Subscription { teamRenamed: Team }',
      'scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")'
    ].join('\n')
    expect(await messagesOf(designDoc(sdl))).toEqual([])
  })

  it('reports extending a type that is neither defined nor a root type', async function () {
    expect(await messagesOf(designDoc('type Team { id: ID! }\nextend type Tema { name: String }'))).toEqual([
      '9:13-9:17: Cannot extend type "Tema" because it is not defined. Did you mean "Team"? [graphql-schema]'
    ])
  })

  it('checks the fields of an extended root type', async function () {
    expect(await messagesOf(designDoc('input TeamInput { name: String }\nextend type Query { team: TeamInput }'))).toEqual([
      '9:27-9:36: The type of Query.team must be Output Type but got: TeamInput. [graphql-schema]'
    ])
  })

  it('reports a real schema problem that does not depend on any unknown type', async function () {
    // `Missing` stays unknown: the interface check still runs on the known fields.
    const sdl = 'interface Node { id: ID! }\ntype Team implements Node {\n  id: String\n  owner: Missing\n}'
    expect(await messagesOf(designDoc(sdl))).toEqual([
      '8:22-8:25: Interface field Node.id expects type ID! but Team.id is type String. [graphql-schema]',
      '11:10-11:17: Unknown type "Missing". [graphql-schema]'
    ])
  })

  it('reports an interface field type that is only wrong when the named scalar exists', async function () {
    const sdl = 'interface Node { at: Stamp }\ntype Team implements Node { at: String }'
    expect(await messagesOf(designDoc(sdl))).toEqual(['8:22-8:27: Unknown type "Stamp". Did you mean "Team"? [graphql-schema]'])
    expect(await messagesOf(designDoc(sdl), {scalars: ['Stamp']})).toEqual([
      '8:22-8:27: Interface field Node.at expects type Stamp but Team.at is type String. [graphql-schema]'
    ])
  })

  it('ignores operations and fragments (no schema to check them against)', async function () {
    expect(await messagesOf(designDoc('query Q($id: ID!) { team(id: $id) { ...F } }\nfragment F on Team { id }'))).toEqual([])
  })

  it('skips the schema checks of a block that does not parse', async function () {
    expect(await messagesOf(designDoc('type A { b: Missing c }'))).toEqual([
      '8:23-8:23: Syntax Error: Expected ":", found "}". [graphql-syntax]'
    ])
  })

  it('the stage validates once and records what each error depends on', async function () {
    const [code] = await graphqlCodeOf(designDoc('type A implements Node { id: ID!, at: Stamp }\nunion U = A | Stamp\ntype A { b: Int }'))
    expect(code!.schemaErrors.map((issue) => ({reason: issue.reason, unknownType: issue.unknownType, assumes: issue.assumes}))).toEqual([
      {reason: 'Unknown type "Node".', unknownType: 'Node', assumes: []},
      {reason: 'Unknown type "Stamp".', unknownType: 'Stamp', assumes: []},
      {reason: 'Unknown type "Stamp".', unknownType: 'Stamp', assumes: []},
      {reason: 'There can be only one type named "A".', unknownType: undefined, assumes: []},
      {reason: 'Type A must only implement Interface types, it cannot implement Node.', unknownType: undefined, assumes: ['Node']},
      {reason: 'Union type U can only include Object types, it cannot include Stamp.', unknownType: undefined, assumes: ['Stamp']}
    ])
    expect(code!.rawSchemaErrors).toHaveLength(6)
    expect(code!.knownTypeNames).toEqual(expect.arrayContaining(['String', 'ID', '__Schema', 'A', 'U']))
  })
})

/**
 * GitHub's public schema (@octokit/graphql-schema 15.26.1: 64,309 lines)
 * embedded in a design doc. The block's line n is Markdown line n + 7.
 */
describe("GitHub's public schema in a design doc", function () {
  const sdl = github.idl

  /** Replace `needle`, which must occur exactly once. */
  function replaceOnce(text: string, needle: string, replacement: string): string {
    const first = text.indexOf(needle)
    expect(first, `needle ${JSON.stringify(needle)}`).toBeGreaterThanOrEqual(0)
    expect(text.indexOf(needle, first + 1), `needle ${JSON.stringify(needle)} occurs twice`).toBe(-1)
    return text.slice(0, first) + replacement + text.slice(first + needle.length)
  }

  /** The 1-based line of the block on which `needle` (unique) starts. */
  function lineOf(text: string, needle: string): number {
    const index = text.indexOf(needle)
    expect(index).toBeGreaterThanOrEqual(0)
    expect(text.indexOf(needle, index + 1)).toBe(-1)
    return text.slice(0, index).split('\n').length
  }

  /**
   * The schema without the second definitions of the fields that GitHub's
   * schema defines twice (found with graphql-js's parser, cut by offsets).
   */
  function withoutDuplicateFields(text: string): string {
    const cuts: Array<[number, number]> = []
    for (const definition of parseGraphql(text).definitions) {
      if (definition.kind !== 'ObjectTypeDefinition') continue
      const seen = new Set<string>()
      for (const field of (definition as ObjectTypeDefinitionNode).fields ?? []) {
        if (seen.has(field.name.value)) cuts.push([field.loc!.start, field.loc!.end])
        seen.add(field.name.value)
      }
    }
    let result = text
    for (const [start, end] of cuts.reverse()) result = result.slice(0, start) + result.slice(end)
    return result
  }

  it('as published: exactly the two fields that GitHub defines twice', async function () {
    expect(lineOf(sdl, 'type EnterpriseOwnerInfo {')).toBe(14102)
    expect(await messagesOf(designDoc(sdl))).toEqual([
      '15010:3-15010:29: Field "EnterpriseOwnerInfo.repositoryDeployKeySetting" can only be defined once. [graphql-schema]',
      '15015:3-15015:42: Field "EnterpriseOwnerInfo.repositoryDeployKeySettingOrganizations" can only be defined once. [graphql-schema]'
    ])
  })

  const repaired = withoutDuplicateFields(sdl)

  it('without those two duplicates: zero graphql-* messages', async function () {
    expect(repaired.length).toBeLessThan(sdl.length)
    expect(await messagesOf(designDoc(repaired))).toEqual([])
  })

  it('a syntax error in it is reported at its Markdown place', async function () {
    expect(lineOf(sdl, 'input AddCommentInput {')).toBe(331)
    const broken = replaceOnce(sdl, 'input AddCommentInput {\n  """\n  The contents of the comment.\n  """\n  body: String!', 'input AddCommentInput {\n  """\n  The contents of the comment.\n  """\n  body String!')
    expect(await messagesOf(designDoc(broken))).toEqual([
      '342:8-342:8: Syntax Error: Expected ":", found Name "String". [graphql-syntax]'
    ])
  })

  describe('with one break of each kind, and `scalar DateTime` removed', function () {
    // Every edit keeps the line count, so a line n of the published schema
    // stays Markdown line n + 7; the additions go at the end.
    let broken = replaceOnce(sdl, '"""\nAn ISO-8601 encoded UTC date string.\n"""\nscalar DateTime\n', '\n'.repeat(4))
    // Line 335: an unknown type. Line 345: an interface as an input field's type.
    broken = replaceOnce(broken, 'input AddCommentInput {\n  """\n  The contents of the comment.\n  """\n  body: String!\n', 'input AddCommentInput {\n  """\n  The contents of the comment.\n  """\n  body: Strin!\n')
    broken = replaceOnce(broken, '  The Node ID of the subject to modify.\n  """\n  subjectId: ID!\n}\n\n"""\nAutogenerated return type of AddComment.', '  The Node ID of the subject to modify.\n  """\n  subject: Node\n}\n\n"""\nAutogenerated return type of AddComment.')
    // Line 19475: a duplicate enum value. Line 39951: a duplicate argument. Line 40413: an unknown directive.
    broken = replaceOnce(broken, '  An issue that is still open\n  """\n  OPEN\n}\n', '  An issue that is still open\n  """\n  OPEN OPEN\n}\n')
    broken = replaceOnce(broken, '    The license\'s downcased SPDX ID\n    """\n    key: String!\n  ): License\n', '    The license\'s downcased SPDX ID\n    """\n    key: String! key: String\n  ): License\n')
    broken = replaceOnce(broken, '  The currently authenticated user.\n  """\n  viewer: User!\n', '  The currently authenticated user.\n  """\n  viewer: User! @cached\n')
    // Line 20287: License implements an interface whose field it lacks. Line
    // 20316: License.id is no longer Node's `ID!`. And a second `type Bot`.
    broken = replaceOnce(broken, 'type License implements Node {', 'type License implements Node & Licensed {')
    const lines = broken.split('\n')
    const licenseId = lines[20316 - 1]
    lines[20316 - 1] = '  id: String!'
    broken = lines.join('\n') + 'interface Licensed {\n  spdxId: String\n  licenseUrl: URI!\n}\n\ntype Bot {\n  handle: String\n}\n'

    const published = [
      '15010:3-15010:29: Field "EnterpriseOwnerInfo.repositoryDeployKeySetting" can only be defined once. [graphql-schema]',
      '15015:3-15015:42: Field "EnterpriseOwnerInfo.repositoryDeployKeySettingOrganizations" can only be defined once. [graphql-schema]'
    ]
    const injected = [
      '342:9-342:14: Unknown type "Strin". Did you mean "String", "Tree", or "URI"? [graphql-schema]',
      '352:12-352:16: The type of AddCommentInput.subject must be Input Type but got: Node. [graphql-schema]',
      '2176:6-2176:9: There can be only one type named "Bot". [graphql-schema]',
      '19482:3-19482:7: Enum value "IssueState.OPEN" can only be defined once. [graphql-schema]',
      '25632:7-25632:10: Interface field Node.id expects type ID! but License.id is type String!. [graphql-schema]',
      '39958:5-39958:8: Argument "Query.license(key:)" can only be defined once. [graphql-schema]',
      '40420:17-40420:24: Unknown directive "@cached". [graphql-schema]',
      '64319:3-64319:13: Interface field Licensed.licenseUrl expected but License does not provide it. [graphql-schema]'
    ]

    // Both runs below read one Markdown tree: parsing 1.2 MB is the slow part.
    let tree: {value: string; tree: Root} | undefined
    function brokenTree() {
      const value = designDoc(broken)
      tree ??= {value, tree: unified().use(remarkParse).use(remarkGfm).parse(value)}
      return tree
    }

    it('the breaks are on the lines the messages name', function () {
      const markdown = designDoc(broken).split('\n')
      expect(licenseId).toBe('  id: ID!')
      expect(markdown[342 - 1]).toBe('  body: Strin!')
      expect(markdown[352 - 1]).toBe('  subject: Node')
      expect(markdown[2176 - 1]).toBe('type Bot implements Actor & Node & UniformResourceLocatable {')
      expect(markdown[19482 - 1]).toBe('  OPEN OPEN')
      expect(markdown[20294 - 1]).toBe('type License implements Node & Licensed {')
      expect(markdown[20323 - 1]).toBe('  id: String!')
      expect(markdown[25628 - 1]).toBe('interface Node {')
      expect(markdown[25632 - 1]).toBe('  id: ID!')
      expect(markdown[39958 - 1]).toBe('    key: String! key: String')
      expect(markdown[40420 - 1]).toBe('  viewer: User! @cached')
      expect(markdown[64319 - 1]).toBe('  licenseUrl: URI!')
      expect(markdown[64322 - 1]).toBe('type Bot {')
    })

    it('with `scalars: ["DateTime"]`: the two published duplicates and one message per break', async function () {
      expect(await messagesOfTree(brokenTree(), {scalars: ['DateTime']})).toEqual([...published, ...injected].sort(byLine))
    })

    it('without the option: the same, DateTime being an AshGraphql scalar known in every block', async function () {
      let uses = 0
      visit(parseGraphql(broken), {
        NamedType(node) {
          if (node.name.value === 'DateTime') uses++
        }
      })
      expect(uses).toBeGreaterThan(300)
      expect(await messagesOfTree(brokenTree())).toEqual([...published, ...injected].sort(byLine))
    })
  })
})

function byLine(a: string, b: string): number {
  const [lineA, columnA] = a.split(/[:-]/).map(Number) as [number, number]
  const [lineB, columnB] = b.split(/[:-]/).map(Number) as [number, number]
  return lineA - lineB || columnA - columnB
}
