import { resolve } from 'node:path';
import { header, learners, deliveries, destinationRecords, dpOutcomes } from '../../core/model/access';
import { parseCommandArgs } from '../args';
import { EXIT_OK, UsageError, type Command } from '../io';
import { loadInput } from '../load-input';

export const infoCommand: Command = {
  name: 'info',
  summary: 'print the year, UKPRN, serial number and record counts of an ILR file',
  usage: 'ilr info <file.xml|file.xlsx|file.csv> [--year Y]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { year: { type: 'string' } }, this.usage);
    if (positionals.length !== 1) throw new UsageError(`give one input file\nusage: ${this.usage}`);
    const input = await loadInput(resolve(io.cwd, positionals[0]!), { year: values.year });
    const msg = input.message;
    const h = header(msg);
    const ls = learners(msg);
    let aims = 0;
    for (const l of ls) aims += deliveries(l).length;
    let dp = 0;
    for (const r of destinationRecords(msg)) dp += dpOutcomes(r).length;
    io.out(`year: ${msg.year.code} (${msg.year.label}, namespace ${msg.year.namespace})`);
    io.out(`UKPRN: ${h.ukprn ?? '(none)'}`);
    io.out(`serial number: ${h.serialNo ?? '(none)'}`);
    io.out(`file preparation date: ${h.filePreparationDate ?? '(none)'}`);
    io.out(`learners: ${ls.length}`);
    io.out(`learning deliveries: ${aims}`);
    io.out(`destination outcomes: ${dp}${msg.year.hasDestinations ? '' : ` (the ${msg.year.label} ILR has no Destination and Progression entity)`}`);
    return EXIT_OK;
  },
};
