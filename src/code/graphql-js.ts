/**
 * The parts of graphql-js the GraphQL reader uses, imported by name.
 *
 * Why a module of its own: graphql 16 has no exports map, so Node resolves
 * `import 'graphql'` to its CommonJS build and loads its ~100 files one by
 * one (about a tenth of a one-file run's time, measured in the README's
 * Speed section). The CLI's bundle (scripts/bundle.js) takes graphql's ES
 * modules instead and keeps only what is named here.
 */
export type {Token} from 'graphql'
export {
  Kind,
  Lexer,
  Source,
  TokenKind,
  buildASTSchema,
  introspectionTypes,
  isTypeDefinitionNode,
  isTypeExtensionNode,
  isTypeSystemDefinitionNode,
  isTypeSystemExtensionNode,
  parse,
  specifiedScalarTypes,
  validateSchema,
  visit
} from 'graphql'
export {validateSDL} from 'graphql/validation/validate.js'
