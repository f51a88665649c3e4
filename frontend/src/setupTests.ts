// What Ant Design needs of a browser that jsdom lacks, for every component test (vite.config.ts: test.setupFiles).
// Tests in the node environment (no window) skip it.
if (typeof window !== 'undefined') {
  // Ant Design reads media queries.
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;

  // An open Ant Design list measures itself.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
