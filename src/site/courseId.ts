/**
 * Names this course in progress reports, so the instructors' class page refuses a report made on
 * another site. Change it when hosting a course whose exercises differ from this one's.
 */
export const courseId = "cross-attention-cell-by-cell";
