import type { Command } from '../io';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { importCommand } from './import';
import { infoCommand } from './info';
import { rulesCommand } from './rules';
import { templateCommand } from './template';
import { xmlCommand } from './xml';

/** Every `ilr` command, in the order `ilr help` lists them. */
export const commands: Command[] = [infoCommand, checkCommand, rulesCommand, xmlCommand, importCommand, templateCommand, demoCommand];
