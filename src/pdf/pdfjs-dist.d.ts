// pdfjs-dist ships types for its unminified build only; finsam loads the minified one,
// the same code. Its worker module finsam only hands to pdf.js.
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
