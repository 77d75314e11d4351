// Runs the import measurement (dev/import-bench.ts) in a worker, as the app's import runs, on
// this browser's real IndexedDB. Posts progress lines, then the result.
import { XinpingDb } from '../db/schema';
import { measureImport } from './import-bench';

self.addEventListener('message', () => {
  measureImport({
    open: (name) => new XinpingDb(name),
    onProgress: (line) => self.postMessage({ type: 'progress', line }),
  }).then(
    (result) => self.postMessage({ type: 'done', result }),
    (error: unknown) => self.postMessage({ type: 'failed', error: String(error) }),
  );
});
