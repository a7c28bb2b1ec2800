/**
 * The part of Excel's custom-functions runtime the functions use, for calling them in jest as Excel does: the
 * CustomFunctions.Error class with the two error codes that carry messages, and associate (recording registrations).
 */
export const associated = new Map<string, unknown>();

export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function installCustomFunctionsStub(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: StubError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
    associate: (id: string, fn: unknown) => associated.set(id, fn),
  };
}
