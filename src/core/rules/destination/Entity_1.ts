import { destinationRecords, learners } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { MessageRule } from '../types';

/**
 * Entity_1: a file must hold at least one record. The rule depends on the year's entities:
 * - years whose ILR has the Destination and Progression entity (2020-21): as ESFA's service (Entity_1Rule), the file
 *   fails only when it has neither a Learner nor a LearnerDestinationandProgression record — a file of destination
 *   records alone is valid;
 * - later years (2025-26 rules list, a file-level rule): at least one Learner record; destination records kept in the
 *   workbook do not count, since they are not returned.
 * Reported once, with no location (it is about the whole file). Official 2025-26 message; ours for 2020-21.
 */
const MESSAGE_WITH_DP = 'The file must contain at least one Learner or Learner Destination and Progression record';

const meta = officialMeta('Entity_1', { entity: 'Message', fields: ['Learner', 'LearnerDestinationandProgression'], group: 'file', needs: 'self' });

export const Entity_1: MessageRule = {
  ...meta,
  message: meta.message.trim(),
  description: `${meta.description.trim()} For years whose ILR has the Destination and Progression entity, a file with only destination records is also valid (ESFA's 2020-21 validation service, Entity_1Rule).`,
  scope: 'message',
  check(msg, ctx) {
    if (learners(msg).length > 0) return;
    if (ctx.year.hasDestinations) {
      if (destinationRecords(msg).length === 0) ctx.report(msg.root, undefined, { message: MESSAGE_WITH_DP });
      return;
    }
    ctx.report(msg.root);
  },
};
