#!/usr/bin/env node
/**
 * Remove dist/ before a build: tsc never deletes the output of a source file
 * that was moved or removed, and dist/ is committed, so a stale file would
 * stay in the package (and in git) unnoticed.
 */
import {rmSync} from 'node:fs'

rmSync('dist', {recursive: true, force: true})
