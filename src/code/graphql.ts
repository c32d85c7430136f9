/** GraphQL: graphql-js parses and validates the SDL, with locations. */
import * as graphqlJs from 'graphql'
import type {CodeBlock} from '../model/document.js'
import type {GraphqlCode} from './types.js'

export type GraphqlParser = typeof graphqlJs
let loading: Promise<GraphqlParser> | undefined

export function load(): Promise<GraphqlParser> {
  loading ??= Promise.resolve(graphqlJs)
  return loading
}

export function parse(graphql: GraphqlParser, block: CodeBlock): GraphqlCode {
  const code: GraphqlCode = {language: 'graphql', errors: [], schemaErrors: []}
  try {
    code.document = graphql.parse(block.value)
  } catch (error) {
    const location = (error as graphqlJs.GraphQLError).locations?.[0]
    const point = location ? block.map.point(location.line - 1, location.column - 1) : block.map.point(0, 0)
    code.errors.push({reason: (error as Error).message, place: {start: point, end: point}})
  }
  return code
}
