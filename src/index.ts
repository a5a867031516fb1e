// finsam — Swedish samordningsförbund minutes, notices and notes as structured data.
export { parse, parseStrict, DEFAULT_MAX_BYTES, type ParseInput, type ParseOptions } from './public-api.js';
export {
  parsePdf,
  pdfText,
  isPdf,
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_RUNS_PER_PAGE,
  DEFAULT_MAX_RUNS,
  type PdfOptions,
  type PdfText,
} from './pdf-api.js';
export { FinsamError, FATAL_CODES, isFatal, type FatalCode } from './errors.js';
export { jsonSchema } from './schema/json-schema.js';
export * from './schema/result.js';
export { narrowDocuments, type MeetingDocument, type NarrowedDocument, type OtherDocument } from './schema/kinds.js';
export { REDACTED, redactText } from './redact/personnummer.js';
