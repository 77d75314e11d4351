// `npm run hub`: the association's sync service. Settings from the environment (docs/hub.md).
import { configFromEnv } from './config';
import { createLogger } from './log';
import { startHub } from './server';

const log = createLogger('main');

const config = configFromEnv(process.env);
if (!config.ok) {
  for (const e of config.error) log.error(`${e.zh}\n${e.en}`);
  process.exit(2);
}
if (!config.value.databaseUrl) log.info(`embedded database in ${config.value.dataDir} (the first start initialises it and can take a minute)`);
const hub = await startHub(config.value);
// One machine-readable line for scripts and tests that start the hub as a child process.
console.log(JSON.stringify({ event: 'listening', url: hub.url, port: hub.port, pid: process.pid }));

let isClosing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (isClosing) return;
    isClosing = true;
    log.info(`${signal}: closing`);
    hub.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('close failed', error);
        process.exit(1);
      },
    );
  });
}
