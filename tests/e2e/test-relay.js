// Test builds only (copied into a temporary copy of the extension by
// lib.mjs, never shipped): relays window messages from a 127.0.0.1 test page
// to the background's test contract (globalThis.declutter), which honours
// them only when test.flag is in the build. Input: window.postMessage(
// {declutterTest: id, fn, args}). Output: window.postMessage({declutterTestReply: id, result | error}).
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  window.addEventListener('message', async (e) => {
    if (e.source !== window || !e.data || e.data.declutterTest == null) return;
    const { declutterTest: id, fn, args } = e.data;
    let reply;
    try {
      reply = await api.runtime.sendMessage({ type: 'test-call', fn, args });
    } catch (err) {
      reply = { error: String(err?.message || err) };
    }
    window.postMessage({ declutterTestReply: id, ...(reply || { error: 'no reply' }) }, '*');
  });
})();
