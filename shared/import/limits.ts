// How much the importer takes at once. A batch holds up to ~100,000 dossiers (DESIGN.md); an
// XLSX of that many application rows is about 5 MB, so 20 MB leaves room for styling and notes.

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const MAX_IMPORT_ROWS = 100_000;

/** Title and note rows often sit above the header; it must appear within this many rows. */
export const HEADER_SEARCH_ROWS = 10;

/** Rows shown in the dry-run preview. */
export const PREVIEW_ROWS = 20;

export const ACCEPTED_EXTENSIONS: readonly string[] = ['xlsx', 'csv'];
