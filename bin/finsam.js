#!/usr/bin/env node
// The command as one bundle (dist/bundle/, built by `npm run build`), with Node's compile
// cache where there is one (Node >= 22.1): both save most of what starting costs.
import module from 'node:module';
import v8 from 'node:v8';

module.enableCompileCache?.();
// finsam's few hundred patterns each run a handful of times per file: compiled to machine
// code at once they cost half what V8's interpret-then-compile tier-up does (first file
// 155 → 76 ms). Set before any pattern exists; workers share the process's flags.
v8.setFlagsFromString('--no-regexp-tier-up');
const bundle = new URL('../dist/bundle/finsam.js', import.meta.url);
const { main } = await import(bundle.href).catch((e) => {
  // a fresh clone: `npm ci` installs, `npm run build` (or `npm test`) builds
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !e.message.includes('dist/bundle/finsam.js')) throw e;
  process.stderr.write('finsam: not built yet: run `npm run build` in ' + new URL('..', import.meta.url).pathname + '\n');
  process.exit(1);
});
process.exitCode = await main(process.argv.slice(2), {
  get stdin() {
    return process.stdin; // created only when read: most runs never do
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signals: process,
});
