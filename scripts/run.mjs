import { spawn } from 'node:child_process';

/**
 * Runs a command from node_modules/.bin (or PATH) with inherited output and resolves with its exit code;
 * rejects on failure unless `allowFailure` is set.
 */
export function run(command, args = [], { env = {}, allowFailure = false, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      cwd,
      env: { ...process.env, PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}`, ...env },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      if (status !== 0 && !allowFailure)
        reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? status}`));
      else resolve(status);
    });
  });
}
