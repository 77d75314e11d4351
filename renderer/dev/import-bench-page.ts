// Dev-only page (scripts/bench/import.bench.ts): runs the import bench in a worker, as the app's
// import runs, and shows the result as JSON in #result.
type Message = { type: 'progress'; line: string } | { type: 'done'; result: unknown } | { type: 'failed'; error: string };

const status = document.getElementById('status');
const result = document.getElementById('result');

function report(state: 'running' | 'done' | 'failed', text: string): void {
  if (!status) return;
  status.dataset.state = state;
  status.textContent = text;
}

const worker = new Worker(new URL('./import-bench.worker.ts', import.meta.url), { type: 'module' });
worker.addEventListener('message', (event: MessageEvent<Message>) => {
  const message = event.data;
  if (message.type === 'progress') {
    report('running', message.line);
    return;
  }
  worker.terminate();
  if (message.type === 'failed') {
    report('failed', message.error);
    return;
  }
  if (result) result.textContent = JSON.stringify(message.result);
  report('done', 'done');
});
worker.addEventListener('error', (event) => report('failed', event.message));
report('running', 'starting');
worker.postMessage('start');
