// The command line as a bundle: src/cli and everything it loads (the library, commander,
// zod, …) in a few files under dist/bundle/, so `finsam` starts without resolving and
// reading ~200 modules. Run by `npm run build` after tsc, which still builds dist/ for
// `import { parse } from 'finsam'`, its types, and the tests.
//
// Two entry points, the command (finsam.js) and the parse worker (worker.js), with code
// splitting: what a command loads on demand (`finsam parse`, fast-glob for folders, the
// --out writer, chalk and the progress bar for a terminal) stays in its own chunk and is
// read only when needed; yaml is imported from node_modules (see `external`). The worker
// is found beside the chunk that starts it (`new URL('./worker.js', import.meta.url)`),
// and package.json two folders up, as from dist/cli/.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist', 'bundle');
const minify = !process.argv.includes('--no-minify');

/**
 * commander requires node:child_process when it loads, for sub-commands that are programs
 * of their own — which finsam has none of. Loading it (and with it net, dgram, …) cost
 * every start 5 ms; commander now gets it on first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'commander')}`) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { finsam: 'src/cli/cli.ts', worker: 'src/cli/worker.ts', 'pdf-worker': 'src/cli/pdf-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  chunkNames: 'chunk-[hash]',
  minify,
  // stack traces and `finsam: …` messages keep readable names
  keepNames: true,
  sourcemap: 'linked',
  // CommonJS dependencies call require() for Node's modules, which an ES module lacks
  banner: { js: "import { createRequire as __finsamRequire } from 'node:module'; const require = __finsamRequire(import.meta.url);" },
  // …and may read __filename and __dirname, which an ES module lacks too
  define: { __filename: 'import.meta.filename', __dirname: 'import.meta.dirname' },
  plugins: [lazyChildProcess],
  // a CommonJS package loaded with import() becomes a chunk with a default export only,
  // where Node gives named exports too (`const { stringify } = await import('yaml')`):
  // yaml is loaded from node_modules, as by dist/, and only for --format yaml; so is
  // pdf.js (3 MB, and it finds its worker module and data files beside itself), only for PDFs
  external: ['yaml', 'pdfjs-dist'],
  logLevel: 'warning',
});
