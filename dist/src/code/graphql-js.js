export { Kind, Lexer, Source, TokenKind, buildASTSchema, introspectionTypes, isTypeDefinitionNode, isTypeExtensionNode, isTypeSystemDefinitionNode, isTypeSystemExtensionNode, parse, specifiedScalarTypes, validateSchema, visit } from 'graphql';
export { validateSDL } from 'graphql/validation/validate.js';
