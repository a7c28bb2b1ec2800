import type { Command } from '../io';
import { demoCommand } from './demo';
import { infoCommand } from './info';
import { xmlCommand } from './xml';

/** Every `ilr` command, in the order `ilr help` lists them. */
export const commands: Command[] = [infoCommand, xmlCommand, demoCommand];
