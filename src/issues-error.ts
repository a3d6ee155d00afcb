/**
 * The error shape of the loaders and importers: every issue of an input is collected first and
 * thrown at once, before anything is written. `code` names the kind (`INVALID_DATA`,
 * `INVALID_USGS_DATA`); the message is a headline with the count, then one indented line per issue.
 */
export class IssueListError<Issue> extends Error {
  constructor(
    readonly code: string,
    readonly issues: Issue[],
    /** What the count counts and what happened, after the count: `invalid record field(s); nothing was written`. */
    headline: string,
    line: (issue: Issue) => string,
  ) {
    super(`${issues.length} ${headline}:\n${issues.map((i) => `  ${line(i)}`).join('\n')}`);
    this.name = new.target.name;
  }
}
