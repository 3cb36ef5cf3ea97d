// `npm run backup -- <file>` and `npm run restore -- <file> [--replace]` for the embedded database.
// They take the data directory's lock themselves, so they refuse while the app runs: stop it first.
// With DATABASE_URL set they say how to use pg_dump / pg_restore instead.
import { loadConfig } from '../config.js';
import { BackupError, backupEmbedded, restoreEmbedded } from './backup.js';
import { DataDirLockedError } from './lock.js';

const usage = 'Usage: npm run backup -- <file>   |   npm run restore -- <file> [--replace]';

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const replace = rest.includes('--replace');
  const files = rest.filter((a) => !a.startsWith('--'));
  const file = files[0];
  if ((command !== 'backup' && command !== 'restore') || !file || files.length > 1) {
    console.error(usage);
    return 2;
  }
  const config = loadConfig();
  if (config.DATABASE_URL) {
    console.error(
      'DATABASE_URL is set: this command backs up the embedded database only. For PostgreSQL use\n' +
        '  pg_dump --format=custom --file=<file> "$DATABASE_URL"\n' +
        '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" <file>\n' +
        'and keep AUTH_SECRET with the dump: it is not in the database.',
    );
    return 2;
  }
  if (command === 'backup') {
    const r = await backupEmbedded(config.DATA_DIR, file);
    console.log(`Backed up the embedded database to ${r.file} (${r.bytes} bytes).`);
  } else {
    const r = await restoreEmbedded(config.DATA_DIR, file, { replace });
    if (r.keptAs) console.log(`The previous database was kept in ${r.keptAs}.`);
    console.log(`Restored ${file} into ${r.dataDir}.`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof DataDirLockedError) {
      console.error(
        `${err.message}\nStop the app before a backup or a restore; the command takes the lock itself.`,
      );
    } else if (
      err instanceof BackupError ||
      (err instanceof Error && err.message.startsWith('Invalid configuration'))
    ) {
      console.error(err.message);
    } else {
      console.error(err);
    }
    process.exit(1);
  },
);
