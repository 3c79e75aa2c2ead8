// cxo-studio: the command line for batch use. Same core code as the app; words from the catalogue.
// One command per file; this routes to them and turns a mistyped command into exit 2.
import { checkCommand } from './check.js';
import { exportCommand } from './export.js';
import { mergeCommand } from './merge.js';
import { newCommand } from './new.js';
import { statsCommand } from './stats.js';
import { t, UsageError, type Exit, type Io } from './shared.js';
import { templatesCommand } from './templates.js';
import { validateCommand } from './validate.js';

export type { Exit } from './shared.js';

export async function runCli(argv: string[], io: Io): Promise<Exit> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'export':
        return await exportCommand(args, io);
      case 'validate':
        return await validateCommand(args, io);
      case 'new':
        return await newCommand(args, io);
      case 'merge':
        return await mergeCommand(args, io);
      case 'stats':
        return await statsCommand(args, io);
      case 'check':
        return await checkCommand(args, io);
      case 'templates':
        return templatesCommand(io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(t('cli.usage'));
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(t('cli.unknownCommand', { command }));
    }
  } catch (error) {
    // parseArgs throws TypeErrors for unknown options; both kinds are the user's typing, not a crash
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(error instanceof Error ? error.message : String(error));
      io.err(t('cli.usage'));
      return 2;
    }
    throw error;
  }
}
