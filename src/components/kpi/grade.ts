/** What the KPI island loads once a score or a base is typed (or a link fills one in): the grade and its lines. */
export { evaluateGradeForm } from '../../lib/kpi/grade-form.ts';
export { GradeResults } from './GradeResults.tsx';
