// What browsers and Office webviews have and jsdom lacks: ResizeObserver (Fluent's MessageBar observes its own size),
// TextEncoder/TextDecoder and Web Crypto (the XML writer and the export's SHA-256). Node's own implementations.
import { webcrypto } from 'crypto';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as Record<string, unknown>;
if (typeof window !== 'undefined') {
  g.ResizeObserver ??= NoResizeObserver;
  g.TextEncoder ??= NodeTextEncoder;
  g.TextDecoder ??= NodeTextDecoder;
  if (!(g.crypto as Crypto | undefined)?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}
export {};
