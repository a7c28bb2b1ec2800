import type { PaneSettings } from './settings-model';

/**
 * The workbook's saved settings as the actions see them. The pane loads them asynchronously when it opens; an action
 * (Check, Export, Summary) started before that load has finished waits for it, so it never runs on the defaults by
 * accident. The gate opens when the load succeeds, when it fails (the defaults then apply, and the pane says so), or
 * when the user saves settings first.
 */
export interface SettingsGate {
  /** The settings to act on: waits until the gate is open, then gives the newest settings. */
  settled(): Promise<PaneSettings>;
  /** Whether the gate is open (the saved settings are known). */
  readonly open: boolean;
}

export interface OpenableSettingsGate extends SettingsGate {
  /** Records the current settings; `open` also opens the gate (a load that ended, or a save). */
  set(settings: PaneSettings, open: boolean): void;
}

export function settingsGate(initial: PaneSettings): OpenableSettingsGate {
  let current = initial;
  let isOpen = false;
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  return {
    get open() {
      return isOpen;
    },
    async settled() {
      await opened;
      return current;
    },
    set(settings, open) {
      current = settings;
      if (open && !isOpen) {
        isOpen = true;
        release();
      }
    },
  };
}

/** A gate that is already open on the given settings (panels rendered on their own, in tests). */
export function openGate(settings: PaneSettings): SettingsGate {
  return { open: true, settled: () => Promise.resolve(settings) };
}
