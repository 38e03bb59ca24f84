// `virtual:pwa-register` exists only in vite-plugin-pwa's builds; the DOM tests load main.ts, whose
// service-worker registration never runs in jsdom (no navigator.serviceWorker). This stands in for
// the module so that the import resolves; tests/dom/updatePrompt-embed.test.ts tests the prompt itself.
export function registerSW(): (reload?: boolean) => Promise<void> {
  return () => Promise.resolve();
}
