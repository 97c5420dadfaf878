// record-session.ts dates the first route's page at `performance.timeOrigin`, the page's load. In a
// worker thread that is when the thread started, which may be minutes before the test file runs:
// a run crossing midnight found every page "opened on an earlier day" (CI at 23:48, 24 tests).
// Each file is one page load, so its load is when the file starts.
Object.defineProperty(performance, 'timeOrigin', { value: Date.now(), configurable: true });
