/**
 * gateprep's entry: flags, subcommands, the TTY check, then the TUI. Heavy modules load
 * on demand. Flags use node:util parseArgs: meow (about 200 KB bundled) cost more start-up
 * time than the whole first-frame budget allows for argument parsing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { sanitize } from './content/sanitize.js';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, homeDir, moveLegacyHome } from './paths.js';
import type { Command, CommandContext } from './commands/types.js';
import type { Screen } from './state/appStore.js';

const HELP = `
  gateprep: learn Amazon API Gateway for interviews. A Q&A library with search,
  FSRS flashcards, quizzes, and a simulated API Gateway you can step through.

  Usage
    $ gateprep                        the app (needs a terminal), on Home
    $ gateprep library                the app, opened on the Library
    $ gateprep study                  the app, straight into a flashcard session
    $ gateprep progress               the app, on your study progress
    $ gateprep quiz                   the app, on quiz setup (practice or a timed exam)
    $ gateprep sim [SCENARIO]         the app, on the simulator (a preset name or a scenario file;
                                      HTTP and WebSocket ones open the API types view;
                                      an OpenAPI definition API.yaml|API.json opens your API)
    $ gateprep apis                   the app, on HTTP and WebSocket APIs (REST vs HTTP side by side)
    $ gateprep search QUERY [--json]  search the cards, best match first
    $ gateprep check PATH... [--json] validate decks (files or folders); exit 1 on any error
    $ gateprep trace FILE [--json]    run a simulator scenario file (or a preset name)
    $ gateprep trace API.yaml [--requests REQUESTS.json] [--json]
                                      run requests through an OpenAPI definition (3.0 or
                                      Swagger 2.0, JSON or YAML, API Gateway's extensions)
    $ gateprep import-api API.yaml [--out SCENARIO.json]
                                      the scenario file of an OpenAPI definition
    $ gateprep export-api SCENARIO.json [--format oas30|swagger] [--out FILE]
                                      a scenario's API as OpenAPI, with its side file
    $ gateprep stats [--json]         study statistics: due, reviewed, streak, retention
      [--interview YYYY-MM-DD]        and how many cards will not be solid by that day
    $ gateprep export --format json|anki|apkg [--out FILE]
                                      your data as a JSON backup, your cards as Anki text,
                                      or cards + schedule + review history as an .apkg
    $ gateprep import FILE            merge a JSON backup, or make a deck of an Anki
                                      text export (.txt/.tsv/.csv) or a deck file (.md)

  Options
    --decks DIR   add a folder of your own decks (also read: $GATEPREP_HOME/decks)
    --json        machine-readable output (subcommands)
    --side FILE   OpenAPI: the side file (default: API.gateprep.json beside API.yaml)
    --requests FILE  OpenAPI: the requests to send (default: API.requests.json beside API.yaml,
                  else the side file's, else one per method)
    --strict      OpenAPI: what the simulator does not model is an error (exit 1)
    --help        this text
    --version     the version

  Exit codes: 0 ok, 1 bad input (the message names file and line), 2 wrong usage.
  Data folder: $GATEPREP_HOME, else $XDG_CONFIG_HOME/gateprep (~/.config/gateprep).
`;

const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  check: () => import('./commands/check.js'),
  search: () => import('./commands/search.js'),
  trace: () => import('./commands/trace.js'),
  stats: () => import('./commands/stats.js'),
  export: () => import('./commands/export.js'),
  import: () => import('./commands/import.js'),
  'import-api': () => import('./commands/importApi.js'),
  'export-api': () => import('./commands/exportApi.js'),
};

const SCREENS: Record<string, Screen> = {
  home: { name: 'home' },
  library: { name: 'library' },
  sim: { name: 'sim' },
  study: { name: 'study' },
  progress: { name: 'progress' },
  quiz: { name: 'quiz' },
  apis: { name: 'apis' },
};

// `gateprep search x | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      decks: { type: 'string', multiple: true },
      out: { type: 'string' },
      format: { type: 'string' },
      interview: { type: 'string' },
      side: { type: 'string' },
      requests: { type: 'string' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

async function main(): Promise<number> {
  let cli: ReturnType<typeof parse>;
  try {
    cli = parse(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`gateprep: ${(error as Error).message}\nRun "gateprep --help" for the options.\n`);
    return 2;
  }
  const content = contentDir();
  if (cli.values.help) {
    process.stdout.write(`${HELP.trim()}\n`);
    return 0;
  }
  if (cli.values.version) {
    const pkg = JSON.parse(readFileSync(join(content, '..', 'package.json'), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const [name, ...args] = cli.positionals;
  const moved = moveLegacyHome();
  if (moved) process.stderr.write(`gateprep: ${moved}\n`);
  const ctx: CommandContext = {
    args,
    flags: { json: cli.values.json ?? false, decks: cli.values.decks ?? [], out: cli.values.out, format: cli.values.format, interview: cli.values.interview, side: cli.values.side, requests: cli.values.requests, strict: cli.values.strict },
    contentDir: content,
    homeDir: homeDir(),
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
  };
  const command = name ? COMMANDS[name] : undefined;
  if (command) return (await command()).default(ctx);
  let screen = SCREENS[name ?? 'home'];
  if (name === 'sim' && args.length > 0) {
    const opened = await openScenarioArg(args, ctx);
    if (typeof opened === 'number') return opened;
    screen = opened;
  }
  if (!screen) {
    process.stderr.write(`gateprep: unknown command "${name}". Run "gateprep --help" for the list.\n`);
    return 2;
  }
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(
      'gateprep: the app needs an interactive terminal, and this is not one.\n' +
        'Without a terminal, try:\n' +
        '  gateprep search QUERY --json   search the cards\n' +
        '  gateprep check PATH --json     validate decks\n' +
        '  gateprep --help                everything else\n',
    );
    return 2;
  }
  const { runTui } = await import('./ui/run.js');
  return runTui({ screen, contentDir: ctx.contentDir, homeDir: ctx.homeDir, decks: ctx.flags.decks, notices: moved ? [moved] : [] });
}

/** `gateprep sim SCENARIO`: a preset name or a scenario file, checked before the app starts. */
async function openScenarioArg(args: string[], ctx: CommandContext): Promise<Screen | number> {
  if (args.length > 1) {
    ctx.err('usage: gateprep sim [SCENARIO]   (a preset name or a scenario file)\n');
    return 2;
  }
  const { findApiPreset, loadApiScenario } = await import('./sim/apiPresets.js');
  const apiPreset = findApiPreset(ctx.contentDir, args[0]!);
  if (apiPreset) return { name: 'apis', preset: apiPreset.name };
  const [{ isDefinition }, { resolveFile }] = await Promise.all([import('./commands/openApiInput.js'), import('./commands/trace.js')]);
  const definition = resolveFile(ctx, args[0]!);
  if (existsSync(definition) && isDefinition(definition)) return openDefinitionArg(definition, ctx);
  if (existsSync(args[0]!) && /"apiType"\s*:\s*"(HTTP|WEBSOCKET)"/.test(readFileSync(args[0]!, 'utf8').slice(0, 100_000))) {
    const loaded = loadApiScenario(args[0]!);
    if (loaded.ok) return { name: 'apis', preset: args[0]! };
    for (const e of loaded.errors) ctx.err(sanitize(`${args[0]}: ${e.path === '' ? '(file)' : e.path}: ${e.message}\n`));
    return 1;
  }
  const { findScenario, loadScenarioFile } = await import('./sim/files.js');
  const found = findScenario(args[0]!, ctx.contentDir, ctx.homeDir);
  if (!found) {
    ctx.err(sanitize(`gateprep: ${args[0]}: no such scenario file or preset (see "gateprep sim" > Presets)\n`));
    return 1;
  }
  const loaded = loadScenarioFile(found.path, found.home);
  if (!loaded.ok) {
    // The file's name, paths and messages quote the file: one sanitizer before the terminal.
    for (const e of loaded.errors) ctx.err(sanitize(`${loaded.file}: ${e.path === '' ? '(file)' : e.path}: ${e.message}\n`));
    return 1;
  }
  // templates / models: load velocityjs or ajv now, so the screen opens on the scenario itself
  const [{ prepareConfig }, { resolvedOf }] = await Promise.all([import('./gateway/prepare.js'), import('./sim/session.js')]);
  const errors = await prepareConfig(resolvedOf(loaded.session.doc).config);
  if (errors.length > 0) {
    for (const e of errors) ctx.err(sanitize(`${found.path}: ${e.path}: ${e.message}\n`));
    return 1;
  }
  return { name: 'sim', scenario: found.path };
}

/** `gateprep sim API.yaml`: the imported scenario, with what was assumed and left out in its description. */
async function openDefinitionArg(file: string, ctx: CommandContext): Promise<Screen | number> {
  const [{ openDefinition }, { importNotes, importSummary }] = await Promise.all([import('./commands/openApiInput.js'), import('./commands/traceDefinition.js')]);
  const opened = await openDefinition(ctx, file);
  if (!opened) return 1;
  const scenario = { ...opened.scenario, description: importNotes(opened) };
  const { prepareConfig } = await import('./gateway/prepare.js');
  const { parseScenario } = await import('./gateway/scenario.js');
  const parsed = parseScenario(JSON.stringify(scenario));
  const errors = parsed.ok ? await prepareConfig(parsed.scenario.config) : parsed.errors;
  if (errors.length > 0) {
    for (const e of errors) ctx.err(sanitize(`${file}: (imported) ${e.path}: ${e.message}\n`));
    return 1;
  }
  return { name: 'sim', scenarioJson: JSON.stringify(scenario, null, 2), notice: sanitize(importSummary(opened)), importDefaults: opened.defaults };
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(sanitize(`gateprep: ${error instanceof Error ? error.message : String(error)}\n`));
    process.exitCode = 1;
  },
);
