#!/usr/bin/env node
// The flakiness check: runs the browser suite several times in a row and says
// which runs failed and which tests. A test that fails once in five is a defect.
//
//   npm run test:repeat -- 5            five runs of the browser suite
//   npm run test:repeat -- 5 --busy     the same while both CPUs are kept busy
//   npm run test:repeat -- 3 --node     the Node suite too
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const busy = args.includes('--busy');
const withNode = args.includes('--node');

// Busy loops in other processes: the machine is slow, as CI is when another job shares it.
const hogs = busy
  ? Array.from({ length: availableParallelism() }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }))
  : [];
const stopHogs = () => hogs.forEach((hog) => hog.kill('SIGKILL'));
process.on('exit', stopHogs);
process.on('SIGINT', () => process.exit(130));

const suites = [
  ...(withNode ? [['node', ['test/tools/test-node.mjs']]] : []),
  ['browser', ['node_modules/@web/test-runner/dist/bin.js', '--config', 'test/web-test-runner.config.mjs']],
];

const results = [];
for (let run = 1; run <= runs; run++) {
  for (const [name, command] of suites) {
    const started = Date.now();
    const r = spawnSync(process.execPath, command, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = (Date.now() - started) / 1000;
    // eslint-disable-next-line no-control-regex
    const output = `${r.stdout}\n${r.stderr}`.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
    // web-test-runner marks failed tests with ❌, node:test with ✖.
    const failed = [...new Set(output.split('\n').filter((line) => /^\s*(❌|✖) /.test(line)).map((line) => line.trim()))];
    const lines = output.split('\n');
    const count = (word) => lines.map((line) => line.match(new RegExp(`^ℹ ${word} (\\d+)`))?.[1]).find(Boolean);
    const summary = name === 'node'
      ? `${count('pass') ?? '?'} passed, ${count('fail') ?? '?'} failed`
      : lines.reverse().map((line) => line.match(/(\d+ passed, \d+ failed)/)?.[1]).find(Boolean) ?? '';
    results.push({ run, name, ok: r.status === 0, seconds, failed });
    console.log(`run ${run}/${runs} ${name}: ${r.status === 0 ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s${summary ? ` (${summary})` : ''}${busy ? ', CPUs kept busy' : ''}`);
    for (const line of failed.slice(0, 20)) console.log(`    ${line}`);
  }
}
stopHogs();

const bad = results.filter((r) => !r.ok);
console.log(`\n${results.length - bad.length} of ${results.length} suite runs passed${busy ? ' (CPUs busy)' : ''}.`);
process.exit(bad.length ? 1 : 0);
