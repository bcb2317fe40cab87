// html-validate over every page of the build (tests/build/html.test.ts), with the recommended
// preset untouched: one contents landmark, titles within 70 characters.
export default {
  extends: ['html-validate:recommended'],
};
