// Preloaded into a publish's processes (NODE_OPTIONS=--import) by tests/build/publish.test.ts: the page-budget check,
// when it starts, writes its pid to HOLD_CHECKS and waits there, so the test kills the publish during its checks at
// a moment it knows, however fast the checks of a small fixture or however busy the machine.
import { writeFileSync } from 'node:fs';

const marker = process.env.HOLD_CHECKS;
if (marker && process.argv.some((arg) => arg.endsWith('budgets.ts'))) {
  writeFileSync(marker, String(process.pid));
  // Blocks this process only (no timer keeps it alive past the test's kill); 60 s at most.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}
