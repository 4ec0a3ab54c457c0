// First: V8's settings must hold before the application allocates anything (see v8-flags.ts).
import './app/v8-flags';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';

/** What `npm start` (scripts/start.mjs) receives over its IPC channel once the API listens. */
export interface LauncherReadyMessage {
  type: 'cumbre:ready';
  url: string;
  web: boolean;
  demo: { password: string; accounts: { email: string; description: string }[] } | null;
}

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every variable.\n`);
      // EX_CONFIG: the launcher and container runtimes see a configuration error, not a crash.
      process.exit(78);
    }
    throw err;
  }
}

function watchLauncher(): void {
  if (!process.send) return;
  // The launcher stops us with SIGTERM; if it dies without doing so (kill -9), the IPC channel
  // closes and we shut down the same graceful way instead of holding the port for nobody.
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  process.channel?.unref();
}

async function bootstrap() {
  const config = readConfig();
  watchLauncher();
  // Loaded only once the configuration is known to be good: a bad variable is reported at once.
  const [{ createApp }, { registerWebFrontend }, { DEMO_ACCOUNTS, DEMO_PASSWORD }] = await Promise.all([
    import('./app/create-app'),
    import('./web/web-frontend'),
    import('./demo/demo-identity.data'),
  ]);
  const app = await createApp(config);
  const web = await registerWebFrontend(app, config.webDistDir);
  await app.listen({ port: config.port, host: config.host });
  new Logger('Cumbre').log(`listening on ${config.host}:${config.port}; public URL ${config.publicUrl}`);
  if (process.send) {
    const ready: LauncherReadyMessage = {
      type: 'cumbre:ready',
      url: config.publicUrl,
      web,
      demo: config.demoData ? { password: DEMO_PASSWORD, accounts: DEMO_ACCOUNTS.map((a) => ({ ...a })) } : null,
    };
    process.send(ready);
  }
}

bootstrap().catch((err) => {
  process.stderr.write(`Cumbre failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
