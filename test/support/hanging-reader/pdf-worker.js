// A PDF reader thread for the tests: the real one (dist/, `npm run build`), except that it
// never answers for a PDF whose bytes hold `HANG`, as with a PDF pdf.js cannot finish:
// only terminating the thread ends it. A test hands it to the CLI as `pdfWorkerUrl`.
import { parentPort } from 'node:worker_threads';

const real = await import(new URL('../../../dist/pdf-api.js', import.meta.url).href);
await real.loadPdfReader();
parentPort.on('message', async (request) => {
  if (Buffer.from(request.bytes).includes('HANG')) for (;;);
  parentPort.postMessage(await real.pdfText(request.bytes, request.options));
});
parentPort.postMessage('ready');
