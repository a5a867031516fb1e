// `Lämnade mötet efter § 9`, `(anslöt under punkt 3)`: a line that is only a remark on the
// attendance of the person listed above it. It continues a participant list, and names nobody.
import { ATTENDANCE_CHANGE } from '../lexicon/sv.js';
import { alternation } from './patterns.js';

const REMARK_LINE = new RegExp(
  `^\\(?(?:${alternation([...ATTENDANCE_CHANGE.leaves, ...ATTENDANCE_CHANGE.arrives, ...ATTENDANCE_CHANGE.present, ...ATTENDANCE_CHANGE.not])})\\s.*(?:[§$]|punkt|ärende)`,
  'iu',
);

export const isAttendanceRemark = (text: string): boolean => REMARK_LINE.test(text);
