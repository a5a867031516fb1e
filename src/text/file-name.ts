// `Arbetsutskottet protokollsutdrag 2023-04-11 § 31.pdf`: a web agenda lists a point's papers by
// their files' names; such a line names a paper attached, never the document it stands in.
const FILE_NAME = /\.(?:pdf|docx?|xlsx?|odt|ods|pptx?|rtf)$/iu;

/** The line is a file's name (it ends on a document file's extension). */
export const isFileName = (text: string): boolean => text.charCodeAt(text.length - 4) === 46 || text.charCodeAt(text.length - 5) === 46 ? FILE_NAME.test(text) : false;
