/** Errors of the USGS importer: one list of cell-level issues, thrown before anything is written. */
import { IssueListError } from '../issues-error.js';

/** One malformed cell (or header, or row) of one USGS file. */
export interface UsgsIssue {
  /** The file, relative to the data-release folder (e.g. `world/MCS2025_World_Data.csv`). */
  file: string;
  /** 1-based line number in the file (the header is line 1). */
  row: number;
  /** The column header (trimmed, inner spaces after `_` removed: `PROD_EST_2024`), or `(row)`. */
  column: string;
  /** The raw cell text as read (after BOM removal only). */
  value: string;
  message: string;
}

/**
 * Thrown by the USGS importers when any cell is malformed (a stray word in a numeric column, an
 * unknown unit, a missing header, …). All issues of the input are collected first, so the
 * message lists every one; the caller writes nothing.
 */
export class UsgsImportError extends IssueListError<UsgsIssue> {
  declare readonly code: 'INVALID_USGS_DATA';
  constructor(issues: UsgsIssue[]) {
    super(
      'INVALID_USGS_DATA',
      issues,
      'malformed USGS cell(s); nothing was imported',
      (i) => `${i.file}:${i.row}: ${i.column} = ${JSON.stringify(i.value)}: ${i.message}`,
    );
  }
}
