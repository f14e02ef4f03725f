// Auto-clean (classic content script, registered by the background for the
// sites the user listed in the options). Job: clean the page in place once it
// has loaded. Input: none. Output: the page cleaned, with the Undo notice.
(() => {
  const ns = globalThis.__declutter;
  if (!ns?.clean || ns.autoCleaned) return;
  ns.autoCleaned = true;
  ns.clean().catch(() => {});
})();
