/**
 * A problem in a resolution text, with the 1-based line it was found on and what was expected there.
 * `message` reads `line 7: label "c)" out of sequence; expected "b)"`; hosts prefix the file name.
 */
export class ResolutionParseError extends Error {
  readonly line: number;
  readonly problem: string;

  constructor(line: number, problem: string) {
    super(`line ${line}: ${problem}`);
    this.name = 'ResolutionParseError';
    this.line = line;
    this.problem = problem;
  }
}
