import v8 from 'node:v8'
v8.setFlagsFromString(process.env.FL)
await import('./bin/archdoc-lint.js')
