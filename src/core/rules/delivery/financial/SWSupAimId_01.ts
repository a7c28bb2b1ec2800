import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, text } from './financial-shared';

/**
 * SWSupAimId_01 (warning): if returned, the Software supplier aim identifier should be a UUID. Decision: "adhere to the
 * UUID standard" is read as ESFA's 2020-21 service reads it (.NET Guid.TryParse): 32 hexadecimal digits, plain or in
 * the 8-4-4-4-12 hyphenated form, which may be wrapped in braces or parentheses; surrounding spaces ignored; the
 * all-zero (nil) UUID is not an identifier. (.NET's rarely used hexadecimal-array form is not accepted.)
 */
const FORMS = [/^[0-9a-f]{32}$/i, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, /^\{[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\}$/i, /^\([0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\)$/i];

export function isUuid(value: string): boolean {
  const v = value.trim();
  return FORMS.some((f) => f.test(v)) && /[1-9a-f]/i.test(v);
}

export const SWSupAimId_01 = aimRule(
  officialMeta('SWSupAimId_01', { entity: 'LearningDelivery', fields: ['SWSupAimId'], group: 'delivery-fields' }),
  (aim) => {
    const id = text(aim, 'SWSupAimId');
    return id !== undefined && !isUuid(id) ? 'SWSupAimId' : undefined;
  },
);
