import { LearnDelFAMType_115 } from './LearnDelFAMType_115';
import { famFindings, famTable } from './fam-testing';

describe('LearnDelFAMType_115: not both LDM 379 and 388', () => {
  famTable(LearnDelFAMType_115, [
    ['379 and 388', {}, [['LDM', '379'], ['LDM', '388']], 1, 'LearnDelFAMCode'],
    ['379 only', {}, [['LDM', '379']], 0],
    ['388 only', {}, [['LDM', '388']], 0],
  ]);
  it('marks the LDM 379 record too', () => {
    const [f] = famFindings(LearnDelFAMType_115, {}, [['LDM', '379'], ['LDM', '388']]);
    expect(f).toMatchObject({ value: '388', related: [{ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMCode', value: '379' }] });
  });
});
