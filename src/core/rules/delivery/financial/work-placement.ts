/**
 * The work placement aims of WorkPlaceStartDate_01/03 and WorkPlacement_01 (the same lists in ESFA's 2020-21 service):
 * work experience by hours (Z0007834–Z0007838), Supported Internship (Z0002347), work experience (ZWRKX001), industry
 * placement (ZWRKX002) and the T Level industry placement (ZWRKX003).
 */
export const WORK_PLACEMENT_AIMS: readonly string[] = ['Z0007834', 'Z0007835', 'Z0007836', 'Z0007837', 'Z0007838', 'Z0002347', 'ZWRKX001', 'ZWRKX002'];

export const T_LEVEL_PLACEMENT = 'ZWRKX003';
