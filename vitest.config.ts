import { defineConfig } from 'vitest/config';

// The exceptions pdf.js 5.6 leaves in a rejected promise nobody holds (a page tree's kids it
// fetched ahead, src/pdf/stray.ts): in a program finsam absorbs them while a PDF is open;
// here Vitest's own listener would report them as well. Only these are passed over, and
// only with pdf.js's worker in their stack; test/hostile/stray-rejection.test.ts checks in a
// process of its own that they neither reject nor end the program.
const PDFJS_STRAY = /^(?:XRefEntryException|XRefParseException|FormatError|InvalidPDFException|MissingDataException|UnknownErrorException)$/;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    onUnhandledError: (error) => !(PDFJS_STRAY.test(error.name ?? '') && /pdf\.worker/.test(error.stack ?? '')),
  },
});
