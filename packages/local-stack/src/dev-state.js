/**
 * How other commands (the db:* scripts) find a running `npm run dev`: it writes its pid and ports to
 * `.local/dev-stack.json` once the stack is up and deletes the file when it stops. Ports, not the database URL, so
 * the file holds no password, and the stack may have been moved (POSTGRES_PORT) in another shell.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { localDataDir } from '@spendwise/devkit';

export const devStateFile = () => localDataDir('dev-stack.json');

export function writeDevState({ ports }, file = devStateFile()) {
  writeFileSync(file, `${JSON.stringify({ pid: process.pid, ports }, null, 2)}\n`);
}

export function clearDevState(file = devStateFile()) {
  rmSync(file, { force: true });
}

/** The running dev stack's `{ pid, ports }`; throws a one-line, actionable error when none is running. */
export function readDevState(file = devStateFile()) {
  const notRunning = (why) =>
    new Error(
      `The dev stack is not running (${why}): start it with \`npm run dev\` in another terminal first.`,
    );
  let state;
  try {
    state = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') throw notRunning(`no ${file}`);
    throw notRunning(`${file} is unreadable: ${error.message}`);
  }
  if (!isAlive(state.pid)) throw notRunning(`its process ${state.pid} has exited`);
  return state;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return error.code === 'EPERM';
  }
}
