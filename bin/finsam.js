#!/usr/bin/env node
// The command as one bundle (dist/bundle/, built by `npm run build`), with Node's compile
// cache where there is one (Node >= 22.1): both save most of what starting costs.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/bundle/finsam.js');
process.exitCode = await main(process.argv.slice(2), {
  get stdin() {
    return process.stdin; // created only when read: most runs never do
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
