#!/usr/bin/env node
// The command as one bundle (dist/bundle/, built by `npm run build`), with Node's compile
// cache where there is one (Node >= 22.1): both save most of what starting costs.
import module from 'node:module';

module.enableCompileCache?.();
// No V8 flags are set here: v8.setFlagsFromString() after start-up races V8's own threads
// (a rare SIGSEGV in CI), and the regexp flag once set here no longer changed the time.
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
