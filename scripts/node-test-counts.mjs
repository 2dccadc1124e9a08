// @ts-check
// A reporter of Node's test runner (scripts/test-node.mjs): the counts of passed, failed and skipped tests, as JSON
// (suites are not tests).
/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* counts(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    // A suite is not a test, but a suite that failed on its own (a hook, a throw while declaring) is a failure.
    if (event.data.details?.type === 'suite') {
      if (event.type === 'test:fail' && event.data.details.error?.failureType !== 'subtestsFailed') failed++;
      continue;
    }
    if (event.data.skip || event.data.todo) skipped++;
    else if (event.type === 'test:pass') passed++;
    else failed++;
  }
  yield JSON.stringify({ passed, failed, skipped });
}
