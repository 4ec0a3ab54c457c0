import { spawn } from 'node:child_process';

/** Runs a command with inherited output; rejects when it fails. */
export function run(command, args, { cwd, env } = {}) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      stdio: 'inherit',
      // npm and npx are .cmd scripts on Windows.
      shell: process.platform === 'win32',
    });
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      if (code === 0) done();
      else fail(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`));
    });
  });
}
