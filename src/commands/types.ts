/** What every non-interactive subcommand receives. Commands print through
 * `out`/`err` (never console directly) so tests can run them in-process. */
export interface CommandContext {
  /** Positional arguments after the subcommand name. */
  args: string[];
  flags: {
    json: boolean;
    decks: string[];
    out?: string;
    format?: string;
    /** `stats --interview YYYY-MM-DD`: the day to count the cards not solid by. */
    interview?: string;
    /** OpenAPI commands: the side file (default: API.gateprep.json beside API.yaml). */
    side?: string;
    /** OpenAPI commands: a requests file (a list, or an object with `requests`). */
    requests?: string;
    /** OpenAPI commands: what the simulator does not model is an error, not a report. */
    strict?: boolean;
  };
  /** Folder holding the built-in content (decks/, scenarios/). */
  contentDir: string;
  /** Data folder (GATEPREP_HOME or conf's default). */
  homeDir: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Exit codes, as DESIGN.md: 0 ok, 1 bad input, 2 wrong usage. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export type Command = (ctx: CommandContext) => Promise<number>;
