// Stories have no collector behind them: this address answers 201 from inside the page, so a story can
// show what a person sees after sending. Port 9 refuses connections, as a collector that is down would.
export const ACCEPTING = '/storybook/accepting-endpoint';
export const DOWN = 'http://127.0.0.1:9/api/submissions';

const originalFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  String(input).endsWith(ACCEPTING)
    ? Promise.resolve(
        new Response(JSON.stringify({ id: 'story' }), { status: 201, headers: { 'Content-Type': 'application/json' } }),
      )
    : originalFetch(input, init);
