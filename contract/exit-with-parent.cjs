// Preloaded into Prism (`node --require exit-with-parent.cjs ...`) by the
// contract-tests harness: Prism exits as soon as its stdin closes, that is when
// the test process that started it is gone, however it ended (a panic, Ctrl-C,
// SIGKILL). The harness also kills Prism on drop; this is the safety net that
// keeps a mock server from outliving an aborted test run.
'use strict';

if (require('node:worker_threads').isMainThread) {
  const exit = () => process.exit(0);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  process.stdin.on('error', exit);
  process.stdin.resume();
}
