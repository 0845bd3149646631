// Ends every Jest run with one plain line, "tests: N passed, N failed", for CI logs.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const suitesFailed =
      results.numFailedTestSuites > 0 && results.numFailedTests === 0 ? results.numFailedTestSuites : 0;
    process.stdout.write(
      `tests: ${results.numPassedTests} passed, ${results.numFailedTests + suitesFailed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
    );
  }
}
module.exports = SummaryReporter;
