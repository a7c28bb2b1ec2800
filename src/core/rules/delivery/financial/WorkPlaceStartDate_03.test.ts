import { aimFindings, yearFindings } from '../delivery-testing';
import { WorkPlaceStartDate_03 } from './WorkPlaceStartDate_03';

const PLACEMENT = [{ WorkPlaceStartDate: '2025-10-01', WorkPlaceMode: 1 }];

describe('WorkPlaceStartDate_03: placements only on work placement aims', () => {
  it.each([
    ['60146394 with a placement', '60146394', 1],
    ['Z0007838 with a placement', 'Z0007838', 0],
    ['ZWRKX003 with a placement', 'ZWRKX003', 0],
    ['zwrkx002 with a placement', 'zwrkx002', 0],
  ])('%s', (_n, ref, n) => {
    const f = aimFindings(WorkPlaceStartDate_03, { LearnAimRef: ref, LearningDeliveryWorkPlacement: PLACEMENT });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceStartDate', related: [{ field: 'LearnAimRef', value: ref }] });
  });
  it('no placement', () => expect(aimFindings(WorkPlaceStartDate_03, { LearnAimRef: '60146394' })).toHaveLength(0));
  it('2020-21: the same rule', () => expect(yearFindings(WorkPlaceStartDate_03, '2021', { LearnAimRef: '60146394', LearningDeliveryWorkPlacement: PLACEMENT })).toHaveLength(1));
});
