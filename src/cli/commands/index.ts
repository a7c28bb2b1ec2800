import type { Command } from '../io';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { infoCommand } from './info';
import { rulesCommand } from './rules';
import { xmlCommand } from './xml';

/** Every `ilr` command, in the order `ilr help` lists them. */
export const commands: Command[] = [infoCommand, checkCommand, rulesCommand, xmlCommand, demoCommand];
