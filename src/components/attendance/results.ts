/** What the attendance island loads once there is something to compute: the computation and the breakdown. */
export { evaluateAttendanceForm } from '../../lib/attendance/form.ts';
export { Breakdown } from './Breakdown.tsx';
