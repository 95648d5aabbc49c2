/**
 * Where the build lists the teacher's code the install leaves out (vite.config.ts writes it with
 * teacherFiles of src/lib/server/precache-plan.ts); the first teacher page fetches what it names.
 */
export const TEACHER_CODE_LIST = '/_app/teacher-code.json';
