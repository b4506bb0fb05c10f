// Starts the real exam-server jar on a free port and stops it; every test gets its own server.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const JAR = fileURLToPath(new URL('../../exam-server/target/exam-server.jar', import.meta.url));
const START_TIMEOUT_MILLIS = 60_000;

/**
 * Runs `java -jar exam-server.jar --port 0 ...extraArgs` with the given staff token; resolves once the server
 * printed its `Listening on http://HOST:PORT` line, with `{url, stop()}` where url uses 127.0.0.1.
 */
export async function startExamServer({ staffToken, extraArgs = [] }) {
  if (!existsSync(JAR)) {
    throw new Error(`${JAR} is missing: build it with mvn -B -q -pl exam-server -am package -DskipTests`);
  }
  const child = spawn('java', ['-jar', JAR, '--port', '0', ...extraArgs], {
    env: { ...process.env, CERTAMEN_STAFF_TOKEN: staffToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Even when the test process dies before its after hooks, the server does not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  exited.then(() => process.removeListener('exit', killOnExit));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`exam-server did not start:\n${output}`)), START_TIMEOUT_MILLIS);
    const read = (chunk) => {
      output += chunk;
      const listening = /Listening on http:\/\/[^\s:]+:(\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${listening[1]}`);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exam-server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    },
  };
}
