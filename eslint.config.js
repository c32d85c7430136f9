/**
 * ESLint runs one thing here: eslint-plugin-regexp's checks that no regex
 * backtracks super-linearly, so that no line of a doc within the input
 * guard's limits can make a rule take seconds (`npm test` runs it).
 */
import tsParser from '@typescript-eslint/parser'
import regexp from 'eslint-plugin-regexp'

export default [
  {
    files: ['src/**/*.ts', 'rules/**/*.ts'],
    languageOptions: {parser: tsParser, ecmaVersion: 'latest', sourceType: 'module'},
    // Comments that silence rules of other linters are none of this one's business.
    linterOptions: {reportUnusedDisableDirectives: 'off'},
    plugins: {regexp},
    rules: {
      'regexp/no-super-linear-backtracking': ['error', {report: 'potential'}],
      'regexp/no-super-linear-move': ['error', {report: 'potential'}]
    }
  }
]
