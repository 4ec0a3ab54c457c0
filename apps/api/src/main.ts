import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './app/create-app';

async function bootstrap() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every variable.\n`);
      process.exit(78);
    }
    throw err;
  }
  const app = await createApp(config);
  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(
    JSON.stringify({ level: 30, time: Date.now(), msg: `Cumbre API listening on ${config.publicUrl}` }) + '\n',
  );
}

bootstrap().catch((err) => {
  process.stderr.write(`Cumbre failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
