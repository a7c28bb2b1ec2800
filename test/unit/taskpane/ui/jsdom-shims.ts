// jsdom has no ResizeObserver (Fluent's MessageBar observes its own size); browsers and Office hosts do.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof window !== 'undefined' && !g.ResizeObserver) {
  g.ResizeObserver = NoResizeObserver;
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoResizeObserver;
}
export {};
