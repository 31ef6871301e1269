#!/usr/bin/env node
// The `reverie` command. Runs the compiled CLI (built by `npm install` through the prepare script).
import { main } from '../dist/cli/main.js';

// `reverie insights --json | head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`reverie: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 1;
  },
);
