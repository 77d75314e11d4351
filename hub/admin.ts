// `tsx hub/admin.ts <command>`: hub administration on the same database the hub uses.
//   issue-token --user 张三 --role reviewer --batch <id> [--batch <id>…]   prints the token once
//   list-tokens
//   revoke-token --id <token id>
// With the embedded database the hub must be stopped first (one process per data directory).
import { parseArgs } from 'node:util';
import { configFromEnv } from './config';
import { lockDataDir } from './data-lock';
import { openDatabase } from './db/open';
import { createLogger, setQuiet } from './log';
import { HUB_ROLES, issueSchema, issueToken, listTokens, revokeToken } from './tokens';

const log = createLogger('admin');

const USAGE = `usage:
  tsx hub/admin.ts issue-token --user <name> --role ${HUB_ROLES.join('|')} [--batch <id>]...
  tsx hub/admin.ts list-tokens
  tsx hub/admin.ts revoke-token --id <token id>`;

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({ args: rest, options: { user: { type: 'string' }, role: { type: 'string' }, batch: { type: 'string', multiple: true }, id: { type: 'string' } }, strict: true });
  if (command !== 'issue-token' && command !== 'list-tokens' && command !== 'revoke-token') {
    console.error(USAGE);
    return 2;
  }
  const request = issueSchema.safeParse({ user: values.user, role: values.role, batchIds: values.batch ?? [] });
  if (command === 'issue-token' && !request.success) {
    console.error(`${request.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}\n${USAGE}`);
    return 2;
  }
  if (command === 'revoke-token' && !values.id) {
    console.error(USAGE);
    return 2;
  }
  const config = configFromEnv({ ...process.env, HUB_HOST: '127.0.0.1' });
  if (!config.ok) {
    for (const e of config.error) console.error(`${e.zh}\n${e.en}`);
    return 2;
  }
  setQuiet(true);
  const lock = config.value.databaseUrl ? undefined : lockDataDir(config.value.dataDir);
  const sql = await openDatabase(config.value);
  try {
    if (command === 'issue-token' && request.success) {
      const { token, info } = await issueToken(sql, request.data);
      console.log(JSON.stringify({ token, id: info.tokenId, user: info.user, role: info.role, batchIds: info.batchIds }));
      log.info(`issued token ${info.tokenId} for ${info.user} (${info.role})`);
    } else if (command === 'list-tokens') {
      for (const t of await listTokens(sql)) console.log(JSON.stringify(t));
    } else {
      const id = values.id ?? '';
      const isRevoked = await revokeToken(sql, id);
      console.log(isRevoked ? `revoked ${id} / 已吊销` : `no active token ${id} / 没有该有效令牌`);
      if (!isRevoked) return 1;
    }
    return 0;
  } finally {
    await sql.close();
    lock?.release();
  }
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
