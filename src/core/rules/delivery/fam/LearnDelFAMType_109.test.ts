import { LearnDelFAMType_109 } from './LearnDelFAMType_109';
import { famTable } from './fam-testing';

describe('LearnDelFAMType_109: devolved aims are not apprenticeships, traineeships or T Levels', () => {
  famTable(LearnDelFAMType_109, [
    ['devolved standard (ProgType 25)', { ProgType: 25 }, [['SOF', '112']], 1, 'ProgType'],
    ['devolved T Level (ProgType 31)', { ProgType: 31 }, [['SOF', '110']], 1],
    ['devolved framework (ProgType 2)', { ProgType: 2 }, [['SOF', '120']], 1],
    ['devolved traineeship (ProgType 24, 30)', { ProgType: 30 }, [['SOF', '116']], 1],
    ['devolved Skills Bootcamp (ProgType 32)', { ProgType: 32 }, [['SOF', '112']], 0],
    ['devolved, no ProgType', {}, [['SOF', '112']], 0],
    ['SOF 105 standard', { ProgType: 25 }, [['SOF', '105']], 0],
  ]);
});
